// RulePack loading: the default pack, errors that point at the bad value, and
// how a user's file adds to or replaces what is there.
#include "extract/rule_pack.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "base/errors.h"
#include "extract/gazetteer.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

const std::string kSource = "my/rules.json";

// The error add_rules throws for `json` on an empty pack.
FormatError error_of(std::string_view json) {
  RulePack pack;
  try {
    add_rules(pack, json, kSource);
  } catch (const FormatError& error) {
    return error;
  }
  ADD_FAILURE() << "accepted: " << json;
  return FormatError("", 0, 0, "");
}

const GazetteerEntry* entity_named(const RulePack& pack, std::string_view name) {
  auto it = std::find_if(pack.entities.begin(), pack.entities.end(),
                         [&](const GazetteerEntry& e) { return e.name == name; });
  return it == pack.entities.end() ? nullptr : &*it;
}

const RelationRule* rule_with_id(const RulePack& pack, std::string_view id) {
  auto it = std::find_if(pack.relations.begin(), pack.relations.end(),
                         [&](const RelationRule& r) { return r.id == id; });
  return it == pack.relations.end() ? nullptr : &*it;
}

bool has(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

TEST(RulePack, DefaultPackLoadsEveryFile) {
  const RulePack& pack = default_rule_pack();
  // Compiled in: every .json file below extract/rules/, by its relative path.
  const fs::path rules_dir = fs::path(KG_SOURCE_DIR) / "extract/rules";
  std::set<std::string> on_disk, compiled_in;
  for (const auto& entry : fs::recursive_directory_iterator(rules_dir)) {
    if (entry.path().extension() == ".json") on_disk.insert(fs::relative(entry.path(), rules_dir).string());
  }
  for (const auto& [name, json] : default_rule_files()) compiled_in.insert(name);
  EXPECT_EQ(compiled_in, on_disk);
  EXPECT_TRUE(on_disk.count("gazetteer/organizations.json")) << "looked in " << rules_dir;
  // Each gazetteer file gave entities, which keep the file they came from.
  std::set<std::string> origins;
  for (const GazetteerEntry& entry : pack.entities) origins.insert(entry.origin);
  for (const std::string& name : on_disk) {
    if (name.starts_with("gazetteer/")) {
      EXPECT_TRUE(origins.count("extract/rules/" + name)) << name;
    }
  }
  // A value of each other section, from its file.
  auto china = std::find_if(pack.countries.begin(), pack.countries.end(),
                            [](const CountryOverride& c) { return c.iso == "CN"; });
  ASSERT_NE(china, pack.countries.end()) << "countries.json";
  EXPECT_TRUE(has(china->aliases, "中方"));
  EXPECT_TRUE(has(pack.generic, "发展中国家")) << "generic.json";
  EXPECT_EQ(pack.contractions.abbreviations.at("欧"), "欧盟") << "contractions.json";
  EXPECT_TRUE(has(pack.patterns.initiative_suffixes, "倡议")) << "patterns.json";
  EXPECT_TRUE(has(pack.modifiers.negations, "未")) << "relations.json";
  EXPECT_TRUE(std::any_of(pack.references.years.begin(), pack.references.years.end(),
                          [](const YearReference& y) { return y.word == "次年" && y.offset == 1; }))
      << "references.json";
  EXPECT_EQ(pack.vocabulary_source, "extract/rules/regional_vocabulary.json");
  // Every relation type has a rule that states it.
  for (graph::RelationType type : graph::kAllRelationTypes) {
    const bool has_rule = std::any_of(pack.relations.begin(), pack.relations.end(),
                                      [&](const RelationRule& r) { return r.relation == type; });
    EXPECT_TRUE(has_rule) << graph::to_string(type);
  }
  // Entries keep the file they came from, for alias provenance.
  const GazetteerEntry* un = entity_named(pack, "联合国");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->type, graph::NodeType::Organization);
  EXPECT_EQ(un->origin.rfind("extract/rules/", 0), 0u) << un->origin;
}

TEST(RulePack, DefaultPackHasNoConflictingAliases) {
  Gazetteer gazetteer(default_rule_pack());
  EXPECT_TRUE(gazetteer.conflicts().empty()) << gazetteer.conflicts().front();
  EXPECT_GT(gazetteer.entity_count(), 200u);  // CLDR's countries and the pack's entities
}

