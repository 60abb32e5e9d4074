// Finds the relations a sentence states: trigger words from the rule pack,
// read in their frame (verb, partner, title, list, possessive, pair) over the
// sentence's mentions, with coordination (X、Y和Z each get the edge), the
// passive (由X提出), negation and forward-looking modals (no edge), and the
// year that governs the clause (2020年9月，中国提出… -> year 2020).
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mention.h"
#include "extract/phrase_matcher.h"
#include "extract/rule_pack.h"
#include "extract/sentences.h"

namespace kg::extract {

// One end of a relation: a node's identity.
struct Endpoint {
  graph::NodeType type = graph::NodeType::Country;
  std::string name;
  friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

struct FoundRelation {
  Endpoint subject;
  graph::RelationType relation = graph::RelationType::Proposed;
  Endpoint object;
  std::optional<int> year;
  std::string rule;     // id of the rule that fired
  std::string trigger;  // the trigger word, normalized
  // Where the trigger stands in the normalized text, so the caller can quote
  // it as the document has it (簽署 in a Traditional document); empty when
  // the trigger is part of a name.
  Span trigger_span;
};

// What a trigger stated but a rule did not keep: for rule maintainers.
struct DroppedRelation {
  std::string rule;
  std::string trigger;
  std::string reason;  // "negated", "forward-looking", "no subject", "no object"
};

class FrameGrammar;

// Where the words the frames look for stand in a sentence: the matches of
// each of RelationExtractor::word_lists() over the sentence's text.
struct SentenceWords {
  std::span<const PhraseMatcher::Match> triggers;
  std::span<const PhraseMatcher::Match> attributions;    // 表示, 认为: reported speech
  std::span<const PhraseMatcher::Match> generic_actors;  // 各国, 企业: subjects that are no entity
};

// The actors a sentence may leave unsaid, as the document has named them so far.
struct ActorContext {
  // The document's main actor, the subject a clause with none of its own is
  // read with (…与17个国家签署…).
  const Mention* topic = nullptr;
  // The actor of the paragraph so far: the subject of its previous
  // sentences (中国提出…。同年，又发布…).
  const Mention* previous = nullptr;
  // The year that heads the sentence's line, as a chronology's entries do
  // (2023年5月　七国集团广岛峰会。启动“广岛人工智能进程”。): it governs
  // every sentence of the line that names no year of its own.
  std::optional<int> line_year;
  // The mentions of the paragraph's sentences before this one, in order:
  // where an object left unsaid (美国拒签; 卢拉主持 after the summit's line)
  // was named.
  std::span<const std::vector<Mention>> earlier_in_paragraph;
  // For a paragraph's first sentence, the previous paragraph's last sentence's
  // mentions: where a paragraph that opens with its object unsaid (中国签了，
  // 印度签了) finds it, in the paragraph before that named the document.
  std::span<const std::vector<Mention>> previous_paragraph_end;
  // The mentions of every sentence of the document: where the body a title
  // implies is named (国家主席习近平 in a text that names 中国).
  std::span<const std::vector<Mention>> document;
  // What the sentence before stated: the acts an elliptical sentence repeats
  // for new subjects (China signed it. So did the United States.).
  std::span<const FoundRelation> previous_acts;
  // The body a resolution's text declares on a line of its own before its
  // paragraphs (The General Assembly,): the actor of the paragraphs that open
  // with their verb (Recalling …; 1. Decides to establish …).
  const Mention* declared_body = nullptr;
  // The term the line before heads the paragraph with, alone on its line as
  // a glossary's are (Global Data Security Initiative (GDSI) / Proposed by …
  // in September 2020, it opposes …): what the paragraph's definition is of.
  const Mention* headword = nullptr;
};

class RelationExtractor {
 public:
  explicit RelationExtractor(const RulePack& pack);
  ~RelationExtractor();
  RelationExtractor(const RelationExtractor&) = delete;
  RelationExtractor& operator=(const RelationExtractor&) = delete;

  // The relations of `sentence` (a span of the normalized `text`) given its
  // clauses and mentions. A weak mention (a bare quoted phrase) that a rule
  // takes as its object is made firm. `actors` are who a clause without a
  // subject of its own is read with.
  std::vector<FoundRelation> extract(std::string_view text, Span sentence, const std::vector<Span>& clauses,
                                     std::vector<Mention>& mentions, const ActorContext& actors,
                                     std::vector<DroppedRelation>* dropped = nullptr) const;
  // The same, given where the frames' words stand in the sentence (found
  // in a pass over it shared with other components).
  std::vector<FoundRelation> extract(std::string_view text, Span sentence, const std::vector<Span>& clauses,
                                     const SentenceWords& words, std::vector<Mention>& mentions,
                                     const ActorContext& actors,
                                     std::vector<DroppedRelation>* dropped = nullptr) const;
  // The lists SentenceWords holds the matches of: triggers, attributions, generic actors.
  static constexpr std::size_t kWordLists = 3;
  const std::vector<PhraseList>& word_lists() const;
  // The actor a sentence leaves to the next one: the subject it names of
  // its first relation, if any.
  std::optional<Mention> actor_of(const std::vector<Mention>& mentions,
                                  const std::vector<FoundRelation>& found) const;
  // The date a sentence opens with, set off by a space or colon as a
  // chronology's entries are (2023年5月　…), if any: its line's heading.
  static std::optional<int> heading_year(std::string_view text, Span sentence,
                                         const std::vector<Mention>& mentions);

 private:
  std::unique_ptr<FrameGrammar> grammar_;
};

}  // namespace kg::extract
