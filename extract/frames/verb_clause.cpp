// What the clause around a verb trigger says (see verb_clause.h).
#include "extract/frames/verb_clause.h"

#include <algorithm>

#include "text/utf8.h"

namespace kg::extract::verb_clause {
namespace utf8 = text::utf8;  // characters as the text layer steps through them

// Partners who act along with a subject: the list after a partner marker
// right after one of `subjects`, closed by a word of acting together
// (欧盟还与美国、英国等一道, 中国同法国一起).
std::vector<std::size_t> partners_acting_along(const FrameGrammar& grammar, const SentenceReading& reading,
                                               const RelationRule& rule, const Trigger& trigger,
                                               const std::vector<const Mention*>& subjects) {
  const ModifierRules& modifiers = grammar.modifiers();
  std::vector<std::size_t> along;
  const Mention* previous = nullptr;  // the argument before
  for (std::size_t index : reading.arguments) {
    const Mention& first = reading.mention(index);
    if (first.span.end > trigger.span.begin) break;
    const bool after_subject =
        previous && std::find(subjects.begin(), subjects.end(), previous) != subjects.end();
    previous = &first;
    const std::string_view before =
        reading.text.substr(reading.sentence.begin, first.span.begin - reading.sentence.begin);
    const bool joint = ending_of(before, modifiers.joint_markers) != nullptr;
    if (!after_subject || !type_in(first.type, rule.subject_types) ||
        !(joint || grammar.words().partner_marker(before))) {
      continue;
    }
    const std::vector<std::size_t> list =
        reading.list_from(index, rule.subject_types, modifiers.coordinators, trigger.span.begin);
    const std::size_t list_end = reading.mention(list.back()).span.end;
    std::string_view rest = reading.text.substr(list_end, trigger.span.begin - list_end);
    if (const std::string* closer = opening_of(rest, modifiers.list_closers))
      rest.remove_prefix(closer->size());
    if (joint || opening_of(rest, modifiers.acting_together))
      along.insert(along.end(), list.begin(), list.end());
  }
  return along;
}

// Where the passive marker before an agent begins, if the text before it
// ends with one: 由|中国; for a person, also before the title and the body
// it belongs to (由外交部北美大洋洲司司长|杨涛, 由时任国务院副总理|刘鹤), which may
// be a body the rules do not know, or before the state it is of (由巴西的|X). An offset into `before`.
// `markers` are the passive's (由, 被), or the opener of the agent a verb governs under (在|X主持下).
std::optional<std::size_t> passive_marker(const FrameGrammar& grammar, std::string_view before, bool person,
                                          const std::vector<std::string>& markers) {
  const ModifierRules& modifiers = grammar.modifiers();
  if (const std::string* marker = ending_of(before, markers)) return before.size() - marker->size();
  const std::string* title = person ? grammar.words().person_titles.ending_of(before) : nullptr;
  // (Or the state or body the person is of: 由巴西的|卡洛斯·佩雷斯.)
  if (!title && person) title = ending_of(before, modifiers.relative_particles);
  if (!title) return std::nullopt;
  constexpr std::size_t kMaxTitlePhrase = 16;  // characters from the marker to the name
  std::string_view phrase = before.substr(0, before.size() - title->size());
  for (std::size_t characters = 0; !phrase.empty() && characters < kMaxTitlePhrase; ++characters) {
    if (const std::string* marker = ending_of(phrase, markers)) return phrase.size() - marker->size();
    std::size_t end = phrase.size();
    if (!utf8::is_han(utf8::previous(phrase, end))) return std::nullopt;  // punctuation: another clause
    if (ending_of(phrase, modifiers.coordinators)) return std::nullopt;   // another agent
    phrase.remove_suffix(phrase.size() - end);
  }
  return std::nullopt;
}

// Whether `object` heads the relative clause the trigger ends: 由中国主办的|峰会,
// or one more agent and verb first: 由外交部主办、清华大学承办的|研讨班.
bool relative_head_follows(const FrameGrammar& grammar, const SentenceReading& reading,
                           const Trigger& trigger, const Mention& object) {
  std::string_view between = reading.text.substr(trigger.span.end, object.span.begin - trigger.span.end);
  const std::string* of = ending_of(between, grammar.modifiers().relative_particles);
  if (!of) return false;
  between.remove_suffix(of->size());
  if (between.empty()) return true;
  if (!between.starts_with("、") && !between.starts_with(",")) return false;
  // The second agent and its verb: a name, then a verb that ends right at 的.
  const std::size_t verb_end = object.span.begin - of->size();
  if (std::any_of(reading.mentions.begin(), reading.mentions.end(), [&](const Mention& agent) {
        return agent.span.begin > trigger.span.end && agent.span.end < verb_end &&
               grammar.verb_starts_at(reading.text, agent.span.end, verb_end) &&
               utf8::length(reading.text.substr(agent.span.end, verb_end - agent.span.end)) <= 4;
      }))
    return true;
  // Or an agent no name names, short (80多个国家联署的): a verb of at most four characters ends at 的.
  constexpr std::size_t kMaxUnnamedAgent = 12;  // characters after the mark: 140多个发展中国家
  for (std::size_t at = trigger.span.end; at < verb_end; utf8::next(reading.text, at)) {
    if (grammar.verb_starts_at(reading.text, at, verb_end) &&
        utf8::length(reading.text.substr(at, verb_end - at)) <= 4)
      return utf8::length(reading.text.substr(trigger.span.end, at - trigger.span.end)) <=
             kMaxUnnamedAgent + 1;
  }
  return false;
}

// The person who announced what the subjects put forward, named before the
// announcing word right before them: 习近平…宣布，中方提出《…》.
const Mention* announcer(const FrameGrammar& grammar, const SentenceReading& reading,
                         const std::vector<const Mention*>& subjects) {
  std::size_t first = reading.sentence.end;
  for (const Mention* s : subjects) first = std::min(first, s->span.begin);
  std::string_view before = reading.text.substr(reading.sentence.begin, first - reading.sentence.begin);
  for (std::string_view comma : {",", ":"}) {
    if (before.ends_with(comma)) before.remove_suffix(comma.size());
  }
  const std::string* word = ending_of(before, grammar.modifiers().announcers);
  if (!word) return nullptr;
  const std::size_t word_begin = reading.sentence.begin + before.size() - word->size();
  auto person =
      reading.nearest_left(reading.sentence.begin, word_begin, {graph::NodeType::Person}, kSkipAdjunct);
  return person ? &reading.mention(*person) : nullptr;
}

// The first of the objects a rule's object marker puts before its verb in
// the clause (对华…管制, 将华为、中芯国际列入…), if any.
std::optional<std::size_t> marked_object(const SentenceReading& reading, const RelationRule& rule,
                                         Span clause, const Trigger& trigger) {
  if (rule.object_markers.empty()) return std::nullopt;
  for (std::size_t index : reading.arguments) {
    const Mention& m = reading.mention(index);
    if (m.span.begin < clause.begin || m.span.end > trigger.span.begin || !type_in(m.type, rule.object_types))
      continue;
    const std::string_view before = reading.text.substr(clause.begin, m.span.begin - clause.begin);
    if (ending_of(before, rule.object_markers)) return index;
  }
  return std::nullopt;
}

// Whether nothing but particles (了, 过, 等) follows the trigger in its clause,
// or a second predicate joined to it (出席|并发表讲话): its own object is
// unsaid. So too after a part of the event unsaid (出席|开幕式).
bool ends_clause(const SentenceReading& reading, const ModifierRules& modifiers, const Trigger& trigger,
                 Span clause) {
  std::string_view rest = reading.text.substr(trigger.span.end, clause.end - trigger.span.end);
  while (const std::string* particle = opening_of(rest, modifiers.verb_particles))
    rest.remove_prefix(particle->size());
  if (const std::string* part = opening_of(rest, modifiers.event_parts)) rest.remove_prefix(part->size());
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '.')) rest.remove_prefix(1);
  return rest.empty() || starts_with(rest, "。") || starts_with(rest, "!") || starts_with(rest, "?") ||
         opening_of(rest, modifiers.predicate_links);
}

