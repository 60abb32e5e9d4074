// Finding a graph's nodes by any name kg knows for them: the names and
// aliases the graph holds, and every name the rule pack and CLDR give the
// entity (China, 中华人民共和国, 我国; EU, European Union), so that people find
// a node as they would type it, not only as the documents wrote it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/gazetteer.h"
#include "graph/graph.h"

namespace kg::extract {

class NameLookup {
 public:
  using NodeId = graph::KnowledgeGraph::NodeId;

  // Both must outlive the lookup.
  NameLookup(const graph::KnowledgeGraph& graph, const Gazetteer& gazetteer);

  // The nodes `name` names, in canonical order: those whose name or alias
  // is `name` exactly; else those whose name, alias, name_en or name_zh
  // equals it once both
  // are normalized (Simplified, NFKC) and case-folded (Latin script matches
  // without case); else the nodes of the entities the rules and CLDR know by
  // that name. More than one node is an ambiguous name.
  std::vector<NodeId> find(std::string_view name) const;

  // Every name of the node: its name, its names per language, its aliases,
  // its English name (the "en" attribute), and the
  // names the rules and CLDR give its entity; without repeats, in that order.
  std::vector<std::string> known_names(const graph::NodeData& node) const;

 private:
  // The gazetteer's entity a node stands for: same canonical name and type,
  // or for a country, the same ISO code.
  std::optional<std::uint32_t> entity_of(const graph::NodeData& node) const;
  void sort_canonically(std::vector<NodeId>& nodes) const;

  const graph::KnowledgeGraph& graph_;
  const Gazetteer& gazetteer_;
  std::vector<std::size_t> rank_;  // by node id: its place in canonical order
  std::unordered_map<std::string, std::vector<NodeId>> nodes_by_key_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> entities_by_key_;
  std::unordered_map<std::string, std::uint32_t> entity_by_iso_;
};

// The key two names are compared by: normalized (Simplified, NFKC, folded
// quotes) and case-folded.
std::string name_key(std::string_view name);

// The nodes `name` names (NameLookup::find), looking beyond the graph's own
// names with the default rule pack only when the graph has no node so called.
std::vector<graph::KnowledgeGraph::NodeId> find_nodes(const graph::KnowledgeGraph& graph,
                                                      std::string_view name);

}  // namespace kg::extract
