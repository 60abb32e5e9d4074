// The graph the query tests run on (tests/query/data/governance.kg.json, made
// by make_governance.py), and helpers to read results as text.
#pragma once

#include <string>
#include <vector>

#include "graph/native_file.h"
#include "query/query.h"

namespace kg::query::testing {

inline const graph::KnowledgeGraph& governance() {
  static const graph::KnowledgeGraph graph =
      graph::load_native(KG_SOURCE_DIR "/tests/query/data/governance.kg.json");
  return graph;
}

inline const Engine& engine() {
  static const Engine engine(governance());
  return engine;
}

// A value as short text: nodes by name, relationships as TYPE(years), paths
// as names joined by the relationship types, lists in brackets.
inline std::string cell(const Engine& engine, const Value& value) {
  if (value.is_null()) return "null";
  if (value.is<bool>()) return value.as<bool>() ? "true" : "false";
  if (value.is<std::int64_t>()) return std::to_string(value.as<std::int64_t>());
  if (value.is<double>()) return std::to_string(value.as<double>());
  if (value.is<std::string>()) return value.as<std::string>();
  if (value.is<NodeRef>()) return engine.node(value.as<NodeRef>()).name;
  if (value.is<EdgeRef>()) {
    const graph::EdgeData& edge = engine.edge(value.as<EdgeRef>());
    return std::string(graph::to_string(edge.relation)) + "(" + graph::years_text(edge.years) + ")";
  }
  if (value.is<PathRef>()) {
    const PathRef& path = value.as<PathRef>();
    std::string text = engine.node(NodeRef{path.nodes[0]}).name;
    for (std::size_t i = 0; i < path.edges.size(); ++i) {
      text += "-" + std::string(graph::to_string(engine.edge(EdgeRef{path.edges[i]}).relation)) + "-" +
              engine.node(NodeRef{path.nodes[i + 1]}).name;
    }
    return text;
  }
  if (value.is<Map>()) {
    const Map& map = value.as<Map>();
    std::string text = "{";
    for (std::size_t i = 0; i < map.keys.size(); ++i)
      text += (i ? "," : "") + map.keys[i] + ":" + cell(engine, map.values[i]);
    return text + "}";
  }
  std::string text = "[";
  for (const Value& item : value.as<List>()) text += (text.size() > 1 ? "," : "") + cell(engine, item);
  return text + "]";
}

// Each row as its cells joined by " | ".
inline std::vector<std::string> rows(const std::string& query, const Options& options = {}) {
  Result result = engine().run(query, options);
  std::vector<std::string> lines;
  for (const auto& row : result.rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) line += (i ? " | " : "") + cell(engine(), row[i]);
    lines.push_back(line);
  }
  return lines;
}

}  // namespace kg::query::testing
