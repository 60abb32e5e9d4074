// Extractor::extract on small documents written for these tests: each
// relation type, coordination, the passive, negation and modals, years, the
// evidence each edge carries, and the same graph whatever the encoding.
#include "extract/extractor.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <thread>
#include <tuple>

#include "extract/file_extraction.h"
#include "extract/rule_pack.h"
#include "text/input.h"

namespace kg::extract {
namespace {

using graph::NodeType;
using graph::RelationType;
using Node = std::pair<NodeType, std::string>;

const Extractor& extractor() {
  static const Extractor extractor(default_rule_pack());
  return extractor;
}

graph::KnowledgeGraph extract_text(const std::string& text, CurationNotes* notes = nullptr) {
  return extractor().extract(text::make_document("doc.txt", text), notes);
}

// The edge subject -relation-> object (with `year` among its years), if the graph has it.
const graph::EdgeData* edge(const graph::KnowledgeGraph& graph, const Node& subject, RelationType relation,
                            const Node& object, std::optional<int> year = std::nullopt) {
  auto from = graph.find_node(subject.first, subject.second);
  auto to = graph.find_node(object.first, object.second);
  if (!from || !to) return nullptr;
  auto id = graph.find_edge(*from, relation, *to);
  return id && (!year || graph.edge(*id).years.count(*year)) ? &graph.edge(*id) : nullptr;
}

// The report lines about relations a rule dropped (not about open-class names).
std::vector<std::string> dropped_lines(const CurationNotes& notes) {
  std::vector<std::string> out;
  for (const std::string& line : notes.lines) {
    if (line.find(" dropped (") != std::string::npos) out.push_back(line);
  }
  return out;
}

std::size_t count_edges(const graph::KnowledgeGraph& graph, RelationType relation) {
  std::size_t n = 0;
  for (auto id : graph.edges_in_canonical_order()) n += graph.edge(id).relation == relation;
  return n;
}

std::set<Node> nodes_of(const graph::KnowledgeGraph& graph) {
  std::set<Node> out;
  for (auto id : graph.nodes_in_canonical_order()) out.emplace(graph.node(id).type, graph.node(id).name);
  return out;
}

// (subject name, relation, object name, earliest year or 0) for every edge.
using EdgeKey = std::tuple<std::string, RelationType, std::string, int>;
std::set<EdgeKey> edges_of(const graph::KnowledgeGraph& graph) {
  std::set<EdgeKey> out;
  for (auto id : graph.edges_in_canonical_order()) {
    const auto& data = graph.edge(id);
    out.emplace(graph.node(graph.source(id)).name, data.relation, graph.node(graph.target(id)).name,
                data.first_year().value_or(0));
  }
  return out;
}

const Node kChina{NodeType::Country, "中国"};
const Node kRussia{NodeType::Country, "俄罗斯"};
const Node kBrazil{NodeType::Country, "巴西"};
const Node kIndia{NodeType::Country, "印度"};
const Node kUs{NodeType::Country, "美国"};
const Node kKenya{NodeType::Country, "肯尼亚"};
const Node kEgypt{NodeType::Country, "埃及"};
const Node kYouthInitiative{NodeType::Initiative, "全球青年数字合作倡议"};
const Node kDeclaration{NodeType::Initiative, "南方科技合作宣言"};

TEST(Extractor, ProposedWithTheYearOfTheClause) {
  graph::KnowledgeGraph graph = extract_text("2021年5月，中国提出《全球青年数字合作倡议》。");
  const graph::EdgeData* proposed = edge(graph, kChina, RelationType::Proposed, kYouthInitiative, 2021);
  ASSERT_NE(proposed, nullptr);
  EXPECT_EQ(proposed->evidence.begin()->year, 2021);  // the sentence's year is on its evidence too
  EXPECT_NE(edge(graph, kYouthInitiative, RelationType::InYear, {NodeType::Year, "2021"}), nullptr);
  EXPECT_EQ(graph.edge_count(), 2u);
  auto china = graph.find_node(NodeType::Country, "中国");
  ASSERT_TRUE(china);
  EXPECT_EQ(graph.node(*china).attributes.at("iso"), "CN");
}

TEST(Extractor, YearBetweenSubjectAndVerbDatesTheRelation) {
  graph::KnowledgeGraph graph = extract_text("为推动合作，中国在2021年提出《全球青年数字合作倡议》。");
  EXPECT_NE(edge(graph, kChina, RelationType::Proposed, kYouthInitiative, 2021), nullptr);
}

TEST(Extractor, TheNearestYearBeforeTheVerbDatesIt) {
  graph::KnowledgeGraph graph =
      extract_text("2018年，中国提出倡议，2021年，巴西签署了《南方科技合作宣言》。");
  EXPECT_NE(edge(graph, kBrazil, RelationType::Signed, kDeclaration, 2021), nullptr);
  EXPECT_EQ(edge(graph, kBrazil, RelationType::Signed, kDeclaration, 2018), nullptr);
  EXPECT_NE(edge(graph, kDeclaration, RelationType::InYear, {NodeType::Year, "2021"}), nullptr);
}

TEST(Extractor, PassiveReadsTheAgentAfterYou) {
  graph::KnowledgeGraph graph = extract_text("《全球青年数字合作倡议》由中国提出。");
  EXPECT_NE(edge(graph, kChina, RelationType::Proposed, kYouthInitiative), nullptr);
  EXPECT_EQ(graph.edge_count(), 1u);

  graph = extract_text("《全球青年数字合作倡议》由中国于2021年提出。");
  EXPECT_NE(edge(graph, kChina, RelationType::Proposed, kYouthInitiative, 2021), nullptr);
}

TEST(Extractor, CoordinatedSubjectsEachGetTheRelation) {
  for (std::string_view verb : {"签署了", "共同签署了"}) {
    graph::KnowledgeGraph graph =
        extract_text("中国、俄罗斯和巴西" + std::string(verb) + "《南方科技合作宣言》。");
    EXPECT_NE(edge(graph, kChina, RelationType::Signed, kDeclaration), nullptr) << verb;
    EXPECT_NE(edge(graph, kRussia, RelationType::Signed, kDeclaration), nullptr) << verb;
    EXPECT_NE(edge(graph, kBrazil, RelationType::Signed, kDeclaration), nullptr) << verb;
    EXPECT_EQ(count_edges(graph, RelationType::Signed), 3u) << verb;
  }
}

TEST(Extractor, PartnerOfTheSubjectActsWithIt) {
  graph::KnowledgeGraph graph = extract_text("中国同巴西签署了《南方科技合作宣言》。");
  EXPECT_NE(edge(graph, kChina, RelationType::Signed, kDeclaration), nullptr);
  EXPECT_NE(edge(graph, kBrazil, RelationType::Signed, kDeclaration), nullptr);
}

TEST(Extractor, NegatedVerbStatesNoRelation) {
  // (未签署 is a refusal, REJECTED: relation_frames_test.cpp.)
  for (std::string_view sentence :
       {"印度尚未签署《南方科技合作宣言》。", "印度从未签署《南方科技合作宣言》。"}) {
    CurationNotes notes;
    graph::KnowledgeGraph graph = extract_text(std::string(sentence), &notes);
    EXPECT_EQ(count_edges(graph, RelationType::Signed), 0u) << sentence;
    EXPECT_TRUE(graph.find_node(NodeType::Initiative, "南方科技合作宣言")) << sentence;
    const std::vector<std::string> dropped = dropped_lines(notes);
    ASSERT_EQ(dropped.size(), 1u) << sentence;
    EXPECT_NE(dropped[0].find("negated"), std::string::npos) << dropped[0];
    EXPECT_EQ(dropped[0].rfind("doc.txt:1: signed", 0), 0u) << dropped[0];
  }
  EXPECT_EQ(extract_text("美国不支持《全球青年数字合作倡议》。").edge_count(), 0u);
}

TEST(Extractor, ForwardLookingVerbStatesNoRelation) {
  CurationNotes notes;
  graph::KnowledgeGraph graph = extract_text("印度将签署《南方科技合作宣言》。", &notes);
  EXPECT_EQ(graph.edge_count(), 0u);
  const std::vector<std::string> dropped = dropped_lines(notes);
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_NE(dropped[0].find("forward-looking"), std::string::npos) << dropped[0];

  EXPECT_EQ(extract_text("巴西希望加入上海合作组织。").edge_count(), 0u);
  EXPECT_EQ(extract_text("俄罗斯应签署《南方科技合作宣言》。").edge_count(), 0u);
  EXPECT_EQ(extract_text("印度将出台《国家数据保护战略》。").edge_count(), 0u);
}

TEST(Extractor, AnnouncedPlanStatesARelation) {
  graph::KnowledgeGraph graph = extract_text("印度宣布将出台《国家数据保护战略》。");
  EXPECT_NE(edge(graph, kIndia, RelationType::Issued, {NodeType::Initiative, "国家数据保护战略"}), nullptr);
}

TEST(Extractor, CooperatesWithPartner) {
  for (std::string_view sentence : {"中国与巴西开展合作。", "中国与巴西在数字领域开展合作。",
                                    "中国和巴西开展合作。", "巴西与中国开展合作。"}) {
    graph::KnowledgeGraph graph = extract_text(std::string(sentence));
    EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, kBrazil), nullptr) << sentence;
    // Symmetric: one edge, found from either end.
    EXPECT_NE(edge(graph, kBrazil, RelationType::CooperatesWith, kChina), nullptr) << sentence;
    EXPECT_EQ(graph.edge_count(), 1u) << sentence;
  }
}

