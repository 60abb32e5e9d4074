// What the relation frames share: the rule pack's grammar words as the
// frames ask about them (FrameGrammar), and one sentence being read — its
// mentions as arguments, the relations found so far (SentenceReading).
// Each frame (verb, partner, title, list_of, possessive, pair, venue) lives
// in a file of its own and reads one trigger's arguments around it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "base/strings.h"
#include "extract/mention.h"
#include "extract/phrase_matcher.h"
#include "extract/relation_extractor.h"
#include "extract/rule_pack.h"
#include "extract/sentences.h"
#include "extract/word_list.h"

namespace kg::extract {

// A trigger word found in a sentence, with the rule it fires.
struct Trigger {
  Span span;
  std::uint32_t rule;
};

bool type_in(graph::NodeType type, const std::vector<graph::NodeType>& types);
// Relations that name what they act on, so a bare quoted phrase as their
// object is a name: 发起“中文联盟”, proposed a "digital bridge".
bool names_its_object(graph::RelationType relation);
// Relations whose clause's year dates what they act on: 2020年提出《倡议》, adopted X in 2024.
bool dates_its_object(graph::RelationType relation);
// Whether `c` continues a date after its year: digits, units, ranges (8月31日至9月1日, 月底).
bool continues_date(char32_t c);
// The date a sentence opens with, set off by a space or colon as a
// chronology's entries are (2023年5月　…), if any: its line's heading.
std::optional<int> heading_year(std::string_view text, Span sentence, const std::vector<Mention>& mentions);
// Where a month date of one or two digits starting at `at` (9月, 12月) ends, if one does before `end`.
std::optional<std::size_t> month_date_end(std::string_view text, std::size_t at, std::size_t end);

// The rule pack compiled for the frames: its trigger words and the
// modifier words frames test for around them.
class FrameGrammar {
 public:
  // The modifier lists asked at every trigger or argument, indexed.
  struct Words {
    // `modifier_breakers` must outlive the lists, as the pack must.
    Words(const RulePack& pack, const std::vector<std::string>& modifier_breakers);
    Words(const ModifierRules& m, const PatternRules& p, const std::vector<std::string>& modifier_breakers);
    WordList adverbs, negations, modal, modal_exceptions, determiners, control_verbs;
    WordList adjunct_openers, adjunct_qualifiers, not_openers, quantifiers, partner_markers, place_nouns,
        this_refs;
    WordList pivot_words, list_ends, list_closers, approximations, group_nouns, group_delegates, actor_heads,
        process_nouns;
    WordList clause_openers, attribution, clause_verbs, person_titles;
    WordList partner_marker_verbs;
    // The partner marker `before` ends with (与, 同), unless it ends a verb
    // there (秘鲁认同|中国提出的…).
    const std::string* partner_marker(std::string_view before) const;
    // What after a name shows it is no modifier of the next noun: a stop
    // character or word, a postposition, a partner marker, a coordinator.
    WordList modifier_breakers;
  };

  explicit FrameGrammar(const RulePack& pack);

  const RulePack& pack() const { return pack_; }
  const ModifierRules& modifiers() const { return pack_.modifiers; }
  const Words& words() const { return words_; }
  const RelationRule& rule(std::uint32_t index) const { return rules_[index]; }
  // The rule a refusal turns `index` into (未签署: signed -> REJECTED), if any.
  std::optional<std::uint32_t> refusal_of(std::uint32_t index) const;
  // What an object left unsaid may be for rule `index`'s trigger words: its
  // own first object type first, then those of every other verb rule with
  // unsaid objects sharing a trigger (加入: a body joined, or a document).
  const std::vector<graph::NodeType>& unsaid_types(std::uint32_t index) const { return unsaid_types_[index]; }
  const PhraseMatcher& triggers() const { return triggers_; }
  // The lists of RelationExtractor::word_lists(), and a matcher of each.
  const std::vector<PhraseList>& word_lists() const { return word_lists_; }
  const PhraseMatcher& word_matcher(std::size_t list) const { return word_matchers_[list]; }
  // Whether a verb frame's trigger starts at `at` (within `limit`).
  // The English frames' rules and words as ICU words (en_frames.cpp).
  struct English;
  const English& english() const { return *english_; }
  bool reads_english() const;  // whether the pack has English rules
  bool verb_starts_at(std::string_view text, std::size_t at, std::size_t limit) const {
    return verbs_.starts_at(text, at, std::min(limit, at + 24));
  }

