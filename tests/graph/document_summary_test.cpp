#include "graph/document_summary.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

Evidence said(std::string document, std::uint64_t offset) {
  return Evidence{std::move(document), "中国提出倡议。", offset, 1, "test-rule", "提出", std::nullopt};
}

// Two documents: a.txt states two edges (one of them twice), b.txt one of them.
KnowledgeGraph two_documents() {
  KnowledgeGraph graph;
  graph.add_document({"a.txt", 100, "aaaa"});
  graph.add_document({"b.txt", 50, "bbbb"});
  graph.add_document({"empty.txt", 0, "eeee"});
  auto china = graph.add_node(NodeType::Country, "中国");
  auto initiative = graph.add_node(NodeType::Initiative, "全球数据安全倡议");
  auto russia = graph.add_node(NodeType::Country, "俄罗斯");
  graph.add_mentions(china, "a.txt", 3);
  graph.add_mentions(initiative, "a.txt", 2);
  graph.add_mentions(russia, "a.txt", 1);
  graph.add_mentions(china, "b.txt", 1);
  graph.add_mentions(initiative, "b.txt", 1);
  auto proposed = graph.add_edge(china, RelationType::Proposed, initiative, std::nullopt);
  graph.add_evidence(proposed, said("a.txt", 0));
  graph.add_evidence(proposed, said("a.txt", 40));
  graph.add_evidence(proposed, said("b.txt", 0));
  auto cooperates = graph.add_edge(china, RelationType::CooperatesWith, russia, std::nullopt);
  graph.add_evidence(cooperates, said("a.txt", 80));
  return graph;
}

TEST(DocumentSummary, CountsWhatEachDocumentContributed) {
  const std::vector<DocumentSummary> summaries = summarize_documents(two_documents());
  ASSERT_EQ(summaries.size(), 3u);
  EXPECT_EQ(summaries[0].document, (Document{"a.txt", 100, "aaaa"}));
  EXPECT_EQ(summaries[0].nodes, 3u);
  EXPECT_EQ(summaries[0].mentions, 6u);
  EXPECT_EQ(summaries[0].edges, 2u);  // the edge stated twice counts once
  EXPECT_EQ(summaries[0].sentences, 3u);
  EXPECT_EQ(summaries[1].document.id, "b.txt");
  EXPECT_EQ(summaries[1].nodes, 2u);
  EXPECT_EQ(summaries[1].mentions, 2u);
  EXPECT_EQ(summaries[1].edges, 1u);
  EXPECT_EQ(summaries[1].sentences, 1u);
}

TEST(DocumentSummary, ADocumentThatYieldedNothingIsListedWithZeros) {
  const std::vector<DocumentSummary> summaries = summarize_documents(two_documents());
  ASSERT_EQ(summaries.size(), 3u);
  EXPECT_EQ(summaries[2].document.id, "empty.txt");
  EXPECT_EQ(summaries[2].nodes, 0u);
  EXPECT_EQ(summaries[2].edges, 0u);
}

TEST(DocumentSummary, AnEmptyGraphHasNoDocuments) {
  EXPECT_TRUE(summarize_documents(KnowledgeGraph{}).empty());
}

}  // namespace
}  // namespace kg::graph
