// One escaping of terminal controls for every human-readable output of kg.
#include "base/terminal_text.h"

#include <cstdint>

#include "base/utf8.h"

namespace kg {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void hex_byte(std::string& out, unsigned char byte) {
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0xF];
}

// The code point of a well-formed sequence of `length` bytes at s.
char32_t decode(const unsigned char* s, std::size_t length) {
  switch (length) {
    case 2:
      return (char32_t{s[0] & 0x1Fu} << 6) | (s[1] & 0x3Fu);
    case 3:
      return (char32_t{s[0] & 0x0Fu} << 12) | (char32_t{s[1] & 0x3Fu} << 6) | (s[2] & 0x3Fu);
    default:
      return (char32_t{s[0] & 0x07u} << 18) | (char32_t{s[1] & 0x3Fu} << 12) | (char32_t{s[2] & 0x3Fu} << 6) |
             (s[3] & 0x3Fu);
  }
}

// C1 controls (U+0080..U+009F) and the characters that reorder text:
// ALM, LRM, RLM, the embeddings and overrides U+202A..U+202E, the isolates
// U+2066..U+2069 (the "Trojan Source" set), and the line and paragraph
// separators.
bool is_hidden_control(char32_t c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string escape(std::string_view text, bool keep_lines) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      const bool kept = keep_lines && (byte == '\n' || byte == '\t');
      if ((byte < 0x20 || byte == 0x7F) && !kept)
        hex_byte(out, byte);
      else
        out += static_cast<char>(byte);
      ++at;
      continue;
    }
    const utf8::Sequence sequence = utf8::sequence_at(text, at);
    if (!sequence.well_formed) {
      for (std::size_t i = 0; i < sequence.length; ++i)
        hex_byte(out, static_cast<unsigned char>(text[at + i]));
    } else if (const char32_t c =
                   decode(reinterpret_cast<const unsigned char*>(text.data() + at), sequence.length);
               is_hidden_control(c)) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
    } else {
      out.append(text.substr(at, sequence.length));
    }
    at += sequence.length;
  }
  return out;
}

}  // namespace

std::string printable(std::string_view text) { return escape(text, false); }

std::string printable_lines(std::string_view text) { return escape(text, true); }

}  // namespace kg
