#include "extract/name_lookup.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/rule_pack.h"

namespace kg::extract {
namespace {

using graph::NodeType;
using NodeId = graph::KnowledgeGraph::NodeId;

class NameLookupTest : public ::testing::Test {
 protected:
  NameLookupTest() : gazetteer_(default_rule_pack()) {
    china_ = graph_.add_node(NodeType::Country, "中国");
    graph_.set_attribute(china_, "iso", "CN");
    graph_.add_alias(china_, "中方", "rules");
    united_states_ = graph_.add_node(NodeType::Country, "美国");
    graph_.set_attribute(united_states_, "iso", "US");
    eu_ = graph_.add_node(NodeType::Organization, "欧盟");
    graph_.add_alias(eu_, "European Union", "rules");
    // A name a document gave two different things.
    graph_.add_node(NodeType::Organization, "Apex Forum");
    graph_.add_node(NodeType::Event, "Apex Forum");
  }

  std::vector<std::string> names(const std::vector<NodeId>& nodes) const {
    std::vector<std::string> out;
    for (NodeId node : nodes) out.push_back(graph_.node(node).name);
    return out;
  }

  graph::KnowledgeGraph graph_;
  Gazetteer gazetteer_;
  NodeId china_{}, united_states_{}, eu_{};
};

TEST_F(NameLookupTest, FindsANodeByItsNameOrAnAliasAsWritten) {
  const NameLookup lookup(graph_, gazetteer_);
  EXPECT_EQ(lookup.find("中国"), std::vector<NodeId>{china_});
  EXPECT_EQ(lookup.find("中方"), std::vector<NodeId>{china_});
  EXPECT_EQ(lookup.find("European Union"), std::vector<NodeId>{eu_});
}

TEST_F(NameLookupTest, MatchesLatinScriptWithoutCase) {
  const NameLookup lookup(graph_, gazetteer_);
  EXPECT_EQ(lookup.find("european union"), std::vector<NodeId>{eu_});
  EXPECT_EQ(lookup.find("EUROPEAN UNION"), std::vector<NodeId>{eu_});
}

TEST_F(NameLookupTest, FindsNodesByTheNamesTheRulesAndCldrKnow) {
  const NameLookup lookup(graph_, gazetteer_);
  // Names no document gave: the rule pack's aliases and CLDR's names.
  EXPECT_EQ(lookup.find("EU"), std::vector<NodeId>{eu_});
  EXPECT_EQ(lookup.find("eu"), std::vector<NodeId>{eu_});
  EXPECT_EQ(lookup.find("China"), std::vector<NodeId>{china_});
  EXPECT_EQ(lookup.find("中华人民共和国"), std::vector<NodeId>{china_});
  EXPECT_EQ(lookup.find("我国"), std::vector<NodeId>{china_});
  EXPECT_EQ(lookup.find("United States"), std::vector<NodeId>{united_states_});
  // Traditional script is normalized like the documents are.
  EXPECT_EQ(lookup.find("歐盟"), std::vector<NodeId>{eu_});
}

TEST_F(NameLookupTest, AnAmbiguousNameGivesEveryCandidateAndAnUnknownOneNone) {
  const NameLookup lookup(graph_, gazetteer_);
  EXPECT_EQ(names(lookup.find("apex forum")), (std::vector<std::string>{"Apex Forum", "Apex Forum"}));
  EXPECT_TRUE(lookup.find("Atlantis").empty());
  EXPECT_TRUE(lookup.find("").empty());
  // A known entity the graph has no node for finds nothing.
  EXPECT_TRUE(lookup.find("France").empty());
}

TEST_F(NameLookupTest, KnownNamesJoinTheGraphsNamesWithTheRulesAndCldr) {
  const NameLookup lookup(graph_, gazetteer_);
  const std::vector<std::string> eu = lookup.known_names(graph_.node(eu_));
  ASSERT_FALSE(eu.empty());
  EXPECT_EQ(eu.front(), "欧盟");
  for (const char* name : {"European Union", "EU", "欧洲联盟"}) {
    EXPECT_NE(std::find(eu.begin(), eu.end(), name), eu.end()) << name;
  }
  EXPECT_EQ(std::count(eu.begin(), eu.end(), "European Union"), 1);
  const std::vector<std::string> china = lookup.known_names(graph_.node(china_));
  for (const char* name : {"中国", "中方", "China", "中华人民共和国"}) {
    EXPECT_NE(std::find(china.begin(), china.end(), name), china.end()) << name;
  }
}

TEST_F(NameLookupTest, FindNodesLooksBeyondTheGraphOnlyWhenItHasNoSuchName) {
  EXPECT_EQ(find_nodes(graph_, "中国"), std::vector<NodeId>{china_});
  EXPECT_EQ(find_nodes(graph_, "EU"), std::vector<NodeId>{eu_});
  EXPECT_TRUE(find_nodes(graph_, "Atlantis").empty());
}

}  // namespace
}  // namespace kg::extract
