// Fuzz target: a small graph derived from the bytes (names, aliases,
// attributes, evidence of any bytes: control characters, stray UTF-8, quotes,
// markup), written in every text format kg exports and read back by a real
// parser of that format: kg's own reader (the same graph), libxml2 (GraphML,
// GEXF static and dynamic), cgraph (DOT), RapidJSON (node-link, Cytoscape)
// and an RFC 4180 reader (Neo4j and Kùzu CSV), and the HTML view's
// embedded data (RapidJSON, and no text that could end its <script>). Each
// must parse and hold every node and edge; anything else is a bug.
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/errors.h"
#include "export/csv_writer.h"
#include "export/export.h"
#include "export/node_ids.h"
#include "export/valid_text.h"
#include "graph/graph.h"
#include "graph/native_file.h"

namespace {

using kg::graph::KnowledgeGraph;

[[noreturn]] void fail(const std::string& what, const std::string& output) {
  std::fprintf(stderr, "export_fuzz: %s\n--- output ---\n%s\n--- end ---\n", what.c_str(), output.c_str());
  std::abort();
}

// The fuzz bytes as a stream of small choices; zeros once they run out.
class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool empty() const { return pos_ >= size_; }
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::uint32_t number(std::uint32_t below) { return below == 0 ? 0 : byte() % below; }
  // A signed 16-bit year: 0, negative and far-future years are all years to a writer.
  int year() {
    auto high = byte();
    return static_cast<std::int16_t>(static_cast<std::uint16_t>(high << 8 | byte()));
  }
  // Up to 63 raw bytes: the dictionary supplies whole UTF-8 characters,
  // markup and control characters.
  std::string text() {
    std::size_t length = byte() % 64;
    length = std::min(length, size_ - std::min(pos_, size_));
    std::string result(reinterpret_cast<const char*>(data_ + pos_), length);
    pos_ += length;
    return result;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

// A document that mentions and evidence name is listed in the graph, as kg's
// reader requires of a graph file.
void listed(KnowledgeGraph& graph, const std::string& document) {
  if (graph.documents().count(document) == 0) graph.add_document({document, 0, ""});
}

KnowledgeGraph derive_graph(Input& in) {
  KnowledgeGraph graph;
  std::vector<KnowledgeGraph::NodeId> nodes;
  std::vector<KnowledgeGraph::EdgeId> edges;
  constexpr std::size_t kMaxNodes = 24, kMaxEdges = 48, kMaxSteps = 256;
  for (std::size_t step = 0; step < kMaxSteps && !in.empty(); ++step) {
    std::uint8_t op = in.byte() % 8;
    if (nodes.empty() || (op == 0 && nodes.size() < kMaxNodes)) {
      auto type = kg::graph::kAllNodeTypes[in.number(kg::graph::kAllNodeTypes.size())];
      nodes.push_back(graph.add_node(type, in.text()));
      continue;
    }
    KnowledgeGraph::NodeId node = nodes[in.number(nodes.size())];
    switch (op) {
      case 1: {
        std::string alias = in.text();
        graph.add_alias(node, alias, in.text());
        break;
      }
      case 2: {
        // "iso" names a country's node id; other keys are carried along.
        std::string key = in.byte() % 2 ? std::string("iso") : in.text();
        graph.set_attribute(node, key, in.text());
        break;
      }
      case 3: {
        std::string document = in.text();
        listed(graph, document);
        graph.add_mentions(node, document, in.byte());
        break;
      }
      case 4:
        if (edges.size() < kMaxEdges) {
          KnowledgeGraph::NodeId to = nodes[in.number(nodes.size())];
          auto relation = kg::graph::kAllRelationTypes[in.number(kg::graph::kAllRelationTypes.size())];
          std::optional<int> year;
          if (in.byte() % 2) year = in.year();
          edges.push_back(graph.add_edge(node, relation, to, year));
        }
        break;
      case 5:
        if (!edges.empty()) {
          KnowledgeGraph::EdgeId edge = edges[in.number(edges.size())];
          kg::graph::Evidence evidence;
          evidence.document = in.text();
          listed(graph, evidence.document);
          evidence.sentence = in.text();
          evidence.offset = std::uint64_t{in.byte()} * 1000u;
          evidence.offset += in.byte();
          evidence.line = in.byte();
          evidence.rule = in.text();
          evidence.trigger = in.text();
          if (in.byte() % 2) evidence.year = in.year();
          graph.add_evidence(edge, std::move(evidence));
        }
        break;
      case 6: {
        kg::graph::Document document;
        document.id = in.text();
        document.bytes = in.byte();
        document.sha1 = in.text();
        try {
          graph.add_document(std::move(document));
        } catch (const kg::Error&) {
          // The same id with other content: refused, as documented.
        }
        break;
      }
      case 7:
        if (!edges.empty()) graph.add_year(edges[in.number(edges.size())], in.year());
        break;
    }
  }
  return graph;
}

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    std::uint32_t code = length == 1 ? c : c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = code << 6 | (next & 0x3F);
    }
    static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

// Whether every text of the graph is valid UTF-8: then the native writer must
// accept it, else it must refuse it.
bool all_text_valid(const KnowledgeGraph& graph) {
  for (auto node : graph.nodes_in_canonical_order()) {
    const auto& data = graph.node(node);
    if (!is_valid_utf8(data.name)) return false;
    for (const auto& [alias, origin] : data.aliases) {
      if (!is_valid_utf8(alias) || !is_valid_utf8(origin)) return false;
    }
    for (const auto& [key, value] : data.attributes) {
      if (!is_valid_utf8(key) || !is_valid_utf8(value)) return false;
    }
    for (const auto& [document, count] : data.mentions) {
      if (!is_valid_utf8(document)) return false;
    }
  }
  for (auto edge : graph.edges_in_canonical_order()) {
    for (const auto& evidence : graph.edge(edge).evidence) {
      for (const std::string* text :
           {&evidence.document, &evidence.sentence, &evidence.rule, &evidence.trigger}) {
        if (!is_valid_utf8(*text)) return false;
      }
    }
  }
  for (const auto& [id, document] : graph.documents()) {
    if (!is_valid_utf8(id) || !is_valid_utf8(document.sha1)) return false;
  }
  return true;
}

std::string write(const KnowledgeGraph& graph, kg::exporter::Format format,
                  const kg::exporter::WriteOptions& options = {}) {
  std::ostringstream out;
  kg::exporter::write(graph, out, format, options);
  return out.str();
}

void check_native(const KnowledgeGraph& graph) {
  std::string text;
  try {
    text = write(graph, kg::exporter::Format::Native);
  } catch (const kg::Error& error) {
    if (all_text_valid(graph)) fail(std::string("native writer refused valid UTF-8: ") + error.what(), "");
    return;
  }
  if (!all_text_valid(graph)) fail("native writer accepted text that is not UTF-8", text);
  KnowledgeGraph read;
  try {
    read = kg::graph::read_native(text, "fuzz.kg.json");
  } catch (const kg::Error& error) {
    fail(std::string("native file does not read back: ") + error.what(), text);
  }
  if (!(read == graph)) fail("native file reads back as another graph", text);
}

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::size_t count_elements(const xmlNode* node, std::string_view name, std::vector<std::string>* ids) {
  std::size_t count = 0;
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (name == reinterpret_cast<const char*>(node->name)) {
      ++count;
      if (ids) {
        xmlChar* id = xmlGetProp(node, reinterpret_cast<const xmlChar*>("id"));
        ids->emplace_back(id ? reinterpret_cast<const char*>(id) : "");
        xmlFree(id);
      }
    }
    count += count_elements(node->children, name, ids);
  }
  return count;
}

