// Byte by byte rather than through a decoder: every string of a graph file
// and every input document passes here, so ASCII and CJK have fast paths.
#include "base/utf8.h"

#include <cstdint>
#include <cstring>

namespace kg::utf8 {

Sequence sequence_at(std::string_view text, std::size_t at) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + at;
  const std::size_t available = text.size() - at;
  const unsigned lead = s[0];
  if (lead < 0x80) return {1, true};
  std::size_t length = 0;
  unsigned low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlongs
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // no overlongs
    if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    return {1, false};  // a continuation byte, C0, C1 or F5..FF
  }
  // As far as the bytes are right: that is the maximal subpart if they stop short.
  std::size_t good = 1;
  if (good < available && s[1] >= low && s[1] <= high) {
    ++good;
    while (good < length && good < available && (s[good] & 0xC0) == 0x80) ++good;
  }
  return {good, good == length};
}

std::size_t first_invalid(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      // Eight ASCII bytes at a time: a graph file's indentation and keys.
      while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, s + i, 8);
        if (word & 0x8080808080808080ull) break;
        i += 8;
      }
      if (i < n && s[i] < 0x80) ++i;
      continue;
    }
    // Runs of 3-byte characters: Chinese text, a character per step.
    while (i + 3 <= n && is_three_byte_character(s + i)) i += 3;
    if (i >= n || s[i] < 0x80) continue;
    const Sequence sequence = sequence_at(text, i);
    if (!sequence.well_formed) return i;
    i += sequence.length;
  }
  return std::string_view::npos;
}

std::string escape_invalid(std::string_view text) {
  std::size_t at = first_invalid(text);
  if (at == std::string_view::npos) return std::string(text);
  constexpr std::string_view kHex = "0123456789abcdef";
  std::string escaped(text.substr(0, at));
  while (at < text.size()) {
    const Sequence sequence = sequence_at(text, at);
    if (sequence.well_formed) {
      escaped.append(text.substr(at, sequence.length));
    } else {
      for (std::size_t i = 0; i < sequence.length; ++i) {
        const auto byte = static_cast<unsigned char>(text[at + i]);
        escaped += "\\x";
        escaped += kHex[byte >> 4];
        escaped += kHex[byte & 0xF];
      }
    }
    at += sequence.length;
  }
  return escaped;
}

}  // namespace kg::utf8
