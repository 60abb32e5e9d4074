// The English frames, read over a Latin-script sentence's ICU words:
// en_verb (SUBJECT … TRIGGER … OBJECT with coordination on both sides, the
// passive "was adopted by X", "the summit hosted by X", relative clauses
// "X, which A signed", a subject set off by commas "X, who …, told",
// "as did Y", partners acting along "jointly with Y", negation and refusal
// "declined to sign" -> when_refused, forward-looking "is expected to sign"
// -> nothing) and en_title (HOLDER TITLE PERSON, PERSON, TITLE of HOLDER ->
// LEADS, deputies excluded). A name that only qualifies the next one (the
// EU's Act, European Commission President X) is no argument of its own.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "extract/english_words.h"
#include "extract/frames/reading.h"

namespace kg::extract {

using Phrases = std::vector<std::vector<std::string>>;

struct FrameGrammar::English {
  explicit English(const RulePack& pack) {
    const EnglishRules& e = pack.english;
    for (std::size_t i = 0; i < pack.relations.size(); ++i) {
      const RelationRule& rule = pack.relations[i];
      if (rule.frame == Frame::EnVerb) {
        for (const std::string& trigger : rule.triggers)
          triggers.push_back({english_phrase(trigger), static_cast<std::uint32_t>(i)});
        co_actors.emplace_back(phrases(rule.co_actors));
      } else if (rule.frame == Frame::EnTitle) {
        title_rules.push_back({phrases(rule.triggers), static_cast<std::uint32_t>(i)});
        co_actors.emplace_back();
      } else if (rule.frame == Frame::EnVenue) {
        venue_rules.push_back({phrases(rule.triggers), static_cast<std::uint32_t>(i)});
        co_actors.emplace_back();
      } else {
        co_actors.emplace_back();
      }
    }
    person_titles = phrases(e.person_titles);
    deputies = phrases(e.deputy_words);
    negations = phrases(e.negations);
    refusals = phrases(e.refusals);
    hedges = phrases(e.hedges);
    urging = phrases(e.urging);
    list_openers = phrases(e.list_openers);
    quantities = phrases(e.quantities);
    passive_agents = phrases(e.passive_agents);
    relative_pronouns = phrases(e.relative_pronouns);
    also_subjects = phrases(e.also_subjects);
    member_tails = phrases(e.member_tails);
    collective_heads = phrases(e.collective_heads);
    for (const auto* list :
         {&e.adverbs, &e.connectors, &e.passive_auxiliaries, &e.adjunct_prepositions, &e.barriers}) {
      std::set<std::string, std::less<>>& set = list == &e.adverbs                ? adverbs
                                                : list == &e.connectors           ? connectors
                                                : list == &e.passive_auxiliaries  ? auxiliaries
                                                : list == &e.adjunct_prepositions ? prepositions
                                                                                  : barriers;
      for (const std::string& word : *list) {
        for (std::string& part : english_phrase(word)) set.insert(std::move(part));
      }
    }
  }
  static Phrases phrases(const std::vector<std::string>& words) {
    Phrases out;
    for (const std::string& word : words) out.push_back(english_phrase(word));
    return out;
  }
  bool empty() const { return triggers.empty() && title_rules.empty() && venue_rules.empty(); }

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
  std::vector<TitleRule> venue_rules;  // en_venue: the venue words (at)
  std::vector<Phrases> co_actors;      // per pack rule
  Phrases person_titles, deputies, negations, refusals, hedges, urging, list_openers, quantities,
      passive_agents, relative_pronouns, also_subjects, member_tails, collective_heads;
  // Single words: connectors may be written as phrases (together with), read word by word.
  std::set<std::string, std::less<>> adverbs, connectors, auxiliaries, prepositions, barriers;
};

std::shared_ptr<const FrameGrammar::English> FrameGrammar::make_english(const RulePack& pack) {
  return std::make_shared<const English>(pack);
}

bool FrameGrammar::reads_english() const { return !english_->empty(); }

namespace {

using English = FrameGrammar::English;
constexpr int kFree = -1;      // a word of no name
constexpr int kModifier = -2;  // a word of a name that only qualifies another (the EU's)
constexpr int kYearWord = -3;  // a year

struct Unit {
  std::size_t argument;    // index into reading.mentions
  std::size_t first, end;  // tokens [first, end), a modifier before it included
  std::size_t name_first;  // where the name itself starts
};

bool type_in(graph::NodeType type, const std::vector<graph::NodeType>& types) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

bool dates_its_object(graph::RelationType relation) {
  using R = graph::RelationType;
  return relation == R::Proposed || relation == R::Issued || relation == R::Adopted ||
         relation == R::Signed || relation == R::Hosted || relation == R::InYear;
}

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
  bool possessive(const Unit& unit) const {
    const std::string_view after = reading_.text.substr(mention(unit).span.end, 4);
    return after.starts_with("'s") || after.starts_with("’s");
  }
  // The token after a possessive unit, past a separate 's token.
  std::size_t after_possessive(const Unit& unit) const {
    std::size_t at = unit.end;
    if (at < tokens_.size() && (word(at) == "'s" || word(at) == "’s" || word(at) == "'" || word(at) == "’"))
      ++at;
    if (at < tokens_.size() && word(at) == "s") ++at;
    return at;
  }

