#include "graph/graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/errors.h"

namespace kg::graph {
namespace {

Evidence said(std::string document, std::string sentence, std::uint64_t offset = 0,
              std::optional<int> year = std::nullopt, std::string trigger = "提出") {
  return Evidence{std::move(document), std::move(sentence), offset, 1, "test-rule", std::move(trigger), year};
}

// One small document's worth of graph: China proposed an initiative in 2020
// (a year the evidence record has or not).
KnowledgeGraph china_proposes(const std::string& document, std::optional<int> evidence_year = std::nullopt) {
  KnowledgeGraph graph;
  graph.add_document({document, 10, "hash-" + document});
  auto china = graph.add_node(NodeType::Country, "中国");
  graph.add_alias(china, "我国", "rules");
  graph.set_attribute(china, "iso", "CN");
  graph.add_mentions(china, document, 2);
  auto initiative = graph.add_node(NodeType::Initiative, "全球数据安全倡议");
  graph.add_mentions(initiative, document);
  auto edge = graph.add_edge(china, RelationType::Proposed, initiative, 2020);
  graph.add_evidence(edge, said(document, "中国提出《全球数据安全倡议》。", 0, evidence_year));
  return graph;
}

TEST(Graph, AddingAnExistingNodeReturnsIt) {
  KnowledgeGraph graph;
  auto first = graph.add_node(NodeType::Country, "中国");
  auto again = graph.add_node(NodeType::Country, "中国");
  EXPECT_EQ(first, again);
  EXPECT_EQ(graph.node_count(), 1u);
}

TEST(Graph, TypeIsPartOfIdentity) {
  KnowledgeGraph graph;
  auto year = graph.add_node(NodeType::Year, "2020");
  auto event = graph.add_node(NodeType::Event, "2020");
  EXPECT_NE(year, event);
  EXPECT_EQ(graph.find_by_name_or_alias("2020").size(), 2u);
}

TEST(Graph, FindsNodesByAnyAlias) {
  KnowledgeGraph graph = china_proposes("a.txt");
  auto found = graph.find_by_name_or_alias("我国");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(graph.node(found[0]).name, "中国");
  EXPECT_EQ(graph.find_by_name_or_alias("中国"), found);
  EXPECT_TRUE(graph.find_by_name_or_alias("中方").empty());
  EXPECT_FALSE(graph.find_node(NodeType::Country, "我国"));  // identity is the canonical name only
}

TEST(Graph, SameEdgeMergesEvidenceAndWeight) {
  KnowledgeGraph graph;
  auto china = graph.add_node(NodeType::Country, "中国");
  auto initiative = graph.add_node(NodeType::Initiative, "全球发展倡议");
  auto first = graph.add_edge(china, RelationType::Proposed, initiative, 2021);
  graph.add_evidence(first, said("a.txt", "第一句。", 0));
  auto second = graph.add_edge(china, RelationType::Proposed, initiative, 2021);
  graph.add_evidence(second, said("a.txt", "第二句。", 40));
  graph.add_evidence(second, said("a.txt", "第二句。", 40));  // the same statement again
  EXPECT_EQ(first, second);
  EXPECT_EQ(graph.edge_count(), 1u);
  EXPECT_EQ(graph.edge(first).weight(), 2u);
}

TEST(Graph, DatedAndUndatedStatementsOfOneTripleAreOneEdge) {
  KnowledgeGraph graph;
  auto china = graph.add_node(NodeType::Country, "中国");
  auto initiative = graph.add_node(NodeType::Initiative, "全球数据安全倡议");
  auto dated = graph.add_edge(china, RelationType::Proposed, initiative, 2020);
  graph.add_evidence(dated, said("a.txt", "2020年，中国提出《全球数据安全倡议》。", 0, 2020));
  auto undated = graph.add_edge(china, RelationType::Proposed, initiative, std::nullopt);
  graph.add_evidence(undated, said("a.txt", "中国提出的《全球数据安全倡议》……", 80));
  EXPECT_EQ(dated, undated);
  EXPECT_EQ(graph.edge_count(), 1u);
  EXPECT_EQ(graph.edge(dated).years, std::set<int>{2020});
  EXPECT_EQ(graph.edge(dated).first_year(), 2020);
  EXPECT_EQ(graph.edge(dated).weight(), 2u);
  EXPECT_EQ(graph.find_edge(china, RelationType::Proposed, initiative), dated);
}

TEST(Graph, TwoYearsAreOneEdgeWithBoth) {
  KnowledgeGraph graph;
  auto china = graph.add_node(NodeType::Country, "中国");
  auto initiative = graph.add_node(NodeType::Initiative, "全球数据安全倡议");
  auto later = graph.add_edge(china, RelationType::Proposed, initiative, 2023);
  auto earlier = graph.add_edge(china, RelationType::Proposed, initiative, 2020);
  EXPECT_EQ(later, earlier);
  EXPECT_EQ(graph.edge_count(), 1u);
  EXPECT_EQ(graph.edge(later).years, (std::set<int>{2020, 2023}));
  EXPECT_EQ(graph.edge(later).first_year(), 2020);
  EXPECT_EQ(years_text(graph.edge(later).years), "2020, 2023");
  EXPECT_EQ(graph.edge(later).weight(), 1u);  // no evidence: one mention
}

TEST(Graph, AnEvidenceYearIsAYearOfItsEdge) {
  KnowledgeGraph graph;
  auto china = graph.add_node(NodeType::Country, "中国");
  auto initiative = graph.add_node(NodeType::Initiative, "全球发展倡议");
  auto edge = graph.add_edge(china, RelationType::Proposed, initiative, std::nullopt);
  EXPECT_EQ(graph.edge(edge).first_year(), std::nullopt);
  graph.add_evidence(edge, said("a.txt", "2021年中国提出全球发展倡议。", 0, 2021));
  EXPECT_EQ(graph.edge(edge).years, std::set<int>{2021});
}

// Two triggers (or rules) firing in one sentence are one statement of it.
TEST(Graph, TwoRecordsOfOneSentenceCountOnceAndTheSameOneIsKept) {
  const std::vector<Evidence> records{
      said("a.txt", "中国提出并发布了该倡议。", 40),
      said("a.txt", "中国提出并发布了该倡议。", 40, 2021, "提出"),
      said("a.txt", "中国提出并发布了该倡议。", 40, 2021, "发布"),
  };
  // Of those with a year, the smaller: "发布" (E5 8F 91 …) < "提出" (E6 8F 90 …).
  const Evidence& kept = records[2];
  ASSERT_TRUE(preferred(kept, records[1]));
  ASSERT_TRUE(preferred(kept, records[0]));
  ASSERT_TRUE(preferred(records[1], records[0]));
  std::vector<std::size_t> order{0, 1, 2};
  std::vector<KnowledgeGraph> graphs;
  do {
    // Added one by one to one edge.
    KnowledgeGraph added;
    auto china = added.add_node(NodeType::Country, "中国");
    auto initiative = added.add_node(NodeType::Initiative, "全球发展倡议");
    auto edge = added.add_edge(china, RelationType::Proposed, initiative, std::nullopt);
    for (std::size_t i : order) added.add_evidence(edge, records[i]);
    ASSERT_EQ(added.edge(edge).weight(), 1u);
    EXPECT_EQ(*added.edge(edge).evidence.begin(), kept);
    graphs.push_back(added);
    // Each in a graph of its own, merged by copy and by move.
    KnowledgeGraph by_copy, by_move;
    for (std::size_t i : order) {
      KnowledgeGraph single;
      auto from = single.add_node(NodeType::Country, "中国");
      auto to = single.add_node(NodeType::Initiative, "全球发展倡议");
      single.add_evidence(single.add_edge(from, RelationType::Proposed, to, std::nullopt), records[i]);
      by_copy.merge(single);
      by_move.merge(std::move(single));
    }
    graphs.push_back(by_copy);
    graphs.push_back(by_move);
  } while (std::next_permutation(order.begin(), order.end()));
  for (const KnowledgeGraph& graph : graphs) {
    EXPECT_EQ(graph, graphs.front());
    const EdgeData& edge = graph.edge(graph.edges_in_canonical_order().front());
    EXPECT_EQ(edge.weight(), 1u);
    EXPECT_EQ(*edge.evidence.begin(), kept);
    EXPECT_EQ(edge.years, std::set<int>{2021});
  }
}

TEST(Graph, SymmetricRelationIsOneEdgeEitherWay) {
  KnowledgeGraph graph;
  auto china = graph.add_node(NodeType::Country, "中国");
  auto brazil = graph.add_node(NodeType::Country, "巴西");
  auto forward = graph.add_edge(brazil, RelationType::CooperatesWith, china, std::nullopt);
  auto backward = graph.add_edge(china, RelationType::CooperatesWith, brazil, std::nullopt);
  EXPECT_EQ(forward, backward);
  EXPECT_EQ(graph.edge_count(), 1u);
  // A directed relation is not symmetric.
  graph.add_edge(brazil, RelationType::Supports, china, std::nullopt);
  graph.add_edge(china, RelationType::Supports, brazil, std::nullopt);
  EXPECT_EQ(graph.edge_count(), 3u);
}

TEST(Graph, MergeEqualsBuildingFromAllDocumentsAtOnce) {
  KnowledgeGraph together = china_proposes("a.txt");
  {
    auto china = together.add_node(NodeType::Country, "中国");
    together.add_alias(china, "中方", "text");
    together.add_mentions(china, "b.txt");
    auto brazil = together.add_node(NodeType::Country, "巴西");
    together.add_mentions(brazil, "b.txt");
    auto edge = together.add_edge(china, RelationType::CooperatesWith, brazil, std::nullopt);
    together.add_evidence(edge, said("b.txt", "中方与巴西合作。"));
    together.add_document({"b.txt", 10, "hash-b.txt"});
  }
  KnowledgeGraph second;
  {
    second.add_document({"b.txt", 10, "hash-b.txt"});
    auto brazil = second.add_node(NodeType::Country, "巴西");  // added first on purpose
    second.add_mentions(brazil, "b.txt");
    auto china = second.add_node(NodeType::Country, "中国");
    second.add_alias(china, "中方", "text");
    second.add_mentions(china, "b.txt");
    auto edge = second.add_edge(brazil, RelationType::CooperatesWith, china, std::nullopt);
    second.add_evidence(edge, said("b.txt", "中方与巴西合作。"));
  }
  KnowledgeGraph first_then_second = china_proposes("a.txt");
  first_then_second.merge(second);
  KnowledgeGraph second_then_first = second;
  second_then_first.merge(china_proposes("a.txt"));

  EXPECT_EQ(first_then_second, together);
  EXPECT_EQ(second_then_first, together);
}

TEST(Graph, MergingTheSameDocumentTwiceChangesNothing) {
  KnowledgeGraph graph = china_proposes("a.txt");
  graph.merge(china_proposes("a.txt"));
  EXPECT_EQ(graph, china_proposes("a.txt"));
  auto china = *graph.find_node(NodeType::Country, "中国");
  EXPECT_EQ(graph.node(china).mention_count(), 2u);
}

TEST(Graph, MergeAddsMentionsAcrossDocuments) {
  KnowledgeGraph graph = china_proposes("a.txt");
  graph.merge(china_proposes("b.txt"));
  auto china = *graph.find_node(NodeType::Country, "中国");
  EXPECT_EQ(graph.node(china).mention_count(), 4u);
  EXPECT_EQ(graph.node(china).mentions.size(), 2u);
  EXPECT_EQ(graph.edge_count(), 1u);
  EXPECT_EQ(graph
                .edge(*graph.find_edge(china, RelationType::Proposed,
                                       *graph.find_node(NodeType::Initiative, "全球数据安全倡议")))
                .weight(),
            2u);
}

TEST(Graph, MergingAGraphMovedInEqualsMergingACopy) {
  // Documents out of order (b before a), an alias both graphs have with other
  // origins, evidence both have: the moved-in graph gives what the copy gives.
  auto build = [] {
    KnowledgeGraph graph = china_proposes("b.txt");
    auto china = *graph.find_node(NodeType::Country, "中国");
    graph.add_alias(china, "中方", "text");
    return graph;
  };
  KnowledgeGraph into_by_copy = china_proposes("c.txt");
  into_by_copy.add_alias(*into_by_copy.find_node(NodeType::Country, "中国"), "中方", "rules");
  into_by_copy.merge(china_proposes("a.txt"));
  KnowledgeGraph into_by_move = into_by_copy;

  const KnowledgeGraph other = build();
  into_by_copy.merge(other);
  KnowledgeGraph moved = build();
  into_by_move.merge(std::move(moved));
  EXPECT_EQ(into_by_move, into_by_copy);
  auto china = *into_by_move.find_node(NodeType::Country, "中国");
  EXPECT_EQ(into_by_move.node(china).aliases.at("中方"), "rules");
  EXPECT_EQ(into_by_move.node(china).mentions.size(), 3u);
  EXPECT_EQ(into_by_move.find_by_name_or_alias("中方"), std::vector{china});
}

TEST(Graph, MergingInterleavedDocumentsMovedInEqualsMergingCopies) {
  // Two workers' graphs hold alternate documents, some evidence in both.
  KnowledgeGraph odd, even;
  for (int i = 0; i < 40; ++i) {
    const std::string document = "d" + std::to_string(100 + i) + ".txt";
    (i % 2 ? odd : even).merge(china_proposes(document));
    if (i % 7 == 0) (i % 2 ? even : odd).merge(china_proposes(document));
  }
  KnowledgeGraph by_copy = even;
  by_copy.merge(odd);
  KnowledgeGraph by_move = even;
  KnowledgeGraph moved = odd;
  by_move.merge(std::move(moved));
  EXPECT_EQ(by_move, by_copy);
  EXPECT_EQ(by_move.edge(by_move.edges_in_canonical_order().front()).weight(), 40u);
}

// Document `which` of four that state one triple dated, undated and in two
// sentences with two triggers each, and a symmetric relation either way.
void add_statements_of(KnowledgeGraph& graph, int which) {
  const std::string document = "d" + std::to_string(which) + ".txt";
  graph.add_document({document, 100, "hash-" + document});
  auto china = graph.add_node(NodeType::Country, "中国");
  auto brazil = graph.add_node(NodeType::Country, "巴西");
  auto initiative = graph.add_node(NodeType::Initiative, "全球数据安全倡议");
  graph.add_mentions(china, document, 2);
  auto state = [&](std::uint64_t offset, std::optional<int> year, const std::string& trigger) {
    auto edge = graph.add_edge(china, RelationType::Proposed, initiative, year);
    graph.add_evidence(edge, said(document, "第" + std::to_string(offset) + "句。", offset, year, trigger));
  };
  switch (which) {
    case 0:
      state(0, 2020, "提出");
      state(50, std::nullopt, "提出");
      state(50, std::nullopt, "倡议");
      break;
    case 1:
      state(10, std::nullopt, "提出");
      graph.add_evidence(graph.add_edge(brazil, RelationType::CooperatesWith, china, std::nullopt),
                         said(document, "巴西与中国合作。", 30, std::nullopt, "合作"));
      break;
    case 2:
      state(0, 2023, "提出");
      graph.add_evidence(graph.add_edge(china, RelationType::CooperatesWith, brazil, 2023),
                         said(document, "2023年中巴合作。", 70, 2023, "合作"));
      break;
    default:
      state(20, std::nullopt, "发布");
      state(20, 2021, "提出");
      state(20, std::nullopt, "提出");
  }
}

TEST(Graph, MergingPerDocumentGraphsInAnyOrderEqualsTheWhole) {
  KnowledgeGraph whole;
  for (int which = 0; which < 4; ++which) add_statements_of(whole, which);
  auto china = *whole.find_node(NodeType::Country, "中国");
  auto initiative = *whole.find_node(NodeType::Initiative, "全球数据安全倡议");
  const EdgeData& proposed = whole.edge(*whole.find_edge(china, RelationType::Proposed, initiative));
  EXPECT_EQ(whole.edge_count(), 2u);
  EXPECT_EQ(proposed.years, (std::set<int>{2020, 2021, 2023}));
  EXPECT_EQ(proposed.weight(), 5u);  // five sentences, eight records

  std::vector<KnowledgeGraph> documents(4);
  for (int which = 0; which < 4; ++which) add_statements_of(documents[which], which);
  std::vector<int> order{0, 1, 2, 3};
  do {
    KnowledgeGraph by_copy, by_move;
    for (int which : order) {
      by_copy.merge(documents[which]);
      KnowledgeGraph moved = documents[which];
      by_move.merge(std::move(moved));
    }
    EXPECT_EQ(by_copy, whole);
    EXPECT_EQ(by_move, whole);
    // Grouped differently: (a + b) + (c + d), and a + (b + (c + d)).
    KnowledgeGraph left = documents[order[0]], right = documents[order[2]];
    left.merge(documents[order[1]]);
    right.merge(documents[order[3]]);
    left.merge(std::move(right));
    EXPECT_EQ(left, whole);
    KnowledgeGraph nested = documents[order[2]];
    nested.merge(documents[order[3]]);
    KnowledgeGraph outer = documents[order[1]];
    outer.merge(nested);
    KnowledgeGraph first = documents[order[0]];
    first.merge(outer);
    EXPECT_EQ(first, whole);
    // And again: idempotent.
    first.merge(whole);
    EXPECT_EQ(first, whole);
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST(Graph, MergingMovedInKeepsThePreferredRecordOfASentenceOnEveryPath) {
  // Big into small, small into big (one by one), and alike sizes (one linear
  // pass): the record with a year wins whichever side has it.
  KnowledgeGraph many, few;
  for (int i = 0; i < 40; ++i) many.merge(china_proposes("d" + std::to_string(100 + i) + ".txt"));
  for (int i : {105, 120}) few.merge(china_proposes("d" + std::to_string(i) + ".txt", 2020));
  KnowledgeGraph alike;
  for (int i = 0; i < 40; i += 2) alike.merge(china_proposes("d" + std::to_string(100 + i) + ".txt", 2020));
  for (const KnowledgeGraph* other : {&few, &alike}) {
    KnowledgeGraph expected = many;
    expected.merge(*other);
    KnowledgeGraph into_many = many, moved_other = *other;
    into_many.merge(std::move(moved_other));
    KnowledgeGraph into_other = *other, moved_many = many;
    into_other.merge(std::move(moved_many));
    EXPECT_EQ(into_many, expected);
    EXPECT_EQ(into_other, expected);
    const EdgeData& edge = expected.edge(expected.edges_in_canonical_order().front());
    EXPECT_EQ(edge.weight(), 40u);
    std::size_t dated = 0;
    for (const Evidence& evidence : edge.evidence) dated += evidence.year.has_value();
    EXPECT_EQ(dated, other == &few ? 2u : 20u);
  }
}

TEST(Graph, MergeRefusesADocumentWhoseContentChanged) {
  KnowledgeGraph graph = china_proposes("a.txt");
  KnowledgeGraph changed;
  changed.add_document({"a.txt", 11, "another-hash"});
  changed.add_node(NodeType::Country, "巴西");
  EXPECT_THROW(graph.merge(changed), Error);
  EXPECT_EQ(graph, china_proposes("a.txt"));  // nothing half-merged
}

TEST(Graph, CanonicalOrderIgnoresInsertionOrder) {
  KnowledgeGraph a, b;
  a.add_node(NodeType::Organization, "联合国");
  a.add_node(NodeType::Country, "中国");
  b.add_node(NodeType::Country, "中国");
  b.add_node(NodeType::Organization, "联合国");
  auto names = [](const KnowledgeGraph& graph) {
    std::vector<std::string> out;
    for (auto id : graph.nodes_in_canonical_order()) out.push_back(graph.node(id).name);
    return out;
  };
  EXPECT_EQ(names(a), names(b));
  EXPECT_EQ(names(a).front(), "中国");  // Country sorts before Organization
}

// Boost's edge descriptors point into the graph they came from: a copy that
// kept the source's edge index wrote evidence into the source, and a move
// that moved Boost's storage object left edges pointing at freed memory.
TEST(Graph, CopyAndMoveKeepTheirOwnEdgeIndex) {
  KnowledgeGraph copy;
  {
    KnowledgeGraph original = china_proposes("a.txt");
    copy = original;
  }
  KnowledgeGraph moved;
  {
    KnowledgeGraph original = china_proposes("b.txt");
    moved = std::move(original);
  }
  KnowledgeGraph constructed(std::move(moved));
  for (KnowledgeGraph* graph : {&copy, &constructed}) {
    auto china = *graph->find_node(NodeType::Country, "中国");
    auto initiative = *graph->find_node(NodeType::Initiative, "全球数据安全倡议");
    auto edge = graph->add_edge(china, RelationType::Proposed, initiative, 2020);
    graph->add_evidence(edge, said("c.txt", "我国再次提出该倡议。"));
    EXPECT_EQ(graph->edge_count(), 1u);
    EXPECT_EQ(graph->edge(edge).weight(), 2u);
  }
}

TEST(Graph, AMovedFromGraphIsEmptyAndUsable) {
  KnowledgeGraph original = china_proposes("a.txt");
  const KnowledgeGraph expected = original;
  KnowledgeGraph moved(std::move(original));
  EXPECT_EQ(moved, expected);
  // A moved-from graph is documented to be empty: this checks it.
  EXPECT_EQ(original.node_count(), 0u);  // NOLINT(bugprone-use-after-move)
  EXPECT_EQ(original.edge_count(), 0u);
  EXPECT_TRUE(original.documents().empty());
  EXPECT_FALSE(original.find_node(NodeType::Country, "中国"));
  original.merge(expected);  // usable again, as a new graph
  EXPECT_EQ(original, expected);
}

// What extraction adds for one document: its record, mentions and the forms
// it wrote (with the document), and its statements.
void add_document_content(KnowledgeGraph& graph, const std::string& document, const std::string& form,
                          std::optional<int> year, const std::string& partner) {
  graph.add_document({document, 10, "hash-" + document});
  auto china = graph.add_node(NodeType::Country, "中国");
  graph.set_attribute(china, "iso", "CN");
  graph.add_alias(china, form, form == "中方" ? "text" : "rules", document);
  graph.add_mentions(china, document, 1);
  auto other = graph.add_node(NodeType::Country, partner);
  graph.add_alias(other, partner, "rules", document);
  graph.add_mentions(other, document, 1);
  auto edge = graph.add_edge(china, RelationType::CooperatesWith, other, year);
  graph.add_evidence(edge, said(document, form + "与" + partner + "合作。", 0, year, "合作"));
}

TEST(GraphRemove, EqualsTheGraphBuiltWithoutTheDocument) {
  KnowledgeGraph all;
  add_document_content(all, "a.txt", "中国", 2020, "巴西");
  add_document_content(all, "b.txt", "中方", 2021, "巴西");
  add_document_content(all, "c.txt", "我国", std::nullopt, "俄罗斯");
  KnowledgeGraph without_b;
  add_document_content(without_b, "a.txt", "中国", 2020, "巴西");
  add_document_content(without_b, "c.txt", "我国", std::nullopt, "俄罗斯");
  ASSERT_NE(all, without_b);

  all.remove_documents({"b.txt"});
  EXPECT_EQ(all, without_b);
  auto china = *all.find_node(NodeType::Country, "中国");
  EXPECT_FALSE(all.node(china).aliases.count("中方")) << "only b.txt gave the form";
  EXPECT_TRUE(all.find_by_name_or_alias("中方").empty()) << "nor is it found by name";
  auto brazil = *all.find_node(NodeType::Country, "巴西");
  EXPECT_EQ(all.edge(*all.find_edge(china, RelationType::CooperatesWith, brazil)).years,
            (std::set<int>{2020}));

  // The last document of 巴西: its node and edge go; 俄罗斯 stays.
  all.remove_documents({"a.txt"});
  EXPECT_FALSE(all.find_node(NodeType::Country, "巴西"));
  EXPECT_TRUE(all.find_by_name_or_alias("巴西").empty());
  EXPECT_EQ(all.edge_count(), 1u);
  EXPECT_EQ(all.documents().size(), 1u);
  KnowledgeGraph only_c;
  add_document_content(only_c, "c.txt", "我国", std::nullopt, "俄罗斯");
  EXPECT_EQ(all, only_c);
}

TEST(GraphRemove, AnAliasKeepsTheSmallestOriginOfTheDocumentsLeft) {
  KnowledgeGraph graph;
  auto china = graph.add_node(NodeType::Country, "中国");
  graph.add_alias(china, "中方", "text", "a.txt");
  graph.add_alias(china, "中方", "defined", "b.txt");
  graph.add_mentions(china, "a.txt");
  graph.add_mentions(china, "b.txt");
  EXPECT_EQ(graph.node(china).aliases.at("中方"), "defined");
  graph.remove_documents({"b.txt"});
  EXPECT_EQ(graph.node(china).aliases.at("中方"), "text");
}

TEST(GraphRemove, KeepsWhatNoDocumentGave) {
  KnowledgeGraph graph = china_proposes("a.txt");  // 我国 added with no document
  graph.add_node(NodeType::Person, "无人提及");
  auto china = *graph.find_node(NodeType::Country, "中国");
  auto initiative = *graph.find_node(NodeType::Initiative, "全球数据安全倡议");
  // An edge with no evidence, and a year the edge was given with none.
  graph.add_edge(initiative, RelationType::Supports, china, 1999);
  graph.add_year(graph.add_edge(china, RelationType::Proposed, initiative, std::nullopt), 1990);
  graph.add_evidence(*graph.find_edge(china, RelationType::Proposed, initiative),
                     said("b.txt", "中国提出倡议。", 0, 2021));
  graph.add_document({"b.txt", 1, "hash-b"});

  graph.remove_documents({"b.txt", "not-there.txt"});
  // Node and edge ids are those of the rebuilt graph: found again.
  ASSERT_TRUE(graph.find_node(NodeType::Person, "无人提及")) << "a node no document touched stays";
  china = *graph.find_node(NodeType::Country, "中国");
  initiative = *graph.find_node(NodeType::Initiative, "全球数据安全倡议");
  auto imported_again = graph.find_edge(initiative, RelationType::Supports, china);
  ASSERT_TRUE(imported_again) << "an edge no document stated stays";
  EXPECT_EQ(graph.edge(*imported_again).years, (std::set<int>{1999}));
  EXPECT_EQ(graph.edge(*graph.find_edge(china, RelationType::Proposed, initiative)).years,
            (std::set<int>{1990, 2020}));
  EXPECT_EQ(graph.node(china).aliases.at("我国"), "rules");
  graph.remove_documents({"a.txt"});
  EXPECT_EQ(graph.find_by_name_or_alias("我国").size(), 1u) << "an alias given by no document stays";
  EXPECT_TRUE(graph.documents().empty());
}

TEST(GraphRemove, MergingKeepsTheDocumentsOfEachAlias) {
  KnowledgeGraph a, b;
  add_document_content(a, "a.txt", "中方", 2020, "巴西");
  add_document_content(b, "b.txt", "中方", 2020, "巴西");
  KnowledgeGraph ab = a;
  ab.merge(b);
  KnowledgeGraph ba = b;
  ba.merge(KnowledgeGraph(a));
  EXPECT_EQ(ab, ba);
  auto china = *ab.find_node(NodeType::Country, "中国");
  EXPECT_EQ(ab.node(china).alias_documents.at("中方").size(), 2u);
  ab.remove_documents({"a.txt"});
  EXPECT_EQ(ab, b);
}
}  // namespace
}  // namespace kg::graph