TEST(Extractor, CooperatesWithEveryListedPartner) {
  graph::KnowledgeGraph graph = extract_text("中国与俄罗斯、巴西开展合作。");
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, kRussia), nullptr);
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, kBrazil), nullptr);
  EXPECT_EQ(graph.edge_count(), 2u);

  graph = extract_text("中国、俄罗斯与巴西开展合作。");
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, kBrazil), nullptr);
  EXPECT_NE(edge(graph, kRussia, RelationType::CooperatesWith, kBrazil), nullptr);
  EXPECT_EQ(graph.edge_count(), 2u);
}

TEST(Extractor, CuratedAliasesMeetOnCanonicalNodes) {
  graph::KnowledgeGraph graph = extract_text("我国与美方开展对话。");
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, kUs), nullptr);
  auto china = graph.find_node(NodeType::Country, "中国");
  ASSERT_TRUE(china);
  EXPECT_TRUE(graph.node(*china).aliases.count("我国"));
}

TEST(Extractor, ContractionPairsItsMembers) {
  graph::KnowledgeGraph graph = extract_text("中非合作不断深化。");
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, {NodeType::Region, "非洲"}), nullptr);
  graph = extract_text("中美关系持续改善。");
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, kUs), nullptr);
  auto us = graph.find_node(NodeType::Country, "美国");
  ASSERT_TRUE(us);
  EXPECT_TRUE(graph.node(*us).aliases.count("中美"));
}

