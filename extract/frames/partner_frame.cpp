// The partner frame: X 与/同/跟/和 Y … TRIGGER (X与Y合作): symmetric relations.
#include <optional>
#include <vector>

#include "extract/frames/reading.h"

namespace kg::extract {

void read_partner(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word = reading.word(trigger);
  const Span clause = reading.clause_of(trigger.span.begin);
  // X 与 Y…合作: a partner marker right before an argument, in the clause.
  // 与/同/跟 mark a partner more surely than 和, which also joins a list
  // (日本和韩国与东盟…); among equals the one nearest the trigger wins.
  const auto& markers = grammar.modifiers().partner_markers;
  std::optional<std::size_t> chosen;
  std::size_t chosen_rank = markers.size();
  for (std::size_t index : reading.arguments) {
    const Mention& candidate = reading.mention(index);
    if (candidate.span.begin < clause.begin || candidate.span.end > trigger.span.begin) continue;
    if (!type_in(candidate.type, rule.object_types)) continue;
    const std::string_view before = reading.text.substr(clause.begin, candidate.span.begin - clause.begin);
    if (grammar.words().partner_marker_verbs.ending_of(before)) continue;  // 认同|中国: no partner
    for (std::size_t rank = 0; rank < markers.size(); ++rank) {
      if (ends_with(before, markers[rank]) && rank <= chosen_rank) {
        chosen = index;
        chosen_rank = rank;
      }
    }
  }
  if (chosen) {
    const std::size_t index = *chosen;
    const Mention& partner = reading.mention(index);
    const std::string* marker = &markers[chosen_rank];
    // 中国没有与美国合作: the negation stands before the partner marker.
    if (grammar.preceded_by(reading.text, clause.begin, partner.span.begin - marker->size(),
                            grammar.words().negations)) {
      reading.drop(rule, word, "negated");
      return;
    }
    const std::size_t marker_begin = partner.span.begin - marker->size();
    std::vector<const Mention*> actors;
    if (auto actor = reading.nearest_left(clause.begin, marker_begin, rule.subject_types,
                                          kSkipPartnered | kSkipAdjunct)) {
      for (std::size_t a :
           reading.list_to(*actor, rule.subject_types, grammar.modifiers().coordinators, clause.begin)) {
        actors.push_back(&reading.mention(a));
      }
    } else if (reading.names_generic_actor(clause.begin, marker_begin)) {
      // 各国与中国合作: an actor of its own, but no named one.
    } else if (const auto carried = reading.carried_subject(clause, rule.subject_types); carried.subject) {
      actors.push_back(&reading.mention(*carried.subject));
    } else if (carried.blocked) {
      // The clause's subject is a noun phrase kg does not name.
    } else if (const Mention* actor = reading.unsaid_actor(rule.subject_types)) {
      actors.push_back(actor);
    }
    const std::vector<std::size_t> partners =
        reading.list_from(index, rule.object_types, grammar.modifiers().coordinators, trigger.span.begin);
    for (std::size_t p : partners) reading.roles[p].partnered = true;
    if (grammar.is_modifier(reading.text, clause, reading.mention(partners.back()))) return;
    for (std::size_t p : partners) {
      for (const Mention* actor : actors) {
        reading.emit(*actor, rule.relation, reading.mention(p), std::nullopt, rule, word);
      }
    }
  }
}

}  // namespace kg::extract
