// GEXF written by hand, one element at a time, like the GraphML writer.
#include "export/gexf_writer.h"

#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "export/attributes.h"
#include "export/dot_writer.h"
#include "export/node_ids.h"
#include "export/xml_text.h"

namespace kg::exporter {
namespace {

using Graph = graph::KnowledgeGraph;

// The official GEXF 1.3 XSD (generated from the RELAX NG schema) declares
// color, size and position in the GEXF namespace itself, not in
// http://gexf.net/1.3/viz as the primer writes them, so a file using that
// namespace fails validation. Binding the `viz` prefix to the GEXF namespace
// validates, and keeps the `viz:color` name that graphology looks elements up
// by; Gephi matches these elements by local name.
constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3\"\n"
    "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
    "    version=\"1.3\">\n"
    "  <meta>\n"
    "    <creator>kg</creator>\n"
    "    <description>knowledge graph: typed entities and the relations stated between "
    "them</description>\n"
    "  </meta>\n";

constexpr std::string_view kAttributes =
    "    <attributes class=\"node\" mode=\"static\">\n"
    "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
    "      <attribute id=\"name_en\" title=\"name_en\" type=\"string\"/>\n"
    "      <attribute id=\"name_zh\" title=\"name_zh\" type=\"string\"/>\n"
    "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
    "      <attribute id=\"iso\" title=\"iso\" type=\"string\"/>\n"
    "      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n"
    "      <attribute id=\"degree\" title=\"degree\" type=\"integer\"/>\n"
    "    </attributes>\n"
    "    <attributes class=\"edge\" mode=\"static\">\n"
    "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
    "      <attribute id=\"year\" title=\"year\" type=\"integer\"/>\n"
    "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
    "      <attribute id=\"doc\" title=\"doc\" type=\"string\"/>\n"
    "      <attribute id=\"pages\" title=\"pages\" type=\"string\"/>\n"
    "    </attributes>\n";

void append_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_xml_escaped(out, value, XmlContext::Attribute);
  out += '"';
}

void append_value(std::string& out, std::string_view key, std::string_view value) {
  out += "          <attvalue for=\"";
  out += key;
  out += "\"";
  append_attribute(out, "value", value);
  out += "/>\n";
}

// Closed spells over runs of consecutive years.
void append_spells(std::string& out, const std::set<int>& years) {
  if (years.empty()) return;
  out += "        <spells>\n";
  for (auto it = years.begin(); it != years.end();) {
    const int start = *it;
    int end = start;
    for (++it; it != years.end() && *it == end + 1; ++it) end = *it;
    out += "          <spell start=\"" + std::to_string(start) + "\" end=\"" + std::to_string(end) + "\"/>\n";
  }
  out += "        </spells>\n";
}

int hex_digit(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

void append_color(std::string& out, graph::NodeType type) {
  const std::string_view hex = dot_node_style(type).fill_color;  // "#rrggbb"
  const char* channels[] = {" r=\"", "\" g=\"", "\" b=\""};
  out += "        <viz:color";
  for (int i = 0; i < 3; ++i) {
    out += channels[i];
    out += std::to_string(hex_digit(hex[1 + 2 * i]) * 16 + hex_digit(hex[2 + 2 * i]));
  }
  out += "\"/>\n";
}

std::string size_for_degree(std::size_t degree) {
  const double size = 10.0 + 5.0 * std::sqrt(static_cast<double>(degree));
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, size, std::chars_format::fixed, 2);
  return std::string(buffer, end);
}

std::optional<int> year_of_year_node(const graph::NodeData& node) {
  if (node.type != graph::NodeType::Year) return std::nullopt;
  int year = 0;
  const char* end = node.name.data() + node.name.size();
  auto [stop, error] = std::from_chars(node.name.data(), end, year);
  if (error != std::errc() || stop != end) return std::nullopt;
  return year;
}

void append_node(std::string& out, const Graph& graph, Graph::NodeId node, const std::string& id,
                 GexfMode mode, const std::set<int>& years, DisplayLanguage language) {
  const graph::NodeData& data = graph.node(node);
  out += "      <node";
  append_attribute(out, "id", id);
  append_attribute(out, "label", data.display_name(language));
  out += ">\n        <attvalues>\n";
  append_value(out, "type", graph::to_string(data.type));
  for (const auto& [key, name] : language_names(data)) append_value(out, key, name);
  if (!data.aliases.empty()) append_value(out, "aliases", join_list(alias_list(data)));
  if (auto iso = iso_code(data)) append_value(out, "iso", *iso);
  append_value(out, "mentions", std::to_string(data.mention_count()));
  append_value(out, "degree", std::to_string(graph.degree(node)));
  out += "        </attvalues>\n";
  if (mode == GexfMode::Dynamic) append_spells(out, years);
  append_color(out, data.type);
  out += "        <viz:size value=\"" + size_for_degree(graph.degree(node)) + "\"/>\n";
  out += "      </node>\n";
}

void append_edge(std::string& out, const Graph& graph, Graph::EdgeId edge, std::size_t index,
                 const std::vector<std::string>& ids, GexfMode mode) {
  const graph::EdgeData& data = graph.edge(edge);
  const std::string_view relation = graph::to_string(data.relation);
  out += "      <edge id=\"e" + std::to_string(index) + "\"";
  append_attribute(out, "source", ids[graph.source(edge)]);
  append_attribute(out, "target", ids[graph.target(edge)]);
  append_attribute(out, "label", relation);
  append_attribute(out, "kind", relation);
  out += " weight=\"" + std::to_string(data.weight()) + "\">\n        <attvalues>\n";
  append_value(out, "relation", relation);
  // A timeline gives the years as spells; a static graph has one value.
  if (mode == GexfMode::Static && data.first_year()) {
    append_value(out, "year", std::to_string(*data.first_year()));
  }
  if (!data.evidence.empty()) {
    append_value(out, "evidence", join_list(evidence_sentences(data)));
    append_value(out, "doc", join_list(evidence_documents(data)));
    if (const std::vector<std::string> pages = evidence_pages(data); !pages.empty()) {
      append_value(out, "pages", join_list(std::vector<std::string_view>(pages.begin(), pages.end())));
    }
  }
  out += "        </attvalues>\n";
  if (mode == GexfMode::Dynamic) append_spells(out, data.years);
  out += "      </edge>\n";
}

}  // namespace