TEST(Extractor, LookAlikeOfAContractionPairsNothing) {
  graph::KnowledgeGraph graph = extract_text("中东局势和中亚经济备受关注。");
  EXPECT_FALSE(graph.find_node(NodeType::Country, "中国"));
  EXPECT_EQ(graph.edge_count(), 0u);
}

TEST(Extractor, LeadsFromATitle) {
  graph::KnowledgeGraph graph = extract_text("肯尼亚总统卡萨诺出席了开幕式。");
  const graph::EdgeData* leads = edge(graph, {NodeType::Person, "卡萨诺"}, RelationType::Leads, kKenya);
  ASSERT_NE(leads, nullptr);
  EXPECT_EQ(leads->evidence.begin()->trigger, "总统");

  graph = extract_text("上海合作组织秘书长莫雷蒂表示欢迎。");
  EXPECT_NE(edge(graph, {NodeType::Person, "莫雷蒂"}, RelationType::Leads,
                 {NodeType::Organization, "上海合作组织"}),
            nullptr);

  graph = extract_text("巴西航天局局长费雷拉出席会议。");
  EXPECT_NE(
      edge(graph, {NodeType::Person, "费雷拉"}, RelationType::Leads, {NodeType::Organization, "巴西航天局"}),
      nullptr);
}

TEST(Extractor, DeputiesDoNotLead) {
  graph::KnowledgeGraph graph = extract_text("肯尼亚副总统卡萨诺出席了开幕式。");
  EXPECT_EQ(count_edges(graph, RelationType::Leads), 0u);
  EXPECT_TRUE(graph.find_node(NodeType::Person, "卡萨诺"));
  graph = extract_text("上海合作组织副秘书长莫雷蒂表示欢迎。");
  EXPECT_EQ(count_edges(graph, RelationType::Leads), 0u);
}

TEST(Extractor, NameThatPairsTwoActorsAcrossADash) {
  graph::KnowledgeGraph graph = extract_text("中国—东盟数字合作对话机制启动。");
  EXPECT_TRUE(graph.find_node(NodeType::Organization, "中国—东盟数字合作对话机制"));
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, {NodeType::Organization, "东盟"}), nullptr);
}

TEST(Extractor, SubjectNamedEarlierInTheSentenceCarriesOver) {
  graph::KnowledgeGraph graph = extract_text("为落实共识，中国于2022年，与巴西签署了《南方科技合作宣言》。");
  EXPECT_NE(edge(graph, kChina, RelationType::Signed, kDeclaration, 2022), nullptr);
  EXPECT_NE(edge(graph, kBrazil, RelationType::Signed, kDeclaration, 2022), nullptr);
}

TEST(Extractor, MemberOfAGroupAfterAList) {
  graph::KnowledgeGraph graph = extract_text("巴西、印度等金砖国家参加了会议。");
  const Node brics{NodeType::Organization, "金砖国家"};
  EXPECT_NE(edge(graph, kBrazil, RelationType::MemberOf, brics), nullptr);
  EXPECT_NE(edge(graph, kIndia, RelationType::MemberOf, brics), nullptr);
  EXPECT_EQ(count_edges(graph, RelationType::MemberOf), 2u);
}

TEST(Extractor, MemberOfByMemberWordOrJoining) {
  const Node sco{NodeType::Organization, "上海合作组织"};
  graph::KnowledgeGraph graph = extract_text("上海合作组织成员国俄罗斯、印度参加了会议。");
  EXPECT_NE(edge(graph, kRussia, RelationType::MemberOf, sco), nullptr);
  EXPECT_NE(edge(graph, kIndia, RelationType::MemberOf, sco), nullptr);

  graph = extract_text("巴西是金砖国家成员国。");
  EXPECT_NE(edge(graph, kBrazil, RelationType::MemberOf, {NodeType::Organization, "金砖国家"}), nullptr);

  graph = extract_text("巴西加入上海合作组织。");
  EXPECT_NE(edge(graph, kBrazil, RelationType::MemberOf, sco), nullptr);
}

