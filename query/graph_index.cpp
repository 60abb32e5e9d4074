// Builds the canonical numbering and the per-node adjacency (a CSR array).
#include "query/graph_index.h"

#include <algorithm>
#include <limits>
#include <set>
#include <string>
#include <tuple>

namespace kg::query {

GraphIndex::GraphIndex(const graph::KnowledgeGraph& graph) : graph_(graph) {
  nodes_ = graph.nodes_in_canonical_order();
  rank_of_.resize(nodes_.size());
  for (std::uint32_t rank = 0; rank < nodes_.size(); ++rank) rank_of_[nodes_[rank]] = rank;
  // Canonical order sorts by type first, so each type's nodes are one run.
  std::array<bool, graph::kAllNodeTypes.size()> seen{};
  for (std::uint32_t rank = 0; rank < node_count(); ++rank) {
    auto type = static_cast<std::size_t>(node(rank).type);
    if (!seen[type]) type_ranges_[type].first = rank;
    seen[type] = true;
    type_ranges_[type].second = rank + 1;
    for (const auto& entry : node(rank).attributes) attribute_keys_.insert(entry.first);
  }

  edges_ = graph.edges_in_canonical_order();
  sources_.resize(edges_.size());
  targets_.resize(edges_.size());
  offsets_.assign(nodes_.size() + 1, 0);
  for (std::uint32_t i = 0; i < edges_.size(); ++i) {
    sources_[i] = rank_of_[graph.source(edges_[i])];
    targets_[i] = rank_of_[graph.target(edges_[i])];
    ++offsets_[sources_[i] + 1];
    ++offsets_[targets_[i] + 1];
  }
  for (std::size_t i = 1; i < offsets_.size(); ++i) offsets_[i] += offsets_[i - 1];
  adjacency_.resize(offsets_.back());
  std::vector<std::uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (std::uint32_t i = 0; i < edges_.size(); ++i) {
    graph::RelationType relation = graph.edge(edges_[i]).relation;
    adjacency_[fill[sources_[i]]++] = Adjacent{i, targets_[i], relation, true};
    adjacency_[fill[targets_[i]]++] = Adjacent{i, sources_[i], relation, false};
  }
  auto key = [](const Adjacent& a) { return std::tuple(a.relation, a.other, a.edge, !a.outgoing); };
  for (std::uint32_t rank = 0; rank < nodes_.size(); ++rank) {
    std::sort(adjacency_.begin() + offsets_[rank], adjacency_.begin() + offsets_[rank + 1],
              [&](const Adjacent& a, const Adjacent& b) { return key(a) < key(b); });
    // Runs of one type, each listed once per direction it has.
    for (std::uint32_t begin = offsets_[rank], end; begin < offsets_[rank + 1]; begin = end) {
      graph::RelationType relation = adjacency_[begin].relation;
      bool out = false, in = false;
      for (end = begin; end < offsets_[rank + 1] && adjacency_[end].relation == relation; ++end) {
        (adjacency_[end].outgoing ? out : in) = true;
      }
      if (out) sources_of_[static_cast<std::size_t>(relation)].push_back(TypedRun{rank, begin, end});
      if (in) targets_of_[static_cast<std::size_t>(relation)].push_back(TypedRun{rank, begin, end});
    }
  }
}

std::span<const GraphIndex::Adjacent> GraphIndex::adjacent(std::uint32_t rank,
                                                           graph::RelationType type) const {
  std::span<const Adjacent> all = adjacent(rank);
  auto first = std::lower_bound(all.begin(), all.end(), type,
                                [](const Adjacent& a, graph::RelationType t) { return a.relation < t; });
  auto last = std::upper_bound(first, all.end(), type,
                               [](graph::RelationType t, const Adjacent& a) { return t < a.relation; });
  return {first, last};
}

Value GraphIndex::node_property(std::uint32_t rank, std::string_view key) const {
  const graph::NodeData& data = node(rank);
  if (key == "name") return Value(data.name);
  // The names per language: null where unknown, as a missing attribute.
  if (key == "name_en") return data.name_en.empty() ? Value() : Value(data.name_en);
  if (key == "name_zh") return data.name_zh.empty() ? Value() : Value(data.name_zh);
  if (key == "aliases") {
    List aliases;
    for (const auto& entry : data.aliases) aliases.emplace_back(entry.first);
    return Value(std::move(aliases));
  }
  if (key == "mentions") {
    // A query's integers are signed: a count past their range is their largest.
    return Value(static_cast<std::int64_t>(
        std::min<std::uint64_t>(data.mention_count(), std::numeric_limits<std::int64_t>::max())));
  }
  if (key == "year") {
    // A Year node's year is its name as a number.
    if (data.type != graph::NodeType::Year || data.name.empty() || data.name.size() > 9) return {};
    std::int64_t year = 0;
    for (char c : data.name) {
      if (c < '0' || c > '9') return {};
      year = year * 10 + (c - '0');
    }
    return Value(year);
  }
  auto it = data.attributes.find(key);
  if (it == data.attributes.end()) return {};
  return Value(it->second);
}

Value GraphIndex::edge_property(std::uint32_t index, std::string_view key) const {
  const graph::EdgeData& data = edge(index);
  // The earliest year, as the one year a relationship shows; all of them,
  // ascending, in `years` (null, like `year`, when there are none).
  if (key == "year")
    return data.years.empty() ? Value() : Value(static_cast<std::int64_t>(*data.years.begin()));
  if (key == "years") {
    if (data.years.empty()) return {};
    List years;
    for (int year : data.years) years.emplace_back(static_cast<std::int64_t>(year));
    return Value(std::move(years));
  }
  if (key == "weight") return Value(static_cast<std::int64_t>(data.weight()));
  if (key == "evidence") {
    List sentences;
    for (const graph::Evidence& evidence : data.evidence) sentences.emplace_back(evidence.sentence);
    return Value(std::move(sentences));
  }
  if (key == "doc") {
    std::set<std::string> documents;
    for (const graph::Evidence& evidence : data.evidence) documents.insert(evidence.document);
    List list;
    for (const std::string& document : documents) list.emplace_back(document);
    return Value(std::move(list));
  }
  return {};
}

std::vector<std::uint32_t> GraphIndex::find_by_name(std::string_view name) const {
  std::vector<std::uint32_t> ranks;
  // The graph indexes names and aliases together; a pattern's {name: …} is
  // property equality, as in Neo4j, so only canonical names count.
  for (graph::KnowledgeGraph::NodeId id : graph_.find_by_name_or_alias(name)) {
    if (graph_.node(id).name == name) ranks.push_back(rank_of_[id]);
  }
  std::sort(ranks.begin(), ranks.end());
  return ranks;
}

}  // namespace kg::query
