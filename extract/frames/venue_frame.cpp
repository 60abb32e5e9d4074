// The venue frame: SUBJECT 在 EVENT 上/期间 — the subject took part in the event.
#include "extract/frames/reading.h"

namespace kg::extract {

void read_venue(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word =
      reading.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  const Span clause = reading.clause_of(trigger.span.begin);
  // 在 EVENT 上: the event right before the trigger, 在 right before the event.
  for (std::size_t index : reading.arguments) {
    const Mention& venue = reading.mention(index);
    if (venue.span.end != trigger.span.begin || !type_in(venue.type, rule.object_types)) continue;
    const std::string_view before = reading.text.substr(clause.begin, venue.span.begin - clause.begin);
    if (!ends_with(before, "在")) continue;
    const std::size_t at = venue.span.begin - std::string_view("在").size();
    const Mention* actor = nullptr;
    if (auto subject = reading.nearest_left(clause.begin, at, rule.subject_types, kSkipPartnered | kSkipAdjunct)) {
      actor = &reading.mention(*subject);
    } else if (auto after = reading.actor_after(trigger.span.end, rule.subject_types)) {
      // The adjunct first: 在第二届世界互联网大会上，习近平主席提出….
      actor = &reading.mention(*after);
    } else if (auto carried = reading.nearest_left(reading.sentence.begin, clause.begin, rule.subject_types,
                                                   kSkipPartnered | kSkipAccompanying | kSkipAdjunct)) {
      actor = &reading.mention(*carried);
    } else {
      actor = reading.unsaid_actor(rule.subject_types);
    }
    if (actor) reading.emit(*actor, rule.relation, venue, std::nullopt, rule, word);
    if (const auto year = reading.year_before(venue.span.begin)) reading.emit_year(venue, *year, rule, word);
    return;
  }
}

}  // namespace kg::extract
