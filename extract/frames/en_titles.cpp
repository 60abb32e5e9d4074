// The en_title frame (HOLDER TITLE PERSON, PERSON, HOLDER's TITLE, PERSON,
// TITLE of HOLDER -> LEADS, deputies excluded; TITLE PERSON alone, the body
// the gazetteer knows the person heads) and the en_venue frame (the
// actors of a sentence's acts took part in the event named after "at").
#include <algorithm>
#include <cctype>

#include "extract/frames/en_sentence.h"

namespace kg::extract::english_frames {

void EnglishSentence::read_titles() {
  for (const English::TitleRule& title_rule : english_.title_rules) {
    const RelationRule& rule = grammar_.rule(title_rule.rule);
    for (std::size_t u = 0; u < units_.size(); ++u) {
      const Unit& person = units_[u];
      if (!type_in(mention(person).type, rule.subject_types)) continue;
      // HOLDER TITLE PERSON: European Commission President X, French President X (Shri X).
      std::size_t name_first = person.name_first;
      while (const auto* honorific = ending_at(english_.honorifics, name_first))
        name_first -= honorific->size();
      if (const auto* title = ending_at(title_rule.titles, name_first)) {
        const std::size_t title_first = name_first - title->size();
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
          continue;
        }
        // TITLE PERSON alone: the body the gazetteer knows the person heads, where the document names
        // it (President Joe Biden, in a text about the United States).
        if (const Mention* holder = reading_.implied_holder(mention(person), rule.object_types))
          reading_.emit(mention(person), rule.relation, *holder, std::nullopt, rule,
                        original(title_first, person.name_first));
        continue;
      }
      // HOLDER's TITLE, PERSON: Britain's prime minister, X; or a copula between: its first chair was X.
      std::size_t title_end = person.name_first;
      if (title_end >= 3 && word(title_end - 1) == ",") {
        --title_end;
      } else if (const auto* copula = ending_at(english_.among_copulas, title_end);
                 copula && title_end >= copula->size() + 2 && owner_[title_end - 1] == kFree) {
        title_end -= copula->size();
      }
      if (title_end < person.name_first) {
        if (const auto* title = ending_at(title_rule.titles, title_end)) {
          const std::size_t title_first = title_end - title->size();
          const auto owns_title = [&](const Unit& holder) {
            return possessive(holder) && after_possessive(holder) == title_first &&
                   type_in(mention(holder).type, rule.object_types);
          };
          const Unit* holder = nullptr;
          for (const std::vector<Unit>* list : {&units_, &modifiers_}) {
            for (const Unit& candidate : *list) {
              if (owns_title(candidate)) holder = &candidate;
            }
          }
          // (Or the holder's name qualifying the title, after "the" and perhaps a time: the UN
          // Secretary-General, X; the outgoing Council of Europe Secretary General, Y.)
          const auto after_the = [&](std::size_t first) {
            if (first > 1 && owner_[first - 1] == kFree && english_.title_times.count(word(first - 1)) &&
                !starting_at(english_.deputies, first - 1))
              --first;
            return first > 0 && word(first - 1) == "the";
          };
          for (const std::vector<Unit>* list : {&units_, &modifiers_}) {
            for (const Unit& qualifying : *list) {
              if (!holder && qualifying.end == title_first && !possessive(qualifying) &&
                  after_the(qualifying.first) && type_in(mention(qualifying).type, rule.object_types))
                holder = &qualifying;
            }
          }
          const bool deputy = starting_at(english_.deputies, title_first) ||
                              (title_first > 0 && starting_at(english_.deputies, title_first - 1));
          if (holder && !deputy) {
            reading_.emit(mention(person), rule.relation, mention(*holder), std::nullopt, rule,
                          original(title_first, title_first + title->size()));
            continue;
          }
          // (Its time or rank may come first: its then Director-General, X; its first chair was Y.)
          std::size_t determiner = title_first;
          if (determiner > 0 && owner_[determiner - 1] == kFree &&
              (english_.title_times.count(word(determiner - 1)) ||
               english_.edition_ordinals.count(word(determiner - 1))))
            --determiner;
          // The TITLE, PERSON: the body the gazetteer knows the person heads (The Secretary-General, X).
          const bool definite =
              determiner > 0 && owner_[determiner - 1] == kFree && word(determiner - 1) == "the";
          if (!holder && !deputy && definite) {
            if (const Mention* implied = reading_.implied_holder(mention(person), rule.object_types)) {
              reading_.emit(mention(person), rule.relation, *implied, std::nullopt, rule,
                            original(title_first, title_first + title->size()));
              continue;
            }
          }
          // its TITLE, PERSON: the body named last (the Commission and its president, X).
          if (!holder && !deputy && determiner > 0 && owner_[determiner - 1] == kFree &&
              (word(determiner - 1) == "its" || word(determiner - 1) == "their")) {
            if (const Mention* named =
                    reading_.named_before(tokens_[determiner].span.begin, rule.object_types)) {
              reading_.emit(mention(person), rule.relation, *named, std::nullopt, rule,
                            original(determiner - 1, title_first + title->size()));
              continue;
            }
          }
        }
      }
      // The TITLE of HOLDER, PERSON: the President of the General Assembly, X.
      if (person.name_first >= 4 && word(person.name_first - 1) == "," && u > 0 &&
          units_[u - 1].end == person.name_first - 1 &&
          type_in(mention(units_[u - 1]).type, rule.object_types)) {
        std::size_t of = units_[u - 1].first;
        if (of > 0 && word(of - 1) == "the") --of;
        if (of > 1 && word(of - 1) == "of") {
          if (const auto* title = ending_at(title_rule.titles, of - 1)) {
            const std::size_t title_first = of - 1 - title->size();
            if (title_first > 0 && word(title_first - 1) == "the") {  // (words are lowercase)
              reading_.emit(mention(person), rule.relation, mention(units_[u - 1]), std::nullopt, rule,
                            original(title_first, title_first + title->size()));
              continue;
            }
          }
        }
      }
      // PERSON, HOLDER's TITLE: X, Nvidia's chief executive; X, then Britain's prime minister (not: X,
      // Nvidia's deputy chief executive).
      std::size_t holder_at = person.end + 1;
      while (holder_at < tokens_.size() && owner_[holder_at] == kFree &&
             english_.adverbs.count(word(holder_at)))
        ++holder_at;
      if (person.end < tokens_.size() && word(person.end) == "," && u + 1 < units_.size() &&
          units_[u + 1].first == skip_the(holder_at) && possessive(units_[u + 1]) &&
          type_in(mention(units_[u + 1]).type, rule.object_types)) {
        const std::size_t at = after_possessive(units_[u + 1]);
        if (const auto* title = starting_at(title_rule.titles, at);
            title && !starting_at(english_.deputies, at)) {
          reading_.emit(mention(person), rule.relation, mention(units_[u + 1]), std::nullopt, rule,
                        original(at, at + title->size()));
          continue;
        }
      }
      // PERSON APPOINTED [the] TITLE of [the] HOLDER: X became chief executive of Y; X was elected chair of
      // Y; X was previously chief executive of Y; X was sworn in as the first head of Y.
      const auto past_adverbs = [&](std::size_t at) {
        while (at < tokens_.size() && owner_[at] == kFree && english_.adverbs.count(word(at))) ++at;
        return at;
      };
      // (Not one of several, a director of Y; nor the head of something of the holder's, head of the UK
      // delegation: the holder ends the phrase.)
      const auto ends_phrase = [&](const Unit& holder) {
        const std::size_t next = holder.end;
        return !possessive(holder) &&
               (next >= tokens_.size() || !std::isalpha(static_cast<unsigned char>(word(next)[0])) ||
                english_.prepositions.count(word(next)) || english_.clause_ends.count(word(next)) ||
                word(next) == "and");
      };
      const std::size_t verb_at = past_adverbs(person.end);
      if (const auto* verb = starting_at(english_.appointments, verb_at)) {
        const std::size_t after_verb = verb_at + verb->size();
        const bool one_of_several =
            after_verb < tokens_.size() && (word(after_verb) == "a" || word(after_verb) == "an");
        const std::size_t at = past_adverbs(skip_the(after_verb));
        const auto* title = one_of_several ? nullptr : starting_at(title_rule.titles, at);
        const std::size_t of = title ? at + title->size() : 0;
        if (title && !starting_at(english_.deputies, at) && of + 1 < tokens_.size() && word(of) == "of") {
          const auto holder = unit_starting_from(of + 1);
          if (holder && units_[*holder].first == skip_the(of + 1) && ends_phrase(units_[*holder]) &&
              type_in(mention(units_[*holder]).type, rule.object_types)) {
            reading_.emit(mention(person), rule.relation, mention(units_[*holder]), std::nullopt, rule,
                          original(at, of));
            continue;
          }
        }
      }
      // PERSON, [what else they are and] TITLE, HOLDER: a programme's or a list's line (X, Director, Y;
      // X, Professor of Law and Director, Y), the holder right after the title's comma.
      if (person.end < tokens_.size() && word(person.end) == ",") {
        std::size_t comma = person.end + 1;
        while (comma < tokens_.size() && word(comma) != "," && word(comma) != ";") ++comma;
        const auto* title = comma < tokens_.size() && word(comma) == "," && comma > person.end + 1
                                ? ending_at(title_rule.titles, comma)
                                : nullptr;
        const std::size_t title_first = title ? comma - title->size() : 0;
        const bool listed_first = title && (title_first == person.end + 1 || word(title_first - 1) == "and");
        if (listed_first && !starting_at(english_.deputies, title_first) &&
            !starting_at(english_.deputies, title_first - 1)) {
          const auto holder = unit_starting_from(comma + 1);
          if (holder && units_[*holder].first == comma + 1 &&
              type_in(mention(units_[*holder]).type, rule.object_types)) {
            reading_.emit(mention(person), rule.relation, mention(units_[*holder]), std::nullopt, rule,
                          original(title_first, comma));
            continue;
          }
        }
      }
      // PERSON, TITLE of [a few words] HOLDER: X, chief executive of AI developer Y; X, then Secretary
      // General of Y.
      if (person.end < tokens_.size() && word(person.end) == ",") {
        const std::size_t at = skip_the(past_adverbs(person.end + 1));
        const auto* title = starting_at(title_rule.titles, at);
        if (!title || at + title->size() >= tokens_.size() || word(at + title->size()) != "of") continue;
        const std::size_t from = at + title->size() + 1;
        const auto holder = unit_starting_from(from);
        if (!holder || units_[*holder].first > from + 3 || has_barrier(from, units_[*holder].first)) continue;
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

const Unit* EnglishSentence::modifier_ending_at(std::size_t at) const {
  for (const Unit& modifier : modifiers_) {
    if (modifier.end == at) return &modifier;
  }
  return nullptr;
}

// Acts done at an event: who signs, adopts, proposes there took part in it.
bool EnglishSentence::acts_at_venue(graph::RelationType relation) {
  using R = graph::RelationType;
  return relation == R::Signed || relation == R::Adopted || relation == R::Proposed ||
         relation == R::Issued || relation == R::Supports || relation == R::Opposes ||
         relation == R::Rejected;
}

// en_venue: an event named after a venue word (at the summit; a sentence
// opening "At the first, the X Summit, …"): the actors of the sentence's
// acts took part in it.
void EnglishSentence::read_venues() {
  for (const English::TitleRule& venue_rule : english_.venue_rules) {
    const RelationRule& rule = grammar_.rule(venue_rule.rule);
    read_venue_clauses(rule);
    // Who met, spoke or said something acts there too, though no relation of theirs is read.
    std::vector<std::size_t> actors = actors_;
    for (std::size_t t = 1; t < tokens_.size(); ++t) {
      const auto* act = owner_[t] == kFree ? starting_at(english_.venue_acts, t) : nullptr;
      // (Not a passive's: China | Announced by Xi at the X Forum; Announced at the X Forum by Xi.)
      if (!act ||
          (t + act->size() < tokens_.size() && starting_at(english_.passive_agents, t + act->size())) ||
          std::isupper(static_cast<unsigned char>(original(t, t + 1).front())) ||
          (owner_[t - 1] == kFree && english_.auxiliaries.count(word(t - 1))))
        continue;
      for (std::size_t s : subjects_before(t, rule.subject_types)) actors.push_back(s);
    }
    if (actors.empty()) continue;
    for (std::size_t u = 0; u < units_.size(); ++u) {
      if (!type_in(mention(units_[u]).type, rule.object_types)) continue;
      std::size_t at = units_[u].first;
      // (Past an edition's ordinal: at the third X Forum.)
      while (at > 0 && owner_[at - 1] == kFree &&
             (word(at - 1) == "the" || english_.edition_ordinals.count(word(at - 1))))
        --at;
      // A part of the meeting first: at the general debate of the 76th session of the X. A body is a
      // venue only so (at the White House, at the Commerce Department name a place).
      const std::size_t part_at = before_venue_part(venue_rule, at);
      if (part_at != at) {
        at = part_at;
      } else if (mention(units_[u]).type != graph::NodeType::Event) {
        continue;
      }
      const auto* venue = ending_at(venue_rule.titles, at);
      // Opening the sentence, with an apposition before the name: At the first, the X Summit.
      if (!venue && u == 0 && starting_at(venue_rule.titles, 0) && at <= 6)
        venue = starting_at(venue_rule.titles, 0);
      if (!venue) continue;
      const std::size_t venue_at = ending_at(venue_rule.titles, at) ? at - venue->size() : 0;
      std::vector<std::size_t> seen;
      const bool after_too = acts_after_venue(u, actors);
      for (std::size_t actor : actors) {
        if (actor == u || std::find(seen.begin(), seen.end(), actor) != seen.end()) continue;
        seen.push_back(actor);
        if (actor > u && !after_too) continue;
        if (type_in(mention(units_[actor]).type, rule.subject_types))
          reading_.emit(mention(units_[actor]), rule.relation, mention(units_[u]), std::nullopt, rule,
                        original(venue_at, venue_at + venue->size()));
      }
    }
  }
}

// Whether the actors named after the venue `venue` act there: only where the
// clause goes on from the venue to them with no other thing named and no
// ", and" between (At the X Forum in May, Peru and Chile launched …); not the
// G7 in "the X Summit hosted by Japan at Y and the Z Process launched by the
// G7", nor Japan in "Britain, which hosted X at Y in 2023, and Japan, which
// launched Z".
bool EnglishSentence::acts_after_venue(std::size_t venue, const std::vector<std::size_t>& actors) const {
  // (Units are in the text's order: the one after the venue must be an actor.)
  const std::size_t first = venue + 1;
  if (first >= units_.size() || std::find(actors.begin(), actors.end(), first) == actors.end()) return false;
  for (std::size_t t = units_[venue].end; t < units_[first].first; ++t) {
    if (owner_[t] == kFree && word(t) == "and" && t > 0 && word(t - 1) == ",") return false;
  }
  return true;
}

// Where the venue words before a part of a meeting end (at| the general
// debate of the 76th session of| X), for the name starting at `at`; `at`
// itself where no part stands before the name.
std::size_t EnglishSentence::before_venue_part(const English::TitleRule& venue_rule, std::size_t at) const {
  constexpr std::size_t kMaxPartWords = 10;
  if (at < 2 || word(at - 1) != "of" || owner_[at - 1] != kFree || !ending_at(english_.venue_parts, at - 1) ||
      ending_at(venue_rule.titles, at))
    return at;
  for (std::size_t t = at - 1; t > 0 && at - t <= kMaxPartWords; --t) {
    if (owner_[t - 1] != kFree || !std::isalnum(static_cast<unsigned char>(word(t - 1)[0]))) return at;
    if (ending_at(venue_rule.titles, t)) return t;
  }
  return at;
}

// A clause after an event on what happened there (venue_clauses: ", where"):
// who it names first took part. The X Summit, hosted by Japan, where leaders
// of A and B met; the Y Summit, where 28 countries and the EU signed Z.
void EnglishSentence::read_venue_clauses(const RelationRule& rule) {
  for (std::size_t t = 1; t < tokens_.size(); ++t) {
    const auto* clause = starting_at(english_.venue_clauses, t);
    if (!clause || owner_[t] != kFree) continue;
    // The event: the last name before the clause that is one, no barrier between.
    std::optional<std::size_t> event;
    for (std::size_t u = units_.size(); u-- > 0;) {
      if (units_[u].end > t) continue;
      if (t - units_[u].end > kMaxVenueClauseGap || has_barrier(units_[u].end, t)) break;
      if (mention(units_[u]).type == graph::NodeType::Event &&
          type_in(graph::NodeType::Event, rule.object_types)) {
        event = u;  // (a body's where-clause names a place: at the White House, where …)
        break;
      }
    }
    if (!event) continue;
    std::size_t at = skip_the(t + clause->size());
    // For whom people act: leaders of A and B.
    if (const auto* heads = starting_at(english_.collective_heads, at);
        heads && at + heads->size() < tokens_.size() && word(at + heads->size()) == "of")
      at = skip_the(at + heads->size() + 1);
    auto first = unit_opening(at);
    // Past a group no name names, to the name coordinated with it: 28 countries and the EU.
    if (!first && counted_group_in(at, std::min(tokens_.size(), at + 2)) && at + 2 < tokens_.size() &&
        word(at + 2) == "and")
      first = unit_opening(skip_the(at + 3));
    if (!first || !type_in(mention(units_[*first]).type, rule.subject_types)) continue;
    for (std::size_t participant : list_right(*first, rule.subject_types))
      reading_.emit(mention(units_[participant]), rule.relation, mention(units_[*event]), std::nullopt, rule,
                    original(t, t + clause->size()));
  }
}

// en_compound: a name, a hyphen and a participle qualifying what follows
// state who did it: a US-drafted resolution, the China-led initiative.
void EnglishSentence::read_compounds() {
  constexpr std::size_t kMaxWordsBetween = 4;  // a US-drafted, widely supported resolution
  for (const English::TitleRule& compound_rule : english_.compound_rules) {
    const RelationRule& rule = grammar_.rule(compound_rule.rule);
    for (const Unit& modifier : modifiers_) {
      if (modifier.end + 1 >= tokens_.size() || word(modifier.end) != "-") continue;
      const auto* participle = starting_at(compound_rule.titles, modifier.end + 1);
      if (!participle || !type_in(mention(modifier).type, rule.subject_types)) continue;
      const std::size_t from = modifier.end + 1 + participle->size();
      for (const Unit& unit : units_) {
        if (unit.name_first < from) continue;
        if (unit.name_first - from <= kMaxWordsBetween && !has_barrier(from, unit.name_first) &&
            type_in(mention(unit).type, rule.object_types) && !mention(unit).weak) {
          bool plain = true;  // words only between: no comma, no other name
          for (std::size_t t = from; t < unit.name_first; ++t)
            plain =
                plain && owner_[t] != kYearWord && std::isalpha(static_cast<unsigned char>(word(t).front()));
          if (plain)
            reading_.emit(mention(modifier), rule.relation, mention(unit), std::nullopt, rule,
                          original(modifier.end, from));
        }
        break;
      }
    }
  }
}

// An elliptical sentence (So did the United States.): its subjects did what
// the sentence before stated, an act of its own kinds of subject.
void EnglishSentence::read_ellipsis() {
  const auto* opener = starting_at(english_.ellipsis_openers, 0);
  if (!opener || reading_.previous_acts.empty()) return;
  const auto first = unit_opening(skip_the(opener->size()));
  if (!first) return;
  for (const FoundRelation& act : reading_.previous_acts) {
    if (act.relation == graph::RelationType::InYear || act.relation == graph::RelationType::Leads) continue;
    // (A state and a body act alike: China signed it. So did the EU.)
    using graph::NodeType;
    const std::vector<NodeType> kinds =
        act.subject.type == NodeType::Person
            ? std::vector<NodeType>{NodeType::Person}
            : std::vector<NodeType>{NodeType::Country, NodeType::Organization};
    for (std::size_t s : list_right(*first, kinds)) {
      if (type_in(mention(units_[s]).type, kinds))
        reading_.emit_again(mention(units_[s]), act, original(0, opener->size()));
    }
  }
}

}  // namespace kg::extract::english_frames