TEST(Extractor, HostedAnEventWithItsYear) {
  graph::KnowledgeGraph graph = extract_text("2022年，埃及举办了2022年开罗数字丝路博览会。");
  const Node expo{NodeType::Event, "2022年开罗数字丝路博览会"};
  EXPECT_NE(edge(graph, kEgypt, RelationType::Hosted, expo, 2022), nullptr);
  EXPECT_NE(edge(graph, expo, RelationType::InYear, {NodeType::Year, "2022"}), nullptr);

  graph = extract_text("埃及主办第三届非洲数字发展峰会。");
  EXPECT_NE(edge(graph, kEgypt, RelationType::Hosted, {NodeType::Event, "第三届非洲数字发展峰会"}), nullptr);
}

TEST(Extractor, EventNamedWithItsYearTookPlaceThen) {
  graph::KnowledgeGraph graph = extract_text("2024年世界青年数字峰会在开罗举行。");
  EXPECT_NE(edge(graph, {NodeType::Event, "2024年世界青年数字峰会"}, RelationType::InYear,
                 {NodeType::Year, "2024"}),
            nullptr);
}

TEST(Extractor, ParticipatedInAnEvent) {
  graph::KnowledgeGraph graph = extract_text("印度参加了第三届非洲数字发展峰会。");
  EXPECT_NE(edge(graph, kIndia, RelationType::ParticipatedIn, {NodeType::Event, "第三届非洲数字发展峰会"}),
            nullptr);
}

TEST(Extractor, IssuedADocumentWithItsYear) {
  graph::KnowledgeGraph graph = extract_text("2020年，肯尼亚发布《国家数据保护战略》。");
  const Node strategy{NodeType::Initiative, "国家数据保护战略"};
  EXPECT_NE(edge(graph, kKenya, RelationType::Issued, strategy, 2020), nullptr);
  EXPECT_NE(edge(graph, strategy, RelationType::InYear, {NodeType::Year, "2020"}), nullptr);
}

TEST(Extractor, YearInsideATitleDatesNothing) {
  graph::KnowledgeGraph graph = extract_text("肯尼亚发布了《2024年数字经济报告》。");
  EXPECT_NE(edge(graph, kKenya, RelationType::Issued, {NodeType::Initiative, "2024年数字经济报告"}), nullptr);
  EXPECT_EQ(count_edges(graph, RelationType::InYear), 0u);
}

TEST(Extractor, AdoptedByTheLongestTrigger) {
  graph::KnowledgeGraph graph = extract_text("2019年，联合国大会协商一致通过《人工智能能力建设决议》。");
  const graph::EdgeData* adopted = edge(graph, {NodeType::Organization, "联合国大会"}, RelationType::Adopted,
                                        {NodeType::Initiative, "人工智能能力建设决议"}, 2019);
  ASSERT_NE(adopted, nullptr);
  ASSERT_EQ(adopted->evidence.size(), 1u);
  EXPECT_EQ(adopted->evidence.begin()->trigger, "协商一致通过");
  EXPECT_EQ(adopted->evidence.begin()->rule, "adopted");
}

TEST(Extractor, SupportsAndOpposes) {
  graph::KnowledgeGraph graph =
      extract_text("巴西支持《全球青年数字合作倡议》。美国反对《全球青年数字合作倡议》。");
  EXPECT_NE(edge(graph, kBrazil, RelationType::Supports, kYouthInitiative), nullptr);
  EXPECT_NE(edge(graph, kUs, RelationType::Opposes, kYouthInitiative), nullptr);
  EXPECT_EQ(graph.edge_count(), 2u);

  graph = extract_text("美国制裁伊朗。");
  EXPECT_NE(edge(graph, kUs, RelationType::Opposes, {NodeType::Country, "伊朗"}), nullptr);
}

TEST(Extractor, RejectedByWithdrawing) {
  graph::KnowledgeGraph graph = extract_text("美国退出《巴黎协定》。");
  EXPECT_NE(edge(graph, kUs, RelationType::Rejected, {NodeType::Initiative, "巴黎协定"}), nullptr);
}

TEST(Extractor, LaunchDatesTheProgramme) {
  graph::KnowledgeGraph graph = extract_text("2021年，中国启动“星火桥梁”项目。");
  EXPECT_NE(edge(graph, {NodeType::Initiative, "星火桥梁"}, RelationType::InYear, {NodeType::Year, "2021"}),
            nullptr);
}

TEST(Extractor, BareQuotedNameTakenByAVerbIsAnInitiative) {
  graph::KnowledgeGraph graph = extract_text("中国发起“数字桥梁”。");
  EXPECT_NE(edge(graph, kChina, RelationType::Proposed, {NodeType::Initiative, "数字桥梁"}), nullptr);
}

