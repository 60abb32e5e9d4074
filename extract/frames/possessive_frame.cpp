// The possessive frame: GROUP 成员国 MEMBER…, MEMBER 是 GROUP (的) 成员国,
// 作为 GROUP 成员国，MEMBER…, or MEMBER 成为正式成员国 of the body named last.
#include <optional>
#include <string_view>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

// The text before a membership noun, stripped of what may qualify it: 正式, 新, an
// ordinal (成为|第九个正式|成员国).
std::string_view without_qualifiers(const FrameGrammar& grammar, std::string_view before) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    const std::string* word = grammar.words().adverbs.ending_of(before);
    if (!word) word = ending_of(before, grammar.modifiers().membership_qualifiers);
    if (word) {
      before.remove_suffix(word->size());
      stripped = true;
    }
  }
  // An ordinal: 第九个 (第, numerals, 个).
  constexpr std::string_view kMeasure = "个";
  if (!before.ends_with(kMeasure)) return before;
  std::size_t begin = before.size() - kMeasure.size();
  while (begin > 0) {
    std::size_t previous = begin;
    utf8::previous(before, previous);
    if (grammar.modifiers().edition_characters.find(before.substr(previous, begin - previous)) ==
        std::string::npos)
      break;
    begin = previous;
  }
  return begin < before.size() - kMeasure.size() ? before.substr(0, begin) : before;
}

// Whether only a date stands between a member and its verb: 阿联酋|于2024年1月1日|成为.
bool only_a_date(const ModifierRules& modifiers, std::string_view between) {
  if (const std::string* preposition = opening_of(between, modifiers.time_prepositions))
    between.remove_prefix(preposition->size());
  for (std::size_t at = 0; at < between.size();) {
    const char32_t c = utf8::next(between, at);
    if (c != U'年' && c != U' ' && !continues_date(c)) return false;
  }
  return true;
}

// A membership noun with no body before it, after a verb of becoming (伊朗成为第九个正式成员国): a
// member of the body the sentence, or the one before, named last.
void read_unnamed_group(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const Span clause = reading.clause_of(trigger.span.begin);
  // (Nothing after it but the clause's end: 成为正式成员国。, not 成为成员国代表.)
  const std::string_view after = reading.text.substr(trigger.span.end, clause.end - trigger.span.end);
  if (!after.empty() && !after.starts_with("。")) return;
  const std::string_view before =
      without_qualifiers(grammar, reading.text.substr(clause.begin, trigger.span.begin - clause.begin));
  const std::string* verb = ending_of(before, grammar.modifiers().becoming_verbs);
  if (!verb) return;
  const std::size_t verb_begin = clause.begin + before.size() - verb->size();
  auto member = reading.nearest_left(clause.begin, verb_begin, rule.subject_types, kSkipAdjunct);
  if (!member) return;
  const Mention& last = reading.mention(*member);
  if (!only_a_date(grammar.modifiers(), reading.text.substr(last.span.end, verb_begin - last.span.end)))
    return;
  const std::vector<std::size_t> members =
      reading.list_to(*member, rule.subject_types, grammar.modifiers().coordinators, clause.begin);
  const Mention* group = reading.named_before(reading.mention(members.front()).span.begin, rule.object_types);
  if (!group) return;
  for (std::size_t index : members)
    reading.emit(reading.mention(index), rule.relation, *group, std::nullopt, rule, reading.word(trigger));
}

}  // namespace

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
  if (!group) {
    read_unnamed_group(grammar, reading, trigger);
    return;
  }
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
  // 巴西是金砖国家成员国: the member before 是/为/作为; or, where the phrase
  // opens its clause, the subject of the clause it fronts (作为上合组织成员国，哈萨克斯坦…).
  const Mention& g = reading.mention(*group);
  for (std::string_view copula : grammar.modifiers().copulas) {
    const std::string_view before =
        reading.text.substr(reading.sentence.begin, g.span.begin - reading.sentence.begin);
    if (!ends_with(before, copula)) continue;
    const std::size_t copula_begin = g.span.begin - copula.size();
    if (reading.opens_clause(reading.clause_of(copula_begin), copula_begin)) {
      if (auto member = reading.actor_after(trigger.span.end, rule.subject_types))
        reading.emit(reading.mention(*member), rule.relation, g, std::nullopt, rule, word);
    } else if (auto member = reading.nearest_left(reading.sentence.begin, copula_begin, rule.subject_types)) {
      if (reading.mention(*member).span.end != copula_begin) continue;
      // With the list it ends (智利与秘鲁同为…), and the members of a contraction (中英同为…).
      for (std::size_t listed : reading.list_to(*member, rule.subject_types, grammar.modifiers().coordinators,
                                                reading.sentence.begin)) {
        for (std::size_t index : reading.arguments) {
          if (reading.mention(index).span == reading.mention(listed).span)
            reading.emit(reading.mention(index), rule.relation, g, std::nullopt, rule, word);
        }
      }
    }
  }
}

}  // namespace kg::extract
