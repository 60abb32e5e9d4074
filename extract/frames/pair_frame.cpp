// The pair frame: a name that pairs two actors states a relation between
// them — a contraction before a cooperation word (中非数字合作), or a dash
// inside a name (中国—东盟网络事务对话机制, 东盟—欧盟战略伙伴关系) — and, for
// a rule whose object is an event, that both take part in the event the
// name names (中美人工智能政府间对话首次会议). The default pack has no such
// rule: on the blind documents the name alone was not read as attendance.
#include <algorithm>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace {

constexpr std::string_view kDash = "—";

bool has_trigger(const RelationRule& rule, std::string_view text, bool at_end) {
  return std::any_of(rule.triggers.begin(), rule.triggers.end(), [&](const std::string& t) {
    return at_end ? ends_with(text, t) : text.find(t) != std::string_view::npos;
  });
}

// The actors a name pairs: a contraction opening it (中美…), or the names on
// either side of a dash in it (中国—东盟…).
std::vector<std::size_t> paired_in(const SentenceReading& reading, const Mention& name) {
  const auto& mentions = reading.mentions;
  std::vector<std::size_t> members;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.nested && m.contraction && m.span.begin == name.span.begin && m.span.end <= name.span.end)
      members.push_back(i);
  }
  if (!members.empty()) return members;
  const std::size_t dash = name.surface.find(kDash);
  if (dash == std::string::npos) return members;
  const std::size_t dash_at = name.span.begin + dash;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!m.nested || m.span.begin < name.span.begin || m.span.end > name.span.end) continue;
    if (m.span.end == dash_at || m.span.begin == dash_at + kDash.size()) members.push_back(i);
  }
  return members;
}

// Whether a cooperation word of the rule follows `from` in its clause with
// no verb between — right after a pair (中非数字合作) or after the list it
// stands in (中阿、中非等多边与区域电商合作).
bool cooperation_follows(const FrameGrammar& grammar, const SentenceReading& reading,
                         const RelationRule& rule, std::size_t from) {
  const Span clause = reading.clause_of(from > 0 ? from - 1 : from);
  std::size_t nearest = clause.end;
  const std::string_view rest = reading.text.substr(from, clause.end > from ? clause.end - from : 0);
  for (const std::string& word : rule.triggers) {
    if (const std::size_t at = rest.find(word); at != std::string_view::npos)
      nearest = std::min(nearest, from + at);
  }
  if (nearest == clause.end) return false;
  // (Words of lists, 等, are no verbs.)
  return std::none_of(reading.triggers.begin(), reading.triggers.end(), [&](const Trigger& t) {
    return t.span.begin >= from && t.span.begin < nearest && grammar.rule(t.rule).frame == Frame::Verb;
  });
}

}  // namespace

void read_pairs(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  const auto& mentions = reading.mentions;
  // Members of a named event take part in it: 中美…对话首次会议, 中国—东盟…峰会.
  if (rule.object_types == std::vector{graph::NodeType::Event}) {
    for (std::size_t index : reading.arguments) {
      const Mention& event = mentions[index];
      if (event.type != graph::NodeType::Event || event.weak || !has_trigger(rule, event.name, false))
        continue;
      for (std::size_t member : paired_in(reading, event)) {
        if (type_in(mentions[member].type, rule.subject_types)) {
          reading.emit(mentions[member], rule.relation, event, std::nullopt, rule, event.surface);
        }
      }
    }
    return;
  }
  auto emit_pairs = [&](const std::vector<std::size_t>& members, std::string_view trigger) {
    for (std::size_t a = 0; a < members.size(); ++a) {
      for (std::size_t b = a + 1; b < members.size(); ++b) {
        const Mention& x = mentions[members[a]];
        const Mention& y = mentions[members[b]];
        if (type_in(x.type, rule.subject_types) && type_in(y.type, rule.object_types)) {
          reading.emit(x, rule.relation, y, std::nullopt, rule, trigger);
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
    for (; j < mentions.size() && mentions[j].contraction && mentions[j].span == mentions[i].span; ++j)
      members.push_back(j);
    const Span span = mentions[i].span;
    i = j;
    // Inside an initiative's name the pair names the initiative, not a partnership.
    const bool in_initiative = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return !m.nested && m.type == graph::NodeType::Initiative && m.span.begin <= span.begin &&
             m.span.end >= span.end && !(m.span == span);
    });
    if (in_initiative) continue;
    if (cooperation_follows(grammar, reading, rule, span.end)) {
      emit_pairs(members, reading.text.substr(span.begin, span.end - span.begin));
    }
  }
  // Two names joined by a dash in running text, in a list that a cooperation
  // word closes: 开展中国-东盟、中国-中亚等区域电商合作.
  for (std::size_t k = 0; k + 1 < reading.arguments.size(); ++k) {
    const std::size_t a = reading.arguments[k];
    const std::size_t b = reading.arguments[k + 1];
    const std::string_view joint =
        reading.text.substr(mentions[a].span.end, mentions[b].span.begin - mentions[a].span.end);
    if ((joint != "-" && joint != kDash) ||
        !cooperation_follows(grammar, reading, rule, mentions[b].span.end))
      continue;
    emit_pairs({a, b},
               reading.text.substr(mentions[a].span.begin, mentions[b].span.end - mentions[a].span.begin));
  }
  // A name pairing two actors across a dash, with a cooperation word after
  // it: 中国—东盟网络事务对话机制, 东盟—欧盟战略伙伴关系, 中国—金砖国家…合作中心.
  for (std::size_t index : reading.arguments) {
    const Mention& name = mentions[index];
    if (name.type == graph::NodeType::Year) continue;
    const std::size_t dash = name.surface.find(kDash);
    if (dash == std::string::npos) continue;
    // A document's name pairs partners only if it names the cooperation itself
    // (东盟—欧盟战略伙伴关系), not a plan about it (中国—上合组织…合作中心建设方案).
    const bool document = name.type == graph::NodeType::Initiative;
    if (!has_trigger(rule,
                     document ? std::string_view(name.name) : std::string_view(name.surface).substr(dash),
                     document)) {
      continue;
    }
    std::vector<std::size_t> members = paired_in(reading, name);
    std::erase_if(members, [&](std::size_t m) { return mentions[m].contraction; });
    emit_pairs(members, name.surface);
  }
}

}  // namespace kg::extract