void check_xml(const KnowledgeGraph& graph, kg::exporter::Format format,
               const std::vector<std::string>& node_ids) {
  std::string text = write(graph, format);
  std::string name = std::string(kg::exporter::to_string(format));
  std::unique_ptr<xmlDoc, XmlDocFree> doc(xmlReadMemory(text.data(), static_cast<int>(text.size()),
                                                        (name + ".xml").c_str(), nullptr, XML_PARSE_NONET));
  if (!doc) fail(name + ": libxml2 cannot parse it", text);
  std::vector<std::string> ids;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (count_elements(root, "node", &ids) != graph.node_count())
    fail(name + ": wrong number of <node>s", text);
  if (count_elements(root, "edge", nullptr) != graph.edge_count())
    fail(name + ": wrong number of <edge>s", text);
  std::vector<std::string> expected;
  for (auto node : graph.nodes_in_canonical_order()) expected.push_back(node_ids[node]);
  if (ids != expected) fail(name + ": node ids differ from node_ids()", text);
}

struct AgraphClose {
  void operator()(Agraph_t* g) const { agclose(g); }
};

void check_dot(const KnowledgeGraph& graph, const std::vector<std::string>& node_ids) {
  // Every node, isolated ones too, and the automatic layout, which stacks no
  // parts with invisible edges (only dot does, and Auto picks dot for
  // connected graphs alone): one DOT node and edge per node and edge.
  kg::exporter::WriteOptions options;
  options.keep_isolated = true;
  std::string text = write(graph, kg::exporter::Format::Dot, options);
  std::unique_ptr<Agraph_t, AgraphClose> parsed(agmemread(text.c_str()));
  if (!parsed) fail("dot: cgraph cannot parse it", text);
  if (static_cast<std::size_t>(agnnodes(parsed.get())) != graph.node_count())
    fail("dot: wrong node count", text);
  if (static_cast<std::size_t>(agnedges(parsed.get())) != graph.edge_count())
    fail("dot: wrong edge count", text);
  for (auto node : graph.nodes_in_canonical_order()) {
    if (!agnode(parsed.get(), const_cast<char*>(node_ids[node].c_str()), 0))
      fail("dot: no node " + node_ids[node], text);
  }
}

