// The en_roster frame: the parties a role noun lists after a verb of
// listing — "Its signatories include A, B and C", "The founding members were
// A and B", "Signatories listed by the Commission include A", "Among the
// sponsors were A and B" — act on what the role noun belongs to: a
// possessor right before it (the Code's, its), "of X" right after it, else
// the last thing of the rule's object types the sentence or paragraph named.
// The list may come first: "A, B and the EU were among its first signatories".
#include "extract/frames/en_sentence.h"

namespace kg::extract::english_frames {

namespace {

// Words between the role noun and its verb: "listed by the Commission".
constexpr std::size_t kMaxRosterGap = 6;

}  // namespace

void EnglishSentence::read_rosters() {
  for (const English::TitleRule& roster_rule : english_.roster_rules) {
    const RelationRule& rule = grammar_.rule(roster_rule.rule);
    for (std::size_t t = 0; t < tokens_.size(); ++t) {
      if (owner_[t] != kFree) continue;
      const auto* role = starting_at(roster_rule.titles, t);
      if (!role) continue;
      // (Non-member states are no members.)
      if (t > 0 && (word(t - 1) == "non-" || (t > 1 && word(t - 1) == "-" && word(t - 2) == "non"))) continue;
      const std::size_t role_end = t + role->size();
      // "Among the signatories were A and B": the verb after the role noun, the list after it.
      const bool among = t >= 2 && word(t - 1) == "the" && word(t - 2) == "among";
      std::optional<std::size_t> list_at;
      for (std::size_t k = role_end; k < std::min(tokens_.size(), role_end + kMaxRosterGap + 1); ++k) {
        const auto* verb = owner_[k] == kFree ? starting_at(english_.roster_verbs, k) : nullptr;
        if (!verb && owner_[k] == kFree && english_.barriers.count(word(k))) break;
        if (verb) {
          // (A parenthesis lists only right after the role noun: 5 against (A, B), not in favour to 5 against
          // (A).)
          if (*verb->begin() == "(" && k != role_end) break;
          list_at = k + verb->size();
          // (A colon after the verb: Participants included: A, B.)
          if (*list_at < tokens_.size() && word(*list_at) == ":") ++*list_at;
          list_at = skip_the(*list_at);
          break;
        }
      }
      if (!list_at) {
        read_list_among(rule, t, role_end);
        continue;
      }
      // (Past a word of address: Moderator: Dr Amara Nwosu.)
      if (const auto* honorific = starting_at(english_.honorifics, *list_at)) *list_at += honorific->size();
      const auto first = unit_opening(*list_at);
      if (!first || !type_in(mention(units_[*first]).type, rule.subject_types)) continue;
      // What the roster belongs to.
      const Mention* owner = nullptr;
      std::size_t before = among ? t - 1 : t;
      while (before > 0 && word(before - 1) == "the") --before;
      if (before > 0 && (word(before - 1) == "its" || word(before - 1) == "their")) {
        owner = reading_.named_before(tokens_[t].span.begin, rule.object_types);
      } else if (const auto unit = unit_ending_by(before);
                 unit && units_[*unit].end == before && possessive(units_[*unit]) &&
                 type_in(mention(units_[*unit]).type, rule.object_types)) {
        owner = &mention(units_[*unit]);
      } else if (const Unit* modifier = modifier_ending_at(before);
                 modifier && possessive(*modifier) && type_in(mention(*modifier).type, rule.object_types)) {
        owner = &mention(*modifier);
      } else if (role_end + 1 < tokens_.size() && word(role_end) == "of") {
        const auto of = unit_opening(skip_the(role_end + 1));
        if (of && type_in(mention(units_[*of]).type, rule.object_types)) owner = &mention(units_[*of]);
      } else if (const auto next = unit_opening(skip_the(role_end));
                 next && type_in(mention(units_[*next]).type, rule.object_types)) {
        owner = &mention(units_[*next]);  // the states to sign the X Code were …
      } else {
        owner = reading_.named_before(tokens_[t].span.begin, rule.object_types);
      }
      // A programme's roles and participants with no event of their own named before are the document's
      // event in focus (the session its heading names).
      if (!owner && type_in(graph::NodeType::Event, rule.object_types)) owner = reading_.event_in_focus();
      if (!owner) {
        reading_.drop(rule, original(t, role_end), "no object");
        continue;
      }
      for (std::size_t party : list_right(*first, rule.subject_types))
        reading_.emit(mention(units_[party]), rule.relation, *owner, std::nullopt, rule,
                      original(t, role_end));
      t = role_end - 1;
    }
  }
}

// The list before "were among its ROLE": A, B and the EU were among its first
// signatories (its, the: the last thing of the rule's object types named
// before; the X's: X).
void EnglishSentence::read_list_among(const RelationRule& rule, std::size_t role, std::size_t role_end) {
  std::size_t at = role;
  // (Past a count and an ordinal: among the first ten signatories, among its 12 founding members.)
  if (at > 0 && owner_[at - 1] == kFree &&
      (english_.number_words.count(word(at - 1)) || all_ascii_digits(word(at - 1))))
    --at;
  if (at < role && at > 0 && owner_[at - 1] == kFree && english_.edition_ordinals.count(word(at - 1))) --at;
  const Mention* owner = nullptr;
  if (at > 0 && (word(at - 1) == "its" || word(at - 1) == "their" || word(at - 1) == "the")) {
    --at;
  } else if (const auto unit = unit_ending_by(at); unit && units_[*unit].end == at &&
                                                   possessive(units_[*unit]) &&
                                                   type_in(mention(units_[*unit]).type, rule.object_types)) {
    owner = &mention(units_[*unit]);
    at = units_[*unit].first;
    while (at > 0 && word(at - 1) == "the") --at;
  }
  if (at < 2 || owner_[at - 1] != kFree || word(at - 1) != "among") return;
  const auto* copula = ending_at(english_.among_copulas, at - 1);
  if (!copula || owner_[at - 2] != kFree) return;
  const std::vector<std::size_t> parties = subjects_right_before(at - 1 - copula->size(), rule.subject_types);
  if (parties.empty()) return;
  // "Of X" after the role noun names what it belongs to: among the founding members of NATO.
  if (role_end + 1 < tokens_.size() && word(role_end) == "of") {
    const auto of = unit_opening(skip_the(role_end + 1));
    if (!of || !type_in(mention(units_[*of]).type, rule.object_types)) return;
    owner = &mention(units_[*of]);
  }
  if (!owner)
    owner = reading_.named_before(tokens_[units_[parties.front()].first].span.begin, rule.object_types);
  if (!owner) {
    reading_.drop(rule, original(role, role_end), "no object");
    return;
  }
  for (std::size_t party : parties)
    reading_.emit(mention(units_[party]), rule.relation, *owner, std::nullopt, rule,
                  original(role, role_end));
}

}  // namespace kg::extract::english_frames
