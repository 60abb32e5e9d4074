// Reference resolution, a pass of its own between recognition and
// relations: words that point back to something the document named become
// mentions of it, so that the relation frames read them like names.
// 同年 is the last year named, 本届峰会 the last summit, 该倡议 the last
// initiative, 双方 the last pair of actors (中美…双方同意…). The words and
// what they may refer to are rule data (extract/rules/references.json).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
  // What a reference takes from the entity it resolves to; the name is
  // kept once in `names_` however often the document repeats it.
  struct Named {
    graph::NodeType type;
    const std::string* name;
    const Attributes* attributes;
    std::size_t sentence;  // index of the sentence that named it
    bool subject = false;  // a person opening a clause: 美国副总统万斯表示, ，他作为…
  };
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  std::unordered_set<std::string, NameHash, std::equal_to<>> names_;
  std::unordered_map<const std::string*, std::size_t> times_named_;  // by an entry of names_
  Named named(const Mention& mention);
  std::optional<int> year_;
  // Entities of the types references name, by recency; an entity named
  // again appears again (lookups read from the back, so the older entry is
  // never reached first).
  std::vector<Named> named_;
  // The last pairs of actors named together (两国 takes the last pair of
  // countries, 双方 the last of any), each with the sentence that named it.
  struct Pair {
    std::array<Named, 2> members;
    std::size_t sentence;
  };
  static constexpr std::size_t kPairsKept = 4;
  std::vector<Pair> pairs_;
  // The two parties the document defines (X and Y (hereinafter "the
  // Participants"), X与Y（以下简称"双方"）): what a pair means from then on.
  std::optional<Pair> parties_;
  void name_pair(const Named& first, const Named& second);
  std::optional<Named> speaker_;  // who "we" are, once the text has said so
  // The author: the organization the title line names alone (a report's cover), or the state whose
  // government a line of the cover names (Government of the Kingdom of the Netherlands).
  std::optional<Named> author_;
  std::optional<std::size_t> cover_end_;  // where the text's first blank line is, once looked for
  bool cover_shared_ = false;             // the cover names two governments: an agreement's, no one author
  // The first sentence of prose, once met: the lines before it (a cover, a title, labelled fields) are the
  // document's head, and what they name is what the document is about.
  std::optional<std::size_t> prose_from_;
  // Who "we" are in this paragraph, where no speaker is declared: the state or
  // body it opens with (a statement's turn: IRELAND / Ireland voted …. We …),
  // and where the paragraph begins.
  std::optional<Named> turn_speaker_;
  std::size_t turn_begin_ = 0;
  std::size_t sentence_ = 0;   // sentences seen
  std::size_t paragraph_ = 0;  // the sentence its paragraph (after a blank line) begins with
  // Whether the first sentence is a title: a line of its own at the text's start that ends no sentence.
  bool first_is_title_ = false;
};

class ReferenceResolver {
 public:
  explicit ReferenceResolver(const RulePack& pack);

  // Adds to `mentions` (a sentence's, by position) a mention for each
  // reference the sentence makes that `salience` resolves, flagged
  // Mention::reference, and updates `salience` with what the sentence names.
  void resolve(std::string_view text, Span sentence, std::vector<Mention>& mentions,
               Salience& salience) const;
  // The same, given where the reference words stand in the sentence: the
  // matches of words() over its text, found in a pass shared with others.
  void resolve(std::string_view text, Span sentence, std::span<const PhraseMatcher::Match> words,
               std::vector<Mention>& mentions, Salience& salience) const;
  const PhraseList& words() const { return word_list_; }

 private:
  bool opens_bare_reference(std::string_view text, Span sentence, std::size_t at) const;
  // At a paragraph's first sentence, the actor it opens with becomes the turn's speaker.
  void open_turn(std::string_view text, Span sentence, const std::vector<Mention>& mentions,
                 Salience& salience) const;
  // The things the document's title named (none if its first sentence is no title).
  static std::span<const Salience::Named> named_in_title(const Salience& salience);
  // Whether the document's first sentence, a title, named `name`.
  static bool named_first(const Salience& salience, const std::string* name);
  const Salience::Named* antecedent(const EntityReference& reference, const Salience& salience) const;
  // The speaker a text declares at `word` (We, the Leaders of the G20, …), if it does.
  std::optional<Salience::Named> declared_speaker(std::string_view text, Span sentence, Span word,
                                                  const EntityReference& reference,
                                                  const std::vector<Mention>& mentions,
                                                  Salience& salience) const;
  void remember(std::string_view text, const std::vector<Mention>& mentions, std::size_t from, std::size_t to,
                Salience& salience) const;
  // Where the sentence defines the document's two parties (hereinafter
  // "the Participants"), remembers them.
  void define_parties(std::string_view text, Span sentence, const std::vector<Mention>& mentions,
                      Salience& salience) const;

  const ReferenceRules& rules_;
  PhraseList word_list_;
  PhraseMatcher words_;
  // Per matched value: a year reference (index into rules_.years) or an
  // entity reference (index into rules_.entities).
  struct Target {
    bool year;
    std::size_t index;
  };
  std::vector<Target> targets_;
  std::array<bool, graph::kAllNodeTypes.size()> referenced_types_{};  // by NodeType: a reference may name one
};

}  // namespace kg::extract