const rapidjson::Value& member(const rapidjson::Value& object, const char* key, const std::string& text) {
  if (!object.IsObject()) fail(std::string("json: not an object where \"") + key + "\" should be", text);
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) fail(std::string("json: no \"") + key + "\"", text);
  return it->value;
}

void check_json_names(const rapidjson::Value& nodes, const char* outer, const char* name_key,
                      const KnowledgeGraph& graph, const std::string& text) {
  if (!nodes.IsArray() || nodes.Size() != graph.node_count()) fail("json: wrong number of nodes", text);
  rapidjson::SizeType i = 0;
  for (auto node : graph.nodes_in_canonical_order()) {
    const rapidjson::Value& data = outer ? member(nodes[i++], outer, text) : nodes[i++];
    const rapidjson::Value& name = member(data, name_key, text);
    if (!name.IsString() || std::string_view(name.GetString(), name.GetStringLength()) !=
                                kg::exporter::valid_text(graph.node(node).name))
      fail("json: a node's name differs from its valid_text()", text);
  }
}

void check_json(const KnowledgeGraph& graph) {
  for (auto format : {kg::exporter::Format::NodeLink, kg::exporter::Format::Cytoscape}) {
    std::string text = write(graph, format);
    rapidjson::Document doc;
    // Strict JSON, as the consumers read it, and strict UTF-8.
    doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag>(text.data(),
                                                                                         text.size());
    if (doc.HasParseError()) fail("json: RapidJSON cannot parse it", text);
    if (format == kg::exporter::Format::NodeLink) {
      check_json_names(member(doc, "nodes", text), nullptr, "label", graph, text);
      const rapidjson::Value& links = member(doc, "links", text);
      if (!links.IsArray() || links.Size() != graph.edge_count()) fail("json: wrong number of links", text);
    } else {
      const rapidjson::Value& elements = member(doc, "elements", text);
      check_json_names(member(elements, "nodes", text), "data", "name", graph, text);
      const rapidjson::Value& edges = member(elements, "edges", text);
      if (!edges.IsArray() || edges.Size() != graph.edge_count()) fail("json: wrong number of edges", text);
    }
  }
}

