// The queries behind `kg neighbors` and `kg path`: the CLI shortcuts are
// Cypher run by the same engine, so they behave exactly as the query would.
#include <string>
#include <vector>

#include "graph/types.h"
#include "query/checker.h"
#include "query/query.h"

namespace kg::query {
namespace {

template <typename Type, std::size_t N>
std::string known_name(std::string_view what, std::string_view name, const std::array<Type, N>& all,
                       std::optional<Type> (*parse)(std::string_view)) {
  if (parse(name)) return std::string(name);
  std::vector<std::string> known;
  for (Type type : all) known.emplace_back(graph::to_string(type));
  std::string best = suggest(name, known);
  std::string list;
  for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
  throw Error("unknown " + std::string(what) + " '" + std::string(name) + "'" +
              (best.empty() ? " (known: " + list + ")" : "; did you mean '" + best + "'?"));
}

}  // namespace

std::string string_literal(std::string_view text) {
  std::string literal = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        literal += "\\\"";
        break;
      case '\\':
        literal += "\\\\";
        break;
      case '\n':
        literal += "\\n";
        break;
      case '\r':
        literal += "\\r";
        break;
      case '\t':
        literal += "\\t";
        break;
      default:
        literal += c;
    }
  }
  return literal + "\"";
}

std::optional<Format> format_named(std::string_view name) {
  if (name == "table") return Format::Table;
  if (name == "json") return Format::Json;
  if (name == "csv") return Format::Csv;
  return std::nullopt;
}

std::string neighbors_query(std::string_view name, std::optional<std::string_view> relation,
                            std::optional<std::string_view> type, bool relationships,
                            std::optional<graph::Language> language) {
  // A node's name as shown: in `language` where known, else canonical.
  const auto shown = [&](const std::string& node) {
    if (!language) return node + ".name";
    return "coalesce(" + node + ".name_" + std::string(graph::to_string(*language)) + ", " + node + ".name)";
  };
  std::string query = "MATCH (n {name: " + string_literal(name) + "})-[r";
  // Appended piece by piece: ":" + name would have GCC 12 warn of a false overlap (-Wrestrict, bug 105651).
  if (relation) {
    query += ':';
    query += known_name("relation", *relation, graph::kAllRelationTypes, graph::parse_relation_type);
  }
  query += "]-(m";
  if (type) {
    query += ':';
    query += known_name("node type", *type, graph::kAllNodeTypes, graph::parse_node_type);
  }
  query += ")\n";
  if (relationships) {
    return query + "RETURN r\nORDER BY n.name, type(r), startNode(r).name, endNode(r).name, r.year";
  }
  query += "RETURN " + shown("n") + " AS node, " + shown("startNode(r)") +
           " AS `from`, type(r) AS relation, " + shown("endNode(r)") +
           " AS `to`, r.years AS years, r.weight AS mentions\n"
           "ORDER BY node, relation, `to`, `from`, years";
  return query;
}

std::string path_query(std::string_view from, std::string_view to, int max_hops, bool all) {
  return std::string("MATCH p = ") + (all ? "allShortestPaths" : "shortestPath") +
         "((a {name: " + string_literal(from) + "})-[*.." + std::to_string(max_hops) +
         "]-(b {name: " + string_literal(to) + "}))\nRETURN p";
}

}  // namespace kg::query
