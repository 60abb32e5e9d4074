// Relation extraction: each trigger read in its rule's frame over the
// sentence's top-level mentions.
#include "extract/relation_extractor.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <tuple>

#include "extract/utf8.h"

namespace kg::extract {
namespace {

bool type_in(graph::NodeType type, const std::vector<graph::NodeType>& types) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

// The last bytes first: word lists are tried in turn at every candidate, and
// most fail there without a call to memcmp.
bool ends_with(std::string_view text, std::string_view word) {
  return text.size() >= word.size() && (word.empty() || text.back() == word.back()) &&
         text.substr(text.size() - word.size()) == word;
}

bool dates_its_object(graph::RelationType relation) {
  using R = graph::RelationType;
  return relation == R::Proposed || relation == R::Issued || relation == R::Adopted || relation == R::Signed ||
         relation == R::Hosted || relation == R::InYear;
}

Endpoint endpoint_of(const Mention& mention) { return {mention.type, mention.name}; }

// Whether spans of a sentence lie between “ and ” or 《 and 》: the marks are
// found once per sentence, not searched for again around every trigger.
class QuotedSpans {
 public:
  QuotedSpans(std::string_view text, Span sentence) {
    const std::string_view body = text.substr(sentence.begin, sentence.end - sentence.begin);
    for (std::size_t kind = 0; kind < 2; ++kind) {
      const auto [open, close] = kMarks[kind];
      for (std::size_t at = body.find(open); at != std::string_view::npos; at = body.find(open, at + open.size())) {
        marks_[kind].opens.push_back(sentence.begin + at);
      }
      for (std::size_t at = body.find(close); at != std::string_view::npos; at = body.find(close, at + close.size())) {
        marks_[kind].closes.push_back(sentence.begin + at);
      }
    }
  }

  // An opening mark before the span with no closing one after it, and a
  // closing mark after the span.
  bool contains(Span span) const {
    for (std::size_t kind = 0; kind < 2; ++kind) {
      const Marks& marks = marks_[kind];
      const std::size_t width = kMarks[kind].first.size();  // both marks are 3 bytes
      const auto last_open = last_ending_by(marks.opens, span.begin, width);
      if (!last_open) continue;
      const auto last_close = last_ending_by(marks.closes, span.begin, width);
      if (last_close && *last_close > *last_open) continue;
      if (!marks.closes.empty() && marks.closes.back() >= span.end) return true;
    }
    return false;
  }

 private:
  static constexpr std::pair<std::string_view, std::string_view> kMarks[2] = {{"“", "”"}, {"《", "》"}};
  struct Marks {
    std::vector<std::size_t> opens;   // byte offsets in the text, ascending
    std::vector<std::size_t> closes;
  };
  // The last mark that ends by `end`.
  static std::optional<std::size_t> last_ending_by(const std::vector<std::size_t>& marks, std::size_t end,
                                                   std::size_t width) {
    auto it = std::upper_bound(marks.begin(), marks.end(), end, [&](std::size_t e, std::size_t at) { return e < at + width; });
    if (it == marks.begin()) return std::nullopt;
    return *std::prev(it);
  }
  Marks marks_[2];
};

// Rules that name what they act on, so a bare quoted phrase right after
// their trigger is a name: 发起“中文联盟”, 签署“…”.
bool names_its_object(graph::RelationType relation) {
  using R = graph::RelationType;
  return relation == R::Proposed || relation == R::Issued || relation == R::Adopted || relation == R::Signed ||
         relation == R::Rejected || relation == R::InYear;
}

}  // namespace

// What one sentence's extraction works on.
struct RelationExtractor::Context {
  std::string_view text;
  Span sentence;
  const std::vector<Span>& clauses;
  std::vector<Mention>& mentions;
  std::vector<std::size_t> arguments;  // top-level, non-year mentions, by position
  std::vector<std::size_t> years;      // top-level year mentions
  const Mention* topic;
  std::vector<FoundRelation> found;
  std::vector<DroppedRelation>* dropped;
  // Mentions a partner verb took as its object (中国联合|法国…举办): they are
  // not the subject of the verbs that follow.
  std::vector<bool> partnered = std::vector<bool>(mentions.size(), false);
  // Mentions right after 与/同/跟: partners in their own clause, never the
  // actor a later clause carries over.
  std::vector<bool> accompanying = std::vector<bool>(mentions.size(), false);

