// The edges the default rule pack finds in a text, as strings a test can
// compare: "subject RELATION object", and "… @year" for each year it has.
#pragma once

#include <set>
#include <string>

#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "text/input.h"

namespace kg::extract::testing {

inline std::set<std::string> facts(const std::string& text) {
  static const Extractor extractor(default_rule_pack());
  const graph::KnowledgeGraph graph = extractor.extract(text::make_document("doc.txt", text));
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

}  // namespace kg::extract::testing
