// UTF-8 well-formedness by Unicode's table of well-formed byte sequences
// (Unicode 15, section 3.9, table 3-7): no overlong forms, no surrogates
// (U+D800..U+DFFF), nothing past U+10FFFF, no truncated sequences. What
// RapidJSON's validating reader and ICU's U8_NEXT accept, byte for byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::utf8 {

// One step through UTF-8 text.
struct Sequence {
  // Bytes of the character (1 to 4) when well formed; else of the maximal
  // ill-formed subpart (1 to 3), which ICU's U8_NEXT and Unicode's
  // "substitution of maximal subparts" skip as one U+FFFD. Each byte of such
  // a subpart is ill-formed on its own as well.
  std::size_t length;
  bool well_formed;
};

// The sequence that starts at text[at]; `at` < text.size().
Sequence sequence_at(std::string_view text, std::size_t at);

// A well-formed 3-byte character (most of CJK) at s[0..2]: E0 needs A0..BF
// next, ED 80..9F (no surrogates), E1..EC and EE..EF 80..BF. The caller
// makes sure three bytes are there. Inline: the hot loops of the extractor
// read CJK text a character at a time through it.
inline bool is_three_byte_character(const unsigned char* s) {
  const unsigned lead = s[0];
  if (lead < 0xE0 || lead > 0xEF) return false;
  const unsigned low = lead == 0xE0 ? 0xA0 : 0x80;
  const unsigned high = lead == 0xED ? 0x9F : 0xBF;
  return s[1] >= low && s[1] <= high && (s[2] & 0xC0) == 0x80;
}

// The byte offset of the first ill-formed sequence, or std::string_view::npos.
std::size_t first_invalid(std::string_view text);

inline bool is_valid(std::string_view text) { return first_invalid(text) == std::string_view::npos; }

// `text` with each byte of an ill-formed sequence written as \xNN (two
// lower-case hex digits), the rest as it is: valid UTF-8 that still shows
// which bytes were there. Valid text comes back unchanged; a text that
// holds a backslash and "x" and two hex digits already is not told apart
// from one with an escaped byte there.
std::string escape_invalid(std::string_view text);

}  // namespace kg::utf8
