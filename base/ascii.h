// ASCII character classes and trimming, for the parsers of every layer.
//
// <cctype>'s classes depend on the C locale and are undefined for the negative
// chars UTF-8 text is made of; these look at ASCII bytes only, so a byte of a
// multi-byte character is never a space, digit or letter.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace kg {

// The C locale's white space: space, \t, \n, \v, \f and \r.
constexpr bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
constexpr bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
constexpr bool is_ascii_hex_digit(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `a` and `b` are the same text but for ASCII case: field labels, keywords.
constexpr bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

// Whether `text` ends with `lower_suffix` (written in lower case), ignoring
// ASCII case: file extensions (.HTML, .Srt).
constexpr bool ends_with_ignoring_ascii_case(std::string_view text, std::string_view lower_suffix) {
  return text.size() >= lower_suffix.size() &&
         std::equal(lower_suffix.begin(), lower_suffix.end(),
                    text.end() - static_cast<std::ptrdiff_t>(lower_suffix.size()),
                    [](char suffix_char, char c) { return ascii_lower(c) == suffix_char; });
}

// Whether every byte of `text` is ASCII: Latin labels and triggers, compared
// whole, apart from Chinese ones, found inside.
constexpr bool all_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// True for the empty text too: callers ask "is there anything but digits?".
constexpr bool all_ascii_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), is_ascii_digit);
}

// Nothing but white space (or nothing at all).
constexpr bool is_ascii_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), is_ascii_space);
}

constexpr std::string_view trim_ascii_space(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace kg