// The view's data: between its <script> tags, no "</" nor "<!--" (which would
// end the element or change how HTML parses it), JSON with every node and edge.
void check_html(const KnowledgeGraph& graph) {
  const std::string page = write(graph, kg::exporter::Format::Html);
  constexpr std::string_view start = R"(<script type="application/json" id="kg-data">)";
  const std::size_t at = page.find(start);
  if (at == std::string::npos) fail("html: no data element", page);
  const std::size_t begin = at + start.size();
  const std::size_t end = page.find("</", begin);
  if (end == std::string::npos || page.compare(end, 9, "</script>") != 0)
    fail("html: data not ended by </script>", page);
  const std::string text = page.substr(begin, end - begin);
  if (text.find("<!--") != std::string::npos) fail("html: <!-- in the data", text);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag>(text.data(),
                                                                                       text.size());
  if (doc.HasParseError()) fail("html: RapidJSON cannot parse the data", text);
  check_json_names(member(doc, "nodes", text), nullptr, "name", graph, text);
  const rapidjson::Value& edges = member(doc, "edges", text);
  if (!edges.IsArray() || edges.Size() != graph.edge_count()) fail("html: wrong number of edges", text);
}

// The records of an RFC 4180 file (quoted fields may hold line breaks and ""),
// or a failure: a quote inside an unquoted field, text after a closing quote,
// an unterminated quote, a record with another number of fields than the header.
std::size_t csv_records(const std::string& name, const std::string& text) {
  std::size_t records = 0, fields = 0, header_fields = 0;
  std::size_t i = 0;
  auto end_record = [&] {
    ++fields;
    if (records == 0) header_fields = fields;
    if (fields != header_fields) fail(name + ": a record with another number of fields", text);
    ++records;
    fields = 0;
  };
  while (i < text.size()) {
    if (text[i] == '"') {
      ++i;
      for (;; ++i) {
        if (i >= text.size()) fail(name + ": unterminated quoted field", text);
        if (text[i] != '"') continue;
        if (i + 1 < text.size() && text[i + 1] == '"') {
          ++i;
          continue;
        }
        ++i;
        break;
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        if (text[i] == '"') fail(name + ": a quote in an unquoted field", text);
        ++i;
      }
    }
    if (i >= text.size()) fail(name + ": no line break after the last record", text);
    if (text[i] == ',') {
      ++fields;
      ++i;
    } else if (text[i] == '\n' || (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      i += text[i] == '\r' ? 2 : 1;
      end_record();
    } else {
      fail(name + ": text after a closing quote", text);
    }
  }
  return records;
}

void check_csv(const KnowledgeGraph& graph) {
  std::size_t node_rows = 0, edge_rows = 0;
  auto sink = [&](const std::string& name, const std::function<void(std::ostream&)>& write) {
    std::ostringstream out;
    write(out);
    if (!name.ends_with(".csv")) return;
    std::size_t records = csv_records(name, out.str());
    if (records == 0) fail(name + ": no header", out.str());
    std::size_t rows = records - 1;
    if (name.starts_with("nodes")) node_rows += rows;
    if (name.starts_with("rel")) edge_rows += rows;
  };
  kg::exporter::write_neo4j_csv(graph, sink);
  if (node_rows != graph.node_count() || edge_rows != graph.edge_count())
    fail("neo4j csv: wrong row counts", "");
  node_rows = edge_rows = 0;
  kg::exporter::write_kuzu_csv(graph, sink);
  if (node_rows != graph.node_count() || edge_rows != graph.edge_count())
    fail("kuzu csv: wrong row counts", "");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  const KnowledgeGraph graph = derive_graph(in);
  const std::vector<std::string> ids = kg::exporter::node_ids(graph);
  check_native(graph);
  check_xml(graph, kg::exporter::Format::GraphML, ids);
  check_xml(graph, kg::exporter::Format::Gexf, ids);
  check_xml(graph, kg::exporter::Format::GexfDynamic, ids);
  check_dot(graph, ids);
  check_json(graph);
  check_html(graph);
  check_csv(graph);
  return 0;
}
