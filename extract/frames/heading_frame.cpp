// The heading frame: a line headed by its date, then a name, as a
// chronology's entries and a slide's timeline are (2023年5月　七国集团广岛峰会。,
// 2024.09  《全球数字契约》): the event took place, the document came out then.
// Only the rest of the date may stand between, and no venue opener
// (2023年5月在…峰会上 is the dated frame's); no trigger in running text. What
// an arrow leads to on such a line is the entry's outcome, of the same date
// (2019.06  G20大阪峰会 → 二十国集团人工智能原则).
#include <algorithm>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

// Whether `before` ends with an arrow, only spaces and an opening title mark after it (→《…》).
bool after_arrow(std::string_view before) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view tail : {" ", "《", "“", "\""}) {
      if (before.ends_with(tail)) {
        before.remove_suffix(tail.size());
        stripped = true;
      }
    }
  }
  return before.ends_with("→");
}

// How far after an outcome a date of its own may stand: 《…倡议》(2023.10).
constexpr std::size_t kNoteBytes = 16;

}  // namespace

void read_heading(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  if (reading.arguments.empty() || reading.years.empty()) return;
  const auto heading = heading_year(reading.text, reading.sentence, reading.mentions);
  if (!heading) return;
  const Mention& first = reading.mention(reading.arguments.front());
  const Mention& date = reading.mention(reading.years.front());
  const std::size_t date_end = date.span.end;
  const std::string_view between =
      reading.text.substr(date_end, first.span.begin > date_end ? first.span.begin - date_end : 0);
  const bool only_date = std::all_of(between.begin(), between.end(),
                                     [](char c) {
                                       return utf8::is_ascii_digit(static_cast<unsigned char>(c)) ||
                                              c == ' ' || c == ',' || static_cast<unsigned char>(c) >= 0x80;
                                     }) &&
                         utf8::length(between) <= 6;
  const auto& openers = grammar.modifiers().venue_openers;
  const bool venue = std::any_of(openers.begin(), openers.end(), [&](const std::string& opener) {
    return between.find(opener) != std::string_view::npos;
  });
  // (Named, not referred to: 2019.10 大会组委会发布… is no 大会 of 2019. A document right after the
  // date is the entry's own, not a word of a longer noun: 2017年11月　《特定常规武器公约》政府专家组….)
  const bool stands_alone = first.type != graph::NodeType::Initiative ||
                            first.span.end >= reading.sentence.end ||
                            !utf8::is_han(utf8::at(reading.text, first.span.end)) ||
                            grammar.verb_starts_at(reading.text, first.span.end, reading.sentence.end);
  if (only_date && !venue && type_in(first.type, rule.object_types) && !first.weak && !first.reference &&
      stands_alone)
    reading.emit_year(first, *heading, rule, date.surface);
  // Only the first arrow's outcome, and not past another date: in 2023.11  X → Y → Z, Y and Z came later.
  for (std::size_t index : reading.arguments) {
    const Mention& outcome = reading.mention(index);
    if (outcome.span.begin <= date_end) continue;
    const std::string_view before = reading.text.substr(date_end, outcome.span.begin - date_end);
    const bool another_date = std::any_of(
        reading.years.begin() + 1, reading.years.end(),
        [&](std::size_t year) { return reading.mention(year).span.begin < outcome.span.end + kNoteBytes; });
    if (!after_arrow(before)) continue;
    if (!outcome.weak && !outcome.reference && type_in(outcome.type, rule.object_types) && !another_date &&
        before.find("→") == before.rfind("→"))
      reading.emit_year(outcome, *heading, rule, date.surface);
    break;
  }
}

}  // namespace kg::extract
