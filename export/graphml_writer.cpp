// GraphML written by hand: Boost's write_graphml names nodes n0, n1, … and
// cannot give the content-derived ids other tools join on.
#include "export/graphml_writer.h"

#include <string>
#include <vector>

#include "export/node_ids.h"
#include "export/xml_text.h"

namespace kg::exporter {
namespace {

struct Key {
  std::string_view id;
  std::string_view domain;  // GraphML's `for`
  std::string_view name;
  std::string_view type;
};

// Key ids differ from attribute names because a node and an edge both have a
// `label`, and key ids must be unique in the document.
constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_name_en", "node", "name_en", "string"},
    {"n_name_zh", "node", "name_zh", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_iso", "node", "iso", "string"},
    {"n_mentions", "node", "mentions", "long"},
    {"n_degree", "node", "degree", "int"},
    {"e_relation", "edge", "relation", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_year", "edge", "year", "int"},
    {"e_years", "edge", "years", "string"},
    {"e_weight", "edge", "weight", "long"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_doc", "edge", "doc", "string"},
    {"e_pages", "edge", "pages", "string"},
};

void append_data(std::string& out, std::string_view key, std::string_view value) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  append_xml_escaped(out, value, XmlContext::Content);
  out += "</data>\n";
}

void append_node(std::string& out, const graph::KnowledgeGraph& graph, graph::KnowledgeGraph::NodeId node,
                 const std::string& id, DisplayLanguage language) {
  const graph::NodeData& data = graph.node(node);
  out += "    <node id=\"";
  append_xml_escaped(out, id, XmlContext::Attribute);
  out += "\">\n";
  append_data(out, "n_label", data.display_name(language));
  append_data(out, "n_type", graph::to_string(data.type));
  if (!data.name_en.empty()) append_data(out, "n_name_en", data.name_en);
  if (!data.name_zh.empty()) append_data(out, "n_name_zh", data.name_zh);
  if (!data.aliases.empty()) append_data(out, "n_aliases", join_list(alias_list(data)));
  if (auto iso = iso_code(data)) append_data(out, "n_iso", *iso);
  append_data(out, "n_mentions", std::to_string(data.mention_count()));
  append_data(out, "n_degree", std::to_string(graph.degree(node)));
  out += "    </node>\n";
}

void append_edge(std::string& out, const graph::KnowledgeGraph& graph, graph::KnowledgeGraph::EdgeId edge,
                 std::size_t index, const std::vector<std::string>& ids) {
  const graph::EdgeData& data = graph.edge(edge);
  out += "    <edge id=\"e" + std::to_string(index) + "\" source=\"";
  append_xml_escaped(out, ids[graph.source(edge)], XmlContext::Attribute);
  out += "\" target=\"";
  append_xml_escaped(out, ids[graph.target(edge)], XmlContext::Attribute);
  out += "\">\n";
  append_data(out, "e_relation", graph::to_string(data.relation));
  append_data(out, "e_label", graph::to_string(data.relation));
  if (auto year = data.first_year()) append_data(out, "e_year", std::to_string(*year));
  if (!data.years.empty()) {
    const std::vector<std::string> years = year_texts(data);
    append_data(out, "e_years", join_list(std::vector<std::string_view>(years.begin(), years.end())));
  }
  append_data(out, "e_weight", std::to_string(data.weight()));
  if (!data.evidence.empty()) {
    append_data(out, "e_evidence", join_list(evidence_sentences(data)));
    append_data(out, "e_doc", join_list(evidence_documents(data)));
    if (const std::vector<std::string> pages = evidence_pages(data); !pages.empty()) {
      append_data(out, "e_pages", join_list(std::vector<std::string_view>(pages.begin(), pages.end())));
    }
  }
  out += "    </edge>\n";
}

}  // namespace

void write_graphml(const graph::KnowledgeGraph& graph, std::ostream& out, DisplayLanguage language) {
  const std::vector<std::string> ids = node_ids(graph);
  std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : kKeys) {
    text += "  <key id=\"";
    text += key.id;
    text += "\" for=\"";
    text += key.domain;
    text += "\" attr.name=\"";
    text += key.name;
    text += "\" attr.type=\"";
    text += key.type;
    text += "\"/>\n";
  }
  text += "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  out << text;
  // One element at a time: a large graph is never held twice in memory.
  for (auto node : graph.nodes_in_canonical_order()) {
    text.clear();
    append_node(text, graph, node, ids[node], language);
    out << text;
  }
  std::size_t index = 0;
  for (auto edge : graph.edges_in_canonical_order()) {
    text.clear();
    append_edge(text, graph, edge, index++, ids);
    out << text;
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kg::exporter
