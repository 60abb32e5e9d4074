// Four digits in range, and no digit on either side: 12019年 is no year 2019.
#include "extract/years.h"

namespace kg::extract {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<int> year_at(std::string_view text, std::size_t at) {
  if (at > text.size() || text.size() - at < 4) return std::nullopt;
  int year = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    year = year * 10 + (text[i] - '0');
  }
  if (at > 0 && is_digit(text[at - 1])) return std::nullopt;
  if (at + 4 < text.size() && is_digit(text[at + 4])) return std::nullopt;
  if (year < 1900 || year > 2100) return std::nullopt;
  return year;
}

std::optional<YearInText> first_year_in(std::string_view text) {
  for (std::size_t at = 0; at + 4 <= text.size(); ++at) {
    if (const std::optional<int> year = year_at(text, at)) return YearInText{at, *year};
  }
  return std::nullopt;
}

}  // namespace kg::extract
