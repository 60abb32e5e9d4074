// The English frames' reading of one sentence, shared by the files that
// implement it: en_frames.cpp (placing names on ICU words, lists, dates),
// en_titles.cpp (en_title, en_venue) and en_verbs.cpp (en_verb). See
// en_frames.cpp for what they read.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/english_words.h"
#include "extract/frames/reading.h"

namespace kg::extract {

using Phrases = std::vector<std::vector<std::string>>;

struct FrameGrammar::English {
  explicit English(const RulePack& pack);
  static Phrases phrases(const std::vector<std::string>& words) {
    Phrases out;
    for (const std::string& word : words) out.push_back(english_phrase(word));
    return out;
  }
  bool empty() const {
    return triggers.empty() && title_rules.empty() && venue_rules.empty() && roster_rules.empty() &&
           compound_rules.empty();
  }

  struct Trigger {
    std::vector<std::string> words;
    std::uint32_t rule;
  };
  struct TitleRule {
    Phrases titles;
    std::uint32_t rule;
  };
  std::vector<Trigger> triggers;
  std::vector<TitleRule> title_rules;
  std::vector<TitleRule> venue_rules;     // en_venue: the venue words (at)
  std::vector<TitleRule> roster_rules;    // en_roster: the role nouns (signatories)
  std::vector<TitleRule> dated_rules;     // en_dated: the words before a date (in, on)
  std::vector<TitleRule> compound_rules;  // en_compound: the participles after a hyphen (drafted, led)
  std::vector<Phrases> co_actors;         // per pack rule
  Phrases person_titles, deputies, appointments, honorifics, negations, refusals, refusal_nouns, hedges,
      urging, list_openers, quantities, passive_agents, relative_pronouns, also_subjects, like_subjects,
      member_tails, collective_heads, agent_heads, agent_links, venue_clauses, venue_acts, venue_parts,
      connector_phrases, roster_verbs, ellipsis_openers, ordinal_infinitives, ordinal_copulas, among_copulas,
      time_adjuncts, manner_adjuncts;
  // Single words: connectors may be written as phrases (together with), read word by word.
  std::set<std::string, std::less<>> adverbs, connectors, auxiliaries, prepositions, barriers, number_words,
      group_nouns, clause_ends, title_times, span_openers, attributive_words, edition_ordinals,
      title_introducers;
};

namespace english_frames {

using English = FrameGrammar::English;
inline constexpr int kFree = -1;      // a word of no name
inline constexpr int kModifier = -2;  // a word of a name that only qualifies another (the EU's)
inline constexpr int kYearWord = -3;  // a year

struct Unit {
  std::size_t argument;    // index into reading.mentions
  std::size_t first, end;  // tokens [first, end), a modifier before it included
  std::size_t name_first;  // where the name itself starts
};

class EnglishSentence {
 public:
  EnglishSentence(const FrameGrammar& grammar, SentenceReading& reading)
      : grammar_(grammar),
        english_(grammar.english()),
        reading_(reading),
        tokens_(english_tokens(reading.text, reading.sentence)),
        owner_(tokens_.size(), kFree) {
    place_mentions();
  }

  void read() {
    read_titles();
    read_verbs();
    read_venues();
    read_rosters();
    read_dated_events();
    read_compounds();
    read_ellipsis();
  }

 private:
  std::string_view word(std::size_t i) const { return tokens_[i].lower; }
  std::string_view original(std::size_t first, std::size_t end) const {
    return reading_.text.substr(tokens_[first].span.begin,
                                tokens_[end - 1].span.end - tokens_[first].span.begin);
  }
  // The first token from `at` whose end lies past `offset`.
  std::size_t token_at(std::size_t offset) const {
    return static_cast<std::size_t>(
        std::partition_point(tokens_.begin(), tokens_.end(),
                             [&](const EnglishToken& t) { return t.span.end <= offset; }) -
        tokens_.begin());
  }
  // The first of `phrases` ending at token `end`, if any.
  const std::vector<std::string>* ending_at(const Phrases& phrases, std::size_t end) const {
    for (const auto& phrase : phrases) {
      if (phrase.size() <= end && phrase_at(tokens_, end - phrase.size(), phrase)) return &phrase;
    }
    return nullptr;
  }
  const std::vector<std::string>* starting_at(const Phrases& phrases, std::size_t at) const {
    for (const auto& phrase : phrases) {
      if (phrase_at(tokens_, at, phrase)) return &phrase;
    }
    return nullptr;
  }
  std::size_t skip_the(std::size_t at) const {
    while (at < tokens_.size() && (word(at) == "the" || word(at) == "a" || word(at) == "an")) ++at;
    return at;
  }
  const Mention& mention(const Unit& unit) const { return reading_.mention(unit.argument); }
  // Whether 's follows the unit's name (Nvidia's).
  // (Or a bare apostrophe after a name ending in s: the United States' ambassador.)
  bool possessive(const Unit& unit) const {
    const Mention& named = mention(unit);
    const std::string_view after = reading_.text.substr(named.span.end, 4);
    if (after.starts_with("'s") || after.starts_with("’s")) return true;
    const std::string_view name = reading_.text.substr(named.span.begin, named.span.end - named.span.begin);
    return name.ends_with("s") && (after.starts_with("' ") || after.starts_with("’ "));
  }
  // The token after a possessive unit, past a separate 's token.
  std::size_t after_possessive(const Unit& unit) const {
    std::size_t at = unit.end;
    if (at < tokens_.size() && (word(at) == "'s" || word(at) == "’s" || word(at) == "'" || word(at) == "’"))
      ++at;
    if (at < tokens_.size() && word(at) == "s") ++at;
    return at;
  }

