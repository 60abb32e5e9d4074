// The grammar words frames test for, and the argument choices they share.
#include "extract/frames/reading.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/ascii.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them

bool names_its_object(graph::RelationType relation) {
  using R = graph::RelationType;
  return relation == R::Proposed || relation == R::Issued || relation == R::Adopted ||
         relation == R::Signed || relation == R::Rejected || relation == R::InYear;
}

bool type_in(graph::NodeType type, const std::vector<graph::NodeType>& types) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

bool continues_date(char32_t c) {
  return utf8::is_ascii_digit(c) || c == U'月' || c == U'日' || c == U'号' || c == U'至' || c == U'到' ||
         c == U'初' || c == U'底' || c == U'末' || c == U'旬' || c == U'-' || c == U'—' || c == U'–';
}

std::optional<std::size_t> month_date_end(std::string_view text, std::size_t at, std::size_t end) {
  std::size_t digits = at;
  while (digits < end && digits - at < 2 && utf8::is_ascii_digit(static_cast<unsigned char>(text[digits])))
    ++digits;
  if (digits == at || !text.substr(digits, end - digits).starts_with("月")) return std::nullopt;
  return digits + std::string_view("月").size();
}

std::optional<int> heading_year(std::string_view text, Span sentence, const std::vector<Mention>& mentions) {
  const auto first =
      std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return !m.nested; });
  if (first == mentions.end() || first->type != graph::NodeType::Year) return std::nullopt;
  // The date, then a space or a colon, as an entry heads its text: 2023年5月　…, 2019年：….
  std::size_t at = first->span.end;
  while (at < sentence.end) {
    std::size_t next = at;
    if (!continues_date(utf8::next(text, next))) break;
    at = next;
  }
  if (at >= sentence.end) return std::nullopt;
  const std::string_view rest = text.substr(at, sentence.end - at);
  // A Chinese date, or a dotted one (2019.06, as slides and tables write it), heads its line with a
  // space or a colon after it.
  const bool chinese = first->surface.find("年") != std::string::npos;
  const bool dotted = first->surface.find('.') != std::string::npos;
  if ((chinese || dotted) && first->span.begin == sentence.begin &&
      (rest.front() == ' ' || rest.front() == ':'))
    return std::stoi(first->name);
  if (chinese) return std::nullopt;
  // (A dotted date after a list's mark is read as an English one is: - 2019.06: ….)
  // An English date may open with its day and month, after a list's mark ("- 26 August 2025: …",
  // "Mid-2024: …", "3. January 2025 — …"); a colon or a dash sets it off (not a space: "2023 was …").
  const std::string_view lead = text.substr(sentence.begin, first->span.begin - sentence.begin);
  constexpr std::size_t kMaxDateLead = 24;
  const bool date_lead = lead.size() <= kMaxDateLead && std::all_of(lead.begin(), lead.end(), [](char c) {
                           return is_ascii_alnum(c) || c == ' ' || c == '-' || c == '.';
                         });
  if (date_lead &&
      (rest.starts_with(":") || rest.starts_with(" —") || rest.starts_with(" –") || rest.starts_with(" - ")))
    return std::stoi(first->name);
  return std::nullopt;
}

FrameGrammar::Words::Words(const RulePack& pack, const std::vector<std::string>& breakers)
    : Words(pack.modifiers, pack.patterns, breakers) {}

FrameGrammar::Words::Words(const ModifierRules& m, const PatternRules& p,
                           const std::vector<std::string>& breakers)
    : adverbs(m.adverbs),
      negations(m.negations),
      modal(m.modal),
      modal_exceptions(m.modal_exceptions),
      determiners(m.determiners),
      control_verbs(m.control_verbs),
      adjunct_openers(m.adjunct_openers),
      adjunct_qualifiers(m.adjunct_qualifiers),
      not_openers(m.not_openers),
      quantifiers(m.quantifiers),
      partner_markers(m.partner_markers),
      place_nouns(m.place_nouns),
      this_refs(m.this_refs),
      pivot_words(m.pivot_words),
      list_ends(m.list_ends),
      list_closers(m.list_closers),
      approximations(m.approximations),
      group_nouns(m.group_nouns),
      group_delegates(m.group_delegates),
      actor_heads(m.actor_heads),
      process_nouns(m.process_nouns),
      clause_openers(m.clause_openers),
      attribution(m.attribution),
      clause_verbs(m.clause_verbs),
      person_titles(p.person_titles),
      partner_marker_verbs(m.partner_marker_verbs),
      modifier_breakers(breakers) {}

const std::string* FrameGrammar::Words::partner_marker(std::string_view before) const {
  return partner_marker_verbs.ending_of(before) ? nullptr : partner_markers.ending_of(before);
}

namespace {

std::vector<std::string> joined(std::initializer_list<const std::vector<std::string>*> lists) {
  std::vector<std::string> all;
  for (const auto* list : lists) all.insert(all.end(), list->begin(), list->end());
  return all;
}

}  // namespace

