// What stands around an English verb: its subjects before it and objects
// after it, the counted groups and lists that name them, the brackets,
// auxiliaries, relative clauses and date adjuncts between a name and its
// verb, and what "it" and coordinated predicates stand for — the parts the
// en_verb frame (en_verbs.cpp) reads its arguments with.
#include <algorithm>
#include <cctype>

#include "extract/frames/en_sentence.h"
#include "extract/sentences.h"

namespace kg::extract::english_frames {

// Whether a counted group (twenty companies, 10 countries) stands in the
// words [from, to), none of them in a name.
bool EnglishSentence::counted_group_in(std::size_t from, std::size_t to) const {
  const auto is_count = [&](std::size_t t) {
    const std::string_view count = word(t);
    return owner_[t] == kFree && (english_.number_words.count(count) || all_ascii_digits(count));
  };
  for (std::size_t t = from + 1; t < to; ++t) {
    if (owner_[t] != kFree || !english_.group_nouns.count(word(t))) continue;
    if (is_count(t - 1)) return true;
    // One word of kind may stand between: three founding members.
    if (t >= from + 2 && owner_[t - 1] == kFree && std::islower(static_cast<unsigned char>(word(t - 1)[0])) &&
        is_count(t - 2))
      return true;
  }
  return false;
}

// The first member of the list a counted group's colon or comma at token t
// opens (by twenty companies: A, B and C; by its three founding members,
// Chile, New Zealand and Singapore; by fifteen founding members, among them
// A and B), the group in [from, t). ("namely" is a list opener of its own.)
std::optional<std::size_t> EnglishSentence::group_list_at(std::size_t from, std::size_t t) const {
  if ((word(t) != ":" && word(t) != ",") || !counted_group_in(from, t)) return std::nullopt;
  std::size_t at = t + 1;
  if (word(t) == ",") {
    if (const auto* opener = starting_at(english_.list_openers, at)) at += opener->size();
  }
  return unit_opening(skip_the(at));
}

void EnglishSentence::date_object(const Mention& object, std::optional<int> year, const RelationRule& rule,
                                  std::string_view trigger) {
  const bool datable = object.type == graph::NodeType::Initiative || object.type == graph::NodeType::Event;
  if (year && datable && dates_its_object(rule.relation)) reading_.emit_year(object, *year, rule, trigger);
}

// Whether the verb at token `first` opens its paragraph, a resolution's way: past a paragraph's number
// (1., (a)) and an operative verb with "to" (Decides to, Decides also to), if any, and at a line's start.
bool EnglishSentence::opens_with_verb(std::size_t first) const {
  // (The sentence may start after the paragraph's number, read apart: 1.|Decides ….)
  constexpr std::size_t kMaxNumberBytes = 6;
  const std::string_view text = reading_.text;
  std::size_t line = reading_.sentence.begin;
  while (line > 0 && text[line - 1] != '\n' && reading_.sentence.begin - line <= kMaxNumberBytes) --line;
  const std::string_view number = text.substr(line, reading_.sentence.begin - line);
  if (line > 0 && text[line - 1] != '\n') return false;
  if (!std::all_of(number.begin(), number.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '(' || c == ')' ||
               c == ' ';
      }))
    return false;
  std::size_t t = 0;
  const auto numbering = [&](std::size_t k) {
    const std::string_view w = word(k);
    return w == "." || w == "(" || w == ")" || all_ascii_digits(w) || (w.size() == 1 && is_ascii_lower(w[0]));
  };
  while (t < first && owner_[t] == kFree && numbering(t)) ++t;
  if (t == first) return true;
  // (An operative verb and "to", a word between or none: Decides to; Decides further to.)
  constexpr std::size_t kMaxOperativeWords = 3;
  const bool capitalised = std::isupper(static_cast<unsigned char>(text[tokens_[t].span.begin])) != 0;
  if (first - t > kMaxOperativeWords || word(first - 1) != "to" || !capitalised) return false;
  for (std::size_t k = t; k < first; ++k) {
    if (owner_[k] != kFree) return false;
  }
  return true;
}

// Whether the verb ending at `end` has no object: the clause ends, or an
// adjunct follows (signed on behalf of X, signed for the bloc, too).
// Past an adjunct of time at `end`, if one stands there: A and B also signed that day.
std::size_t EnglishSentence::past_time_adjunct(std::size_t end) const {
  const auto* adjunct = end < tokens_.size() ? starting_at(english_.time_adjuncts, end) : nullptr;
  return adjunct ? end + adjunct->size() : end;
}

