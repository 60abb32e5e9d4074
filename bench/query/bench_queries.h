// The benchmark's queries, shared in spirit with kuzu_bench.mjs (which writes
// the same questions in Kùzu's spelling): one-hop neighbours, a 3-hop
// variable-length reach, a shortest path, a WITH aggregation over two hops
// and an OPTIONAL MATCH, each from 100 start nodes, and a grouped count over
// one relationship type (cycling through the types).
#pragma once

#include <cstdint>
#include <string>

#include "graph/types.h"

namespace kg::bench {

// The default graph (make_bench_graph without a size); a smaller one only
// serves to check the benchmark scripts quickly.
inline constexpr std::uint32_t kNodes = 100'000;
inline constexpr std::uint32_t kEdges = 1'000'000;
inline constexpr std::uint32_t kStarts = 100;

// Person nodes are n0 .. n(persons - 1), half the graph (see make_bench_graph);
// query_bench and kuzu_bench.mjs count them in the graph they load.
inline std::uint32_t start_node(std::uint32_t i, std::uint32_t persons) { return (i * 7919u) % persons; }
inline std::uint32_t end_node(std::uint32_t i, std::uint32_t persons) {
  return (i * 104'729u + 12'345u) % persons;
}

// The relation types make_bench_graph draws from: all but the last, IN_YEAR.
inline constexpr std::size_t kBenchRelations = graph::kAllRelationTypes.size() - 1;

inline std::string one_hop(std::uint32_t i, std::uint32_t persons) {
  return "MATCH (a:Person {name: 'n" + std::to_string(start_node(i, persons)) +
         "'})-[r]->(b) RETURN b.name, type(r)";
}
inline std::string three_hops(std::uint32_t i, std::uint32_t persons) {
  return "MATCH (a:Person {name: 'n" + std::to_string(start_node(i, persons)) +
         "'})-[*1..3]->(b) RETURN count(DISTINCT b)";
}
inline std::string shortest(std::uint32_t i, std::uint32_t persons) {
  return "MATCH p = shortestPath((a:Person {name: 'n" + std::to_string(start_node(i, persons)) +
         "'})-[*..8]-(b:Person {name: 'n" + std::to_string(end_node(i, persons)) + "'})) RETURN length(p)";
}
// "Who proposed the most?" (query/README.md), for one relationship type: a
// scan of ~1/12 of the edges, grouped by source, top 5 with a tie-break so
// both engines return the same rows.
inline std::string top_sources(std::uint32_t i, std::uint32_t /*persons*/) {
  return "MATCH (a)-[:" + std::string(graph::to_string(graph::kAllRelationTypes[i % kBenchRelations])) +
         "]->(b) RETURN a.name, count(DISTINCT b) AS n ORDER BY n DESC, a.name LIMIT 5";
}

// "Which nodes does this person reach by more than one two-hop path?" (the
// strongest indirect ties): WITH groups the ~100 two-hop paths by their end,
// WHERE filters the groups, the top 10 with a tie-break so both engines
// return the same rows. Directed two-hop paths never reuse a relationship
// (no self-loops), so trails and Kùzu's walks agree.
inline std::string two_hop_ties(std::uint32_t i, std::uint32_t persons) {
  return "MATCH (a:Person {name: 'n" + std::to_string(start_node(i, persons)) +
         "'})-->(b)-->(c) WITH c, count(*) AS paths WHERE paths > 1 "
         "RETURN c.name, paths ORDER BY paths DESC, c.name LIMIT 10";
}
// "A person's relationships, and whom each one's end leads, if anyone": one
// row per relationship, with null where the end leads nothing (about half).
inline std::string optional_leads(std::uint32_t i, std::uint32_t persons) {
  return "MATCH (a:Person {name: 'n" + std::to_string(start_node(i, persons)) +
         "'})-[r]->(b) OPTIONAL MATCH (b)-[:LEADS]->(o) RETURN b.name, type(r), o.name";
}

}  // namespace kg::bench