FrameGrammar::FrameGrammar(const RulePack& pack)
    : pack_(pack),
      modifier_breakers_(joined({&pack.patterns.name_stop_characters, &pack.patterns.name_stop_words,
                                 &pack.patterns.postpositions, &pack.modifiers.partner_markers,
                                 &pack.modifiers.coordinators})),
      words_(pack, modifier_breakers_),
      rules_(pack.relations),
      refusal_(pack.relations.size(), 0),
      english_(make_english(pack)) {
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    if (!pack.relations[i].when_refused) continue;
    RelationRule refused = pack.relations[i];
    refused.id += ".refused";
    refused.relation = *refused.when_refused;
    refused.when_refused.reset();
    refusal_[i] = static_cast<std::uint32_t>(rules_.size());
    rules_.push_back(std::move(refused));
  }
  unsaid_types_.resize(rules_.size());
  const auto takes_unsaid = [](const RelationRule& r) {
    return r.frame == Frame::Verb && r.unsaid_object && !r.object_types.empty();
  };
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    const RelationRule& own = pack.relations[i];
    if (!takes_unsaid(own)) continue;
    std::vector<graph::NodeType> types{own.object_types.front()};
    for (const RelationRule& other : pack.relations) {
      if (&other == &own || !takes_unsaid(other)) continue;
      const bool shares = std::any_of(own.triggers.begin(), own.triggers.end(), [&](const std::string& t) {
        return std::find(other.triggers.begin(), other.triggers.end(), t) != other.triggers.end();
      });
      if (shares && !type_in(other.object_types.front(), types)) types.push_back(other.object_types.front());
    }
    if (const auto refused = refusal_of(static_cast<std::uint32_t>(i))) unsaid_types_[*refused] = types;
    unsaid_types_[i] = std::move(types);
  }
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    if (!has_text_triggers(pack.relations[i].frame)) continue;
    for (const std::string& trigger : pack.relations[i].triggers) {
      triggers_.add(trigger, static_cast<std::uint32_t>(i));
      if (pack.relations[i].frame == Frame::Verb) verbs_.add(trigger, static_cast<std::uint32_t>(i));
    }
  }
  triggers_.build();
  verbs_.build();
  word_lists_.resize(3);
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    if (!has_text_triggers(pack.relations[i].frame)) continue;
    for (const std::string& trigger : pack.relations[i].triggers) {
      word_lists_[0].emplace_back(trigger, static_cast<std::uint32_t>(i));
    }
  }
  for (std::size_t i = 0; i < pack.modifiers.attribution.size(); ++i) {
    word_lists_[1].emplace_back(pack.modifiers.attribution[i], static_cast<std::uint32_t>(i));
  }
  for (std::size_t i = 0; i < pack.modifiers.generic_actors.size(); ++i) {
    word_lists_[2].emplace_back(pack.modifiers.generic_actors[i], static_cast<std::uint32_t>(i));
  }
  word_matchers_.resize(word_lists_.size());
  for (std::size_t list = 0; list < word_lists_.size(); ++list) {
    for (const auto& [word, value] : word_lists_[list]) word_matchers_[list].add(word, value);
    word_matchers_[list].build();
  }
}

std::optional<std::uint32_t> FrameGrammar::refusal_of(std::uint32_t index) const {
  if (index >= refusal_.size() || refusal_[index] == 0) return std::nullopt;
  return refusal_[index];
}

namespace {

// Takes a date adjunct off the end of `text` (将|于2027年1月起|施行: 于2027年1月起),
// if one ends it: a time preposition (于), digits and date units, maybe an edge (起).
bool strip_date_adjunct(const ModifierRules& modifiers, std::string_view& text) {
  std::string_view rest = text;
  if (const std::string* edge = ending_of(rest, modifiers.time_edges)) rest.remove_suffix(edge->size());
  bool dated = false;
  for (std::size_t end = rest.size(); end > 0;) {
    std::size_t previous = end;
    const char32_t c = utf8::previous(rest, previous);
    if (c != U'年' && !continues_date(c)) break;
    dated = dated || c == U'年' || c == U'月';
    end = previous;
    rest = rest.substr(0, end);
  }
  if (!dated) return false;
  if (const std::string* preposition = ending_of(rest, modifiers.time_prepositions)) {
    text = rest.substr(0, rest.size() - preposition->size());
    return true;
  }
  return false;
}

// Takes a place adjunct off the end of `text` (没有|在《声明》上|签字), if one
// ends it: a place preposition (在), a few words without a break, a postposition (上, 中, 下).
bool strip_place_adjunct(const ModifierRules& modifiers, std::string_view& text) {
  constexpr std::size_t kMaxCharacters = 30;
  // (Without a postposition, only a short place: 将于2026年|在深圳|主办.)
  constexpr std::size_t kMaxBarePlaceCharacters = 6;
  std::string_view rest = text;
  const std::string* postposition = ending_of(rest, modifiers.place_postpositions);
  if (postposition) rest.remove_suffix(postposition->size());
  std::size_t end = rest.size();
  const std::size_t most = postposition ? kMaxCharacters : kMaxBarePlaceCharacters;
  for (std::size_t characters = 0; end > 0 && characters <= most; ++characters) {
    if (const std::string* preposition = ending_of(rest.substr(0, end), modifiers.place_prepositions)) {
      text = rest.substr(0, end - preposition->size());
      return true;
    }
    const char32_t c = utf8::previous(rest, end);
    if (c == U',' || c == U';' || c == U':' || c == U'。') return false;
  }
  return false;
}

}  // namespace

