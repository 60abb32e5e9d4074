// Writes the benchmark graph: 100k nodes and 1M relationships, the same on
// every run (a fixed seed), in kg's native format.
//   make_bench_graph OUT.kg.json
#include <iostream>
#include <random>

#include "bench/query/bench_queries.h"
#include "graph/graph.h"
#include "graph/native_file.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_bench_graph OUT.kg.json\n";
    return 2;
  }
  using kg::graph::NodeType;
  using kg::graph::RelationType;
  kg::graph::KnowledgeGraph graph;
  // Half people, then organizations, initiatives, events and a few countries;
  // names n0 .. n99999 in that order.
  std::vector<kg::graph::KnowledgeGraph::NodeId> nodes;
  for (std::uint32_t i = 0; i < kg::bench::kNodes; ++i) {
    NodeType type = i < 50'000 ? NodeType::Person
                    : i < 70'000 ? NodeType::Organization
                    : i < 90'000 ? NodeType::Initiative
                    : i < 99'000 ? NodeType::Event : NodeType::Country;
    std::string name = "n";
    name += std::to_string(i);  // not "n" + ...: GCC 12 -O3 warns falsely (bug 105329)
    nodes.push_back(graph.add_node(type, name));
  }
  std::mt19937_64 random(20240601);
  std::uniform_int_distribution<std::uint32_t> any(0, kg::bench::kNodes - 1);
  std::uniform_real_distribution<double> unit(0, 1);
  std::uniform_int_distribution<int> relation(0, static_cast<int>(kg::graph::kAllRelationTypes.size()) - 2);
  std::uniform_int_distribution<int> year(2000, 2024);
  // Targets skew towards low numbers (u^2), as mentions skew towards a few
  // well-known actors; sources are uniform. Out-degree averages 10.
  while (graph.edge_count() < kg::bench::kEdges) {
    std::uint32_t from = any(random);
    auto to = static_cast<std::uint32_t>(kg::bench::kNodes * unit(random) * unit(random));
    if (from == to) continue;
    RelationType type = kg::graph::kAllRelationTypes[static_cast<std::size_t>(relation(random))];
    std::optional<int> when;
    if (unit(random) < 0.7) when = year(random);
    graph.add_edge(nodes[from], type, nodes[to], when);
  }
  kg::graph::save_native(graph, argv[1]);
  std::cout << "wrote " << argv[1] << ": " << graph.node_count() << " nodes, " << graph.edge_count() << " edges\n";
  return 0;
}
