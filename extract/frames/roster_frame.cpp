// The roster frame: the parties a role noun names, listed after it or before
// it — 首批签署方包括安道尔、挪威、英国; 美国、英国和欧盟都在首批签署方之列 —
// act on the document the sentence (or the paragraph) named before.
#include <algorithm>
#include <optional>
#include <vector>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

// Whether `gap` holds only a few characters and no break: 都在首批, 等成为.
bool short_gap(std::string_view gap) {
  constexpr std::size_t kMaxGapCharacters = 6;
  return utf8::length(gap) <= kMaxGapCharacters && gap.find_first_of(",;:") == std::string_view::npos &&
         gap.find("。") == std::string_view::npos && gap.find("、") == std::string_view::npos;
}

// Whether `between` is a possessive's 的 before the role noun, a few
// qualifying characters between (的|最早的, 的|首批): 《倡议》的发起方.
bool possessive_of_role(std::string_view between, const ModifierRules& modifiers) {
  constexpr std::size_t kMaxQualifierCharacters = 4;
  const std::string* of = opening_of(between, modifiers.relative_particles);
  if (!of) return false;
  const std::string_view qualifier = between.substr(of->size());
  return utf8::length(qualifier) <= kMaxQualifierCharacters && short_gap(qualifier);
}

}  // namespace

void read_roster(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const ModifierRules& modifiers = grammar.modifiers();
  const Span clause = reading.clause_of(trigger.span.begin);
  std::vector<std::size_t> parties;
  // After it: 签署方包括|A、B、C.
  // (A colon ends the clause: read to the sentence's end.)
  const std::string_view after =
      reading.text.substr(trigger.span.end, reading.sentence.end - trigger.span.end);
  if (const std::string* opener = opening_of(after, modifiers.roster_openers)) {
    std::size_t from = trigger.span.end + opener->size();
    if (reading.text.substr(from, 1) == ":") ++from;  // 包括：A、B
    // (A counted group unnamed may come first: 签署方是|10个国家和|欧盟.)
    const auto named_from = [&](const Mention& first) {
      return first.span.begin == from ||
             grammar.closes_list(reading.text.substr(from, first.span.begin - from), modifiers.coordinators);
    };
    if (auto first = reading.nearest_right(from, reading.sentence.end, rule.subject_types);
        first && named_from(reading.mention(*first))) {
      parties = reading.list_from(*first, rule.subject_types, modifiers.coordinators, reading.sentence.end);
    }
  }
  // Before it: A、B和C都在|签署方之列, A、B等成为|首批签署方, A、B等70多个|世贸组织|成员,
  // A是|《倡议》的|发起方.
  std::optional<std::size_t> group;  // the body right before the role noun, whose roster it is
  for (std::size_t index : reading.arguments) {
    const Mention& m = reading.mention(index);
    if (m.span.begin >= trigger.span.begin || !type_in(m.type, rule.object_types)) continue;
    const std::string_view between = reading.text.substr(m.span.end, trigger.span.begin - m.span.end);
    if (between.empty() || possessive_of_role(between, modifiers)) group = index;
  }
  const std::size_t parties_end = group ? reading.mention(*group).span.begin : trigger.span.begin;
  // (A body's members before the role noun are named with the body, 世贸组织成员;
  // the parties to a document may refer back to it, 都在签署方之列.)
  const bool refers_back = type_in(graph::NodeType::Initiative, rule.object_types);
  if (parties.empty() && (group || refers_back)) {
    if (auto last = reading.nearest_left(clause.begin, parties_end, rule.subject_types)) {
      const std::string_view gap =
          reading.text.substr(reading.mention(*last).span.end, parties_end - reading.mention(*last).span.end);
      // (Linked by 等, 都, 是…: in 美国和欧盟成员国 the list is no roster. The list's end is no part of
      // the gap: A、B等国|是最早的一批|共同提案国.)
      std::string_view linked = gap;
      if (const std::string* end = opening_of(linked, modifiers.list_ends)) linked.remove_prefix(end->size());
      if (short_gap(linked) && opening_of(gap, modifiers.roster_links)) {
        parties = reading.list_to(*last, rule.subject_types, modifiers.coordinators, clause.begin);
      }
    }
  }
  if (parties.empty()) return;
  // The document or body: right before the role noun, or the last named
  // before the parties, in the sentence or the paragraph.
  std::size_t first_party = reading.mention(parties.front()).span.begin;
  for (std::size_t party : parties) first_party = std::min(first_party, reading.mention(party).span.begin);
  const Mention* document =
      group ? &reading.mention(*group)
            : reading.named_before(std::min(first_party, trigger.span.begin), rule.object_types);
  if (!document) return;
  for (std::size_t party : parties) {
    reading.emit(reading.mention(party), rule.relation, *document, std::nullopt, rule, reading.word(trigger));
  }
}

}  // namespace kg::extract