bool EnglishSentence::ends_its_clause(std::size_t end) const {
  end = past_time_adjunct(end);
  return end >= tokens_.size() || english_.clause_ends.count(word(end)) > 0;
}

bool EnglishSentence::ends_with_a_mark(std::size_t end) const {
  end = past_time_adjunct(end);
  return end >= tokens_.size() || (english_.clause_ends.count(word(end)) > 0 &&
                                   !std::isalpha(static_cast<unsigned char>(word(end).front())));
}

// The subject of the main clause after a participle opening the sentence,
// past its objects and adjuncts to the comma (Speaking at X in May, Y said):
// the name right after the comma.
std::vector<std::size_t> EnglishSentence::subject_after_opening(
    std::size_t from, const std::vector<graph::NodeType>& types) const {
  for (std::size_t t = from; t < std::min(tokens_.size(), from + 15); ++t) {
    if (owner_[t] == kFree && english_.barriers.count(word(t))) break;
    if (word(t) != ",") continue;
    // (A title may come first: Premier Li Qiang.)
    const auto unit = unit_starting_from(skip_the(t + 1));
    if (unit && units_[*unit].first <= skip_the(t + 1) + 3 && !has_barrier(t + 1, units_[*unit].first) &&
        type_in(mention(units_[*unit]).type, types)) {
      bool titled = true;  // only capitalised words before the name
      for (std::size_t k = skip_the(t + 1); k < units_[*unit].first; ++k)
        titled = titled && std::isupper(static_cast<unsigned char>(original(k, k + 1).front()));
      if (titled) return list_right(*unit, types);
    }
    break;
  }
  return {};
}

// The subjects of an active verb whose words start at `before`: the
// nearest name before it and the list it ends.
// Whether the verb at `before` (its adverbs stripped) is a predicate coordinated with the sentence's last
// active verb: "and" or "but" right before it, or before an adjunct set off by commas (and, on the margins
// of the summit, also signed), no name that could act in between.
bool EnglishSentence::coordinated_predicate(std::size_t before) const {
  if (!last_active_ || before == 0) return false;
  std::size_t at = before;
  if (word(at - 1) == ",") {
    // Back over the adjunct to the comma that opens it.
    constexpr std::size_t kMaxAdjunct = 12;
    std::size_t open = at - 1;
    while (open > 0 && at - open <= kMaxAdjunct && word(open - 1) != ",") --open;
    if (open == 0 || word(open - 1) != ",") return false;
    at = open - 1;
  }
  if (at == 0 || (word(at - 1) != "and" && word(at - 1) != "but") || owner_[at - 1] != kFree) return false;
  const std::size_t conjunction = at - 1;
  if (conjunction < last_active_->verb_end) return false;
  // (Between the last verb and the conjunction only its objects: no second clause with a subject.)
  for (std::size_t t = last_active_->verb_end; t < conjunction; ++t) {
    if (owner_[t] == kFree && (english_.barriers.count(word(t)) || word(t) == ";")) return false;
  }
  return true;
}

Span EnglishSentence::bracket_before(std::size_t at) const {
  std::size_t end = at;
  if (end > 0 && word(end - 1) == ",") --end;
  if (end == 0 || word(end - 1) != ")") return {at, at};
  int depth = 0;
  for (std::size_t k = end; k-- > 0;) {
    if (word(k) == ")") ++depth;
    if (word(k) == "(" && --depth == 0) return {k, end};
  }
  return {at, at};
}

// The name a participle before the "and" at `conjunction` is about: the name right before it, or before
// its auxiliary or comma (X was opened …, X, opened …). Regular participles only (-ed): an irregular one
// (held, drawn up) is as often a main verb's past.
std::optional<std::size_t> EnglishSentence::coordinated_participle_object(std::size_t conjunction) const {
  constexpr std::size_t kMaxBack = 30;  // tokens from the "and" back to the first participle
  for (std::size_t t = conjunction; t-- > 0 && conjunction - t <= kMaxBack;) {
    if (owner_[t] != kFree) continue;
    const std::string_view w = word(t);
    if (english_.barriers.count(w) || w == ";") return std::nullopt;
    if (w.size() < 4 || !w.ends_with("ed") || !std::islower(static_cast<unsigned char>(w[0]))) continue;
    std::size_t at = t;
    while (at > 0 && owner_[at - 1] == kFree && english_.auxiliaries.count(word(at - 1))) --at;
    if (at > 0 && at == t && word(at - 1) == ",") --at;
    if (at == t || at == 0 || owner_[at - 1] < 0) continue;
    const auto unit = unit_ending_by(at);
    if (unit && units_[*unit].end == at) return unit;
  }
  return std::nullopt;
}

