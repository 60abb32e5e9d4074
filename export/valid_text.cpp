// Text every consumer of an export accepts: well-formed UTF-8 as base/utf8.h
// defines it, less what XML 1.0 forbids.
#include "export/valid_text.h"

#include <cstddef>

#include "base/utf8.h"

namespace kg::exporter {
namespace {

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
    const utf8::Sequence step = utf8::sequence_at(text, at);
    const std::string_view sequence = text.substr(at, step.length);
    if (!step.well_formed) {
      // A mark for each byte, as each would be refused alone: the output shows how much was damaged.
      for (std::size_t i = 0; i < step.length; ++i) out += kReplacementCharacter;
    } else if (is_allowed_in_xml(sequence)) {
      out += sequence;
    } else {
      out += kReplacementCharacter;
    }
    at += step.length;
  }
  return out;
}

}  // namespace kg::exporter
