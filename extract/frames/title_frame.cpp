// The title frame: ORGANIZATION TITLE PERSON (肯尼亚总统鲁托 -> 鲁托 LEADS 肯尼亚).
#include "extract/frames/reading.h"

namespace kg::extract {

void read_title(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word = reading.word(trigger);
  std::size_t after = trigger.span.end;
  if (reading.text.substr(after, 1) == ":") ++after;
  for (std::size_t person : reading.arguments) {
    const Mention& p = reading.mention(person);
    if (p.span.begin != after || !type_in(p.type, rule.subject_types)) continue;
    for (std::size_t body : reading.arguments) {
      const Mention& b = reading.mention(body);
      if (b.span.end == trigger.span.begin && type_in(b.type, rule.object_types)) {
        reading.emit(p, rule.relation, b, std::nullopt, rule, word);
      }
    }
  }
}

}  // namespace kg::extract
