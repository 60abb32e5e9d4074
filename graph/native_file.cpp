// The native graph file, written with RapidJSON's writer and read through its
// DOM with every value checked, so a bad file is an error that says where.
#include "graph/native_file.h"

#include <rapidjson/document.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include "base/atomic_file.h"
#include "base/errors.h"
#include "base/json_pointer.h"
#include "base/json_reader.h"
#include "base/utf8.h"
#include "base/whole_file.h"

namespace kg::graph {
namespace {

// RapidJSON's OStreamWrapper calls ostream::put for every character, a
// large share of writing a big graph: this collects them and writes blocks.
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out), buffer_(kBlock) {}
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;

  void Put(char c) {
    if (used_ == kBlock) write_buffer();
    buffer_[used_++] = c;
  }
  void Flush() {
    write_buffer();
    out_.flush();
  }

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  void write_buffer() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }
  std::ostream& out_;
  std::vector<char> buffer_;
  std::size_t used_ = 0;
};

// The file is pretty-printed; a graph on one line (write_native_line) is not.
// Both go through the same template code below.
using PrettyWriter = rapidjson::PrettyWriter<BufferedOStream>;
using LineWriter = rapidjson::Writer<BufferedOStream>;
using StringTable = std::map<std::string, std::string, std::less<>>;