// Where the ordinal phrase before an infinitive's "to" begins (X became |the latest state to| sign), if
// the verb at `before` has one.
std::optional<std::size_t> EnglishSentence::ordinal_before(std::size_t before) const {
  if (before == 0 || owner_[before - 1] != kFree || word(before - 1) != "to") return std::nullopt;
  std::size_t end = before - 1;
  // (One noun may stand between: the latest state to sign.)
  for (int noun = 0; noun < 2 && end > 0; ++noun) {
    if (const auto* ordinal = ending_at(english_.ordinal_infinitives, end)) return end - ordinal->size();
    if (owner_[end - 1] != kFree || !std::islower(static_cast<unsigned char>(word(end - 1)[0]))) break;
    --end;
  }
  return std::nullopt;
}

std::size_t EnglishSentence::before_counted_tail(std::size_t end) const {
  if (end < 4 || owner_[end - 1] != kFree || !english_.group_nouns.count(word(end - 1))) return end;
  std::size_t count = end - 2;
  if (owner_[count] == kFree && std::islower(static_cast<unsigned char>(word(count)[0])) &&
      !english_.number_words.count(word(count)))
    --count;  // one word of kind between: 26 other countries
  if (!counted_group_in(count, end) || owner_[count - 1] != kFree || word(count - 1) != "and") return end;
  // (After a serial comma too: A, B, and 26 other countries.)
  return count >= 2 && word(count - 2) == "," ? count - 2 : count - 1;
}

std::size_t EnglishSentence::before_counted_head(std::size_t at) const {
  if (at < 3 || owner_[at - 1] != kFree || word(at - 1) != "and" || !english_.group_nouns.count(word(at - 2)))
    return at;
  std::size_t count = at - 3;
  if (count > 0 && owner_[count] == kFree && std::islower(static_cast<unsigned char>(word(count)[0])) &&
      !english_.number_words.count(word(count)))
    --count;  // one word of kind between: 26 other countries and
  return counted_group_in(count, at - 1) ? count : at;
}

void EnglishSentence::further_agents(std::vector<std::size_t>& agents,
                                     const std::vector<graph::NodeType>& types) const {
  for (;;) {
    std::size_t t = units_[agents.back()].end;
    if (t + 2 >= tokens_.size() || word(t) != ",") return;
    if (word(++t) == "and") ++t;
    if (t + 1 >= tokens_.size() || owner_[t] != kFree || word(t) != "by") return;
    std::size_t next_at = skip_the(t + 1);
    if (next_at >= tokens_.size()) return;
    // A counted group's members after its comma: by two non-member States, C and D.
    if (owner_[next_at] == kFree &&
        (all_ascii_digits(word(next_at)) || english_.number_words.count(word(next_at)))) {
      constexpr std::size_t kMaxGroupWords = 4;
      std::size_t comma = next_at + 1;
      while (comma < tokens_.size() && comma <= next_at + kMaxGroupWords && owner_[comma] == kFree &&
             word(comma) != ",")
        ++comma;
      if (comma >= tokens_.size() || word(comma) != "," || !english_.group_nouns.count(word(comma - 1)))
        return;
      next_at = skip_the(comma + 1);
    }
    const auto next = unit_opening(next_at);
    if (!next || !type_in(mention(units_[*next]).type, types)) return;
    const std::vector<std::size_t> more = persons_right(*next, types);
    agents.insert(agents.end(), more.begin(), more.end());
  }
}

