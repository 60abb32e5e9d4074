// Internal to the entity recognizer: what its recognizers (entity_recognizer.cpp
// and the files of extract/recognizers/) share -- the candidate they each add,
// the selection's result, and text helpers. Not for use outside them.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "extract/english_words.h"
#include "extract/entity_recognizer.h"
#include "extract/phrase_matcher.h"
#include "extract/rule_pack.h"
#include "extract/word_list.h"
#include "text/utf8.h"

namespace kg::extract {
namespace recognizers {

// Lower wins between candidates of the same span: a generic phrase or a
// contraction look-alike blocks, then a gazetteer name beats a pattern.
enum Priority : int {
  kBlocker = 0,
  kGazetteer = 1,
  kLearned = 2,
  kTitle = 3,
  kQuote = 4,
  kPattern = 5,
  kPerson = 6,
  kContraction = 7,
  kYear = 8,
};

inline constexpr std::string_view kOpenTitle = "《";
inline constexpr std::string_view kCloseTitle = "》";
inline constexpr std::string_view kOpenQuote = "“";
inline constexpr std::string_view kCloseQuote = "”";
inline constexpr std::string_view kDot = "·";
inline constexpr std::string_view kListComma = "、";
inline constexpr std::string_view kYearCharacter = "年";
inline constexpr std::size_t kMaxNameCharacters = 24;
// A document's name without title marks, 关于 to its kind: 关于人工智能和全球治理的联合声明.
inline constexpr std::size_t kMaxAboutCharacters = 40;

inline bool starts_with_at(std::string_view text, std::size_t at, std::string_view word) {
  return at <= text.size() && text.substr(at, word.size()) == word;
}

// The canonical form of a name: without quotes and title marks inside.
inline std::string strip_quotes(std::string_view text) {
  std::string out;
  std::size_t kept = 0;  // start of the run of characters not yet copied
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(text, i);
    if (c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'"' || c == U'《' || c == U'》') {
      out.append(text.substr(kept, start - kept));
      kept = i;
    }
  }
  return out.append(text.substr(kept));
}

inline std::u32string to_u32(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) out.push_back(utf8::next(text, i));
  return out;
}

// Characters a name may be made of, besides stop characters.
inline bool is_name_character(char32_t c) {
  return utf8::is_han(c) || utf8::is_ascii_alnum(c) || c == U'·' || c == U'—' || c == U'+' || c == U'“' ||
         c == U'”' || c == U'&';
}

inline bool ends_with_any(std::string_view text, const PhraseMatcher& words) {
  return words.ends_at(text, 0, text.size());
}

// A word list compiled for "does this text end (or start) with one of them?".
// The rule pack's loader rejects empty words, so no word matches everywhere.
inline PhraseMatcher word_set(std::initializer_list<const std::vector<std::string>*> lists) {
  PhraseMatcher words;
  for (const auto* list : lists) {
    for (const std::string& word : *list) words.add(word, 0);
  }
  words.build();
  return words;
}

inline bool is_date_unit(char32_t c) { return c == U'年' || c == U'月' || c == U'日'; }

// The length of the ordinal a name opens with (第二次, 第十届: 第, digits or
// numerals, a unit), or 0.
inline std::size_t ordinal_length(std::string_view name, const PatternRules& patterns) {
  constexpr std::size_t kMaxOrdinal = 15;  // bytes: 第 and a few numerals
  const std::string* prefix = opening_of(name, patterns.ordinal_prefixes);
  if (!prefix) return 0;
  std::size_t end = std::string_view::npos;
  for (const std::string& unit : patterns.edition_units) {
    const std::size_t at = name.find(unit, prefix->size());
    if (at != std::string_view::npos && at + unit.size() < end) end = at + unit.size();
  }
  return end <= kMaxOrdinal ? end : 0;
}

inline bool has_edition_or_year(std::string_view name, const PatternRules& patterns) {
  for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
    if (std::all_of(name.begin() + static_cast<std::ptrdiff_t>(i),
                    name.begin() + static_cast<std::ptrdiff_t>(i + 4), is_ascii_digit)) {
      return true;
    }
  }
  for (const std::string& first : patterns.first_editions) {
    if (name.find(first) != std::string_view::npos) return true;
  }
  for (const std::string& prefix : patterns.ordinal_prefixes) {
    const auto edition = name.find(prefix);
    if (edition == std::string_view::npos) continue;
    for (const std::string& unit : patterns.edition_units) {
      if (name.find(unit, edition) != std::string_view::npos) return true;
    }
  }
  return false;
}

// Past a date that begins [begin, end): a month or day (2024年10月, 7月21日,
// 年7月 where the year's digits were cut off), and the year with it.
inline std::size_t past_date(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t at = begin;
  auto digits_then = [&](std::size_t from, std::string_view unit) -> std::size_t {
    std::size_t i = from;
    while (i < end && utf8::is_ascii_digit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == from || i - from > 4 || text.substr(i, unit.size()) != unit) return from;
    return i + unit.size();
  };
  std::size_t after_year = digits_then(at, "年");
  if (after_year == at && text.substr(at, 3) == "年") after_year = at + 3;  // the year's digits cut off
  const std::size_t after_month = digits_then(after_year, "月");
  if (after_month == after_year) {
    // A stray 月 or 日 left of a cut: 月非盟….
    if (text.substr(at, 3) == "月" || text.substr(at, 3) == "日") return at + 3;
    return begin;
  }
  // (A date that is all the words before the name's kind leaves it none: 2024年8月|委员会.)
  return digits_then(after_month, "日");
}

