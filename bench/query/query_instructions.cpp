// Exact instructions per query for callgrind: runs one kind of benchmark
// query (bench_queries.h) for all 100 start nodes, once to warm up and once
// more, both inside measured(), so that
//   valgrind --tool=callgrind --toggle-collect='*measured*' query_instructions GRAPH.kg.json KIND
// collects 200 queries (Collected / 200 is the cost of one), whatever the
// machine's speed. KIND: one_hop, three_hops, shortest or aggregation.
#include <cstdint>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "bench/query/bench_queries.h"
#include "graph/native_file.h"
#include "query/query.h"

namespace {

[[gnu::noinline]] std::size_t measured(const kg::query::Engine& engine,
                                       const std::vector<std::string>& queries) {
  std::size_t rows = 0;
  for (const std::string& query : queries) rows += engine.run(query).rows.size();
  return rows;
}

using QueryMaker = std::string (*)(std::uint32_t, std::uint32_t);

QueryMaker maker(std::string_view kind) {
  if (kind == "one_hop") return kg::bench::one_hop;
  if (kind == "three_hops") return kg::bench::three_hops;
  if (kind == "shortest") return kg::bench::shortest;
  if (kind == "aggregation") return kg::bench::top_sources;
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  const QueryMaker make = argc == 3 ? maker(argv[2]) : nullptr;
  if (make == nullptr) {
    std::cerr << "usage: query_instructions GRAPH.kg.json one_hop|three_hops|shortest|aggregation\n";
    return 2;
  }
  const kg::graph::KnowledgeGraph graph = kg::graph::load_native(argv[1]);
  std::uint32_t persons = 0;
  for (auto node : graph.nodes_in_canonical_order()) {
    if (graph.node(node).type == kg::graph::NodeType::Person) ++persons;
  }
  const kg::query::Engine engine(graph);
  std::vector<std::string> queries;
  for (std::uint32_t i = 0; i < kg::bench::kStarts; ++i) queries.push_back(make(i, persons));
  measured(engine, queries);
  std::cout << measured(engine, queries) << " rows\n";
  return 0;
}