  // The longest of `words` that ends the clause's text before `at`, adverbs
  // (积极, 共同, 已 …) allowed between (未正式签署, 将共同举办), if any.
  const std::string* preceded_by(std::string_view text, std::size_t clause_begin, std::size_t at,
                                 const WordList& words) const;
  // Whether the text between two list members closes the first list and
  // goes on with another member: 等28个国家和, 在内的28个国家以及, 等.
  bool closes_list(std::string_view between, const std::vector<std::string>& coordinators) const;
  // A mention that only qualifies the noun after it (法国相关博物馆, 日本、
  // 英国等国教育机构) is not itself what a verb acts on or with.
  bool is_modifier(std::string_view text, Span clause, const Mention& mention) const;
  // Whether a preposition opens an adjunct right before `at` (在, 致, 向,
  // 对 …; an edition such as 第二届 or 2023年 may stand between): the one
  // before it, if so.
  const std::string* adjunct_opener(std::string_view text, std::size_t clause_begin, std::size_t at) const;

 private:
  const RulePack& pack_;
  std::vector<std::string> modifier_breakers_;  // the lists Words::modifier_breakers joins
  Words words_;
  // The pack's rules, then for each rule with when_refused its refusal
  // variant (same frame and arguments, the refused relation).
  std::vector<RelationRule> rules_;
  std::vector<std::vector<graph::NodeType>> unsaid_types_;  // by rule index
  std::vector<std::uint32_t> refusal_;                      // per pack rule: index into rules_, or 0 for none
  std::vector<PhraseList> word_lists_;
  std::vector<PhraseMatcher> word_matchers_;
  PhraseMatcher triggers_;  // value: rule index
  PhraseMatcher verbs_;     // the verb frames' triggers only
  std::shared_ptr<const English> english_;
  static std::shared_ptr<const English> make_english(const RulePack& pack);
};

// Mentions a search for an actor passes over.
enum Skip : unsigned {
  kSkipNone = 0,
  kSkipPartnered = 1u << 0,     // a partner verb's object (中国联合|法国…)
  kSkipAccompanying = 1u << 1,  // right after 与/同/跟: a partner in its own clause
  kSkipAdjunct = 1u << 2,       // inside 在…上, 致…, 向…: a place, an addressee, a target
};

// One sentence being read: its clauses and mentions, the arguments frames
// choose from, and what they found.
struct SentenceReading {
  SentenceReading(const FrameGrammar& grammar, std::string_view text, Span sentence,
                  const std::vector<Span>& clauses, std::vector<Mention>& mentions,
                  const ActorContext& actors, std::vector<DroppedRelation>* dropped);

  const FrameGrammar* grammar;
  std::string_view text;
  Span sentence;
  const std::vector<Span>& clauses;
  std::vector<Mention>& mentions;
  std::vector<std::size_t> arguments;  // top-level, non-year mentions, by position
  std::vector<std::size_t> years;      // top-level year mentions
  const Mention* topic;                // the document's main actor, if any
  const Mention* previous_actor;       // the paragraph's actor so far, if any
  const Mention* declared_body;  // the body a resolution's text declares (The General Assembly,), if any
  std::optional<int> line_year;  // the year heading the sentence's line, if any
  const Mention* headword;       // the term alone on the line before the paragraph, if any
  std::span<const std::vector<Mention>> earlier_in_paragraph;  // the paragraph's sentences before
  std::span<const std::vector<Mention>>
      previous_paragraph_end;                      // for its first sentence, the last one before
  std::span<const std::vector<Mention>> document;  // every sentence's, this one's included
  std::span<const FoundRelation> previous_acts;    // what the sentence before stated
  std::vector<FoundRelation> found;
  std::vector<DroppedRelation>* dropped;
  // What each mention may not be, by index (one allocation per sentence).
  struct Roles {
    // A partner verb's object (中国联合|法国…举办): not the subject of the verbs that follow.
    bool partnered = false;
    // A partner a joining verb took whole (中国联合法国…举办): acts with the subject in the verbs that
    // follow.
    bool joined = false;
    // Right after 与/同/跟: a partner in its own clause, never the actor a later clause carries over.
    bool accompanying = false;
    // Inside an adjunct (在…上, 致…, 向…, 对…): never a verb's subject.
    bool adjunct = false;
  };
  std::vector<Roles> roles;
  std::vector<Trigger> triggers;  // the sentence's, by position
  // Where attribution verbs and generic actors stand (SentenceWords).
  std::span<const PhraseMatcher::Match> attributions;
  std::span<const PhraseMatcher::Match> generic_actors;

