#include "extract/name_lookup.h"

#include <unicode/unistr.h>

#include <algorithm>

#include "extract/normalizer.h"
#include "extract/rule_pack.h"

namespace kg::extract {

std::string name_key(std::string_view name) {
  const std::string normalized = normalize(name).text;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(normalized);
  text.foldCase();
  std::string key;
  text.toUTF8String(key);
  return key;
}

NameLookup::NameLookup(const graph::KnowledgeGraph& graph, const Gazetteer& gazetteer)
    : graph_(graph), gazetteer_(gazetteer), rank_(graph.node_count()) {
  std::size_t rank = 0;
  for (NodeId node : graph.nodes_in_canonical_order()) {
    rank_[node] = rank++;
    const graph::NodeData& data = graph.node(node);
    std::vector<NodeId>& by_name = nodes_by_key_[name_key(data.name)];
    if (by_name.empty() || by_name.back() != node) by_name.push_back(node);
    for (const auto& [alias, origin] : data.aliases) {
      std::vector<NodeId>& by_alias = nodes_by_key_[name_key(alias)];
      if (by_alias.empty() || by_alias.back() != node) by_alias.push_back(node);
    }
    // The names per language, which --lang shows and people type back.
    for (const std::string* name : {&data.name_en, &data.name_zh}) {
      if (name->empty()) continue;
      std::vector<NodeId>& by_language = nodes_by_key_[name_key(*name)];
      if (by_language.empty() || by_language.back() != node) by_language.push_back(node);
    }
  }
  for (std::uint32_t entity = 0; entity < gazetteer.entity_count(); ++entity) {
    for (const std::string& form : gazetteer.forms(entity)) {
      std::vector<std::uint32_t>& entities = entities_by_key_[name_key(form)];
      if (entities.empty() || entities.back() != entity) entities.push_back(entity);
    }
    const auto& attributes = gazetteer.entity(entity).attributes;
    if (auto iso = attributes.find("iso"); iso != attributes.end())
      entity_by_iso_.emplace(iso->second, entity);
  }
}

void NameLookup::sort_canonically(std::vector<NodeId>& nodes) const {
  std::sort(nodes.begin(), nodes.end(), [this](NodeId a, NodeId b) { return rank_[a] < rank_[b]; });
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
}

std::vector<NameLookup::NodeId> NameLookup::find(std::string_view name) const {
  if (std::vector<NodeId> exact = graph_.find_by_name_or_alias(name); !exact.empty()) return exact;
  const std::string key = name_key(name);
  if (key.empty()) return {};
  if (auto it = nodes_by_key_.find(key); it != nodes_by_key_.end()) {
    std::vector<NodeId> found = it->second;
    sort_canonically(found);
    return found;
  }
  std::vector<NodeId> found;
  if (auto it = entities_by_key_.find(key); it != entities_by_key_.end()) {
    for (std::uint32_t entity : it->second) {
      const KnownEntity& known = gazetteer_.entity(entity);
      for (NodeId node : graph_.find_by_name_or_alias(known.name)) {
        if (entity_of(graph_.node(node)) == entity) found.push_back(node);
      }
    }
  }
  sort_canonically(found);
  return found;
}

std::optional<std::uint32_t> NameLookup::entity_of(const graph::NodeData& data) const {
  if (auto iso = data.attributes.find("iso"); iso != data.attributes.end()) {
    if (auto it = entity_by_iso_.find(iso->second); it != entity_by_iso_.end()) return it->second;
  }
  if (auto entity = gazetteer_.find(data.name); entity && gazetteer_.entity(*entity).type == data.type) {
    return entity;
  }
  return std::nullopt;
}

std::vector<std::string> NameLookup::known_names(const graph::NodeData& data) const {
  std::vector<std::string> names;
  const auto add = [&names](std::string_view name) {
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.emplace_back(name);
  };
  add(data.name);
  add(data.name_en);
  add(data.name_zh);
  for (const auto& [alias, origin] : data.aliases) add(alias);
  if (auto english = data.attributes.find("en"); english != data.attributes.end()) add(english->second);
  if (auto entity = entity_of(data)) {
    for (const std::string& form : gazetteer_.forms(*entity)) add(form);
  }
  return names;
}

std::vector<graph::KnowledgeGraph::NodeId> find_nodes(const graph::KnowledgeGraph& graph,
                                                      std::string_view name) {
  if (std::vector<graph::KnowledgeGraph::NodeId> exact = graph.find_by_name_or_alias(name); !exact.empty()) {
    return exact;
  }
  const Gazetteer gazetteer(default_rule_pack());
  return NameLookup(graph, gazetteer).find(name);
}

}  // namespace kg::extract