  void place_mentions() {
    struct Placed {
      std::size_t argument, first, end;
    };
    std::vector<Placed> placed;
    for (std::size_t index : reading_.arguments) {
      const Mention& m = reading_.mention(index);
      const std::size_t first = token_at(m.span.begin);
      std::size_t end = token_at(m.span.end);
      if (end < tokens_.size() && tokens_[end].span.begin < m.span.end) ++end;
      if (first >= end) continue;
      placed.push_back({index, first, end});
    }
    for (std::size_t index : reading_.years) {
      const std::size_t at = token_at(reading_.mention(index).span.begin);
      if (at < tokens_.size()) {
        owner_[at] = kYearWord;
        years_.emplace_back(at, index);
      }
    }
    // Other mentions (an alias in brackets after its name) are words of no argument.
    for (const Mention& m : reading_.mentions) {
      if (m.nested || m.type == graph::NodeType::Year) continue;
      for (std::size_t t = token_at(m.span.begin); t < tokens_.size() && tokens_[t].span.begin < m.span.end;
           ++t)
        owner_[t] = kModifier;
    }
    for (std::size_t p = 0; p < placed.size(); ++p) {
      const Placed& here = placed[p];
      const Mention& m = reading_.mention(here.argument);
      const std::string_view after = reading_.text.substr(m.span.end, 4);
      const bool next_close = p + 1 < placed.size() && placed[p + 1].first <= here.end + 3;
      // The EU's Digital Services Act: the EU qualifies the act.
      const bool possessive = after.starts_with("'s") || after.starts_with("’s");
      // European Commission President X: the body qualifies the person.
      bool holder = false;
      if (p + 1 < placed.size() && reading_.mention(placed[p + 1].argument).type == graph::NodeType::Person) {
        std::size_t at = here.end;
        if (const auto* deputy = starting_at(english_.deputies, at)) at += deputy->size();
        for (const auto& title : english_.person_titles) {
          if (phrase_at(tokens_, at, title) && placed[p + 1].first == at + title.size()) holder = true;
        }
      }
      if ((possessive && next_close) || holder) {
        modifiers_.push_back({here.argument, here.first, here.end, here.first});
        continue;
      }
      Unit unit{here.argument, here.first, here.end, here.first};
      // The modifier right before it (and a title between) is part of its phrase.
      if (!modifiers_.empty() && (units_.empty() || modifiers_.back().first >= units_.back().end)) {
        const Unit& modifier = modifiers_.back();
        if (modifier.end <= unit.first && unit.first - modifier.end <= 3) unit.first = modifier.first;
      }
      units_.push_back(unit);
    }
    // An alias in brackets right after a name is part of its phrase: the X Committee (XC), chaired by ….
    for (std::size_t u = 0; u < units_.size(); ++u) {
      Unit& unit = units_[u];
      std::size_t t = unit.end;
      if (t >= tokens_.size() || word(t) != "(") continue;
      // (The alias, learned from this very bracket, may be a mention of the same thing.)
      if (u + 1 < units_.size() && units_[u + 1].first == t + 1 &&
          mention(units_[u + 1]).name == mention(unit).name) {
        t = units_[u + 1].end;
        if (t < tokens_.size() && word(t) == ")") {
          unit.end = t + 1;
          units_.erase(units_.begin() + static_cast<std::ptrdiff_t>(u) + 1);
        }
        continue;
      }
      while (++t < tokens_.size() && owner_[t] == kModifier) {
      }
      if (t < tokens_.size() && t > unit.end + 1 && word(t) == ")") unit.end = t + 1;
    }
    for (std::size_t u = 0; u < units_.size(); ++u) {
      for (std::size_t t = units_[u].first; t < units_[u].end; ++t) owner_[t] = static_cast<int>(u);
    }
  }