void write_gexf(const Graph& graph, std::ostream& out, GexfMode mode, DisplayLanguage language) {
  const std::vector<std::string> ids = node_ids(graph);
  const std::vector<Graph::EdgeId> edges = graph.edges_in_canonical_order();

  std::vector<std::set<int>> node_years(mode == GexfMode::Dynamic ? graph.node_count() : 0);
  if (mode == GexfMode::Dynamic) {
    for (Graph::EdgeId edge : edges) {
      for (int year : graph.edge(edge).years) {
        node_years[graph.source(edge)].insert(year);
        node_years[graph.target(edge)].insert(year);
      }
    }
    for (Graph::NodeId node : graph.nodes_in_canonical_order()) {
      if (auto year = year_of_year_node(graph.node(node))) node_years[node].insert(*year);
    }
  }

  std::string text(kHeader);
  text += mode == GexfMode::Dynamic
              ? "  <graph defaultedgetype=\"directed\" idtype=\"string\" mode=\"dynamic\" "
                "timeformat=\"integer\">\n"
              : "  <graph defaultedgetype=\"directed\" idtype=\"string\" mode=\"static\">\n";
  text += kAttributes;
  text += "    <nodes count=\"" + std::to_string(graph.node_count()) + "\">\n";
  out << text;
  static const std::set<int> kNoYears;
  for (Graph::NodeId node : graph.nodes_in_canonical_order()) {
    text.clear();
    append_node(text, graph, node, ids[node], mode, mode == GexfMode::Dynamic ? node_years[node] : kNoYears,
                language);
    out << text;
  }
  out << "    </nodes>\n    <edges count=\"" << edges.size() << "\">\n";
  for (std::size_t index = 0; index < edges.size(); ++index) {
    text.clear();
    append_edge(text, graph, edges[index], index, ids, mode);
    out << text;
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace kg::exporter
