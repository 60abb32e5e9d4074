// The title frame: ORGANIZATION TITLE PERSON (肯尼亚总统鲁托 -> 鲁托 LEADS 肯尼亚),
// the title sharing the body's last character (外交部|长王毅: 部长), and
// PERSON APPOINTED-TO ORGANIZATION TITLE (梅巴尔基担任特设委员会主席), and
// TITLE PERSON with no body named, the body the gazetteer knows the person
// heads where the document names it (国家主席习近平 -> 中国).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extract/frames/reading.h"
#include "extract/word_list.h"

namespace kg::extract {
namespace {

// Whether `body` names the body a title at `title` is of: right before it,
// its abbreviation in brackets between (全球移动通信系统协会（GSMA）首席执行官),
// or ending on the title's first character (外交部 and 部长 in 外交部长).
bool titles(std::string_view text, const Mention& body, Span title) {
  if (body.span.end < title.begin) {
    const std::string_view between = text.substr(body.span.end, title.begin - body.span.end);
    for (const auto& [open, close] : {std::pair{"（", "）"}, std::pair{"(", ")"}}) {
      if (between.starts_with(open) && between.ends_with(close) &&
          between.find(open, 1) == std::string_view::npos &&
          between.find(close) == between.size() - std::string_view(close).size())
        return true;
    }
  }
  return body.span.end == title.begin ||
         (body.span.begin < title.begin && body.span.end > title.begin && body.span.end < title.end);
}

// The person a list's line names before their post, only spaces or a comma
// between, nothing but a label before the name: 任贤良　世界互联网大会秘书长;
// 嘉宾：迪尔玛·罗塞夫，新开发银行行长.
const Mention* posted_person(const SentenceReading& reading, const RelationRule& rule, std::size_t post) {
  const auto person = reading.nearest_left(reading.sentence.begin, post, rule.subject_types);
  if (!person) return nullptr;
  const Mention& p = reading.mention(*person);
  const std::string_view gap = reading.text.substr(p.span.end, post - p.span.end);
  static const std::vector<std::string> kSeparators = {" ", "\t", "\u3000", ",", "，"};
  if (gap.empty() || !only_words(gap, kSeparators)) return nullptr;
  std::string_view label = reading.text.substr(reading.sentence.begin, p.span.begin - reading.sentence.begin);
  while (label.ends_with(" ") || label.ends_with("\u3000")) label.remove_suffix(label.ends_with(" ") ? 1 : 3);
  return label.empty() || label.ends_with(":") || label.ends_with("：") ? &p : nullptr;
}

// Marks and joiners that end a post's words: a person after them holds no post named before
// (理事会主席、秘书长和总干事王伟: 王伟 is the director-general only). Normalized text has ASCII's
// comma, semicolon and colon for the full-width ones; 及 covers 以及.
constexpr std::array<std::string_view, 8> kClauseMarks = {"、", ",", "。", ";", ":", "和", "及", "与"};
// Posts that are a state's own head: listed after another body's title, they are another person's
// (联合国秘书长、法国总统马克龙).
constexpr std::array<std::string_view, 7> kHeadsOfState = {"总统", "总理", "首相",    "国王",
                                                           "女王", "元首", "国家主席"};

// The holder named after a title, in the passive, the appointment's verb
// ending the clause: 国家网信办主任|由庄荣文担任 (not 由庄荣文担任的说法, a noun's);
// or after a copula, the person's post allowed before the name, the name
// ending the clause: 工作组主席|是新加坡常驻联合国代表布尔汉·加福尔.
const Mention* holder_after_title(const FrameGrammar& grammar, const SentenceReading& reading,
                                  const RelationRule& rule, std::size_t title_end, std::size_t clause_end) {
  constexpr std::string_view kAgentMarker = "由";
  constexpr std::array<std::string_view, 2> kCopulas = {"是", "为"};
  constexpr std::size_t kMaxPostBytes = 60;
  // (为 of 为此, 为首, 为期 is no copula: 主席为此会见了X.)
  constexpr std::array<std::string_view, 6> kNotCopula = {"为此", "为首", "为期", "为止", "为了", "为主"};
  for (std::string_view copula : kCopulas) {
    const std::string_view after = reading.text.substr(title_end);
    if (!after.starts_with(copula) || std::any_of(kNotCopula.begin(), kNotCopula.end(),
                                                  [&](std::string_view w) { return after.starts_with(w); }))
      continue;
    const std::size_t post = title_end + copula.size();
    for (std::size_t p : reading.arguments) {
      const Mention& holder = reading.mention(p);
      if (holder.span.begin < post || holder.span.end > clause_end ||
          holder.span.begin - post > kMaxPostBytes || holder.type != graph::NodeType::Person ||
          !type_in(holder.type, rule.subject_types))
        continue;
      const std::string_view between = reading.text.substr(post, holder.span.begin - post);
      const bool posted = between.empty() || (ending_of(between, grammar.pack().patterns.person_titles) &&
                                              between.find("副") == std::string_view::npos);
      const std::string_view rest =
          trim_ascii_space(reading.text.substr(holder.span.end, clause_end - holder.span.end));
      const bool ends_clause = rest.empty() || rest == "。" || rest == "." || rest == "；" || rest == ";";
      return posted && ends_clause ? &holder : nullptr;
    }
    return nullptr;
  }
  if (!reading.text.substr(title_end).starts_with(kAgentMarker)) return nullptr;
  const std::size_t holder_at = title_end + kAgentMarker.size();
  for (std::size_t p : reading.arguments) {
    const Mention& holder = reading.mention(p);
    if (holder.span.begin != holder_at || !type_in(holder.type, rule.subject_types)) continue;
    const std::string_view rest = reading.text.substr(holder.span.end, clause_end - holder.span.end);
    const std::string* verb = opening_of(rest, grammar.modifiers().appointments);
    if (verb && !rest.substr(verb->size()).starts_with("的")) return &holder;
  }
  return nullptr;
}

// Whether the text [from, to), between a person and the verb of their
// appointment, is only when, where and by how many votes, in that order and
// nothing left over: 2014年|在韩国釜山 (a state, then a city's few characters),
// 在粮农组织大会上|以108票, 于2019年. Not a negation or a hope (2014年未能当选, 有望
// 当选), nor another verb's clause (在大会上祝贺…当选).
bool adjunct_only(const FrameGrammar& grammar, const SentenceReading& reading, std::size_t from,
                  std::size_t to) {
  constexpr std::size_t kMaxVenueBytes = 45;  // 在…上: 15 characters
  constexpr std::size_t kMaxCityBytes = 12;   // after the state: 4 characters
  constexpr std::size_t kMaxVotesBytes = 12;  // 以…票
  constexpr std::array<std::string_view, 3> kDateUnits = {"年", "月", "日"};
  std::string_view gap = reading.text.substr(from, to - from);
  if (gap.empty()) return false;
  // When: 2014年, 2019年6月.
  while (!gap.empty() && is_ascii_digit(gap.front())) {
    while (!gap.empty() && is_ascii_digit(gap.front())) gap.remove_prefix(1);
    const auto unit = std::find_if(kDateUnits.begin(), kDateUnits.end(),
                                   [&](std::string_view u) { return gap.starts_with(u); });
    if (unit == kDateUnits.end()) return false;
    gap.remove_prefix(unit->size());
  }
  // Where: at a meeting (在…上), or in a state and its city (在韩国釜山).
  if (const std::string* opener = opening_of(gap, grammar.modifiers().venue_openers)) {
    const std::size_t at = to - gap.size() + opener->size();
    gap.remove_prefix(opener->size());
    constexpr std::string_view kOn = "上";
    if (const std::size_t on = gap.find(kOn);
        on != std::string_view::npos && on + kOn.size() <= kMaxVenueBytes) {
      gap.remove_prefix(on + kOn.size());
    } else {
      const auto state = std::find_if(reading.arguments.begin(), reading.arguments.end(), [&](std::size_t m) {
        return reading.mention(m).span.begin == at && reading.mention(m).type == graph::NodeType::Country;
      });
      if (state == reading.arguments.end()) return false;
      const std::size_t city = reading.mention(*state).span.end;
      if (city > to || to - city > kMaxCityBytes) return false;
      gap = gap.substr(gap.size() - (to - city));
      // (A few characters of city, none a negation or a hope: 在智利圣地亚哥|未能, 在韩国釜山|有望.)
      for (const std::string& word : grammar.modifiers().negations) {
        if (gap.find(word) != std::string_view::npos) return false;
      }
      for (const std::string& word : grammar.modifiers().modal) {
        if (gap.find(word) != std::string_view::npos) return false;
      }
      gap = {};
    }
  }
  // By how many votes: 以108票.
  constexpr std::string_view kBy = "以";
  constexpr std::string_view kVotes = "票";
  if (gap.starts_with(kBy)) {
    const std::size_t votes = gap.find(kVotes);
    if (votes == std::string_view::npos || votes > kMaxVotesBytes) return false;
    gap.remove_prefix(votes + kVotes.size());
  }
  return gap.empty();
}

// The body a meeting in the gap [from, to) is of, or one the gap names:
// 在粮农组织大会上 elects to the 粮农组织.
const Mention* body_in_gap(const SentenceReading& reading, std::size_t from, std::size_t to) {
  const std::vector<graph::NodeType> bodies = {graph::NodeType::Organization};
  for (std::size_t m : reading.arguments) {
    const Mention& named = reading.mention(m);
    if (named.span.begin < from || named.span.end > to) continue;
    if (named.type == graph::NodeType::Organization) return &named;
    if (const Mention* body = reading.convening_body(named, bodies)) return body;
  }
  return nullptr;
}

}  // namespace

void read_title(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const std::string_view word = reading.word(trigger);
  std::size_t after = trigger.span.end;
  if (reading.text.substr(after, 1) == ":") ++after;
  // (Spaces may part the title from the name, as a signature block's columns do: 教育部部长　怀进鹏; the
  // normalized text has NFKC's plain space for the ideographic one.)
  while (after < reading.text.size() && (reading.text[after] == ' ' || reading.text[after] == '\t')) ++after;
  // Another post of the person's may stand between, after an enumeration comma (工作组主席、新加坡常驻
  // 联合国代表布尔汉·加福尔), not a deputy's (主席、副主席X is the deputy).
  std::size_t person_at = after;
  if (constexpr std::string_view kMark = "、"; reading.text.substr(after).starts_with(kMark)) {
    constexpr std::size_t kMaxPostBytes = 60;
    const std::size_t post = after + kMark.size();
    for (std::size_t person : reading.arguments) {
      const Mention& p = reading.mention(person);
      if (p.span.begin <= post || p.span.begin - post > kMaxPostBytes || !type_in(p.type, rule.subject_types))
        continue;
      const std::string_view between = reading.text.substr(post, p.span.begin - post);
      const bool head_of_state = std::any_of(kHeadsOfState.begin(), kHeadsOfState.end(),
                                             [&](std::string_view head) { return between.ends_with(head); });
      if (ending_of(between, grammar.pack().patterns.person_titles) && !head_of_state &&
          between.find("副") == std::string_view::npos &&
          std::none_of(kClauseMarks.begin(), kClauseMarks.end(),
                       [&](std::string_view mark) { return between.find(mark) != std::string_view::npos; }))
        person_at = p.span.begin;
      break;
    }
  }
  bool named_after = false;
  for (std::size_t person : reading.arguments) {
    const Mention& p = reading.mention(person);
    if (p.span.begin != person_at || !type_in(p.type, rule.subject_types)) continue;
    named_after = true;
    bool body_named = false;
    for (std::size_t body : reading.arguments) {
      const Mention& b = reading.mention(body);
      if (titles(reading.text, b, trigger.span) && type_in(b.type, rule.object_types)) {
        reading.emit(p, rule.relation, b, std::nullopt, rule, word);
        body_named = true;
      }
    }
    // No body named: the one the gazetteer knows the person heads (国家主席习近平), not a deputy's.
    if (body_named ||
        ending_of(reading.text.substr(reading.sentence.begin, trigger.span.begin - reading.sentence.begin),
                  grammar.modifiers().deputies))
      continue;
    if (const Mention* holder = reading.implied_holder(p, rule.object_types))
      reading.emit(p, rule.relation, *holder, std::nullopt, rule, word);
  }
  if (named_after) return;
  // The title opening its clause, its holder after 由 and the appointing verb ending it:
  // 海港委员会，主席由巴西 外交官X担任 — the body that ends the clause right before, in the same sentence.
  // (副主席 opens no clause with the title: a deputy leads nothing.)
  if (const Span clause = reading.clause_of(trigger.span.begin);
      type_in(graph::NodeType::Organization, rule.object_types) && clause.begin == trigger.span.begin &&
      trigger.span.end < clause.end) {
    std::string_view rest = reading.text.substr(trigger.span.end, clause.end - trigger.span.end);
    for (std::size_t end = rest.size(), at = end; end > 0; end = at) {  // (past the clause's end mark)
      if (utf8::is_han(utf8::previous(rest, at))) break;
      rest = rest.substr(0, at);
    }
    const std::string* marker = opening_of(rest, grammar.modifiers().passive_markers);
    const std::string* verb = marker ? ending_of(rest, grammar.modifiers().appointments) : nullptr;
    if (verb && rest.size() > marker->size() + verb->size()) {
      const std::size_t verb_begin = trigger.span.end + rest.size() - verb->size();
      const auto person = reading.nearest_left(trigger.span.end, verb_begin, rule.subject_types);
      // (The body opens the clause before, or ends it: 海港委员会成立于2019年，主席…;
      // 那一届海港委员会，主席….)
      const Span before = reading.clause_of(clause.begin - 1);
      for (std::size_t index : reading.arguments) {
        const Mention& body = reading.mention(index);
        if (body.type != graph::NodeType::Organization || body.span.begin < before.begin ||
            body.span.end > clause.begin ||
            (body.span.begin != before.begin &&
             reading.text.substr(body.span.end, clause.begin - body.span.end) != ","))
          continue;
        if (person && reading.mention(*person).span.end == verb_begin)
          reading.emit(reading.mention(*person), rule.relation, body, std::nullopt, rule, word);
        return;
      }
    }
  }
  // No name after the title: the person appointed to it, before the verb.
  bool body_named = false;
  for (std::size_t body : reading.arguments) {
    const Mention& b = reading.mention(body);
    if (!titles(reading.text, b, trigger.span) || !type_in(b.type, rule.object_types)) continue;
    body_named = true;
    const Span clause = reading.clause_of(b.span.begin);
    // (A year may stand between: 俄方担任|2024年|金砖国家主席国.)
    std::size_t before_body = b.span.begin;
    for (std::size_t year : reading.years) {
      if (reading.mention(year).span.end == before_body) before_body = reading.mention(year).span.begin;
    }
    const std::string* verb = ending_of(reading.text.substr(clause.begin, before_body - clause.begin),
                                        grammar.modifiers().appointments);
    if (!verb) {
      // (The body's dates in brackets may stand between: 该工作组（2021—2025年）主席是….)
      const std::string_view gap =
          reading.text.substr(b.span.end, trigger.span.begin - std::min(b.span.end, trigger.span.begin));
      if (b.span.end <= trigger.span.begin &&
          (gap.empty() || ((gap.starts_with("(") || gap.starts_with("（")) &&
                           (gap.ends_with(")") || gap.ends_with("）")) && gap.size() <= 40))) {
        if (const Mention* holder = holder_after_title(grammar, reading, rule, trigger.span.end, clause.end))
          reading.emit(*holder, rule.relation, b, std::nullopt, rule, word);
      }
      if (const Mention* person = posted_person(reading, rule, before_body))
        reading.emit(*person, rule.relation, b, std::nullopt, rule, word);
      continue;
    }
    if (auto person = reading.nearest_left(clause.begin, before_body - verb->size(), rule.subject_types)) {
      reading.emit(reading.mention(*person), rule.relation, b, std::nullopt, rule, word);
    }
  }
  if (body_named) return;
  // The title alone after the verb: the body is the one the sentence (or the
  // paragraph) is about — 工作组由瑞士大使劳贝尔担任主席; 小组…。盖茨、马云任联合主席.
  const Span clause = reading.clause_of(trigger.span.begin);
  std::string_view before = reading.text.substr(clause.begin, trigger.span.begin - clause.begin);
  // (Which holder of the post the person is may stand before it: 林书远任|首任|院长.)
  if (const std::string* which = ending_of(before, grammar.pack().patterns.post_ordinals))
    before.remove_suffix(which->size());
  if (const std::string* adverb = grammar.words().adverbs.ending_of(before))
    before.remove_suffix(adverb->size());  // 共同, 联合
  const std::string* verb = ending_of(before, grammar.modifiers().appointments);
  if (!verb) return;
  before.remove_suffix(verb->size());
  std::size_t verb_begin = clause.begin + before.size();
  auto last = reading.nearest_left(clause.begin, verb_begin, rule.subject_types);
  // (An adverb may stand between the persons and the verb: 由盖茨和马云|共同|担任主席; not
  // where a name ends with the adverb's character: 李均担任主席.)
  if (const std::string* adverb = grammar.words().adverbs.ending_of(before);
      adverb && !(last && reading.mention(*last).span.end == verb_begin)) {
    verb_begin -= adverb->size();
    before.remove_suffix(adverb->size());
    last = reading.nearest_left(clause.begin, verb_begin, rule.subject_types);
  }
  // So may the person's own title after the name: 由瑞士的劳贝尔|大使|担任主席.
  if (const std::string* own_title = ending_of(before, grammar.pack().patterns.titles_after_name);
      own_title && !(last && reading.mention(*last).span.end == verb_begin)) {
    verb_begin -= own_title->size();
    last = reading.nearest_left(clause.begin, verb_begin, rule.subject_types);
  }
  // So may a person's election's time, place and count of votes: 赵厚麟|2014年在韩国釜山|当选秘书长;
  // 屈冬玉|在 粮农组织大会上以108票|当选总干事. (Not a state's: 日本在2023年担任主席国期间, the body it
  // chairs unsaid.)
  const Mention* gap_body = nullptr;
  if (last && reading.mention(*last).span.end < verb_begin) {
    if (reading.mention(*last).type != graph::NodeType::Person ||
        !adjunct_only(grammar, reading, reading.mention(*last).span.end, verb_begin))
      return;
    gap_body = body_in_gap(reading, reading.mention(*last).span.end, verb_begin);
  }
  if (!last) return;
  const std::vector<std::size_t> persons =
      reading.list_to(*last, rule.subject_types, grammar.modifiers().coordinators, clause.begin);
  std::size_t first_person = reading.mention(*last).span.begin;
  for (std::size_t p : persons) first_person = std::min(first_person, reading.mention(p).span.begin);
  // (A body, not a country: in 由瑞士大使劳贝尔担任主席 瑞士 is his. Nor one
  // that describes the persons after 由: 由新加坡常驻联合国代表X担任主席.)
  if (!type_in(graph::NodeType::Organization, rule.object_types)) return;
  const std::string_view described = reading.text.substr(clause.begin, first_person - clause.begin);
  std::size_t agent = std::string_view::npos;  // the last passive marker before the persons
  for (const std::string& marker : grammar.modifiers().passive_markers) {
    if (const std::size_t at = described.rfind(marker); at != std::string_view::npos)
      agent = agent == std::string_view::npos ? at : std::max(agent, at);
  }
  if (agent != std::string_view::npos) first_person = clause.begin + agent;
  // (The body whose meeting elected the person, if the gap names one: 在粮农组织大会上以108票当选.)
  const Mention* body =
      gap_body ? gap_body : reading.named_before(first_person, {graph::NodeType::Organization}, kSkipAdjunct);
  if (!body) return;
  // A topic before 由 is the body chaired: the one ending it (海港委员会由X担任主席), or one named before
  // whose name ends with it (工作组由X担任主席: the 开放式工作组); 特设委员会由X担任主席 chairs no 欧盟委员会
  // an earlier sentence named, 欧盟委员会下设的专家组由X担任主席 not the 欧盟委员会.
  if (agent != std::string_view::npos && agent > 0) {
    std::string_view topic = described.substr(0, agent);
    while (const std::string* adverb = grammar.words().adverbs.ending_of(topic))  // 工作组|目前|由
      topic.remove_suffix(adverb->size());
    if (topic.ends_with(")") && topic.rfind('(') != std::string_view::npos)  // 工作组|(WG)|由
      topic = topic.substr(0, topic.rfind('('));
    const std::size_t topic_end = clause.begin + topic.size();
    if (const std::string* determiner = grammar.words().determiners.opening_of(topic))  // 该|工作组
      topic.remove_prefix(determiner->size());
    if (body->span.end != topic_end && (topic.empty() || !body->name.ends_with(topic))) return;
  }
  for (std::size_t p : persons)
    reading.emit(reading.mention(p), rule.relation, *body, std::nullopt, rule, reading.word(trigger));
}

}  // namespace kg::extract
