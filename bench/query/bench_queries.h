// The benchmark's queries, shared in spirit with kuzu_bench.mjs (which writes
// the same questions in Kùzu's spelling): one-hop neighbours, a 3-hop
// variable-length reach, and a shortest path, each from 100 start nodes.
#pragma once

#include <cstdint>
#include <string>

namespace kg::bench {

inline constexpr std::uint32_t kNodes = 100'000;
inline constexpr std::uint32_t kEdges = 1'000'000;
inline constexpr std::uint32_t kStarts = 100;

// The i-th start node: Person nodes are n0 .. n49999 (see make_bench_graph).
inline std::uint32_t start_node(std::uint32_t i) { return (i * 7919u) % 50'000u; }
inline std::uint32_t end_node(std::uint32_t i) { return (i * 104'729u + 12'345u) % 50'000u; }

inline std::string one_hop(std::uint32_t i) {
  return "MATCH (a:Person {name: 'n" + std::to_string(start_node(i)) + "'})-[r]->(b) RETURN b.name, type(r)";
}
inline std::string three_hops(std::uint32_t i) {
  return "MATCH (a:Person {name: 'n" + std::to_string(start_node(i)) + "'})-[*1..3]->(b) RETURN count(DISTINCT b)";
}
inline std::string shortest(std::uint32_t i) {
  return "MATCH p = shortestPath((a:Person {name: 'n" + std::to_string(start_node(i)) +
         "'})-[*..8]-(b:Person {name: 'n" + std::to_string(end_node(i)) + "'})) RETURN length(p)";
}

}  // namespace kg::bench
