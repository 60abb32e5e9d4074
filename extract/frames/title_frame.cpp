// The title frame: ORGANIZATION TITLE PERSON (肯尼亚总统鲁托 -> 鲁托 LEADS 肯尼亚),
// the title sharing the body's last character (外交部|长王毅: 部长), and
// PERSON APPOINTED-TO ORGANIZATION TITLE (梅巴尔基担任特设委员会主席).
#include "extract/frames/reading.h"

namespace kg::extract {
namespace {

// Whether `body` names the body a title at `title` is of: right before it,
// or ending on the title's first character (外交部 and 部长 in 外交部长).
bool titles(const Mention& body, Span title) {
  return body.span.end == title.begin || (body.span.begin < title.begin && body.span.end > title.begin &&
                                          body.span.end < title.end);
}

}  // namespace

void read_title(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word = reading.word(trigger);
  std::size_t after = trigger.span.end;
  if (reading.text.substr(after, 1) == ":") ++after;
  bool named_after = false;
  for (std::size_t person : reading.arguments) {
    const Mention& p = reading.mention(person);
    if (p.span.begin != after || !type_in(p.type, rule.subject_types)) continue;
    named_after = true;
    for (std::size_t body : reading.arguments) {
      const Mention& b = reading.mention(body);
      if (titles(b, trigger.span) && type_in(b.type, rule.object_types)) {
        reading.emit(p, rule.relation, b, std::nullopt, rule, word);
      }
    }
  }
  if (named_after) return;
  // No name after the title: the person appointed to it, before the verb.
  for (std::size_t body : reading.arguments) {
    const Mention& b = reading.mention(body);
    if (!titles(b, trigger.span) || !type_in(b.type, rule.object_types)) continue;
    const Span clause = reading.clause_of(b.span.begin);
    const std::string* verb = ending_of(reading.text.substr(clause.begin, b.span.begin - clause.begin),
                                        grammar.modifiers().appointments);
    if (!verb) continue;
    if (auto person = reading.nearest_left(clause.begin, b.span.begin - verb->size(), rule.subject_types)) {
      reading.emit(reading.mention(*person), rule.relation, b, std::nullopt, rule, word);
    }
  }
}

}  // namespace kg::extract
