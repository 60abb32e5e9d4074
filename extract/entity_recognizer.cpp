// Entity recognition: candidates from every recognizer, then the longest
// non-overlapping ones win, with pattern-built names keeping what they contain.
#include "extract/entity_recognizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <span>
#include <stdexcept>
#include <tuple>

#include "base/strings.h"
#include "extract/word_list.h"
#include "extract/years.h"
#include "text/utf8.h"

namespace kg::extract {
namespace {

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

constexpr std::string_view kOpenTitle = "《";
constexpr std::string_view kCloseTitle = "》";
constexpr std::string_view kOpenQuote = "“";
constexpr std::string_view kCloseQuote = "”";
constexpr std::string_view kDot = "·";
constexpr std::string_view kListComma = "、";
constexpr std::string_view kYearCharacter = "年";
constexpr std::size_t kMaxNameCharacters = 24;
// A document's name without title marks, 关于 to its kind: 关于人工智能和全球治理的联合声明.
constexpr std::size_t kMaxAboutCharacters = 40;

bool starts_with_at(std::string_view text, std::size_t at, std::string_view word) {
  return at <= text.size() && text.substr(at, word.size()) == word;
}

// The canonical form of a name: without quotes and title marks inside.
std::string strip_quotes(std::string_view text) {
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

std::u32string to_u32(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) out.push_back(utf8::next(text, i));
  return out;
}

// Characters a name may be made of, besides stop characters.
bool is_name_character(char32_t c) {
  return utf8::is_han(c) || utf8::is_ascii_alnum(c) || c == U'·' || c == U'—' || c == U'+' || c == U'“' ||
         c == U'”' || c == U'&';
}

bool ends_with_any(std::string_view text, const PhraseMatcher& words) {
  return words.ends_at(text, 0, text.size());
}

// A word list compiled for "does this text end (or start) with one of them?".
// The rule pack's loader rejects empty words, so no word matches everywhere.
PhraseMatcher word_set(std::initializer_list<const std::vector<std::string>*> lists) {
  PhraseMatcher words;
  for (const auto* list : lists) {
    for (const std::string& word : *list) words.add(word, 0);
  }
  words.build();
  return words;
}

bool is_date_unit(char32_t c) { return c == U'年' || c == U'月' || c == U'日'; }

// The length of the ordinal a name opens with (第二次, 第十届: 第, digits or
// numerals, a unit), or 0.
std::size_t ordinal_length(std::string_view name, const PatternRules& patterns) {
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

bool has_edition_or_year(std::string_view name, const PatternRules& patterns) {
  for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
    if (std::all_of(name.begin() + static_cast<std::ptrdiff_t>(i),
                    name.begin() + static_cast<std::ptrdiff_t>(i + 4),
                    [](char c) { return c >= '0' && c <= '9'; })) {
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
std::size_t past_date(std::string_view text, std::size_t begin, std::size_t end) {
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
  at = digits_then(after_month, "日");
  return at < end ? at : begin;
}

// The name without a leading year or edition: 第78届联合国大会 -> 联合国大会.
std::string without_edition(std::string_view name, const PatternRules& patterns) {
  std::size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  if (digits == 4) {
    std::string_view rest = name.substr(4);
    if (rest.substr(0, 3) == "年") rest.remove_prefix(3);
    return std::string(rest);
  }
  return std::string(name.substr(ordinal_length(name, patterns)));
}

}  // namespace

// Most candidates lose to a longer one: what a candidate names is kept in
// this light form, and made into Mentions (strings, attributes) only for the
// candidates select() keeps.
struct EntityRecognizer::Candidate {
  static constexpr std::size_t kMaxMembers = 4;  // of a contraction

  Span span;
  int priority = kGazetteer;
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
  bool contraction() const { return priority == kContraction; }

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

EntityRecognizer::EntityRecognizer(const RulePack& pack, const Gazetteer& gazetteer,
                                   const std::vector<PhraseList>& passengers)
    : pack_(pack),
      gazetteer_(gazetteer),
      passenger_lists_(passengers.size()),
      edition_words_(pack.patterns.edition_words),
      name_qualifiers_(pack.patterns.name_qualifiers),
      name_joiners_(pack.patterns.name_joiners) {
  if (passengers.size() > kMaxPassengerLists) throw std::invalid_argument("too many passenger word lists");
  const PatternRules& p = pack.patterns;
  gazetteer.add_forms_to(sentence_phrases_);
  suffix_base_ = static_cast<std::uint32_t>(gazetteer.surface_count());
  auto add_suffixes = [this](const std::vector<std::string>& words, SuffixKind kind) {
    for (const std::string& word : words) {
      sentence_phrases_.add(word, suffix_base_ + static_cast<std::uint32_t>(suffix_entries_.size()));
      suffix_entries_.emplace_back(kind, word);
    }
  };
  add_suffixes(p.organization_suffixes, SuffixKind::Organization);
  add_suffixes(p.anchored_organization_suffixes, SuffixKind::Organization);
  add_suffixes(p.event_suffixes, SuffixKind::Event);
  add_suffixes(p.anchored_initiative_suffixes, SuffixKind::Initiative);
  title_base_ = suffix_base_ + static_cast<std::uint32_t>(suffix_entries_.size());
  for (std::size_t i = 0; i < p.person_titles.size(); ++i) {
    titles_.add(p.person_titles[i], static_cast<std::uint32_t>(i));
    sentence_phrases_.add(p.person_titles[i], title_base_ + static_cast<std::uint32_t>(i));
  }
  titles_.build();
  // Words that cue a recognizer here (对|华, 关于…的…, 第…号…): found in the same pass.
  cue_base_ = title_base_ + static_cast<std::uint32_t>(p.person_titles.size());
  auto add_cues = [this](const std::vector<std::string>& words, Cue cue) {
    for (const std::string& word : words) {
      sentence_phrases_.add(word, cue_base_ + static_cast<std::uint32_t>(cues_.size()));
      cues_.push_back(cue);
    }
  };
  add_cues(pack.contractions.single_after, Cue::SingleAfter);
  add_cues(p.about_openers, Cue::About);
  add_cues(p.ordinal_prefixes, Cue::Numbered);
  // Each list by value, so that its matches come in the order its own matcher gives them.
  passenger_base_ = cue_base_ + static_cast<std::uint32_t>(cues_.size());
  for (std::size_t list = 0; list < passengers.size(); ++list) {
    PhraseList words = passengers[list];
    std::stable_sort(words.begin(), words.end(),
                     [](const auto& a, const auto& b) { return a.second < b.second; });
    for (const auto& [word, value] : words) {
      sentence_phrases_.add(word, passenger_base_ + static_cast<std::uint32_t>(passengers_.size()));
      passengers_.emplace_back(static_cast<std::uint32_t>(list), value);
    }
  }
  sentence_phrases_.build();
  for (std::size_t i = 0; i < p.name_stop_words.size(); ++i) {
    stop_words_.add(p.name_stop_words[i], static_cast<std::uint32_t>(i));
    std::size_t last = p.name_stop_words[i].size();
    if (last > 0) stop_word_endings_.add(utf8::previous(p.name_stop_words[i], last));
  }
  stop_words_.build();
  for (std::size_t i = 0; i < p.name_words.size(); ++i) {
    name_words_.add(p.name_words[i], static_cast<std::uint32_t>(i));
    std::size_t last = p.name_words[i].size();
    if (last > 0) name_word_endings_.add(utf8::previous(p.name_words[i], last));
  }
  name_words_.build();
  for (const std::string& c : p.name_stop_characters) stop_characters_.add(c);
  transliteration_ = utf8::CharacterSet(p.transliteration_characters);
  for (const auto& [abbreviation, name] : pack.contractions.abbreviations) {
    const std::u32string character = to_u32(abbreviation);
    if (character.size() == 1 && abbreviations_.emplace(character[0], &name).second &&
        character[0] < 0x10000) {
      abbreviation_characters_.set(character[0]);
    }
  }
  surnames_ = utf8::CharacterSet(p.surnames);
  event_suffix_words_ = word_set({&p.event_suffixes});
  organization_suffix_words_ = word_set({&p.organization_suffixes, &p.anchored_organization_suffixes});
  plain_organization_suffix_words_ = word_set({&p.organization_suffixes});
  initiative_suffix_words_ = word_set({&p.initiative_suffixes});
  title_document_words_ = word_set({&p.initiative_suffixes, &p.title_document_suffixes});
  title_exclusion_words_ = word_set({&p.title_exclusions});
  body_heads_ = word_set({&p.body_heads});
  category_words_ = word_set({&p.category_words});
  suffix_exclusion_words_ = word_set({&p.suffix_exclusions});
}

const std::string* EntityRecognizer::find_abbreviation(char32_t c) const {
  auto it = abbreviations_.find(c);
  return it == abbreviations_.end() ? nullptr : it->second;
}

bool EntityRecognizer::is_stop_character(char32_t c) const { return stop_characters_.contains(c); }

std::size_t EntityRecognizer::name_word_ending_at(std::string_view text, std::size_t floor,
                                                  std::size_t end) const {
  return name_words_.shortest_ending_at(text, floor, end);
}

// Whether a session's name names its parties: a known name in it, or a
// contraction right after its edition (第二次|中欧…对话).
bool EntityRecognizer::names_parties_after_edition(std::string_view text, std::size_t begin, std::size_t end,
                                                   bool known_inside) const {
  if (known_inside) return true;
  std::size_t at = begin;
  for (const std::string& ordinal : pack_.patterns.edition_words) {
    if (starts_with_at(text, at, ordinal)) at += ordinal.size();
  }
  at += ordinal_length(text.substr(at, end - at), pack_.patterns);  // 第二次, 第十届
  return starts_with_contraction(text, at, end);
}

bool EntityRecognizer::starts_with_contraction(std::string_view text, std::size_t at, std::size_t end) const {
  std::size_t i = at;
  for (int n = 0; n < 2; ++n) {
    if (i >= end || !abbreviation_of(utf8::next(text, i))) return false;
  }
  return true;
}

void EntityRecognizer::known_names(Span sentence, const std::vector<PhraseMatcher::Match>& matches,
                                   std::vector<Span>& known) const {
  known.clear();
  for (const auto& m : matches) {
    const Surface& surface = gazetteer_.surface(m.value);
    // A person is no part of an organization's or event's name (习近平|致…大会).
    if (surface.kind == Surface::Kind::Entity &&
        gazetteer_.entity(surface.entity).type != graph::NodeType::Person) {
      known.push_back({sentence.begin + m.begin, sentence.begin + m.end});
    }
  }
}

bool EntityRecognizer::ends_with_stop_word(std::string_view text, std::size_t begin, std::size_t end) const {
  return stop_words_.ends_at(text, begin, end);
}

// Where a name ending at `from` may begin: left over name characters until a
// stop character, punctuation, a stop word or the length limit.
std::size_t EntityRecognizer::extend_name_left(std::string_view text, Span sentence, std::size_t from,
                                               const std::vector<Span>& known) const {
  std::size_t begin = from;
  std::size_t characters = 0;
  while (begin > sentence.begin && characters < kMaxNameCharacters) {
    // A known name is taken whole, whatever characters it has: 中国, 上合组织.
    auto whole = std::find_if(known.begin(), known.end(), [&](const Span& k) { return k.end == begin; });
    if (whole != known.end()) {
      characters += utf8::length(text.substr(whole->begin, whole->end - whole->begin));
      begin = whole->begin;
      // Two known names joined (中国与|阿拉伯国家联盟秘书处): the name starts at the second.
      if (const std::string* joiner =
              name_joiners_.ending_of(text.substr(sentence.begin, begin - sentence.begin));
          joiner != nullptr && std::any_of(known.begin(), known.end(),
                                           [&](const Span& k) { return k.end == begin - joiner->size(); })) {
        break;
      }
      continue;
    }
    // An ordinal right before the name's suffix belongs to it: …对话|首次|会议.
    if (begin == from) {
      if (const std::string* ordinal =
              edition_words_.ending_of(text.substr(sentence.begin, begin - sentence.begin))) {
        begin -= ordinal->size();
        characters += utf8::length(*ordinal);
        continue;
      }
    }
    std::size_t previous = begin;
    const char32_t c = utf8::previous(text, previous);
    // A word names hold whole though it has a function word's character: 协同, 和平.
    if (name_word_endings_.contains(c)) {
      if (const std::size_t word_begin = name_word_ending_at(text, sentence.begin, begin);
          word_begin != begin) {
        characters += utf8::length(text.substr(word_begin, begin - word_begin));
        begin = word_begin;
        continue;
      }
    }
    if (!is_name_character(c) || is_stop_character(c)) break;
    if (c == U'—' && utf8::before(text, previous) == U'—') break;  // —— is a dash between phrases
    if (c == U'“' && from > previous &&
        text.substr(previous, from - previous).find(kCloseQuote) == std::string_view::npos) {
      break;  // an opening quote whose closing one is not in the name starts no part of it
    }
    if (stop_word_endings_.contains(c) &&
        ends_with_stop_word(text, std::max(sentence.begin, previous >= 24 ? previous - 24 : 0), begin)) {
      break;
    }
    begin = previous;
    ++characters;
  }
  // Digits before a name are a footnote mark (⑤ -> 5), unless they are a
  // year the name begins with (2023年…峰会, 2023中国·…博览会). A date is
  // no part of a name: 2024年10月|喀山峰会, 7月|非盟执行理事会.
  begin = past_date(text, begin, from);
  {
    std::size_t digits = begin;
    while (digits < from && utf8::is_ascii_digit(static_cast<unsigned char>(text[digits]))) ++digits;
    const bool year = digits - begin == 4 && digits < from && (utf8::is_han(utf8::at(text, digits)));
    if (digits > begin && !year) begin = digits;
  }
  // A name never starts with a qualifier (这, 该, 各, 相关 …) or a closing quote.
  bool trimmed = true;
  while (trimmed && begin < from) {
    trimmed = false;
    const std::string* qualifier = name_qualifiers_.opening_of(text.substr(begin, from - begin));
    if (qualifier != nullptr && begin + qualifier->size() < from) {
      begin += qualifier->size();
      trimmed = true;
    }
    if (starts_with_at(text, begin, kCloseQuote)) {
      begin += kCloseQuote.size();
      trimmed = true;
    }
  }
  return begin;
}

// True where a name may end or begin at `at`: the sentence's edge,
// punctuation, a stop character or the start of a stop word.
bool EntityRecognizer::is_boundary_at(std::string_view text, Span sentence, std::size_t at,
                                      bool after_postpositions) const {
  if (at <= sentence.begin || at >= sentence.end) return true;
  const char32_t c = utf8::at(text, at);
  if (!utf8::is_han(c) || is_stop_character(c)) return true;
  const std::string_view ahead = text.substr(at, std::min<std::size_t>(24, sentence.end - at));
  const std::size_t limit = at + ahead.size();
  if (stop_words_.starts_at(text, at, limit) || titles_.starts_at(text, at, limit))
    return true;  // 研究中心|主任
  return after_postpositions &&
         std::any_of(pack_.patterns.postpositions.begin(), pack_.patterns.postpositions.end(),
                     [&](const std::string& word) { return ahead.substr(0, word.size()) == word; });
}

graph::NodeType EntityRecognizer::type_of(const Candidate& candidate, std::size_t member) const {
  return candidate.entity_count != 0 ? gazetteer_.entity(candidate.entities[member]).type : candidate.type;
}

std::string_view EntityRecognizer::name_of(const Candidate& candidate, std::size_t member) const {
  return candidate.entity_count != 0 ? gazetteer_.entity(candidate.entities[member]).name : candidate.name;
}

Mention EntityRecognizer::make_mention(std::string_view text, const Selected& selected) const {
  const Candidate& candidate = *selected.candidate;
  Mention mention;
  mention.span = candidate.span;
  mention.surface = std::string(text.substr(candidate.span.begin, candidate.span.end - candidate.span.begin));
  mention.origin = std::string(candidate.origin);
  if (candidate.entity_count != 0) {
    const KnownEntity& known = gazetteer_.entity(candidate.entities[selected.member]);
    mention.type = known.type;
    mention.name = known.name;
    mention.attributes = &known.attributes;
  } else {
    mention.type = candidate.type;
    mention.name = candidate.name;
  }
  mention.nested = selected.nested;
  mention.weak = candidate.weak;
  mention.contraction = candidate.contraction();
  return mention;
}

bool EntityRecognizer::headed_as_body(std::string_view text, Span sentence, std::size_t end) const {
  return body_heads_.starts_at(text, end, sentence.end);
}

std::optional<graph::NodeType> EntityRecognizer::kind_of_name(std::string_view name, bool has_edition) const {
  const bool event = ends_with_any(name, event_suffix_words_);
  bool organization = ends_with_any(name, organization_suffix_words_);
  // A word that common in plain phrases (机制, 中心) names a body only after
  // a few characters of its own: “常设机制” is none.
  if (organization && !ends_with_any(name, plain_organization_suffix_words_)) {
    for (const std::string& suffix : pack_.patterns.anchored_organization_suffixes) {
      if (ends_with(name, suffix) && utf8::length(name.substr(0, name.size() - suffix.size())) < 3)
        organization = false;
    }
  }
  if (event && (has_edition || !organization)) return graph::NodeType::Event;
  if (organization) return graph::NodeType::Organization;
  if (ends_with_any(name, initiative_suffix_words_) && !ends_with_any(name, title_exclusion_words_)) {
    return graph::NodeType::Initiative;
  }
  return std::nullopt;
}

void EntityRecognizer::add_gazetteer(std::string_view text, Span sentence,
                                     const std::vector<PhraseMatcher::Match>& matches,
                                     std::vector<Candidate>& out) const {
  out.reserve(out.size() + matches.size());
  for (const auto& match : matches) {
    const Span span{sentence.begin + match.begin, sentence.begin + match.end};
    // A Latin-script form is a whole word: ISO is not in ISOLATE.
    if (utf8::is_ascii_alnum(utf8::at(text, span.begin)) && span.begin > sentence.begin &&
        utf8::is_ascii_alnum(utf8::before(text, span.begin))) {
      continue;
    }
    if (utf8::is_ascii_alnum(utf8::before(text, span.end)) && span.end < sentence.end &&
        utf8::is_ascii_alnum(utf8::at(text, span.end))) {
      continue;
    }
    const Surface& surface = gazetteer_.surface(match.value);
    Candidate candidate;
    candidate.span = span;
    if (surface.kind != Surface::Kind::Entity) {
      candidate.priority = kBlocker;
      candidate.blocker = true;
    } else {
      candidate.priority = kGazetteer;
      candidate.name_entity(surface.entity, surface.origin);
      // Names of bodies, programmes and events may contain other names
      // (中俄…磋商机制, 联合国教科文组织); a country's or region's do not count
      // (白俄罗斯 is no mention of 俄罗斯).
      const graph::NodeType type = gazetteer_.entity(surface.entity).type;
      candidate.container = type == graph::NodeType::Initiative || type == graph::NodeType::Event ||
                            type == graph::NodeType::Organization;
      // A person known by the family name, written in full: 奥德蕾·|阿祖莱. A
      // full name other than the one known is someone else (梅琳达·盖茨 is not 比尔·盖茨).
      if (type == graph::NodeType::Person) {
        candidate.span.begin = given_names_before(text, sentence, span.begin);
        const std::string_view known = gazetteer_.entity(surface.entity).name;
        const std::string_view written = text.substr(candidate.span.begin, span.end - candidate.span.begin);
        if (candidate.span.begin != span.begin && known.find("·") != std::string_view::npos &&
            known != written) {
          candidate.name_by_shape(graph::NodeType::Person, std::string(written), "text");
        }
      }
    }
    out.push_back(std::move(candidate));
  }
}

// Where the given names of a transliterated name end at `at` begin: runs of
// transliteration characters, each followed by ·, or `at` if there are none.
std::size_t EntityRecognizer::given_names_before(std::string_view text, Span sentence, std::size_t at) const {
  constexpr std::size_t kMaxGivenName = 6;  // characters of one given name
  std::size_t begin = at;
  while (begin > sentence.begin && utf8::before(text, begin) == U'·') {
    std::size_t run = begin;
    utf8::previous(text, run);  // the dot
    std::size_t characters = 0;
    // (Not into a title before the name: 总理|米·弗·米舒斯京.)
    while (run > sentence.begin && characters <= kMaxGivenName &&
           transliteration_.contains(utf8::before(text, run)) &&
           !titles_.ends_at(text, sentence.begin, run)) {
      utf8::previous(text, run);
      ++characters;
    }
    if (characters == 0 || characters > kMaxGivenName) break;
    begin = run;
  }
  return begin;
}

bool EntityRecognizer::contains_alias(std::string_view text, Span sentence,
                                      const LearnedAliases& learned) const {
  const std::string_view body = text.substr(0, sentence.end);
  return std::any_of(learned.begin(), learned.end(), [&](const LearnedAlias& alias) {
    return body.find(alias.alias, sentence.begin) != std::string_view::npos;
  });
}

void EntityRecognizer::add_learned(std::string_view text, Span sentence, const LearnedAliases& learned,
                                   std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  for (const LearnedAlias& alias : learned) {
    for (std::size_t at = body.find(alias.alias, sentence.begin); at != std::string_view::npos;
         at = body.find(alias.alias, at + alias.alias.size())) {
      Candidate candidate;
      candidate.span = {at, at + alias.alias.size()};
      candidate.priority = kLearned;
      // The known entity of that name and type is the same mention, with its attributes.
      if (auto known = gazetteer_.find(alias.name); known && gazetteer_.entity(*known).type == alias.type) {
        candidate.name_entity(*known, "defined");
      } else {
        candidate.name_by_shape(alias.type, alias.name, "defined");
      }
      out.push_back(std::move(candidate));
    }
  }
}

void EntityRecognizer::add_titles(std::string_view text, Span sentence, std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  for (std::size_t open = body.find(kOpenTitle, sentence.begin); open != std::string_view::npos;
       open = body.find(kOpenTitle, open + kOpenTitle.size())) {
    const std::size_t inner = open + kOpenTitle.size();
    const std::size_t close = body.find(kCloseTitle, inner);
    if (close == std::string_view::npos) break;
    if (body.substr(inner, close - inner).find(kOpenTitle) != std::string_view::npos) continue;
    std::string name = strip_quotes(body.substr(inner, close - inner));
    if (name.empty() || utf8::length(name) > 60) continue;
    Candidate candidate;
    candidate.span = {open, close + kCloseTitle.size()};
    candidate.priority = kTitle;
    candidate.container = true;
    if (auto known = gazetteer_.find(name)) {
      candidate.name_entity(*known, "rules");
    } else if (name.find("——") != std::string::npos) {
      candidate.blocker = true;  // a theme with a subtitle, not a document's name
    } else if (ends_with_any(name, title_document_words_) && !ends_with_any(name, title_exclusion_words_)) {
      candidate.name_by_shape(graph::NodeType::Initiative, std::move(name), "text");
    } else {
      candidate.blocker = true;  // a periodical or a speech: only what it contains counts
    }
    out.push_back(std::move(candidate));
  }
}

void EntityRecognizer::add_quotes(std::string_view text, Span sentence, const std::vector<Span>& known,
                                  std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  const PatternRules& patterns = pack_.patterns;
  for (std::size_t open = body.find(kOpenQuote, sentence.begin); open != std::string_view::npos;
       open = body.find(kOpenQuote, open + kOpenQuote.size())) {
    const std::size_t inner = open + kOpenQuote.size();
    const std::size_t close = body.find(kCloseQuote, inner);
    if (close == std::string_view::npos) break;
    const std::string_view quoted = body.substr(inner, close - inner);
    if (quoted.empty() || quoted.find(kOpenQuote) != std::string_view::npos || utf8::length(quoted) > 40) {
      continue;
    }
    const std::size_t after = close + kCloseQuote.size();
    const std::string inner_name = strip_quotes(quoted);
    // 全名(以下简称“简称”): the short form is an alias of the full name (learned).
    const std::string_view lead = body.substr(sentence.begin, open - sentence.begin);
    if (ending_of(lead, pack_.patterns.alias_markers) ||
        (ends_with(lead, ":") && ending_of(lead.substr(0, lead.size() - 1), pack_.patterns.alias_markers))) {
      continue;
    }

    // The words right after the quote, up to a stop: “数字丝绸之路”合作谅解备忘录.
    std::size_t limit = after;
    for (int n = 0; n < 12 && limit < sentence.end; ++n) {
      std::size_t next = limit;
      const char32_t c = utf8::next(body, next);
      if (!is_name_character(c) || c == U'“' || c == U'—' || is_stop_character(c)) break;
      if (n > 0 && is_boundary_at(text, sentence, limit, false)) break;  // 线上研讨会: 上 inside a word
      limit = next;
    }
    // The longest stretch of them that ends in a kind word.
    std::size_t tail_end = after;
    std::optional<graph::NodeType> tail_type;
    bool category = false;
    for (std::size_t end = limit; end > after; utf8::previous(body, end)) {
      const std::string_view tail = body.substr(after, end - after);
      if (ends_with_any(tail, category_words_)) {
        tail_end = end;
        category = true;
        break;
      }
      if (auto type = kind_of_name(tail, false)) {
        tail_end = end;
        tail_type = type;
        break;
      }
    }

    Candidate candidate;
    candidate.priority = kQuote;
    candidate.container = true;
    std::size_t begin = open;
    const bool programme_before =
        std::any_of(patterns.category_before_quote.begin(), patterns.category_before_quote.end(),
                    [&](const std::string& word) {
                      return ends_with(body.substr(sentence.begin, open - sentence.begin), word);
                    });

    if (category) {
      // “万村通”项目, “人工智能+”跨境示范项目: the quote is the name, the rest its kind.
      if (auto entity = gazetteer_.find_form(inner_name)) {
        candidate.name_entity(*entity, "rules");
      } else {
        candidate.name_by_shape(graph::NodeType::Initiative, inner_name, "text");
      }
    } else if (tail_type) {
      std::string name = inner_name + strip_quotes(body.substr(after, tail_end - after));
      graph::NodeType type = *tail_type;
      if (type != graph::NodeType::Initiative) {
        // A year or a known name just before belongs to the name:
        // 2023年世界互联网大会“互联网之光”博览会, 巴基斯坦“读懂中国”论坛.
        begin = extend_name_left(text, sentence, open, known);
        name = strip_quotes(body.substr(begin, tail_end - begin));
        if (auto refined = kind_of_name(name, has_edition_or_year(name, pack_.patterns))) type = *refined;
        if (type == graph::NodeType::Event && !has_edition_or_year(name, pack_.patterns) &&
            headed_as_body(text, sentence, tail_end)) {
          type = graph::NodeType::Organization;
        }
      }
      candidate.name_by_shape(type, std::move(name), "text");
    } else if (auto entity = gazetteer_.find_form(inner_name)) {
      candidate.name_entity(*entity, "rules");
      tail_end = after;
    } else if (auto type = kind_of_name(inner_name, has_edition_or_year(inner_name, pack_.patterns))) {
      candidate.name_by_shape(*type, inner_name, "text");
      tail_end = after;
    } else {
      tail_end = after;
      // A quoted phrase is a name only where something marks it as one: a
      // programme word before it, or a relation taking it whole (发起“中文联盟”,
      // decided later). Followed by more words it is a modifier: “低资料”语言.
      const bool followed_by_words = after < sentence.end && utf8::is_han(utf8::at(body, after)) &&
                                     !is_boundary_at(text, sentence, after);
      if (followed_by_words) {
        candidate.blocker = true;  // contains what it contains, names nothing
        if (inner_name.empty()) continue;
      } else {
        candidate.name_by_shape(graph::NodeType::Initiative, inner_name, "text");
        candidate.weak = !programme_before;
      }
    }
    if (!candidate.blocker && candidate.member_count() == 0)
      continue;  // nothing left once marks are stripped
    candidate.span = {begin, tail_end};
    out.push_back(std::move(candidate));
  }
}

bool EntityRecognizer::in_event_context(std::string_view text, Span sentence, std::size_t begin,
                                        std::size_t end) const {
  const PatternRules& p = pack_.patterns;
  std::string_view before = text.substr(sentence.begin, begin - sentence.begin);
  // (Past a qualifier the name does not hold: 举办|两期|…研讨班.)
  if (const std::string* qualifier = name_qualifiers_.ending_of(before))
    before.remove_suffix(qualifier->size());
  auto after_event_verb = [&] {
    return std::any_of(p.event_verbs.begin(), p.event_verbs.end(),
                       [&](const std::string& verb) { return ends_with(before, verb); });
  };
  if (after_event_verb()) return true;
  // …主办的|高级别会议: the head of a relative clause whose verb events take.
  if (const std::string* of = ending_of(before, pack_.modifiers.relative_particles)) {
    before.remove_suffix(of->size());
    if (after_event_verb()) return true;
  }
  // 在…举行: the event is held somewhere, in the same clause.
  std::string_view after = text.substr(end, sentence.end - end);
  if (!opening_of(after, pack_.modifiers.venue_openers)) return false;
  for (std::size_t i = 0; i < after.size() && i < std::size_t{3} * 16;) {
    const std::size_t at = i;
    const char32_t c = utf8::next(after, i);
    if (c == U',' || c == U';' || c == U'。') break;
    if (std::any_of(p.event_held_verbs.begin(), p.event_held_verbs.end(),
                    [&](const std::string& verb) { return starts_with_at(after, at, verb); })) {
      return true;
    }
  }
  return false;
}

std::optional<std::uint32_t> EntityRecognizer::government_of(std::string_view ruler) const {
  // 美国新一届|政府: qualifiers of the government, not of its country.
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const std::string& qualifier : pack_.patterns.government_qualifiers) {
      if (ends_with(ruler, qualifier) && ruler.size() > qualifier.size()) {
        ruler.remove_suffix(qualifier.size());
        trimmed = true;
      }
    }
  }
  auto known = gazetteer_.find_form(ruler);
  if (!known) return std::nullopt;
  const KnownEntity& entity = gazetteer_.entity(*known);
  if (entity.type == graph::NodeType::Country) return known;
  // 拜登政府: a head of government the gazetteer knows the country of.
  if (auto it = entity.attributes.find("government_of"); it != entity.attributes.end()) {
    if (auto country = gazetteer_.find_form(it->second);
        country && gazetteer_.entity(*country).type == graph::NodeType::Country) {
      return country;
    }
  }
  return std::nullopt;
}

void EntityRecognizer::add_suffix_names(std::string_view text, Span sentence, const std::vector<Span>& known,
                                        const std::vector<PhraseMatcher::Match>& gazetteer_matches,
                                        std::vector<PhraseMatcher::Match>& suffix_matches,
                                        std::vector<Candidate>& out) const {
  // The longest suffix ending at each position: 研究中心 rather than 中心.
  // A suffix of two kinds (论坛: a body's, an event's) is read as each in
  // turn, in the pack's order, until one names something.
  std::sort(suffix_matches.begin(), suffix_matches.end(), [](const auto& a, const auto& b) {
    return std::tie(a.end, a.begin, a.value) < std::tie(b.end, b.begin, b.value);
  });
  std::vector<PhraseMatcher::Match> inside;  // per suffix, refilled
  std::size_t found_before = out.size();     // candidates before the last suffix read
  for (std::size_t i = 0; i < suffix_matches.size(); ++i) {
    if (i > 0 && suffix_matches[i - 1].end == suffix_matches[i].end &&
        (suffix_matches[i - 1].begin != suffix_matches[i].begin || out.size() > found_before)) {
      continue;  // a longer one came first, or this one named something as another kind
    }
    found_before = out.size();
    const auto& match = suffix_matches[i];
    const std::size_t suffix_begin = sentence.begin + match.begin;
    const std::size_t end = sentence.begin + match.end;
    // A suffix inside a listed word is none: 部 in 总部, 署 in 部署.
    // (A word the suffix holds whole is no matter: 部长 in 部长会议.)
    const bool excluded = suffix_exclusion_words_.ends_at(text, sentence.begin, end) ||
                          (suffix_exclusion_words_.starts_at(text, suffix_begin, text.size()) &&
                           !suffix_exclusion_words_.starts_at(text, suffix_begin, end));
    if (excluded) continue;
    // A known name ending here is the name: 美国|英伟达公司, not 美国英伟达公司.
    // (An event keeps its year or edition: 2023年|世界互联网大会乌镇峰会.)
    const bool known_here =
        std::any_of(known.begin(), known.end(), [&](const Span& k) { return k.end == end; });
    if (known_here && suffix_entries_[match.value].first != SuffixKind::Event) continue;
    const std::size_t begin = extend_name_left(text, sentence, suffix_begin, known);
    const std::size_t prefix_characters = utf8::length(text.substr(begin, suffix_begin - begin));
    const auto& [kind, suffix] = suffix_entries_[match.value];
    if (prefix_characters < 2) continue;
    // 中国政府, 美国新政府, 拜登政府: the government is its country.
    if (std::find(pack_.patterns.government_suffixes.begin(), pack_.patterns.government_suffixes.end(),
                  suffix) != pack_.patterns.government_suffixes.end()) {
      if (auto country = government_of(text.substr(begin, suffix_begin - begin))) {
        Candidate candidate;
        candidate.span = {begin, end};
        candidate.priority = kPattern;
        candidate.name_entity(*country, "text");
        // The ruler named in it is mentioned too: 拜登|政府 names 拜登.
        candidate.container = true;
        out.push_back(std::move(candidate));
      }
      continue;
    }
    const std::string_view surface = text.substr(begin, end - begin);
    const std::string name = strip_quotes(surface);

    // Does the name contain a known name, a quote or a dash, or start with a contraction?
    // The sentence's matches that lie in it, as matching it alone would give
    // them (offsets from `begin`, in the same order).
    inside.clear();
    for (const auto& m : gazetteer_matches) {
      if (sentence.begin + m.begin >= begin && sentence.begin + m.end <= suffix_begin) {
        inside.push_back({sentence.begin + m.begin - begin, sentence.begin + m.end - begin, m.value});
      }
    }
    bool contains_event = false;
    bool anchored =
        starts_with_contraction(text, begin, suffix_begin) || surface.find("—") != std::string_view::npos ||
        surface.find(kOpenQuote) != std::string_view::npos ||
        std::any_of(surface.begin(), surface.end(), [](char c) { return (c >= 'A' && c <= 'Z'); });
    for (const auto& m : inside) {
      const Surface& found = gazetteer_.surface(m.value);
      if (found.kind != Surface::Kind::Entity) continue;
      anchored = true;
      contains_event = contains_event || gazetteer_.entity(found.entity).type == graph::NodeType::Event;
    }
    const bool edition = has_edition_or_year(surface, pack_.patterns);

    graph::NodeType type = kind == SuffixKind::Event        ? graph::NodeType::Event
                           : kind == SuffixKind::Initiative ? graph::NodeType::Initiative
                                                            : graph::NodeType::Organization;
    if (type == graph::NodeType::Organization && contains_event &&
        std::find(pack_.patterns.event_suffixes.begin(), pack_.patterns.event_suffixes.end(), suffix) !=
            pack_.patterns.event_suffixes.end()) {
      type = graph::NodeType::Event;  // a forum of a summit: …乌镇峰会青年与数字未来论坛
    }
    if (type == graph::NodeType::Event && !edition && headed_as_body(text, sentence, end)) {
      type = graph::NodeType::Organization;
    }
    // A dialogue is a mechanism; its numbered session naming the parties, an event.
    if (type == graph::NodeType::Organization && edition &&
        std::find(pack_.patterns.session_suffixes.begin(), pack_.patterns.session_suffixes.end(), suffix) !=
            pack_.patterns.session_suffixes.end() &&
        names_parties_after_edition(text, begin, suffix_begin, anchored)) {
      type = graph::NodeType::Event;
    }
    // An event named by its shape alone needs a sign of being one: an edition,
    // a known name inside, or a verb events take (出席…高级别会议, …会议在纽约举行).
    if (type == graph::NodeType::Event && !edition && !anchored) {
      // …and, by context alone, a name long enough to be one (人工智能峰会, not 高级别会议).
      std::string_view body = text.substr(begin, suffix_begin - begin);
      for (const std::string& ordinal : pack_.patterns.edition_words) {
        if (ends_with(body, ordinal)) body.remove_suffix(ordinal.size());
      }
      // (Right after its date a city's summit is one too: 2024年10月|喀山峰会.)
      std::size_t unit = begin;
      const bool dated = begin > sentence.begin && is_date_unit(utf8::previous(text, unit)) &&
                         unit > sentence.begin &&
                         utf8::is_ascii_digit(static_cast<unsigned char>(text[unit - 1]));
      if (dated ? utf8::length(body) < 2
                : (utf8::length(body) < 4 || !in_event_context(text, sentence, begin, end))) {
        continue;
      }
    }
    if (type == graph::NodeType::Initiative && !anchored) continue;
    if (kind == SuffixKind::Organization && type == graph::NodeType::Organization) {
      const bool needs_anchor = std::find(pack_.patterns.anchored_organization_suffixes.begin(),
                                          pack_.patterns.anchored_organization_suffixes.end(),
                                          suffix) != pack_.patterns.anchored_organization_suffixes.end();
      if (needs_anchor && !anchored) continue;
      if (!anchored && prefix_characters < 3) continue;  // 伦理委员会, 治理联盟: generic
    }
    if (auto known = gazetteer_.find_form(name)) {
      type = gazetteer_.entity(*known).type;  // a known name found by its shape
    } else if (auto body_name = without_edition(name, pack_.patterns); body_name != name) {
      // 第78届联合国大会 is 联合国大会, the organization, in one of its
      // sessions; but a conference series' edition is an event of its own
      // (第二届世界互联网大会): the gazetteer says which, by "editions".
      auto session = gazetteer_.find(body_name);
      if (session) {
        const Attributes& attributes = gazetteer_.entity(*session).attributes;
        // (By its ordinal: a year names no edition here, 2023年世界互联网大会 is that year's summit.)
        const bool ordinal = ordinal_length(name, pack_.patterns) > 0 ||
                             opening_of(name, pack_.patterns.first_editions) != nullptr;
        if (auto it = attributes.find("editions");
            it != attributes.end() && it->second == "Event" && ordinal) {
          Candidate candidate;
          candidate.span = {begin, end};
          candidate.priority = kPattern;
          candidate.name_by_shape(graph::NodeType::Event, name, "text");
          out.push_back(std::move(candidate));
          continue;
        }
      }
      if (session && gazetteer_.entity(*session).type == graph::NodeType::Organization) {
        Candidate candidate;
        candidate.span = {begin, end};
        candidate.priority = kPattern;
        candidate.name_entity(*session, "text");
        out.push_back(std::move(candidate));
        continue;
      }
    }

    // A parent body named first is its own mention: 中国传媒大学|网络强国研究中心.
    std::size_t child_begin = begin;
    if (type == graph::NodeType::Organization || type == graph::NodeType::Event) {
      // A known organization first: 教育部|国际传播联合研究院, 联合国|人工智能独立国际科学小组.
      for (const auto& m : inside) {
        const Surface& found = gazetteer_.surface(m.value);
        if (m.begin != 0 || found.kind != Surface::Kind::Entity ||
            gazetteer_.entity(found.entity).type != graph::NodeType::Organization) {
          continue;
        }
        const std::size_t parent_end = begin + m.end;
        if (utf8::length(text.substr(parent_end, end - parent_end)) >= 5 &&
            type == graph::NodeType::Organization) {
          child_begin = std::max(child_begin, parent_end);
        }
      }
    }
    if (type == graph::NodeType::Organization)
      child_begin = std::max(child_begin, parent_end(text, begin, suffix_begin, end));
    auto make = [&](std::size_t from, std::size_t to, graph::NodeType as) {
      Candidate candidate;
      candidate.span = {from, to};
      candidate.priority = kPattern;
      candidate.container = true;
      std::string name = strip_quotes(text.substr(from, to - from));
      if (auto known = gazetteer_.find_form(name)) {
        candidate.name_entity(*known, "rules");
      } else {
        candidate.name_by_shape(as, std::move(name), "text");
      }
      out.push_back(std::move(candidate));
    };
    if (child_begin != begin) make(begin, child_begin, graph::NodeType::Organization);
    make(child_begin, end, type);
  }
}

std::size_t EntityRecognizer::parent_end(std::string_view text, std::size_t begin, std::size_t limit,
                                         std::size_t end) const {
  const std::string_view surface = text.substr(begin, end - begin);
  std::size_t last = begin;
  for (const std::string& parent : pack_.patterns.parent_suffixes) {
    for (std::size_t at = surface.find(parent); at != std::string_view::npos;
         at = surface.find(parent, at + parent.size())) {
      const std::size_t parent_end = begin + at + parent.size();
      if (parent_end >= limit) break;
      if (utf8::length(text.substr(begin, parent_end - begin)) < 3) continue;
      if (utf8::length(text.substr(parent_end, end - parent_end)) < 4) continue;
      if (surface.substr(0, at + parent.size()).find("—") != std::string_view::npos) continue;
      last = std::max(last, parent_end);
    }
  }
  return last;
}

// A person's name right after a title: a foreign name in transliteration
// characters, or a Chinese name of 2-3 characters starting with a surname.
std::size_t EntityRecognizer::person_name_after(std::string_view text, Span sentence, std::size_t at,
                                                const std::vector<Span>& known) const {
  if (starts_with_at(text, at, ":")) ++at;
  // A word that names cannot begin with follows the title: 发言人|宣布.
  if (stop_words_.starts_at(text, at, std::min<std::size_t>(sentence.end, at + 24))) return at;
  // A foreign name in transliteration characters: the longest run (up to 5)
  // that ends where a word may end, so 古特雷斯|多次 is not 古特雷斯多.
  std::vector<std::size_t> ends;
  for (std::size_t end = at; end < sentence.end && ends.size() < 5;) {
    std::size_t next = end;
    const char32_t c = utf8::next(text, next);
    if (!transliteration_.contains(c) && !(ends.empty() && surnames_.contains(c))) break;
    end = next;
    ends.push_back(end);
  }
  for (std::size_t n = ends.size(); n >= 2; --n) {
    // (A function word ends no name: 古特雷斯|于2023年.)
    if (is_boundary_at(text, sentence, ends[n - 1]) && !is_stop_character(utf8::before(text, ends[n - 1]))) {
      return ends[n - 1];
    }
  }
  // A Chinese name: surname + one or two characters, then a boundary. No
  // character of it is a function word or begins a word that names cannot
  // hold (李强|在, 主席国|期间, 发言人|宣布), nor a known name (出任|美国…).
  std::size_t i = at;
  if (i >= sentence.end) return at;
  if (const char32_t surname = utf8::next(text, i);
      !surnames_.contains(surname) || is_stop_character(surname))
    return at;
  std::size_t candidates[2] = {0, 0};
  for (int length = 0; length < 2 && i < sentence.end; ++length) {
    const std::size_t character = i;
    const char32_t c = utf8::next(text, i);
    const bool name_like =
        utf8::is_han(c) && !is_stop_character(c) &&
        !stop_words_.starts_at(text, character, std::min<std::size_t>(sentence.end, character + 24)) &&
        std::none_of(known.begin(), known.end(), [&](const Span& k) { return k.begin == character; });
    if (!name_like) break;
    candidates[length] = i;
  }
  for (int length = 1; length >= 0; --length) {
    if (candidates[length] && is_boundary_at(text, sentence, candidates[length])) return candidates[length];
  }
  return at;
}

// A Chinese name of 2-3 characters ending right before a title (习近平主席).
std::size_t EntityRecognizer::person_name_before(std::string_view text, Span sentence, std::size_t at) const {
  for (int characters = 3; characters >= 2; --characters) {
    std::size_t begin = at;
    bool ok = true;
    for (int n = 0; n < characters && ok; ++n) {
      if (begin <= sentence.begin)
        ok = false;
      else
        ok = utf8::is_han(utf8::previous(text, begin));
    }
    if (!ok || !surnames_.contains(utf8::at(text, begin))) continue;
    if (begin == sentence.begin || !utf8::is_han(utf8::before(text, begin)) ||
        is_stop_character(utf8::before(text, begin))) {
      return begin;
    }
  }
  return at;
}

void EntityRecognizer::add_persons(std::string_view text, Span sentence, const std::vector<Span>& known,
                                   const std::vector<PhraseMatcher::Match>& titles,
                                   std::vector<Candidate>& out) const {
  auto add = [&](std::size_t begin, std::size_t end) {
    Candidate candidate;
    candidate.span = {begin, end};
    candidate.priority = kPerson;
    const std::string_view name = text.substr(begin, end - begin);
    if (auto known = gazetteer_.find_form(name)) {
      candidate.name_entity(*known, "rules");
    } else {
      candidate.name_by_shape(graph::NodeType::Person, std::string(name), "text");
    }
    out.push_back(std::move(candidate));
  };
  // Transliterated names joined by a middle dot: 罗尼·林斯.
  const std::string_view body = text.substr(0, sentence.end);
  for (std::size_t dot = body.find(kDot, sentence.begin); dot != std::string_view::npos;) {
    std::size_t begin = dot;
    for (int n = 0; n < 6 && begin > sentence.begin; ++n) {
      // A title before the name is no part of it: 总理|米·弗·米舒斯京.
      if (titles_.ends_at(text, sentence.begin, begin)) break;
      std::size_t previous = begin;
      if (!transliteration_.contains(utf8::previous(text, previous))) break;
      begin = previous;
    }
    // Rightwards over transliteration characters, dots and hyphens
    // (托马斯-格林菲尔德); after the last dot, any character a name may
    // hold up to a word that ends it (布拉德·史密斯|表示).
    std::size_t end = dot + kDot.size();
    std::size_t last_dot = dot;
    std::size_t after_last_dot = end;
    for (int n = 0; n < 12 && end < sentence.end; ++n) {
      std::size_t next = end;
      const char32_t c = utf8::next(text, next);
      if (c == U'·' ||
          (c == U'-' && next < sentence.end && transliteration_.contains(utf8::at(text, next)))) {
        last_dot = end;
        after_last_dot = next;
      } else if (end > after_last_dot &&
                 (is_stop_character(c) ||
                  stop_words_.starts_at(text, end, std::min<std::size_t>(sentence.end, end + 24)))) {
        // 布拉德·史密斯|于…, 威廉·吉布森|提出: a function word, or a word names
        // cannot hold, ends a name of more than one character.
        break;
      } else if (!transliteration_.contains(c)) {
        const bool free_character =
            n < 6 && utf8::is_han(c) && !is_stop_character(c) && !is_boundary_at(text, sentence, end, false);
        if (!free_character) break;
      }
      end = next;
    }
    if (after_last_dot == end) end = last_dot;  // a trailing mark is no part of it
    const bool ok = begin < dot && end > dot + kDot.size();
    if (ok) add(begin, end);
    dot = body.find(kDot, std::max(end, dot + kDot.size()));
  }
  // Names next to a title: 秘书长任贤良, 总统鲁托, 习近平主席.
  const auto& after_name = pack_.patterns.titles_after_name;
  for (const auto& title : titles) {
    // 总统 inside 副总统 is that title, not another.
    const bool inside_longer = std::any_of(titles.begin(), titles.end(), [&](const auto& other) {
      return other.begin <= title.begin && other.end >= title.end &&
             other.end - other.begin > title.end - title.begin;
    });
    if (inside_longer) continue;
    const std::size_t title_begin = sentence.begin + title.begin;
    std::size_t name_begin = sentence.begin + title.end;
    // A byline's separator: 责编/董惠敏, 责任编辑:谢帅, 文|张哲.
    while (starts_with_at(text, name_begin, " ")) ++name_begin;
    if (starts_with_at(text, name_begin, ":") || starts_with_at(text, name_begin, "/") ||
        starts_with_at(text, name_begin, "|")) {
      ++name_begin;
    }
    while (starts_with_at(text, name_begin, " ")) ++name_begin;
    // Bylines list several names after one title: 本报记者 张三 李四.
    for (int listed = 0; listed < 4; ++listed) {
      const std::size_t end = person_name_after(text, sentence, name_begin, known);
      if (end == name_begin) break;
      add(name_begin, end);
      if (!starts_with_at(text, end, " ")) break;
      name_begin = end;
      while (starts_with_at(text, name_begin, " ")) ++name_begin;
    }
    const std::string title_word(text.substr(title_begin, sentence.begin + title.end - title_begin));
    if (std::find(after_name.begin(), after_name.end(), title_word) == after_name.end()) continue;
    if (const std::size_t begin = person_name_before(text, sentence, title_begin); begin != title_begin) {
      // 巴西副总统 is no person 巴西副: a known name is what stands there.
      // (Nor 就任美国总统 a person 任美国: no known name lies in a person's.)
      const bool known_first = std::any_of(
          known.begin(), known.end(), [&](const Span& k) { return k.begin < title_begin && k.end > begin; });
      if (!known_first) add(begin, title_begin);
    }
  }
  // An author's note: 张三系某大学教授 — a name opening a clause, 系, a title closing it.
  for (const std::string& is : pack_.patterns.note_copulas) {
    for (std::size_t at = body.find(is, sentence.begin); at != std::string_view::npos;
         at = body.find(is, at + is.size())) {
      const std::size_t begin = person_name_before(text, sentence, at);
      if (begin == at) continue;
      const char32_t opener = utf8::before(text, begin);
      if (begin != sentence.begin && opener != U';' && opener != U',' && opener != U':' && opener != U' ')
        continue;
      std::size_t clause_end = at;
      while (clause_end < sentence.end) {
        std::size_t next = clause_end;
        const char32_t c = utf8::next(text, next);
        if (c == U';' || c == U',' || c == U'。') break;
        clause_end = next;
      }
      const bool titled = std::any_of(titles.begin(), titles.end(),
                                      [&](const auto& t) { return sentence.begin + t.end == clause_end; });
      if (titled) add(begin, at);
    }
  }
}

void EntityRecognizer::add_years(std::string_view text, Span sentence, std::vector<Candidate>& out) const {
  auto add = [&](std::size_t begin, std::size_t end) {
    Candidate candidate;
    candidate.span = {begin, end};
    candidate.priority = kYear;
    candidate.name_by_shape(graph::NodeType::Year, std::string(text.substr(begin, 4)), "text");
    out.push_back(std::move(candidate));
  };
  const std::string_view within = text.substr(sentence.begin, sentence.end - sentence.begin);
  for (std::size_t at = sentence.begin; at + 4 <= sentence.end; ++at) {
    if (!utf8::is_ascii_digit(static_cast<unsigned char>(text[at])) ||
        !year_at(within, at - sentence.begin)) {
      continue;
    }
    const std::size_t after = at + 4;
    if (starts_with_at(text, after, kYearCharacter)) {
      add(at, after + kYearCharacter.size());
    } else {
      // The first year of a range: 2016—2022年, 2016-2022年, 2016至2022年; or
      // both, bracketed after a plan's name: 行动计划(2026—2030).
      for (std::string_view joiner : pack_.patterns.year_range_joiners) {
        const std::size_t second = after + joiner.size();
        if (!starts_with_at(text, after, joiner) || !year_at(within, second - sentence.begin)) continue;
        if (starts_with_at(text, second + 4, kYearCharacter)) {
          add(at, after);
          break;
        }
        if (at > sentence.begin && text[at - 1] == '(' && starts_with_at(text, second + 4, ")")) {
          add(at, after);
          add(second, second + 4);
          at = second;
          break;
        }
      }
    }
    at += 3;
  }
}

void EntityRecognizer::add_about_titles(std::string_view text, Span sentence, const std::vector<Span>& cues,
                                        const std::vector<Span>& known, std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  {
    for (const Span& cue : cues) {
      const std::size_t at = cue.begin;
      const std::string_view opener = text.substr(cue.begin, cue.end - cue.begin);
      // Inside a title it is the title's: 《关于…的决定》.
      const std::string_view before = body.substr(sentence.begin, at - sentence.begin);
      if (before.rfind(kOpenTitle) != std::string_view::npos &&
          (before.rfind(kCloseTitle) == std::string_view::npos ||
           before.rfind(kCloseTitle) < before.rfind(kOpenTitle))) {
        continue;
      }
      // 首个关于…的决议, 一份关于…的报告: a description, not a name.
      if (std::any_of(pack_.patterns.about_descriptors.begin(), pack_.patterns.about_descriptors.end(),
                      [&](const std::string& word) { return ends_with(before, word); })) {
        continue;
      }
      // …的 + a document's kind, within a title's length, no clause break.
      std::size_t end = 0;
      for (std::size_t i = at + opener.size(), n = 0; i < sentence.end && n < kMaxAboutCharacters; ++n) {
        const char32_t c = utf8::next(text, i);
        if (c == U',' || c == U';' || c == U':' || c == U'。' || c == U'(' || c == U'《' || c == U'》') break;
        if (c != U'的') continue;
        // The longest kind word right after this 的 (建议书 over 建议).
        for (const std::string& kind : pack_.patterns.initiative_suffixes) {
          if (starts_with_at(text, i, kind) && i + kind.size() > end && i + kind.size() <= sentence.end) {
            end = i + kind.size();
          }
        }
      }
      if (end == 0) continue;
      const std::size_t begin = extend_name_left(text, sentence, at, known);
      Candidate candidate;
      candidate.span = {begin, end};
      candidate.priority = kPattern;
      candidate.container = true;
      candidate.name_by_shape(graph::NodeType::Initiative, strip_quotes(text.substr(begin, end - begin)),
                              "text");
      out.push_back(std::move(candidate));
    }
  }
}

void EntityRecognizer::add_numbered_documents(std::string_view text, Span sentence,
                                              const std::vector<Span>& cues,
                                              std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  for (const Span& cue : cues) {
    const std::size_t at = cue.begin;
    // 第 + digits (and /) + 号 + a document's kind: 第74/247号决议, 第14110号行政令.
    std::size_t i = cue.end;
    const std::size_t digits = i;
    while (i < sentence.end && (utf8::is_ascii_digit(static_cast<unsigned char>(text[i])) || text[i] == '/'))
      ++i;
    const std::string* number_sign =
        i == digits ? nullptr : opening_of(text.substr(i), pack_.patterns.number_signs);
    if (!number_sign) continue;
    i += number_sign->size();
    // The kind, right after the number or after a few words of topic: 第14110号|人工智能|行政令.
    constexpr int kMaxTopicCharacters = 6;
    std::size_t end = 0;
    for (int topic = 0; end == 0 && topic <= kMaxTopicCharacters && i < sentence.end; ++topic) {
      for (const std::string& kind : pack_.patterns.numbered_document_kinds) {
        if (starts_with_at(text, i, kind) && i + kind.size() > end) end = i + kind.size();
      }
      if (end != 0) break;
      const char32_t c = utf8::next(text, i);
      if (!(utf8::is_han(c) || utf8::is_ascii_alnum(c)) || is_stop_character(c)) break;
    }
    if (end == 0) continue;
    Candidate candidate;
    candidate.priority = kPattern;
    candidate.container = true;
    // 第14110号行政令《…》: the number and the title name one document, by its title.
    if (starts_with_at(text, end, kOpenTitle)) {
      const std::size_t close = body.find(kCloseTitle, end);
      if (close != std::string_view::npos) {
        const std::string title =
            strip_quotes(body.substr(end + kOpenTitle.size(), close - end - kOpenTitle.size()));
        if (!title.empty()) {
          candidate.span = {at, close + kCloseTitle.size()};
          if (auto known = gazetteer_.find(title))
            candidate.name_entity(*known, "rules");
          else
            candidate.name_by_shape(graph::NodeType::Initiative, title, "text");
          out.push_back(std::move(candidate));
          continue;
        }
      }
    }
    candidate.span = {at, end};
    candidate.name_by_shape(graph::NodeType::Initiative, std::string(text.substr(at, end - at)), "text");
    out.push_back(std::move(candidate));
  }
}

void EntityRecognizer::add_single_abbreviations(std::string_view text, Span sentence,
                                                const std::vector<Span>& cues,
                                                std::vector<Candidate>& out) const {
  const ContractionRules& rules = pack_.contractions;
  {
    for (const Span& cue : cues) {
      const std::size_t begin = cue.end;
      if (begin >= sentence.end) continue;
      std::size_t end = begin;
      const char32_t c = utf8::next(text, end);
      const std::string character(text.substr(begin, end - begin));
      const std::string* name = nullptr;
      if (auto it = rules.single_abbreviations.find(character); it != rules.single_abbreviations.end())
        name = &it->second;
      else if (abbreviation_of(c))
        name = abbreviation_of(c);
      if (!name) continue;
      // A run of abbreviations is a contraction's (对中美关系), not one alone;
      // and a foreign name may begin so (在德克萨斯州).
      const bool foreign_name_may_follow =
          !rules.single_abbreviations.count(character);  // 德|克萨斯, but 华 is no such start
      if (end < sentence.end &&
          (abbreviation_of(utf8::at(text, end)) ||
           (foreign_name_may_follow && transliteration_.contains(utf8::at(text, end))))) {
        continue;
      }
      auto known = gazetteer_.find(*name);
      if (!known) continue;
      Candidate candidate;
      candidate.span = {begin, end};
      candidate.priority = kContraction;
      candidate.name_entity(*known, "text");
      out.push_back(std::move(candidate));
    }
  }
}

void EntityRecognizer::add_contractions(std::string_view text, Span sentence,
                                        std::vector<Candidate>& out) const {
  auto member_at = [&](std::size_t at, std::size_t& next) -> const std::string* {
    if (at >= sentence.end) return nullptr;
    next = at;
    return abbreviation_of(utf8::next(text, next));
  };
  for (std::size_t at = sentence.begin; at < sentence.end;) {
    std::size_t next = at;
    const std::string* first = abbreviation_of(utf8::next(text, next));
    if (!first) {  // most characters: no contraction starts here
      at = next;
      continue;
    }
    std::array<const std::string*, Candidate::kMaxMembers> members{first};
    std::size_t member_count = 1;
    std::size_t end = next;
    for (std::size_t i = next; member_count < members.size();) {
      std::size_t after = i;
      const std::string* member = member_at(i, after);
      if (!member) break;
      if (std::find(members.begin(), members.begin() + member_count, member) !=
          members.begin() + member_count)
        break;
      members[member_count++] = member;
      end = i = after;
    }
    // 12日中美…: 日 after a digit is a date, not Japan.
    if (member_count < 2 || (at > sentence.begin && utf8::is_ascii_digit(utf8::before(text, at)))) {
      at = next;
      continue;
    }
    const std::string_view rest = text.substr(end, sentence.end - end);
    const bool context =
        std::any_of(pack_.contractions.context_after.begin(), pack_.contractions.context_after.end(),
                    [&](const std::string& word) { return rest.substr(0, word.size()) == word; });
    std::size_t ignored = 0;
    const bool listed =
        (rest.substr(0, kListComma.size()) == kListComma && member_at(end + kListComma.size(), ignored)) ||
        (at >= kListComma.size() && text.substr(at - kListComma.size(), kListComma.size()) == kListComma);
    Candidate candidate;
    candidate.span = {at, end};
    candidate.priority = kContraction;
    candidate.needs_container_start = !(context || listed);
    candidate.origin = "text";
    for (std::size_t m = 0; m < member_count; ++m) {
      if (auto known = gazetteer_.find(*members[m])) candidate.entities[candidate.entity_count++] = *known;
    }
    if (candidate.entity_count >= 2) out.push_back(std::move(candidate));
    at = end;
  }
}

EntityRecognizer::SentenceCandidates::SentenceCandidates() = default;
EntityRecognizer::SentenceCandidates::~SentenceCandidates() = default;
EntityRecognizer::SentenceCandidates::SentenceCandidates(SentenceCandidates&&) noexcept = default;
EntityRecognizer::SentenceCandidates& EntityRecognizer::SentenceCandidates::operator=(
    SentenceCandidates&&) noexcept = default;

EntityRecognizer::SentenceCandidates EntityRecognizer::prepare(std::string_view text, Span sentence) const {
  SentenceCandidates prepared;
  prepared.sentence_ = sentence;
  // The gazetteer, the suffixes and the titles are matched in one pass per
  // sentence; each recognizer reads its share.
  // Refilled for every sentence, and kept per thread so that most sentences allocate none.
  thread_local std::vector<PhraseMatcher::Match> matches;
  thread_local std::vector<PhraseMatcher::Match> gazetteer_matches;
  thread_local std::vector<PhraseMatcher::Match> suffix_matches;
  thread_local std::vector<PhraseMatcher::Match> title_matches;
  thread_local std::vector<Span> known;
  matches.clear();
  gazetteer_matches.clear();
  suffix_matches.clear();
  title_matches.clear();
  sentence_phrases_.find_all(text.substr(sentence.begin, sentence.end - sentence.begin), matches);
  thread_local std::vector<Span> single_cues, about_cues, numbered_cues;
  single_cues.clear();
  about_cues.clear();
  numbered_cues.clear();
  thread_local std::array<std::vector<PhraseMatcher::Match>, kMaxPassengerLists> passenger_matches;
  for (auto& list : passenger_matches) list.clear();
  for (const PhraseMatcher::Match& m : matches) {
    if (m.value >= passenger_base_) {
      const auto [list, value] = passengers_[m.value - passenger_base_];
      passenger_matches[list].push_back({m.begin, m.end, value});
      continue;
    }
    if (m.value < suffix_base_) {
      gazetteer_matches.push_back(m);
    } else if (m.value < title_base_) {
      suffix_matches.push_back({m.begin, m.end, m.value - suffix_base_});
    } else if (m.value < cue_base_) {
      title_matches.push_back({m.begin, m.end, m.value - title_base_});
    } else {
      const Span at{sentence.begin + m.begin, sentence.begin + m.end};
      switch (cues_[m.value - cue_base_]) {
        case Cue::SingleAfter:
          single_cues.push_back(at);
          break;
        case Cue::About:
          about_cues.push_back(at);
          break;
        case Cue::Numbered:
          numbered_cues.push_back(at);
          break;
      }
    }
  }
  std::size_t passenger_count = 0;
  for (std::size_t list = 0; list < passenger_lists_; ++list)
    passenger_count += passenger_matches[list].size();
  prepared.passengers_.reserve(passenger_count);
  for (std::size_t list = 0; list < passenger_lists_; ++list) {
    prepared.passengers_.insert(prepared.passengers_.end(), passenger_matches[list].begin(),
                                passenger_matches[list].end());
    prepared.passenger_ends_[list] = static_cast<std::uint32_t>(prepared.passengers_.size());
  }
  known_names(sentence, gazetteer_matches, known);
  add_gazetteer(text, sentence, gazetteer_matches, prepared.known_);
  std::vector<Candidate>& shaped = prepared.shaped_;
  add_titles(text, sentence, shaped);
  add_quotes(text, sentence, known, shaped);
  add_suffix_names(text, sentence, known, gazetteer_matches, suffix_matches, shaped);
  add_persons(text, sentence, known, title_matches, shaped);
  add_years(text, sentence, shaped);
  add_contractions(text, sentence, shaped);
  add_single_abbreviations(text, sentence, single_cues, shaped);
  add_about_titles(text, sentence, about_cues, known, shaped);
  add_numbered_documents(text, sentence, numbered_cues, shaped);
  return prepared;
}

std::vector<Mention> EntityRecognizer::recognize(std::string_view text, Span sentence,
                                                 const LearnedAliases& learned) const {
  return recognize(text, prepare(text, sentence), learned);
}

std::vector<Mention> EntityRecognizer::recognize(std::string_view text, const SentenceCandidates& prepared,
                                                 const LearnedAliases& learned) const {
  const Span sentence = prepared.sentence_;
  std::vector<Candidate> defined;
  add_learned(text, sentence, learned, defined);
  // Refilled for every sentence, and kept per thread so that most sentences
  // allocate only their mentions.
  thread_local std::vector<const Candidate*> candidates;
  thread_local std::vector<std::size_t> order;
  thread_local std::vector<Selected> selected;
  // In the order the recognizers ran: the order breaks ties between equals.
  candidates.clear();
  const std::vector<Candidate>* groups[] = {&prepared.known_, &defined, &prepared.shaped_};
  for (const std::vector<Candidate>* group : groups) {
    for (const Candidate& candidate : *group) candidates.push_back(&candidate);
  }

  order.resize(candidates.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Candidate& x = *candidates[a];
    const Candidate& y = *candidates[b];
    return std::tuple(x.span.begin, y.span.end, x.priority, a) <
           std::tuple(y.span.begin, x.span.end, y.priority, b);
  });
  static const bool debug = std::getenv("KG_DEBUG_CANDIDATES") != nullptr;  // read once: not per sentence
  if (debug) {
    for (std::size_t i : order) {
      const Candidate& c = *candidates[i];
      std::fprintf(stderr, "cand [%zu,%zu) p%d%s%s%s %s\n", c.span.begin, c.span.end, c.priority,
                   c.container ? " container" : "", c.blocker ? " blocker" : "",
                   c.needs_container_start ? " start-only" : "",
                   std::string(text.substr(c.span.begin, c.span.end - c.span.begin)).c_str());
    }
  }
  selected.clear();
  select(text, order, candidates, sentence, sentence.begin, false, selected);
  // By position, equals in the order selected: an insertion sort, as the
  // selection is nearly in order already (and std::stable_sort allocates).
  auto by_begin = [](const Selected& a, const Selected& b) {
    return a.candidate->span.begin < b.candidate->span.begin;
  };
  for (auto it = selected.begin(); it != selected.end(); ++it) {
    std::rotate(std::upper_bound(selected.begin(), it, *it, by_begin), it, it + 1);
  }
  std::vector<Mention> mentions;
  mentions.reserve(selected.size());
  for (const Selected& s : selected) mentions.push_back(make_mention(text, s));
  return mentions;
}

void EntityRecognizer::select(std::string_view text, std::span<const std::size_t> order,
                              const std::vector<const Candidate*>& candidates, Span within,
                              std::size_t content_begin, bool nested, std::vector<Selected>& out) const {
  std::size_t cursor = within.begin;
  for (std::size_t position = 0; position < order.size(); ++position) {
    const auto& candidate = *candidates[order[position]];
    if (candidate.span.begin > within.end) break;  // ordered by begin: none of the rest fits
    if (candidate.span.begin < cursor || candidate.span.end > within.end) continue;
    if (nested && candidate.span == within) continue;
    if (candidate.needs_container_start && !(nested && candidate.span.begin == content_begin)) continue;
    cursor = candidate.span.end;
    const std::size_t members = candidate.member_count();
    if (!(nested && candidate.weak)) {
      for (std::size_t m = 0; m < members; ++m)
        out.push_back({&candidate, static_cast<std::uint8_t>(m), nested});
    }
    if (!candidate.container) continue;
    // Skip an opening mark, so a contraction right after it starts the name.
    std::size_t inner_begin = candidate.span.begin;
    if (members != 0 && (starts_with_at(text, candidate.span.begin, kOpenTitle) ||
                         starts_with_at(text, candidate.span.begin, kOpenQuote))) {
      inner_begin += 3;
    }
    // What lies inside follows the candidate in `order` (by begin, longer
    // first), and the checks above keep out whatever does not lie inside.
    const std::size_t first_inner = out.size();
    select(text, order.subspan(position + 1), candidates, candidate.span, inner_begin, true, out);
    const Span content{inner_begin, candidate.span.end - 3};
    std::optional<std::size_t> parent;  // where the parent body the name opens with ends, once asked
    auto repeats_candidate = [&](const Selected& s) {
      const Candidate& c = *s.candidate;
      // A body's name opening with its parent's names the parent too: 中国科学院|自动化研究所.
      if (c.span.begin == candidate.span.begin && c.span.end < candidate.span.end &&
          type_of(c, s.member) == graph::NodeType::Organization) {
        if (!parent) parent = parent_end(text, candidate.span.begin, candidate.span.end, candidate.span.end);
        if (*parent == c.span.end) return false;
      }
      // The whole content again (X inside 《X》, found by an alias): the same thing.
      if (inner_begin != candidate.span.begin && c.span == content) return true;
      // The same entity again, or a shorter reading of the same name
      // (“互联网之光”博览会 inside 2023年世界互联网大会“互联网之光”博览会),
      // unless it is a contraction's member.
      for (std::size_t m = 0; m < members; ++m) {
        if (type_of(candidate, m) != type_of(c, s.member)) continue;
        if (name_of(candidate, m) == name_of(c, s.member)) return true;
        if (!c.contraction() && (candidate.span.end == c.span.end || candidate.span.begin == c.span.begin))
          return true;
      }
      return false;
    };
    out.erase(
        std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first_inner), out.end(), repeats_candidate),
        out.end());
  }
}