const std::string* FrameGrammar::preceded_by(std::string_view text, std::size_t clause_begin, std::size_t at,
                                             const WordList& words) const {
  std::string_view before = text.substr(clause_begin, at - clause_begin);
  for (int skipped = 0; skipped < 3; ++skipped) {
    if (const std::string* word = words.ending_of(before)) return word;
    // Adverbs, a date or a place may stand between: 未正式签署, 将于2027年起施行, 没有在《声明》上签字.
    if (const std::string* adverb = words_.adverbs.ending_of(before)) {
      before.remove_suffix(adverb->size());
    } else if (!strip_date_adjunct(modifiers(), before) && !strip_place_adjunct(modifiers(), before)) {
      return nullptr;
    }
  }
  return nullptr;
}

bool FrameGrammar::closes_list(std::string_view between, const std::vector<std::string>& coordinators) const {
  // 等, 在内的 — or, with no closer, the list's count alone: 美国10国及欧盟.
  const std::string* closer = words_.list_closers.opening_of(between);
  if (closer) {
    between.remove_prefix(closer->size());
  } else if (between.empty() || !(utf8::is_ascii_digit(static_cast<unsigned char>(between.front())) ||
                                  words_.approximations.opening_of(between))) {
    return false;  // neither closed nor counted
  }
  bool any_count = false;
  // A count: 约60个, 28, 逾120.
  for (bool counted = true; counted; any_count = any_count || counted) {
    counted = false;
    if (const std::string* word = words_.approximations.opening_of(between)) {
      between.remove_prefix(word->size());
      counted = true;
    }
    while (!between.empty() && utf8::is_ascii_digit(static_cast<unsigned char>(between.front()))) {
      between.remove_prefix(1);
      counted = true;
    }
    if (const std::string* word = words_.quantifiers.opening_of(between)) {
      between.remove_prefix(word->size());
      counted = true;
    }
  }
  const std::string* noun = words_.group_nouns.opening_of(between);
  if (noun) between.remove_prefix(noun->size());
  // (The group's people: 等10国|领导人|和欧盟.)
  if (const std::string* delegates = noun ? words_.group_delegates.opening_of(between) : nullptr)
    between.remove_prefix(delegates->size());
  if (!closer && !(any_count && noun)) return false;
  // (A comma after a closed list ends it: 俄罗斯、中国等，美国和欧盟投反对票.)
  if (closer && between == ",") return false;
  return between.empty() ||
         std::find(coordinators.begin(), coordinators.end(), between) != coordinators.end();
}

bool SentenceReading::said_between(std::size_t from, std::size_t to) const {
  return std::any_of(attributions.begin(), attributions.end(), [&](const PhraseMatcher::Match& word) {
    if (sentence.begin + word.begin < from || sentence.begin + word.end > to) return false;
    // 表示(坚决)反对 expresses the stance itself: only adverbs before the verb.
    std::string_view between = text.substr(sentence.begin + word.end, to - sentence.begin - word.end);
    while (const std::string* adverb = grammar->words().adverbs.opening_of(between))
      between.remove_prefix(adverb->size());
    return !between.empty();
  });
}

bool FrameGrammar::is_modifier(std::string_view text, Span clause, const Mention& mention) const {
  std::size_t at = mention.span.end;
  const std::string* list_end =
      words_.list_ends.opening_of(text.substr(at, clause.end > at ? clause.end - at : 0));
  if (list_end) at += list_end->size();
  if (at >= clause.end) return false;
  const std::string_view rest = text.substr(at, clause.end - at);
  // A list closed by its kind names its members: 北京大学、清华大学等|单位发布.
  if (list_end && words_.group_nouns.opening_of(rest)) return false;
  // A name before a title qualifies it: 欧盟《人工智能法案》, 联合国大会《…决议》.
  if (starts_with(rest, "《")) return true;
  // So does one a 的 joins to it: 欧盟的《数字服务法》.
  if (const std::string* of = opening_of(rest, pack_.modifiers.relative_particles);
      of && starts_with(rest.substr(of->size()), "《")) {
    return true;
  }
  if (!utf8::is_han(utf8::at(rest, 0))) return false;
  if (words_.modifier_breakers.opening_of(rest)) return false;
  // A title's kind after it is the title's own (《…》白皮书, 《…》报告): the same document.
  if (ends_with(text.substr(mention.span.begin, mention.span.end - mention.span.begin), "》") &&
      opening_of(rest, pack_.patterns.title_kind_words))
    return false;
  // A verb after adverbs (中国|大力支持, 美国|一再施压): the mention acts.
  std::string_view verb = rest;
  while (const std::string* adverb = words_.adverbs.opening_of(verb)) verb.remove_prefix(adverb->size());
  if (triggers_.starts_at(verb, 0, std::min<std::size_t>(verb.size(), 24))) return false;
  // A head noun that is the actor itself (中国政府, 两国), or a process it
  // is the topic of (“数字丝绸之路”建设, …公约谈判).
  return !words_.actor_heads.opening_of(rest) && !words_.process_nouns.opening_of(rest);
}

