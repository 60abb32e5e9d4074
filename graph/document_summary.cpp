// Per-document counts over a graph.
#include "graph/document_summary.h"

#include <iterator>
#include <map>

namespace kg::graph {

std::vector<DocumentSummary> summarize_documents(const KnowledgeGraph& graph) {
  std::map<std::string, DocumentSummary, std::less<>> by_id;
  for (const auto& [id, document] : graph.documents()) by_id[id].document = document;
  // A count for a document the graph does not list (a file older kg wrote
  // by hand) is not lost: it gets a summary with an empty record.
  auto summary_of = [&](std::string_view id) -> DocumentSummary& {
    auto it = by_id.find(id);
    if (it == by_id.end()) {
      it = by_id.emplace(std::string(id), DocumentSummary{}).first;
      it->second.document.id = std::string(id);
    }
    return it->second;
  };
  for (auto node : boost::make_iterator_range(boost::vertices(graph.storage()))) {
    for (const auto& [document, count] : graph.node(node).mentions) {
      DocumentSummary& summary = summary_of(document);
      ++summary.nodes;
      summary.mentions += count;
    }
  }
  for (auto edge : boost::make_iterator_range(boost::edges(graph.storage()))) {
    const EvidenceSet& evidence = graph.edge(edge).evidence;
    // Evidence is sorted by document: one edge counts once per document.
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
      DocumentSummary& summary = summary_of(it->document);
      ++summary.sentences;
      if (it == evidence.begin() || std::prev(it)->document != it->document) ++summary.edges;
    }
  }
  std::vector<DocumentSummary> summaries;
  summaries.reserve(by_id.size());
  for (auto& [id, summary] : by_id) summaries.push_back(std::move(summary));
  return summaries;
}

}  // namespace kg::graph