// Checked here because a file kg writes must be one kg can read back (the
// reader validates; RapidJSON 1.1's PrettyWriter cannot validate on write).
template <typename Writer>
void write_string(Writer& w, std::string_view text) {
  if (!utf8::is_valid(text)) {
    throw Error("cannot save the graph: text that is not valid UTF-8: \"" + std::string(text.substr(0, 80)) +
                "\"");
  }
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

template <typename Writer>
void write_table(Writer& w, const StringTable& table) {
  w.StartObject();
  for (const auto& [key, value] : table) {
    write_string(w, key);
    write_string(w, value);
  }
  w.EndObject();
}

template <typename Writer>
void write_evidence(Writer& w, const Evidence& evidence) {
  w.StartObject();
  w.Key("doc");
  write_string(w, evidence.document);
  w.Key("line");
  w.Uint(evidence.line);
  w.Key("offset");
  w.Uint64(evidence.offset);
  if (evidence.page) {
    w.Key("page");
    w.Uint(*evidence.page);
  }
  w.Key("sentence");
  write_string(w, evidence.sentence);
  w.Key("rule");
  write_string(w, evidence.rule);
  w.Key("trigger");
  write_string(w, evidence.trigger);
  if (evidence.year) {
    w.Key("year");
    w.Int(*evidence.year);
  }
  w.EndObject();
}

// On one line, [2020, 2023], where the pretty writer would give each year a
// line of its own: most edges have a year, and the file is read as often as
// written. Compact ([2020,2023]) in a one-line graph.
template <typename Writer>
void write_years(Writer& w, const std::set<int>& years) {
  std::string text = "[";
  for (int year : years) {
    if (text.size() > 1) text += std::is_same_v<Writer, PrettyWriter> ? ", " : ",";
    text += std::to_string(year);
  }
  text += ']';
  w.RawValue(text.data(), text.size(), rapidjson::kArrayType);
}

// A JSON object of strings: aliases and attributes.
StringTable string_table(const JsonReader& in, const rapidjson::Value& value, const std::string& pointer) {
  StringTable table;
  for (const auto& entry : in.object(value, pointer).GetObject()) {
    std::string key(entry.name.GetString(), entry.name.GetStringLength());
    table[key] = in.string(entry.value, json_pointer_child(pointer, key));
  }
  return table;
}

// The format version of the file (1 to kNativeFormatVersion).
int check_header(const JsonReader& in, const rapidjson::Value& root) {
  in.object(root, "");
  auto format = root.FindMember("format");
  if (format == root.MemberEnd() || !format->value.IsString() ||
      format->value.GetString() != kNativeFormatName) {
    in.fail("/format",
            "not a kg graph file (expected \"format\": \"" + std::string(kNativeFormatName) + "\")");
  }
  std::uint64_t version = in.unsigned_number(in.member(root, "version", ""), "/version");
  if (version > static_cast<std::uint64_t>(kNativeFormatVersion)) {
    in.fail("/version", "written by a newer kg (format version " + std::to_string(version) +
                            "; this kg reads version " + std::to_string(kNativeFormatVersion) +
                            " and older)");
  }
  if (version == 0) in.fail("/version", "format version 0 does not exist");
  return static_cast<int>(version);
}

void read_documents(const JsonReader& in, const rapidjson::Value& root, KnowledgeGraph& graph) {
  std::size_t index = 0;
  for (const auto& value : in.array(in.member(root, "documents", ""), "/documents")) {
    std::string at = "/documents/" + std::to_string(index++);
    in.object(value, at);
    Document document;
    document.id = in.string(in.member(value, "id", at), at + "/id");
    document.bytes = in.unsigned_number(in.member(value, "bytes", at), at + "/bytes", kMaxNativeCount);
    document.sha1 = in.string(in.member(value, "sha1", at), at + "/sha1");
    if (graph.documents().count(document.id)) in.fail(at + "/id", "document listed twice");
    graph.add_document(std::move(document));
  }
}

// The ids of the graph's documents, which mentions and evidence must name:
// a hash set, as a graph names documents hundreds of thousands of times.
using DocumentIds = std::unordered_set<std::string_view>;

DocumentIds document_ids(const KnowledgeGraph& graph) {
  DocumentIds ids;
  ids.reserve(graph.documents().size());
  for (const auto& [id, document] : graph.documents()) ids.insert(id);
  return ids;
}

// Whether every document that mentions the node, and only those, gave the
// form, each with the form's origin: the usual case (中国 written so in every
// document that names it), which the file leaves out of "alias_documents".
bool given_by_every_mention(const NodeData& node, const std::string& form) {
  const auto& sources = node.alias_documents.at(form);
  if (sources.size() != node.mentions.size()) return false;
  const std::string& origin = node.aliases.at(form);
  auto mention = node.mentions.begin();
  for (const auto& [document, given] : sources) {
    if (document != mention->first || given != origin) return false;
    ++mention;
  }
  return true;
}

// A node's "aliases" and, from version 3, the documents that gave each
// ("alias_documents"; "" for none): every alias listed there must be in
// "aliases" with the smallest of the origins its documents gave, and one not
// listed was given by every document that mentions the node (by none in a
// version 2 file, which has no "alias_documents").
void read_aliases(const JsonReader& in, const rapidjson::Value& value, const std::string& at, int version,
                  const DocumentIds& documents, KnowledgeGraph::NodeId id, KnowledgeGraph& graph) {
  const StringTable aliases = string_table(in, in.member(value, "aliases", at), at + "/aliases");
  std::set<std::string, std::less<>> sourced;
  if (auto it = value.FindMember("alias_documents"); it != value.MemberEnd()) {
    const std::string pointer = at + "/alias_documents";
    for (const auto& entry : in.object(it->value, pointer).GetObject()) {
      std::string alias(entry.name.GetString(), entry.name.GetStringLength());
      const std::string alias_at = json_pointer_child(pointer, alias);
      auto listed = aliases.find(alias);
      if (listed == aliases.end()) in.fail(alias_at, "an alias not in the node's \"aliases\"");
      const StringTable givers = string_table(in, entry.value, alias_at);
      if (givers.empty()) in.fail(alias_at, "expected the documents that gave the alias");
      std::string smallest = givers.begin()->second;
      for (const auto& [document, origin] : givers) {
        // "" stands for no document (an alias a merge or an import gave).
        if (!document.empty() && !documents.count(document)) {
          in.fail(json_pointer_child(alias_at, document), "a document not in \"documents\"");
        }
        smallest = std::min(smallest, origin);
        graph.add_alias(id, alias, origin, document);
      }
      if (smallest != listed->second) {
        in.fail(alias_at, "the origins given here do not match the alias's \"" + listed->second + "\"");
      }
      sourced.insert(std::move(alias));
    }
  }
  const auto& mentions = graph.node(id).mentions;
  for (const auto& [alias, origin] : aliases) {
    if (sourced.count(alias)) continue;
    if (version < 3 || mentions.empty()) {
      graph.add_alias(id, alias, origin);
      continue;
    }
    for (const auto& [document, count] : mentions) graph.add_alias(id, alias, origin, document);
  }
}

// A node's "name_en" and "name_zh" (version 4); an older file had none, and
// its nodes are named as the extractor names them: the rules' English name
// (the "en" attribute), else the canonical name in the language of its script.
void read_names(const JsonReader& in, const rapidjson::Value& value, const std::string& at, int version,
                KnowledgeGraph::NodeId id, KnowledgeGraph& graph) {
  if (version < 4) {
    const NodeData& node = graph.node(id);
    if (auto english = node.attributes.find("en"); english != node.attributes.end()) {
      graph.set_name(id, Language::English, english->second);
    }
    if (auto language = language_of_script(node.name)) {
      if (node.name_in(*language).empty()) graph.set_name(id, *language, node.name);
    }
    return;
  }
  for (Language language : {Language::English, Language::Chinese}) {
    std::string key = "name_";
    key += to_string(language);
    if (auto it = value.FindMember(key.c_str()); it != value.MemberEnd()) {
      std::string where = at;
      where += '/';
      where += key;
      const std::string name = in.string(it->value, where);
      if (name.empty()) in.fail(where, "an empty name (leave the key out when the name is unknown)");
      graph.set_name(id, language, name);
    }
  }
}

std::vector<KnowledgeGraph::NodeId> read_nodes(const JsonReader& in, const rapidjson::Value& root,
                                               int version, const DocumentIds& documents,
                                               KnowledgeGraph& graph) {
  std::vector<KnowledgeGraph::NodeId> ids;
  for (const auto& value : in.array(in.member(root, "nodes", ""), "/nodes")) {
    std::string at = "/nodes/" + std::to_string(ids.size());
    in.object(value, at);
    std::string type_name = in.string(in.member(value, "type", at), at + "/type");
    std::optional<NodeType> type = parse_node_type(type_name);
    if (!type) in.fail(at + "/type", "unknown node type \"" + type_name + "\"");
    std::string name = in.string(in.member(value, "name", at), at + "/name");
    if (graph.find_node(*type, name)) {
      // NOLINTNEXTLINE(performance-inefficient-string-concatenation): an error, built once
      in.fail(at, "node " + type_name + " \"" + name + "\" listed twice");
    }
    KnowledgeGraph::NodeId id = graph.add_node(*type, name);
    for (const auto& [key, text] : string_table(in, in.member(value, "attributes", at), at + "/attributes")) {
      graph.set_attribute(id, key, text);
    }
    read_names(in, value, at, version, id, graph);
    const auto& mentions = in.object(in.member(value, "mentions", at), at + "/mentions");
    for (const auto& entry : mentions.GetObject()) {
      std::string document(entry.name.GetString(), entry.name.GetStringLength());
      const std::string pointer = json_pointer_child(at + "/mentions", document);
      if (!documents.count(document)) in.fail(pointer, "a document not in \"documents\"");
      graph.add_mentions(id, document, in.unsigned_number(entry.value, pointer, kMaxNativeCount));
    }
    read_aliases(in, value, at, version, documents, id,
                 graph);  // after the mentions: see given_by_every_mention
    ids.push_back(id);
  }
  return ids;
}

// A year: a whole number that fits an int. Its pointer, at + key(), is made
// only for an error, as most edges and evidence items have a year.
template <typename Key>
int read_year(const JsonReader& in, const rapidjson::Value& value, const std::string& at, const Key& key) {
  if (!value.IsInt()) in.fail(at + key(), "expected a whole number");
  return value.GetInt();
}

Evidence read_evidence(const JsonReader& in, const rapidjson::Value& value, const std::string& at,
                       const DocumentIds& documents) {
  in.object(value, at);
  Evidence evidence;
  evidence.document = in.string(in.member(value, "doc", at), at + "/doc");
  if (!documents.count(evidence.document)) in.fail(at + "/doc", "a document not in \"documents\"");
  evidence.line = static_cast<std::uint32_t>(in.unsigned_number(in.member(value, "line", at), at + "/line",
                                                                std::numeric_limits<std::uint32_t>::max()));
  evidence.offset = in.unsigned_number(in.member(value, "offset", at), at + "/offset");
  if (auto it = value.FindMember("page"); it != value.MemberEnd()) {
    evidence.page = static_cast<std::uint32_t>(
        in.unsigned_number(it->value, at + "/page", std::numeric_limits<std::uint32_t>::max()));
  }
  evidence.sentence = in.string(in.member(value, "sentence", at), at + "/sentence");
  evidence.rule = in.string(in.member(value, "rule", at), at + "/rule");
  evidence.trigger = in.string(in.member(value, "trigger", at), at + "/trigger");
  if (auto it = value.FindMember("year"); it != value.MemberEnd()) {
    evidence.year = read_year(in, it->value, at, [] { return "/year"; });
  }
  return evidence;
}

void read_edges(const JsonReader& in, const rapidjson::Value& root, int version,
                const std::vector<KnowledgeGraph::NodeId>& nodes, const DocumentIds& documents,
                KnowledgeGraph& graph) {
  // Version 1 listed an edge per (source, relation, target, year): those of
  // one triple are merged here, and only a repeated year (or two listings
  // without one) is listed twice. For the few triples listed more than once,
  // how many times so far: one more than their years means one had no year.
  std::map<std::tuple<KnowledgeGraph::NodeId, RelationType, KnowledgeGraph::NodeId>, std::size_t> listings;
  std::size_t index = 0;
  for (const auto& value : in.array(in.member(root, "edges", ""), "/edges")) {
    std::string at = "/edges/" + std::to_string(index++);
    in.object(value, at);
    auto endpoint = [&](const char* key) {
      std::uint64_t i = in.unsigned_number(in.member(value, key, at), at + "/" + key);
      if (i >= nodes.size()) {
        in.fail(at + "/" + key, "node index " + std::to_string(i) + " is out of range (" +
                                    std::to_string(nodes.size()) + " nodes)");
      }
      return nodes[i];
    };
    KnowledgeGraph::NodeId from = endpoint("source");
    KnowledgeGraph::NodeId to = endpoint("target");
    std::string relation_name = in.string(in.member(value, "relation", at), at + "/relation");
    std::optional<RelationType> relation = parse_relation_type(relation_name);
    if (!relation) in.fail(at + "/relation", "unknown relation type \"" + relation_name + "\"");
    std::optional<int> version_1_year;
    if (version == 1) {
      if (auto it = value.FindMember("year"); it != value.MemberEnd()) {
        version_1_year = read_year(in, it->value, at, [] { return "/year"; });
      }
    }
    // One search of the edge index: an edge that add_edge found, rather
    // than made, was listed before.
    const std::size_t edges_before = graph.edge_count();
    KnowledgeGraph::EdgeId edge = graph.add_edge(from, *relation, to, std::nullopt);
    if (graph.edge_count() == edges_before) {
      if (version != 1) in.fail(at, "edge listed twice");
      std::size_t& count =
          listings.try_emplace({graph.source(edge), *relation, graph.target(edge)}, 1).first->second;
      const std::set<int>& years = graph.edge(edge).years;
      if (version_1_year ? years.count(*version_1_year) > 0 : count > years.size()) {
        in.fail(at, "edge listed twice");
      }
      ++count;
    }
    if (version == 1) {
      if (version_1_year) graph.add_year(edge, *version_1_year);
    } else if (auto it = value.FindMember("years"); it != value.MemberEnd()) {
      if (!it->value.IsArray()) in.fail(at + "/years", "expected an array");
      for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i) {
        graph.add_year(edge, read_year(in, it->value[i], at, [i] { return "/years/" + std::to_string(i); }));
      }
    }
    std::size_t evidence_index = 0;
    for (const auto& item : in.array(in.member(value, "evidence", at), at + "/evidence")) {
      Evidence evidence =
          read_evidence(in, item, at + "/evidence/" + std::to_string(evidence_index++), documents);
      if (version == 1) evidence.year = version_1_year;
      graph.add_evidence(edge, std::move(evidence));
    }
  }
}

