// The heading frame: a line headed by its date, then an event, as a
// chronology's entries are (2023年5月　七国集团广岛峰会。): the event took
// place then. Only the rest of the date may stand between, and no venue
// opener (2023年5月在…峰会上 is the dated frame's); no trigger in running text.
#include <algorithm>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them

void read_heading(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  if (reading.arguments.empty() || reading.years.empty()) return;
  const auto heading = heading_year(reading.text, reading.sentence, reading.mentions);
  if (!heading) return;
  const Mention& first = reading.mention(reading.arguments.front());
  const Mention& date = reading.mention(reading.years.front());
  if (!type_in(first.type, rule.object_types) || first.weak) return;
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
  if (only_date && !venue) reading.emit_year(first, *heading, rule, date.surface);
}

}  // namespace kg::extract