  Span clause_of(std::size_t at) const {
    for (const Span& clause : clauses) {
      if (at >= clause.begin && at < clause.end) return clause;
    }
    return sentence;
  }

  const Mention& mention(std::size_t index) const { return mentions[index]; }

  // Only coordinators (、 和 及 以及 与) or nothing between two positions.
  bool coordinated(std::size_t from, std::size_t to, const std::vector<std::string>& coordinators) const {
    if (from > to) return false;
    std::string_view between = text.substr(from, to - from);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    if (between.empty()) return true;
    return std::find(coordinators.begin(), coordinators.end(), between) != coordinators.end();
  }

  // Arguments of the allowed types starting at `first` and continuing through
  // a coordinated list rightwards: 发布《A》《B》, 与巴西、厄瓜多尔等国.
  std::vector<std::size_t> list_from(std::size_t first, const std::vector<graph::NodeType>& types,
                                     const std::vector<std::string>& coordinators, std::size_t limit) const {
    std::vector<std::size_t> list{first};
    auto it = std::find(arguments.begin(), arguments.end(), first);
    std::size_t last = first;
    for (++it; it != arguments.end(); ++it) {
      const Mention& next = mentions[*it];
      if (next.span.begin >= limit) break;
      if (next.span.begin == mentions[last].span.begin) {  // a contraction's other member
        if (type_in(next.type, types)) list.push_back(*it);
        continue;
      }
      if (!coordinated(mentions[last].span.end, next.span.begin, coordinators)) break;
      if (type_in(next.type, types) && !next.weak) list.push_back(*it);
      last = *it;
    }
    return list;
  }

  // The list ending at `last`, leftwards: 巴西、印度等金砖国家.
  std::vector<std::size_t> list_to(std::size_t last, const std::vector<graph::NodeType>& types,
                                   const std::vector<std::string>& coordinators, std::size_t limit) const {
    std::vector<std::size_t> list{last};
    auto it = std::find(arguments.rbegin(), arguments.rend(), last);
    std::size_t first = last;
    for (++it; it != arguments.rend(); ++it) {
      const Mention& previous = mentions[*it];
      if (previous.span.end <= limit && previous.span.begin < limit) break;
      if (previous.span.begin == mentions[first].span.begin) {
        if (type_in(previous.type, types)) list.push_back(*it);
        continue;
      }
      if (!coordinated(previous.span.end, mentions[first].span.begin, coordinators)) break;
      if (type_in(previous.type, types)) list.push_back(*it);
      first = *it;
    }
    return list;
  }

  // The nearest argument of an allowed type ending in [from, to).
  std::optional<std::size_t> nearest_left(std::size_t from, std::size_t to,
                                          const std::vector<graph::NodeType>& types,
                                          bool skip_partnered = false, bool skip_accompanying = false) const {
    for (auto it = arguments.rbegin(); it != arguments.rend(); ++it) {
      const Mention& m = mentions[*it];
      if (skip_partnered && partnered[*it]) continue;
      if (skip_accompanying && accompanying[*it]) continue;
      if (m.span.end <= to && m.span.begin >= from && type_in(m.type, types) && !m.weak) return *it;
    }
    return std::nullopt;
  }

  // The first argument of an allowed type starting in [from, to). A weak
  // mention (a bare quoted phrase) counts only right at `from`, and only
  // where `weak_allowed`.
  std::optional<std::size_t> nearest_right(std::size_t from, std::size_t to,
                                           const std::vector<graph::NodeType>& types,
                                           bool weak_allowed = false) const {
    for (std::size_t index : arguments) {
      const Mention& m = mentions[index];
      if (m.span.begin < from || m.span.end > to || !type_in(m.type, types)) continue;
      if (m.weak) {
        std::string_view gap = text.substr(from, m.span.begin - from);
        for (std::string_view particle : {"了", "的"}) {
          if (gap.substr(0, particle.size()) == particle) gap.remove_prefix(particle.size());
        }
        if (!weak_allowed || !gap.empty()) continue;
      }
      return index;
    }
    return std::nullopt;
  }

  // The year governing a trigger: the nearest year before it in the sentence.
  std::optional<int> year_before(std::size_t at) const {
    std::optional<int> year;
    for (std::size_t index : years) {
      if (mentions[index].span.end <= at) year = std::stoi(mentions[index].name);
    }
    return year;
  }

