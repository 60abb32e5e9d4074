// What the clause around a verb trigger says, for the verb frame to read its subject and
// objects by: partners acting along, passive and relative-clause shapes, clefts, counted
// lists, an object put first or left unsaid. Internal to the frames.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/frames/reading.h"

namespace kg::extract::verb_clause {

// Partners who act along with a subject: the list after a partner marker
// right after one of `subjects`, closed by a word of acting together
// (欧盟还与美国、英国等一道, 中国同法国一起).
std::vector<std::size_t> partners_acting_along(const FrameGrammar& grammar, const SentenceReading& reading,
                                               const RelationRule& rule, const Trigger& trigger,
                                               const std::vector<const Mention*>& subjects);

// Where the passive marker before an agent begins, if the text before it
// ends with one: 由|中国; for a person, also before the title and the body
// it belongs to (由外交部北美大洋洲司司长|杨涛, 由时任国务院副总理|刘鹤), which may
// be a body the rules do not know. An offset into `before`.
// `markers` are the passive's (由, 被), or the opener of the agent a verb governs under (在|X主持下).
std::optional<std::size_t> passive_marker(const FrameGrammar& grammar, std::string_view before, bool person,
                                          const std::vector<std::string>& markers);

// Whether `object` heads the relative clause the trigger ends: 由中国主办的|峰会,
// or one more agent and verb first: 由外交部主办、清华大学承办的|研讨班.
bool relative_head_follows(const FrameGrammar& grammar, const SentenceReading& reading,
                           const Trigger& trigger, const Mention& object);

// The person who announced what the subjects put forward, named before the
// announcing word right before them: 习近平…宣布，中方提出《…》.
const Mention* announcer(const FrameGrammar& grammar, const SentenceReading& reading,
                         const std::vector<const Mention*>& subjects);

// The first of the objects a rule's object marker puts before its verb in
// the clause (对华…管制, 将华为、中芯国际列入…), if any.
std::optional<std::size_t> marked_object(const SentenceReading& reading, const RelationRule& rule,
                                         Span clause, const Trigger& trigger);

// Whether nothing but particles (了, 过, 等) follows the trigger in its clause,
// or a second predicate joined to it (出席|并发表讲话): its own object is
// unsaid. So too after a part of the event unsaid (出席|开幕式).
bool ends_clause(const SentenceReading& reading, const ModifierRules& modifiers, const Trigger& trigger,
                 Span clause);

// The part of an event that follows the trigger (出席|开幕式), or null.
const std::string* event_part_after(const SentenceReading& reading, const ModifierRules& modifiers,
                                    const Trigger& trigger, Span clause);

// Whether a noun the name possesses follows it: 发布《倡议》的说明, 参与《契约》的
//后续工作之外的… — the verb acts on that noun, not on the name. Not so for a
// process the name is the topic of (推动…公约的谈判), a quoted phrase naming
// the noun's content (提出“四个共同”的主张), a name after 的 (支持东盟的《…倡议》:
// that name is the object) or a verb (a relative clause).
bool possessor(const FrameGrammar& grammar, const SentenceReading& reading, const Mention& object,
               Span clause);

// Whether `name` is the subject of a relative clause right after it (中方|提出|的《倡议》): a verb, 了
// perhaps, then 的 and more of the clause.
bool subject_of_relative_clause(const FrameGrammar& grammar, const SentenceReading& reading,
                                const Mention& name, std::size_t limit);

// Whether a clause before its verb only counts what the clause before listed:
// 共16家企业, 约60个国家 (a count and a group noun, an adverb after them).
bool counts_the_list_before(const FrameGrammar& grammar, std::string_view before_verb);

// Whether `trigger` heads a relative clause (its 的 after it, 了 perhaps) and
// another verb stands between `subject` and it, not joined to it, with no
// actor of its own after that verb (参加了|在上海举行的大会; not 发起并|主办的,
// 通过了|俄罗斯等国提出的决议).
bool heads_relative_on_another_verb(const FrameGrammar& grammar, const SentenceReading& reading,
                                    const Trigger& trigger, const Mention& subject);

// The subjects a cleft names after the verb: 投反对票的是|美国和巴拉圭, 提出该倡议的是|中国.
struct Cleft {
  std::size_t link_at = 0;  // where 的是 begins: the verb's own clause ends there
  std::vector<std::size_t> subjects;
};

std::optional<Cleft> cleft_subjects(const FrameGrammar& grammar, const SentenceReading& reading,
                                    const RelationRule& rule, const Trigger& trigger, Span clause);

// Where the trade a verb restricts goes, named in its clause: 限制芯片对|华|出口, 禁止向|俄罗斯、伊朗|出售.
std::vector<std::size_t> trade_destinations(const FrameGrammar& grammar, const SentenceReading& reading,
                                            const RelationRule& rule, Span clause);

// Whether the definition under its term names, before `at`, anything of
// `types` (《X》 / 2023年，智利起草了《Y》。次年，智利正式发布: Y was issued).
bool defined_after_term(const SentenceReading& reading, std::size_t at,
                        const std::vector<graph::NodeType>& types);

}  // namespace kg::extract::verb_clause
