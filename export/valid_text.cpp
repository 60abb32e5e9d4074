// UTF-8 validation by the table of well-formed byte sequences in Unicode
// 15, section 3.9 (table 3-7), which rules out overlongs and surrogates.
#include "export/valid_text.h"

#include <cstddef>

namespace kg::exporter {
namespace {

bool is_continuation(unsigned char byte, unsigned char low = 0x80, unsigned char high = 0xBF) {
  return byte >= low && byte <= high;
}

// Length of the well-formed sequence at text[at], or 0 if there is none.
std::size_t sequence_length(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t i) -> unsigned char {
    return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0;
  };
  unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return is_continuation(byte(1)) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlongs
    unsigned char high = lead == 0xED ? 0x9F : 0xBF;  // no surrogates
    return is_continuation(byte(1), low, high) && is_continuation(byte(2)) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    unsigned char low = lead == 0xF0 ? 0x90 : 0x80;   // no overlongs
    unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    return is_continuation(byte(1), low, high) && is_continuation(byte(2)) && is_continuation(byte(3)) ? 4
                                                                                                       : 0;
  }
  return 0;
}

bool is_allowed_in_xml(std::string_view sequence) {
  if (sequence.size() == 1) {
    unsigned char c = static_cast<unsigned char>(sequence[0]);
    return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
  }
  return sequence != "\xEF\xBF\xBE" && sequence != "\xEF\xBF\xBF";  // U+FFFE, U+FFFF
}

}  // namespace

std::string valid_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = sequence_length(text, at);
    if (length == 0) {
      out += kReplacementCharacter;
      ++at;
      continue;
    }
    std::string_view sequence = text.substr(at, length);
    if (is_allowed_in_xml(sequence)) {
      out += sequence;
    } else {
      out += kReplacementCharacter;
    }
    at += length;
  }
  return out;
}

}  // namespace kg::exporter