  void emit(const Mention& subject, graph::RelationType relation, const Mention& object,
            std::optional<int> year, const RelationRule& rule, std::string_view trigger) {
    if (subject.type == object.type && subject.name == object.name) return;
    found.push_back({endpoint_of(subject), relation, endpoint_of(object), year, rule.id, std::string(trigger),
                     span_of(trigger)});
  }

  void emit_year(const Mention& dated, int year, const RelationRule& rule, std::string_view trigger) {
    found.push_back({endpoint_of(dated), graph::RelationType::InYear,
                     {graph::NodeType::Year, std::to_string(year)}, std::nullopt, rule.id, std::string(trigger),
                     span_of(trigger)});
  }

  // The span of a view into `text`; empty for text from elsewhere (a name).
  Span span_of(std::string_view part) const {
    if (part.data() < text.data() || part.data() + part.size() > text.data() + text.size()) return {};
    const auto begin = static_cast<std::size_t>(part.data() - text.data());
    return {begin, begin + part.size()};
  }

  void drop(const RelationRule& rule, std::string_view trigger, std::string reason) {
    if (dropped) dropped->push_back({rule.id, std::string(trigger), std::move(reason)});
  }
};

RelationExtractor::RelationExtractor(const RulePack& pack) : pack_(pack) {
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    if (pack.relations[i].frame == Frame::Pair) continue;  // pair triggers are read inside names
    for (const std::string& trigger : pack.relations[i].triggers) {
      triggers_.add(trigger, static_cast<std::uint32_t>(i));
    }
  }
  triggers_.build();
  // Adverbs that may stand between a negation or modal and its verb.
  adverbs_ = {"积极", "共同", "正式", "首次", "率先", "已", "均", "都", "也", "还", "再", "曾", "仍", "一致", "联合", "进一步"};
}

std::vector<RelationExtractor::Trigger> RelationExtractor::find_triggers(
    std::string_view text, Span sentence, const std::vector<Mention>& mentions) const {
  thread_local std::vector<PhraseMatcher::Match> matches;  // refilled per sentence, kept per thread
  matches.clear();
  triggers_.find_all(text.substr(sentence.begin, sentence.end - sentence.begin), matches);
  std::vector<Trigger> out;
  if (matches.empty()) return out;
  const QuotedSpans quoted(text, sentence);
  std::size_t covered_until = 0;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const Span span{sentence.begin + matches[i].begin, sentence.begin + matches[i].end};
    // A trigger inside a name is part of the name: 合作 in 上海合作组织; and
    // inside quotes or a title it is quoted, not stated: “倡议引领”.
    const bool inside_name = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return span.begin >= m.span.begin && span.end <= m.span.end;
    });
    if (inside_name || quoted.contains(span)) continue;
    // After a determiner or 的 the word is a noun: 该倡议, 提出的倡议.
    const std::string_view before = text.substr(sentence.begin, span.begin - sentence.begin);
    const bool nominal = std::any_of(pack_.modifiers.determiners.begin(), pack_.modifiers.determiners.end(),
                                     [&](const std::string& d) { return ends_with(before, d); });
    if (nominal && pack_.relations[matches[i].value].frame == Frame::Verb) continue;
    // The same word may trigger several rules (携手: partner and verb).
    const bool same_span_as_previous = !out.empty() && out.back().span == span;
    // A trigger inside a longer one is that one: 通过 in 协商一致通过.
    if (!same_span_as_previous && span.begin < covered_until) continue;
    out.push_back({span, matches[i].value});
    covered_until = std::max(covered_until, span.end);
  }
  return out;
}

bool RelationExtractor::said_between(const Context& context, std::size_t from, std::size_t to) const {
  const std::string_view between = context.text.substr(from, to > from ? to - from : 0);
  return std::any_of(pack_.modifiers.attribution.begin(), pack_.modifiers.attribution.end(),
                     [&](const std::string& verb) { return between.find(verb) != std::string_view::npos; });
}

