// Compiling the gazetteer: CLDR country names from ICU, then the rule pack.
#include "extract/gazetteer.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "extract/normalizer.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

std::string display_country(const char* code, const char* locale) {
  icu::UnicodeString name;
  icu::Locale("", code).getDisplayCountry(icu::Locale(locale), name);
  std::string utf8;
  name.toUTF8String(utf8);
  return utf8;
}

}  // namespace

Gazetteer::Gazetteer(const RulePack& pack) {
  std::map<std::string, const CountryOverride*> overrides;
  for (const CountryOverride& country : pack.countries) overrides[country.iso] = &country;

  // CLDR first: its names are the base the rule pack refines.
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    const std::string iso = *code;
    const CountryOverride* curated = overrides.count(iso) ? overrides[iso] : nullptr;
    if (curated && curated->exclude) continue;
    const std::string simplified = display_country(*code, "zh");
    if (simplified.empty() || simplified == iso) continue;  // no CLDR data for this code
    KnownEntity entity;
    entity.name = curated && curated->name ? *curated->name : simplified;
    entity.type = curated && curated->type ? *curated->type : graph::NodeType::Country;
    entity.attributes["iso"] = iso;
    const std::uint32_t id = add_entity(std::move(entity));
    for (const char* locale : {"zh", "zh_Hant", "zh_Hant_HK", "en"}) {
      const std::string form = display_country(*code, locale);
      // Taiwan and Hong Kong names that differ from the mainland one become
      // traps once made Simplified (東加 -> 东加 inside 广东加强; 查德 inside
      // 理查德): keep only the longer, distinctive ones.
      const std::string normalized = normalize(form).text;
      const bool traditional = locale[2] == '_';
      if (traditional && normalized != normalize(simplified).text && utf8::length(normalized) <= 2) continue;
      add_form(form, {Surface::Kind::Entity, id, "cldr"});
    }
    if (curated) {
      add_form(entities_[id].name, {Surface::Kind::Entity, id, "rules"});
      for (const std::string& alias : curated->aliases) add_form(alias, {Surface::Kind::Entity, id, "rules"});
    }
  }
  for (const GazetteerEntry& entry : pack.entities) {
    const std::uint32_t id = add_entity({entry.name, entry.type, entry.attributes});
    add_form(entry.name, {Surface::Kind::Entity, id, "rules"});
    for (const std::string& alias : entry.aliases) add_form(alias, {Surface::Kind::Entity, id, "rules"});
  }
  // The English name an entry records ("en") names it in English text too,
  // unless another entry claims that form (then it stays an attribute).
  for (const GazetteerEntry& entry : pack.entities) {
    const auto en = entry.attributes.find("en");
    if (en == entry.attributes.end() || surface_by_form_.count(normalize(en->second).text)) continue;
    if (const auto id = find(entry.name)) add_form(en->second, {Surface::Kind::Entity, *id, "rules"});
  }
  // A name written with a word's other form (AI首尔峰会 for 人工智能首尔峰会)
  // names the entity too, where no name kg knows is written so.
  for (const GazetteerEntry& entry : pack.entities) {
    const auto id = find(entry.name);
    if (!id) continue;
    std::vector<std::string> names{entry.name};
    names.insert(names.end(), entry.aliases.begin(), entry.aliases.end());
    for (const std::string& name : names) {
      for (const auto& [word, others] : pack.contractions.word_forms) {
        const std::size_t at = name.find(word);
        if (at == std::string::npos) continue;
        for (const std::string& other : others) {
          const std::string variant = name.substr(0, at) + other + name.substr(at + word.size());
          if (!surface_by_form_.count(normalize(variant).text))
            add_form(variant, {Surface::Kind::Entity, *id, "rules"});
        }
      }
    }
  }
  // Generic phrases and contraction look-alikes only block: as longer
  // matches they keep 中国 out of 发展中国家 and 中+东 out of 中东.
  for (const std::string& phrase : pack.generic) add_form(phrase, {Surface::Kind::Generic, 0, "rules"});
  for (const std::string& word : pack.contractions.never) {
    add_form(word, {Surface::Kind::NotAContraction, 0, "rules"});
  }
  matcher_.build();
}

std::uint32_t Gazetteer::add_entity(KnownEntity entity) {
  if (auto it = entity_by_name_.find(entity.name); it != entity_by_name_.end()) {
    KnownEntity& existing = entities_[it->second];
    if (existing.type == entity.type) {
      existing.attributes.insert(entity.attributes.begin(), entity.attributes.end());
      return it->second;
    }
  }
  const auto id = static_cast<std::uint32_t>(entities_.size());
  entity_by_name_.emplace(entity.name, id);
  entities_.push_back(std::move(entity));
  forms_.emplace_back();
  return id;
}

void Gazetteer::add_form(std::string_view raw_form, Surface surface) {
  // Documents are matched after normalization (Simplified, NFKC, folded
  // quotes): so are the forms, or a Traditional CLDR name would never match.
  const std::string form = normalize(raw_form).text;
  if (form.empty()) return;
  const auto remember_form = [&](std::uint32_t entity) {
    std::vector<std::string>& forms = forms_[entity];
    if (std::find(forms.begin(), forms.end(), raw_form) == forms.end()) forms.emplace_back(raw_form);
  };
  if (auto it = surface_by_form_.find(form); it != surface_by_form_.end()) {
    const Surface& existing = surfaces_[it->second];
    const bool same = existing.kind == surface.kind && existing.entity == surface.entity;
    if (same && surface.kind == Surface::Kind::Entity) remember_form(surface.entity);
    // An entity's own name may be listed again as an alias: not a conflict.
    if (!same && surface.kind == Surface::Kind::Entity && existing.kind == Surface::Kind::Entity) {
      conflicts_.push_back(std::string(form) + " (" + entities_[existing.entity].name + " / " +
                           entities_[surface.entity].name + ")");
    }
    return;
  }
  if (surface.kind == Surface::Kind::Entity) remember_form(surface.entity);
  const auto id = static_cast<std::uint32_t>(surfaces_.size());
  surfaces_.push_back(std::move(surface));
  surface_by_form_.emplace(std::string(form), id);
  matcher_.add(form, id);
}

void Gazetteer::add_forms_to(PhraseMatcher& matcher) const {
  for (const auto& [form, id] : surface_by_form_) matcher.add(form, id);
}

std::string_view Gazetteer::name_in(std::uint32_t entity, graph::Language language) const {
  const KnownEntity& known = entities_[entity];
  if (language == graph::Language::English) {
    if (auto english = known.attributes.find("en"); english != known.attributes.end()) return english->second;
  }
  // The canonical name is the first form, unless another entity claimed it.
  if (graph::language_of_script(known.name) == language) return known.name;
  for (const std::string& form : forms_[entity]) {
    if (graph::language_of_script(form) == language) return form;
  }
  return {};
}

std::optional<std::uint32_t> Gazetteer::find(std::string_view name) const {
  auto it = entity_by_name_.find(name);
  if (it == entity_by_name_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kg::extract

namespace kg::extract {

std::optional<std::uint32_t> Gazetteer::find_form(std::string_view form) const {
  if (auto by_name = find(form)) return by_name;
  auto it = surface_by_form_.find(form);
  if (it == surface_by_form_.end() || surfaces_[it->second].kind != Surface::Kind::Entity)
    return std::nullopt;
  return surfaces_[it->second].entity;
}

}  // namespace kg::extract
