// JSON through RapidJSON's streaming writer: escaping is RapidJSON's, over
// text that valid_text() made valid UTF-8 first.
#include "export/json_writer.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <string>
#include <vector>

#include "export/attributes.h"
#include "export/node_ids.h"
#include "export/valid_text.h"

namespace kg::exporter {
namespace {

using Graph = graph::KnowledgeGraph;
using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

// The JSON names that differ between the two shapes.
struct Names {
  std::string_view node_label;     // "label" / "name"
  std::string_view edge_relation;  // extra name for the relation, or empty
};

void write_text(JsonWriter& json, std::string_view text) {
  const std::string valid = valid_text(text);
  json.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void write_key(JsonWriter& json, std::string_view key) {
  json.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void write_list(JsonWriter& json, std::string_view key, const std::vector<std::string_view>& items) {
  write_key(json, key);
  json.StartArray();
  for (std::string_view item : items) write_text(json, item);
  json.EndArray();
}

// The members of a node object, without the braces.
void write_node_members(JsonWriter& json, const Graph& graph, Graph::NodeId node, const std::string& id,
                        const Names& names, DisplayLanguage language) {
  const graph::NodeData& data = graph.node(node);
  write_key(json, "id");
  write_text(json, id);
  write_key(json, names.node_label);
  write_text(json, data.display_name(language));
  write_key(json, "type");
  write_text(json, graph::to_string(data.type));
  for (const auto& [key, name] : language_names(data)) {
    write_key(json, key);
    write_text(json, name);
  }
  write_list(json, "aliases", alias_list(data));
  if (auto iso = iso_code(data)) {
    write_key(json, "iso");
    write_text(json, *iso);
  }
  write_key(json, "mentions");
  json.Uint64(data.mention_count());
  write_key(json, "degree");
  json.Uint64(graph.degree(node));
}

// The members of an edge object (source, target, relation and the rest),
// without the id or key and the braces.
void write_edge_members(JsonWriter& json, const Graph& graph, Graph::EdgeId edge,
                        const std::vector<std::string>& ids, const Names& names) {
  const graph::EdgeData& data = graph.edge(edge);
  const std::string_view relation = graph::to_string(data.relation);
  write_key(json, "source");
  write_text(json, ids[graph.source(edge)]);
  write_key(json, "target");
  write_text(json, ids[graph.target(edge)]);
  write_key(json, "relation");
  write_text(json, relation);
  write_key(json, names.edge_relation);
  write_text(json, relation);
  if (auto year = data.first_year()) {
    write_key(json, "year");
    json.Int(*year);
  }
  write_key(json, "years");
  json.StartArray();
  for (int year : data.years) json.Int(year);
  json.EndArray();
  write_key(json, "weight");
  json.Uint64(data.weight());
  write_list(json, "evidence", evidence_sentences(data));
  write_list(json, "doc", evidence_documents(data));
  if (const std::vector<std::string> pages = evidence_pages(data); !pages.empty()) {
    write_list(json, "pages", std::vector<std::string_view>(pages.begin(), pages.end()));
  }
}

// RapidJSON 1.1's writer flushes its stream at the end of the root value.
void finish(rapidjson::OStreamWrapper& stream) {
  stream.Put('\n');
  stream.Flush();
}

}  // namespace

void write_node_link_json(const Graph& graph, std::ostream& out, DisplayLanguage language) {
  const Names names{"label", "label"};
  const std::vector<std::string> ids = node_ids(graph);
  rapidjson::OStreamWrapper stream(out);
  JsonWriter json(stream);
  json.SetIndent(' ', 2);
  json.StartObject();
  write_key(json, "directed");
  json.Bool(true);
  write_key(json, "multigraph");
  json.Bool(true);
  write_key(json, "graph");
  json.StartObject();
  json.EndObject();
  write_key(json, "nodes");
  json.StartArray();
  for (Graph::NodeId node : graph.nodes_in_canonical_order()) {
    json.StartObject();
    write_node_members(json, graph, node, ids[node], names, language);
    json.EndObject();
  }
  json.EndArray();
  // NetworkX reads the edges from "edges" by default since 3.6 and from
  // "links" before (2.8 in Debian 12), and D3 reads "links": both are
  // written, so node_link_graph(data) works with its defaults in either.
  for (const char* key : {"edges", "links"}) {
    write_key(json, key);
    json.StartArray();
    std::size_t index = 0;
    for (Graph::EdgeId edge : graph.edges_in_canonical_order()) {
      json.StartObject();
      write_edge_members(json, graph, edge, ids, names);
      write_key(json, "key");
      write_text(json, "e" + std::to_string(index++));
      json.EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
  finish(stream);
}

void write_cytoscape_json(const Graph& graph, std::ostream& out, DisplayLanguage language) {
  const Names names{"name", "interaction"};
  const std::vector<std::string> ids = node_ids(graph);
  rapidjson::OStreamWrapper stream(out);
  JsonWriter json(stream);
  json.SetIndent(' ', 2);
  json.StartObject();
  write_key(json, "format_version");
  json.String("1.0");
  write_key(json, "generated_by");
  json.String("kg");
  write_key(json, "target_cytoscapejs_version");
  json.String("~2.1");
  write_key(json, "data");
  json.StartObject();
  write_key(json, "name");
  json.String("kg");
  json.EndObject();
  write_key(json, "directed");
  json.Bool(true);
  write_key(json, "multigraph");
  json.Bool(true);
  write_key(json, "elements");
  json.StartObject();
  write_key(json, "nodes");
  json.StartArray();
  for (Graph::NodeId node : graph.nodes_in_canonical_order()) {
    json.StartObject();
    write_key(json, "data");
    json.StartObject();
    write_node_members(json, graph, node, ids[node], names, language);
    json.EndObject();
    json.EndObject();
  }
  json.EndArray();
  write_key(json, "edges");
  json.StartArray();
  std::size_t index = 0;
  for (Graph::EdgeId edge : graph.edges_in_canonical_order()) {
    json.StartObject();
    write_key(json, "data");
    json.StartObject();
    write_key(json, "id");
    write_text(json, "e" + std::to_string(index++));
    write_edge_members(json, graph, edge, ids, names);
    json.EndObject();
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  json.EndObject();
  finish(stream);
}

}  // namespace kg::exporter