std::vector<std::size_t> EnglishSentence::subjects_before(std::size_t before,
                                                          const std::vector<graph::NodeType>& types) const {
  std::vector<std::size_t> subjects = subjects_right_before(before, types);
  // Those an apposition opening with "together with" or "like" adds are subjects with the names before it:
  // A, B and 26 other countries, together with C, endorsed.
  if (!subjects.empty()) {
    std::size_t first = units_[subjects.back()].first;
    if (first > 0 && word(first - 1) == "the") --first;
    if (const auto* like = ending_at(english_.like_subjects, first);
        like && first > like->size() && word(first - like->size() - 1) == "," &&
        owner_[first - like->size() - 1] == kFree) {
      const std::size_t list_end = before_counted_tail(first - like->size() - 1);
      if (const auto unit = unit_ending_by(list_end); unit && units_[*unit].end == list_end) {
        // (Not a list a lowercase word governs: Kenya, which met with Ghana and 26 other countries, …; a
        // relative pronoun opens the clause the list is the subject of: at which A, B and 26 other countries,
        // ….)
        const std::vector<std::size_t> listed = subjects_right_before(list_end, types);
        std::size_t opening = listed.empty() ? 0 : units_[listed.back()].first;
        if (opening > 0 && word(opening - 1) == "the") --opening;
        const bool governed = opening > 0 && owner_[opening - 1] == kFree && word(opening - 1) != "," &&
                              std::islower(static_cast<unsigned char>(word(opening - 1)[0])) &&
                              !ending_at(english_.relative_pronouns, opening);
        if (!governed) subjects.insert(subjects.end(), listed.begin(), listed.end());
      }
    }
    return subjects;
  }
  // Past a relative clause and the verb's auxiliary: the ITU, which she now leads, has organised ….
  if (const auto antecedent = unit_before_relative_clause(before))
    return subjects_right_before(units_[*antecedent].end, types);
  // (Past the verb's auxiliaries: Canada, like A, had signed.)
  while (before > 0 && owner_[before - 1] == kFree && english_.auxiliaries.count(word(before - 1))) --before;
  if (before < 2 || word(before - 1) != ",") return subjects;
  // Past an apposition with names of its own: Japan, then holding the G7
  // presidency, launched …; the subject ends at its opening comma. Names in
  // one that opens with "like" act too: Canada, like A and B, had signed.
  for (std::size_t t = before - 1; t-- > 0 && before - t <= 25;) {
    if (owner_[t] == kFree && english_.barriers.count(word(t))) break;
    if (word(t) == ",") {
      const std::size_t list_end = before_counted_tail(t);
      const auto unit = unit_ending_by(list_end);
      if (!unit || units_[*unit].end != list_end) break;
      std::vector<std::size_t> subjects = subjects_right_before(list_end, types);
      if (const auto* like = starting_at(english_.like_subjects, t + 1); like && !subjects.empty()) {
        if (const auto first = unit_opening(skip_the(t + 1 + like->size()));
            first && units_[*first].end < before && type_in(mention(units_[*first]).type, types)) {
          for (std::size_t s : list_right(*first, types)) {
            if (units_[s].end < before) subjects.push_back(s);
          }
        }
      }
      return subjects;
    }
  }
  return {};
}

