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
#include <array>
#include <cctype>

#include "extract/frames/en_sentence.h"

namespace kg::extract {

FrameGrammar::English::English(const RulePack& pack) {
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
    } else if (rule.frame == Frame::EnRoster) {
      roster_rules.push_back({phrases(rule.triggers), static_cast<std::uint32_t>(i)});
      co_actors.emplace_back();
    } else if (rule.frame == Frame::EnDated) {
      dated_rules.push_back({phrases(rule.triggers), static_cast<std::uint32_t>(i)});
      co_actors.emplace_back();
    } else if (rule.frame == Frame::EnCompound) {
      compound_rules.push_back({phrases(rule.triggers), static_cast<std::uint32_t>(i)});
      co_actors.emplace_back();
    } else {
      co_actors.emplace_back();
    }
  }
  person_titles = phrases(e.person_titles);
  deputies = phrases(e.deputy_words);
  appointments = phrases(e.appointment_verbs);
  honorifics = phrases(e.honorifics);
  negations = phrases(e.negations);
  refusals = phrases(e.refusals);
  refusal_nouns = phrases(e.refusal_nouns);
  time_adjuncts = phrases(e.time_adjuncts);
  manner_adjuncts = phrases(e.manner_adjuncts);
  hedges = phrases(e.hedges);
  urging = phrases(e.urging);
  list_openers = phrases(e.list_openers);
  quantities = phrases(e.quantities);
  passive_agents = phrases(e.passive_agents);
  relative_pronouns = phrases(e.relative_pronouns);
  also_subjects = phrases(e.also_subjects);
  like_subjects = phrases(e.like_subjects);
  member_tails = phrases(e.member_tails);
  collective_heads = phrases(e.collective_heads);
  agent_heads = phrases(e.agent_heads);
  agent_links = phrases(e.agent_links);
  venue_clauses = phrases(e.venue_clauses);
  venue_acts = phrases(e.venue_acts);
  venue_parts = phrases(e.venue_parts);
  ellipsis_openers = phrases(e.ellipsis_openers);
  ordinal_infinitives = phrases(e.ordinal_infinitives);
  ordinal_copulas = phrases(e.ordinal_copulas);
  among_copulas = phrases(e.among_copulas);
  connector_phrases = phrases(e.connectors);
  roster_verbs = phrases(e.roster_verbs);
  // Longest first, so that "together with" is read whole before "together", "later that year" before "later".
  for (Phrases* list : {&connector_phrases, &time_adjuncts, &manner_adjuncts}) {
    std::stable_sort(list->begin(), list->end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
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
  number_words.insert(e.number_words.begin(), e.number_words.end());
  group_nouns.insert(e.group_nouns.begin(), e.group_nouns.end());
  clause_ends.insert(e.clause_ends.begin(), e.clause_ends.end());
  span_openers.insert(e.span_openers.begin(), e.span_openers.end());
  attributive_words.insert(e.attributive_words.begin(), e.attributive_words.end());
  title_times.insert(e.title_times.begin(), e.title_times.end());
  edition_ordinals.insert(e.edition_ordinals.begin(), e.edition_ordinals.end());
  title_introducers.insert(e.title_introducers.begin(), e.title_introducers.end());
}

std::shared_ptr<const FrameGrammar::English> FrameGrammar::make_english(const RulePack& pack) {
  return std::make_shared<const English>(pack);
}

bool FrameGrammar::reads_english() const { return !english_->empty(); }

namespace english_frames {

void EnglishSentence::place_mentions() {
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
    // (Only capitalised words between: the EU's Digital Services Act, not the Code's signatories include X.)
    bool next_close = p + 1 < placed.size() && placed[p + 1].first <= here.end + 3;
    for (std::size_t t = here.end; next_close && t < placed[p + 1].first; ++t)
      next_close = std::isupper(static_cast<unsigned char>(original(t, t + 1).front())) != 0;
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
    // A US-drafted resolution: the name before a hyphenated participle qualifies the next (en_compound).
    const bool compound =
        here.end + 1 < tokens_.size() && word(here.end) == "-" &&
        tokens_[here.end].span.begin == m.span.end && word(here.end + 1).ends_with("ed") &&
        std::islower(static_cast<unsigned char>(original(here.end + 1, here.end + 2).front()));
    if ((possessive && next_close) || holder || compound) {
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

std::vector<std::size_t> EnglishSentence::list_right(std::size_t unit,
                                                     const std::vector<graph::NodeType>& types) const {
  std::vector<std::size_t> out{unit};
  for (std::size_t u = unit + 1; u < units_.size(); ++u) {
    if (!joins(units_[u - 1].end, units_[u].first)) break;
    if (type_in(mention(units_[u]).type, types)) out.push_back(u);
  }
  return out;
}

std::vector<std::size_t> EnglishSentence::persons_right(std::size_t unit,
                                                        const std::vector<graph::NodeType>& types) const {
  if (mention(units_[unit]).type != graph::NodeType::Person) return list_right(unit, types);
  std::vector<std::size_t> out{unit};
  constexpr std::size_t kMaxDescriptionWords = 14;
  std::size_t last = unit;
  for (std::size_t u = last + 1; u < units_.size(); ++u) {
    const std::size_t from = units_[last].end;
    const std::size_t to = units_[u].first;
    if (to - from > kMaxDescriptionWords || from >= tokens_.size()) break;
    bool closed = false;  // a clause's end or a word that opens one between
    for (std::size_t t = from; t < to && !closed; ++t) {
      closed = word(t) == "." || (owner_[t] == kFree && english_.barriers.count(word(t))) ||
               ending_at(english_.relative_pronouns, t + 1) != nullptr;
    }
    if (closed) break;
    // (A body or a state in a description is no member: Brazil's minister A; the Under-Secretary-General for
    // Economic and Social Affairs B.)
    if (mention(units_[u]).type != graph::NodeType::Person) continue;
    if (word(from) != "," && word(from) != "and") break;
    if (type_in(mention(units_[u]).type, types)) out.push_back(u);
    last = u;
  }
  return out;
}

std::vector<std::size_t> EnglishSentence::list_left(std::size_t unit,
                                                    const std::vector<graph::NodeType>& types) const {
  std::vector<std::size_t> out{unit};
  for (std::size_t u = unit; u-- > 0;) {
    if (!joins(units_[u].end, units_[u + 1].first)) break;
    if (type_in(mention(units_[u]).type, types)) out.push_back(u);
  }
  return out;
}

// The unit that starts at `at`, a person's title allowed before it (by Vice Premier X).
std::optional<std::size_t> EnglishSentence::unit_opening(std::size_t at) const {
  // Past a common noun's possessive: by the organisation's Committee of Ministers.
  if (at < tokens_.size() && owner_[at] == kFree && word(at).size() > 2 &&
      (word(at).ends_with("'s") || word(at).ends_with("’s")))
    at = skip_the(at + 1);
  const auto unit = unit_starting_from(at);
  if (!unit) return std::nullopt;
  if (units_[*unit].first == at) return unit;
  // A title's own qualifiers may come first: by Foreign Secretary X, by Swiss Ambassador Y.
  constexpr std::size_t kMaxQualifiers = 2;
  for (std::size_t qualifiers = 0; qualifiers <= kMaxQualifiers; ++qualifiers) {
    std::size_t title_end = at + qualifiers;
    if (title_end >= units_[*unit].first) break;
    if (qualifiers > 0 && (owner_[title_end - 1] != kFree || !capitalised(title_end - 1))) break;
    if (const auto* deputy = starting_at(english_.deputies, title_end)) title_end += deputy->size();
    std::size_t longest = 0;
    for (const auto& title : english_.person_titles) {
      if (phrase_at(tokens_, title_end, title)) longest = std::max(longest, title.size());
    }
    if (longest != 0 && units_[*unit].first == title_end + longest) return unit;
  }
  return std::nullopt;
}

// The year of the act at [first, end): a year after it before the next
// trigger, else the nearest before it in the sentence.
std::optional<int> EnglishSentence::year_of(std::size_t first, std::size_t end,
                                            std::size_t next_trigger) const {
  // (Not past the clause: X announced Y at Z, and in July 2025 W proposed V. A list's serial comma goes on
  // with the list's next name: signed by A, B, and C on 5 May 2019.)
  constexpr std::array<std::string_view, 5> kClauseJoiners = {"and", "but", "while", "whereas", "although"};
  for (std::size_t t = end; t < std::min(next_trigger, tokens_.size()); ++t) {
    if (owner_[t] != kFree) continue;
    const bool joined_clause =
        word(t) == "," && t + 1 < tokens_.size() && owner_[t + 1] == kFree &&
        std::find(kClauseJoiners.begin(), kClauseJoiners.end(), word(t + 1)) != kClauseJoiners.end() &&
        !unit_opening(skip_the(t + 2));
    // (A semicolon right after the verb ends no clause of its own: Enacted; signed by X, 29 September 2025.)
    if ((word(t) == ";" && t > end) || joined_clause) {
      next_trigger = t;
      break;
    }
  }
  for (const auto& [at, index] : years_) {
    if (at >= end && at < next_trigger) return std::stoi(reading_.mention(index).name);
  }
  std::optional<int> before;
  for (const auto& [at, index] : years_) {
    if (at < first) before = std::stoi(reading_.mention(index).name);
  }
  // Else the date heading the line, as a timeline's entries are headed (March 2024: the Assembly adopts …).
  return before ? before : reading_.line_year;
}

bool EnglishSentence::year_spans(std::size_t end, std::size_t next_trigger) const {
  for (const auto& [at, index] : years_) {
    if (at >= end && at < next_trigger) return at > 0 && english_.span_openers.count(word(at - 1)) > 0;
  }
  return false;
}

// The mention index of the year written at token t, if one is.
std::optional<std::size_t> EnglishSentence::year_at(std::size_t t) const {
  for (const auto& [at, index] : years_) {
    if (at == t) return index;
  }
  return std::nullopt;
}

// Whether token t is a month's or a weekday's name (the words no name starts with).
bool EnglishSentence::is_date_word(std::size_t t) const {
  const std::vector<std::string>& date_words = grammar_.pack().english.not_name_starts;
  return std::find(date_words.begin(), date_words.end(), original(t, t + 1)) != date_words.end();
}

bool EnglishSentence::capitalised(std::size_t t) const {
  return std::isupper(static_cast<unsigned char>(original(t, t + 1).front())) != 0;
}

}  // namespace english_frames

void read_english(const FrameGrammar& grammar, SentenceReading& reading) {
  english_frames::EnglishSentence(grammar, reading).read();
}

}  // namespace kg::extract
