#include "graph/graph.h"

#include <gtest/gtest.h>

#include "graph/errors.h"

namespace kg::graph {
namespace {

Evidence said(std::string document, std::string sentence, std::uint64_t offset = 0) {
  return Evidence{std::move(document), std::move(sentence), offset, 1, "test-rule", "提出"};
}

// One small document's worth of graph: China proposed an initiative in 2020.
KnowledgeGraph china_proposes(const std::string& document) {
  KnowledgeGraph graph;
  graph.add_document({document, 10, "hash-" + document});
  auto china = graph.add_node(NodeType::Country, "中国");
  graph.add_alias(china, "我国", "rules");
  graph.set_attribute(china, "iso", "CN");
  graph.add_mentions(china, document, 2);
  auto initiative = graph.add_node(NodeType::Initiative, "全球数据安全倡议");
  graph.add_mentions(initiative, document);
  auto edge = graph.add_edge(china, RelationType::Proposed, initiative, 2020);
  graph.add_evidence(edge, said(document, "中国提出《全球数据安全倡议》。"));
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

TEST(Graph, OtherYearIsAParallelEdge) {
  KnowledgeGraph graph;
  auto china = graph.add_node(NodeType::Country, "中国");
  auto initiative = graph.add_node(NodeType::Initiative, "全球发展倡议");
  graph.add_edge(china, RelationType::Proposed, initiative, 2021);
  graph.add_edge(china, RelationType::Proposed, initiative, std::nullopt);
  EXPECT_EQ(graph.edge_count(), 2u);
  EXPECT_TRUE(graph.find_edge(china, RelationType::Proposed, initiative, std::nullopt));
  EXPECT_FALSE(graph.find_edge(china, RelationType::Proposed, initiative, 2022));
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
  EXPECT_EQ(graph.edge(*graph.find_edge(china, RelationType::Proposed,
                                        *graph.find_node(NodeType::Initiative, "全球数据安全倡议"),
                                        2020))
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
  EXPECT_EQ(original.node_count(), 0u);
  EXPECT_EQ(original.edge_count(), 0u);
  EXPECT_TRUE(original.documents().empty());
  EXPECT_FALSE(original.find_node(NodeType::Country, "中国"));
  original.merge(expected);  // usable again, as a new graph
  EXPECT_EQ(original, expected);
}

}  // namespace
}  // namespace kg::graph
