// The words and rule ids extraction reads that once lived in code are rule
// data: a user's pack (kg build --rules) changes what they do.
#include <gtest/gtest.h>

#include "base/errors.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "text/input.h"

namespace kg::extract {
namespace {

using graph::NodeType;
using graph::RelationType;

graph::KnowledgeGraph extract_with(const RulePack& pack, const std::string& text) {
  return Extractor(pack).extract(text::make_document("doc.txt", text));
}

RulePack pack_with(const std::string& rules) {
  RulePack pack = default_rule_pack();
  add_rules(pack, rules, "mine.json");
  return pack;
}

bool has_edge(const graph::KnowledgeGraph& graph, NodeType subject_type, const std::string& subject,
              RelationType relation, NodeType object_type, const std::string& object) {
  const auto from = graph.find_node(subject_type, subject);
  const auto to = graph.find_node(object_type, object);
  return from && to && graph.find_edge(*from, relation, *to);
}

TEST(RuleWords, AliasMarkersAreRuleData) {
  const std::string text = "星海数字联盟(又称“星盟”)成立。星盟与巴西开展合作。";
  // 又称 is no marker of the default pack: 星盟 stays unknown.
  graph::KnowledgeGraph graph = extract_with(default_rule_pack(), text);
  EXPECT_FALSE(has_edge(graph, NodeType::Country, "巴西", RelationType::CooperatesWith,
                        NodeType::Organization, "星海数字联盟"));
  graph = extract_with(pack_with(R"({"patterns": {"alias_markers": ["又称"]}})"), text);
  const auto alliance = graph.find_node(NodeType::Organization, "星海数字联盟");
  ASSERT_TRUE(alliance);
  EXPECT_EQ(graph.node(*alliance).aliases.count("星盟"), 1u);
  EXPECT_TRUE(has_edge(graph, NodeType::Country, "巴西", RelationType::CooperatesWith, NodeType::Organization,
                       "星海数字联盟"));
}

TEST(RuleWords, CopulasAreRuleData) {
  const std::string text = "巴西乃金砖国家成员国。";
  EXPECT_FALSE(has_edge(extract_with(default_rule_pack(), text), NodeType::Country, "巴西",
                        RelationType::MemberOf, NodeType::Organization, "金砖国家"));
  EXPECT_TRUE(has_edge(extract_with(pack_with(R"({"modifiers": {"copulas": ["乃"]}})"), text),
                       NodeType::Country, "巴西", RelationType::MemberOf, NodeType::Organization,
                       "金砖国家"));
}

// The rules that date a name by where its year stands are rules of the
// pack, with ids and types a user's rule of the same id replaces.
TEST(RuleWords, DatingRulesAreRuleData) {
  const std::string text = "习近平出席2023年世界互联网大会乌镇峰会。";
  const std::string summit = "2023年世界互联网大会乌镇峰会";
  graph::KnowledgeGraph graph = extract_with(default_rule_pack(), text);
  const auto event = graph.find_node(NodeType::Event, summit);
  const auto year = graph.find_node(NodeType::Year, "2023");
  ASSERT_TRUE(event && year);
  const auto dated = graph.find_edge(*event, RelationType::InYear, *year);
  ASSERT_TRUE(dated);
  EXPECT_EQ(graph.edge(*dated).evidence.begin()->rule, "event.year-in-name");

  graph = extract_with(pack_with(R"({"relations": [{"id": "event.year-in-name", "relation": "IN_YEAR",
      "frame": "named_year", "triggers": [], "subject": [], "object": ["Initiative"]}]})"),
                       text);
  EXPECT_FALSE(has_edge(graph, NodeType::Event, summit, RelationType::InYear, NodeType::Year, "2023"));
}

TEST(RuleWords, UnknownFrameNamesTheFramesThereAre) {
  RulePack pack;
  try {
    add_rules(pack, R"({"relations": [{"id": "x", "relation": "IN_YEAR", "frame": "year_of",
        "triggers": [], "subject": [], "object": ["Event"]}]})",
              "mine.json");
    FAIL() << "an unknown frame was accepted";
  } catch (const kg::FormatError& error) {
    EXPECT_NE(std::string(error.what()).find("/relations/0/frame"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("named_year"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace kg::extract