// A mention that only qualifies the noun after it (法国相关博物馆, 日本、英国
// 等国教育机构) is not itself what the verb acts on or with.
bool RelationExtractor::is_modifier(std::string_view text, Span clause, const Mention& mention) const {
  std::size_t at = mention.span.end;
  for (std::string_view skip : {"等国家", "等国", "等"}) {
    if (text.substr(at, skip.size()) == skip) {
      at += skip.size();
      break;
    }
  }
  if (at >= clause.end) return false;
  const std::string_view rest = text.substr(at, clause.end - at);
  if (!utf8::is_han(utf8::at(rest, 0))) return false;
  const PatternRules& p = pack_.patterns;
  auto starts = [&](const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return rest.substr(0, w.size()) == w; });
  };
  if (starts(p.name_stop_characters) || starts(p.name_stop_words) || starts(p.postpositions) ||
      starts(pack_.modifiers.partner_markers) || starts(pack_.modifiers.coordinators)) {
    return false;
  }
  if (triggers_.starts_at(rest, 0, 24)) return false;
  // A head noun that is the actor itself: 中国政府, 美方, 两国, 双方.
  for (std::string_view head : {"政府", "方面", "官方", "两国", "双方", "三国", "各方", "国家", "地区", "人民", "共同"}) {
    if (rest.substr(0, head.size()) == head) return false;
  }
  return true;
}

bool RelationExtractor::preceded_by(std::string_view text, std::size_t clause_begin, std::size_t at,
                                    const std::vector<std::string>& words) const {
  std::string_view before = text.substr(clause_begin, at - clause_begin);
  for (int skipped = 0; skipped < 3; ++skipped) {
    for (const std::string& word : words) {
      if (ends_with(before, word)) return true;
    }
    auto adverb = std::find_if(adverbs_.begin(), adverbs_.end(), [&](const std::string& a) { return ends_with(before, a); });
    if (adverb == adverbs_.end()) return false;
    before.remove_suffix(adverb->size());
  }
  return false;
}

std::vector<FoundRelation> RelationExtractor::extract(std::string_view text, Span sentence,
                                                      const std::vector<Span>& clauses,
                                                      std::vector<Mention>& mentions, const Mention* topic,
                                                      std::vector<DroppedRelation>* dropped) const {
  Context context{text, sentence, clauses, mentions, {}, {}, topic, {}, dropped};
  context.arguments.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].nested) continue;
    // 与/同/跟 X: X is someone's partner, never the actor a later clause carries over.
    const std::string_view before = text.substr(sentence.begin, mentions[i].span.begin - sentence.begin);
    for (std::string_view marker : {"与", "同", "跟"}) {
      if (ends_with(before, marker)) context.accompanying[i] = true;
    }
    if (mentions[i].type == graph::NodeType::Year) context.years.push_back(i);
    else context.arguments.push_back(i);
  }
  for (const Trigger& trigger : find_triggers(text, sentence, mentions)) {
    const RelationRule& rule = pack_.relations[trigger.rule];
    const std::string_view word = text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
    const Span clause = context.clause_of(trigger.span.begin);
    if (rule.frame == Frame::Verb || rule.frame == Frame::Partner) {
      if (preceded_by(text, clause.begin, trigger.span.begin, pack_.modifiers.negations)) {
        context.drop(rule, word, "negated");
        continue;
      }
      if (preceded_by(text, clause.begin, trigger.span.begin, pack_.modifiers.modal) &&
          !preceded_by(text, clause.begin, trigger.span.begin, pack_.modifiers.modal_exceptions)) {
        context.drop(rule, word, "forward-looking");
        continue;
      }
    }
    switch (rule.frame) {
      case Frame::Verb: read_verb(context, trigger); break;
      case Frame::Partner: read_partner(context, trigger); break;
      case Frame::Title: read_title(context, trigger); break;
      case Frame::ListOf: read_list_of(context, trigger); break;
      case Frame::Possessive: read_possessive(context, trigger); break;
      case Frame::Venue: read_venue(context, trigger); break;
      case Frame::Pair: break;
    }
  }
  for (std::size_t i = 0; i < pack_.relations.size(); ++i) {
    if (pack_.relations[i].frame == Frame::Pair) read_pairs(context, pack_.relations[i], static_cast<std::uint32_t>(i));
  }
  // Events named with their year: 2023年世界互联网大会乌镇峰会.
  for (std::size_t index : context.arguments) {
    const Mention& m = mentions[index];
    if (m.type != graph::NodeType::Event || m.weak) continue;
    for (std::size_t i = 0; i + 4 <= m.name.size(); ++i) {
      const std::string_view digits = std::string_view(m.name).substr(i, 4);
      if (std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
          (i + 4 == m.name.size() || !(m.name[i + 4] >= '0' && m.name[i + 4] <= '9'))) {
        const int year = std::stoi(std::string(digits));
        if (year >= 1900 && year <= 2100) {
          static const RelationRule kNamedYear{"event.year-in-name", graph::RelationType::InYear, Frame::Verb, {}, {}, {}, ""};
          context.emit_year(m, year, kNamedYear, digits);
        }
        break;
      }
    }
  }
  return std::move(context.found);
}