  // Whether the words [from, to) only join list members: and, the, commas, modifiers.
  bool joins(std::size_t from, std::size_t to) const {
    for (std::size_t t = from; t < to; ++t) {
      if (owner_[t] == kModifier) continue;
      if (owner_[t] != kFree || !english_.connectors.count(word(t))) return false;
    }
    return true;
  }
  std::vector<std::size_t> list_right(std::size_t unit, const std::vector<graph::NodeType>& types) const {
    std::vector<std::size_t> out{unit};
    for (std::size_t u = unit + 1; u < units_.size(); ++u) {
      if (!joins(units_[u - 1].end, units_[u].first)) break;
      if (type_in(mention(units_[u]).type, types)) out.push_back(u);
    }
    return out;
  }
  std::vector<std::size_t> list_left(std::size_t unit, const std::vector<graph::NodeType>& types) const {
    std::vector<std::size_t> out{unit};
    for (std::size_t u = unit; u-- > 0;) {
      if (!joins(units_[u].end, units_[u + 1].first)) break;
      if (type_in(mention(units_[u]).type, types)) out.push_back(u);
    }
    return out;
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
  // The unit that starts at `at`, a person's title allowed before it (by Vice Premier X).
  std::optional<std::size_t> unit_opening(std::size_t at) const {
    // Past a common noun's possessive: by the organisation's Committee of Ministers.
    if (at < tokens_.size() && owner_[at] == kFree && word(at).size() > 2 &&
        (word(at).ends_with("'s") || word(at).ends_with("’s")))
      at = skip_the(at + 1);
    const auto unit = unit_starting_from(at);
    if (!unit) return std::nullopt;
    if (units_[*unit].first == at) return unit;
    std::size_t title_end = at;
    if (const auto* deputy = starting_at(english_.deputies, title_end)) title_end += deputy->size();
    std::size_t longest = 0;
    for (const auto& title : english_.person_titles) {
      if (phrase_at(tokens_, title_end, title)) longest = std::max(longest, title.size());
    }
    if (longest != 0 && units_[*unit].first == title_end + longest) return unit;
    return std::nullopt;
  }

  bool has_barrier(std::size_t from, std::size_t to) const {
    for (std::size_t t = from; t < to; ++t) {
      if (owner_[t] == kFree && english_.barriers.count(word(t))) return true;
    }
    return false;
  }

  // The year of the act at [first, end): a year after it before the next
  // trigger, else the nearest before it in the sentence.
  std::optional<int> year_of(std::size_t first, std::size_t end, std::size_t next_trigger) const {
    for (const auto& [at, index] : years_) {
      if (at >= end && at < next_trigger) return std::stoi(reading_.mention(index).name);
    }
    std::optional<int> before;
    for (const auto& [at, index] : years_) {
      if (at < first) before = std::stoi(reading_.mention(index).name);
    }
    return before;
  }

  void read_titles() {
    for (const English::TitleRule& title_rule : english_.title_rules) {
      const RelationRule& rule = grammar_.rule(title_rule.rule);
      for (std::size_t u = 0; u < units_.size(); ++u) {
        const Unit& person = units_[u];
        if (!type_in(mention(person).type, rule.subject_types)) continue;
        // HOLDER TITLE PERSON: European Commission President X, French President X.
        if (const auto* title = ending_at(title_rule.titles, person.name_first)) {
          const std::size_t title_first = person.name_first - title->size();
          if (title_first > 0 && starting_at(english_.deputies, title_first - 1)) continue;
          if (const Unit* holder = modifier_ending_at(title_first);
              holder && type_in(mention(*holder).type, rule.object_types)) {
            reading_.emit(mention(person), rule.relation, mention(*holder), std::nullopt, rule,
                          original(title_first, person.name_first));
            continue;
          }
          // TITLE PERSON of HOLDER: President X of Y.
          if (person.end + 1 < tokens_.size() && word(person.end) == "of" && u + 1 < units_.size() &&
              units_[u + 1].first == skip_the(person.end + 1) &&
              type_in(mention(units_[u + 1]).type, rule.object_types)) {
            reading_.emit(mention(person), rule.relation, mention(units_[u + 1]), std::nullopt, rule,
                          original(title_first, person.name_first));
          }
          continue;
        }
        // PERSON, HOLDER's TITLE: X, Nvidia's chief executive (not: X, Nvidia's deputy chief executive).
        if (person.end < tokens_.size() && word(person.end) == "," && u + 1 < units_.size() &&
            units_[u + 1].first == skip_the(person.end + 1) && possessive(units_[u + 1]) &&
            type_in(mention(units_[u + 1]).type, rule.object_types)) {
          const std::size_t at = after_possessive(units_[u + 1]);
          if (const auto* title = starting_at(title_rule.titles, at);
              title && !starting_at(english_.deputies, at)) {
            reading_.emit(mention(person), rule.relation, mention(units_[u + 1]), std::nullopt, rule,
                          original(at, at + title->size()));
            continue;
          }
        }
        // PERSON, TITLE of [a few words] HOLDER: X, chief executive of AI developer Y.
        if (person.end < tokens_.size() && word(person.end) == ",") {
          const std::size_t at = skip_the(person.end + 1);
          const auto* title = starting_at(title_rule.titles, at);
          if (!title || at + title->size() >= tokens_.size() || word(at + title->size()) != "of") continue;
          const std::size_t from = at + title->size() + 1;
          const auto holder = unit_starting_from(from);
          if (!holder || units_[*holder].first > from + 3 || has_barrier(from, units_[*holder].first))
            continue;
          bool plain = true;  // only words, no punctuation between
          for (std::size_t t = from; t < units_[*holder].first; ++t)
            plain = plain && owner_[t] == kFree && std::isalpha(static_cast<unsigned char>(word(t)[0]));
          if (plain && type_in(mention(units_[*holder]).type, rule.object_types))
            reading_.emit(mention(person), rule.relation, mention(units_[*holder]), std::nullopt, rule,
                          original(at, at + title->size()));
        }
      }
    }
  }
  const Unit* modifier_ending_at(std::size_t at) const {
    for (const Unit& modifier : modifiers_) {
      if (modifier.end == at) return &modifier;
    }
    return nullptr;
  }

  // Acts done at an event: who signs, adopts, proposes there took part in it.
  static bool acts_at_venue(graph::RelationType relation) {
    using R = graph::RelationType;
    return relation == R::Signed || relation == R::Adopted || relation == R::Proposed ||
           relation == R::Issued || relation == R::Supports || relation == R::Opposes ||
           relation == R::Rejected;
  }

  // en_venue: an event named after a venue word (at the summit; a sentence
  // opening "At the first, the X Summit, …"): the actors of the sentence's
  // acts took part in it.
  void read_venues() {
    if (actors_.empty()) return;
    for (const English::TitleRule& venue_rule : english_.venue_rules) {
      const RelationRule& rule = grammar_.rule(venue_rule.rule);
      for (std::size_t u = 0; u < units_.size(); ++u) {
        if (!type_in(mention(units_[u]).type, rule.object_types)) continue;
        std::size_t at = units_[u].first;
        while (at > 0 && word(at - 1) == "the") --at;
        const auto* venue = ending_at(venue_rule.titles, at);
        // Opening the sentence, with an apposition before the name: At the first, the X Summit.
        if (!venue && u == 0 && starting_at(venue_rule.titles, 0) && at <= 6)
          venue = starting_at(venue_rule.titles, 0);
        if (!venue) continue;
        const std::size_t venue_at = ending_at(venue_rule.titles, at) ? at - venue->size() : 0;
        std::vector<std::size_t> seen;
        for (std::size_t actor : actors_) {
          if (std::find(seen.begin(), seen.end(), actor) != seen.end()) continue;
          seen.push_back(actor);
          if (type_in(mention(units_[actor]).type, rule.subject_types))
            reading_.emit(mention(units_[actor]), rule.relation, mention(units_[u]), std::nullopt, rule,
                          original(venue_at, venue_at + venue->size()));
        }
      }
    }
  }

  struct Match {
    std::size_t first, end;
    std::uint32_t rule;
  };

  std::vector<Match> find_triggers() const {
    std::vector<Match> found;
    for (std::size_t t = 0; t < tokens_.size(); ++t) {
      if (owner_[t] != kFree) continue;
      for (const English::Trigger& trigger : english_.triggers) {
        if (!phrase_at(tokens_, t, trigger.words)) continue;
        bool free = true;
        for (std::size_t i = t; i < t + trigger.words.size(); ++i) free = free && owner_[i] == kFree;
        // A whole word: not the start of a longer one written together (co-hosted is its own trigger).
        if (free) found.push_back({t, t + trigger.words.size(), trigger.rule});
      }
    }
    std::stable_sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
      return a.first != b.first ? a.first < b.first : a.end > b.end;
    });
    std::vector<Match> kept;
    std::size_t covered = 0;
    for (const Match& m : found) {
      const bool same_span = !kept.empty() && kept.back().first == m.first && kept.back().end == m.end;
      if (!same_span && m.first < covered) continue;
      // co-hosted: "hosted" after "co-" is part of it.
      if (!same_span && m.first >= 2 && word(m.first - 1) == "-" &&
          tokens_[m.first - 1].span.begin == tokens_[m.first - 2].span.end &&
          tokens_[m.first - 1].span.end == tokens_[m.first].span.begin)
        continue;
      kept.push_back(m);
      covered = std::max(covered, m.end);
    }
    return kept;
  }

