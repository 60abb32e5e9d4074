// The date-note frame: a date in brackets right after a document or an
// event dates it — 《全球人工智能治理倡议》(2023年10月). No trigger in running text.
#include <string>

#include "extract/frames/reading.h"

namespace kg::extract {

void read_date_note(const FrameGrammar&, SentenceReading& reading, const RelationRule& rule) {
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (!type_in(named.type, rule.object_types) || named.weak) continue;
    if (!starts_with(reading.text.substr(named.span.end), "(")) continue;
    for (std::size_t y : reading.years) {
      const Mention& year = reading.mention(y);
      if (year.span.begin == named.span.end + 1)
        reading.emit_year(named, std::stoi(year.name), rule, year.surface);
    }
  }
}

}  // namespace kg::extract