void EntityRecognizer::learn_aliases(std::string_view text, Span sentence,
                                     const std::vector<Mention>& mentions, LearnedAliases& learned) const {
  auto learn = [&](std::string alias, const Mention& of) {
    if (alias.empty() || alias == of.name) return;
    if (gazetteer_.find(alias)) return;  // a known name keeps its meaning
    auto same =
        std::find_if(learned.begin(), learned.end(), [&](const LearnedAlias& a) { return a.alias == alias; });
    if (same == learned.end()) learned.push_back({std::move(alias), of.type, of.name});
  };
  for (const Mention& mention : mentions) {
    if (mention.nested || mention.weak || mention.contraction || mention.type == graph::NodeType::Year)
      continue;
    // The surname part of a transliterated full name: 罗尼·林斯 -> 林斯.
    if (mention.type == graph::NodeType::Person) {
      const auto dot = mention.name.rfind(kDot);
      if (dot != std::string::npos && utf8::length(mention.name.substr(dot + kDot.size())) >= 2) {
        learn(mention.name.substr(dot + kDot.size()), mention);
      }
    }
    // 全名(以下简称“简称”), 全名(简称“X”), 全名(X).
    std::size_t at = mention.span.end;
    if (!starts_with_at(text, at, "(") || at >= sentence.end) continue;
    ++at;
    bool declared = false;
    if (const std::string* marker = opening_of(text.substr(at), pack_.patterns.alias_markers)) {
      at += marker->size();
      declared = true;
    }
    if (starts_with_at(text, at, ":")) ++at;
    if (starts_with_at(text, at, kOpenQuote)) at += kOpenQuote.size();
    const std::size_t close = text.find(')', at);
    if (close == std::string_view::npos || close > sentence.end) continue;
    std::string alias = strip_quotes(text.substr(at, close - at));
    const std::size_t characters = utf8::length(alias);
    if (characters == 0 || characters > 12) continue;
    if (!std::all_of(alias.begin(), alias.end(), [](char c) {
          return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) ||
                 c == '-' || c == '&';
        })) {
      continue;
    }
    bool accepted = declared;
    if (!accepted) {
      const bool acronym = std::isupper(static_cast<unsigned char>(alias[0])) && characters >= 2 &&
                           std::all_of(alias.begin(), alias.end(), [](char c) {
                             return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '&';
                           });
      // Han characters that all occur, in order, in the full name: 上合组织.
      bool subsequence = characters < utf8::length(mention.surface);
      std::size_t from = 0;
      for (std::size_t i = 0; i < alias.size() && subsequence;) {
        const std::size_t start = i;
        const char32_t c = utf8::next(alias, i);
        if (!utf8::is_han(c)) subsequence = false;
        const std::size_t found = mention.surface.find(alias.substr(start, i - start), from);
        if (found == std::string::npos)
          subsequence = false;
        else
          from = found + (i - start);
      }
      accepted = acronym || subsequence;
    }
    if (accepted) learn(std::move(alias), mention);
  }
}

}  // namespace kg::extract