  void read_verbs() {
    const std::vector<Match> matches = find_triggers();
    for (std::size_t i = 0; i < matches.size(); ++i) {
      std::size_t next = tokens_.size();  // where the next trigger starts, past this one
      for (std::size_t j = i + 1; j < matches.size(); ++j) {
        if (matches[j].first >= matches[i].end) {
          next = matches[j].first;
          break;
        }
      }
      read_verb(matches[i], next);
    }
  }

  void read_verb(const Match& match, std::size_t next_trigger) {
    std::uint32_t rule_index = match.rule;
    const RelationRule* rule = &grammar_.rule(rule_index);
    const std::string_view trigger = original(match.first, match.end);
    // What stands before the verb: adverbs, then a refusal, negation or hedge.
    std::size_t before = match.first;
    while (before > 0 && owner_[before - 1] == kFree && english_.adverbs.count(word(before - 1))) --before;
    if (ending_at(english_.refusals, before)) {
      const auto refused = grammar_.refusal_of(rule_index);
      if (!refused) {
        reading_.drop(*rule, trigger, "negated");
        return;
      }
      rule_index = *refused;
      rule = &grammar_.rule(rule_index);
      if (const auto* refusal = ending_at(english_.refusals, before)) before -= refusal->size();
    } else if (ending_at(english_.negations, before)) {
      reading_.drop(*rule, trigger, "negated");
      return;
    } else if (ending_at(english_.hedges, before)) {
      reading_.drop(*rule, trigger, "forward-looking");
      return;
    }
    // The relation's ends: the verb's subject and objects, swapped for an inverse rule.
    const auto& subject_types = rule->inverse ? rule->object_types : rule->subject_types;
    const auto& object_types = rule->inverse ? rule->subject_types : rule->object_types;
    std::vector<std::size_t> subjects, objects;

    // The agent's "by" right after the verb or after a date or place (adopted in May 2019 by X).
    std::optional<std::size_t> by_at;
    for (std::size_t t = match.end; t < std::min(tokens_.size(), match.end + 6); ++t) {
      if (owner_[t] >= 0 || (owner_[t] == kFree && english_.barriers.count(word(t))) || word(t) == ",") break;
      if (starting_at(english_.passive_agents, t)) {
        by_at = t;
        break;
      }
    }
    const bool by_agent = by_at.has_value();
    const bool auxiliary =
        before > 0 && owner_[before - 1] == kFree && english_.auxiliaries.count(word(before - 1));
    if (by_agent || rule->subject_types.empty()) {
      // The passive: the object before the verb (was adopted by, the summit
      // hosted by, the report, published in …), the agents after "by".
      if (auto object = unit_ending_by(before)) {
        const std::size_t gap_first = units_[*object].end;
        bool close = before - gap_first <= 6 && !has_barrier(gap_first, before);
        // An appositive noun after a comma may stand between: the X Act, a law first proposed by Y.
        bool apposition = false;
        std::size_t nouns = 0;
        for (std::size_t t = gap_first; t < before && close; ++t) {
          if (apposition && owner_[t] == kFree && std::islower(static_cast<unsigned char>(word(t)[0])) &&
              !english_.adverbs.count(word(t)) && ++nouns <= 2)
            continue;
          apposition =
              apposition || (t > gap_first && word(t - 1) == "," && (word(t) == "a" || word(t) == "an"));
          close = owner_[t] == kFree &&
                  (word(t) == "," || english_.auxiliaries.count(word(t)) || english_.adverbs.count(word(t)) ||
                   ending_at(english_.relative_pronouns, t + 1) || (apposition && nouns == 0));
        }
        close = close && (apposition || before - gap_first <= 4);
        if (close && type_in(mention(units_[*object]).type, object_types)) objects = {*object};
      }
      // A second participle after "and" in an apposition dates the name before it:
      // the X Report, drafted by experts, and published in January 2025.
      if (objects.empty() && rule->subject_types.empty() && before > 0 && word(before - 1) == "and") {
        std::size_t at = before - 1;
        if (at > 0 && word(at - 1) == ",") --at;
        for (std::size_t t = at; t-- > 0 && at - t <= 25;) {
          if (owner_[t] == kFree && english_.barriers.count(word(t))) break;
          if (word(t) == ",") {
            if (const auto unit = unit_ending_by(t);
                unit && units_[*unit].end == t && type_in(mention(units_[*unit]).type, object_types))
              objects = {*unit};
            break;
          }
        }
      }
      if (by_agent && !rule->subject_types.empty()) {
        const std::size_t at = skip_the(*by_at + starting_at(english_.passive_agents, *by_at)->size());
        auto agent = unit_opening(at);
        // By 28 countries and the EU: past a group no name names, to the name coordinated with it.
        for (std::size_t t = at; !agent && t < std::min(tokens_.size(), at + 4) && owner_[t] == kFree; ++t) {
          if (word(t) == "and") agent = unit_opening(skip_the(t + 1));
        }
        if (agent && type_in(mention(units_[*agent]).type, subject_types))
          subjects = list_right(*agent, subject_types);
      } else if (!auxiliary && !by_agent && !rule->subject_types.empty()) {
        objects.clear();
      }
      if (objects.empty() && !rule->subject_types.empty() && !subjects.empty()) {
        reading_.drop(*rule, trigger, "no object");
        return;
      }
    } else {
      subjects = subjects_before(before, subject_types);
      objects = objects_after(match.end, object_types, rule->object_endings);
      if (objects.empty() && !subjects.empty()) {
        // X, which A signed: the object before the relative pronoun.
        const std::size_t head = units_[subjects.back()].first;
        std::size_t at = head;
        if (at > 0 && ending_at(english_.relative_pronouns, at)) {
          at -= ending_at(english_.relative_pronouns, at)->size();
          if (at > 0 && word(at - 1) == ",") --at;
          if (auto object = unit_ending_by(at);
              object && units_[*object].end == at && type_in(mention(units_[*object]).type, object_types))
            objects = {*object};
        }
      }
    }
    // Symmetric relations among a list: A and B cooperate; a partnership between A and B.
    if (rule->relation == graph::RelationType::CooperatesWith && objects.empty() != subjects.empty()) {
      const std::vector<std::size_t>& members = subjects.empty() ? objects : subjects;
      for (std::size_t a = 0; a < members.size(); ++a) {
        for (std::size_t b = a + 1; b < members.size(); ++b)
          reading_.emit(mention(units_[members[a]]), rule->relation, mention(units_[members[b]]),
                        std::nullopt, *rule, trigger);
      }
      if (members.size() >= 2) return;
    }
    if (objects.empty()) {
      // An object left unsaid (A and B also signed; C signed on behalf of D):
      // the last one the paragraph named before, for a rule that allows it.
      if (rule->unsaid_object && !subjects.empty() && !by_agent && ends_its_clause(match.end)) {
        if (const Mention* unsaid = reading_.unsaid_object(object_types)) {
          const std::optional<int> year = year_of(match.first, match.end, next_trigger);
          for (std::size_t s : subjects)
            reading_.emit(mention(units_[s]), rule->relation, *unsaid, year, *rule, trigger);
          return;
        }
      }
      if (!rule->subject_types.empty()) reading_.drop(*rule, trigger, "no object");
      return;
    }
    // After the objects: as did Y; jointly with Y; by Y.
    std::size_t after = units_[objects.back()].end;
    if (after < tokens_.size() && word(after) == ",") ++after;
    const auto* also = starting_at(english_.also_subjects, after);
    // ", as did Y" may come after an adverbial clause: as the meeting closed, as did Y.
    for (std::size_t t = after; !also && t < std::min(tokens_.size(), after + 12); ++t) {
      if (owner_[t] == kFree && english_.barriers.count(word(t))) break;
      if (word(t) == "," && (also = starting_at(english_.also_subjects, t + 1))) after = t + 1;
    }
    const auto* along = also ? nullptr : starting_at(english_.co_actors[match.rule], after);
    if (const auto* marker = also ? also : along) {
      const std::size_t at = skip_the(after + marker->size());
      if (auto unit = unit_opening(at); unit && type_in(mention(units_[*unit]).type, subject_types)) {
        for (std::size_t s : list_right(*unit, subject_types)) subjects.push_back(s);
      }
    }
    if (subjects.empty() && !rule->subject_types.empty()) {
      reading_.drop(*rule, trigger, "no subject");
      return;
    }
    std::optional<int> year = year_of(match.first, match.end, next_trigger);
    if (rule->year_right_after) {
      // A day and a month may come between: of 27 December 2019.
      year.reset();
      for (std::size_t t = match.end; t < std::min(tokens_.size(), match.end + 3); ++t) {
        if (owner_[t] == kYearWord) {
          year = year_of(t, t, t + 1);
          break;
        }
        if (owner_[t] != kFree) break;
      }
      if (!year) return;
    }
    for (std::size_t o : objects) {
      const Mention& object = mention(units_[o]);
      if (rule->relation != graph::RelationType::InYear) {
        for (std::size_t s : subjects) {
          if (rule->inverse)
            reading_.emit(object, rule->relation, mention(units_[s]), year, *rule, trigger);
          else
            reading_.emit(mention(units_[s]), rule->relation, object, year, *rule, trigger);
          if (!rule->inverse && acts_at_venue(rule->relation)) actors_.push_back(s);
        }
      }
      // (An inverse rule's event is dated once, with its first participant.)
      if (rule->inverse && o != objects.front()) continue;
      const Mention& dated = rule->inverse ? mention(units_[subjects.front()]) : object;
      const bool datable = dated.type == graph::NodeType::Initiative || dated.type == graph::NodeType::Event;
      const bool attended =
          rule->relation == graph::RelationType::ParticipatedIn && dated.type == graph::NodeType::Event;
      if (year && datable && (dates_its_object(rule->relation) || attended))
        reading_.emit_year(dated, *year, *rule, trigger);
    }
  }

