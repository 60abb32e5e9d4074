// The rule pack: every gazetteer, pattern and trigger the extractor uses, as
// data. The default pack (extract/rules/*.json) is compiled into the binary;
// users add to or override it with their own files (`kg build --rules`).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/types.h"

namespace kg::extract {

// A named thing the gazetteer knows, with every surface form it may take.
struct GazetteerEntry {
  std::string name;  // canonical
  graph::NodeType type = graph::NodeType::Organization;
  std::vector<std::string> aliases;
  std::map<std::string, std::string> attributes;
  std::string origin;  // "cldr" or the rule file it came from, for alias provenance
};

// Curated changes to the country names ICU's CLDR data provides.
struct CountryOverride {
  std::string iso;
  std::optional<std::string> name;
  std::optional<graph::NodeType> type;
  std::vector<std::string> aliases;
  bool exclude = false;
};

// 中美, 美欧, 中非: runs of one-character abbreviations.
struct ContractionRules {
  std::map<std::string, std::string> abbreviations;  // one character -> canonical name
  std::vector<std::string> context_after;            // words that make a run a contraction
  std::vector<std::string> never;                    // look-alikes that are not
  // One abbreviation alone names its country after these words: 对华, 访美,
  // 驻华, 涉俄 (and 华 itself is 中国 there).
  std::vector<std::string> single_after;
  std::map<std::string, std::string> single_abbreviations;  // 华 -> 中国: only after single_after
  // A side (巴方) of an abbreviation several states share (巴西, 巴基斯坦,
  // 巴勒斯坦): it names the first of them the document names, from then on.
  std::map<std::string, std::vector<std::string>> ambiguous_sides;
  // A word names also write another way (人工智能 -> AI): a known name with
  // the word names its entity with the other form too (AI首尔峰会).
  std::map<std::string, std::vector<std::string>> word_forms;
};

// Open-class names no gazetteer has: shapes and the words that end them.
struct PatternRules {
  std::vector<std::string> initiative_suffixes;  // 《…倡议》, “…计划”: a title or quote naming an initiative
  std::vector<std::string> category_words;         // “万村通”项目: the kind, not part of the name
  std::vector<std::string> title_exclusions;       // 《…日报》: titles that are not initiatives
  std::vector<std::string> organization_suffixes;  // …研究院, …委员会
  // Suffixes so common in plain words (…合作机制, …中心) that a name ending
  // in one must contain a known name, a quote or a dash: 中国—东盟…对话机制.
  std::vector<std::string> anchored_organization_suffixes;
  std::vector<std::string> parent_suffixes;  // 中国传媒大学|网络强国研究中心: a parent body ends so
  std::vector<std::string> event_suffixes;  // …峰会, …博览会
  std::vector<std::string> compound_surnames;  // 欧阳, 司马: a surname of two characters (欧阳玉靖大使)
  std::vector<std::string> name_joiners;       // 与, 和: between two known names, a name starts after them
  std::vector<std::string> title_document_suffixes;  // 规则, 手册: a title in 《》 ending so is a document
  std::vector<std::string> verb_event_suffixes;  // 会晤: after verb_event_openers (在X会晤), the verb
  std::vector<std::string> verb_event_openers;   // 在, 同, 与
  std::vector<std::string>
      title_kind_words;  // 报告《X》, 《X》白皮书: beside a title, they make it a document
  std::vector<std::string>
      body_heads;  // 理事长, 秘书处: after an event's name, it names a body (…论坛理事长)
  std::vector<std::string> session_suffixes;  // …对话 (an organization suffix): its numbered session naming
                                              // the parties is an event
  std::vector<std::string> person_titles;           // 总统, 秘书长: a name follows (总统鲁托)
  std::vector<std::string> titles_after_name;       // 主席: a name may also precede (习近平主席)
  std::vector<std::string> titles_only_after_name;  // 同志: follows a name, never precedes one
  std::vector<std::string> unit_word_ends;  // 部, 委: 宣传部|同志 is a unit's comrades, no one's name
  std::vector<std::string> name_stop_characters;  // characters an open-class name never spans
  std::vector<std::string> given_name_stops;      // 与: ends a person's name, though other names hold it
  std::vector<std::string> name_stop_words;       // words an open-class name never spans (verbs)
  std::vector<std::string> name_words;  // 协同, 和平: words names hold whole despite a stop character
  std::vector<std::string> name_qualifiers;   // 这, 该, 各: a name never starts with them
  std::vector<std::string> postpositions;     // 上, 期间: may follow a name directly
  std::vector<std::string> title_qualifiers;  // 时任, 第一: before a title (时任副部长), never a name
  std::vector<std::string> title_compound_ends;    // 国: 主席国 is a role, no title before a name
  std::vector<std::string> suffix_exclusions;      // 总部, 部署: words a suffix inside is no suffix
  std::vector<std::string> category_before_quote;  // 项目“…”: the quote names a programme
  std::vector<std::string> anchored_initiative_suffixes;  // 中非…协作平台: with a known name first
  std::vector<std::string> government_suffixes;      // 政府: 中国政府 and 拜登政府 name a country
  std::vector<std::string> edition_words;            // 首次, 首届: …对话首次会议 keeps them
  std::vector<std::string> about_openers;            // 关于: 关于…的联合声明 names a document
  std::vector<std::string> about_descriptors;        // 个, 份: 首个关于…的决议 describes one
  std::vector<std::string> numbered_document_kinds;  // 决议, 行政令: 第74/247号决议
  std::vector<std::string> event_verbs;              // 出席, 主持: a name after one is an event
  std::vector<std::string> event_held_verbs;  // 举行, 开幕: …会议在纽约举行 names an event
  std::vector<std::string> alias_markers;  // 以下简称, 简称: 全名(以下简称“X”) declares an alias
  std::vector<std::string> ordinal_prefixes;  // 第: 第二届, 第74/247号
  std::vector<std::string> edition_units;     // 届, 次: 第十届…, 第二次… number an edition
  std::vector<std::string> first_editions;    // 首届: an edition without a number
  // 宣介会, 发布会: right after a document's title, a meeting about it (《…行动计划》宣介会).
  std::vector<std::string> title_meetings;
  std::vector<std::string> treaty_parties;  // 缔约方: 《公约》缔约方大会 is a meeting of the treaty's
  std::vector<std::string> number_signs;  // 号: 第14110号行政令 numbers a document
  // A/, S/: a United Nations document symbol opens so (draft resolution A/C.1/78/L.56).
  std::vector<std::string> document_symbol_openers;
  // /L.: the part of a symbol that numbers a draft, and names it later on its own (L.56).
  std::vector<std::string> draft_symbol_parts;
  // 草案, draft: before a bracketed symbol, the draft the symbol names (…决议草案（A/C.1/78/L.56）).
  std::vector<std::string> draft_words;
  std::vector<std::string> year_range_joiners;  // —, 至: 2016—2022年 ranges years
  std::vector<std::string> note_copulas;        // 系: 张三系某大学教授, an author's note
  std::vector<std::string>
      programme_roles;  // 主持人, 对话嘉宾: a programme's labels of the persons after them
  std::vector<std::string> record_name_labels;  // 名称, Name: the field naming what a record is about
  std::vector<std::string> post_ordinals;       // 首任, 新任: which holder of a post, before its title
  std::vector<std::string> chart_actor_headers;  // State, 国家: a treaty chart's first column, an actor a row
  std::vector<std::string> box_labels;  // 背景资料, Background: a box's label before the term it is on
  std::vector<std::string> government_qualifiers;  // 新, 新一届: 美国新政府 is 美国
  std::string transliteration_characters;          // characters foreign names are written in
  std::string surnames;                            // single-character Chinese surnames
};

// How a relation rule reads its arguments around the trigger.
enum class Frame {
  Verb,        // SUBJECT … TRIGGER … OBJECT; passive 由/被 SUBJECT … TRIGGER handled too
  Partner,     // SUBJECT 与/同/和 OBJECT … TRIGGER (symmetric relations)
  Title,       // ORGANIZATION TRIGGER PERSON: 肯尼亚总统鲁托 -> 鲁托 LEADS 肯尼亚
  ListOf,      // MEMBER、MEMBER 等 GROUP: 巴西、印度等金砖国家
  Alliances,   // GROUP、GROUP 等 MEMBER TRIGGER: 北约、七国集团等美国盟伴体系
  Possessive,  // GROUP TRIGGER MEMBER or MEMBER 是 GROUP 的 TRIGGER: 成员国
  Pair,  // a name pairing two actors: 中俄…磋商机制, 中国—东盟…对话机制, 中非…合作
  Held,  // an event held, then a person acting later in the sentence; triggers: words of acting there (致辞)
  Dated,  // a name right after its date (2023年8月约翰内斯堡峰会); triggers: the words allowed between
  Venue,  // SUBJECT 在 EVENT TRIGGER: 习近平在…会议上提出 -> 习近平 PARTICIPATED_IN 会议
  Roster,  // TRIGGER 包括 PARTY、PARTY or PARTY、PARTY 都在 TRIGGER 之列: 签署方 of the document named before
  Heading,  // a line headed by its date, then an event: 2023年5月　七国集团广岛峰会 (no triggers)
  DateNote,  // a date in brackets right after a name: 《全球人工智能治理倡议》(2023年10月) (no triggers)
  NamedYear,  // a year inside a name: 2023年世界互联网大会乌镇峰会 (no triggers)
  TableRow,  // a table's row under a header naming its columns: 时间｜事件｜参与方｜成果文件 (triggers:
             // header words)
  Citation,  // a reference list's entry: AUTHOR. YEAR. TITLE. (no triggers)
  ChartRow,  // a treaty chart's row per actor: State | Signature | Ratification (triggers: header words)
  Record,  // a record's field line under its name: 名称：X / 签署方：A；B (triggers: the field labels)
  Profile,  // an actor's field line under its name: JAPAN / Signed: X; Y (triggers: the field labels)
  BracketMembers,  // a body's members in brackets after its name: 四方机制(美国、日本、印度、澳大利亚) (no
                   // triggers)
  Programme,  // a programme's role label and the guests it lists, a line each: 主持人:X; 对话嘉宾: / Y
              // 单位职务
  // English, read on Latin-script sentences only, over ICU words (extract/frames/en_frames.cpp):
  EnVerb,      // SUBJECT … TRIGGER … OBJECT, the passive (was adopted by), relative clauses, coordination
  EnTitle,     // HOLDER TITLE PERSON (French President Emmanuel Macron), PERSON, TITLE of HOLDER -> LEADS
  EnVenue,     // at EVENT: who signs, adopts, proposes … in the sentence took part in it
  EnRoster,    // TRIGGER include PARTY, PARTY: its signatories include A and B -> A SIGNED it
  EnDated,     // EVENT (in PLACE) TRIGGER DATE: the BRICS summit in Johannesburg in August 2023 -> IN_YEAR
  EnCompound,  // SUBJECT-TRIGGER … OBJECT: a US-drafted resolution -> United States ISSUED it
};

// Whether a frame reads English: its triggers are word sequences matched
// on Latin-script sentences, never in Chinese text.
inline bool is_english_frame(Frame frame) {
  return frame == Frame::EnVerb || frame == Frame::EnTitle || frame == Frame::EnVenue ||
         frame == Frame::EnRoster || frame == Frame::EnDated || frame == Frame::EnCompound;
}

// Whether a frame's triggers are words looked for in running text. A pair
// frame's are read inside names, a dated or held frame's next to them: each
// of those reads its sentence once, whatever words it holds.
inline bool has_text_triggers(Frame frame) {
  return frame != Frame::Pair && frame != Frame::Dated && frame != Frame::Held && frame != Frame::Heading &&
         frame != Frame::DateNote && frame != Frame::NamedYear && frame != Frame::Programme &&
         frame != Frame::BracketMembers && frame != Frame::TableRow && frame != Frame::ChartRow &&
         frame != Frame::Citation && frame != Frame::Record && frame != Frame::Profile &&
         !is_english_frame(frame);
}

struct RelationRule {
  std::string id;
  graph::RelationType relation = graph::RelationType::Proposed;
  Frame frame = Frame::Verb;
  std::vector<std::string> triggers;
  std::vector<graph::NodeType> subject_types;
  std::vector<graph::NodeType> object_types;
  // Endings the object's name must have, if any: a person who 签署 a name
  // ending in 令 or 法 enacts it (issued.signed).
  std::vector<std::string> object_endings;
  // Whether the object must follow the trigger at once (发起成立|“…之友小组”),
  // only 了 between: for triggers that would otherwise reach too far.
  bool adjacent_object = false;
  // Whether a bare quoted phrase right after the trigger is its object, a
  // name (秉持“合作安全”理念): documents' verbs take them always.
  bool quoted_objects = false;
  // Whether the object may be left unsaid where the verb ends its clause
  // (中国签署…，但美国拒签): then it is the last one named before.
  bool unsaid_object = false;
  // Whether an object left unsaid that the paragraph does not name (nor
  // "it" does) is the text the document names most, the one a record's
  // turns act on (EGYPT / Egypt voted in favour): for votes.
  bool text_in_focus = false;
  // Triggers of a stance that answers an act: left unsaid where the verb
  // ends its clause, the object is what the sentence before did, that is,
  // its actor (美国商务部…列入实体清单。中方表示坚决反对).
  std::vector<std::string> answers_act;
  // Prepositions that put the object before the verb: 对华实施出口管制,
  // 将华为列入实体清单.
  std::vector<std::string> object_markers;
  // Whether the trigger is a stance received, a noun after 的 read as its
  // verb's passive (该倡议得到俄罗斯的积极响应: 俄罗斯 SUPPORTS it); read
  // only there.
  bool received = false;
  // Whether, its object unsaid, the destination of the trade it restricts
  // is its object (美国限制芯片对华出口: 美国 OPPOSES 中国).
  bool destination_objects = false;
  // What the trigger states when a refusal negates it: 未签署, 拒绝加入
  // state REJECTED (declined to sign, to join).
  std::optional<graph::RelationType> when_refused;
  // English frames: words after the object that add a subject acting
  // along (hosted X jointly with Y; was represented at X by Y).
  std::vector<std::string> co_actors;
  // English frames: the verb's grammatical subject is the relation's object
  // and its objects the relation's subjects (the summit drew A and B).
  bool inverse = false;
  // English frames: the year only right after the trigger (the Principles of 2019), none taken from afar.
  bool year_right_after = false;
  std::string origin;
};

// English text: the shapes of names and the words the English frames read
// (extract/rules/english.json). Word lists are matched on ICU words,
// case-insensitively unless noted.
struct EnglishRules {
  // Capitalised names ending in (or, for documents, opening with) a kind
  // word are of its type: AI Safety Institute, Statement on … (case-sensitive).
  std::map<std::string, graph::NodeType, std::less<>> kind_words;
  std::vector<std::string> opening_kinds;      // Statement, Declaration: "Statement on …" names a document
  std::vector<std::string> topic_connectors;   // on, against: a document kind goes on into its topic
  std::vector<std::string> name_connectors;    // of, on, for, and, the: lowercase words inside names
  std::vector<std::string> not_name_starts;    // The, A: a capitalised word that opens no name
  std::vector<std::string> person_titles;      // President, Secretary, scientist: a person's name follows
  std::vector<std::string> leader_titles;      // President, chief executive: its holder is led (LEADS)
  std::vector<std::string> deputy_words;       // Vice, Deputy: the title after them leads nothing
  std::vector<std::string> appointment_verbs;  // became, was elected: PERSON … TITLE of HOLDER leads it
  std::vector<std::string> honorifics;         // Shri, Dr.: between a title and its holder's name
  std::vector<std::string> programme_roles;  // Moderator, Rapporteur: a label naming a person after its colon
  std::vector<std::string> name_particles;   // von, der, de: lowercase words inside persons' names
  std::vector<std::string> possessive_name_words;  // People, Workers: their possessive goes on in a name
  std::vector<std::string> surnames_first;      // Xi, Li, Yoon: family names written first (Xi Jinping is Xi)
  std::vector<std::string> byline_openers;      // By, Reporting by: persons' names follow
  std::vector<std::string> person_agents;       // chaired by: a person's name follows
  std::vector<std::string> person_roles;        // rapporteur, counterpart: a person's name may follow
  std::vector<std::string> person_verbs;        // said, presided: a name right before one is a person's
  std::vector<std::string> person_appositions;  // who, then: after "NAME," a person is described
  std::vector<std::string> person_determiners;  // a, its: open a description of a person after "NAME,"
  std::vector<std::string> person_not_last;     // Street, Post: a name ending so is a place's or an outlet's
  std::vector<std::string> name_suffixes;       // Jr, Sr: after a person's name, with a full stop
  std::vector<std::string> government_words;    // administration: "the Biden administration" is its country
  std::map<std::string, std::string, std::less<>> demonyms;  // French -> France: before a title, the state
  std::map<std::string, std::string, std::less<>>
      seats_of_government;                   // Washington -> United States, when it acts
  std::vector<std::string> seat_not_after;   // in, from, visited: the seat after one is a place
  std::vector<std::string> seat_not_before;  // summit, Declaration: the seat before one names a thing
  std::vector<std::string> negations;        // not, never: no relation
  std::vector<std::string> refusals;         // did not, declined to: the rule's when_refused
  std::vector<std::string> refusal_nouns;    // refusal to: a refusal, its refuser the possessive before it
  std::vector<std::string> hedges;           // will, expected to: forward-looking, no relation
  std::vector<std::string> urging;           // urged, called on: the subject after them is asked, acts not
  std::vector<std::string> adverbs;          // also, formally: may stand between a modal and its verb
  std::vector<std::string> connectors;       // and, or, together with: join a list's members
  std::vector<std::string> list_openers;     // including, among them: a list of the verb's objects follows
  std::vector<std::string> number_words;     // ten, twenty: with a group noun, a counted group
  std::vector<std::string> group_nouns;      // countries, companies: twenty companies: A, B and C
  std::vector<std::string> quantities;       // set of, series of: between a verb and its object
  std::vector<std::string> passive_agents;   // by
  std::vector<std::string> passive_auxiliaries;  // was, were, been: the participle after is passive
  std::vector<std::string>
      people_verbs;  // held, had, would: after the British, the Chinese, a state's people act
  std::vector<std::string> profile_stops;  // declined, withdrew: in a profile's field, nothing after is done
  std::vector<std::string>
      relative_pronouns;  // which, that: the object before is the verb's (X, which Y signed)
  std::vector<std::string> adjunct_prepositions;  // in, at, of: a name after one is no subject
  std::vector<std::string> also_subjects;         // as did: the list after adds subjects
  std::vector<std::string> like_subjects;         // like: the names in a subject's apposition act as it does
  std::vector<std::string> collective_heads;      // leaders: "Leaders of X adopted" is X adopting
  std::vector<std::string> agent_heads;    // representatives: "signed by representatives of X" is X signing
  std::vector<std::string> agent_links;    // of, from: between agent_heads and whom they act for
  std::vector<std::string> member_tails;   // member states: X and its 27 member states signed
  std::vector<std::string> venue_clauses;  // ", where" after an event: who the clause names took part
  std::vector<std::string> venue_acts;     // met, spoke: their subjects at an event took part in it
  std::vector<std::string> venue_parts;    // session, general debate: at the session of X is at X
  std::vector<std::string> roster_verbs;   // include, were: a role noun's list follows (en_roster)
  std::vector<std::string> event_nouns;    // summit: the BRICS summit names a meeting
  std::vector<std::string> edition_ordinals;   // first, inaugural: the first X Initiative meeting
  std::vector<std::string> edition_meetings;   // meeting, plenary: after an ordinal and a name, an event
  std::vector<std::string> place_openers;      // New, San: in New York after a topic is a place
  std::vector<std::string> descriptive_kinds;  // joint statement: a joint statement on X names a document
  std::vector<std::string> descriptive_topic_ends;  // which, by: a descriptive title's topic ends before them
  std::vector<std::string> descriptive_not_after;   // binding, possible: no descriptive title after them
  std::vector<std::string> descriptive_generic_topics;  // the subject: a topic that names no document
  std::vector<std::string> clause_ends;        // . , on: after a verb with its object unsaid, its clause ends
  std::vector<std::string> time_adjuncts;      // that day, later: may stand before a clause's end
  std::vector<std::string> manner_adjuncts;    // without a vote: may stand between a verb and its object
  std::vector<std::string> span_openers;       // since, until: before a year, no date of an act
  std::vector<std::string> attributive_words;  // the, a: before a participle, an adjective (the proposed X)
  std::vector<std::string> ellipsis_openers;   // so did: the sentence repeats the one before's acts
  // the first, the latest: before "to" and a verb (the first to sign, the latest state to sign), whose
  // subject is the copula's (X became the latest state to sign) or the list after it (… were A and B).
  std::vector<std::string> ordinal_infinitives;
  std::vector<std::string> ordinal_copulas;  // became, was: X became the first to sign
  std::vector<std::string> among_copulas;    // were: A and B were among its signatories
  std::vector<std::string> title_times;  // then, former: before a title in a list (A and then President B)
  // entitled: after a kind word, its quoted title follows (a statement entitled "X")
  std::vector<std::string> title_introducers;
  std::vector<std::string> title_prefixes;  // Co, Ex: before a hyphen, a title's part (Co-Chair), no name's
  std::vector<std::string> barriers;        // ; but: no argument is looked for across them
};

// Words that change what a trigger states.
struct ModifierRules {
  std::vector<std::string> negations;  // 未, 没有: no relation is stated
  std::vector<std::string> refusals;   // 未, 没有, 拒绝 (not 尚未): a rule's when_refused is stated
  std::vector<std::string> modal;      // 应, 将, 可: forward-looking, no relation
  std::vector<std::string> modal_exceptions;  // 宣布将: an announcement does state one
  std::vector<std::string> announcements;     // 宣布…将: earlier in the sentence, so does it
  std::vector<std::string> announcers;  // 宣布, 提出 right before 中方倡议…: the person puts it forward too
  std::vector<std::string> verb_particles;  // 了, 过: what may follow a verb that ends its clause
  // 并: joins a second predicate to a verb (出席并致辞), which then ends its own object-less predicate.
  std::vector<std::string> predicate_links;
  // 日电: ends a wire's dateline after its date (新华社联合国8月26日电); a name before it acts in nothing.
  std::vector<std::string> dateline_ends;
  // 开幕式, 全体会议: a part of an event, which a verb may name for the event unsaid (出席开幕式).
  std::vector<std::string> event_parts;
  std::vector<std::string> passive_markers;  // 由, 被
  // 与, 同, 跟: a name after one is someone's partner, never an actor a later clause carries over.
  std::vector<std::string> accompanying_markers;
  // 在: with a verb right after its name it opens a clause (在美国推动…时), not an adjunct.
  std::vector<std::string> subordinating_openers;
  std::vector<std::string> copulas;  // 是, 为, 系: 巴西是金砖国家成员国
  // 成为, 是: before a membership noun with no body named (伊朗成为正式成员国), the body is the one named
  // last.
  std::vector<std::string> becoming_verbs;
  std::vector<std::string> membership_qualifiers;  // 新, 首批: 成为新|成员国
  // 的是, 的有: a cleft names the verb's subjects after it (投反对票的是美国和巴拉圭).
  std::vector<std::string> cleft_links;
  // 对, 向 before a country and a word of trade after it: where goods go
  // (限制芯片对华出口, 禁止向俄罗斯出售) — the destination a restriction targets.
  std::vector<std::string> destination_prepositions;
  std::vector<std::string> trade_nouns;           // 出口, 出售
  std::vector<std::string> relative_particles;    // 的: of a possessive or a relative clause
  std::vector<std::string> perfective_particles;  // 了: may stand between a verb and its object
  // A date adjunct ending what precedes a verb (将|于2027年1月起|施行): its prepositions and edges.
  std::vector<std::string> time_prepositions;  // 于, 自, 从
  std::vector<std::string> time_edges;         // 起, 前, 后
  // A place adjunct likewise (没有|在《声明》上|签字), and where a country hosts (在中国举办).
  std::vector<std::string> place_prepositions;    // 在
  std::vector<std::string> place_postpositions;   // 上, 中, 下
  std::vector<std::string> partner_markers;       // 与, 同, 和, 跟
  std::vector<std::string> partner_marker_verbs;  // 认同, 赞同: a verb a marker ends, no marker
  std::vector<std::string> acting_together;       // 一道, 一起: after 与 + partners, they act too
  std::vector<std::string> joint_markers;         // 会同: the partners after one act with the subject
  std::vector<std::string> appointments;          // 担任, 出任: PERSON 担任 BODY TITLE leads the body
  std::vector<std::string> deputies;              // 副, 代理: before a title, its holder leads nothing
  std::vector<std::string>
      place_nouns;  // 总部: a name before one names a place (在纽约联合国总部), not an actor
  std::vector<std::string> this_refs;  // 对此: the verb acts on what the sentence before did, its actor
  std::vector<std::string> pivot_words;  // 工作, 举办: 支持巴方工作 supports 巴西 (what it does follows)
  std::vector<std::string> roster_openers;     // 包括: 签署方包括 A、B — the parties follow
  std::vector<std::string> inclusion_openers;  // 包括: 同包括 A、B 在内的 N 国 — the partners follow
  // 在 … 下: a verb its agent governs under (在X主持下), the clause's subject what it acts on
  // (工作组在X主持下通过…).
  std::vector<std::string> under_openers, under_closers;
  // 其中包括 / 在列: a counted group's members named in the clause after its act (…28国签署，其中包括 A、B;
  // …，A、B 在列) — they acted.
  std::vector<std::string> member_openers, member_closers;
  std::vector<std::string> other_words;  // 另外, 其他: 与另外 27 国及 A — a counted group before the partners
  std::vector<std::string> roster_links;  // 等, 都: A、B 都在签署方之列 — the parties precede
  std::vector<std::string> coordinators;  // 、 和 及 以及 与
  std::vector<std::string> attribution;   // 认为, 表示: what follows is reported speech
  std::vector<std::string> determiners;   // 该, 这一, 的: a trigger after one is a noun (该倡议)
  // 通过, 借助: with another verb after their object they mean "by means of"
  // (中国通过《…》推动合作), and state nothing of that object.
  std::vector<std::string> instrumental;
  std::vector<std::string> venue_openers;  // 在, 于: 在…峰会上
  std::vector<std::string> hosting_verbs;  // 举办, 主办: 在中国举办 names the host (举行 only the place)
  std::vector<std::string> adopting_in_verbs;  // 通过: 在联大通过 names the body that adopts
  std::vector<std::string> venue_parts;        // 开幕式, 等多边合作: 在…峰会|开幕式|上
  // Adverbs that may stand between a negation or modal and its verb (未正式签署).
  std::vector<std::string> adverbs;
  // Words that end a list of actors (日本、英国等国): what follows them is
  // read as the noun the list qualifies, if any.
  std::vector<std::string> list_ends;
  // Head nouns that are the actor itself (中国政府, 两国, 双方): the name
  // before them is no mere modifier.
  std::vector<std::string> actor_heads;
  // Nouns of a process a name before them is the topic of (推进“数字丝绸之路”建设):
  // the name is no mere modifier.
  std::vector<std::string> process_nouns;
  // Prepositions that open an adjunct (在…上, 致…, 向…): what they govern
  // is a place, an addressee or a target, never the verb's subject.
  std::vector<std::string> adjunct_openers;
  std::vector<std::string> not_openers;         // 应对, 即将: words an opener ends that are none
  std::vector<std::string> adjunct_qualifiers;  // 共建, “: 在共建“一带一路”国家 is still a place
  std::vector<std::string> clause_openers;      // 而, 同时: what may open a clause before its subject
  std::vector<std::string>
      clause_verbs;  // 宣布, 主张: verbs (no triggers) a clause with its subject unsaid may begin with
  // Verbs that govern the verb after them (推动制定…): that verb states no act of its own.
  std::vector<std::string> control_verbs;
  // Characters of an edition or date that may stand between an adjunct's
  // preposition and its name: 在第二届|世界互联网大会上, 于2023年|…
  std::string edition_characters;
  // Nouns that name actors generically (各国, 企业): a clause whose subject
  // is one states no relation for a named actor carried over.
  std::vector<std::string> generic_actors;
  // Quantifiers that make a named region's countries a generic group:
  // 54个|非洲国家, 部分|东盟国家.
  std::vector<std::string> quantifiers;
  // What may close one list before another member follows: 等, 在内的 …
  std::vector<std::string> list_closers;
  // … with a count (约, 近, 逾 + digits + quantifier) and a group noun (国家, 经济体).
  std::vector<std::string> approximations;
  std::vector<std::string> group_nouns;
  // …whose people may act for it (等10国领导人和欧盟代表): 领导人, 代表.
  std::vector<std::string> group_delegates;
};

// Words that point back to something the document named: 同年 (a year),
// 本届峰会 and 该倡议 (the last event or initiative of that kind), 双方 (the
// last pair of actors).
struct YearReference {
  std::string word;  // 同年, 次年
  int offset = 0;    // added to the last year named: 0, +1, -1
};
struct EntityReference {
  std::vector<std::string> words;  // 本届峰会, 该峰会, 峰会
  // The types it may refer to, the latest named of any; none: the last pair of actors.
  std::vector<graph::NodeType> types;
  // For a pair: the types both its members must have (两国: two countries, not
  // 金砖国家、二十国集团); none, any actors.
  std::vector<graph::NodeType> pair_of;
  // Endings of the names it may refer to (峰会, 会晤): empty, any name of the type.
  std::vector<std::string> kinds;
  // Whether the words stand alone without a determiner (峰会, 公约): then
  // they refer only right after a word of `bare_openers` or punctuation,
  // and only to a name of the last few sentences.
  bool bare = false;
  // Words one of which must follow it (会 refers only in 会上): none, any.
  std::vector<std::string> before;
  // Words none of which may follow it (他 refers, not 他们).
  std::vector<std::string> not_before;
  // Words none of which may stand right before it: another one than the one
  // named (the follow-up meeting, the next summit).
  std::vector<std::string> not_after;
  // Whether it names the candidate the document named most often, not the
  // last: a defined term (the Convention, capitalised, in a text about one).
  bool most_named = false;
  // Whether it names the present one (此次峰会, 本届大会: this summit), which
  // is the one the document's title names, if the title names one it may
  // refer to; else the last named, as any. Past its paragraph only: the
  // last one of its kind named in the paragraph, if one is; else the
  // present one (the summit, after a paragraph recalling an earlier one).
  enum class Present { no, always, past_paragraph };
  Present current = Present::no;
  // Whether it names the document's speaker, which the text declares with
  // the word and a name right after it (We, the Leaders of the G20, …;
  // 我们，金砖国家领导人，…): a communiqué's "we". Before that, nothing.
  bool speaker = false;
  // Whether it names, where the sentence or the one before named a person
  // as a clause's subject, the last of those (a life story's 他, past 他聆听了
  // 习近平主席提出的…), else the last person named (万斯的演讲。他直言…).
  bool prefer_subject = false;
  // Whether it names only one named in its own paragraph (an English he or
  // she): past a blank line, as at a speaker's biography after another's,
  // a person the recognizer missed (Anne Bouverot … she) must not pass it
  // to the last person it knew.
  bool within_paragraph = false;
  // Whether it names only a person named as a clause's subject (an English
  // he: not one named inside an object, nor any the recognizer missed).
  bool subject_only = false;
  // Whether it names the document's author: the organization its title line
  // names alone (a report's cover: 衡元智联科技集团股份有限公司 / … 报告), as 本集团
  // and 公司 do in the report. Without one, nothing.
  bool author = false;
  // For a pair: whether it names only the parties a document defines
  // (`party_definitions`), never the last pair named (the Participants).
  bool defined_only = false;
};
struct ReferenceRules {
  std::vector<YearReference> years;
  std::vector<EntityReference> entities;
  // 该, 这一, 这套: before an entry's `nouns` they make its words (该规则, 这套规则).
  std::vector<std::string> determiners;
  std::vector<std::string> bare_openers;  // 出席, 在, 参加: 出席峰会 refers, 历届峰会 does not
  std::vector<std::string> pair_joiners;  // 和, 与, 同: 中国和巴西 is a pair 两国 may refer to
  // hereinafter, 以下简称: a sentence with one defines the document's two
  // parties, its first two actors (countries first), which pairs name from then on.
  std::vector<std::string> party_definitions;
  std::vector<std::string> party_terms;  // 双方, Participants: what such a definition must define
  int bare_window = 3;                   // sentences back a bare word may refer
  // 成员国, 领导人: after a body at the start of an event's name, the meeting is the body's organ's
  // (上海合作组织成员国元首理事会会议), and 该组织 may refer to the body.
  std::vector<std::string> organ_words;
  // Government of, Government of the: on a line of the document's opening block (its cover, before the first
  // blank line), before a state's name and nothing else, they name the document's author (Government of the
  // Kingdom of the Netherlands): the state whose government speaks as "we".
  std::vector<std::string> author_prefixes;
  // of, the: lowercase words an official name may have between an author prefix and the state.
  std::vector<std::string> author_name_joiners;
  // 国家：: a line of the document's head that opens with one and names a state alone makes that state the
  // document's voice (a position paper's, a form's); `own_country_words` (我国, 我方) are then that state's.
  std::vector<std::string> voice_labels;
  std::vector<std::string> own_country_words;
};

struct RulePack {
  std::vector<GazetteerEntry> entities;
  std::vector<CountryOverride> countries;
  ContractionRules contractions;
  std::vector<std::string> generic;  // phrases that are never entities
  PatternRules patterns;
  std::vector<RelationRule> relations;
  ModifierRules modifiers;
  ReferenceRules references;
  EnglishRules english;
  // The last file with a "vocabulary" section (Taiwan/Hong Kong words), as
  // source name and JSON text: the normalizer compiles it (normalizer.h).
  std::string vocabulary_source;
  std::string vocabulary_json;
};

// One rules file's sections added to `pack`: lists are extended; an entity
// with the name and type of an existing one, a relation rule with an
// existing id, a country with an existing iso replace it. Throws
// kg::FormatError naming `source` and the JSON pointer of a bad value.
void add_rules(RulePack& pack, std::string_view json, const std::string& source);

// The largest rules file kg reads: the built-in pack is a few hundred KB.
inline constexpr std::size_t kMaxRulesFileBytes = std::size_t{64} << 20;

// add_rules with the contents of a file; kg::IoError when it cannot be read
// or is larger than kMaxRulesFileBytes.
void add_rules_file(RulePack& pack, const std::string& path);

// The pack built into kg, from extract/rules/*.json.
const RulePack& default_rule_pack();

// The default pack's files as compiled in: name -> JSON text.
const std::vector<std::pair<std::string, std::string_view>>& default_rule_files();

}  // namespace kg::extract
