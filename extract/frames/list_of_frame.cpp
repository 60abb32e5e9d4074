// The list frames: MEMBER、MEMBER 等 GROUP (巴西、印度等金砖国家 -> MEMBER_OF),
// and a country's alliances listed before it: 北约、七国集团等美国盟伴体系
// (美国 MEMBER_OF each).
#include <optional>

#include "extract/frames/reading.h"

namespace kg::extract {

void read_list_of(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word = reading.word(trigger);
  // 巴西、印度等金砖国家: the group right after 等, the members right before it.
  std::optional<std::size_t> group;
  std::optional<std::size_t> last_member;
  for (std::size_t index : reading.arguments) {
    const Mention& m = reading.mention(index);
    if (m.span.begin == trigger.span.end && type_in(m.type, rule.object_types)) group = index;
    if (m.span.end == trigger.span.begin && type_in(m.type, rule.subject_types)) last_member = index;
  }
  if (!group || !last_member) return;
  for (std::size_t member : reading.list_to(*last_member, rule.subject_types,
                                            grammar.modifiers().coordinators, reading.sentence.begin)) {
    reading.emit(reading.mention(member), rule.relation, reading.mention(*group), std::nullopt, rule, word);
  }
}

void read_alliances(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  // The member right before the trigger (美国|盟伴体系), the list before it
  // ending in a list word (北约、七国集团、四方安全对话|等|美国).
  std::optional<std::size_t> member;
  for (std::size_t index : reading.arguments) {
    const Mention& m = reading.mention(index);
    if (m.span.end == trigger.span.begin && type_in(m.type, rule.subject_types)) member = index;
  }
  if (!member) return;
  const std::size_t member_begin = reading.mention(*member).span.begin;
  const std::string_view before =
      reading.text.substr(reading.sentence.begin, member_begin - reading.sentence.begin);
  const std::string* end = ending_of(before, grammar.modifiers().list_ends);
  if (!end) return;
  auto last = reading.nearest_left(reading.sentence.begin, member_begin - end->size(), rule.object_types);
  if (!last || reading.mention(*last).span.end != member_begin - end->size()) return;
  for (std::size_t group :
       reading.list_to(*last, rule.object_types, grammar.modifiers().coordinators, reading.sentence.begin)) {
    reading.emit(reading.mention(*member), rule.relation, reading.mention(group), std::nullopt, rule,
                 reading.word(trigger));
  }
}

}  // namespace kg::extract