void RelationExtractor::read_verb(Context& context, const Trigger& trigger) const {
  const RelationRule& rule = pack_.relations[trigger.rule];
  const ModifierRules& modifiers = pack_.modifiers;
  const std::string_view word =
      context.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  const Span clause = context.clause_of(trigger.span.begin);

  std::optional<std::size_t> subject;
  if (!rule.subject_types.empty()) {
    subject = context.nearest_left(clause.begin, trigger.span.begin, rule.subject_types, true);
  }
  // Reported speech: in 某某表示，… the speaker is not the subject of what follows.
  const std::size_t speech_from = subject ? context.mention(*subject).span.end : clause.begin;
  const bool reported = std::any_of(modifiers.attribution.begin(), modifiers.attribution.end(), [&](const std::string& verb) {
    return context.text.substr(speech_from, trigger.span.begin - speech_from).find(verb) != std::string_view::npos;
  });
  if (reported) subject.reset();
  // The passive: …倡议由中国提出 — the object stands before 由.
  bool passive = false;
  if (subject) {
    for (const std::string& marker : modifiers.passive_markers) {
      if (ends_with(context.text.substr(clause.begin, context.mention(*subject).span.begin - clause.begin), marker)) {
        passive = true;
      }
    }
  }

  std::vector<std::size_t> objects;
  bool object_first = false;  // the object stands before the verb
  const std::size_t object_limit = clause.end;
  if (passive) {
    const std::size_t before = context.mention(*subject).span.begin;
    if (auto object = context.nearest_left(context.sentence.begin, before, rule.object_types)) {
      objects.push_back(*object);
      object_first = true;
    }
  } else if (auto object = context.nearest_right(trigger.span.end, object_limit, rule.object_types,
                                                 names_its_object(rule.relation))) {
    objects = context.list_from(*object, rule.object_types, modifiers.coordinators, object_limit);
  } else {
    // The object stated first: 以构建网络空间命运共同体为愿景, …峰会在乌镇举行.
    const std::size_t from = subject ? context.mention(*subject).span.end : clause.begin;
    if (auto object = context.nearest_left(from, trigger.span.begin, rule.object_types)) {
      objects.push_back(*object);
      object_first = true;
    } else if (auto topic = context.nearest_left(context.sentence.begin, clause.begin, rule.object_types);
               topic && rule.relation == graph::RelationType::Hosted) {
      // …峰会连续举办10年，是在中国举办的…: the event is the sentence's topic.
      objects.push_back(*topic);
      object_first = true;
    }
  }
  // An event named before its verb is its subject's object: 峰会在中国举办.
  if (!subject && object_first && !rule.subject_types.empty()) {
    const Mention& object = context.mention(objects.front());
    subject = context.nearest_left(object.span.end, trigger.span.begin, rule.subject_types, true);
  }
  if (objects.empty()) {
    context.drop(rule, word, "no object");
    return;
  }
  if (!object_first && is_modifier(context.text, clause, context.mention(objects.back()))) {
    for (std::size_t index : objects) context.partnered[index] = true;
    context.drop(rule, word, "object qualifies a noun");
    return;
  }
  // 中国通过《…》推动合作: "by means of", when another verb follows the object.
  const bool instrumental_word = std::find(modifiers.instrumental.begin(), modifiers.instrumental.end(), word) !=
                                 modifiers.instrumental.end();
  if (instrumental_word && !object_first) {
    const std::size_t after = context.mention(objects.back()).span.end;
    std::vector<PhraseMatcher::Match> verbs;
    triggers_.find_all(context.text.substr(after, clause.end - after), verbs);
    if (!verbs.empty()) {
      context.drop(rule, word, "means, not an act");
      return;
    }
  }
  for (std::size_t& index : objects) context.mentions[index].weak = false;
  if (rule.relation == graph::RelationType::CooperatesWith) {
    for (std::size_t index : objects) context.partnered[index] = true;
  }
  const std::optional<int> year = context.year_before(trigger.span.begin);

  std::vector<const Mention*> subjects;
  if (rule.subject_types.empty()) {
    // A rule that only dates its object (上线, 启动).
  } else if (subject) {
    for (std::size_t index : context.list_to(*subject, rule.subject_types, modifiers.coordinators,
                                             context.sentence.begin)) {
      subjects.push_back(&context.mention(index));
    }
    // 同阿拉伯国家联盟…发表: the partner acts with the clause's own subject.
    const Mention& first = *subjects.back();
    for (const std::string& marker : modifiers.partner_markers) {
      const std::size_t before = first.span.begin;
      if (!ends_with(context.text.substr(clause.begin, before - clause.begin), marker)) continue;
      const std::size_t marker_begin = before - marker.size();
      if (auto partner = context.nearest_left(context.sentence.begin, marker_begin, rule.subject_types)) {
        subjects.push_back(&context.mention(*partner));
      } else if (context.topic && type_in(context.topic->type, rule.subject_types)) {
        subjects.push_back(context.topic);
      }
    }
  } else if (reported) {
    // Whoever said it, the sentence states no subject for this verb.
  } else if (auto carried = context.nearest_left(context.sentence.begin, clause.begin, rule.subject_types, true, true);
             carried && !said_between(context, context.mention(*carried).span.end, trigger.span.begin)) {
    // A subject named earlier in the sentence carries over: …，中国…
    subjects.push_back(&context.mention(*carried));
  } else if (carried) {
    // 某某表示，…参加…: the speaker is not the subject of what is reported.
  } else if (context.topic && !object_first && type_in(context.topic->type, rule.subject_types)) {
    subjects.push_back(context.topic);
  }
  if (subjects.empty() && !rule.subject_types.empty()) context.drop(rule, word, "no subject");

  for (std::size_t index : objects) {
    const Mention& object = context.mention(index);
    if (rule.relation != graph::RelationType::InYear) {
      for (const Mention* s : subjects) context.emit(*s, rule.relation, object, year, rule, word);
    }
    const bool datable = object.type == graph::NodeType::Initiative || object.type == graph::NodeType::Event;
    if (year && datable && dates_its_object(rule.relation) &&
        (!subjects.empty() || rule.subject_types.empty() || object_first)) {
      context.emit_year(object, *year, rule, word);
    }
  }
}

