// The verb frame: SUBJECT … TRIGGER … OBJECT, with the passive (…倡议由中国提出),
// the object stated first (以…为愿景, 峰会在乌镇举行), a subject carried over
// from earlier in the sentence or the document's main actor, and the year
// governing the clause.
#include "extract/frames/reading.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace kg::extract {

namespace {

bool dates_its_object(graph::RelationType relation) {
  using R = graph::RelationType;
  return relation == R::Proposed || relation == R::Issued || relation == R::Adopted || relation == R::Signed ||
         relation == R::Hosted || relation == R::InYear;
}

// Rules that name what they act on, so a bare quoted phrase right after
// their trigger is a name: 发起“中文联盟”, 签署“…”.
bool names_its_object(graph::RelationType relation) {
  using R = graph::RelationType;
  return relation == R::Proposed || relation == R::Issued || relation == R::Adopted || relation == R::Signed ||
         relation == R::Rejected || relation == R::InYear;
}

}  // namespace

void read_verb(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const ModifierRules& modifiers = grammar.modifiers();
  const std::string_view word =
      reading.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  const Span clause = reading.clause_of(trigger.span.begin);

  // The subject, as an index into the sentence's mentions (none: mentions.size()).
  const std::size_t none = reading.mentions.size();
  std::size_t subject = rule.subject_types.empty()
                            ? none
                            : reading.nearest_left(clause.begin, trigger.span.begin, rule.subject_types, true)
                                  .value_or(none);
  // Reported speech: in 某某表示，… the speaker is not the subject of what follows.
  const std::size_t speech_from = subject != none ? reading.mention(subject).span.end : clause.begin;
  const bool reported = std::any_of(modifiers.attribution.begin(), modifiers.attribution.end(), [&](const std::string& verb) {
    return reading.text.substr(speech_from, trigger.span.begin - speech_from).find(verb) != std::string_view::npos;
  });
  if (reported) subject = none;
  // The passive: …倡议由中国提出 — the object stands before 由.
  bool passive = false;
  if (subject != none) {
    for (const std::string& marker : modifiers.passive_markers) {
      if (ends_with(reading.text.substr(clause.begin, reading.mention(subject).span.begin - clause.begin), marker)) {
        passive = true;
      }
    }
  }

  std::vector<std::size_t> objects;
  bool object_first = false;  // the object stands before the verb
  const std::size_t object_limit = clause.end;
  if (passive) {
    const std::size_t before = reading.mention(subject).span.begin;
    if (auto object = reading.nearest_left(reading.sentence.begin, before, rule.object_types)) {
      objects.push_back(*object);
      object_first = true;
    }
  } else if (auto object = reading.nearest_right(trigger.span.end, object_limit, rule.object_types,
                                                 names_its_object(rule.relation))) {
    objects = reading.list_from(*object, rule.object_types, modifiers.coordinators, object_limit);
  } else {
    // The object stated first: 以构建网络空间命运共同体为愿景, …峰会在乌镇举行.
    const std::size_t from = subject != none ? reading.mention(subject).span.end : clause.begin;
    if (auto object = reading.nearest_left(from, trigger.span.begin, rule.object_types)) {
      objects.push_back(*object);
      object_first = true;
    } else if (auto topic = reading.nearest_left(reading.sentence.begin, clause.begin, rule.object_types);
               topic && rule.relation == graph::RelationType::Hosted) {
      // …峰会连续举办10年，是在中国举办的…: the event is the sentence's topic.
      objects.push_back(*topic);
      object_first = true;
    }
  }
  // An event named before its verb is its subject's object: 峰会在中国举办.
  if (subject == none && object_first && !rule.subject_types.empty()) {
    const Mention& object = reading.mention(objects.front());
    subject = reading.nearest_left(object.span.end, trigger.span.begin, rule.subject_types, true).value_or(none);
  }
  if (objects.empty()) {
    reading.drop(rule, word, "no object");
    return;
  }
  if (!object_first && grammar.is_modifier(reading.text, clause, reading.mention(objects.back()))) {
    for (std::size_t index : objects) reading.partnered[index] = true;
    reading.drop(rule, word, "object qualifies a noun");
    return;
  }
  // 中国通过《…》推动合作: "by means of", when another verb follows the object.
  const bool instrumental_word = std::find(modifiers.instrumental.begin(), modifiers.instrumental.end(), word) !=
                                 modifiers.instrumental.end();
  if (instrumental_word && !object_first) {
    const std::size_t after = reading.mention(objects.back()).span.end;
    std::vector<PhraseMatcher::Match> verbs;
    grammar.triggers().find_all(reading.text.substr(after, clause.end - after), verbs);
    if (!verbs.empty()) {
      reading.drop(rule, word, "means, not an act");
      return;
    }
  }
  for (std::size_t& index : objects) reading.mentions[index].weak = false;
  if (rule.relation == graph::RelationType::CooperatesWith) {
    for (std::size_t index : objects) reading.partnered[index] = true;
  }
  const std::optional<int> year = reading.year_before(trigger.span.begin);

  // The subject and those coordinated with it: 中国、俄罗斯等国签署….
  std::vector<std::size_t> stated_subjects;
  if (subject != none) {
    stated_subjects = reading.list_to(subject, rule.subject_types, modifiers.coordinators, reading.sentence.begin);
  }
  std::vector<const Mention*> subjects;
  if (rule.subject_types.empty()) {
    // A rule that only dates its object (上线, 启动).
  } else if (!stated_subjects.empty()) {
    for (std::size_t index : stated_subjects) {
      subjects.push_back(&reading.mention(index));
    }
    // 同阿拉伯国家联盟…发表: the partner acts with the clause's own subject.
    const Mention& first = *subjects.back();
    for (const std::string& marker : modifiers.partner_markers) {
      const std::size_t before = first.span.begin;
      if (!ends_with(reading.text.substr(clause.begin, before - clause.begin), marker)) continue;
      const std::size_t marker_begin = before - marker.size();
      if (auto partner = reading.nearest_left(reading.sentence.begin, marker_begin, rule.subject_types)) {
        subjects.push_back(&reading.mention(*partner));
      } else if (reading.topic && type_in(reading.topic->type, rule.subject_types)) {
        subjects.push_back(reading.topic);
      }
    }
  } else if (reported) {
    // Whoever said it, the sentence states no subject for this verb.
  } else if (auto carried = reading.nearest_left(reading.sentence.begin, clause.begin, rule.subject_types, true, true);
             carried && !grammar.said_between(reading.text, reading.mention(*carried).span.end, trigger.span.begin)) {
    // A subject named earlier in the sentence carries over: …，中国…
    subjects.push_back(&reading.mention(*carried));
  } else if (carried) {
    // 某某表示，…参加…: the speaker is not the subject of what is reported.
  } else if (reading.topic && !object_first && type_in(reading.topic->type, rule.subject_types)) {
    subjects.push_back(reading.topic);
  }
  if (subjects.empty() && !rule.subject_types.empty()) reading.drop(rule, word, "no subject");

  for (std::size_t index : objects) {
    const Mention& object = reading.mention(index);
    if (rule.relation != graph::RelationType::InYear) {
      for (const Mention* s : subjects) reading.emit(*s, rule.relation, object, year, rule, word);
    }
    const bool datable = object.type == graph::NodeType::Initiative || object.type == graph::NodeType::Event;
    if (year && datable && dates_its_object(rule.relation) &&
        (!subjects.empty() || rule.subject_types.empty() || object_first)) {
      reading.emit_year(object, *year, rule, word);
    }
  }
}

}  // namespace kg::extract
