// The grammar words frames test for, and the argument choices they share.
#include "extract/frames/reading.h"

#include <algorithm>
#include <iterator>

#include "extract/utf8.h"

namespace kg::extract {

bool type_in(graph::NodeType type, const std::vector<graph::NodeType>& types) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

bool ends_with(std::string_view text, std::string_view word) {
  return text.size() >= word.size() && (word.empty() || text.back() == word.back()) &&
         text.substr(text.size() - word.size()) == word;
}

bool starts_with(std::string_view text, std::string_view word) { return text.substr(0, word.size()) == word; }

const std::string* ending_of(std::string_view text, const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    if (ends_with(text, word)) return &word;
  }
  return nullptr;
}

const std::string* opening_of(std::string_view text, const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    if (starts_with(text, word)) return &word;
  }
  return nullptr;
}

FrameGrammar::FrameGrammar(const RulePack& pack) : pack_(pack) {
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    if (pack.relations[i].frame == Frame::Pair) continue;  // pair triggers are read inside names
    for (const std::string& trigger : pack.relations[i].triggers) {
      triggers_.add(trigger, static_cast<std::uint32_t>(i));
    }
  }
  triggers_.build();
}

bool FrameGrammar::preceded_by(std::string_view text, std::size_t clause_begin, std::size_t at,
                               const std::vector<std::string>& words) const {
  std::string_view before = text.substr(clause_begin, at - clause_begin);
  for (int skipped = 0; skipped < 3; ++skipped) {
    if (ending_of(before, words)) return true;
    const std::string* adverb = ending_of(before, pack_.modifiers.adverbs);
    if (!adverb) return false;
    before.remove_suffix(adverb->size());
  }
  return false;
}

bool FrameGrammar::said_between(std::string_view text, std::size_t from, std::size_t to) const {
  const std::string_view between = text.substr(from, to > from ? to - from : 0);
  return std::any_of(pack_.modifiers.attribution.begin(), pack_.modifiers.attribution.end(),
                     [&](const std::string& verb) { return between.find(verb) != std::string_view::npos; });
}

bool FrameGrammar::is_modifier(std::string_view text, Span clause, const Mention& mention) const {
  std::size_t at = mention.span.end;
  if (const std::string* end = opening_of(text.substr(at, clause.end > at ? clause.end - at : 0),
                                          pack_.modifiers.list_ends)) {
    at += end->size();
  }
  if (at >= clause.end) return false;
  const std::string_view rest = text.substr(at, clause.end - at);
  if (!utf8::is_han(utf8::at(rest, 0))) return false;
  const PatternRules& p = pack_.patterns;
  if (opening_of(rest, p.name_stop_characters) || opening_of(rest, p.name_stop_words) ||
      opening_of(rest, p.postpositions) || opening_of(rest, pack_.modifiers.partner_markers) ||
      opening_of(rest, pack_.modifiers.coordinators)) {
    return false;
  }
  if (triggers_.starts_at(rest, 0, 24)) return false;
  // A head noun that is the actor itself: 中国政府, 美方, 两国, 双方.
  return !opening_of(rest, pack_.modifiers.actor_heads);
}

SentenceReading::SentenceReading(std::string_view text, Span sentence, const std::vector<Span>& clauses,
                                 std::vector<Mention>& mentions, const Mention* topic,
                                 std::vector<DroppedRelation>* dropped)
    : text(text),
      sentence(sentence),
      clauses(clauses),
      mentions(mentions),
      topic(topic),
      dropped(dropped),
      partnered(mentions.size(), false),
      accompanying(mentions.size(), false) {}

Span SentenceReading::clause_of(std::size_t at) const {
  for (const Span& clause : clauses) {
    if (at >= clause.begin && at < clause.end) return clause;
  }
  return sentence;
}

bool SentenceReading::coordinated(std::size_t from, std::size_t to, const std::vector<std::string>& coordinators) const {
  if (from > to) return false;
  std::string_view between = text.substr(from, to - from);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  if (between.empty()) return true;
  return std::find(coordinators.begin(), coordinators.end(), between) != coordinators.end();
}

std::vector<std::size_t> SentenceReading::list_from(std::size_t first, const std::vector<graph::NodeType>& types,
                                                    const std::vector<std::string>& coordinators,
                                                    std::size_t limit) const {
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

std::vector<std::size_t> SentenceReading::list_to(std::size_t last, const std::vector<graph::NodeType>& types,
                                                  const std::vector<std::string>& coordinators,
                                                  std::size_t limit) const {
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

std::optional<std::size_t> SentenceReading::nearest_left(std::size_t from, std::size_t to,
                                                         const std::vector<graph::NodeType>& types,
                                                         bool skip_partnered, bool skip_accompanying) const {
  for (auto it = arguments.rbegin(); it != arguments.rend(); ++it) {
    const Mention& m = mentions[*it];
    if (skip_partnered && partnered[*it]) continue;
    if (skip_accompanying && accompanying[*it]) continue;
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

std::optional<int> SentenceReading::year_before(std::size_t at) const {
  std::optional<int> year;
  for (std::size_t index : years) {
    if (mentions[index].span.end <= at) year = std::stoi(mentions[index].name);
  }
  return year;
}

void SentenceReading::emit(const Mention& subject, graph::RelationType relation, const Mention& object,
                           std::optional<int> year, const RelationRule& rule, std::string_view trigger) {
  if (subject.type == object.type && subject.name == object.name) return;
  found.push_back({{subject.type, subject.name}, relation, {object.type, object.name}, year, rule.id,
                   std::string(trigger), span_of(trigger)});
}

void SentenceReading::emit_year(const Mention& dated, int year, const RelationRule& rule, std::string_view trigger) {
  found.push_back({{dated.type, dated.name}, graph::RelationType::InYear,
                   {graph::NodeType::Year, std::to_string(year)}, std::nullopt, rule.id, std::string(trigger),
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