template <typename Writer>
void write_graph(const KnowledgeGraph& graph, Writer& w) {
  w.StartObject();
  w.Key("format");
  write_string(w, kNativeFormatName);
  w.Key("version");
  w.Int(kNativeFormatVersion);

  w.Key("documents");
  w.StartArray();
  for (const auto& [id, document] : graph.documents()) {
    w.StartObject();
    w.Key("id");
    write_string(w, document.id);
    w.Key("bytes");
    w.Uint64(document.bytes);
    w.Key("sha1");
    write_string(w, document.sha1);
    w.EndObject();
  }
  w.EndArray();

  std::vector<KnowledgeGraph::NodeId> nodes = graph.nodes_in_canonical_order();
  std::vector<std::size_t> index_of(nodes.size());
  w.Key("nodes");
  w.StartArray();
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    index_of[nodes[i]] = i;
    const NodeData& node = graph.node(nodes[i]);
    w.StartObject();
    w.Key("type");
    write_string(w, to_string(node.type));
    w.Key("name");
    write_string(w, node.name);
    if (!node.name_en.empty()) {
      w.Key("name_en");
      write_string(w, node.name_en);
    }
    if (!node.name_zh.empty()) {
      w.Key("name_zh");
      write_string(w, node.name_zh);
    }
    w.Key("aliases");
    write_table(w, node.aliases);
    w.Key("alias_documents");
    w.StartObject();
    for (const auto& [alias, documents] : node.alias_documents) {
      if (given_by_every_mention(node, alias)) continue;
      write_string(w, alias);
      w.StartObject();
      for (const auto& [document, origin] : documents) {
        write_string(w, document);
        write_string(w, origin);
      }
      w.EndObject();
    }
    w.EndObject();
    w.Key("attributes");
    write_table(w, node.attributes);
    w.Key("mentions");
    w.StartObject();
    for (const auto& [document, count] : node.mentions) {
      write_string(w, document);
      w.Uint64(count);
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();

  w.Key("edges");
  w.StartArray();
  for (KnowledgeGraph::EdgeId id : graph.edges_in_canonical_order()) {
    const EdgeData& edge = graph.edge(id);
    w.StartObject();
    w.Key("source");
    w.Uint64(index_of[graph.source(id)]);
    w.Key("target");
    w.Uint64(index_of[graph.target(id)]);
    w.Key("relation");
    write_string(w, to_string(edge.relation));
    if (!edge.years.empty()) {
      w.Key("years");
      write_years(w, edge.years);
    }
    w.Key("evidence");
    w.StartArray();
    for (const Evidence& evidence : edge.evidence) write_evidence(w, evidence);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_native(const KnowledgeGraph& graph, std::ostream& out) {
  BufferedOStream stream(out);
  PrettyWriter w(stream);
  w.SetIndent(' ', 1);
  write_graph(graph, w);
  stream.Put('\n');
  stream.Flush();
}

void write_native_line(const KnowledgeGraph& graph, std::ostream& out) {
  BufferedOStream stream(out);
  LineWriter w(stream);
  write_graph(graph, w);
  stream.Put('\n');
  stream.Flush();
}

void save_native(const KnowledgeGraph& graph, const std::string& path) {
  write_file_atomically(path, [&](std::ostream& out) { write_native(graph, out); });
}

namespace {

// read_native and read_native_line: `first_line` is the line of json[0] in `source`.
KnowledgeGraph read_graph(std::string_view json, const std::string& source, std::size_t first_line) {
  const rapidjson::Document root = parse_json(json, source, JsonSyntax::kStrict, first_line);
  // A pointer is only meaningful within its line: name the line in `source`.
  const std::string where = first_line == 1 ? source : source + ":" + std::to_string(first_line);
  JsonReader in(where);
  const int version = check_header(in, root);
  KnowledgeGraph graph;
  read_documents(in, root, graph);
  const DocumentIds documents = document_ids(graph);
  std::vector<KnowledgeGraph::NodeId> nodes = read_nodes(in, root, version, documents, graph);
  read_edges(in, root, version, nodes, documents, graph);
  return graph;
}

}  // namespace

KnowledgeGraph read_native(std::string_view json, const std::string& source) {
  return read_graph(json, source, 1);
}

KnowledgeGraph read_native_line(std::string_view line, const std::string& source, std::size_t line_number) {
  return read_graph(line, source, line_number);
}

KnowledgeGraph load_native(const std::string& path) {
  const std::string text = read_whole_file(path, {kMaxNativeFileBytes, "a graph file", '{'});
  if (text.empty()) throw FormatError(path, 0, 0, "the file is empty, not a kg graph");
  return read_native(text, path);
}

}  // namespace kg::graph
