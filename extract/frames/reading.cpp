// One sentence being read (SentenceReading): its clauses and mentions, the
// arguments frames choose from, and the relations they found.
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

bool dates_its_object(graph::RelationType relation) {
  using R = graph::RelationType;
  return relation == R::Proposed || relation == R::Issued || relation == R::Adopted ||
         relation == R::Signed || relation == R::Hosted || relation == R::InYear;
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

}  // namespace kg::extract