const std::string* FrameGrammar::adjunct_opener(std::string_view text, std::size_t clause_begin,
                                                std::size_t at) const {
  std::string_view before = text.substr(clause_begin, at - clause_begin);
  // An edition or date between: 在第二届|…大会上, 于2023年|…峰会期间.
  for (int characters = 0; characters < 8 && !before.empty(); ++characters) {
    if (const std::string* opener = words_.adjunct_openers.ending_of(before)) {
      // The end of a verb is no preposition: 反对|美欧, 应对, 即将.
      const std::size_t end = clause_begin + before.size();
      if (triggers_.ends_at(text, clause_begin, end) || words_.not_openers.ending_of(before)) return nullptr;
      return opener;
    }
    // …or words that qualify the place: 在共建“一带一路”国家.
    if (const std::string* word = words_.adjunct_qualifiers.ending_of(before)) {
      before.remove_suffix(word->size());
      continue;
    }
    std::size_t previous = before.size();
    utf8::previous(before, previous);
    if (pack_.modifiers.edition_characters.find(before.substr(previous)) == std::string::npos) return nullptr;
    before.remove_suffix(before.size() - previous);
  }
  return nullptr;
}

bool SentenceReading::names_generic_actor(std::size_t from, std::size_t to) const {
  if (from >= to) return false;
  const FrameGrammar::Words& words = grammar->words();
  for (const PhraseMatcher::Match& word : generic_actors) {
    const std::size_t begin = sentence.begin + word.begin;
    const std::size_t end = sentence.begin + word.end;
    if (begin < from || end > to) continue;
    const Mention* inside = nullptr;
    const Mention* head_of = nullptr;  // the mention the word follows: 美国|政府, 非洲|国家
    for (const Mention& m : mentions) {
      if (m.span.begin <= begin && m.span.end >= end) inside = &m;
      if (m.span.end == begin) head_of = &m;
    }
    // 54个非洲国家, 部分东盟国家: a quantified group of a region's
    // countries, whether the name includes the word or not.
    const Mention* group = inside && inside->span.end == end ? inside : head_of;
    if (inside && !group) continue;
    // Where the phrase begins, past its quantifier and number: 与|17个国家.
    std::string_view before = text.substr(from, (group ? group->span.begin : begin) - from);
    const bool quantified = words.quantifiers.ending_of(before) != nullptr;
    while (const std::string* q = words.quantifiers.ending_of(before)) before.remove_suffix(q->size());
    while (!before.empty() && (utf8::is_ascii_digit(static_cast<unsigned char>(before.back()))))
      before.remove_suffix(1);
    // A partner (与17个国家) or a place (在非洲国家) is no subject.
    if (words.partner_marker(before) || words.adjunct_openers.ending_of(before)) continue;
    if (quantified || !group) return true;
  }
  return false;
}

SentenceReading::SentenceReading(const FrameGrammar& grammar, std::string_view text, Span sentence,
                                 const std::vector<Span>& clauses, std::vector<Mention>& mentions,
                                 const ActorContext& actors, std::vector<DroppedRelation>* dropped)
    : grammar(&grammar),
      text(text),
      sentence(sentence),
      clauses(clauses),
      mentions(mentions),
      topic(actors.topic),
      previous_actor(actors.previous),
      declared_body(actors.declared_body),
      line_year(actors.line_year),
      headword(actors.headword),
      earlier_in_paragraph(actors.earlier_in_paragraph),
      previous_paragraph_end(actors.previous_paragraph_end),
      document(actors.document),
      previous_acts(actors.previous_acts),
      dropped(dropped),
      roles(mentions.size()) {}

const Mention* SentenceReading::implied_holder(const Mention& person,
                                               const std::vector<graph::NodeType>& types) const {
  const Attributes& known = *person.attributes;
  auto body = known.find("heads");
  if (body == known.end()) body = known.find("government_of");
  if (body == known.end()) return nullptr;
  for (const std::vector<Mention>& named : document) {
    for (const Mention& mention : named) {
      if (!mention.weak && !mention.reference && mention.name == body->second && type_in(mention.type, types))
        return &mention;
    }
  }
  return nullptr;
}

Span SentenceReading::clause_of(std::size_t at) const {
  for (const Span& clause : clauses) {
    if (at >= clause.begin && at < clause.end) return clause;
  }
  return sentence;
}

std::optional<std::size_t> SentenceReading::nearest_left(std::size_t from, std::size_t to,
                                                         const std::vector<graph::NodeType>& types,
                                                         unsigned skip) const {
  // Arguments are by position: start at the last that begins before `to`,
  // stop at the first that begins before `from`.
  const auto end = std::partition_point(arguments.begin(), arguments.end(),
                                        [&](std::size_t index) { return mentions[index].span.begin < to; });
  for (auto it = std::make_reverse_iterator(end); it != arguments.rend(); ++it) {
    const Mention& m = mentions[*it];
    if (m.span.begin < from) break;
    if ((skip & kSkipPartnered) && roles[*it].partnered) continue;
    if ((skip & kSkipAccompanying) && roles[*it].accompanying) continue;
    if ((skip & kSkipAdjunct) && roles[*it].adjunct) continue;
    if (m.span.end <= to && m.span.begin >= from && type_in(m.type, types) && !m.weak) return *it;
  }
  return std::nullopt;
}

