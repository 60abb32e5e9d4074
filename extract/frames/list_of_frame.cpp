// The list frame: MEMBER、MEMBER 等 GROUP (巴西、印度等金砖国家 -> MEMBER_OF).
#include "extract/frames/reading.h"

#include <optional>

namespace kg::extract {

void read_list_of(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word =
      reading.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  // 巴西、印度等金砖国家: the group right after 等, the members right before it.
  std::optional<std::size_t> group;
  std::optional<std::size_t> last_member;
  for (std::size_t index : reading.arguments) {
    const Mention& m = reading.mention(index);
    if (m.span.begin == trigger.span.end && type_in(m.type, rule.object_types)) group = index;
    if (m.span.end == trigger.span.begin && type_in(m.type, rule.subject_types)) last_member = index;
  }
  if (!group || !last_member) return;
  for (std::size_t member : reading.list_to(*last_member, rule.subject_types, grammar.modifiers().coordinators,
                                            reading.sentence.begin)) {
    reading.emit(reading.mention(member), rule.relation, reading.mention(*group), std::nullopt, rule, word);
  }
}

}  // namespace kg::extract
