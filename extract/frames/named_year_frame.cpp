// The named-year frame: an event named with its year took place then —
// 2023年世界互联网大会乌镇峰会. The first year the name holds dates it; no
// trigger in running text.
#include "extract/frames/reading.h"
#include "extract/years.h"

namespace kg::extract {

void read_named_year(const FrameGrammar&, SentenceReading& reading, const RelationRule& rule) {
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (!type_in(named.type, rule.object_types) || named.weak) continue;
    if (const std::optional<YearInText> year = first_year_in(named.name)) {
      reading.emit_year(named, year->year, rule, std::string_view(named.name).substr(year->at, 4));
    }
  }
}

}  // namespace kg::extract
