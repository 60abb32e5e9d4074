// Where a byte offset is in a text, as people count: line and column.
#pragma once

#include <cstddef>
#include <string_view>

namespace kg {

// A place in a text: 1-based line, and 1-based column counted in characters.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
  friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

// The position of byte `offset` of `text`, when text[0] is at `start` (a
// text read in pieces, a line of a larger file). A line ends at '\n'. Each byte
// that is not a UTF-8 continuation byte counts as a character: exact for
// well-formed UTF-8, and for ill-formed text it still moves on at its lead
// bytes. An offset past the end means the end.
TextPosition position_at(std::string_view text, std::size_t offset, TextPosition start = {});

}  // namespace kg