std::optional<std::size_t> SentenceReading::nearest_right(std::size_t from, std::size_t to,
                                                          const std::vector<graph::NodeType>& types,
                                                          bool weak_allowed) const {
  for (std::size_t index : arguments) {
    const Mention& m = mentions[index];
    if (m.span.begin < from || m.span.end > to || !type_in(m.type, types)) continue;
    if (roles[index].adjunct) continue;  // 支持在共建“一带一路”国家建设…: a place, not the object
    if (m.weak) {
      std::string_view gap = text.substr(from, m.span.begin - from);
      // A perfective (了) or relative (的) particle may stand between.
      for (const auto* particles :
           {&grammar->modifiers().perfective_particles, &grammar->modifiers().relative_particles}) {
        if (const std::string* particle = opening_of(gap, *particles)) gap.remove_prefix(particle->size());
      }
      if (!weak_allowed || !gap.empty()) continue;
    }
    return index;
  }
  return std::nullopt;
}

bool SentenceReading::heads_relative_clause(std::size_t index) const {
  const Mention& head = mentions[index];
  const std::string_view before = text.substr(sentence.begin, head.span.begin - sentence.begin);
  const std::string* of = ending_of(before, grammar->modifiers().relative_particles);
  if (!of) return false;
  const std::size_t particle = head.span.begin - of->size();
  return std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
    return t.span.end <= particle &&
           particle - t.span.end <= std::size_t{3} * 4;  // at most a few characters apart
  });
}

std::optional<std::size_t> SentenceReading::actor_after(std::size_t from,
                                                        const std::vector<graph::NodeType>& types) const {
  for (std::size_t index : arguments) {
    const Mention& m = mentions[index];
    if (m.span.begin < from) continue;
    if (roles[index].adjunct || roles[index].accompanying || m.weak) return std::nullopt;
    // It opens the clause after the adjunct: 在…上，习近平主席….
    if (!opens_clause(clause_of(m.span.begin), m.span.begin)) return std::nullopt;
    return type_in(m.type, types) ? std::optional(index) : std::nullopt;
  }
  return std::nullopt;
}

bool SentenceReading::starts_with_verb(Span clause) const {
  std::size_t at = clause.begin;
  while (const std::string* word =
             grammar->words().clause_openers.opening_of(text.substr(at, clause.end - at))) {
    at += word->size();
  }
  const std::string_view rest = text.substr(at, clause.end - at);
  const FrameGrammar::Words& words = grammar->words();
  return grammar->verb_starts_at(text, at, clause.end) || words.attribution.opening_of(rest) ||
         words.clause_verbs.opening_of(rest) || words.adverbs.opening_of(rest);
}

bool SentenceReading::opens_clause(Span clause, std::size_t at) const {
  std::string_view before = text.substr(clause.begin, at - clause.begin);
  for (bool stripped = true; stripped && !before.empty();) {
    stripped = false;
    if (const std::string* word = grammar->words().clause_openers.opening_of(before)) {
      before.remove_prefix(word->size());
      stripped = true;
      continue;
    }
    std::size_t next = 0;
    const char32_t c = utf8::next(before, next);
    // (A date's separator between digits too: 2015.12, 2024-07-01, 2021/03.)
    const bool separator = (c == U'.' || c == U'-' || c == U'/') && next < before.size() &&
                           utf8::is_ascii_digit(static_cast<unsigned char>(before[next]));
    if (utf8::is_ascii_digit(c) || c == U'年' || c == U'月' || c == U'日' || c == U' ' || separator) {
      before.remove_prefix(next);
      stripped = true;
    }
  }
  return before.empty();
}

SentenceReading::Carried SentenceReading::carried_subject(Span clause,
                                                          const std::vector<graph::NodeType>& types) const {
  for (auto clause_it = clauses.rbegin(); clause_it != clauses.rend(); ++clause_it) {
    const Span& c = *clause_it;
    if (c.begin >= clause.begin) continue;
    // The clause's first verb, and the first name before it that can act.
    std::size_t verb = c.end;
    for (const Trigger& t : triggers) {
      if (t.span.begin >= c.begin && t.span.begin < c.end && grammar->rule(t.rule).frame == Frame::Verb) {
        verb = std::min(verb, t.span.begin);
      }
    }
    for (std::size_t index : arguments) {
      const Mention& m = mentions[index];
      if (m.span.begin < c.begin || m.span.end > verb) continue;
      if (roles[index].adjunct || roles[index].accompanying || roles[index].partnered || m.weak) continue;
      // A subject opens its clause: only dates and connectives (而, 同时) before
      // it. After a verb, the clause left its subject unsaid (宣布《…》): look
      // further back; else its subject is no name (以…为代表的区域组织…): the chain ends.
      if (!opens_clause(c, m.span.begin)) {
        if (starts_with_verb(c)) break;
        return {std::nullopt, true};
      }
      // (The person a title phrase heads: 美国副总统|万斯…，批评欧洲.)
      if (type_in(graph::NodeType::Person, types)) {
        const auto next = std::upper_bound(arguments.begin(), arguments.end(), index);
        if (next != arguments.end() && titles_person(index, *next)) return {*next, false};
      }
      if (type_in(m.type, types)) return {index, false};
      return {std::nullopt, true};  // the clause's subject is no actor of this rule's: the chain ends
    }
  }
  return {};
}

const Mention* SentenceReading::named_before(std::size_t at, const std::vector<graph::NodeType>& types,
                                             unsigned skip) const {
  if (auto named = nearest_left(sentence.begin, at, types, skip)) return &mentions[*named];
  return named_in_paragraph(types);
}