TEST(Extractor, PossessiveAndAttributionStateNoRelation) {
  EXPECT_EQ(extract_text("欧盟《人工智能法案》备受关注。").edge_count(), 0u);
  graph::KnowledgeGraph graph = extract_text("巴西认为《全球青年数字合作倡议》很有意义。");
  EXPECT_EQ(graph.edge_count(), 0u);
  EXPECT_TRUE(graph.find_node(NodeType::Initiative, "全球青年数字合作倡议"));
}

// Checks every edge's evidence against the document's original bytes.
void expect_evidence_points_into(const graph::KnowledgeGraph& graph, const std::string& original,
                                 const std::string& id) {
  ASSERT_GT(graph.edge_count(), 0u);
  for (auto e : graph.edges_in_canonical_order()) {
    ASSERT_FALSE(graph.edge(e).evidence.empty());
    for (const graph::Evidence& evidence : graph.edge(e).evidence) {
      EXPECT_EQ(evidence.document, id);
      EXPECT_FALSE(evidence.rule.empty());
      EXPECT_FALSE(evidence.trigger.empty());
      EXPECT_FALSE(evidence.sentence.empty());
      ASSERT_LE(evidence.offset, original.size());
      EXPECT_EQ(original.substr(evidence.offset, evidence.sentence.size()), evidence.sentence)
          << "offset " << evidence.offset;
      // The line an editor shows the sentence on (a BOM is on line 1).
      const auto newlines =
          std::count(original.begin(), original.begin() + static_cast<std::ptrdiff_t>(evidence.offset), '\n');
      EXPECT_EQ(evidence.line, static_cast<std::uint32_t>(newlines + 1)) << evidence.sentence;
      // These documents write their triggers in Simplified, as the rules do.
      EXPECT_NE(evidence.sentence.find(evidence.trigger), std::string::npos) << evidence.trigger;
    }
  }
}

TEST(Extractor, EvidenceNamesDocumentSentenceOffsetLineRuleAndTrigger) {
  const std::string text =
      "标题：数字合作简报\n"
      "2021年5月，中国提出《全球青年数字合作倡议》。巴西支持该倡议。\n"
      "\n"
      "中国、俄罗斯和巴西签署了《南方科技合作宣言》。\n"
      "肯尼亚总统卡萨诺出席了开幕式。";
  graph::KnowledgeGraph graph = extractor().extract(text::make_document("notes/brief.txt", text));
  expect_evidence_points_into(graph, text, "notes/brief.txt");

  const graph::EdgeData* proposed = edge(graph, kChina, RelationType::Proposed, kYouthInitiative, 2021);
  ASSERT_NE(proposed, nullptr);
  ASSERT_EQ(proposed->evidence.size(), 1u);
  const graph::Evidence& evidence = *proposed->evidence.begin();
  EXPECT_EQ(evidence.sentence, "2021年5月，中国提出《全球青年数字合作倡议》。");
  EXPECT_EQ(evidence.offset, text.find("2021年5月"));
  EXPECT_EQ(evidence.line, 2u);
  EXPECT_EQ(evidence.rule, "proposed");
  EXPECT_EQ(evidence.trigger, "提出");

  const graph::EdgeData* signed_by_brazil = edge(graph, kBrazil, RelationType::Signed, kDeclaration);
  ASSERT_NE(signed_by_brazil, nullptr);
  EXPECT_EQ(signed_by_brazil->evidence.begin()->line, 4u);

  const graph::EdgeData* leads = edge(graph, {NodeType::Person, "卡萨诺"}, RelationType::Leads, kKenya);
  ASSERT_NE(leads, nullptr);
  EXPECT_EQ(leads->evidence.begin()->line, 5u);
  EXPECT_EQ(leads->evidence.begin()->offset, text.find("肯尼亚总统"));
}

