// Smaller views of a graph, so that a diagram of a large graph stays readable.
#pragma once

#include <cstddef>
#include <span>

#include "graph/graph.h"

namespace kg::exporter {

// The graph made of `nodes` and `edges` of `graph` with everything they carry
// (aliases, attributes, mentions, evidence); the ends of each edge are added
// even when `nodes` leaves them out. Ids are those of the new graph.
graph::KnowledgeGraph subgraph(const graph::KnowledgeGraph& graph,
                               std::span<const graph::KnowledgeGraph::NodeId> nodes,
                               std::span<const graph::KnowledgeGraph::EdgeId> edges);

// The `count` best-connected nodes (highest degree, in + out; ties go to the
// node first in canonical order, so the choice is stable) and every edge
// between two of them. The whole graph when it has no more than `count` nodes.
graph::KnowledgeGraph top_subgraph(const graph::KnowledgeGraph& graph, std::size_t count);

// The nodes without a single edge.
std::size_t isolated_node_count(const graph::KnowledgeGraph& graph);

// The graph without the nodes that have no edge: what a diagram draws by
// default.
graph::KnowledgeGraph without_isolated_nodes(const graph::KnowledgeGraph& graph);

}  // namespace kg::exporter