// The bodies persons head are named by their canonical names: a relation to
// an implied holder (国家主席习近平, 秘书长古特雷斯) must meet the node the
// document's mention of that body makes.
TEST(RulePack, HeadsAndGovernmentOfNameACanonicalBody) {
  const RulePack& pack = default_rule_pack();
  Gazetteer gazetteer(pack);
  std::size_t checked = 0;
  for (const GazetteerEntry& entry : pack.entities) {
    for (const char* key : {"heads", "government_of"}) {
      auto it = entry.attributes.find(key);
      if (it == entry.attributes.end()) continue;
      ++checked;
      auto body = gazetteer.find(it->second);
      ASSERT_TRUE(body) << entry.name << " " << key << " " << it->second;
      EXPECT_EQ(gazetteer.entity(*body).name, it->second) << entry.name << ": not the canonical name";
      const graph::NodeType type = gazetteer.entity(*body).type;
      EXPECT_TRUE(type == graph::NodeType::Country || type == graph::NodeType::Organization) << entry.name;
    }
  }
  EXPECT_GT(checked, 40u);
}

// Every person, body, document and event the rules know has a name in
// English text too, so an English document's entities meet the same nodes as
// a Chinese one's (countries have theirs from CLDR).
TEST(RulePack, EveryKnownEntityHasAnEnglishName) {
  const RulePack& pack = default_rule_pack();
  for (const GazetteerEntry& entry : pack.entities) {
    if (entry.type == graph::NodeType::Country || entry.type == graph::NodeType::Year) continue;
    if (!entry.name.empty() && std::isalpha(static_cast<unsigned char>(entry.name.front()))) continue;
    const bool latin = std::any_of(entry.aliases.begin(), entry.aliases.end(), [](const std::string& alias) {
      return !alias.empty() && std::isalpha(static_cast<unsigned char>(alias.front()));
    });
    EXPECT_TRUE(latin || entry.attributes.count("en")) << entry.name << " has no English name";
  }
}

TEST(RulePack, DefaultPackKnowsCuratedCountryAliases) {
  Gazetteer gazetteer(default_rule_pack());
  auto china = gazetteer.find("中国");
  ASSERT_TRUE(china);
  EXPECT_EQ(gazetteer.entity(*china).type, graph::NodeType::Country);
  EXPECT_EQ(gazetteer.entity(*china).attributes.at("iso"), "CN");
  std::vector<PhraseMatcher::Match> matches;
  gazetteer.find_all("我国", matches);
  ASSERT_FALSE(matches.empty());
  EXPECT_EQ(gazetteer.surface(matches.front().value).entity, *china);
}

TEST(RulePack, UnknownKeyNamesFileAndPointer) {
  FormatError error = error_of(R"({"entities": [{"name": "甲", "type": "Country", "colour": "red"}]})");
  EXPECT_EQ(error.path(), kSource);
  EXPECT_NE(error.problem().find("/entities/0/colour"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("unknown key"), std::string::npos) << error.what();
  EXPECT_NE(std::string(error.what()).find(kSource), std::string::npos);
}

TEST(RulePack, UnknownTopLevelKeyNamesItsPointer) {
  FormatError error = error_of(R"({"entites": []})");
  EXPECT_EQ(error.path(), kSource);
  EXPECT_NE(error.problem().find("/entites"), std::string::npos) << error.what();
}

TEST(RulePack, UnknownPatternKeyNamesItsPointer) {
  FormatError error = error_of(R"({"patterns": {"organisation_suffixes": ["会"]}})");
  EXPECT_NE(error.problem().find("/patterns/organisation_suffixes"), std::string::npos) << error.what();
}

TEST(RulePack, WrongTypeNamesThePointer) {
  FormatError name = error_of(R"({"entities": [{"name": 3, "type": "Country"}]})");
  EXPECT_EQ(name.path(), kSource);
  EXPECT_NE(name.problem().find("/entities/0/name"), std::string::npos) << name.what();

  FormatError alias = error_of(R"({"entities": [{"name": "甲", "type": "Region", "aliases": ["乙", 7]}]})");
  EXPECT_NE(alias.problem().find("/entities/0/aliases/1"), std::string::npos) << alias.what();

  FormatError list = error_of(R"({"generic": "各国"})");
  EXPECT_NE(list.problem().find("/generic"), std::string::npos) << list.what();

  FormatError exclude = error_of(R"({"countries": [{"iso": "CN", "exclude": "yes"}]})");
  EXPECT_NE(exclude.problem().find("/countries/0/exclude"), std::string::npos) << exclude.what();

  // A word form for the empty word would write the other form into every name.
  FormatError empty = error_of(R"({"word_forms": {"": ["AI"]}})");
  EXPECT_NE(empty.problem().find("/word_forms"), std::string::npos) << empty.what();
  FormatError forms = error_of(R"({"word_forms": {"人工智能": "AI"}})");
  EXPECT_NE(forms.problem().find("/word_forms/人工智能"), std::string::npos) << forms.what();
}

// RFC 6901: a '/' in a key is "~1" and a '~' is "~0" in the pointer, so the
// pointer names one member (/abbreviations/AI/ML would be two levels down).
TEST(RulePack, PointerEscapesSlashAndTildeInKeys) {
  FormatError slash = error_of(R"({"abbreviations": {"AI/ML": 5}})");
  EXPECT_STREQ(slash.what(), "my/rules.json: at /abbreviations/AI~1ML: expected a non-empty string");

  FormatError tilde = error_of(R"({"entities": [{"name": "甲", "type": "Country", "a~b": 1}]})");
  EXPECT_NE(tilde.problem().find("at /entities/0/a~0b: unknown key"), std::string::npos) << tilde.what();
}

TEST(RulePack, UnknownNodeTypeNamesThePointer) {
  FormatError error = error_of(R"({"entities": [{"name": "甲", "type": "country"}]})");
  EXPECT_NE(error.problem().find("/entities/0/type"), std::string::npos) << error.what();
}

TEST(RulePack, UnknownRelationTypeNamesThePointer) {
  FormatError error = error_of(R"({"relations": [
      {"id": "ok", "relation": "SIGNED", "triggers": ["签"], "subject": ["Country"], "object": ["Initiative"]},
      {"id": "bad", "relation": "LIKES", "triggers": ["喜欢"], "subject": ["Country"], "object": ["Country"]}]})");
  EXPECT_EQ(error.path(), kSource);
  EXPECT_NE(error.problem().find("/relations/1/relation"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("LIKES"), std::string::npos) << error.what();
}

