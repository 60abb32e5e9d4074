// The en_verb frame: SUBJECT … TRIGGER … OBJECT with coordination on both
// sides, the passive, relative clauses, appositions, "as did Y", partners
// acting along, negation, refusal and hedges, an object left unsaid, and the
// year of the act.
#include <algorithm>
#include <cctype>

#include "extract/frames/en_sentence.h"

namespace kg::extract::english_frames {

std::vector<EnglishSentence::Match> EnglishSentence::find_triggers() const {
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

void EnglishSentence::read_verbs() {
  const std::vector<Match> matches = find_triggers();
  for (std::size_t i = 0; i < matches.size(); ++i) {
    std::size_t next = tokens_.size();  // where the next trigger starts, past this one
    for (std::size_t j = i + 1; j < matches.size(); ++j) {
      if (matches[j].first >= matches[i].end) {
        next = matches[j].first;
        break;
      }
    }
    // (A longer trigger at the same word, another rule's: took part|in the work of X is no unsaid object.)
    const bool shorter = std::any_of(matches.begin(), matches.end(), [&](const Match& other) {
      return other.first == matches[i].first && other.end > matches[i].end;
    });
    read_verb(matches[i], next, shorter);
  }
}

std::size_t EnglishSentence::people_for(std::size_t at) const {
  const auto* heads = starting_at(english_.agent_heads, at);
  if (!heads || at + heads->size() >= tokens_.size() || owner_[at + heads->size()] != kFree) return 0;
  const auto* link = starting_at(english_.agent_links, at + heads->size());
  return link ? skip_the(at + heads->size() + link->size()) : 0;
}

bool EnglishSentence::owned_at(std::size_t at) const {
  const auto unit = unit_opening(at);
  return unit && possessive(units_[*unit]);
}

void EnglishSentence::read_verb(const Match& match, std::size_t next_trigger, bool within_longer) {
  std::uint32_t rule_index = match.rule;
  const RelationRule* rule = &grammar_.rule(rule_index);
  const std::string_view trigger = original(match.first, match.end);
  // What stands before the verb: adverbs, then a refusal, negation or hedge.
  std::size_t before = match.first;
  while (before > 0 && owner_[before - 1] == kFree && english_.adverbs.count(word(before - 1))) --before;
  const auto* refusal_noun = ending_at(english_.refusal_nouns, before);
  if (const auto* refusal = refusal_noun ? refusal_noun : ending_at(english_.refusals, before)) {
    const auto refused = grammar_.refusal_of(rule_index);
    if (!refused) {
      reading_.drop(*rule, trigger, "negated");
      return;
    }
    rule_index = *refused;
    rule = &grammar_.rule(rule_index);
    before -= refusal->size();
    // A noun of refusal is the refuser's only with a possessive right before it: Kenya's refusal to sign, its
    // refusal; the refusal to sign names no one.
    if (refusal_noun) {
      const auto owner = unit_ending_by(before);
      const bool owned = (before > 0 && owner_[before - 1] == kFree &&
                          (word(before - 1) == "its" || word(before - 1) == "their")) ||
                         (owner && after_possessive(units_[*owner]) == before && possessive(units_[*owner]));
      if (!owned) {
        reading_.drop(*rule, trigger, "no refuser");
        return;
      }
      if (!owner || after_possessive(units_[*owner]) != before)
        --before;  // (past its: Kenya announced its refusal)
    }
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
    // A bracket after the name stands aside: the X Act (Regulation (EU) 2024/1689), first proposed by Y.
    // (Not a name's own acronym in brackets, which is of its unit: the X Process (XP), launched by Y.)
    Span aside = bracket_before(before);
    if (const auto last = unit_ending_by(before);
        last && units_[*last].first < aside.begin && units_[*last].end > aside.begin)
      aside = {before, before};
    // (So does the place before a bracketed date: the X Summit in Paris (February 2025), co-chaired by A;
    // and a date or place before the participle's comma: the Y Summit of February 2025, co-chaired by B.)
    if (aside.end > aside.begin) {
      aside.begin = before_date_adjunct(aside.begin);
    } else if (before > 0 && word(before - 1) == ",") {
      const std::size_t adjunct = before_adjuncts(before - 1);
      if (adjunct < before - 1) aside = {adjunct, before - 1};
    }
    if (auto object = unit_ending_by(aside.begin)) {
      const std::size_t gap_first = units_[*object].end;
      const std::size_t gap = before - gap_first - (aside.end - aside.begin);
      bool close = gap <= 6 && !has_barrier(gap_first, aside.begin) && !has_barrier(aside.end, before);
      // An appositive noun after a comma may stand between: the X Act, a law first proposed by Y.
      bool apposition = false;
      std::size_t nouns = 0;
      for (std::size_t t = gap_first; t < before && close; ++t) {
        if (t == aside.begin) t = aside.end;
        if (t == before) break;
        if (apposition && owner_[t] == kFree && std::islower(static_cast<unsigned char>(word(t)[0])) &&
            !english_.adverbs.count(word(t)) && ++nouns <= 2)
          continue;
        apposition =
            apposition || (t > gap_first && word(t - 1) == "," && (word(t) == "a" || word(t) == "an"));
        close = owner_[t] == kFree &&
                (word(t) == "," || english_.auxiliaries.count(word(t)) || english_.adverbs.count(word(t)) ||
                 ending_at(english_.relative_pronouns, t + 1) || (apposition && nouns == 0));
      }
      close = close && (apposition || gap <= 4);
      // (Not an earlier passive's agent before a finite verb: the meeting, which was hosted by the White
      // House, was co-chaired by A. A participle is about it: drawn up by the X Committee, chaired by A.)
      std::size_t head = units_[*object].first;
      if (head > 0 && word(head - 1) == "the") --head;
      const bool agent = auxiliary && head > 0 && owner_[head - 1] == kFree &&
                         ending_at(english_.passive_agents, head) != nullptr;
      if (close && !agent && type_in(mention(units_[*object]).type, object_types)) objects = {*object};
    }
    // A place or date of the name's between it and its auxiliary: the X Summit in Paris was co-chaired by A
    // and B; the Y Convention of 2001 was signed by C.
    if (objects.empty() && by_agent && auxiliary) {
      std::size_t verb_begin = before;
      while (
          verb_begin > 0 && owner_[verb_begin - 1] == kFree &&
          (english_.auxiliaries.count(word(verb_begin - 1)) || english_.adverbs.count(word(verb_begin - 1))))
        --verb_begin;
      // (Both, an apposition's comma after them: the third, the X Summit in Paris on 10–11 February 2025, was
      // co-chaired by A.)
      std::size_t adjunct_end = verb_begin;
      if (adjunct_end > 0 && word(adjunct_end - 1) == ",") --adjunct_end;
      if (const std::size_t at = before_adjuncts(adjunct_end); at < adjunct_end) {
        // (Not a name inside another's noun phrase: a side event of the X Summit in Paris was hosted by Y.)
        if (const auto object = unit_ending_by(at);
            object && units_[*object].end == at && type_in(mention(units_[*object]).type, object_types)) {
          std::size_t first = units_[*object].first;
          if (first > 0 && owner_[first - 1] == kFree && word(first - 1) == "the") --first;
          if (first == 0 || owner_[first - 1] != kFree || !english_.prepositions.count(word(first - 1)))
            objects = {*object};
        }
      }
    }
    // A relative clause between the name and its verb: the X Accord, which was agreed on the second day, was
    // signed by A and B.
    if (objects.empty() && by_agent) {
      if (const auto object = unit_before_relative_clause(before);
          object && type_in(mention(units_[*object]).type, object_types))
        objects = {*object};
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
    // A second passive participle shares the first one's object: the X Summit, hosted by Japan in May and
    // chaired by Prime Minister Y; the meeting, which was hosted by Z, was co-chaired by Y.
    // (Another rule of the same participle read it already: its object.)
    if (objects.empty() && by_agent && last_passive_ && last_passive_->verb == match.first &&
        type_in(mention(units_[last_passive_->object]).type, object_types))
      objects = {last_passive_->object};
    if (objects.empty() && by_agent && last_passive_ && last_passive_->agents_end <= before &&
        before - last_passive_->agents_end <= 12 && !has_barrier(last_passive_->agents_end, before) &&
        type_in(mention(units_[last_passive_->object]).type, object_types)) {
      std::size_t joined = before;
      while (joined > last_passive_->agents_end && english_.auxiliaries.count(word(joined - 1))) --joined;
      bool free = true;
      for (std::size_t t = last_passive_->agents_end; t < before; ++t) free = free && owner_[t] < 0;
      if (free && joined > last_passive_->agents_end &&
          (word(joined - 1) == "and" || word(joined - 1) == ","))
        objects = {last_passive_->object};
    }
    // A participle coordinated with an earlier one no rule read shares its object: the X Convention,
    // opened for signature in Vilnius in 2024 and signed there by A and B; X was drafted in 2021 and
    // adopted by Y.
    // (Its auxiliary after the "and" or the list's comma: X was opened for signature in 2001, was signed by A
    // that month, and was ratified by A in 2006.)
    std::size_t joint = before;
    while (joint > 0 && owner_[joint - 1] == kFree && english_.auxiliaries.count(word(joint - 1))) --joint;
    if (objects.empty() && by_agent && joint > 0 &&
        (word(joint - 1) == "and" || (joint < before && word(joint - 1) == ","))) {
      if (const auto object = coordinated_participle_object(joint - 1);
          object && type_in(mention(units_[*object]).type, object_types))
        objects = {*object};
    }
    if (by_agent && !rule->subject_types.empty()) {
      // (Past "both": by both the United States and China.)
      std::size_t by_end = *by_at + starting_at(english_.passive_agents, *by_at)->size();
      if (by_end < tokens_.size() && owner_[by_end] == kFree && word(by_end) == "both") ++by_end;
      by_end = skip_the(by_end);
      // For whom people act: by representatives of A and B, by delegations from C (not of Kenya's largest
      // bank, whose people they are).
      const std::size_t for_whom = people_for(by_end);
      const std::size_t at = for_whom != 0 ? for_whom : by_end;
      // (The people of what a state owns act for no state: no agent is read then.)
      const std::size_t agent_at = for_whom != 0 && owned_at(at) ? tokens_.size() : at;
      auto agent = unit_opening(agent_at);
      // By 28 countries and the EU: past a group no name names, to the name coordinated with it; by 34
      // companies, including A and B: to the members the group's list opener names.
      for (std::size_t t = agent_at; !agent && t < std::min(tokens_.size(), at + 6) && owner_[t] == kFree;
           ++t) {
        if (const auto listed = group_list_at(at, t)) {
          agent = listed;
          break;
        }
        if (english_.barriers.count(word(t))) break;
        if (word(t) == "and" && t < at + 4) agent = unit_opening(skip_the(t + 1));
        if (const auto* opener = starting_at(english_.list_openers, t)) {
          // (A comma may close the opener: signed by, among others, A and B.)
          std::size_t first = t + opener->size();
          if (first < tokens_.size() && word(first) == ",") ++first;
          agent = unit_opening(skip_the(first));
        }
      }
      // A state's person is the agent, the state none: chaired by Singapore's Ambassador X (a name after the
      // title, known or not). A title alone stands for the state: launched by France's president.
      if (agent && possessive(units_[*agent])) {
        const std::size_t after = after_possessive(units_[*agent]);
        if (const auto person = unit_opening(after);
            person && mention(units_[*person]).type == graph::NodeType::Person) {
          agent = person;
        } else if (const auto* title = starting_at(english_.person_titles, after);
                   title && after + title->size() < tokens_.size() && capitalised(after + title->size())) {
          agent.reset();
        }
      }
      if (agent && type_in(mention(units_[*agent]).type, subject_types))
        subjects = persons_right(*agent, subject_types);
      // More agents, each after a "by" of its own: signed by A and B, by two non-member States, C and D.
      if (!subjects.empty()) further_agents(subjects, subject_types);
      // A participle opening the sentence is about the main clause's subject, after its agents: Launched in
      // 2020 by fifteen founding members, among them A and B, the X Partnership ….
      if (objects.empty() && before == 0 && !subjects.empty()) {
        const std::size_t after = units_[subjects.back()].end;
        if (after < tokens_.size() && word(after) == ",") {
          if (const auto object = unit_opening(skip_the(after + 1));
              object && type_in(mention(units_[*object]).type, object_types))
            objects = {*object};
        }
      }
      // A definition that opens with its participle is of the term heading it (Counter Ransomware
      // Initiative (CRI) / A coalition convened by the White House in October 2021; Proposed by Wang Yi in
      // September 2020, it opposes …).
      if (objects.empty() && !subjects.empty()) {
        if (const Mention* term = defined_term(before, match.end, object_types)) {
          emit_unsaid(subjects, *term, match, next_trigger, *rule);
          return;
        }
      }
      // "It was signed by A and B": the last document or event named before, in the sentence or the
      // paragraph. (Not the "it" of "It was agreed by A and B that …", which names nothing.)
      const auto it_clause = [&] {
        std::size_t after_agents = units_[subjects.back()].end;
        if (after_agents < tokens_.size() && word(after_agents) == ",") ++after_agents;
        return after_agents < tokens_.size() && owner_[after_agents] == kFree &&
               (word(after_agents) == "that" || word(after_agents) == "to");
      };
      if (objects.empty() && !subjects.empty() && passive_it(before) && !it_clause()) {
        for (std::size_t u = units_.size(); u-- > 0;) {
          if (units_[u].end <= before && type_in(mention(units_[u]).type, document_types(object_types))) {
            objects = {u};
            break;
          }
        }
        if (objects.empty()) {
          if (const Mention* unsaid = reading_.unsaid_object(document_types(object_types))) {
            emit_unsaid(subjects, *unsaid, match, next_trigger, *rule);  // (it was signed by A at the X)
            return;
          }
        }
      }
      if (!objects.empty() && !subjects.empty())
        last_passive_ = PassiveReading{match.first, objects.front(), units_[subjects.back()].end};
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
    // A rule whose object follows at once (agreed the X Declaration, not agreed to implement X).
    if (rule->adjacent_object && !objects.empty() && units_[objects.front()].first != skip_the(match.end))
      objects.clear();
    // "it" is the object, not a name after it: voted against it, as did Peru.
    if (match.end < tokens_.size() && owner_[match.end] == kFree && word(match.end) == "it" &&
        !(match.end + 1 < tokens_.size() && word(match.end + 1) == "as"))  // (adopted it as X names it)
      objects.clear();
    // A predicate coordinated with the last one shares its subjects: A and B backed X and, on the margins
    // of the summit, also signed Y.
    if (subjects.empty() && coordinated_predicate(before)) {
      for (std::size_t s : last_active_->subjects) {
        if (type_in(mention(units_[s]).type, subject_types)) subjects.push_back(s);
      }
    }
    // An ordinal's infinitive: X became the latest state to sign Y; the first to sign Y were A and B.
    if (const auto ordinal = ordinal_before(before); ordinal && subjects.empty()) {
      if (const auto* copula = ending_at(english_.ordinal_copulas, *ordinal)) {
        subjects = subjects_right_before(*ordinal - copula->size(), subject_types);
      } else {
        const std::size_t after = objects.empty() ? match.end : units_[objects.back()].end;
        if (const auto* verb = after < tokens_.size() ? starting_at(english_.roster_verbs, after) : nullptr) {
          if (const auto first = unit_opening(skip_the(after + verb->size()));
              first && type_in(mention(units_[*first]).type, subject_types))
            subjects = list_right(*first, subject_types);
        }
      }
    }
    // A group a relative clause defines has its members after a roster verb, past a short adjunct: the six
    // countries that voted against X were A, B and C; the seven countries that backed Russia on the motion
    // were A and B.
    if (const auto* pronoun = subjects.empty() ? ending_at(english_.relative_pronouns, before) : nullptr;
        pronoun && before > pronoun->size() &&
        english_.group_nouns.count(word(before - pronoun->size() - 1))) {
      constexpr std::size_t kMaxAdjunctWords = 6;
      const std::size_t after = objects.empty() ? match.end : units_[objects.back()].end;
      for (std::size_t t = after; t < std::min(tokens_.size(), after + kMaxAdjunctWords + 1); ++t) {
        if (owner_[t] != kFree || english_.barriers.count(word(t))) break;
        if (const auto* verb = starting_at(english_.roster_verbs, t)) {
          if (const auto first = unit_opening(skip_the(t + verb->size()));
              first && type_in(mention(units_[*first]).type, subject_types))
            subjects = list_right(*first, subject_types);
          break;
        }
      }
    }
    // A participle opening the sentence has the main clause's subject: Opening the X, Premier Li proposed ….
    if (subjects.empty() && before == 0 && !objects.empty() && word(match.first).ends_with("ing"))
      subjects = subject_after_opening(units_[objects.back()].end, subject_types);
    // (Whoever they are, a predicate coordinated after this one shares them.)
    if (!subjects.empty()) last_active_ = ActiveReading{match.end, subjects};
    if (objects.empty() && !subjects.empty()) {
      // X, which A signed: the object before the relative pronoun.
      std::size_t head = units_[subjects.back()].first;
      for (std::size_t s : subjects) head = std::min(head, units_[s].first);  // which A and B launched
      std::size_t at = head;
      // which President Xi proposed, that Mr Xi put forward: past the subject's title or honorific
      for (const Phrases* words : {&english_.person_titles, &english_.honorifics}) {
        if (const auto* title = ending_at(*words, at); title && owner_[at - 1] == kFree) at -= title->size();
      }
      while (at > 0 && word(at - 1) == "the") --at;  // which the United States endorsed
      at = before_counted_head(at);                  // which 28 countries and the EU endorsed
      if (at > 0 && ending_at(english_.relative_pronouns, at)) {
        at -= ending_at(english_.relative_pronouns, at)->size();
        // A second relative clause on the name: the X, which A hosted and which B attended.
        at = first_coordinated_relative(at);
        // ("To" before it, the verb ending its clause: the Principles, to which A and B adhered; not
        // the Gateway, through which Kenya signed 12 agreements.)
        if (at > 1 && owner_[at - 1] == kFree && word(at - 1) == "to" && word(at - 2) == "," &&
            ends_its_clause(match.end))
          --at;
        if (at > 0 && word(at - 1) == ",") --at;
        // (Its date in brackets: the X Summit (May 2024), which A co-hosted with B; not a name's own
        // acronym, of its unit: the Y Initiative (GYI), which Z proposed.)
        if (const Span bracket = bracket_before(at); bracket.end == at) {
          const auto named = unit_ending_by(at);
          if (!named || units_[*named].end != at) at = bracket.begin;
        }
        // (A date or place of the name's between, or both: the X Summit of February 2025, which France
        // co-chaired; the Y Summit in Paris in February, which A and B co-chaired.)
        at = before_adjuncts(at);
        if (auto object = unit_ending_by(at);
            object && units_[*object].end == at && type_in(mention(units_[*object]).type, object_types))
          objects = {*object};
      }
    }
  }
  // A quoted phrase with no sign of what it names is a name only as what a verb that names its
  // object acts on: proposed a "digital bridge", not supported the "open" approach.
  const auto weak = [&](std::size_t u) { return mention(units_[u]).weak; };
  std::erase_if(subjects, weak);
  if (!names_its_object(rule->relation) && !rule->quoted_objects) std::erase_if(objects, weak);
  // Symmetric relations among a list: A and B cooperate; a partnership between A and B.
  if (rule->relation == graph::RelationType::CooperatesWith && objects.empty() != subjects.empty()) {
    const std::vector<std::size_t>& members = subjects.empty() ? objects : subjects;
    for (std::size_t a = 0; a < members.size(); ++a) {
      for (std::size_t b = a + 1; b < members.size(); ++b)
        reading_.emit(mention(units_[members[a]]), rule->relation, mention(units_[members[b]]), std::nullopt,
                      *rule, trigger);
    }
    if (members.size() >= 2) return;
  }
  // "it" as the object: the last document or event named before the subject, in the sentence or the
  // paragraph (… published the Code. A signed it); an actor is "they" or named again.
  const bool pronoun = objects.empty() && !subjects.empty() && !by_agent && match.end < tokens_.size() &&
                       word(match.end) == "it" && owner_[match.end] == kFree;
  std::vector<graph::NodeType> things;  // filled only for "it": most verbs have an object of their own
  if (pronoun) {
    things = document_types(object_types);
    for (std::size_t u = subjects.front(); u-- > 0;) {
      if (type_in(mention(units_[u]).type, things)) {
        objects = {u};
        break;
      }
    }
  }
  // A counted group's members after a colon are subjects too: Ten countries and the EU endorsed it: A, B and
  // C.
  if ((!objects.empty() || pronoun) && !by_agent && !rule->subject_types.empty() &&
      counted_group_in(0, before)) {
    const std::size_t tail =
        pronoun ? match.end + 1 : units_[objects.back()].end;  // past "it" or the objects
    if (tail < tokens_.size() && owner_[tail] == kFree && word(tail) == ":") {
      if (const auto unit = unit_opening(skip_the(tail + 1));
          unit && type_in(mention(units_[*unit]).type, subject_types)) {
        for (std::size_t s : list_right(*unit, subject_types)) {
          if (std::find(subjects.begin(), subjects.end(), s) == subjects.end()) subjects.push_back(s);
        }
      }
    }
  }
  // …and, the object unsaid, the group's members are the subjects: The following governments took part: A, B.
  bool listed_after = false;
  if (objects.empty() && subjects.empty() && !by_agent && rule->unsaid_object && match.end < tokens_.size() &&
      owner_[match.end] == kFree && word(match.end) == ":" && counted_group_in(0, before)) {
    if (const auto unit = unit_opening(skip_the(match.end + 1));
        unit && type_in(mention(units_[*unit]).type, subject_types)) {
      subjects = list_right(*unit, subject_types);
      listed_after = true;
    }
  }
  // Subjects named after the object: as did Y (after an adverbial clause too: as the meeting closed, as did
  // Y); the rule's co-actors, jointly with Y, alongside Y (after a place or date too: in Vilnius on 5
  // September alongside Y).
  auto add_later_subjects = [&](std::size_t after) {
    if (after < tokens_.size() && word(after) == ",") ++after;
    const auto* also = starting_at(english_.also_subjects, after);
    for (std::size_t t = after; !also && t < std::min(tokens_.size(), after + 12); ++t) {
      if (owner_[t] == kFree && english_.barriers.count(word(t))) break;
      if (word(t) == "," && (also = starting_at(english_.also_subjects, t + 1))) after = t + 1;
    }
    const Phrases& co_actors = english_.co_actors[match.rule];
    const auto* along = also ? nullptr : starting_at(co_actors, after);
    constexpr std::size_t kMaxAdjunct = 10;  // tokens of place and date before a co-actor
    for (std::size_t t = after; !also && !along && t < std::min(tokens_.size(), after + kMaxAdjunct); ++t) {
      const bool free_word = owner_[t] == kFree && english_.barriers.count(word(t)) == 0;
      const bool date = owner_[t] == kYearWord ||
                        (owner_[t] >= 0 &&
                         mention(units_[static_cast<std::size_t>(owner_[t])]).type == graph::NodeType::Year);
      if (!free_word && !date) break;
      if (owner_[t] == kFree && t > after && (along = starting_at(co_actors, t))) after = t;
    }
    if (const auto* marker = also ? also : along) {
      const std::size_t at = skip_the(after + marker->size());
      if (auto unit = unit_opening(at); unit && type_in(mention(units_[*unit]).type, subject_types)) {
        for (std::size_t s : list_right(*unit, subject_types)) subjects.push_back(s);
      }
    }
  };
  if (objects.empty()) {
    // An object left unsaid (A and B also signed; C signed on behalf of D):
    // the last one the paragraph named before, for a rule that allows it.
    // (Not in a relative clause, whose object is its antecedent: the working group, which Norway chaired;
    // Mara Lind, who chaired.)
    bool relative = false;
    if (!subjects.empty()) {
      std::size_t head = units_[subjects.front()].first;
      for (std::size_t s : subjects) head = std::min(head, units_[s].first);
      while (head > 0 && word(head - 1) == "the") --head;
      relative = ending_at(english_.relative_pronouns, head) != nullptr ||
                 ending_at(english_.relative_pronouns, before) != nullptr;
    }
    if (!subjects.empty() && !by_agent && !(relative && !pronoun) &&
        ((rule->unsaid_object && !within_longer && (ends_its_clause(match.end) || listed_after)) ||
         pronoun)) {
      const std::vector<graph::NodeType>& unsaid_types = pronoun ? things : object_types;
      const Mention* unsaid = reading_.unsaid_object(unsaid_types);
      // (Not past a preposition: the thing it names, took part in the work of X, is none the text is about.)
      if (!unsaid && rule->text_in_focus && (pronoun || listed_after || ends_with_a_mark(match.end)))
        unsaid = reading_.text_in_focus(unsaid_types);
      if (unsaid) {
        add_later_subjects(pronoun ? match.end + 1 : match.end);
        emit_unsaid(subjects, *unsaid, match, next_trigger, *rule);  // (signed it at the X)
        return;
      }
    }
    // A definition's opening participle with no agent still dates its term: (Global Digital Compact /)
    // Adopted in September 2024 at the Summit of the Future.
    if (subjects.empty() && (!by_agent || rule->subject_types.empty()) && word(match.first).ends_with("ed")) {
      if (const Mention* term = defined_term(before, match.end, object_types)) {
        date_object(*term, year_of(match.first, match.end, next_trigger), *rule, trigger);
        return;
      }
    }
    if (!rule->subject_types.empty()) reading_.drop(*rule, trigger, "no object");
    return;
  }
  // (Past "it"; past the verb where the object stands before it: X, which A co-chaired with B.)
  add_later_subjects(pronoun ? match.end + 1 : std::max(units_[objects.back()].end, match.end));
  if (subjects.empty() && !rule->subject_types.empty()) {
    // A resolution's paragraph that opens with its verb acts for the body its text declares: (1.) Decides to
    // establish X; Welcomes X.
    const Mention* body = reading_.declared_body;
    const bool declared =
        body && !rule->inverse && type_in(body->type, subject_types) && opens_with_verb(match.first);
    // Else an act dated on a named text or event by no one named still dates it: world leaders adopted X
    // in September 2024 (not an adjective, the proposed X; nor a span of years, every year since 2014).
    const bool attributive = match.first > 0 && english_.attributive_words.count(word(match.first - 1)) > 0;
    const std::optional<int> year = year_of(match.first, match.end, next_trigger);
    const bool dated = declared || (!attributive && !rule->inverse && !rule->year_right_after &&
                                    !year_spans(match.end, next_trigger));
    for (std::size_t o : objects) {
      const Mention& object = mention(units_[o]);
      if (declared) reading_.emit(*body, rule->relation, object, year, *rule, trigger);
      if (dated) date_object(object, year, *rule, trigger);
    }
    if (!declared) reading_.drop(*rule, trigger, "no subject");
    return;
  }
  std::optional<int> year = year_of(match.first, match.end, next_trigger);
  if (rule->year_right_after) {
    // A day and a month may come between: of 27 December 2019, of October 30, 2023.
    year.reset();
    constexpr std::size_t kMaxDateWords = 4;
    for (std::size_t t = match.end; t < std::min(tokens_.size(), match.end + kMaxDateWords); ++t) {
      if (owner_[t] == kYearWord) {
        year = year_of(t, t, t + 1);
        break;
      }
      if (owner_[t] != kFree || !(is_date_word(t) || all_ascii_digits(word(t)) || word(t) == ",")) break;
    }
    if (!year) return;
  }
  for (std::size_t o : objects) {
    reading_.mentions[units_[o].argument].weak = false;  // a name now, with its node and alias
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

// The subjects' acts on an object the sentence leaves unsaid (it was signed
// by A; A and B also signed), with the verb's year, which dates the object
// as it would a named one (The United States ratified it in 2006); the
// subjects act at a venue named after them (signed it at the X).
void EnglishSentence::emit_unsaid(const std::vector<std::size_t>& subjects, const Mention& unsaid,
                                  const Match& match, std::size_t next_trigger, const RelationRule& rule) {
  const std::string_view trigger = original(match.first, match.end);
  const std::optional<int> year = year_of(match.first, match.end, next_trigger);
  for (std::size_t s : subjects) {
    reading_.emit(mention(units_[s]), rule.relation, unsaid, year, rule, trigger);
    if (!rule.inverse && acts_at_venue(rule.relation)) actors_.push_back(s);
  }
  date_object(unsaid, year, rule, trigger);
}

}  // namespace kg::extract::english_frames