const Mention* SentenceReading::previous_subject() const {
  if (previous_actor) return previous_actor;
  if (earlier_in_paragraph.empty()) return nullptr;
  for (const Mention& m : earlier_in_paragraph.back()) {
    const bool actor = m.type == graph::NodeType::Country || m.type == graph::NodeType::Organization;
    if (actor && !m.nested && !m.weak) return &m;
  }
  return nullptr;
}

const Mention* SentenceReading::unsaid_object(const std::vector<graph::NodeType>& types) const {
  if (const Mention* named = named_in_paragraph(types)) return named;
  // (A paragraph's first sentence that names one of its own means that:
  // 美国拒签，欧盟则签署了《水资源协定》.)
  const bool names_one = std::any_of(mentions.begin(), mentions.end(),
                                     [&](const Mention& m) { return !m.weak && type_in(m.type, types); });
  if (earlier_in_paragraph.empty() && names_one) return nullptr;
  return headword && type_in(headword->type, types) ? headword : nullptr;
}

const Mention* SentenceReading::named_in_paragraph(const std::vector<graph::NodeType>& types) const {
  // A sentence dated on its own states a new fact: the event it leaves unsaid is
  // not from a sentence of another year (2023年…峰会上… 2024年…与会). (A document is
  // acted on in other years than it was named in: 2023年中国签署…。2024年，美国也签了.)
  const bool events = type_in(graph::NodeType::Event, types);
  auto dated_otherwise = [&](const std::vector<Mention>& earlier) {
    if (years.empty() || !events) return false;
    bool dated = false;
    for (const Mention& m : earlier) {
      if (m.type != graph::NodeType::Year || m.nested) continue;
      dated = true;
      for (std::size_t index : years) {
        if (mentions[index].name == m.name) return false;
      }
    }
    return dated;
  };
  // The paragraph's sentences before; for its first, the previous paragraph's
  // last, if the sentence names nothing of the kind itself (中国签了，印度签了).
  const bool names_one = std::any_of(mentions.begin(), mentions.end(),
                                     [&](const Mention& m) { return !m.weak && type_in(m.type, types); });
  const auto before = !earlier_in_paragraph.empty() ? earlier_in_paragraph
                      : names_one                   ? std::span<const std::vector<Mention>>()
                                                    : previous_paragraph_end;
  for (auto sentence = before.rbegin(); sentence != before.rend(); ++sentence) {
    if (dated_otherwise(*sentence)) return nullptr;
    for (auto it = sentence->rbegin(); it != sentence->rend(); ++it) {
      if (!it->nested && !it->weak && type_in(it->type, types)) return &*it;
    }
  }
  return nullptr;
}

bool SentenceReading::in_note_brackets(std::size_t index) const {
  const Mention& m = mentions[index];
  const std::string_view before = text.substr(sentence.begin, m.span.begin - sentence.begin);
  const std::size_t open = before.rfind('(');
  if (open == std::string_view::npos || before.find(')', open) != std::string_view::npos) return false;
  const std::size_t open_at = sentence.begin + open;
  return std::none_of(mentions.begin(), mentions.end(),
                      [&](const Mention& named) { return named.span.end == open_at; });
}

const Mention* SentenceReading::event_in_focus() const {
  const Mention* last = nullptr;
  for (const std::vector<Mention>& earlier : document) {
    for (const Mention& m : earlier) {
      if (m.span.end > sentence.begin) return last;
      if (m.type == graph::NodeType::Event && !m.nested && !m.weak) last = &m;
    }
  }
  return last;
}

template <typename Counts>
const Mention* SentenceReading::most_named_before(Counts counts) const {
  std::unordered_map<std::string_view, std::size_t> times;
  const Mention* most = nullptr;
  std::size_t most_times = 0;
  for (const std::vector<Mention>& earlier : document) {
    for (const Mention& m : earlier) {
      if (m.span.end > sentence.begin) return most;
      if (m.nested || m.weak || !counts(m)) continue;
      if (const std::size_t n = ++times[m.name]; n >= most_times) {
        most = &m;
        most_times = n;
      }
    }
  }
  return most;
}

const Mention* SentenceReading::event_named_with(std::string_view part) const {
  return most_named_before([&](const Mention& m) {
    return m.type == graph::NodeType::Event && text.substr(m.span.end).starts_with(part);
  });
}

const Mention* SentenceReading::text_in_focus(const std::vector<graph::NodeType>& types) const {
  return most_named_before([&](const Mention& m) { return type_in(m.type, types); });
}

const Mention* SentenceReading::unsaid_actor(const std::vector<graph::NodeType>& types) const {
  if (previous_actor && type_in(previous_actor->type, types)) return previous_actor;
  if (topic && type_in(topic->type, types)) return topic;
  return nullptr;
}

std::optional<int> SentenceReading::year_before(std::size_t at) const {
  std::optional<int> year = line_year;
  // The nearest year before `at`: one on its own, or the year an event's
  // name holds, which dates what is done there (二十国集团2016年杭州峰会通过…).
  std::size_t nearest = 0;
  for (const Mention& m : mentions) {
    if (m.type != graph::NodeType::Year || m.span.end > at || m.span.end < nearest) continue;
    if (m.nested && std::none_of(arguments.begin(), arguments.end(), [&](std::size_t index) {
          const Mention& event = mentions[index];
          return event.type == graph::NodeType::Event && event.span.begin <= m.span.begin &&
                 m.span.end <= event.span.end;
        })) {
      continue;
    }
    year = std::stoi(m.name);
    nearest = m.span.end;
  }
  if (nearest == 0 && !line_year && month_date_end(text, sentence.begin, at)) return running_year();
  return year;
}

