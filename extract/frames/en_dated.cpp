// The en_dated frame: an event followed by its place and date took place in
// that year — "the BRICS summit in Johannesburg in August 2023", "the SCO
// summit, hosted by Kazakhstan in Astana in July 2024", "the Summit of the
// Future in New York on 22 September 2024". Between the event and the date
// stand only places (in Vilnius, Lithuania), a host (hosted by X) and commas;
// the rule's triggers are the words before the date (in, on). The English
// counterpart of the dated frame, whose dates come before the name.
#include <algorithm>
#include <cctype>

#include "extract/frames/en_sentence.h"

namespace kg::extract::english_frames {

namespace {

// How far past the event its date may stand.
constexpr std::size_t kMaxDateGap = 12;
// A place is a few capitalised words: New York, Rio de Janeiro.
constexpr std::size_t kMaxPlaceWords = 4;

}  // namespace

void EnglishSentence::read_dated_events() {
  for (const English::TitleRule& dated_rule : english_.dated_rules) {
    const RelationRule& rule = grammar_.rule(dated_rule.rule);
    for (const Unit& unit : units_) {
      // (A reference is dated by what it refers to: the next summit in 2026 is another.)
      if (!type_in(mention(unit).type, rule.object_types) || mention(unit).reference) continue;
      const std::size_t limit = std::min(tokens_.size(), unit.end + kMaxDateGap);
      for (std::size_t t = unit.end; t < limit;) {
        if (word(t) == ",") {
          ++t;
          continue;
        }
        // Its host: hosted by Kazakhstan, held by the Council.
        if (word(t).ends_with("ed") && t + 1 < limit && word(t + 1) == "by") {
          const auto host = unit_opening(skip_the(t + 2));
          if (!host) break;
          t = units_[*host].end;
          continue;
        }
        const auto* before_date = starting_at(dated_rule.titles, t);
        if (!before_date) break;
        const std::size_t at = t + before_date->size();
        // The date: day, month and commas, then the year (in August 2023, on 22 September 2024, in 2019).
        std::size_t d = at;
        // (A span of days too: on 10–11 February 2025.)
        while (d < limit && !year_at(d) &&
               (is_date_word(d) || word(d) == "," || all_ascii_digits(word(d)) || is_dash(d)))
          ++d;
        if (d < limit && year_at(d) && owner_[d] == kYearWord) {
          const Mention& year = reading_.mention(*year_at(d));
          reading_.emit_year(mention(unit), std::stoi(year.name), rule, original(t, at));
          break;
        }
        // A place: in Johannesburg, in Vilnius, Lithuania; in New York.
        std::size_t place = at;
        while (place < limit && place - at < kMaxPlaceWords && capitalised(place) && !is_date_word(place))
          ++place;
        if (place == at) break;
        t = place;
      }
    }
  }
}

}  // namespace kg::extract::english_frames
