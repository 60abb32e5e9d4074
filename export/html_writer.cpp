// The interactive view: the page template compiled into kg
// (embedded_view.h) with the graph's data filled in as JSON.
#include "export/html_writer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

#include "export/attributes.h"
#include "export/dot_writer.h"
#include "export/embedded_view.h"
#include "export/node_ids.h"
#include "export/valid_text.h"
#include "export/xml_text.h"

namespace kg::exporter {
namespace {

using Graph = graph::KnowledgeGraph;
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_text(JsonWriter& json, std::string_view text) {
  const std::string valid = valid_text(text);
  json.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void write_key(JsonWriter& json, std::string_view key) {
  json.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

// Strings numbered in the order they are first met, so each is written once.
class StringTable {
 public:
  std::size_t index(std::string_view text) {
    const auto [it, added] = indexes_.try_emplace(std::string(text), texts_.size());
    if (added) texts_.push_back(text);
    return it->second;
  }
  void write(JsonWriter& json) const {
    json.StartArray();
    for (std::string_view text : texts_) write_text(json, text);
    json.EndArray();
  }

 private:
  std::unordered_map<std::string, std::size_t> indexes_;
  std::vector<std::string_view> texts_;  // views of the graph's strings
};

// The names known_names gives, and the canonical name and the names per
// language, that the view does not already know the node by: the one it
// shows (`shown`), its aliases and attribute values.
std::vector<std::string> extra_names(const graph::NodeData& data, std::string_view shown,
                                     const KnownNames& known_names) {
  std::vector<std::string> candidates;
  if (known_names) candidates = known_names(data);
  candidates.insert(candidates.end(), {data.name, data.name_en, data.name_zh});
  std::set<std::string> names;
  for (std::string& name : candidates) {
    if (name.empty() || name == shown || data.aliases.contains(name)) continue;
    const bool attribute = std::any_of(data.attributes.begin(), data.attributes.end(),
                                       [&](const auto& entry) { return entry.second == name; });
    if (!attribute) names.insert(std::move(name));
  }
  return {names.begin(), names.end()};
}

void write_node(JsonWriter& json, const Graph& graph, Graph::NodeId node, const std::string& key,
                const KnownNames& known_names, DisplayLanguage language) {
  const graph::NodeData& data = graph.node(node);
  const std::string& shown = data.display_name(language);
  json.StartObject();
  write_key(json, "key");
  write_text(json, key);
  write_key(json, "name");
  write_text(json, shown);
  write_key(json, "type");
  write_text(json, graph::to_string(data.type));
  for (const auto& [name_key, name] : language_names(data)) {
    write_key(json, name_key);
    write_text(json, name);
  }
  write_key(json, "aliases");
  json.StartArray();
  for (std::string_view alias : alias_list(data)) write_text(json, alias);
  json.EndArray();
  write_key(json, "attributes");
  json.StartObject();
  for (const auto& [name, value] : data.attributes) {
    write_key(json, valid_text(name));
    write_text(json, value);
  }
  json.EndObject();
  write_key(json, "known");
  json.StartArray();
  for (const std::string& name : extra_names(data, shown, known_names)) write_text(json, name);
  json.EndArray();
  write_key(json, "degree");
  json.Uint64(graph.degree(node));
  json.EndObject();
}

void write_edge(JsonWriter& json, const Graph& graph, Graph::EdgeId edge, std::size_t index,
                const std::vector<std::string>& ids, StringTable& sentences, StringTable& documents) {
  const graph::EdgeData& data = graph.edge(edge);
  json.StartObject();
  write_key(json, "key");
  write_text(json, "e" + std::to_string(index));
  write_key(json, "source");
  write_text(json, ids[graph.source(edge)]);
  write_key(json, "target");
  write_text(json, ids[graph.target(edge)]);
  write_key(json, "relation");
  write_text(json, graph::to_string(data.relation));
  if (graph::is_symmetric(data.relation)) {
    write_key(json, "symmetric");
    json.Bool(true);
  }
  write_key(json, "years");
  json.StartArray();
  for (int year : data.years) json.Int(year);
  json.EndArray();
  write_key(json, "evidence");
  json.StartArray();
  for (const graph::Evidence& evidence : data.evidence) {
    json.StartArray();
    json.Uint64(sentences.index(evidence.sentence));
    json.Uint64(documents.index(evidence.document));
    json.Uint(evidence.line);
    if (evidence.year || evidence.page) {
      if (evidence.year)
        json.Int(*evidence.year);
      else
        json.Null();
    }
    if (evidence.page) json.Uint(*evidence.page);
    json.EndArray();
  }
  json.EndArray();
  json.EndObject();
}

// The data object. Nodes and edges are written first, into their own
// buffer, so that the string tables they fill can be written before them.
std::string graph_json(const Graph& graph, std::string_view title, const KnownNames& known_names,
                       DisplayLanguage language) {
  const std::vector<std::string> ids = node_ids(graph);
  StringTable sentences;
  StringTable documents;

  rapidjson::StringBuffer items_buffer;
  JsonWriter items(items_buffer);
  items.StartObject();
  write_key(items, "nodes");
  items.StartArray();
  for (Graph::NodeId node : graph.nodes_in_canonical_order())
    write_node(items, graph, node, ids[node], known_names, language);
  items.EndArray();
  write_key(items, "edges");
  items.StartArray();
  std::size_t index = 0;
  for (Graph::EdgeId edge : graph.edges_in_canonical_order()) {
    write_edge(items, graph, edge, index++, ids, sentences, documents);
  }
  items.EndArray();
  items.EndObject();

  rapidjson::StringBuffer head_buffer;
  JsonWriter head(head_buffer);
  head.StartObject();
  write_key(head, "title");
  write_text(head, title);
  write_key(head, "nodeTypes");
  head.StartObject();
  for (graph::NodeType type : graph::kAllNodeTypes) {
    write_key(head, graph::to_string(type));
    write_text(head, dot_node_style(type).fill_color);
  }
  head.EndObject();
  write_key(head, "relations");
  head.StartArray();
  for (graph::RelationType relation : graph::kAllRelationTypes) write_text(head, graph::to_string(relation));
  head.EndArray();
  write_key(head, "documents");
  documents.write(head);
  write_key(head, "sentences");
  sentences.write(head);
  head.EndObject();

  // {"title"…,"sentences":[…]} and {"nodes"…} joined into one object.
  std::string json(head_buffer.GetString(), head_buffer.GetSize() - 1);
  json += ',';
  json.append(items_buffer.GetString() + 1, items_buffer.GetSize() - 1);
  return json;
}

// JSON made safe to stand inside <script>: "</" cannot end the element, and
// without "<!--" the HTML parser never enters its escaped script states
// (where "<script" would keep the real "</script>" from ending it). Both
// spellings mean the same to JSON.parse.
void append_script_safe(std::string& out, std::string_view json) {
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<' && json.substr(i + 1, 1) == "/") {
      out += "<\\";
    } else if (c == '<' && json.substr(i + 1, 3) == "!--") {
      out += "<\\u0021";
      ++i;
    } else {
      out += c;
    }
  }
}

}  // namespace

void write_html(const Graph& graph, std::ostream& out, const std::string& title,
                const KnownNames& known_names, DisplayLanguage language) {
  const std::string shown_title = title.empty() ? std::string("kg") : title;
  std::string data;
  append_script_safe(data, graph_json(graph, shown_title, known_names, language));
  const std::string escaped_title = xml_escaped(shown_title, XmlContext::Content);

  // The template's placeholders, each replaced by its text; nothing inserted
  // is searched again.
  const std::string_view page = internal::view_template();
  std::size_t done = 0;
  while (done < page.size()) {
    const std::size_t at = page.find('@', done);
    if (at == std::string_view::npos) break;
    const std::size_t end = page.find('@', at + 1);
    if (end == std::string_view::npos) break;
    const std::string_view name = page.substr(at, end + 1 - at);
    std::string_view replacement;
    if (name == "@KG_TITLE@") {
      replacement = escaped_title;
    } else if (name == "@KG_STYLE@") {
      replacement = internal::view_style();
    } else if (name == "@KG_DATA@") {
      replacement = data;
    } else if (name == "@KG_SCRIPT@") {
      replacement = internal::view_script();
    } else {
      out << page.substr(done, at + 1 - done);
      done = at + 1;
      continue;
    }
    out << page.substr(done, at - done) << replacement;
    done = end + 1;
  }
  out << page.substr(done);
}

}  // namespace kg::exporter
