// Reference resolution, a pass of its own between recognition and
// relations: words that point back to something the document named become
// mentions of it, so that the relation frames read them like names.
// 同年 is the last year named, 本届峰会 the last summit, 该倡议 the last
// initiative, 双方 the last pair of actors (中美…双方同意…). The words and
// what they may refer to are rule data (extract/rules/references.json).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/mention.h"
#include "extract/phrase_matcher.h"
#include "extract/rule_pack.h"
#include "extract/sentences.h"

namespace kg::extract {

// What a document has named so far, most recent last: what its references
// resolve to. One per document, fed its sentences in order.
class Salience {
 public:
  std::optional<int> year() const { return year_; }

 private:
  friend class ReferenceResolver;
  struct Named {
    Mention mention;
    std::size_t sentence;  // index of the sentence that named it
  };
  std::optional<int> year_;
  std::vector<Named> named_;  // the last mention of each entity, by recency
  std::vector<Mention> pair_;  // the last two actors named together
  std::size_t sentence_ = 0;   // sentences seen
};

class ReferenceResolver {
 public:
  explicit ReferenceResolver(const RulePack& pack);

  // Adds to `mentions` (a sentence's, by position) a mention for each
  // reference the sentence makes that `salience` resolves, flagged
  // Mention::reference, and updates `salience` with what the sentence names.
  void resolve(std::string_view text, Span sentence, std::vector<Mention>& mentions, Salience& salience) const;

 private:
  bool opens_bare_reference(std::string_view text, Span sentence, std::size_t at) const;
  const Mention* antecedent(const EntityReference& reference, const Salience& salience) const;
  void remember(std::string_view text, const std::vector<Mention>& mentions, std::size_t from, std::size_t to,
                Salience& salience) const;

  const ReferenceRules& rules_;
  PhraseMatcher words_;
  // Per matched value: a year reference (index into rules_.years) or an
  // entity reference (index into rules_.entities).
  struct Target {
    bool year;
    std::size_t index;
  };
  std::vector<Target> targets_;
};

}  // namespace kg::extract
