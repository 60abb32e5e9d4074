// The venue frame: SUBJECT 在 VENUE 上/期间/中/框架下 — the subject took part
// in the event or body named: 习近平在第二届世界互联网大会上提出…, 李强在
// …高级别会议开幕式上致辞, 欧盟在联合国、七国集团等多边框架下倡导…. The
// venue may be a list, and a few words may stand between it and the trigger
// (开幕式, 等多边合作); the adjunct may open the sentence, its actor after it.
#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

constexpr std::size_t kMaxGapCharacters = 8;  // 开幕式主旨演讲

// The argument of an allowed type the trigger closes, with at most a few
// words of the venue's parts between: 峰会|上, 大会|开幕式|上, 二十国集团|等多边合作|框架下.
std::optional<std::size_t> venue_before(const FrameGrammar& grammar, const SentenceReading& reading,
                                        const RelationRule& rule, const Trigger& trigger, Span clause) {
  const auto last = reading.nearest_left(clause.begin, trigger.span.begin, rule.object_types);
  if (!last) return std::nullopt;
  const Mention& venue = reading.mention(*last);
  std::string_view gap = reading.text.substr(venue.span.end, trigger.span.begin - venue.span.end);
  if (utf8::length(gap) > kMaxGapCharacters) return std::nullopt;
  // An acronym in brackets first (政府专家组(GGE)中); then only words that
  // name a part or kind of the venue: 开幕式, 等多边合作.
  if (starts_with(gap, "(")) {
    const std::size_t close = gap.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    gap.remove_prefix(close + 1);
  }
  while (!gap.empty()) {
    const std::string* part = opening_of(gap, grammar.modifiers().venue_parts);
    if (!part) return std::nullopt;
    gap.remove_prefix(part->size());
  }
  // A later argument between the venue and the trigger is no venue's part.
  if (auto any = reading.nearest_left(
          venue.span.end, trigger.span.begin,
          {graph::NodeType::Country, graph::NodeType::Organization, graph::NodeType::Person,
           graph::NodeType::Region, graph::NodeType::Initiative, graph::NodeType::Event})) {
    return std::nullopt;
  }
  return last;
}

}  // namespace

void read_venue(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word = reading.word(trigger);
  const Span clause = reading.clause_of(trigger.span.begin);
  const auto last = venue_before(grammar, reading, rule, trigger, clause);
  if (!last) return;
  const std::vector<std::size_t> venues =
      reading.list_to(*last, rule.object_types, grammar.modifiers().coordinators, clause.begin);
  const Mention& first = reading.mention(venues.back());
  // 在 before the venue, or nothing: the adjunct opens the clause (峰会上，…).
  const std::string_view before = reading.text.substr(clause.begin, first.span.begin - clause.begin);
  const std::string* opener = ending_of(before, grammar.modifiers().venue_openers);
  if (!opener && !before.empty()) return;
  const std::size_t at = first.span.begin - (opener ? opener->size() : 0);
  // What an actor will do there states no part in it yet: 中方将在联合国框架内推进….
  if (grammar.preceded_by(reading.text, clause.begin, at, grammar.words().modal) &&
      !grammar.preceded_by(reading.text, clause.begin, at, grammar.words().modal_exceptions)) {
    reading.drop(rule, word, "forward-looking");
    return;
  }
  std::vector<const Mention*> actors;
  if (auto subject =
          reading.nearest_left(clause.begin, at, rule.subject_types, kSkipPartnered | kSkipAdjunct)) {
    // All who act there: 中国同埃及、老挝等国在第四届世界互联网大会上….
    actors = reading.acting_group(*subject, rule.subject_types, clause);
  } else if (auto after = reading.text.substr(trigger.span.end, clause.end - trigger.span.end).empty()
                              ? reading.actor_after(trigger.span.end, rule.subject_types)
                              : std::nullopt) {
    // The adjunct first: 在第二届世界互联网大会上，习近平主席提出…; 在…框架下，美国与欧盟协调….
    actors.push_back(&reading.mention(*after));
    for (std::size_t partner : reading.list_from(*after, rule.subject_types, grammar.modifiers().coordinators,
                                                 reading.clause_of(reading.mention(*after).span.begin).end)) {
      if (partner != *after) actors.push_back(&reading.mention(partner));
    }
  } else if (const auto carried = reading.carried_subject(clause, rule.subject_types); carried.subject) {
    actors.push_back(&reading.mention(*carried.subject));
  } else if (carried.blocked) {
    // The clause's subject is a noun phrase kg does not name.
  } else if (const Mention* actor = reading.unsaid_actor(rule.subject_types)) {
    actors.push_back(actor);
  }
  for (std::size_t index : venues) {
    const Mention& venue = reading.mention(index);
    for (const Mention* actor : actors) reading.emit(*actor, rule.relation, venue, std::nullopt, rule, word);
    if (venue.type == graph::NodeType::Event) {
      if (const auto year = reading.year_before(venue.span.begin))
        reading.emit_year(venue, *year, rule, word);
    }
  }
}

}  // namespace kg::extract