// The part of an event that follows the trigger (出席|开幕式), or null.
const std::string* event_part_after(const SentenceReading& reading, const ModifierRules& modifiers,
                                    const Trigger& trigger, Span clause) {
  std::string_view rest = reading.text.substr(trigger.span.end, clause.end - trigger.span.end);
  while (const std::string* particle = opening_of(rest, modifiers.verb_particles))
    rest.remove_prefix(particle->size());
  if (const std::string* part = opening_of(rest, modifiers.event_parts)) return part;
  // Or the part the clause puts the act at, before the trigger: 在开幕式上|致辞.
  const std::string_view before = reading.text.substr(clause.begin, trigger.span.begin - clause.begin);
  for (const std::string& part : modifiers.event_parts) {
    if (before.find("在" + part) != std::string_view::npos) return &part;
  }
  return nullptr;
}

// Whether a noun the name possesses follows it: 发布《倡议》的说明, 参与《契约》的
//后续工作之外的… — the verb acts on that noun, not on the name. Not so for a
// process the name is the topic of (推动…公约的谈判), a quoted phrase naming
// the noun's content (提出“四个共同”的主张), a name after 的 (支持东盟的《…倡议》:
// that name is the object) or a verb (a relative clause).
bool possessor(const FrameGrammar& grammar, const SentenceReading& reading, const Mention& object,
               Span clause) {
  const std::string* of = opening_of(reading.text.substr(object.span.end, clause.end - object.span.end),
                                     grammar.modifiers().relative_particles);
  if (!of) return false;
  const std::size_t at = object.span.end + of->size();
  if (at >= clause.end) return false;
  if (!utf8::is_han(utf8::at(reading.text, at)) || starts_with(object.surface, "“")) return false;
  const std::string_view rest = reading.text.substr(at, clause.end - at);
  if (opening_of(rest, grammar.modifiers().process_nouns)) return false;
  const bool named = std::any_of(reading.mentions.begin(), reading.mentions.end(),
                                 [&](const Mention& m) { return m.span.begin == at; });
  return !named && !grammar.verb_starts_at(reading.text, at, clause.end);
}