  // Whether the verb ending at `end` has no object: the clause ends, or an
  // adjunct follows (signed on behalf of X, signed for the bloc, too).
  bool ends_its_clause(std::size_t end) const {
    if (end >= tokens_.size()) return true;
    const std::string_view next = word(end);
    return next == "." || next == "," || next == ";" || next == "on" || next == "for" || next == "too" ||
           next == "as" || next == "in" || next == "at" || next == "-" || next == "—";
  }

  // The subjects of an active verb whose words start at `before`: the
  // nearest name before it and the list it ends.
  std::vector<std::size_t> subjects_before(std::size_t before,
                                           const std::vector<graph::NodeType>& types) const {
    std::vector<std::size_t> subjects = subjects_right_before(before, types);
    if (!subjects.empty() || before < 2 || word(before - 1) != ",") return subjects;
    // Past an apposition with names of its own: Japan, then holding the G7
    // presidency, launched …; the subject ends at its opening comma.
    for (std::size_t t = before - 1; t-- > 0 && before - t <= 25;) {
      if (owner_[t] == kFree && english_.barriers.count(word(t))) break;
      if (word(t) == ",") {
        if (const auto unit = unit_ending_by(t); unit && units_[*unit].end == t)
          return subjects_right_before(t, types);
        break;
      }
    }
    return {};
  }

