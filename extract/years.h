// Years as a text writes them (2023年, 2016—2022年, 2023年世界互联网大会):
// one reading of "is this a year" for the recognizer and the relation side.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace kg::extract {

// The year written at text[at]: four ASCII digits from 1900 to 2100 that are
// not part of a longer number (no digit just before or just after them
// within `text`), or nothing.
std::optional<int> year_at(std::string_view text, std::size_t at);

// A year in Chinese numerals at text[at], as formal and Hong Kong texts write
// it (二〇二三, 二○二三, 一九九七): four numeral digits from 1900 to 2100,
// no numeral digit right before or after them; `end` gets the byte after the
// fourth.
std::optional<int> han_year_at(std::string_view text, std::size_t at, std::size_t& end);

// Where a date written with dots ends, at text[at]: a year, a two-digit
// month and perhaps a day, as timelines and infographics write them
// (2021.03.29, 2022.06); 0 where none stands there, or where it reads as an
// amount (2021.06亿元).
std::size_t dotted_date_end(std::string_view text, std::size_t at);

struct YearInText {
  std::size_t at;  // byte offset of the first digit
  int year;
};

// The first year in `text` as year_at reads it: the year of an event's name.
std::optional<YearInText> first_year_in(std::string_view text);

}  // namespace kg::extract
