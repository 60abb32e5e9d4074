// Writes the benchmark graph: 100k nodes and 1M relationships by default, the
// same on every run (a fixed seed), in kg's native format. A smaller size
// only serves to check the benchmark scripts quickly.
//   make_bench_graph OUT.kg.json [NODES EDGES]
#include <charconv>
#include <iostream>
#include <random>
#include <string_view>

#include "bench/query/bench_queries.h"
#include "graph/graph.h"
#include "graph/native_file.h"

namespace {

bool parse_count(std::string_view text, std::uint32_t& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

int main(int argc, char** argv) {
  std::uint32_t node_total = kg::bench::kNodes, edge_total = kg::bench::kEdges;
  if (argc == 4) {
    if (!parse_count(argv[2], node_total) || !parse_count(argv[3], edge_total) || node_total < 100 ||
        edge_total > static_cast<std::uint64_t>(node_total) * 100) {
      std::cerr << "make_bench_graph: NODES must be at least 100 and EDGES at most 100 x NODES\n";
      return 2;
    }
  } else if (argc != 2) {
    std::cerr << "usage: make_bench_graph OUT.kg.json [NODES EDGES]   (default " << kg::bench::kNodes << " "
              << kg::bench::kEdges << ")\n";
    return 2;
  }
  using kg::graph::NodeType;
  using kg::graph::RelationType;
  kg::graph::KnowledgeGraph graph;
  // Half people, then organizations (20%), initiatives (20%), events (9%) and
  // a few countries; names n0 .. n<NODES-1> in that order.
  std::vector<kg::graph::KnowledgeGraph::NodeId> nodes;
  for (std::uint32_t i = 0; i < node_total; ++i) {
    const std::uint64_t percent = std::uint64_t{i} * 100 / node_total;
    NodeType type = percent < 50   ? NodeType::Person
                    : percent < 70 ? NodeType::Organization
                    : percent < 90 ? NodeType::Initiative
                    : percent < 99 ? NodeType::Event
                                   : NodeType::Country;
    std::string name = "n";
    name += std::to_string(i);  // not "n" + ...: GCC 12 -O3 warns falsely (bug 105329)
    nodes.push_back(graph.add_node(type, name));
  }
  std::mt19937_64 random(20240601);
  std::uniform_int_distribution<std::uint32_t> any(0, node_total - 1);
  std::uniform_real_distribution<double> unit(0, 1);
  std::uniform_int_distribution<int> relation(0, static_cast<int>(kg::bench::kBenchRelations) - 1);
  std::uniform_int_distribution<int> year(2000, 2024);
  // Targets skew towards low numbers (u^2), as mentions skew towards a few
  // well-known actors; sources are uniform. Out-degree averages EDGES / NODES.
  while (graph.edge_count() < edge_total) {
    std::uint32_t from = any(random);
    auto to = static_cast<std::uint32_t>(node_total * unit(random) * unit(random));
    if (from == to) continue;
    RelationType type = kg::graph::kAllRelationTypes[static_cast<std::size_t>(relation(random))];
    std::optional<int> when;
    if (unit(random) < 0.7) when = year(random);
    graph.add_edge(nodes[from], type, nodes[to], when);
  }
  kg::graph::save_native(graph, argv[1]);
  std::cout << "wrote " << argv[1] << ": " << graph.node_count() << " nodes, " << graph.edge_count()
            << " edges\n";
  return 0;
}
