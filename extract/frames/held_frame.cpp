// The held frame: an event held, then a person acting in a later clause of
// the sentence took part in it — 首届中阿峰会在利雅得举行，习近平主席提出…;
// …论坛在北京开幕，王毅出席并致辞. The person acts by a relation the frames
// found with them as its subject, or by one of the rule's words right after
// them (致辞, 发表讲话); a person only addressed (习近平致贺信) does neither. A
// state or a body takes part by those words only (双方就…交换意见).
// The frame has no trigger in running text.
#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/frames/reading.h"

namespace kg::extract {

namespace {

// The actors a rule's word right after one of them names (A、B代表介绍…: both), or right before one
// (东道主意大利), with the word.
std::vector<std::pair<std::size_t, std::string_view>> speaking_actors(const FrameGrammar& grammar,
                                                                      const SentenceReading& reading,
                                                                      const RelationRule& rule) {
  std::vector<std::pair<std::size_t, std::string_view>> out;
  for (std::size_t other : reading.arguments) {
    const Mention& actor = reading.mention(other);
    if (!type_in(actor.type, rule.subject_types)) continue;
    if (reading.roles[other].adjunct || reading.roles[other].accompanying) continue;
    const std::string_view next = reading.text.substr(actor.span.end, reading.sentence.end - actor.span.end);
    const std::string_view before =
        reading.text.substr(reading.sentence.begin, actor.span.begin - reading.sentence.begin);
    const auto spoken = std::find_if(rule.triggers.begin(), rule.triggers.end(),
                                     [&](const std::string& word) { return next.starts_with(word); });
    if (spoken == rule.triggers.end()) {
      const auto title = std::find_if(rule.triggers.begin(), rule.triggers.end(),
                                      [&](const std::string& word) { return before.ends_with(word); });
      if (title != rule.triggers.end()) out.emplace_back(other, before.substr(before.size() - title->size()));
      continue;
    }
    for (std::size_t member : reading.list_to(other, rule.subject_types, grammar.modifiers().coordinators,
                                              reading.clause_of(actor.span.begin).begin)) {
      out.emplace_back(member, next.substr(0, spoken->size()));
    }
  }
  return out;
}

}  // namespace

void read_held(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  const auto& held_verbs = grammar.pack().patterns.event_held_verbs;
  // Representatives speaking at the meeting the document is about, held in an earlier sentence:
  // …论坛在南宁开幕。越南、印度尼西亚代表介绍了本国经验.
  if (rule.unsaid_object) {
    // (The actors first: most sentences have none, and the event in focus is looked for through the
    // document.)
    const auto actors = speaking_actors(grammar, reading, rule);
    const Mention* event = actors.empty() ? nullptr : reading.event_in_focus();
    if (!event) return;
    for (const auto& [actor, word] : actors)
      reading.emit(reading.mention(actor), rule.relation, *event, std::nullopt, rule, word);
    return;
  }
  for (std::size_t index : reading.arguments) {
    const Mention& event = reading.mention(index);
    if (!type_in(event.type, rule.object_types) || event.weak) continue;
    // Held in its own clause: …峰会在利雅得举行 (the event before the verb).
    const Span clause = reading.clause_of(event.span.begin);
    const std::string_view after = reading.text.substr(event.span.end, clause.end - event.span.end);
    const bool held = std::any_of(held_verbs.begin(), held_verbs.end(), [&](const std::string& verb) {
      return after.find(verb) != std::string_view::npos;
    });
    if (!held) continue;
    for (std::size_t other : reading.arguments) {
      const Mention& person = reading.mention(other);
      if (person.span.begin < clause.end || !type_in(person.type, rule.subject_types)) continue;
      if (reading.roles[other].adjunct || reading.roles[other].accompanying) continue;
      const std::string_view next =
          reading.text.substr(person.span.end, reading.sentence.end - person.span.end);
      const auto spoken = std::find_if(rule.triggers.begin(), rule.triggers.end(),
                                       [&](const std::string& word) { return next.starts_with(word); });
      // (A state or a body takes part by the rule's words only: 双方就…交换意见, not 中方提出….)
      const bool acts =
          person.type == graph::NodeType::Person &&
          std::any_of(reading.found.begin(), reading.found.end(), [&](const FoundRelation& found) {
            return found.subject.type == person.type && found.subject.name == person.name &&
                   found.relation != graph::RelationType::Leads;
          });
      // (The evidence's trigger: the word spoken, else none, the act being another rule's.)
      const std::string_view word =
          spoken != rule.triggers.end() ? next.substr(0, spoken->size()) : std::string_view();
      if (spoken != rule.triggers.end() || acts)
        reading.emit(person, rule.relation, event, std::nullopt, rule, word);
    }
  }
}

}  // namespace kg::extract
