// Four digits in range, and no digit on either side: 12019年 is no year 2019.
#include "extract/years.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

// A digit written as a Chinese numeral, else -1. Zero is 〇, or ○ (a white
// circle) in Hong Kong and Taiwan typesetting, or 零.
int han_digit(char32_t c) {
  static constexpr std::array<char32_t, 10> kDigits = {U'〇', U'一', U'二', U'三', U'四',
                                                       U'五', U'六', U'七', U'八', U'九'};
  if (c == U'○' || c == U'零') return 0;
  const auto* found = std::find(kDigits.begin(), kDigits.end(), c);
  return found == kDigits.end() ? -1 : static_cast<int>(found - kDigits.begin());
}

}  // namespace

std::optional<int> year_at(std::string_view text, std::size_t at) {
  if (at > text.size() || text.size() - at < 4) return std::nullopt;
  int year = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    if (!is_ascii_digit(text[i])) return std::nullopt;
    year = year * 10 + (text[i] - '0');
  }
  if (at > 0 && is_ascii_digit(text[at - 1])) return std::nullopt;
  if (at + 4 < text.size() && is_ascii_digit(text[at + 4])) return std::nullopt;
  if (year < 1900 || year > 2100) return std::nullopt;
  return year;
}

std::size_t dotted_date_end(std::string_view text, std::size_t at) {
  if (!year_at(text, at)) return 0;
  // Two digits after a dot, not three: 2021.03 and not 2021.035.
  const auto two_digits_after_dot = [&](std::size_t dot) {
    return dot + 3 <= text.size() && text[dot] == '.' && is_ascii_digit(text[dot + 1]) &&
           is_ascii_digit(text[dot + 2]) && !(dot + 3 < text.size() && is_ascii_digit(text[dot + 3]));
  };
  std::size_t end = at + 4;
  if (!two_digits_after_dot(end)) return 0;
  const int month = (text[end + 1] - '0') * 10 + (text[end + 2] - '0');
  if (month < 1 || month > 12) return 0;
  end += 3;
  if (two_digits_after_dot(end)) {
    const int day = (text[end + 1] - '0') * 10 + (text[end + 2] - '0');
    if (day < 1 || day > 31) return 0;
    return end + 3;
  }
  // A year and month alone stand apart from what follows (2022.06 → …); before a character or a sign
  // they are an amount (2021.06亿元, 2024.11美元, 2021.12%).
  if (end < text.size()) {
    std::size_t next = end;
    const char32_t c = utf8::next(text, next);
    if (utf8::is_han(c) || c == U'%' || c == U'.') return 0;
  }
  return end;
}

std::optional<int> han_year_at(std::string_view text, std::size_t at, std::size_t& end) {
  if (at > 0 && han_digit(utf8::before(text, at)) >= 0) return std::nullopt;  // a longer number
  int year = 0;
  std::size_t i = at;
  for (int n = 0; n < 4; ++n) {
    if (i >= text.size()) return std::nullopt;
    const int digit = han_digit(utf8::next(text, i));
    if (digit < 0) return std::nullopt;
    year = year * 10 + digit;
  }
  if (std::size_t next = i; next < text.size() && han_digit(utf8::next(text, next)) >= 0) return std::nullopt;
  if (year < 1900 || year > 2100) return std::nullopt;
  end = i;
  return year;
}

std::optional<YearInText> first_year_in(std::string_view text) {
  for (std::size_t at = 0; at + 4 <= text.size(); ++at) {
    if (const std::optional<int> year = year_at(text, at)) return YearInText{at, *year};
  }
  return std::nullopt;
}

}  // namespace kg::extract