// Whether `name` is the subject of a relative clause right after it (中方|提出|的《倡议》): a verb, 了
// perhaps, then 的 and more of the clause.
bool subject_of_relative_clause(const FrameGrammar& grammar, const SentenceReading& reading,
                                const Mention& name, std::size_t limit) {
  for (const Trigger& verb : reading.triggers) {
    if (verb.span.begin != name.span.end || verb.span.end >= limit ||
        grammar.rule(verb.rule).frame != Frame::Verb)
      continue;
    std::string_view rest = reading.text.substr(verb.span.end, limit - verb.span.end);
    if (const std::string* done = opening_of(rest, grammar.modifiers().perfective_particles))
      rest.remove_prefix(done->size());
    const std::string* of = opening_of(rest, grammar.modifiers().relative_particles);
    if (of && rest.size() > of->size()) return true;
  }
  return false;
}

// Whether a clause before its verb only counts what the clause before listed:
// 共16家企业, 约60个国家 (a count and a group noun, an adverb after them).
bool counts_the_list_before(const FrameGrammar& grammar, std::string_view before_verb) {
  const FrameGrammar::Words& words = grammar.words();
  while (!before_verb.empty() && (before_verb.front() == ',' || before_verb.front() == ' '))
    before_verb.remove_prefix(1);
  const std::string* approximation = words.approximations.opening_of(before_verb);
  if (!approximation) return false;
  before_verb.remove_prefix(approximation->size());
  bool counted = false;
  while (!before_verb.empty() && before_verb.front() >= '0' && before_verb.front() <= '9') {
    before_verb.remove_prefix(1);
    counted = true;
  }
  if (const std::string* quantifier = words.quantifiers.opening_of(before_verb))
    before_verb.remove_prefix(quantifier->size());
  // (A measure word may be a group noun of its own: 家 of 16家企业.)
  bool grouped = false;
  while (const std::string* noun = words.group_nouns.opening_of(before_verb)) {
    before_verb.remove_prefix(noun->size());
    grouped = true;
  }
  if (!counted || !grouped) return false;
  while (const std::string* adverb = words.adverbs.opening_of(before_verb))
    before_verb.remove_prefix(adverb->size());
  return before_verb.empty();
}

// Whether `trigger` heads a relative clause (its 的 after it, 了 perhaps) and
// another verb stands between `subject` and it, not joined to it, with no
// actor of its own after that verb (参加了|在上海举行的大会; not 发起并|主办的,
// 通过了|俄罗斯等国提出的决议).
bool heads_relative_on_another_verb(const FrameGrammar& grammar, const SentenceReading& reading,
                                    const Trigger& trigger, const Mention& subject) {
  const auto& modifiers = grammar.modifiers();
  std::string_view rest = reading.text.substr(trigger.span.end, reading.sentence.end - trigger.span.end);
  if (const std::string* particle = opening_of(rest, modifiers.perfective_particles))
    rest.remove_prefix(particle->size());
  if (!opening_of(rest, modifiers.relative_particles)) return false;
  const std::vector<graph::NodeType>& actors = grammar.rule(trigger.rule).subject_types;
  return std::any_of(reading.triggers.begin(), reading.triggers.end(), [&](const Trigger& other) {
    if (other.span.begin < subject.span.end || other.span.end > trigger.span.begin ||
        grammar.rule(other.rule).frame != Frame::Verb)
      return false;
    // (Nor a means or a time: 中国通过多边渠道提出的, 中国在出席峰会期间提出的.)
    const std::string_view verb = reading.text.substr(other.span.begin, other.span.end - other.span.begin);
    if (std::find(modifiers.instrumental.begin(), modifiers.instrumental.end(), verb) !=
            modifiers.instrumental.end() ||
        ending_of(reading.text.substr(subject.span.end, other.span.begin - subject.span.end),
                  modifiers.subordinating_openers))
      return false;
    const std::string_view gap = reading.text.substr(other.span.end, trigger.span.begin - other.span.end);
    // (Unless the clause names its own actor after the other verb: 通过了|俄罗斯等国提出的决议.)
    const bool own_actor =
        std::any_of(reading.mentions.begin(), reading.mentions.end(), [&](const Mention& m) {
          return !m.nested && m.span.begin >= other.span.end && m.span.end <= trigger.span.begin &&
                 type_in(m.type, actors);
        });
    return !gap.empty() && !own_actor && !opening_of(gap, modifiers.predicate_links) &&
           !opening_of(gap, modifiers.coordinators);
  });
}