void RelationExtractor::read_venue(Context& context, const Trigger& trigger) const {
  const RelationRule& rule = pack_.relations[trigger.rule];
  const std::string_view word =
      context.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  const Span clause = context.clause_of(trigger.span.begin);
  // 在 EVENT 上: the event right before the trigger, 在 right before the event.
  for (std::size_t index : context.arguments) {
    const Mention& venue = context.mention(index);
    if (venue.span.end != trigger.span.begin || !type_in(venue.type, rule.object_types)) continue;
    const std::string_view before = context.text.substr(clause.begin, venue.span.begin - clause.begin);
    if (!ends_with(before, "在")) continue;
    const std::size_t at = venue.span.begin - std::string_view("在").size();
    std::optional<std::size_t> subject = context.nearest_left(clause.begin, at, rule.subject_types, true);
    const Mention* actor = subject ? &context.mention(*subject) : nullptr;
    if (!actor) {
      if (auto carried = context.nearest_left(context.sentence.begin, clause.begin, rule.subject_types, true)) {
        actor = &context.mention(*carried);
      }
    }
    if (actor) context.emit(*actor, rule.relation, venue, std::nullopt, rule, word);
    if (const auto year = context.year_before(venue.span.begin)) context.emit_year(venue, *year, rule, word);
    return;
  }
}