  // Whether an attribution verb (表示, 认为) stands in [from, to).
  bool said_between(std::size_t from, std::size_t to) const;
  // Whether a generic actor (各国, 54个非洲国家, 企业) is named in
  // [from, to) outside the mentions: a clause with a subject of its own
  // that is no entity.
  bool names_generic_actor(std::size_t from, std::size_t to) const;
  // The members of `types` the clause after `clause` names of the counted group acting in it: 28个国家签署
  // 《X》，其中包括|中国和印度; …，中国、印度|在列. None if that clause says more of them, or if the verb,
  // which ends at `verb_end`, acts on a counted group of its own (制裁20家企业，其中包括…).
  std::vector<const Mention*> group_members_after(Span clause, std::size_t verb_end,
                                                  const std::vector<graph::NodeType>& types) const;

  Span clause_of(std::size_t at) const;
  // The body a person heads by the gazetteer (`heads`, else `government_of`),
  // if of an allowed type and named somewhere in the document: the holder a
  // title with none named before it implies (国家主席习近平, President Joe
  // Biden). A text that never names the body states no relation to it.
  const Mention* implied_holder(const Mention& person, const std::vector<graph::NodeType>& types) const;
  const Mention& mention(std::size_t index) const { return mentions[index]; }
  std::string_view word(const Trigger& trigger) const {
    return text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  }