// The name without a leading year or edition: 第78届联合国大会 -> 联合国大会.
inline std::string without_edition(std::string_view name, const PatternRules& patterns) {
  std::size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  if (digits == 4) {
    std::string_view rest = name.substr(4);
    if (rest.substr(0, 3) == "年") rest.remove_prefix(3);
    return std::string(rest);
  }
  return std::string(name.substr(ordinal_length(name, patterns)));
}

// An English word's possessive ending: the Code's, the members'.
inline bool possessive(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("’s") || word.ends_with("'") || word.ends_with("’");
}

// A word without its possessive ending: Code's -> Code.
inline std::string_view without_possessive(std::string_view word) {
  for (std::string_view ending : {"'s", "’s"}) {
    if (word.ends_with(ending) && word.size() > ending.size()) word.remove_suffix(ending.size());
  }
  return word;
}

// Whether `words` (a rule list) holds `word`.
inline bool lists(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace recognizers

// The English name recognizers' rule words, compiled once per pack (english_names.cpp, english_states.cpp).
struct EntityRecognizer::EnglishNames {
  explicit EnglishNames(const EnglishRules& rules) : rules(rules) {
    for (const std::string& title : rules.person_titles) person_titles.push_back(english_phrase(title));
    for (const std::string& opener : rules.byline_openers) byline_openers.push_back(english_phrase(opener));
    for (const std::string& agent : rules.person_agents) person_agents.push_back(english_phrase(agent));
    for (const std::string& word : rules.honorifics) honorifics.push_back(english_phrase(word));
    for (const std::string& role : rules.programme_roles) programme_roles.push_back(english_phrase(role));
    for (const std::string& role : rules.person_roles) person_roles.push_back(english_phrase(role));
    for (const std::string& verb : rules.person_verbs) person_verbs.push_back(english_phrase(verb));
    connectors.insert(rules.name_connectors.begin(), rules.name_connectors.end());
    particles.insert(rules.name_particles.begin(), rules.name_particles.end());
    possessive_words.insert(rules.possessive_name_words.begin(), rules.possessive_name_words.end());
    not_starts.insert(rules.not_name_starts.begin(), rules.not_name_starts.end());
    opening_kinds.insert(rules.opening_kinds.begin(), rules.opening_kinds.end());
    topic_connectors.insert(rules.topic_connectors.begin(), rules.topic_connectors.end());
    place_openers.insert(rules.place_openers.begin(), rules.place_openers.end());
  }
  const EnglishRules& rules;
  std::vector<std::vector<std::string>> person_titles;
  std::vector<std::vector<std::string>> byline_openers;
  std::vector<std::vector<std::string>> person_agents;
  std::vector<std::vector<std::string>> honorifics;       // Shri, Dr.: between a title and the name
  std::vector<std::vector<std::string>> programme_roles;  // Moderator, Rapporteur: before a colon
  std::vector<std::vector<std::string>> person_roles, person_verbs;  // as words: co-rapporteurs, co-chaired
  std::set<std::string, std::less<>> connectors, particles, not_starts, opening_kinds, topic_connectors,
      place_openers, possessive_words;
  std::map<std::string, std::uint32_t, std::less<>> summit_places;  // Seoul -> the AI Seoul Summit
  // Known names' heads before a topic (Group of Governmental Experts, of … on Advancing …): a known name
  // that is none of these ends before on, against or for (the European Union on AI is the European Union).
  std::set<std::string, std::less<>> topic_heads;
};

// Most candidates lose to a longer one: what a candidate names is kept in
// this light form, and made into Mentions (strings, attributes) only for the
// candidates select() keeps.
struct EntityRecognizer::Candidate {
  static constexpr std::size_t kMaxMembers = 4;  // of a contraction

  Span span;
  int priority = recognizers::kGazetteer;
  bool container = false;              // keeps the mentions inside it, as nested
  bool blocker = false;                // wins its span but names nothing itself
  bool needs_container_start = false;  // only valid as the first word of a longer name
  // What it names: gazetteer entities (one, or a contraction's members), or
  // else one name found by its shape; neither for a blocker.
  std::array<std::uint32_t, kMaxMembers> entities{};
  std::uint8_t entity_count = 0;
  graph::NodeType type = graph::NodeType::Organization;  // of a name by shape
  std::string name;                                      // of a name by shape
  std::string_view origin;                               // a literal, or the gazetteer's Surface::origin
  bool weak = false;                                     // see Mention::weak

  std::size_t member_count() const { return entity_count != 0 ? entity_count : name.empty() ? 0 : 1; }
  bool contraction() const { return priority == recognizers::kContraction; }

  void name_entity(std::uint32_t entity, std::string_view from) {
    entities[0] = entity;
    entity_count = 1;
    name.clear();
    origin = from;
  }
  void name_by_shape(graph::NodeType as, std::string shaped_name, std::string_view from) {
    entity_count = 0;
    type = as;
    name = std::move(shaped_name);
    origin = from;
  }
};

// One member of a candidate that select() keeps, before it is made a Mention.
struct EntityRecognizer::Selected {
  const Candidate* candidate;
  std::uint8_t member;
  bool nested;
};

}  // namespace kg::extract
