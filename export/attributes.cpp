// Attribute values shared by the writers.
#include "export/attributes.h"

#include <set>

namespace kg::exporter {

std::vector<std::string_view> alias_list(const graph::NodeData& node) {
  std::vector<std::string_view> aliases;
  aliases.reserve(node.aliases.size());
  for (const auto& [alias, origin] : node.aliases) aliases.push_back(alias);
  return aliases;
}

std::vector<std::pair<std::string_view, std::string_view>> language_names(const graph::NodeData& node) {
  std::vector<std::pair<std::string_view, std::string_view>> names;
  if (!node.name_en.empty()) names.emplace_back("name_en", node.name_en);
  if (!node.name_zh.empty()) names.emplace_back("name_zh", node.name_zh);
  return names;
}

std::optional<std::string_view> iso_code(const graph::NodeData& node) {
  if (auto iso = node.attributes.find("iso"); iso != node.attributes.end()) return iso->second;
  return std::nullopt;
}

std::vector<std::string_view> evidence_sentences(const graph::EdgeData& edge) {
  std::vector<std::string_view> sentences;
  std::set<std::string_view> seen;
  for (const graph::Evidence& evidence : edge.evidence) {
    if (seen.insert(evidence.sentence).second) sentences.push_back(evidence.sentence);
  }
  return sentences;
}

std::vector<std::string_view> evidence_documents(const graph::EdgeData& edge) {
  std::set<std::string_view> documents;
  for (const graph::Evidence& evidence : edge.evidence) documents.insert(evidence.document);
  return {documents.begin(), documents.end()};
}

std::vector<std::string> evidence_pages(const graph::EdgeData& edge) {
  std::set<std::pair<std::string_view, std::uint32_t>> pages;
  for (const graph::Evidence& evidence : edge.evidence) {
    if (evidence.page) pages.emplace(evidence.document, *evidence.page);
  }
  std::vector<std::string> texts;
  texts.reserve(pages.size());
  for (const auto& [document, page] : pages)
    texts.push_back(std::string(document) + " p. " + std::to_string(page));
  return texts;
}

std::vector<std::string> year_texts(const graph::EdgeData& edge) {
  std::vector<std::string> years;
  years.reserve(edge.years.size());
  for (int year : edge.years) years.push_back(std::to_string(year));
  return years;
}

std::string edge_label(const graph::EdgeData& edge) {
  std::string label(graph::to_string(edge.relation));
  if (!edge.years.empty()) label.append(" ").append(graph::years_text(edge.years));
  return label;
}

std::string join_list(const std::vector<std::string_view>& items) {
  std::string list;
  bool first = true;
  for (std::string_view item : items) {
    if (!first) list += kListSeparator;
    first = false;
    for (char c : item) {
      if (c == '\\' || c == kListSeparator) list += '\\';
      list += c;
    }
  }
  return list;
}

}  // namespace kg::exporter