// A file larger than the whole-document limit is read in segments: the
// graph is the single copy's graph with mentions added up, and evidence
// offsets and lines still point into the file.
TEST(Extractor, AFileReadInSegmentsGivesTheGraphOfItsParts) {
  const std::string copy =
      "2021年5月，中国提出《全球青年数字合作倡议》。巴西支持该倡议。\n"
      "中国、俄罗斯和巴西签署了《南方科技合作宣言》。\n"
      "肯尼亚总统卡萨诺出席了开幕式。\n";
  std::string file = "\xEF\xBB\xBF";
  constexpr int kCopies = 40;
  for (int i = 0; i < kCopies; ++i) file += copy;
  const auto path = std::filesystem::temp_directory_path() /
                    ("kg_segmented_extraction_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path, std::ios::binary) << file;
  const ReadLimits limits{1024, 512};
  ASSERT_GT(file.size(), limits.whole_document_bytes);

  graph::KnowledgeGraph graph;
  const FileRead read = extract_file(extractor(), path.string(), graph, nullptr, {}, limits);
  EXPECT_TRUE(read.kept);
  EXPECT_EQ(read.record.bytes, file.size());
  EXPECT_EQ(read.record.sha1, text::make_document("x", file).sha1);
  ASSERT_EQ(graph.documents().size(), 1u);
  EXPECT_EQ(graph.documents().begin()->second, read.record);
  expect_evidence_points_into(graph, file, path.string());

  const graph::KnowledgeGraph one = extract_text(copy);
  ASSERT_EQ(graph.node_count(), one.node_count());
  ASSERT_EQ(graph.edge_count(), one.edge_count());
  for (auto node : one.nodes_in_canonical_order()) {
    const graph::NodeData& expected = one.node(node);
    auto found = graph.find_node(expected.type, expected.name);
    ASSERT_TRUE(found) << expected.name;
    EXPECT_EQ(graph.node(*found).mentions.at(path.string()), kCopies * expected.mentions.at("doc.txt"))
        << expected.name;
  }
  const graph::EdgeData* proposed = edge(graph, kChina, RelationType::Proposed, kYouthInitiative, 2021);
  ASSERT_NE(proposed, nullptr);
  EXPECT_EQ(proposed->evidence.size(), static_cast<std::size_t>(kCopies));

  // A file the caller already has is not extracted.
  graph::KnowledgeGraph skipped;
  const FileRead known = extract_file(
      extractor(), path.string(), skipped, nullptr, [](const graph::Document&) { return false; }, limits);
  EXPECT_FALSE(known.kept);
  EXPECT_EQ(known.record.sha1, read.record.sha1);
  EXPECT_EQ(skipped.node_count(), 0u);
  std::filesystem::remove(path);
}

TEST(Extractor, EvidenceKeepsTheDocumentsOwnCharacters) {
  const std::string text = "中國與巴西開展合作。";
  graph::KnowledgeGraph graph = extract_text(text);
  const graph::EdgeData* cooperates = edge(graph, kChina, RelationType::CooperatesWith, kBrazil);
  ASSERT_NE(cooperates, nullptr);
  EXPECT_EQ(cooperates->evidence.begin()->sentence, text);
  auto china = graph.find_node(NodeType::Country, "中国");
  ASSERT_TRUE(china);
  EXPECT_TRUE(graph.node(*china).aliases.count("中國"));
}

TEST(Extractor, EvidenceOffsetsCountTheByteOrderMarkAndFullWidthCharacters) {
  // A BOM, CRLF line ends, full-width digits, brackets and spaces: the
  // normalized text is shorter than the file, the offsets must not be.
  const std::string file =
      "\xEF\xBB\xBF第一行没有关系。\r\n"
      "２０２１年５月，中国提出《全球青年数字合作倡议》。\r\n"
      "\r\n"
      "　　美国（ＵＳ）反对《全球青年数字合作倡议》。\r\n"
      "中國與巴西開展合作。";
  const text::Document document = text::make_document("bom.txt", file);
  ASSERT_EQ(document.text_offset, 3u);
  graph::KnowledgeGraph graph = extractor().extract(document);
  expect_evidence_points_into(graph, file, "bom.txt");

  const graph::EdgeData* proposed = edge(graph, kChina, RelationType::Proposed, kYouthInitiative, 2021);
  ASSERT_NE(proposed, nullptr);
  EXPECT_EQ(proposed->evidence.begin()->sentence, "２０２１年５月，中国提出《全球青年数字合作倡议》。");
  EXPECT_EQ(proposed->evidence.begin()->offset, file.find("２０２１"));
  EXPECT_EQ(proposed->evidence.begin()->line, 2u);

  const graph::EdgeData* opposes = edge(graph, kUs, RelationType::Opposes, kYouthInitiative);
  ASSERT_NE(opposes, nullptr);
  EXPECT_EQ(opposes->evidence.begin()->offset, file.find("美国（"));
  EXPECT_EQ(opposes->evidence.begin()->line, 4u);

  const graph::EdgeData* cooperates = edge(graph, kChina, RelationType::CooperatesWith, kBrazil);
  ASSERT_NE(cooperates, nullptr);
  EXPECT_EQ(cooperates->evidence.begin()->offset, file.find("中國與"));
  EXPECT_EQ(cooperates->evidence.begin()->line, 5u);
}

std::string to_gb18030(const std::string& utf8) {
  std::string out(utf8.size() * 2 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                      utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

TEST(Extractor, SameGraphFromUtf8Gb18030AndTraditional) {
  const std::string simplified =
      "2021年5月，中国提出《全球青年数字合作倡议》。中国、俄罗斯和巴西签署了《南方科技合作宣言》。\n"
      "肯尼亚总统卡萨诺表示支持。巴西、印度等金砖国家参加了会议。中国与巴西在数字领域开展合作。\n";
  const std::string traditional =
      "2021年5月，中國提出《全球青年數字合作倡議》。中國、俄羅斯和巴西簽署了《南方科技合作宣言》。\n"
      "肯尼亞總統卡薩諾表示支持。巴西、印度等金磚國家參加了會議。中國與巴西在數字領域開展合作。\n";
  const std::string gb18030 = to_gb18030(simplified);
  ASSERT_NE(gb18030, simplified);

  const text::Document gb_document = text::make_document("gb.txt", gb18030);
  EXPECT_EQ(gb_document.encoding, "GB18030");
  EXPECT_EQ(gb_document.text, simplified);

  const graph::KnowledgeGraph from_utf8 = extractor().extract(text::make_document("utf8.txt", simplified));
  const graph::KnowledgeGraph from_gb = extractor().extract(gb_document);
  const graph::KnowledgeGraph from_traditional =
      extractor().extract(text::make_document("trad.txt", traditional));

  EXPECT_EQ(nodes_of(from_gb), nodes_of(from_utf8));
  EXPECT_EQ(edges_of(from_gb), edges_of(from_utf8));
  EXPECT_EQ(nodes_of(from_traditional), nodes_of(from_utf8));
  EXPECT_EQ(edges_of(from_traditional), edges_of(from_utf8));

  const std::set<EdgeKey> wanted = {
      {"中国", RelationType::Proposed, "全球青年数字合作倡议", 2021},
      {"全球青年数字合作倡议", RelationType::InYear, "2021", 0},
      {"中国", RelationType::Signed, "南方科技合作宣言", 0},
      {"俄罗斯", RelationType::Signed, "南方科技合作宣言", 0},
      {"巴西", RelationType::Signed, "南方科技合作宣言", 0},
      {"卡萨诺", RelationType::Leads, "肯尼亚", 0},
      // (表示支持 opening the second line supports what the first line ended with.)
      {"卡萨诺", RelationType::Supports, "南方科技合作宣言", 0},
      {"巴西", RelationType::MemberOf, "金砖国家", 0},
      {"印度", RelationType::MemberOf, "金砖国家", 0},
      {"中国", RelationType::CooperatesWith, "巴西", 0},
  };
  EXPECT_EQ(edges_of(from_utf8), wanted);
}

TEST(Extractor, UserRulesExtendTheExtractor) {
  RulePack pack = default_rule_pack();
  add_rules(pack, R"({"entities": [{"name": "星海数字联盟", "type": "Organization", "aliases": ["星盟"]}],
                      "relations": [{"id": "mine.praises", "relation": "SUPPORTS", "triggers": ["称赞"],
                                     "subject": ["Country"], "object": ["Initiative"]}]})",
            "mine.json");
  const Extractor mine(pack);
  EXPECT_TRUE(mine.gazetteer_conflicts().empty());
  graph::KnowledgeGraph graph =
      mine.extract(text::make_document("doc.txt", "星盟与巴西开展合作。巴西称赞《全球青年数字合作倡议》。"));
  const Node alliance{NodeType::Organization, "星海数字联盟"};
  EXPECT_NE(edge(graph, alliance, RelationType::CooperatesWith, kBrazil), nullptr);
  const graph::EdgeData* praises = edge(graph, kBrazil, RelationType::Supports, kYouthInitiative);
  ASSERT_NE(praises, nullptr);
  EXPECT_EQ(praises->evidence.begin()->rule, "mine.praises");
  EXPECT_EQ(praises->evidence.begin()->trigger, "称赞");

  // The default extractor knows neither.
  graph = extract_text("星盟与巴西开展合作。巴西称赞《全球青年数字合作倡议》。");
  EXPECT_FALSE(graph.find_node(NodeType::Organization, "星海数字联盟"));
  EXPECT_EQ(count_edges(graph, RelationType::Supports), 0u);
}

TEST(Extractor, DocumentsExtractedOnSeveralThreadsGiveTheSameGraphs) {
  const std::vector<std::string> texts = {
      "2021年5月，中国提出《全球青年数字合作倡议》。",
      "中国、俄罗斯和巴西签署了《南方科技合作宣言》。",
      "肯尼亚总统卡萨诺出席了开幕式。",
      "巴西、印度等金砖国家参加了会议。",
  };
  std::vector<graph::KnowledgeGraph> alone;
  for (const std::string& text : texts) alone.push_back(extract_text(text));
  std::vector<graph::KnowledgeGraph> threaded(texts.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    threads.emplace_back([&, i] { threaded[i] = extract_text(texts[i]); });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t i = 0; i < texts.size(); ++i) EXPECT_TRUE(threaded[i] == alone[i]) << texts[i];
}

// Regressions: each case once read wrongly.
const Node kJapan{NodeType::Country, "日本"};
const Node kKorea{NodeType::Country, "韩国"};
const Node kAsean{NodeType::Organization, "东盟"};

TEST(ExtractorRegression, OneWordTriggersTwoRules) {
  graph::KnowledgeGraph graph = extract_text("中国携手巴西推进数字化转型。");
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, kBrazil), nullptr);
}