  std::vector<std::size_t> subjects_right_before(std::size_t before,
                                                 const std::vector<graph::NodeType>& types) const {
    // X and its 27 member states signed: X acts, with its members.
    if (const auto* tail = ending_at(english_.member_tails, before)) {
      std::size_t at = before - tail->size();
      while (at > 0 && owner_[at - 1] == kFree && std::isdigit(static_cast<unsigned char>(word(at - 1)[0])))
        --at;
      if (at >= 2 && owner_[at - 1] == kFree && (word(at - 1) == "its" || word(at - 1) == "their") &&
          word(at - 2) == "and")
        before = at - 2;
    }
    const auto nearest = unit_ending_by(before);
    if (!nearest) return {};
    const std::size_t gap_first = units_[*nearest].end;
    const std::size_t gap = before - gap_first;
    if (has_barrier(gap_first, before)) return {};
    for (std::size_t t = gap_first; t < before; ++t) {
      if (owner_[t] >= 0) return {};
    }
    // Close by (has formally), or set off by commas (X, who …, told; X, held at …, drew).
    const bool set_off = gap >= 2 && word(gap_first) == "," &&
                         (word(before - 1) == "," || ending_at(english_.relative_pronouns, gap_first + 2));
    if (gap > 4 && !(set_off && gap <= 25)) return {};
    // One comma alone closes a list before its verb: A, B and C, signed.
    if (gap > 1 && !set_off) {
      for (std::size_t t = gap_first; t < before; ++t) {
        if (word(t) == ",") return {};
      }
    }
    std::size_t subject = *nearest;
    // President X of Y signed: Y qualifies X, who acts.
    {
      std::size_t at = units_[subject].first;
      while (at > 0 && word(at - 1) == "the") --at;
      if (subject > 0 && at > 0 && owner_[at - 1] == kFree &&
          (word(at - 1) == "of" || word(at - 1) == "from") && units_[subject - 1].end == at - 1 &&
          type_in(mention(units_[subject - 1]).type, types))
        subject = subject - 1;
    }
    if (!type_in(mention(units_[subject]).type, types)) return {};
    std::vector<std::size_t> subjects = list_left(subject, types);
    // Urged X to sign; at the summit: no subject.
    std::size_t head = units_[subjects.back()].first;
    if (ending_at(english_.urging, head)) return {};
    std::size_t at = head;
    while (at > 0 && (word(at - 1) == "the")) --at;
    // (A relative clause's antecedent acts whatever governs it: by X, who …, told.)
    const bool relative = gap >= 2 && ending_at(english_.relative_pronouns, gap_first + 2);
    // (Leaders of X, members of X act for X.)
    const bool for_it = at > 1 && word(at - 1) == "of" && ending_at(english_.collective_heads, at - 1);
    if (!relative && !for_it && at > 0 && owner_[at - 1] == kFree &&
        english_.prepositions.count(word(at - 1)))
      return {};
    return subjects;
  }

