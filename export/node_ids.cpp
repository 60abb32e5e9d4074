// Node identifiers: a readable key per node, made an XML name and unique.
#include "export/node_ids.h"

#include <optional>
#include <unordered_set>

#include "export/valid_text.h"

namespace kg::exporter {
namespace {

// NameChar of XML 1.0 fifth edition, productions [4] and [4a].
bool is_name_char(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  if (c == ':' || c == '_' || c == '-' || c == '.' || c == 0xB7) return true;
  struct Range {
    char32_t low, high;
  };
  static constexpr Range kRanges[] = {
      {0xC0, 0xD6},     {0xD8, 0xF6},     {0xF8, 0x37D},    {0x37F, 0x1FFF},
      {0x200C, 0x200D}, {0x203F, 0x2040}, {0x2070, 0x218F}, {0x2C00, 0x2FEF},
      {0x3001, 0xD7FF}, {0xF900, 0xFDCF}, {0xFDF0, 0xFFFD}, {0x10000, 0xEFFFF},
  };
  for (const Range& range : kRanges) {
    if (c >= range.low && c <= range.high) return true;
  }
  return false;
}

// Decodes the sequence at text[at] of text that valid_text() produced.
char32_t decode(std::string_view text, std::size_t at, std::size_t& length) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  unsigned char lead = byte(0);
  if (lead < 0x80) {
    length = 1;
    return lead;
  }
  length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  char32_t c = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (byte(i) & 0x3F);
  return c;
}

std::string name_key(std::string_view text) {
  std::string valid = valid_text(text);
  std::string key;
  key.reserve(valid.size());
  for (std::size_t at = 0; at < valid.size();) {
    std::size_t length = 0;
    char32_t c = decode(valid, at, length);
    if (is_name_char(c)) {
      key.append(valid, at, length);
    } else {
      key += '_';
    }
    at += length;
  }
  return key;
}

std::optional<std::string> iso_code(const graph::NodeData& node) {
  if (node.type != graph::NodeType::Country) return std::nullopt;
  auto it = node.attributes.find("iso");
  if (it == node.attributes.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

}  // namespace

std::string_view id_prefix(graph::NodeType type) {
  switch (type) {
    case graph::NodeType::Country:
      return "country";
    case graph::NodeType::Region:
      return "region";
    case graph::NodeType::Organization:
      return "org";
    case graph::NodeType::Initiative:
      return "initiative";
    case graph::NodeType::Event:
      return "event";
    case graph::NodeType::Person:
      return "person";
    case graph::NodeType::Year:
      return "year";
  }
  return "node";
}

std::vector<std::string> node_ids(const graph::KnowledgeGraph& graph) {
  std::vector<std::string> ids(graph.node_count());
  std::unordered_set<std::string> taken;
  auto assign = [&](graph::KnowledgeGraph::NodeId node, std::string_view key) {
    std::string base = std::string(id_prefix(graph.node(node).type)) + ":" + name_key(key);
    std::string id = base;
    for (int twin = 2; taken.contains(id); ++twin) id = base + "." + std::to_string(twin);
    taken.insert(id);
    ids[node] = std::move(id);
  };
  // ISO codes first: "country:CN" belongs to the country whose code is CN
  // rather than to one that happens to be named "CN".
  const auto order = graph.nodes_in_canonical_order();
  for (auto node : order) {
    if (auto iso = iso_code(graph.node(node))) assign(node, *iso);
  }
  for (auto node : order) {
    if (!iso_code(graph.node(node))) assign(node, graph.node(node).name);
  }
  return ids;
}

}  // namespace kg::exporter
