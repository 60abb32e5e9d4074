// The edges the default rule pack finds in a text, as strings a test can
// compare: "subject RELATION object", and "… @year" for each year it has;
// and the nodes it names, with their types.
#pragma once

#include <set>
#include <string>
#include <utility>

#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "text/input.h"

namespace kg::extract::testing {

inline const Extractor& default_extractor() {
  static const Extractor extractor(default_rule_pack());
  return extractor;
}

inline std::set<std::string> facts(const std::string& text) {
  const graph::KnowledgeGraph graph = default_extractor().extract(text::make_document("doc.txt", text));
  std::set<std::string> out;
  for (auto id : graph.edges_in_canonical_order()) {
    const auto& data = graph.edge(id);
    const std::string fact = graph.node(graph.source(id)).name + " " +
                             std::string(graph::to_string(data.relation)) + " " +
                             graph.node(graph.target(id)).name;
    out.insert(fact);
    for (int year : data.years) out.insert(fact + " @" + std::to_string(year));
  }
  return out;
}

using Entity = std::pair<graph::NodeType, std::string>;

inline std::set<Entity> entities(const std::string& text) {
  const graph::KnowledgeGraph graph = default_extractor().extract(text::make_document("doc.txt", text));
  std::set<Entity> out;
  for (auto id : graph.nodes_in_canonical_order()) out.emplace(graph.node(id).type, graph.node(id).name);
  return out;
}

}  // namespace kg::extract::testing
