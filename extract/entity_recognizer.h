// Finds the entities a sentence mentions: gazetteer names, 《titles》 and
// “quoted names”, names ending in an organization or event word, persons by
// a middle dot or a title, years, contractions (中美), and aliases the
// document itself defines (上海合作组织(以下简称“上合组织”)). Where candidates
// overlap, the longest wins; a name built from a pattern keeps the names
// inside it as nested mentions.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/mention.h"
#include "extract/phrase_matcher.h"
#include "extract/rule_pack.h"
#include "extract/sentences.h"
#include "extract/word_list.h"
#include "text/utf8.h"

namespace kg::extract {

struct EnglishToken;
namespace utf8 = text::utf8;  // characters as the text layer steps through them

// Aliases a document defines for itself, in the order it defines them.
struct LearnedAlias {
  std::string alias;
  graph::NodeType type;
  std::string name;
};
using LearnedAliases = std::vector<LearnedAlias>;

class EntityRecognizer {
 private:
  struct Candidate;
  struct Selected;

 public:
  // `passengers`: the words later components read each sentence for
  // (reference words, relation triggers), found in the recognizer's one pass
  // over the sentence rather than in a pass of their own; prepare() hands
  // each list's matches over (SentenceCandidates::passengers).
  EntityRecognizer(const RulePack& pack, const Gazetteer& gazetteer,
                   const std::vector<PhraseList>& passengers = {});
  static constexpr std::size_t kMaxPassengerLists = 8;

  // Everything recognize() finds in a sentence except the document's own
  // aliases. A caller that recognizes a sentence again once the document's
  // aliases are learned keeps it and skips the work done the first time.
  class SentenceCandidates {
   public:
    SentenceCandidates();
    ~SentenceCandidates();
    SentenceCandidates(SentenceCandidates&&) noexcept;
    SentenceCandidates& operator=(SentenceCandidates&&) noexcept;

    // The matches of passenger list `list` in the sentence, as
    // PhraseMatcher::find_all gives them over the sentence's text.
    std::span<const PhraseMatcher::Match> passengers(std::size_t list) const {
      return std::span(passengers_)
          .subspan(list == 0 ? 0 : passenger_ends_[list - 1],
                   passenger_ends_[list] - (list == 0 ? 0 : passenger_ends_[list - 1]));
    }

   private:
    friend class EntityRecognizer;
    Span sentence_;
    // The lists' matches one after another, list i's ending at passenger_ends_[i].
    std::vector<PhraseMatcher::Match> passengers_;
    std::array<std::uint32_t, kMaxPassengerLists> passenger_ends_{};
    std::vector<Candidate> known_;   // gazetteer names: ordered before learned aliases
    std::vector<Candidate> shaped_;  // the rest, by shape: ordered after them
  };
  SentenceCandidates prepare(std::string_view text, Span sentence) const;

  // The mentions of `sentence` (a span of the normalized document `text`),
  // ordered by position; contraction members share a span.
  std::vector<Mention> recognize(std::string_view text, Span sentence, const LearnedAliases& learned) const;
  // The same, from the sentence's prepared candidates.
  std::vector<Mention> recognize(std::string_view text, const SentenceCandidates& prepared,
                                 const LearnedAliases& learned) const;
  // Whether one of the aliases occurs in the sentence: where none does,
  // recognize() gives what it gave before any of them was learned.
  bool contains_alias(std::string_view text, Span sentence, const LearnedAliases& learned) const;

  // Aliases the sentence defines: 全名(以下简称“简称”), 全名(简称), an
  // acronym in brackets, and the surname of a transliterated full name.
  void learn_aliases(std::string_view text, Span sentence, const std::vector<Mention>& mentions,
                     LearnedAliases& learned) const;

 private:
  enum class SuffixKind : std::uint32_t { Organization, Event, Title, Initiative };