TEST(ExtractorRegression, ListJoinerIsNotAPartnerMarker) {
  graph::KnowledgeGraph graph = extract_text("日本和韩国与东盟开展对话。");
  EXPECT_NE(edge(graph, kJapan, RelationType::CooperatesWith, kAsean), nullptr);
  EXPECT_NE(edge(graph, kKorea, RelationType::CooperatesWith, kAsean), nullptr);
  EXPECT_EQ(edge(graph, kJapan, RelationType::CooperatesWith, kKorea), nullptr);
}

TEST(ExtractorRegression, NegationBeforeThePartnerMarker) {
  EXPECT_EQ(count_edges(extract_text("中国没有与美国开展合作。"), RelationType::CooperatesWith), 0u);
}

TEST(ExtractorRegression, TriggerAfterADeterminerIsANoun) {
  EXPECT_EQ(count_edges(extract_text("巴西欢迎该倡议并签署了《南方科技合作宣言》。"), RelationType::Proposed),
            0u);
}

TEST(ExtractorRegression, ByMeansOfIsNotAdopted) {
  EXPECT_EQ(count_edges(extract_text("中国通过《全球青年数字合作倡议》推动合作。"), RelationType::Adopted),
            0u);
}

TEST(ExtractorRegression, DeputyTitleAfterACountryIsNoName) {
  graph::KnowledgeGraph graph = extract_text("巴西副总统卡萨诺出席了开幕式。");
  EXPECT_TRUE(graph.find_node(NodeType::Country, "巴西"));
  EXPECT_TRUE(graph.find_node(NodeType::Person, "卡萨诺"));
  EXPECT_FALSE(graph.find_node(NodeType::Person, "巴西副"));
  EXPECT_EQ(count_edges(graph, RelationType::Leads), 0u);  // deputies do not lead
}