void RelationExtractor::read_partner(Context& context, const Trigger& trigger) const {
  const RelationRule& rule = pack_.relations[trigger.rule];
  const std::string_view word =
      context.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  const Span clause = context.clause_of(trigger.span.begin);
  // X 与 Y…合作: a partner marker right before an argument, in the clause.
  // 与/同/跟 mark a partner more surely than 和, which also joins a list
  // (日本和韩国与东盟…); among equals the one nearest the trigger wins.
  const auto& markers = pack_.modifiers.partner_markers;
  std::optional<std::size_t> chosen;
  std::size_t chosen_rank = markers.size();
  for (std::size_t index : context.arguments) {
    const Mention& candidate = context.mention(index);
    if (candidate.span.begin < clause.begin || candidate.span.end > trigger.span.begin) continue;
    if (!type_in(candidate.type, rule.object_types)) continue;
    const std::string_view before = context.text.substr(clause.begin, candidate.span.begin - clause.begin);
    for (std::size_t rank = 0; rank < markers.size(); ++rank) {
      if (ends_with(before, markers[rank]) && rank <= chosen_rank) {
        chosen = index;
        chosen_rank = rank;
      }
    }
  }
  if (chosen) {
    const std::size_t index = *chosen;
    const Mention& partner = context.mention(index);
    const std::string* marker = &markers[chosen_rank];
    // 中国没有与美国合作: the negation stands before the partner marker.
    if (preceded_by(context.text, clause.begin, partner.span.begin - marker->size(), pack_.modifiers.negations)) {
      context.drop(rule, word, "negated");
      return;
    }
    const std::size_t marker_begin = partner.span.begin - marker->size();
    std::vector<const Mention*> actors;
    if (auto actor = context.nearest_left(clause.begin, marker_begin, rule.subject_types, true)) {
      for (std::size_t a : context.list_to(*actor, rule.subject_types, pack_.modifiers.coordinators, clause.begin)) {
        actors.push_back(&context.mention(a));
      }
    } else if (auto carried = context.nearest_left(context.sentence.begin, clause.begin, rule.subject_types, true, true)) {
      actors.push_back(&context.mention(*carried));
    } else if (context.topic && type_in(context.topic->type, rule.subject_types)) {
      actors.push_back(context.topic);
    }
    const std::vector<std::size_t> partners =
        context.list_from(index, rule.object_types, pack_.modifiers.coordinators, trigger.span.begin);
    for (std::size_t p : partners) context.partnered[p] = true;
    if (is_modifier(context.text, clause, context.mention(partners.back()))) return;
    for (std::size_t p : partners) {
      for (const Mention* actor : actors) {
        context.emit(*actor, rule.relation, context.mention(p), std::nullopt, rule, word);
      }
    }
  }
}

void RelationExtractor::read_title(Context& context, const Trigger& trigger) const {
  const RelationRule& rule = pack_.relations[trigger.rule];
  const std::string_view word =
      context.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  std::size_t after = trigger.span.end;
  if (context.text.substr(after, 1) == ":") ++after;
  for (std::size_t person : context.arguments) {
    const Mention& p = context.mention(person);
    if (p.span.begin != after || !type_in(p.type, rule.subject_types)) continue;
    for (std::size_t body : context.arguments) {
      const Mention& b = context.mention(body);
      if (b.span.end == trigger.span.begin && type_in(b.type, rule.object_types)) {
        context.emit(p, rule.relation, b, std::nullopt, rule, word);
      }
    }
  }
}

void RelationExtractor::read_list_of(Context& context, const Trigger& trigger) const {
  const RelationRule& rule = pack_.relations[trigger.rule];
  const std::string_view word =
      context.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  // 巴西、印度等金砖国家: the group right after 等, the members right before it.
  std::optional<std::size_t> group;
  std::optional<std::size_t> last_member;
  for (std::size_t index : context.arguments) {
    const Mention& m = context.mention(index);
    if (m.span.begin == trigger.span.end && type_in(m.type, rule.object_types)) group = index;
    if (m.span.end == trigger.span.begin && type_in(m.type, rule.subject_types)) last_member = index;
  }
  if (!group || !last_member) return;
  for (std::size_t member : context.list_to(*last_member, rule.subject_types, pack_.modifiers.coordinators,
                                            context.sentence.begin)) {
    context.emit(context.mention(member), rule.relation, context.mention(*group), std::nullopt, rule, word);
  }
}