  // Only coordinators (、 和 及 以及 与) or nothing between two positions.
  bool coordinated(std::size_t from, std::size_t to, const std::vector<std::string>& coordinators) const;
  // Arguments of the allowed types starting at `first` and continuing through
  // a coordinated list rightwards: 发布《A》《B》, 与巴西、厄瓜多尔等国.
  std::vector<std::size_t> list_from(std::size_t first, const std::vector<graph::NodeType>& types,
                                     const std::vector<std::string>& coordinators, std::size_t limit) const;
  // The list ending at `last`, leftwards: 巴西、印度等金砖国家.
  std::vector<std::size_t> list_to(std::size_t last, const std::vector<graph::NodeType>& types,
                                   const std::vector<std::string>& coordinators, std::size_t limit) const;
  // Whether mentions[owner] only names whose title the person right after
  // holds: 巴西总统|卢拉, 欧盟委员会主席|冯德莱恩 — one noun phrase, the person.
  bool titles_person(std::size_t owner, std::size_t person) const;
  // Whether the argument after `owner` is a person it titles (中国政法大学教授|张凌寒).
  bool titles_next_person(std::size_t owner) const;
  // Whether `words` are a person's title, a word of rank before it allowed (执行副主席).
  bool is_title(std::string_view words) const;
  // Whether a coordinator and a title are all that stand from `from` to the person `next` (与特使|森特).
  bool titled_next(std::size_t from, const Mention& next, const std::vector<std::string>& coordinators) const;
  // Whether a country right before 的 and a body qualifies that body, a list's member: 中国的|智谱AI.
  bool qualifies_member(std::size_t owner, std::size_t member) const;
  // The body whose meeting an event is, named at the start of its name
  // (上合组织|天津峰会, 金砖国家|领导人第十七次会晤) — where the sentence or, for
  // a reference (峰会发表…), the paragraph named the event — if of an allowed type.
  const Mention* convening_body(const Mention& event, const std::vector<graph::NodeType>& types) const;
  // Who a clause's subject acts with: the list it ends (中国、俄罗斯等国…)
  // and, where the list follows a partner marker (中国同埃及、老挝等国…),
  // the actor before the marker — else the paragraph's unsaid actor.
  // `before` without a counted group of others and its joiner at its end
  // (中方与|另外27国及), which a partner marker before it governs too; or
  // `before` as it is.
  std::string_view before_counted_group(std::string_view before) const;
  std::vector<const Mention*> acting_group(std::size_t subject, const std::vector<graph::NodeType>& types,
                                           Span clause) const;
  // The nearest argument of an allowed type ending in [from, to).
  std::optional<std::size_t> nearest_left(std::size_t from, std::size_t to,
                                          const std::vector<graph::NodeType>& types,
                                          unsigned skip = kSkipNone) const;
  // The first argument of an allowed type starting in [from, to). A weak
  // mention (a bare quoted phrase) counts only right at `from`, and only
  // where `weak_allowed`.
  std::optional<std::size_t> nearest_right(std::size_t from, std::size_t to,
                                           const std::vector<graph::NodeType>& types,
                                           bool weak_allowed = false) const;
  // Whether the mention heads a relative clause: a verb, then 的, then it
  // (七国集团主导的“广岛人工智能进程”).
  bool heads_relative_clause(std::size_t index) const;
  // Whether mentions[index] stands in brackets opened after something other
  // than a name (8票弃权（中国、伊朗）): a note on the text, not an alias of
  // the name before it (人工智能全球伙伴关系（GPAI）).
  bool in_note_brackets(std::size_t index) const;
  // The last argument of an allowed type the paragraph named before this
  // sentence, for an object left unsaid (…签署《宣言》。美国、英国拒签。), else
  // the term heading the paragraph (a glossary's), if any.
  const Mention* unsaid_object(const std::vector<graph::NodeType>& types) const;
  // The same without the heading term: the paragraph's sentences before
  // (for its first, the line before, if it names nothing of the kind itself).
  const Mention* named_in_paragraph(const std::vector<graph::NodeType>& types) const;
  // The event the document named last before this sentence, in any paragraph:
  // the one a part of an event names unsaid (出席开幕式并致辞).
  const Mention* event_in_focus() const;
  // The event named most often before the sentence right before `part`
  // (2023年…峰会|开幕式), the latest of equals: the one a part named alone later
  // is of (…出席开幕式); or null.
  const Mention* event_named_with(std::string_view part) const;
  // The thing of `types` the document named most often before this sentence,
  // the latest of equals: the text a record's turns act on unsaid paragraphs
  // after it was named (EGYPT / Egypt voted in favour), the summit a chair's
  // summary is about (The following governments took part: A, B).
  const Mention* text_in_focus(const std::vector<graph::NodeType>& types) const;
  // The last argument of an allowed type named before `at` in the sentence,
  // else in the paragraph's sentences before (named_in_paragraph), if any.
  const Mention* named_before(std::size_t at, const std::vector<graph::NodeType>& types,
                              unsigned skip = kSkipNone) const;
  // Who acted in the sentence before, in the same paragraph: the paragraph's
  // actor, or that sentence's first actor named (美国商务部…列入实体清单).
  const Mention* previous_subject() const;
  // The subject an earlier clause of the sentence leaves to `clause`: the
  // subject of the nearest clause before it that names one (the name that
  // opens it, before its verb) — 中国积极参与…联合国框架下…，在…中发挥… carries
  // 中国, not 联合国 — if of an allowed type.
  struct Carried {
    std::optional<std::size_t> subject;
    // An earlier clause's subject is no name of an allowed type (以…为代表的
    // 区域组织…): the clause has a subject, unnamed, and takes no actor from further away.
    bool blocked = false;
  };
  Carried carried_subject(Span clause, const std::vector<graph::NodeType>& types) const;
  // Whether only dates and connectives (而, 同时, 此外) stand in the clause before `at`.
  bool opens_clause(Span clause, std::size_t at) const;
  // Whether the clause begins with a verb (after connectives): its subject is unsaid.
  bool starts_with_verb(Span clause) const;
  // The actor a clause with no subject of its own is read with: the
  // paragraph's, else the document's, if of an allowed type.
  const Mention* unsaid_actor(const std::vector<graph::NodeType>& types) const;
  // The subject of the clause that follows a fronted adjunct: the first
  // argument of an allowed type after `from` in the sentence that is not
  // itself in an adjunct or a partner (在…上，习近平主席提出…).
  std::optional<std::size_t> actor_after(std::size_t from, const std::vector<graph::NodeType>& types) const;
  // The year governing a trigger: the nearest year before it in the
  // sentence, else the year heading its line, else — for a sentence opening
  // with a month and no year (9月，王毅出席…) — the paragraph's running year.
  std::optional<int> year_before(std::size_t at) const;
  // The year of the date the sentence's first clause consists of
  // (2024年9月，…; 同年9月，…; 7月，… in the paragraph's running year), if it is only a date.
  std::optional<int> opening_date_year() const;
  // The year of the last month date (2024年7月, 同年5月) the paragraph's
  // sentences before this one named, if any: what a bare 9月 continues.
  std::optional<int> running_year() const;

  void emit(const Mention& subject, graph::RelationType relation, const Mention& object,
            std::optional<int> year, const RelationRule& rule, std::string_view trigger);
  // The act the sentence before stated, again, with another subject (So did the United States).
  void emit_again(const Mention& subject, const FoundRelation& act, std::string_view trigger);
  void emit_year(const Mention& dated, int year, const RelationRule& rule, std::string_view trigger);
  void drop(const RelationRule& rule, std::string_view trigger, std::string reason);