// A deputy's title after a name as a principal's does (王建平副总理 as 习近平主席); the words that
// qualify a title (时任, 第一) and a deputy's title the rules do not list are no name.
TEST(ExtractorRegression, DeputyTitleAfterANameAndItsQualifiers) {
  graph::KnowledgeGraph graph = extract_text("会上，王建平副总理和李明远副部长先后发言。");
  EXPECT_TRUE(graph.find_node(NodeType::Person, "王建平"));
  EXPECT_TRUE(graph.find_node(NodeType::Person, "李明远"));
  for (const char* text :
       {"时任副部长出席会议。", "时任总理出席会议。", "国家副主席出席开幕式。", "第一副总理在会上发言。"}) {
    const graph::KnowledgeGraph qualified = extract_text(text);
    for (const char* word : {"时任", "国家", "国家副", "第一"})
      EXPECT_FALSE(qualified.find_node(NodeType::Person, word)) << text << " " << word;
  }
}

TEST(ExtractorRegression, NameEndsBeforeAnAdverb) {
  EXPECT_TRUE(extract_text("巴西国家数字农业研究中心正式成立。")
                  .find_node(NodeType::Organization, "巴西国家数字农业研究中心"));
  graph::KnowledgeGraph graph = extract_text("中国—东盟数字合作对话机制正式运行。");
  EXPECT_TRUE(graph.find_node(NodeType::Organization, "中国—东盟数字合作对话机制"));
  EXPECT_NE(edge(graph, kChina, RelationType::CooperatesWith, kAsean), nullptr);
}

TEST(ExtractorRegression, DefinedShortFormIsNoSecondNode) {
  graph::KnowledgeGraph graph =
      extract_text("复兴科技大学（以下简称“复兴大学”）成立了实验室。复兴大学还发布了报告。");
  EXPECT_TRUE(graph.find_node(NodeType::Organization, "复兴科技大学"));
  EXPECT_FALSE(graph.find_node(NodeType::Organization, "复兴大学"));
  auto found = graph.find_by_name_or_alias("复兴大学");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(graph.node(found[0]).name, "复兴科技大学");
}

TEST(ExtractorRegression, TriggerIsQuotedAsTheDocumentWritesIt) {
  graph::KnowledgeGraph graph = extract_text("2021年，中國簽署了《南方科技合作宣言》。");
  const graph::EdgeData* signed_edge =
      edge(graph, kChina, RelationType::Signed, {NodeType::Initiative, "南方科技合作宣言"}, 2021);
  ASSERT_NE(signed_edge, nullptr);
  EXPECT_EQ(signed_edge->evidence.begin()->trigger, "簽署");
}

TEST(ExtractorReport, ListsNamesFoundByShapeOnlyOnce) {
  CurationNotes notes;
  extract_text(
      "印度发布《国家数据保护战略》。\n印度与巴西签署《南方科技合作宣言》。巴西响应《南方科技合作宣言》。\n",
      &notes);
  auto mentions_line = [&](std::string_view text) {
    return std::any_of(notes.lines.begin(), notes.lines.end(),
                       [&](const std::string& line) { return line.find(text) != std::string::npos; });
  };
  EXPECT_TRUE(mentions_line("doc.txt:1: Initiative '国家数据保护战略' found by its shape once"));
  EXPECT_FALSE(mentions_line("'南方科技合作宣言' found by its shape once"));  // seen twice
  EXPECT_FALSE(mentions_line("'印度' found"));                                // in the gazetteer
}

}  // namespace
}  // namespace kg::extract
