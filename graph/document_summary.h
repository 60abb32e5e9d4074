// What each document of a graph contributed, counted: the corpus as the graph
// sees it (`kg stats --documents`, `kg show`).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kg::graph {

struct DocumentSummary {
  Document document;            // id (path), bytes, sha1
  std::uint64_t nodes = 0;      // nodes mentioned in it
  std::uint64_t mentions = 0;   // mentions of those nodes in it
  std::uint64_t edges = 0;      // edges with evidence from it
  std::uint64_t sentences = 0;  // evidence sentences from it, over all edges
};

// One summary per document, in document order (by id). One pass over the
// nodes and one over the edges, whatever the number of documents.
std::vector<DocumentSummary> summarize_documents(const KnowledgeGraph& graph);

}  // namespace kg::graph
