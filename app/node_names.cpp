#include "app/node_names.h"

#include <algorithm>

#include "base/errors.h"
#include "extract/name_lookup.h"

namespace kg::app {

std::string candidate_list(const graph::KnowledgeGraph& graph,
                           const std::vector<graph::KnowledgeGraph::NodeId>& nodes) {
  std::string list;
  for (graph::KnowledgeGraph::NodeId node : nodes) {
    if (!list.empty()) list += ", ";
    list += graph.node(node).name + " (" + std::string(graph::to_string(graph.node(node).type)) + ")";
  }
  return list;
}

std::optional<graph::Language> language_option(const Arguments& args) {
  const std::optional<std::string> value = args.value("lang");
  if (!value) return std::nullopt;
  if (auto language = graph::parse_language(*value)) return language;
  throw UsageError("--lang takes en or zh, not '" + *value + "'");
}

std::string resolve_node_name(const graph::KnowledgeGraph& graph, const std::string& name) {
  // A canonical name as written is the answer even when it is also another
  // node's alias; otherwise every node known by the name counts, and the
  // query gets the canonical name, since a pattern's {name: …} is exact.
  const std::vector<graph::KnowledgeGraph::NodeId> exact = graph.find_by_name_or_alias(name);
  if (std::any_of(exact.begin(), exact.end(), [&](auto node) { return graph.node(node).name == name; })) {
    return name;
  }
  const std::vector<graph::KnowledgeGraph::NodeId> found = extract::find_nodes(graph, name);
  if (found.empty()) throw Error("no node is called '" + name + "'");
  if (found.size() > 1) {
    throw Error("'" + name + "' may be any of " + std::to_string(found.size()) +
                " nodes: " + candidate_list(graph, found) + "; give one of their names");
  }
  return graph.node(found.front()).name;
}

}  // namespace kg::app
