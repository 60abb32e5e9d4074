// Stepping through UTF-8 text by characters, and the character classes the
// recognizers test. The text is known to be valid UTF-8 (input.cpp checks it).
#pragma once

#include <unicode/utf8.h>

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace kg::text::utf8 {

// One definition of well-formed UTF-8 for every layer (base/utf8.h).
using kg::utf8::is_three_byte_character;

inline char32_t three_byte_code_point(const unsigned char* s) {
  return static_cast<char32_t>(((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu));
}

// ICU's reading of any character, ill-formed bytes as U+FFFD: out of line,
// so that the common cases below stay small enough to inline.
[[gnu::noinline]] inline char32_t icu_next(std::string_view text, std::size_t& i) {
  UChar32 c;
  auto index = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index, static_cast<int32_t>(text.size()), c);
  i = static_cast<std::size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

[[gnu::noinline]] inline char32_t icu_previous(std::string_view text, std::size_t& i) {
  UChar32 c;
  auto index = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, index, c);
  i = static_cast<std::size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

// The code point at byte `i`, and `i` moved past it. ASCII and 3-byte
// characters are read inline, exactly as ICU reads them; the rest by ICU.
[[gnu::always_inline]] inline char32_t next(std::string_view text, std::size_t& i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  if (s[i] < 0x80) return s[i++];
  if (i + 2 < text.size() && is_three_byte_character(s + i)) {
    i += 3;
    return three_byte_code_point(s + i - 3);
  }
  return icu_next(text, i);
}

// The code point ending at byte `i`, and `i` moved to its start.
[[gnu::always_inline]] inline char32_t previous(std::string_view text, std::size_t& i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  if (s[i - 1] < 0x80) return s[--i];
  if (i >= 3 && is_three_byte_character(s + i - 3)) {
    i -= 3;
    return three_byte_code_point(s + i);
  }
  return icu_previous(text, i);
}

inline char32_t at(std::string_view text, std::size_t i) { return next(text, i); }

inline char32_t before(std::string_view text, std::size_t i) { return i == 0 ? U'\0' : previous(text, i); }

// CJK unified ideographs (the basic block and extension A).
inline bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

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

// A set of characters (surnames, transliteration characters …), asked about
// at every character of a candidate name: a bit per code point below
// U+10000, the rare others in a sorted list.
class CharacterSet {
 public:
  CharacterSet() = default;
  // Every character of the UTF-8 text.
  explicit CharacterSet(std::string_view characters) { add(characters); }

  void add(std::string_view characters) {
    for (std::size_t i = 0; i < characters.size();) add(next(characters, i));
  }
  void add(char32_t c) {
    if (c < 0x10000) {
      basic_.set(c);
    } else if (!contains(c)) {
      astral_.insert(std::upper_bound(astral_.begin(), astral_.end(), c), c);
    }
  }
  bool contains(char32_t c) const {
    return c < 0x10000 ? basic_.test(c) : std::binary_search(astral_.begin(), astral_.end(), c);
  }

 private:
  std::bitset<0x10000> basic_;
  std::vector<char32_t> astral_;
};

}  // namespace kg::text::utf8
