// Byte offset -> line:column, for every error that points into a file or a query.
#include "base/text_position.h"

#include <algorithm>

namespace kg {

TextPosition position_at(std::string_view text, std::size_t offset, TextPosition start) {
  TextPosition at = start;
  const std::string_view before = text.substr(0, std::min(offset, text.size()));
  for (const char c : before) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == '\n') {
      at = {at.line + 1, 1};
    } else if ((byte & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

}  // namespace kg