std::optional<int> SentenceReading::opening_date_year() const {
  const Span first = clause_of(sentence.begin);
  std::optional<int> year;
  std::size_t at = sentence.begin;
  for (std::size_t index : years) {
    const Mention& m = mentions[index];
    if (m.span.begin == sentence.begin && m.span.end <= first.end) {
      year = std::stoi(m.name);
      at = m.span.end;
    }
  }
  if (!year) {
    const auto month_end = month_date_end(text, sentence.begin, first.end);
    if (!month_end) return std::nullopt;
    at = *month_end;
  }
  while (at < first.end) {
    std::size_t next = at;
    if (!continues_date(utf8::next(text, next))) break;
    at = next;
  }
  if (at != first.end || first.end >= sentence.end) return std::nullopt;
  return year ? year : running_year();
}

std::optional<int> SentenceReading::running_year() const {
  for (auto earlier = earlier_in_paragraph.rbegin(); earlier != earlier_in_paragraph.rend(); ++earlier) {
    for (auto m = earlier->rbegin(); m != earlier->rend(); ++m) {
      if (m->type != graph::NodeType::Year || m->nested) continue;
      // 2024年7月 or 同年5月 opening a clause: the year of a month date that
      // dates what follows (not 自2022年10月以来, nor 2030年前).
      const std::string_view before = text.substr(0, m->span.begin);
      const bool opens = before.empty() || before.back() == '\n' || before.back() == ',' ||
                         before.back() == ';' || before.ends_with("。");
      if (!opens) continue;
      std::size_t at = m->span.end;
      if (text.substr(at).starts_with("年")) at += std::string_view("年").size();
      if (month_date_end(text, at, text.size())) return std::stoi(m->name);
    }
  }
  return std::nullopt;
}

void SentenceReading::emit(const Mention& subject, graph::RelationType relation, const Mention& object,
                           std::optional<int> year, const RelationRule& rule, std::string_view trigger) {
  if (subject.type == object.type && subject.name == object.name) return;
  found.push_back({{subject.type, subject.name},
                   relation,
                   {object.type, object.name},
                   year,
                   rule.id,
                   std::string(trigger),
                   span_of(trigger)});
}

void SentenceReading::emit_again(const Mention& subject, const FoundRelation& act, std::string_view trigger) {
  if (subject.type == act.object.type && subject.name == act.object.name) return;
  found.push_back({{subject.type, subject.name},
                   act.relation,
                   act.object,
                   act.year,
                   act.rule,
                   std::string(trigger),
                   span_of(trigger)});
}

void SentenceReading::emit_year(const Mention& dated, int year, const RelationRule& rule,
                                std::string_view trigger) {
  // The year's end made first: GCC 12 took a temporary of it in the braces
  // for one used uninitialized (-Wmaybe-uninitialized at -O3).
  Endpoint year_end{graph::NodeType::Year, std::to_string(year)};
  found.push_back({{dated.type, dated.name},
                   graph::RelationType::InYear,
                   std::move(year_end),
                   std::nullopt,
                   rule.id,
                   std::string(trigger),
                   span_of(trigger)});
}

void SentenceReading::drop(const RelationRule& rule, std::string_view trigger, std::string reason) {
  if (dropped) dropped->push_back({rule.id, std::string(trigger), std::move(reason)});
}

Span SentenceReading::span_of(std::string_view part) const {
  if (part.data() < text.data() || part.data() + part.size() > text.data() + text.size()) return {};
  const auto begin = static_cast<std::size_t>(part.data() - text.data());
  return {begin, begin + part.size()};
}

const std::string* label_word(std::string_view label, const std::vector<std::string>& words) {
  for (std::string_view other : {"非", "未", "拟", "不", "拒绝", "共同", "联署", "下届", "前任"}) {
    if (label.starts_with(other)) return nullptr;
  }
  std::size_t cut = std::min(label.find('/'), label.find('('));
  cut = std::min(cut, label.find("（"));
  label = trim_ascii_space(label.substr(0, cut));
  for (const std::string& word : words) {
    if (!all_ascii(word)) {
      if (label.ends_with(word)) return &word;
    } else if (equal_ignoring_ascii_case(label, word) ||
               (label.size() > word.size() + 4 &&
                equal_ignoring_ascii_case(label.substr(0, word.size()), word) &&
                equal_ignoring_ascii_case(label.substr(word.size(), 5), " and "))) {
      return &word;
    }
  }
  return nullptr;
}

std::optional<Span> line_around(std::string_view text, std::size_t at, std::size_t max_bytes) {
  const std::size_t from = at > max_bytes ? at - max_bytes : 0;
  const std::size_t newline = text.substr(from, at - from).rfind('\n');
  if (newline == std::string_view::npos && from != 0) return std::nullopt;
  const std::size_t begin = newline == std::string_view::npos ? 0 : from + newline + 1;
  const std::size_t end_newline = text.substr(at, max_bytes).find('\n');
  const std::size_t end = end_newline == std::string_view::npos ? text.size() : at + end_newline;
  if (end - begin > max_bytes) return std::nullopt;
  return Span{begin, end};
}

