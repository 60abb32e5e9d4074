// The programme frame: a conference programme, or a transcript's header,
// lists who takes part a line each — the person after a role label
// (主持人:周启航 某大学教授) and the guests below a label that ends its line
// (对话嘉宾: / 林静怡 某研究院研究员 / 沈一鸣 某实验室研究员) — in the event the
// programme is of, the one in focus. The labels are the patterns'
// programme_roles; no trigger in running text.
#include <algorithm>
#include <optional>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace {

// The line of `text` that holds `at`, without its line break.
Span line_of(std::string_view text, std::size_t at) {
  const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
  const std::size_t end = std::min(text.find('\n', at), text.size());
  return {begin, end};
}

// Where the line's words start, past its indent.
std::size_t past_indent(std::string_view text, Span line) {
  std::size_t at = line.begin;
  while (at < line.end && text[at] == ' ') ++at;
  return at;
}

// A role label opening a line: the role word, and where the line goes on past its colon and spaces.
struct Label {
  std::string_view role;
  std::size_t end;
};

// The role label `line` opens with, if any.
std::optional<Label> label_of(std::string_view text, Span line, const std::vector<std::string>& roles) {
  const std::size_t at = past_indent(text, line);
  for (const std::string& role : roles) {
    if (text.substr(at, role.size()) != role || at + role.size() >= line.end || text[at + role.size()] != ':')
      continue;
    std::size_t end = at + role.size() + 1;
    while (end < line.end && text[end] == ' ') ++end;
    return Label{text.substr(at, role.size()), end};
  }
  return std::nullopt;
}

// The role label that ends its own line above the guest's line `line`, if the lines between are guests'
// lines or their notes (演讲题目:…): no running text, no blank line.
std::optional<Label> label_above(std::string_view text, Span line, const std::vector<std::string>& roles) {
  constexpr int kMaxLinesAbove = 16;
  for (int n = 0; n < kMaxLinesAbove && line.begin > 0; ++n) {
    line = line_of(text, line.begin - 1);
    if (past_indent(text, line) == line.end) return std::nullopt;  // a blank line ends the list
    if (const auto label = label_of(text, line, roles)) {
      if (label->end == line.end) return label;
      return std::nullopt;  // a label with its own person: the list above is another
    }
    if (text.substr(line.begin, line.end - line.begin).find("。") != std::string_view::npos)
      return std::nullopt;
  }
  return std::nullopt;
}

// The event the programme is of: the last one the document names before `at` (the label's line), on no
// line of the programme itself (a guest's affiliation: 某某数字经济论坛研究主管).
const Mention* programme_event(const SentenceReading& reading, std::size_t at,
                               const std::vector<std::string>& roles) {
  const Mention* event = nullptr;
  const Mention* person = nullptr;  // the last person named, to tell a guest's line
  for (const std::vector<Mention>& sentence : reading.document) {
    for (const Mention& m : sentence) {
      if (m.span.begin >= at) return event;
      if (m.type == graph::NodeType::Person) person = &m;
      if (m.type != graph::NodeType::Event || m.nested || m.weak) continue;
      const Span line = line_of(reading.text, m.span.begin);
      const bool guest = person && person->span.begin >= line.begin;
      if (!guest && !label_of(reading.text, line, roles)) event = &m;
    }
  }
  return event;
}

}  // namespace

void read_programme(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  const std::vector<std::string>& roles = grammar.pack().patterns.programme_roles;
  if (roles.empty() || reading.arguments.empty()) return;
  const std::string_view text = reading.text;
  const Span line = line_of(text, reading.sentence.begin);
  const std::size_t words = past_indent(text, line);
  if (reading.sentence.begin > words) return;  // the sentence does not open its line
  // The person after the line's label, else the guest the line opens with, listed under a label.
  std::optional<Label> label = label_of(text, line, roles);
  const std::size_t name_at = label ? label->end : words;
  if (!label) label = label_above(text, line, roles);
  if (!label) return;
  const Mention& person = reading.mention(reading.arguments.front());
  if (person.span.begin != name_at || !type_in(person.type, rule.subject_types) || person.weak) return;
  const Mention* event =
      programme_event(reading, static_cast<std::size_t>(label->role.data() - text.data()), roles);
  if (!event || !type_in(event->type, rule.object_types)) {
    reading.drop(rule, label->role, "no event in focus");
    return;
  }
  reading.emit(person, rule.relation, *event, std::nullopt, rule, label->role);
}

}  // namespace kg::extract