  std::vector<std::size_t> objects_after(std::size_t end, const std::vector<graph::NodeType>& types,
                                         const std::vector<std::string>& endings) const {
    // The object is what a quantity counts: welcomed a set of X.
    if (const auto* quantity = starting_at(english_.quantities, skip_the(end)))
      end = skip_the(end) + quantity->size();
    const auto first = unit_starting_from(end);
    if (first && units_[*first].first - end <= 4 && !has_barrier(end, units_[*first].first)) {
      bool plain = true;
      for (std::size_t t = end; t < units_[*first].first; ++t) {
        if (ending_at(english_.relative_pronouns, t + 1) || english_.prepositions.count(word(t)))
          plain = false;
      }
      if (plain && type_in(mention(units_[*first]).type, types)) {
        std::vector<std::size_t> objects = list_right(*first, types);
        // A rule for some documents only: a person signs an order or an act into force.
        if (!endings.empty()) {
          std::erase_if(objects, [&](std::size_t o) {
            const std::string& name = mention(units_[o]).name;
            return std::none_of(endings.begin(), endings.end(),
                                [&](const std::string& ending) { return name.ends_with(ending); });
          });
        }
        return objects;
      }
      if (plain) return {};
    }
    // A list after an opener: drew ministers from 100 countries, among them A and B.
    const std::size_t limit = std::min(tokens_.size(), end + 25);
    for (std::size_t t = end; t < limit; ++t) {
      if (owner_[t] >= 0 || (owner_[t] == kFree && english_.barriers.count(word(t)))) break;
      if (const auto* opener = starting_at(english_.list_openers, t)) {
        const std::size_t at = skip_the(t + opener->size());
        if (auto unit = unit_opening(at); unit && type_in(mention(units_[*unit]).type, types))
          return list_right(*unit, types);
        break;
      }
    }
    return {};
  }

  const FrameGrammar& grammar_;
  const English& english_;
  SentenceReading& reading_;
  std::vector<EnglishToken> tokens_;
  std::vector<int> owner_;       // per token: a unit's index, or kFree, kModifier, kYearWord
  std::vector<Unit> units_;      // the arguments, by position
  std::vector<Unit> modifiers_;  // names that only qualify the next one
  std::vector<std::pair<std::size_t, std::size_t>> years_;  // token, mention index
  std::vector<std::size_t> actors_;  // units that did an act of acts_at_venue, in order
};

}  // namespace

void read_english(const FrameGrammar& grammar, SentenceReading& reading) {
  EnglishSentence(grammar, reading).read();
}

}  // namespace kg::extract
