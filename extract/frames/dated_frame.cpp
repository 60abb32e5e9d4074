// The dated frame: an event named right after its date took place then —
// 2023年8月约翰内斯堡峰会上, 2020年11月上合组织莫斯科视频峰会, 2024年11月在
// 世界互联网大会乌镇峰会上. Between the year and the name stand only the
// rest of the date (8月, 8月31日至9月1日) and at most one of the rule's words
// (在, 于); the frame has no trigger in running text. A date that is a
// clause of its own opens the sentence's act: the event that starts the next
// clause took place then (2024年9月，联合国未来峰会在纽约举行; 同年9月，…峰会;
// 7月，… in the paragraph's running year).
#include <algorithm>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

// Whether `gap` is the rest of a date, then at most one of `words`.
bool only_date_between(std::string_view gap, const std::vector<std::string>& words) {
  std::size_t at = 0;
  while (at < gap.size()) {
    std::size_t next = at;
    if (!continues_date(utf8::next(gap, next))) break;
    at = next;
  }
  const std::string_view rest = gap.substr(at);
  return rest.empty() || std::find(words.begin(), words.end(), rest) != words.end();
}

// Whether the argument opens the clause right after the sentence's first,
// the first argument there with only the clause's comma before it.
bool opens_after_date(const SentenceReading& reading, std::size_t index) {
  const Span first = reading.clause_of(reading.sentence.begin);
  const Mention& event = reading.mention(index);
  if (event.span.begin < first.end) return false;
  const std::string_view gap = reading.text.substr(first.end, event.span.begin - first.end);
  if (gap.find_first_not_of(", ") != std::string_view::npos) return false;
  return std::none_of(reading.arguments.begin(), reading.arguments.end(), [&](std::size_t other) {
    const Mention& m = reading.mention(other);
    return m.span.begin >= first.end && m.span.begin < event.span.begin;
  });
}

}  // namespace

void read_dated(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  for (std::size_t index : reading.arguments) {
    const Mention& event = reading.mention(index);
    if (!type_in(event.type, rule.object_types)) continue;
    // The year right before it, in its clause.
    const Span clause = reading.clause_of(event.span.begin);
    const Mention* year = nullptr;
    for (std::size_t y : reading.years) {
      const Mention& m = reading.mention(y);
      if (m.span.begin >= clause.begin && m.span.end <= event.span.begin) year = &m;
    }
    if (!year) {
      if (opens_after_date(reading, index))
        if (const auto opening = reading.opening_date_year()) reading.emit_year(event, *opening, rule, "");
      continue;
    }
    const std::string_view gap = reading.text.substr(year->span.end, event.span.begin - year->span.end);
    if (!only_date_between(gap, rule.triggers)) continue;
    reading.emit_year(event, std::stoi(year->name), rule, gap);
    // So do the years coordinated before it: 2003年和|2005年的信息社会世界峰会.
    for (const Mention* later = year;;) {
      const Mention* earlier = nullptr;
      for (std::size_t y : reading.years) {
        const Mention& m = reading.mention(y);
        if (m.span.end <= later->span.begin && m.span.begin >= clause.begin) earlier = &m;
      }
      if (!earlier) break;
      std::string_view between =
          reading.text.substr(earlier->span.end, later->span.begin - earlier->span.end);
      if (between.starts_with("年")) between.remove_prefix(std::string_view("年").size());
      const auto& coordinators = grammar.modifiers().coordinators;
      if (std::find(coordinators.begin(), coordinators.end(), between) == coordinators.end()) break;
      reading.emit_year(event, std::stoi(earlier->name), rule, gap);
      later = earlier;
    }
  }
}

}  // namespace kg::extract
