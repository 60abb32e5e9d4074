// Induced and query-made subgraphs, copied node by node into a new graph.
#include "export/subgraph.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace kg::exporter {
namespace {

using Graph = graph::KnowledgeGraph;

Graph::NodeId copy_node(const Graph& from, Graph::NodeId node, Graph& to) {
  const graph::NodeData& data = from.node(node);
  Graph::NodeId copy = to.add_node(data.type, data.name);
  for (const auto& [alias, origin] : data.aliases) to.add_alias(copy, alias, origin);
  for (const auto& [key, value] : data.attributes) to.set_attribute(copy, key, value);
  to.set_name(copy, graph::Language::English, data.name_en);
  to.set_name(copy, graph::Language::Chinese, data.name_zh);
  for (const auto& [document, count] : data.mentions) to.add_mentions(copy, document, count);
  return copy;
}

}  // namespace

Graph subgraph(const Graph& graph, std::span<const Graph::NodeId> nodes,
               std::span<const Graph::EdgeId> edges) {
  Graph result;
  for (const auto& [id, document] : graph.documents()) result.add_document(document);
  // Each node is copied once: copying adds its mentions, which must not add up.
  std::vector<std::optional<Graph::NodeId>> copies(graph.node_count());
  auto copy_of = [&](Graph::NodeId node) {
    if (!copies[node]) copies[node] = copy_node(graph, node, result);
    return *copies[node];
  };
  for (Graph::NodeId node : nodes) copy_of(node);
  for (Graph::EdgeId edge : edges) {
    const graph::EdgeData& data = graph.edge(edge);
    Graph::NodeId from = copy_of(graph.source(edge));
    Graph::NodeId to = copy_of(graph.target(edge));
    Graph::EdgeId copy = result.add_edge(from, data.relation, to, std::nullopt);
    for (int year : data.years) result.add_year(copy, year);
    for (const graph::Evidence& evidence : data.evidence) result.add_evidence(copy, evidence);
  }
  return result;
}

Graph top_subgraph(const Graph& graph, std::size_t count) {
  std::vector<Graph::NodeId> nodes = graph.nodes_in_canonical_order();
  if (nodes.size() > count) {
    // stable_sort keeps canonical order among nodes of equal degree.
    std::stable_sort(nodes.begin(), nodes.end(),
                     [&](Graph::NodeId a, Graph::NodeId b) { return graph.degree(a) > graph.degree(b); });
    nodes.resize(count);
  }
  std::vector<bool> chosen(graph.node_count(), false);
  for (Graph::NodeId node : nodes) chosen[node] = true;
  std::vector<Graph::EdgeId> edges;
  for (Graph::EdgeId edge : graph.edges_in_canonical_order()) {
    if (chosen[graph.source(edge)] && chosen[graph.target(edge)]) edges.push_back(edge);
  }
  return subgraph(graph, nodes, edges);
}

std::size_t isolated_node_count(const Graph& graph) {
  std::size_t count = 0;
  for (auto node : boost::make_iterator_range(boost::vertices(graph.storage()))) {
    if (graph.degree(node) == 0) ++count;
  }
  return count;
}

Graph without_isolated_nodes(const Graph& graph) {
  std::vector<Graph::NodeId> nodes;
  for (Graph::NodeId node : graph.nodes_in_canonical_order()) {
    if (graph.degree(node) > 0) nodes.push_back(node);
  }
  return subgraph(graph, nodes, graph.edges_in_canonical_order());
}

}  // namespace kg::exporter
