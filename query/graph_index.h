// The graph as the evaluator walks it: nodes and relationships numbered in
// canonical order, and each node's relationships (both ways) sorted by type,
// so matching is fast and its results never depend on insertion order.
#pragma once

#include <array>
#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "query/value.h"

namespace kg::query {

class GraphIndex {
 public:
  explicit GraphIndex(const graph::KnowledgeGraph& graph);

  // One relationship as seen from one of its ends.
  struct Adjacent {
    std::uint32_t edge;   // relationship index
    std::uint32_t other;  // rank of the node at the other end
    graph::RelationType relation;
    bool outgoing;  // the relationship starts at this node
  };

  const graph::KnowledgeGraph& graph() const { return graph_; }
  std::uint32_t node_count() const { return static_cast<std::uint32_t>(nodes_.size()); }
  std::uint32_t edge_count() const { return static_cast<std::uint32_t>(edges_.size()); }

  const graph::NodeData& node(std::uint32_t rank) const { return graph_.node(nodes_[rank]); }
  const graph::EdgeData& edge(std::uint32_t index) const { return graph_.edge(edges_[index]); }
  std::uint32_t source(std::uint32_t edge) const { return sources_[edge]; }
  std::uint32_t target(std::uint32_t edge) const { return targets_[edge]; }

  // Ranks of the nodes of one type: canonical order sorts by type first.
  std::pair<std::uint32_t, std::uint32_t> type_range(graph::NodeType type) const {
    return type_ranges_[static_cast<std::size_t>(type)];
  }
  // Every relationship at `rank`, ordered by (type, other end, index).
  std::span<const Adjacent> adjacent(std::uint32_t rank) const {
    return {adjacency_.data() + offsets_[rank], adjacency_.data() + offsets_[rank + 1]};
  }
  // Those of one type.
  std::span<const Adjacent> adjacent(std::uint32_t rank, graph::RelationType type) const;
  // A node with relationships of one type: its rank, and where they are in
  // its adjacency (what adjacent(rank, type) returns).
  struct TypedRun {
    std::uint32_t rank;
    std::uint32_t begin, end;  // offsets into the adjacency array
  };
  // The nodes where a relationship of `type` starts (`outgoing`) or ends, by
  // rank: the only places a match can begin that leaves its first node along
  // such a relationship (an index from relationship type to edges).
  std::span<const TypedRun> nodes_with(graph::RelationType type, bool outgoing) const {
    const auto& runs = (outgoing ? sources_of_ : targets_of_)[static_cast<std::size_t>(type)];
    return {runs.data(), runs.size()};
  }
  std::span<const Adjacent> adjacent(const TypedRun& run) const {
    return {adjacency_.data() + run.begin, adjacency_.data() + run.end};
  }
  // Asks the processor to fetch a run's first relationships into the cache.
  void prefetch(const TypedRun& run) const { __builtin_prefetch(adjacency_.data() + run.begin); }

  // A property as queries see it (query/README.md lists them); null when the
  // node or relationship does not have it.
  Value node_property(std::uint32_t rank, std::string_view key) const;
  Value edge_property(std::uint32_t index, std::string_view key) const;

  // Keys of node attributes anywhere in the graph ("iso", ...).
  const std::set<std::string, std::less<>>& attribute_keys() const { return attribute_keys_; }

  // Ranks of the nodes whose canonical name is `name`, ascending (an alias
  // is not a name: `n.aliases` holds those).
  std::vector<std::uint32_t> find_by_name(std::string_view name) const;

 private:
  const graph::KnowledgeGraph& graph_;
  std::vector<graph::KnowledgeGraph::NodeId> nodes_;  // by rank
  std::vector<std::uint32_t> rank_of_;                // by NodeId
  std::vector<graph::KnowledgeGraph::EdgeId> edges_;  // by index
  std::vector<std::uint32_t> sources_, targets_;      // ranks, by edge index
  std::vector<std::uint32_t> offsets_;                // node_count() + 1
  std::vector<Adjacent> adjacency_;
  std::set<std::string, std::less<>> attribute_keys_;
  std::array<std::vector<TypedRun>, graph::kAllRelationTypes.size()> sources_of_, targets_of_;
  std::array<std::pair<std::uint32_t, std::uint32_t>, graph::kAllNodeTypes.size()> type_ranges_{};
};

}  // namespace kg::query