void RelationExtractor::read_possessive(Context& context, const Trigger& trigger) const {
  const RelationRule& rule = pack_.relations[trigger.rule];
  const std::string_view word =
      context.text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
  std::size_t group_end = trigger.span.begin;
  if (ends_with(context.text.substr(context.sentence.begin, group_end - context.sentence.begin), "的")) {
    group_end -= std::string_view("的").size();
  }
  std::optional<std::size_t> group;
  for (std::size_t index : context.arguments) {
    const Mention& m = context.mention(index);
    if (m.span.end == group_end && type_in(m.type, rule.object_types)) group = index;
  }
  if (!group) return;
  // 上合组织成员国俄罗斯、印度…
  std::size_t after = trigger.span.end;
  if (context.text.substr(after, 1) == ":") ++after;
  for (std::size_t index : context.arguments) {
    const Mention& m = context.mention(index);
    if (m.span.begin != after || !type_in(m.type, rule.subject_types)) continue;
    for (std::size_t member : context.list_from(index, rule.subject_types, pack_.modifiers.coordinators,
                                                context.sentence.end)) {
      context.emit(context.mention(member), rule.relation, context.mention(*group), std::nullopt, rule, word);
    }
    return;
  }
  // 巴西是金砖国家成员国: the member before 是/为/作为.
  const Mention& g = context.mention(*group);
  for (std::string_view copula : {"是", "为", "作为", "系"}) {
    const std::string_view before = context.text.substr(context.sentence.begin, g.span.begin - context.sentence.begin);
    if (!ends_with(before, copula)) continue;
    const std::size_t copula_begin = g.span.begin - copula.size();
    if (auto member = context.nearest_left(context.sentence.begin, copula_begin, rule.subject_types)) {
      if (context.mention(*member).span.end == copula_begin) {
        context.emit(context.mention(*member), rule.relation, g, std::nullopt, rule, word);
      }
    }
  }
}

void RelationExtractor::read_pairs(Context& context, const RelationRule& rule, std::uint32_t) const {
  const auto& mentions = context.mentions;
  auto has_trigger = [&](std::string_view text, bool at_end) {
    return std::any_of(rule.triggers.begin(), rule.triggers.end(), [&](const std::string& t) {
      return at_end ? ends_with(text, t) : text.find(t) != std::string_view::npos;
    });
  };
  auto emit_pairs = [&](const std::vector<std::size_t>& members, std::string_view trigger) {
    for (std::size_t a = 0; a < members.size(); ++a) {
      for (std::size_t b = a + 1; b < members.size(); ++b) {
        const Mention& x = mentions[members[a]];
        const Mention& y = mentions[members[b]];
        if (type_in(x.type, rule.subject_types) && type_in(y.type, rule.object_types)) {
          context.emit(x, rule.relation, y, std::nullopt, rule, trigger);
        }
      }
    }
  };
  // A contraction followed closely by a cooperation word: 中非数字合作, 中俄…磋商机制.
  for (std::size_t i = 0; i < mentions.size();) {
    if (!mentions[i].contraction) {
      ++i;
      continue;
    }
    std::vector<std::size_t> members;
    std::size_t j = i;
    for (; j < mentions.size() && mentions[j].contraction && mentions[j].span == mentions[i].span; ++j) members.push_back(j);
    const Span span = mentions[i].span;
    i = j;
    // Inside an initiative's name the pair names the initiative, not a partnership.
    const bool in_initiative = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return !m.nested && m.type == graph::NodeType::Initiative && m.span.begin <= span.begin && m.span.end >= span.end &&
             !(m.span == span);
    });
    if (in_initiative) continue;
    const Span clause = context.clause_of(span.begin);
    std::size_t end = span.end;
    for (int n = 0; n < 6 && end < clause.end; ++n) utf8::next(context.text, end);
    const std::string_view after = context.text.substr(span.end, std::min(end, clause.end) - span.end);
    if (has_trigger(after, false)) emit_pairs(members, context.text.substr(span.begin, span.end - span.begin));
  }
  // A name pairing two actors across a dash: 中国—东盟网络事务对话机制.
  for (std::size_t index : context.arguments) {
    const Mention& name = mentions[index];
    if (name.type != graph::NodeType::Organization || !has_trigger(name.name, true)) continue;
    const std::size_t dash = name.surface.find("—");
    if (dash == std::string::npos) continue;
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      if (!m.nested || m.span.begin < name.span.begin || m.span.end > name.span.end) continue;
      const std::size_t dash_at = name.span.begin + dash;
      if (m.span.end == dash_at || m.span.begin == dash_at + std::string_view("—").size()) members.push_back(i);
    }
    emit_pairs(members, name.surface);
  }
}

}  // namespace kg::extract