TEST(RulePack, UnknownFrameNamesThePointer) {
  FormatError error = error_of(R"({"relations": [{"id": "x", "relation": "SIGNED", "frame": "adverb",
      "triggers": ["签"], "subject": ["Country"], "object": ["Initiative"]}]})");
  EXPECT_NE(error.problem().find("/relations/0/frame"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("adverb"), std::string::npos) << error.what();
}

TEST(RulePack, ADescriptiveKindMustBeLowercaseWords) {
  FormatError error = error_of(R"({"english": {"descriptive_kinds": ["joint statement", "Action  Plan"]}})");
  EXPECT_NE(error.problem().find("/english/descriptive_kinds/1"), std::string::npos) << error.what();
}

TEST(RulePack, BadIsoCodeNamesThePointer) {
  for (std::string_view iso : {"cn", "CHN", "C1"}) {
    FormatError error = error_of(R"({"countries": [{"iso": "CN"}, {"iso": ")" + std::string(iso) + R"("}]})");
    EXPECT_EQ(error.path(), kSource);
    EXPECT_NE(error.problem().find("/countries/1/iso"), std::string::npos) << error.what();
  }
}

TEST(RulePack, MalformedJsonNamesLineAndColumn) {
  FormatError error = error_of("{\n  \"generic\": [\"各国\",\n  oops]\n}");
  EXPECT_EQ(error.path(), kSource);
  EXPECT_EQ(error.line(), 3u);
  EXPECT_EQ(error.column(), 3u);
  EXPECT_NE(std::string(error.what()).find("my/rules.json:3:3"), std::string::npos) << error.what();
}

TEST(RulePack, ColumnsCountCharactersNotBytes) {
  // "中国" is six bytes but two characters: the missing comma is at column
  // 19 (at byte 23).
  FormatError error = error_of("{\"generic\": [\"中国\" \"x\"]}");
  EXPECT_EQ(error.line(), 1u);
  EXPECT_EQ(error.column(), 19u);
}

TEST(RulePack, AcceptsCommentsAndTrailingCommas) {
  RulePack pack;
  add_rules(pack, "// my additions\n{\"generic\": [\"某某\", /* one more */ \"某类\",],}", kSource);
  EXPECT_EQ(pack.generic, (std::vector<std::string>{"某某", "某类"}));
}

TEST(RulePack, BadFileLeavesThePackUnchanged) {
  RulePack pack;
  add_rules(pack, R"({"entities": [{"name": "甲组织", "type": "Organization", "aliases": ["甲"]}],
                      "generic": ["各方"]})",
            "base.json");
  const std::size_t entities = pack.entities.size();
  // A good section before a bad one: neither may be applied.
  EXPECT_THROW(add_rules(pack, R"({"entities": [{"name": "甲组织", "type": "Organization", "aliases": ["乙"]},
                                                {"name": "丙组织", "type": "Organization"}],
                                   "generic": ["各界"],
                                   "relations": [{"id": "x", "relation": "NOPE", "triggers": ["t"],
                                                  "subject": [], "object": []}]})",
                         "bad.json"),
               FormatError);
  EXPECT_EQ(pack.entities.size(), entities);
  ASSERT_NE(entity_named(pack, "甲组织"), nullptr);
  EXPECT_EQ(entity_named(pack, "甲组织")->aliases, (std::vector<std::string>{"甲"}));
  EXPECT_EQ(entity_named(pack, "丙组织"), nullptr);
  EXPECT_EQ(pack.generic, (std::vector<std::string>{"各方"}));
  EXPECT_THROW(add_rules(pack, "{\"generic\": [", "truncated.json"), FormatError);
  EXPECT_EQ(pack.generic, (std::vector<std::string>{"各方"}));
}

