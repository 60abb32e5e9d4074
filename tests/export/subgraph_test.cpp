// Views of a graph: the best-connected nodes, and the part a query returned.
#include "export/subgraph.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using graph::NodeType;
using graph::RelationType;
using testing::sample_graph;

TEST(TopSubgraph, KeepsTheBestConnectedNodesAndTheEdgesAmongThem) {
  const graph::KnowledgeGraph g = sample_graph();
  const graph::KnowledgeGraph top = top_subgraph(g, 3);
  ASSERT_EQ(top.node_count(), 3u);
  // Degrees: 中国 3, 全球数据安全倡议 3, hard label 2, 上海合作组织 2: the tie goes to
  // canonical order (Organization before Initiative).
  auto china = top.find_node(NodeType::Country, "中国");
  auto gdsi = top.find_node(NodeType::Initiative, "全球数据安全倡议");
  ASSERT_TRUE(china && gdsi);
  EXPECT_TRUE(top.find_node(NodeType::Organization, "上海合作组织"));
  EXPECT_EQ(top.edge_count(), 3u);  // PROPOSED (2020 and 2021), SUPPORTS, MEMBER_OF
  auto proposed = top.find_edge(*china, RelationType::Proposed, *gdsi);
  ASSERT_TRUE(proposed);
  EXPECT_EQ(top.edge(*proposed).weight(), 4u);
  EXPECT_EQ(top.edge(*proposed).years, (std::set<int>{2020, 2021}));
  EXPECT_EQ(top.node(*china).mention_count(), 5u);
  EXPECT_EQ(top.node(*china).attributes.at("iso"), "CN");
  EXPECT_EQ(top.documents(), g.documents());
}

TEST(TopSubgraph, IsTheWholeGraphWhenSmallEnough) {
  const graph::KnowledgeGraph g = sample_graph();
  EXPECT_TRUE(top_subgraph(g, 100) == g);
  EXPECT_TRUE(top_subgraph(g, g.node_count()) == g);
}

TEST(Subgraph, AddsTheEndsOfEachEdgeOnceWithTheirMentions) {
  const graph::KnowledgeGraph g = sample_graph();
  auto china = *g.find_node(NodeType::Country, "中国");
  auto sco = *g.find_node(NodeType::Organization, "上海合作组织");
  auto member_of = *g.find_edge(china, RelationType::MemberOf, sco);
  const std::vector<graph::KnowledgeGraph::NodeId> nodes = {china};
  const std::vector<graph::KnowledgeGraph::EdgeId> edges = {member_of};
  const graph::KnowledgeGraph view = subgraph(g, nodes, edges);
  EXPECT_EQ(view.node_count(), 2u);
  EXPECT_EQ(view.edge_count(), 1u);
  EXPECT_EQ(view.node(*view.find_node(NodeType::Country, "中国")).mention_count(), 5u);
}

}  // namespace
}  // namespace kg::exporter