const Mention* first_named_within(const SentenceReading& reading, Span span,
                                  const std::vector<graph::NodeType>& types, std::size_t max_sentences) {
  const std::vector<Mention>* first = reading.document.data();
  const std::vector<Mention>* here = &reading.mentions;
  const std::less<> before;  // (a total order, whatever the pointers)
  if (before(here, first) || !before(here, first + reading.document.size())) return nullptr;
  const Mention* found = nullptr;
  for (std::size_t back = 0; back < max_sentences; ++back, --here) {
    for (const Mention& m : *here) {
      if (inside(m, span) && type_in(m.type, types) && !m.weak && !m.nested &&
          (!found || m.span.begin < found->span.begin))
        found = &m;
    }
    if (here == first || (!here->empty() && here->front().span.begin <= span.begin)) break;
  }
  return found;
}

bool alone_on_line(std::string_view text, Span line, const Mention& named) {
  if (!inside(named, line) || !is_ascii_blank(text.substr(line.begin, named.span.begin - line.begin)))
    return false;
  const std::string_view after = trim_ascii_space(text.substr(named.span.end, line.end - named.span.end));
  return after.empty() ||
         (after.front() == '(' && after.back() == ')' && after.find(')') == after.size() - 1);
}

std::optional<Citation> citation_on_line(std::string_view text, Span line) {
  constexpr std::size_t kMaxAuthorBytes = 200;
  const std::string_view s = text.substr(line.begin, line.end - line.begin);
  for (std::size_t dot = s.find(". "); dot != std::string_view::npos && dot <= kMaxAuthorBytes;
       dot = s.find(". ", dot + 1)) {
    std::size_t at = dot + 2;
    if (at + 4 > s.size() || !std::all_of(s.begin() + static_cast<std::ptrdiff_t>(at),
                                          s.begin() + static_cast<std::ptrdiff_t>(at + 4), is_ascii_digit))
      continue;
    const int year = std::stoi(std::string(s.substr(at, 4)));
    at += 4;
    if (at < s.size() && s[at] >= 'a' && s[at] <= 'z') ++at;  // 2019a
    if (dot == 0 || year < 1900 || year > 2100 || s.substr(at, 2) != ". " || at + 2 >= s.size())
      return std::nullopt;
    return Citation{{line.begin, line.begin + dot}, year, line.begin + at + 2};
  }
  return std::nullopt;
}

const Mention* cited_document(std::string_view text, const Citation& citation,
                              std::span<const Mention> mentions) {
  std::size_t begin = citation.title_begin;
  if (text.substr(begin, 4) == "The ") begin += 4;
  for (const Mention& m : mentions) {
    if (m.span.begin != begin || m.nested || m.weak || m.reference || m.type != graph::NodeType::Initiative)
      continue;
    // The name is the whole title, its number in brackets allowed (Convention on Cybercrime (ETS No. 185).),
    // not the opening of a work's title about it (Convention on Cybercrime faces new test.).
    std::string_view after = text.substr(m.span.end);
    after = after.substr(0, after.find('\n'));
    after = trim_ascii_space(after);
    if (after.starts_with("(")) {
      const std::size_t close = after.find(')');
      if (close == std::string_view::npos) return nullptr;
      after = trim_ascii_space(after.substr(close + 1));
    }
    return after.empty() || after.starts_with(".") ? &m : nullptr;
  }
  return nullptr;
}

std::vector<const Mention*> citing_bodies(std::string_view text, const Citation& citation,
                                          const std::vector<const Mention*>& named) {
  std::vector<const Mention*> bodies;
  std::string rest;
  std::size_t from = citation.authors.begin;
  for (const Mention* m : named) {
    if (m->span.begin < from || m->span.end > citation.authors.end) continue;
    // (A name in a bracket says whose the body is: the United Kingdom of a ministry's (United Kingdom).)
    const std::string_view before =
        text.substr(citation.authors.begin, m->span.begin - citation.authors.begin);
    if (std::count(before.begin(), before.end(), '(') != std::count(before.begin(), before.end(), ')'))
      continue;
    if (m->type != graph::NodeType::Country && m->type != graph::NodeType::Organization) return {};
    bodies.push_back(m);
    rest.append(text.substr(from, m->span.begin - from));
    from = m->span.end;
  }
  rest.append(text.substr(from, citation.authors.end - from));
  if (bodies.empty() || !joins_names_only(rest)) return {};
  return bodies;
}

bool joins_names_only(std::string_view rest) {
  static constexpr std::array<std::string_view, 9> kJoiners = {",",  ";",  "&",  "，", "；",
                                                               "、", "和", "及", "与"};
  std::size_t depth = 0;
  std::string words;
  for (char c : rest) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth == 0) return false;
      --depth;
    } else if (depth == 0) {
      words += c;
    }
  }
  if (depth != 0) return false;
  std::string_view left = words;
  while (!left.empty()) {
    left = trim_ascii_space(left);
    if (left.empty()) break;
    const auto joiner = std::find_if(kJoiners.begin(), kJoiners.end(),
                                     [&](std::string_view j) { return left.starts_with(j); });
    if (joiner != kJoiners.end()) {
      left.remove_prefix(joiner->size());
    } else if (left.starts_with("and ") || left == "and") {
      left.remove_prefix(3);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace kg::extract