  void add_gazetteer(std::string_view text, Span sentence, const std::vector<PhraseMatcher::Match>& matches,
                     std::vector<Candidate>& out) const;
  void add_learned(std::string_view text, Span sentence, const LearnedAliases& learned,
                   std::vector<Candidate>& out) const;
  void add_titles(std::string_view text, Span sentence, std::vector<Candidate>& out) const;
  // `known`: the sentence's gazetteer names (no persons), from known_names().
  bool names_document(std::string_view title) const;
  // Where a meeting of the document's (第六次审议大会, 缔约方大会) follows a
  // 《title》 ending at `after`: the meeting's end.
  std::optional<std::size_t> meeting_of_document(std::string_view body, Span sentence,
                                                 std::size_t after) const;
  std::optional<Span> document_with_kind_word(std::string_view body, Span sentence, std::size_t open,
                                              std::size_t after) const;
  void add_quotes(std::string_view text, Span sentence, const std::vector<Span>& known,
                  std::vector<Candidate>& out) const;
  // `gazetteer_matches`, `suffix_matches`, `titles`: the sentence's matches
  // of each, as find_all orders them, values rebased to their own lists
  // (add_suffix_names reorders its own).
  void add_suffix_names(std::string_view text, Span sentence, const std::vector<Span>& known,
                        const std::vector<PhraseMatcher::Match>& gazetteer_matches,
                        std::vector<PhraseMatcher::Match>& suffix_matches, std::vector<Candidate>& out) const;
  void add_persons(std::string_view text, Span sentence, const std::vector<Span>& known,
                   const std::vector<PhraseMatcher::Match>& titles, std::vector<Candidate>& out) const;
  void add_years(std::string_view text, Span sentence, std::vector<Candidate>& out) const;
  // English names by shape, on Latin-script sentences (recognizers/english_names.cpp).
  void add_english_names(std::string_view text, Span sentence, std::vector<Candidate>& out) const;
  // States an English sentence names by other words: a demonym before a title or a government word
  // (French President, the Chinese government), a seat of government that acts (Washington signed).
  void add_english_states(std::string_view text, const std::vector<EnglishToken>& tokens,
                          std::vector<Candidate>& out) const;
  // Documents named by their topic in lowercase: a joint statement on X (recognizers/descriptive_titles.cpp).
  void add_descriptive_titles(std::string_view text, const std::vector<EnglishToken>& tokens,
                              std::vector<Candidate>& out) const;
  // Unknown names listed with known ones take their kind (recognizers/list_peers.cpp).
  void add_list_peers(std::string_view text, Span sentence, std::vector<Candidate>& out) const;
  void add_chinese_list_peers(std::string_view text, Span sentence, std::vector<Candidate>& out) const;
  void add_contractions(std::string_view text, Span sentence, std::vector<Candidate>& out) const;
  // A document named without title marks: (金砖国家领导人)关于…的声明.
  // `cues`: where 关于 stands in the sentence.
  void add_about_titles(std::string_view text, Span sentence, const std::vector<Span>& cues,
                        const std::vector<Span>& known, std::vector<Candidate>& out) const;
  // Documents named by number: 第74/247号决议, 第14110号行政令《…》.
  void add_numbered_documents(std::string_view text, Span sentence, const std::vector<Span>& cues,
                              std::vector<Candidate>& out) const;
  // United Nations document symbols: A/C.1/78/L.56 (not one in brackets after a name, which is its alias).
  void add_document_symbols(std::string_view text, Span sentence, std::vector<Candidate>& out) const;
  // One abbreviation after a word that takes a country: 对华, 访美, 驻华.
  // `cues`: where the words that take a country (对, 访) stand in the sentence.
  void add_single_abbreviations(std::string_view text, Span sentence, const std::vector<Span>& cues,
                                std::vector<Candidate>& out) const;

  // Picks the longest non-overlapping candidates of `order` within `within`;
  // a container's inside is picked again, as nested mentions.
  void select(std::string_view text, std::span<const std::size_t> order,
              const std::vector<const Candidate*>& candidates, Span within, std::size_t content_begin,
              bool nested, std::vector<Selected>& out) const;
  std::size_t extend_name_left(std::string_view text, Span sentence, std::size_t from,
                               const std::vector<Span>& known) const;
  bool is_stop_character(char32_t c) const;
  // Where the shortest word of the pack's name_words that ends at `end` begins (end if none).
  std::size_t name_word_ending_at(std::string_view text, std::size_t floor, std::size_t end) const;
  // The name a one-character abbreviation stands for (中 -> 中国), if any.
  // Whether `words` are two or more one-character abbreviations of states or regions: 美日印澳, 亚非.
  bool only_abbreviations(std::string_view words) const;
  // Contractions are tried at every character: most are no abbreviation,
  // which the bitset tells without hashing.
  const std::string* abbreviation_of(char32_t c) const {
    return c < 0x10000 && !abbreviation_characters_.test(c) ? nullptr : find_abbreviation(c);
  }
  const std::string* find_abbreviation(char32_t c) const;
  bool starts_with_contraction(std::string_view text, std::size_t at, std::size_t end) const;
  bool names_parties_after_edition(std::string_view text, std::size_t begin, std::size_t end,
                                   bool known_inside) const;
  void known_names(Span sentence, const std::vector<PhraseMatcher::Match>& matches,
                   std::vector<Span>& known) const;
  bool ends_with_stop_word(std::string_view text, std::size_t begin, std::size_t end) const;
  // Whether a name may end (or begin) at `at`: the sentence's edge,
  // punctuation, a stop character or word, a title; and, unless told not
  // to, a postposition (峰会|上).
  bool is_boundary_at(std::string_view text, Span sentence, std::size_t at,
                      bool after_postpositions = true) const;
  std::size_t person_name_after(std::string_view text, Span sentence, std::size_t at,
                                const std::vector<Span>& known) const;
  std::size_t person_name_before(std::string_view text, Span sentence, std::size_t at) const;
  std::size_t given_names_before(std::string_view text, Span sentence, std::size_t at) const;
  // What member `member` of a candidate names (a contraction has several).
  graph::NodeType type_of(const Candidate& candidate, std::size_t member) const;
  std::string_view name_of(const Candidate& candidate, std::size_t member) const;
  Mention make_mention(std::string_view text, const Selected& selected) const;
  // Whether a head or organ only a body has follows the name ending at `end`:
  // a name by an event's shape is then a body's (…“读懂中国”论坛|理事长).
  // Where the parent body a name opens with ends (中国科学院|自动化研究所:
  // a name ending in a parent suffix, before `limit`, with a name of its own
  // after it), or `begin` if there is none.
  std::size_t parent_end(std::string_view text, std::size_t begin, std::size_t limit, std::size_t end) const;
  bool headed_as_body(std::string_view text, Span sentence, std::size_t end) const;
  std::optional<graph::NodeType> kind_of_name(std::string_view name, bool has_edition) const;
  // Whether the words around [begin, end) show it names an event: a verb
  // events take before it (出席), or 在…举行 after it.
  bool in_event_context(std::string_view text, Span sentence, std::size_t begin, std::size_t end) const;
  // The country whose government `ruler` + 政府 names: a country (中国,
  // 美国新一届) or a person the gazetteer knows as its head (拜登).
  std::optional<std::uint32_t> government_of(std::string_view ruler) const;

