// The possessive frame: GROUP 成员国 MEMBER…, or MEMBER 是 GROUP (的) 成员国.
#include <optional>
#include <string_view>

#include "extract/frames/reading.h"

namespace kg::extract {

void read_possessive(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word = reading.word(trigger);
  std::size_t group_end = trigger.span.begin;
  if (const std::string* of =
          ending_of(reading.text.substr(reading.sentence.begin, group_end - reading.sentence.begin),
                    grammar.modifiers().relative_particles)) {
    group_end -= of->size();
  }
  std::optional<std::size_t> group;
  for (std::size_t index : reading.arguments) {
    const Mention& m = reading.mention(index);
    if (m.span.end == group_end && type_in(m.type, rule.object_types)) group = index;
  }
  if (!group) return;
  // 上合组织成员国俄罗斯、印度…
  std::size_t after = trigger.span.end;
  if (reading.text.substr(after, 1) == ":") ++after;
  for (std::size_t index : reading.arguments) {
    const Mention& m = reading.mention(index);
    if (m.span.begin != after || !type_in(m.type, rule.subject_types)) continue;
    for (std::size_t member : reading.list_from(index, rule.subject_types, grammar.modifiers().coordinators,
                                                reading.sentence.end)) {
      reading.emit(reading.mention(member), rule.relation, reading.mention(*group), std::nullopt, rule, word);
    }
    return;
  }
  // 巴西是金砖国家成员国: the member before 是/为/作为.
  const Mention& g = reading.mention(*group);
  for (std::string_view copula : grammar.modifiers().copulas) {
    const std::string_view before =
        reading.text.substr(reading.sentence.begin, g.span.begin - reading.sentence.begin);
    if (!ends_with(before, copula)) continue;
    const std::size_t copula_begin = g.span.begin - copula.size();
    if (auto member = reading.nearest_left(reading.sentence.begin, copula_begin, rule.subject_types)) {
      if (reading.mention(*member).span.end == copula_begin) {
        reading.emit(reading.mention(*member), rule.relation, g, std::nullopt, rule, word);
      }
    }
  }
}

}  // namespace kg::extract