  // Whether the words [from, to) only join list members: and, the, commas,
  // modifiers, whole connector phrases (together with; not "with" alone:
  // adopted by X, with Y voting against), and the title of a person who
  // follows (Prime Minister Modi and President Biden).
  bool joins(std::size_t from, std::size_t to) const {
    for (std::size_t t = from; t < to;) {
      if (owner_[t] == kModifier) {
        ++t;
        continue;
      }
      const auto* connector = owner_[t] == kFree ? starting_at(english_.connector_phrases, t) : nullptr;
      if (connector && t + connector->size() <= to) {
        t += connector->size();
        continue;
      }
      // (then President B, former Prime Minister B: a word of time before the title.)
      std::size_t at = t;
      if (at > from && owner_[at] == kFree && english_.title_times.count(word(at))) ++at;
      const auto* title =
          at > from && owner_[at] == kFree ? starting_at(english_.person_titles, at) : nullptr;
      return title && at + title->size() == to && to < owner_.size() && owner_[to] >= 0 &&
             reading_.mention(units_[static_cast<std::size_t>(owner_[to])].argument).type ==
                 graph::NodeType::Person;
    }
    return true;
  }
  std::optional<std::size_t> unit_ending_by(std::size_t at) const {
    for (std::size_t u = units_.size(); u-- > 0;) {
      if (units_[u].end <= at) return u;
    }
    return std::nullopt;
  }
  std::optional<std::size_t> unit_starting_from(std::size_t at) const {
    for (std::size_t u = 0; u < units_.size(); ++u) {
      if (units_[u].first >= at) return u;
    }
    return std::nullopt;
  }
  bool has_barrier(std::size_t from, std::size_t to) const {
    for (std::size_t t = from; t < to; ++t) {
      if (owner_[t] == kFree && english_.barriers.count(word(t))) return true;
    }
    return false;
  }

  struct Match {
    std::size_t first, end;
    std::uint32_t rule;
  };