 private:
  // The mention named most often before this sentence of those `counts`
  // accepts (no nested or weak one), the latest of equals.
  template <typename Counts>
  const Mention* most_named_before(Counts counts) const;
  // The span of a view into `text`; empty for text from elsewhere (a name).
  Span span_of(std::string_view part) const;
};

// The frames: each reads the arguments of one trigger of its rule.
void read_verb(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger);
void read_partner(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger);
void read_title(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger);
void read_list_of(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger);
void read_alliances(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger);
void read_possessive(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger);
void read_venue(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger);
void read_roster(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger);
// Pair rules have no trigger in running text: their words end names that
// pair two actors (中国—东盟…对话机制, 中非…合作).
void read_pairs(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Dated rules neither: an event right after its date (2023年8月|约翰内斯堡峰会) took place then.
void read_dated(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Held rules neither: an event held, then a person acting later in the sentence (…峰会举行，习近平提出…).
void read_held(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Neither these, which date a name by where its year stands: a line's heading
// (2023年5月　七国集团广岛峰会), a bracketed note after it (《…倡议》(2023年10月)), its own name
// (2023年世界互联网大会乌镇峰会).
void read_heading(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
void read_date_note(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
void read_named_year(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Nor a programme's: its role labels and the guests listed below one, a line each (主持人:X; 对话嘉宾:).
void read_programme(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Nor a body's members in brackets after its name (四方机制(美国、日本、印度、澳大利亚)).
void read_bracket_members(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Nor a table's row, under a header naming its columns (时间｜事件｜参与方｜成果文件).
void read_table_row(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Nor a treaty chart's row, an actor a row (State | Signature | Ratification).
void read_chart_row(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Nor a reference list's entry (Council of Europe. 2001. Convention on Cybercrime.).
void read_citation(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Nor a record's field line, under the field naming what the record is about (名称：X / 签署方：A；B).
void read_record(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
void read_profile(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule);
// Whether the mention lies within `span` (a table's cell, a record's field).
inline bool inside(const Mention& m, Span span) {
  return m.span.begin >= span.begin && m.span.end <= span.end;
}
inline bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_ascii_digit); }
// The word of `words` a field's label or a column's header is, if any: a Latin
// one the whole label up to a slash or bracket, case aside, or before " and"
// (Signatories / parties, Participants and observers; not Adopted text, nor
// Co-sponsors for Sponsors), a Chinese one ending it (缔约方或签署方); none
// for a label negated, shared or of another time (非缔约方, 未签署国, 共同提案国,
// 下届东道国).
const std::string* label_word(std::string_view label, const std::vector<std::string>& words);
// The line of `text` around `at`, if it is no longer than `max_bytes` (looked for no further: a long
// line costs a frame that reads lines no more than a short one).
std::optional<Span> line_around(std::string_view text, std::size_t at, std::size_t max_bytes);
// The first thing of `types` named inside `span`, in this sentence or the `max_sentences` before it (a
// record's name or a chart's title on a line above). (The sentence's mentions are an element of the
// document's, as the extractor hands them over.)
const Mention* first_named_within(const SentenceReading& reading, Span span,
                                  const std::vector<graph::NodeType>& types, std::size_t max_sentences);
// Whether `named` is all its line says, but a bracket after it (UNITED KINGDOM; Japan (JP); Convention
// on Cybercrime (ETS No. 185)): a title line that is a name alone.
bool alone_on_line(std::string_view text, Span line, const Mention& named);
// A reference list's entry in author-date style, on `line`: AUTHOR. YEAR. TITLE … (Council of Europe.
// 2001. Convention on Cybercrime (ETS No. 185).), where the year is four digits, a letter after them
// allowed (2019a).
struct Citation {
  Span authors;             // the author part, its full stop left out
  int year = 0;             // the year of the work
  std::size_t title_begin;  // where the title starts
};
std::optional<Citation> citation_on_line(std::string_view text, Span line);
// The document a citation's title names: the one named where its title starts ("The" before it allowed),
// among `mentions`; none where the title starts with no name.
const Mention* cited_document(std::string_view text, const Citation& citation,
                              std::span<const Mention> mentions);
// The bodies a citation's author part names, if it names bodies only, joined (African Union and Council
// of Europe; a bracket after one allowed); none for a scholar or "SCO member states". `named`: the names
// the author part holds, in order.
std::vector<const Mention*> citing_bodies(std::string_view text, const Citation& citation,
                                          const std::vector<const Mention*>& named);
// Whether `rest`, what a list of names leaves once its names are taken out, only joins them: commas and
// semicolons (Latin or full-width), 、, "and", 和, 及, 与, &, and brackets after a name (Department for
// Science, Innovation and Technology (United Kingdom); 美国；英国).
bool joins_names_only(std::string_view rest);
// The English frames (en_verb, en_title), read once over a Latin-script sentence's ICU words.
void read_english(const FrameGrammar& grammar, SentenceReading& reading);

}  // namespace kg::extract
