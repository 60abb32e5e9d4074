// Every name the extractor knows before reading a document: the rule pack's
// entities plus each ISO 3166 country in CLDR's Chinese and English names,
// compiled into one phrase matcher.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/phrase_matcher.h"
#include "extract/rule_pack.h"
#include "graph/types.h"

namespace kg::extract {

struct KnownEntity {
  std::string name;
  graph::NodeType type = graph::NodeType::Organization;
  std::map<std::string, std::string> attributes;
};

// What a matched phrase is.
struct Surface {
  enum class Kind { Entity, Generic, NotAContraction };
  Kind kind = Kind::Entity;
  std::uint32_t entity = 0;  // for Kind::Entity
  std::string origin;        // where the form came from: "cldr", "rules", a rules file
};

class Gazetteer {
 public:
  explicit Gazetteer(const RulePack& pack);

  const KnownEntity& entity(std::uint32_t id) const { return entities_[id]; }
  const Surface& surface(std::uint32_t id) const { return surfaces_[id]; }
  std::size_t entity_count() const { return entities_.size(); }

  // The entity with this canonical name.
  std::optional<std::uint32_t> find(std::string_view name) const;
  // Every name of the entity as the rules and CLDR write it (its canonical
  // name, aliases, CLDR's Chinese and English names), in the order added,
  // without repeats; a form another entity claimed first is not among them.
  const std::vector<std::string>& forms(std::uint32_t entity) const { return forms_[entity]; }
  // The entity's name in `language`, "" when the rules and CLDR give none:
  // in English its "en" attribute, else its first form in Latin script
  // (CLDR's English name for a country); in Chinese its canonical name when
  // in Han script, else its first form in Han script.
  std::string_view name_in(std::uint32_t entity, graph::Language language) const;
  // The entity with this name or alias (normalized form), if it names one.
  std::optional<std::uint32_t> find_form(std::string_view form) const;

  // All occurrences of known forms, generic phrases and contraction look-alikes;
  // each match's value is a surface id.
  void find_all(std::string_view text, std::vector<PhraseMatcher::Match>& out) const {
    matcher_.find_all(text, out);
  }
  // Adds the phrases find_all() matches to `matcher`, with the same values
  // (below surface_count()): for a caller that matches more phrases in the
  // same pass over a text.
  void add_forms_to(PhraseMatcher& matcher) const;
  std::size_t surface_count() const { return surfaces_.size(); }

  // Forms that two entities claim, found while compiling (the first kept).
  const std::vector<std::string>& conflicts() const { return conflicts_; }

 private:
  std::uint32_t add_entity(KnownEntity entity);
  void add_form(std::string_view form, Surface surface);

  std::vector<KnownEntity> entities_;
  std::vector<std::vector<std::string>> forms_;  // by entity, as written
  std::vector<Surface> surfaces_;
  // Hashed, and found by string_view without a copy: the recognizers look
  // names up at every candidate.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  using NameIndex = std::unordered_map<std::string, std::uint32_t, NameHash, std::equal_to<>>;
  NameIndex entity_by_name_;
  NameIndex surface_by_form_;
  std::vector<std::string> conflicts_;
  PhraseMatcher matcher_;
};

}  // namespace kg::extract