  // en_frames.cpp: names on words, lists, openings, dates.
  void place_mentions();
  std::vector<std::size_t> list_right(std::size_t unit, const std::vector<graph::NodeType>& types) const;
  // A list of persons from `unit` on, each but the first after a comma or "and" and a description of
  // them (attended by A, Brazil's communications minister B, the inventor of the Web C, and the activist D),
  // up to the clause's end.
  std::vector<std::size_t> persons_right(std::size_t unit, const std::vector<graph::NodeType>& types) const;
  std::vector<std::size_t> list_left(std::size_t unit, const std::vector<graph::NodeType>& types) const;
  std::optional<std::size_t> unit_opening(std::size_t at) const;
  std::optional<int> year_of(std::size_t first, std::size_t end, std::size_t next_trigger) const;
  // Past the adjuncts of time and manner at `at` (in 2020, without a vote in March 2024), if any.
  std::size_t past_adjuncts(std::size_t at) const;
  // Whether the year year_of() finds after the verb opens a span (since 2014), no date of the act.
  bool year_spans(std::size_t end, std::size_t next_trigger) const;
  // The mention index of the year written at token t; whether t is a month's or a weekday's name.
  std::optional<std::size_t> year_at(std::size_t t) const;
  bool is_date_word(std::size_t t) const;
  // Whether token t is written with a capital first letter.
  bool capitalised(std::size_t t) const;
  // Whether token t is a hyphen or a dash, as between days (10–11 February).
  bool is_dash(std::size_t t) const { return word(t) == "-" || word(t) == "–" || word(t) == "—"; }
  // Whether the verb at token `first` opens its paragraph, as a resolution's do (1. Decides to establish).
  bool opens_with_verb(std::size_t first) const;
  // Dates `object` with `year`, if any, where the rule's act dates it and it is a document or an event
  // (The United States ratified it in 2006).
  void date_object(const Mention& object, std::optional<int> year, const RelationRule& rule,
                   std::string_view trigger);
  // en_titles.cpp: en_title and en_venue.
  void read_titles();
  const Unit* modifier_ending_at(std::size_t at) const;
  static bool acts_at_venue(graph::RelationType relation);
  void read_venues();
  std::size_t before_venue_part(const English::TitleRule& venue_rule, std::size_t at) const;
  void read_venue_clauses(const RelationRule& rule);
  // en_rosters.cpp: en_roster.
  void read_rosters();
  void read_list_among(const RelationRule& rule, std::size_t role, std::size_t role_end);
  // en_verb_arguments.cpp: what stands around a passive or a relative clause.
  static std::vector<graph::NodeType> document_types(const std::vector<graph::NodeType>& types);
  std::size_t before_auxiliaries(std::size_t before) const;
  bool passive_it(std::size_t before) const;
  std::size_t before_date_adjunct(std::size_t at) const;
  // Where a place and a date, either or both, ending at `at` begin: the X Summit| in Paris in February.
  std::size_t before_adjuncts(std::size_t at) const { return before_date_adjunct(before_date_adjunct(at)); }
  // Where the first of relative clauses coordinated with "and" begins (which A hosted and which B attended).
  std::size_t first_coordinated_relative(std::size_t at) const;
  std::optional<std::size_t> unit_before_relative_clause(std::size_t before) const;
  // The term heading a glossary's entry the participle at `before` defines (Proposed by X, it …).
  const Mention* defined_term(std::size_t before, std::size_t end,
                              const std::vector<graph::NodeType>& types) const;
  // en_titles.cpp: a venue's actors.
  bool acts_after_venue(std::size_t venue, const std::vector<std::size_t>& actors) const;
  // en_dated.cpp: en_dated.
  void read_dated_events();
  void read_compounds();
  void read_ellipsis();
  static constexpr std::size_t kMaxVenueClauseGap = 25;  // tokens between an event and its where-clause
  // en_verbs.cpp: en_verb.
  std::vector<Match> find_triggers() const;
  void read_verbs();
  // `within_longer`: another rule's trigger starts at the same word and goes further.
  void read_verb(const Match& match, std::size_t next_trigger, bool within_longer);
  void emit_unsaid(const std::vector<std::size_t>& subjects, const Mention& unsaid, const Match& match,
                   std::size_t next_trigger, const RelationRule& rule);
  // en_verb_arguments.cpp: the verb's subjects and objects.
  std::size_t past_time_adjunct(std::size_t end) const;
  bool ends_its_clause(std::size_t end) const;
  // The same, but only at a mark (. , ; -), past an adjunct of time: no preposition follows.
  bool ends_with_a_mark(std::size_t end) const;
  bool counted_group_in(std::size_t from, std::size_t to) const;
  // Where a list ending at `end` ends before a counted group closing it (A, B| and 26 other countries), if
  // one does; else `end`.
  std::size_t before_counted_tail(std::size_t end) const;
  // Where a counted group coordinated before the name at `at` begins (which |28 countries and the EU
  // endorsed), if one is; else `at`.
  std::size_t before_counted_head(std::size_t at) const;
  // Adds to `agents` the further agents of a passive, each after a "by" of its own after the last one's comma
  // (signed by A and B, by two non-member States, C and D, and by the European Union).
  void further_agents(std::vector<std::size_t>& agents, const std::vector<graph::NodeType>& types) const;
  // Where the state or body begins that the people a passive's agent names act for (by representatives of|X,
  // by delegations from|Y), or 0 if the agent at `at` names no such people.
  std::size_t people_for(std::size_t at) const;
  // Whether the name opening at `at` is a possessive (Kenya's largest bank): its owner is no agent.
  bool owned_at(std::size_t at) const;
  std::optional<std::size_t> group_list_at(std::size_t from, std::size_t t) const;
  std::optional<std::size_t> ordinal_before(std::size_t before) const;
  bool coordinated_predicate(std::size_t before) const;
  std::optional<std::size_t> coordinated_participle_object(std::size_t conjunction) const;
  // The bracketed tokens that end before `at`, past a comma after them
  // (… Act (Regulation (EU) 2024/1689)|, first proposed): empty at `at` if none.
  Span bracket_before(std::size_t at) const;
  std::vector<std::size_t> subjects_before(std::size_t before,
                                           const std::vector<graph::NodeType>& types) const;
  std::vector<std::size_t> subject_after_opening(std::size_t from,
                                                 const std::vector<graph::NodeType>& types) const;
  std::vector<std::size_t> subjects_right_before(std::size_t before,
                                                 const std::vector<graph::NodeType>& types) const;
  std::vector<std::size_t> objects_after(std::size_t end, const std::vector<graph::NodeType>& types,
                                         const std::vector<std::string>& endings) const;

  const FrameGrammar& grammar_;
  const English& english_;
  SentenceReading& reading_;
  std::vector<EnglishToken> tokens_;
  std::vector<int> owner_;       // per token: a unit's index, or kFree, kModifier, kYearWord
  std::vector<Unit> units_;      // the arguments, by position
  std::vector<Unit> modifiers_;  // names that only qualify the next one
  std::vector<std::pair<std::size_t, std::size_t>> years_;  // token, mention index
  std::vector<std::size_t> actors_;  // units that did an act of acts_at_venue, in order
  struct PassiveReading {
    std::size_t verb;        // the participle's first token
    std::size_t object;      // the unit the participle is about
    std::size_t agents_end;  // the token after its agents
  };
  std::optional<PassiveReading> last_passive_;  // the sentence's last passive with its agents
  struct ActiveReading {
    std::size_t verb_end;               // the token after the verb
    std::vector<std::size_t> subjects;  // its subjects' units
  };
  std::optional<ActiveReading> last_active_;  // the sentence's last active verb with a subject
};

}  // namespace english_frames
}  // namespace kg::extract
