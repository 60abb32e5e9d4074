// Stepping through UTF-8 text by characters, and the character classes the
// recognizers test. The text is known to be valid UTF-8 (input.cpp checks it).
#pragma once

#include <cstdint>
#include <string_view>

#include <unicode/utf8.h>

namespace kg::extract::utf8 {

// The code point at byte `i`, and `i` moved past it.
inline char32_t next(std::string_view text, std::size_t& i) {
  UChar32 c;
  auto index = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index, static_cast<int32_t>(text.size()), c);
  i = static_cast<std::size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

// The code point ending at byte `i`, and `i` moved to its start.
inline char32_t previous(std::string_view text, std::size_t& i) {
  UChar32 c;
  auto index = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, index, c);
  i = static_cast<std::size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

inline char32_t at(std::string_view text, std::size_t i) { return next(text, i); }

inline char32_t before(std::string_view text, std::size_t i) {
  return i == 0 ? U'\0' : previous(text, i);
}

// CJK unified ideographs (the basic block and extension A).
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

inline bool is_ascii_alnum(char32_t c) {
  return is_ascii_digit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

// Number of code points in the text.
inline std::size_t length(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace kg::extract::utf8