// The subjects a cleft names after the verb: 投反对票的是|美国和巴拉圭, 提出该倡议的是|中国.
std::optional<Cleft> cleft_subjects(const FrameGrammar& grammar, const SentenceReading& reading,
                                    const RelationRule& rule, const Trigger& trigger, Span clause) {
  const std::string_view rest = reading.text.substr(trigger.span.end, clause.end - trigger.span.end);
  for (const std::string& link : grammar.modifiers().cleft_links) {
    const std::size_t found = rest.find(link);
    if (found == std::string_view::npos) continue;
    const std::size_t link_at = trigger.span.end + found;
    // Between the verb and the link, only its object: 提出|该倡议|的是.
    const bool only_object =
        std::all_of(reading.mentions.begin(), reading.mentions.end(), [&](const Mention& m) {
          return m.span.end <= trigger.span.end || m.span.begin >= link_at ||
                 type_in(m.type, rule.object_types);
        });
    if (!only_object) return std::nullopt;
    for (std::size_t index : reading.arguments) {
      const Mention& m = reading.mention(index);
      if (m.span.begin != link_at + link.size()) continue;
      if (!type_in(m.type, rule.subject_types)) return std::nullopt;
      return Cleft{link_at, reading.list_from(index, rule.subject_types, grammar.modifiers().coordinators,
                                              clause.end)};
    }
  }
  return std::nullopt;
}

// Where the trade a verb restricts goes, named in its clause: 限制芯片对|华|出口, 禁止向|俄罗斯、伊朗|出售.
std::vector<std::size_t> trade_destinations(const FrameGrammar& grammar, const SentenceReading& reading,
                                            const RelationRule& rule, Span clause) {
  const ModifierRules& modifiers = grammar.modifiers();
  for (std::size_t index : reading.arguments) {
    const Mention& m = reading.mention(index);
    if (m.span.begin < clause.begin || m.span.end > clause.end || !type_in(m.type, rule.object_types))
      continue;
    if (!ending_of(reading.text.substr(clause.begin, m.span.begin - clause.begin),
                   modifiers.destination_prepositions)) {
      continue;
    }
    std::vector<std::size_t> list =
        reading.list_from(index, rule.object_types, modifiers.coordinators, clause.end);
    const std::size_t list_end = reading.mention(list.back()).span.end;
    if (opening_of(reading.text.substr(list_end, clause.end - list_end), modifiers.trade_nouns)) return list;
  }
  return {};
}

// Whether the definition under its term names, before `at`, anything of
// `types` (《X》 / 2023年，智利起草了《Y》。次年，智利正式发布: Y was issued).
bool defined_after_term(const SentenceReading& reading, std::size_t at,
                        const std::vector<graph::NodeType>& types) {
  constexpr std::size_t kMaxSentences = 16;
  // (Past the term's line: its name in another language in brackets there is the term's.)
  const std::size_t term_end = std::min(reading.text.find('\n', reading.headword->span.end), at);
  // (A title in its marks is a document's, whether the recognizer knew it or not.)
  if (term_end < at && reading.text.substr(term_end, at - term_end).find("《") != std::string_view::npos)
    return true;
  const std::vector<Mention>* first = reading.document.data();
  const std::vector<Mention>* here = &reading.mentions;
  const std::less<> before;  // (a total order, whatever the pointers)
  if (before(here, first) || !before(here, first + reading.document.size())) return false;
  for (std::size_t back = 0; back < kMaxSentences; ++back, --here) {
    bool reached_term = false;
    for (const Mention& m : *here) {
      reached_term = reached_term || m.span.begin < term_end;
      if (m.span.begin >= term_end && m.span.begin < at && !m.nested && type_in(m.type, types)) return true;
    }
    if (reached_term || here == first) break;
  }
  return false;
}

}  // namespace kg::extract::verb_clause