  const RulePack& pack_;
  const Gazetteer& gazetteer_;
  // The gazetteer's forms, the name suffixes and the person titles, so that
  // one pass over a sentence finds all three. Values: a gazetteer surface id,
  // suffix_base_ + an index into suffix_entries_, title_base_ + an index into
  // the pack's person titles.
  PhraseMatcher sentence_phrases_;
  std::uint32_t suffix_base_ = 0;
  std::uint32_t title_base_ = 0;
  // Cue words, after the titles: cue_base_ + an index into cues_.
  enum class Cue : std::uint8_t { SingleAfter, About, Numbered };
  std::uint32_t cue_base_ = 0;
  std::vector<Cue> cues_;
  // Passenger words, after the cues: passenger_base_ + an index into
  // passengers_ (which list, and the value the list gave the word).
  std::uint32_t passenger_base_ = 0;
  std::size_t passenger_lists_ = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> passengers_;
  std::vector<std::pair<SuffixKind, std::string>> suffix_entries_;
  PhraseMatcher titles_;  // person titles, for starts_at
  PhraseMatcher stop_words_;
  utf8::CharacterSet stop_word_endings_;  // the characters stop words end with
  PhraseMatcher name_words_;              // asked at every character a name extends over…
  utf8::CharacterSet name_word_endings_;  // …that ends one of them
  // Pattern word lists, asked at every candidate whether a name ends with one.
  PhraseMatcher event_suffix_words_;
  PhraseMatcher organization_suffix_words_;        // with the anchored ones
  PhraseMatcher plain_organization_suffix_words_;  // without them
  PhraseMatcher initiative_suffix_words_;
  PhraseMatcher title_document_words_;  // the initiative suffixes and the title-only ones
  PhraseMatcher title_exclusion_words_;
  PhraseMatcher body_heads_;
  PhraseMatcher category_words_;
  PhraseMatcher suffix_exclusion_words_;  // 总部, 部署: a suffix inside one is none
  WordList edition_words_;                // 首次, 第二次: asked at every name suffix
  WordList name_qualifiers_;              // 这, 相关, 历届: trimmed off a name's start
  WordList name_joiners_;                 // 与, 和: between two known names, where a name starts
  utf8::CharacterSet stop_characters_;
  utf8::CharacterSet given_name_stops_;  // 与: ends a Chinese given name only
  utf8::CharacterSet transliteration_;
  utf8::CharacterSet surnames_;
  std::unordered_map<char32_t, const std::string*> abbreviations_;  // 中 -> 中国, for contractions
  std::bitset<0x10000> abbreviation_characters_;  // the keys of abbreviations_ below U+10000
  // The English rules' phrases as ICU words, compiled once.
  struct EnglishNames;
  struct EnglishNamesDeleter {
    void operator()(const EnglishNames* names) const;
  };
  using EnglishNamesPtr = std::unique_ptr<const EnglishNames, EnglishNamesDeleter>;
  static EnglishNamesPtr make_english_names(const RulePack& pack, const Gazetteer& gazetteer);
  EnglishNamesPtr english_;
  // One English sentence as the English name recognizers read it (recognizers/english_scan.h).
  struct EnglishScan;
};

}  // namespace kg::extract