TEST(RulePack, EntityWithAnExistingNameAndTypeReplacesIt) {
  RulePack pack = default_rule_pack();
  const std::size_t entities = pack.entities.size();
  add_rules(pack, R"({"entities": [{"name": "联合国", "type": "Organization", "aliases": ["联合国组织X"]}]})",
            "mine.json");
  EXPECT_EQ(pack.entities.size(), entities);
  const GazetteerEntry* un = entity_named(pack, "联合国");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->aliases, (std::vector<std::string>{"联合国组织X"}));
  EXPECT_EQ(un->origin, "mine.json");
}

TEST(RulePack, EntityWithTheSameNameButAnotherTypeIsAdded) {
  RulePack pack;
  add_rules(pack, R"({"entities": [{"name": "甲", "type": "Organization"}]})", "a.json");
  add_rules(pack, R"({"entities": [{"name": "甲", "type": "Initiative"}]})", "b.json");
  EXPECT_EQ(pack.entities.size(), 2u);
}

TEST(RulePack, RelationRuleWithAnExistingIdReplacesIt) {
  RulePack pack = default_rule_pack();
  const std::size_t rules = pack.relations.size();
  add_rules(pack, R"({"relations": [{"id": "signed", "relation": "SIGNED", "frame": "verb",
      "triggers": ["画押"], "subject": ["Country"], "object": ["Initiative"]}]})",
            "mine.json");
  EXPECT_EQ(pack.relations.size(), rules);
  const RelationRule* signed_rule = rule_with_id(pack, "signed");
  ASSERT_NE(signed_rule, nullptr);
  EXPECT_EQ(signed_rule->triggers, (std::vector<std::string>{"画押"}));
  EXPECT_EQ(signed_rule->origin, "mine.json");
  EXPECT_EQ(signed_rule->frame, Frame::Verb);
}

TEST(RulePack, RelationRuleWithANewIdIsAdded) {
  RulePack pack = default_rule_pack();
  const std::size_t rules = pack.relations.size();
  add_rules(pack, R"({"relations": [{"id": "mine.praises", "relation": "SUPPORTS", "frame": "verb",
      "triggers": ["称赞"], "subject": ["Country"], "object": ["Initiative"]}]})",
            "mine.json");
  EXPECT_EQ(pack.relations.size(), rules + 1);
  ASSERT_NE(rule_with_id(pack, "mine.praises"), nullptr);
  EXPECT_EQ(rule_with_id(pack, "mine.praises")->relation, graph::RelationType::Supports);
}

TEST(RulePack, CountryWithAnExistingIsoReplacesIt) {
  RulePack pack;
  add_rules(pack, R"({"countries": [{"iso": "CN", "aliases": ["甲"]}]})", "a.json");
  add_rules(pack, R"({"countries": [{"iso": "CN", "aliases": ["乙"], "type": "Region"}]})", "b.json");
  ASSERT_EQ(pack.countries.size(), 1u);
  EXPECT_EQ(pack.countries[0].aliases, (std::vector<std::string>{"乙"}));
  EXPECT_EQ(pack.countries[0].type, graph::NodeType::Region);
}

TEST(RulePack, ListsAreExtendedNotReplaced) {
  RulePack pack;
  add_rules(pack, R"({"generic": ["各方"], "modifiers": {"negations": ["未"]}})", "a.json");
  add_rules(pack, R"({"generic": ["各界"], "modifiers": {"negations": ["从未"]}})", "b.json");
  EXPECT_EQ(pack.generic, (std::vector<std::string>{"各方", "各界"}));
  EXPECT_EQ(pack.modifiers.negations, (std::vector<std::string>{"未", "从未"}));
}

TEST(RulePack, YearsCannotBeListedAsEntities) {
  FormatError error = error_of(R"({"entities": [{"name": "2020", "type": "Year"}]})");
  EXPECT_NE(error.problem().find("/entities/0/type"), std::string::npos) << error.what();
}

}  // namespace
}  // namespace kg::extract