std::vector<std::size_t> EnglishSentence::subjects_right_before(
    std::size_t before, const std::vector<graph::NodeType>& types) const {
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
  // A relative clause on a common noun has that noun for its subject: we urge delegations that have not
  // yet endorsed it.
  for (std::size_t t = gap_first; t < before; ++t) {
    const auto* pronoun = ending_at(english_.relative_pronouns, t + 1);
    if (!pronoun) continue;
    const std::size_t first = t + 1 - pronoun->size();
    if (first > gap_first && !(first == gap_first + 1 && word(gap_first) == ",")) return {};
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
  // A clause joined by ", and": the list's first name is an earlier verb's object, not a subject (Li
  // proposed a World AI Cooperation Organization, and Beijing issued …).
  if (subjects.size() > 1) {
    const auto article = [&](std::size_t t) { return word(t) == "a" || word(t) == "an" || word(t) == "the"; };
    std::size_t at = units_[subjects.back()].first;
    while (at > 0 && owner_[at - 1] == kFree && article(at - 1)) --at;
    std::size_t joint = units_[subjects[subjects.size() - 2]].first;
    while (joint > 0 && owner_[joint - 1] == kFree && article(joint - 1)) --joint;
    if (at > 0 && owner_[at - 1] == kFree && std::islower(static_cast<unsigned char>(word(at - 1)[0])) &&
        !english_.connectors.count(word(at - 1)) && !english_.prepositions.count(word(at - 1)) &&
        joint >= 2 && word(joint - 1) == "and" && word(joint - 2) == ",")
      subjects.resize(subjects.size() - 1);
  }
  // Urged X to sign; at the summit: no subject.
  std::size_t head = units_[subjects.back()].first;
  if (ending_at(english_.urging, head)) return {};
  std::size_t at = head;
  while (at > 0 && (word(at - 1) == "the")) --at;
  // (A relative clause's antecedent acts whatever governs it: by X, who …, told.)
  const bool relative = gap >= 2 && ending_at(english_.relative_pronouns, gap_first + 2);
  // (Leaders of X, members of X act for X; not when they are a preposition's object themselves: critics of
  // the government of X.)
  const auto* heads = at > 1 && word(at - 1) == "of" ? ending_at(english_.collective_heads, at - 1) : nullptr;
  std::size_t heads_at = heads ? at - 1 - heads->size() : 0;
  if (heads && heads_at > 0 && word(heads_at - 1) == "the") --heads_at;
  const bool for_it =
      heads && !(heads_at > 0 && owner_[heads_at - 1] == kFree &&
                 (english_.prepositions.count(word(heads_at - 1)) || word(heads_at - 1) == "of"));
  if (!relative && !for_it && at > 0 && owner_[at - 1] == kFree && english_.prepositions.count(word(at - 1)))
    return {};
  // Nor a participle's partner, who does not share the main verb: France, co-chairing with India, hosted.
  if (at > 1 && owner_[at - 1] == kFree && word(at - 1) == "with" && owner_[at - 2] == kFree &&
      (word(at - 2).ends_with("ing") || word(at - 2).ends_with("ed")))
    return {};
  return subjects;
}

std::size_t EnglishSentence::past_adjuncts(std::size_t from) const {
  std::size_t at = from;
  for (std::size_t before = tokens_.size(); before != at && at < tokens_.size();) {
    before = at;
    if (owner_[at] != kFree) break;
    if (const auto* time = starting_at(english_.time_adjuncts, at)) {
      at += time->size();
    } else if (const auto* manner = starting_at(english_.manner_adjuncts, at)) {
      at += manner->size();
    } else if (word(at) == "in" || word(at) == "on") {
      // A date: in 2020, in March 2024, on 5 September 2024 (not in Geneva, nor in the X Convention).
      std::size_t d = at + 1;
      while (d < tokens_.size() && !year_at(d) &&
             (is_date_word(d) || all_ascii_digits(word(d)) || word(d) == ","))
        ++d;
      if (d < tokens_.size() && year_at(d)) at = d + 1;
    }
  }
  // Only before a name, with its article: not past the end of a relative clause (the X that China put forward
  // in 2023| and the Y) nor an apposition's (the X, launched in 2021|, gave …).
  std::size_t name = at;
  if (name < tokens_.size() && (word(name) == "a" || word(name) == "an")) ++name;
  return at != from && unit_opening(skip_the(name)) ? at : from;
}

std::vector<std::size_t> EnglishSentence::objects_after(std::size_t end,
                                                        const std::vector<graph::NodeType>& types,
                                                        const std::vector<std::string>& endings) const {
  // An adjunct set off by commas may stand before it: adopted, without a vote, X; approved, by consensus, Y.
  if (end < tokens_.size() && word(end) == ",") {
    constexpr std::size_t kMaxAdjunctWords = 5;
    for (std::size_t t = end + 1; t < std::min(tokens_.size(), end + kMaxAdjunctWords + 2); ++t) {
      if (owner_[t] >= 0 || (owner_[t] == kFree && english_.barriers.count(word(t)))) break;
      if (word(t) == ",") {
        if (t > end + 1) end = t + 1;
        break;
      }
    }
  }
  end = past_adjuncts(end);
  // The object is what a quantity counts: welcomed a set of X.
  if (const auto* quantity = starting_at(english_.quantities, skip_the(end)))
    end = skip_the(end) + quantity->size();
  // So is the event a part of it names: attended the opening ceremony of the X (not the Summit of the
  // Future, a name).
  if (const auto* part = starting_at(english_.venue_parts, skip_the(end));
      part && owner_[skip_the(end)] == kFree && skip_the(end) + part->size() < tokens_.size() &&
      word(skip_the(end) + part->size()) == "of")
    end = skip_the(end) + part->size() + 1;
  const auto first = unit_starting_from(end);
  // (A quoted title a kind introduces may stand further: signed a joint statement entitled "X".)
  const auto entitled = [&](std::size_t name) {
    return name >= end + 2 && (word(name - 1) == "\"" || word(name - 1) == "“") &&
           english_.title_introducers.count(word(name - 2));
  };
  if (first && units_[*first].first - end <= (entitled(units_[*first].first) ? 6 : 4) &&
      !has_barrier(end, units_[*first].first)) {
    bool plain = true;
    for (std::size_t t = end; t < units_[*first].first; ++t) {
      if (ending_at(english_.relative_pronouns, t + 1) || english_.prepositions.count(word(t))) plain = false;
    }
    // (A possessive before a common noun is no object: proposed the AU's admission.)
    // (But an event's part is the event: attended the conference's opening ceremony.)
    const bool possessor =
        possessive(units_[*first]) && !starting_at(english_.venue_parts, after_possessive(units_[*first])) &&
        (*first + 1 >= units_.size() || units_[*first + 1].first > after_possessive(units_[*first]));
    if (plain && !possessor && type_in(mention(units_[*first]).type, types)) {
      std::vector<std::size_t> objects = persons_right(*first, types);
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
    if (owner_[t] == kFree) {
      if (const auto listed = group_list_at(end, t)) {
        if (type_in(mention(units_[*listed]).type, types)) return list_right(*listed, types);
        break;
      }
    }
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

// The documents and events of `types`: what "it" stands for.
std::vector<graph::NodeType> EnglishSentence::document_types(const std::vector<graph::NodeType>& types) {
  std::vector<graph::NodeType> things;
  for (graph::NodeType type : types) {
    if (type == graph::NodeType::Initiative || type == graph::NodeType::Event) things.push_back(type);
  }
  return things;
}

// Where the auxiliaries and adverbs before the verb at `before` begin (it|
// has since been| endorsed).
std::size_t EnglishSentence::before_auxiliaries(std::size_t before) const {
  std::size_t at = before;
  while (at > 0 && owner_[at - 1] == kFree &&
         (english_.auxiliaries.count(word(at - 1)) || english_.adverbs.count(word(at - 1))))
    --at;
  return at;
}

// Whether "it" is the passive's subject, before the verb at `before` and its
// auxiliaries: That day it was signed by A; it has since been endorsed by B.
bool EnglishSentence::passive_it(std::size_t before) const {
  const std::size_t at = before_auxiliaries(before);
  return at < before && at > 0 && owner_[at - 1] == kFree && word(at - 1) == "it";  // (words are lowercase)
}

// The name before a relative clause that stands between it and the verb at
// `before`: the X, which was agreed on the second day, was signed by …
std::optional<std::size_t> EnglishSentence::unit_before_relative_clause(std::size_t before) const {
  constexpr std::size_t kMaxClauseWords = 20;
  const std::size_t at = before_auxiliaries(before);
  if (at == before || at < 2 || word(at - 1) != ",") return std::nullopt;
  const std::size_t close = at - 1;
  for (std::size_t t = close; t-- > 0 && close - t <= kMaxClauseWords;) {
    if (owner_[t] == kFree && english_.barriers.count(word(t))) return std::nullopt;
    if (word(t) != ",") continue;
    if (!starting_at(english_.relative_pronouns, t + 1)) return std::nullopt;  // another comma: no clause
    const auto object = unit_ending_by(t);
    if (object && units_[*object].end == t) return object;
    return std::nullopt;
  }
  return std::nullopt;
}

// Where the first of coordinated relative clauses begins, for the relative
// pronoun at `at` after "and" (the X, |which A hosted and |which B attended):
// `at` itself where no clause of the kind comes before.
std::size_t EnglishSentence::first_coordinated_relative(std::size_t at) const {
  constexpr std::size_t kMaxClauseWords = 15;
  if (at == 0 || owner_[at - 1] != kFree || word(at - 1) != "and") return at;
  for (std::size_t t = at - 1; t-- > 1 && at - t <= kMaxClauseWords;) {
    if (owner_[t] == kFree && english_.barriers.count(word(t))) return at;
    if (word(t - 1) == "," && starting_at(english_.relative_pronouns, t)) return t;
  }
  return at;
}

// Where a date or place adjunct ending at `at` begins (the X Summit| of
// February 2025; the Y Act| in 2024; the Z Summit| in Paris, the W Forum| in
// New York): `at` itself where none ends there.
std::size_t EnglishSentence::before_date_adjunct(std::size_t at) const {
  constexpr std::size_t kMaxPlaceWords = 3;  // in Rio de Janeiro
  std::size_t place = at;
  while (place > 0 && at - place < kMaxPlaceWords && owner_[place - 1] == kFree && !is_date_word(place - 1) &&
         capitalised(place - 1))
    --place;
  if (place < at && place > 0 && owner_[place - 1] == kFree && word(place - 1) == "in") return place - 1;
  constexpr std::size_t kMaxDateWords = 6;  // (of) 10 and 11 February 2025, (on) 10 – 11 February 2025
  bool dated = false;
  for (std::size_t t = at; t > 0 && at - t <= kMaxDateWords;) {
    --t;
    if (owner_[t] == kFree && (word(t) == "of" || word(t) == "in" || word(t) == "on")) return dated ? t : at;
    const bool year = year_at(t).has_value();
    const bool date_word = owner_[t] == kFree && (std::isdigit(static_cast<unsigned char>(word(t)[0])) ||
                                                  word(t) == "and" || is_dash(t) || is_date_word(t));
    if (!year && !date_word) return at;
    // (A month alone dates too: the X Summit in February, which A co-chaired.)
    dated = dated || year || std::isdigit(static_cast<unsigned char>(word(t)[0])) || is_date_word(t);
  }
  return at;
}

// The term a glossary's line heads this paragraph with, if of `types` and
// the participle at `before` (its words ending at `end`) opens its
// definition: first in a sentence whose main clause, if any, is about "it"
// (Proposed by Wang Yi in 2020, it …; Launched by the G7 in May 2023.), or
// after an indefinite description naming nothing that opens the entry (A
// coalition convened by …; A pledge to end X online, launched in Paris by …).
const Mention* EnglishSentence::defined_term(std::size_t before, std::size_t end,
                                             const std::vector<graph::NodeType>& types) const {
  constexpr std::size_t kMaxDescriptionWords = 10;
  // A list's item opening its line with the name (a bullet before it, its date in brackets after it
  // allowed), then a dash before the participle: the item is that name (- Global AI Governance
  // Initiative (2023) — announced by Xi Jinping).
  if (before >= 2 && is_dash(before - 1)) {
    const std::size_t bullet = word(0) == "-" || word(0) == "*" || word(0) == "•" ? 1 : 0;
    // (Not a question: - X — ratified by Chile? No.)
    const bool question =
        reading_.text.substr(reading_.sentence.begin, reading_.sentence.end - reading_.sentence.begin)
            .find('?') != std::string_view::npos;
    if (const auto item = unit_opening(skip_the(bullet));
        item && !question && opens_line(reading_.text, reading_.sentence)) {
      std::size_t after = units_[*item].end;
      if (after < before - 1 && word(after) == "(") {
        while (after < before - 1 && word(after) != ")") ++after;
        ++after;
      }
      const Mention& named = mention(units_[*item]);
      if (after == before - 1 && type_in(named.type, types)) return &named;
    }
  }
  const Mention* term = reading_.headword;
  if (!term || !type_in(term->type, types)) return nullptr;
  if (before == 0) {
    // (Not Proposed by Kenya in 2022, an amendment was adopted: the main clause's subject is another.)
    for (std::size_t t = end; t < tokens_.size(); ++t) {
      if (owner_[t] == kFree && english_.barriers.count(word(t))) break;
      if (word(t) == ",")
        return t + 1 < tokens_.size() && owner_[t + 1] == kFree && word(t + 1) == "it" ? term : nullptr;
    }
    return term;
  }
  if (!reading_.earlier_in_paragraph.empty() || before > kMaxDescriptionWords ||
      (word(0) != "a" && word(0) != "an"))
    return nullptr;
  for (std::size_t t = 0; t < before; ++t) {
    if (owner_[t] != kFree || english_.barriers.count(word(t))) return nullptr;
  }
  return term;
}

}  // namespace kg::extract::english_frames
