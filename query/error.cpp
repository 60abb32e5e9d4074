// Positions in query text and the caret report of a QueryError, with ICU's
// East Asian width so the caret stands under the right character.
#include "query/error.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <tuple>
#include <utility>

#include "base/text_position.h"

namespace kg::query {
namespace {

int char_width(UChar32 c) {
  if (c < 0) return 1;  // invalid UTF-8 shows as one replacement character
  int category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) {
    return 0;
  }
  int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

// Calls visit(code point, byte offset) for each character of text.
template <typename Visit>
void each_char(std::string_view text, Visit visit) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::int32_t length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    std::int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    visit(c, static_cast<std::size_t>(start));
  }
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The line holding byte `offset`, and a caret line pointing at that byte.
// A long line (a 10 MB query on one line) is shown as the bytes around the
// place, up to kContextBytes either side, cut between characters and marked
// "...", so that the report stays a few lines long.
std::pair<std::string, std::string> excerpt(std::string_view query, std::size_t offset) {
  constexpr std::size_t kContextBytes = 200;
  offset = std::min(offset, query.size());
  std::size_t begin = 0;
  if (offset > 0) {
    if (std::size_t newline = query.rfind('\n', offset - 1); newline != std::string_view::npos) {
      begin = newline + 1;
    }
  }
  std::size_t end = query.find('\n', offset);
  if (end == std::string_view::npos) end = query.size();
  std::string before, after;
  if (offset - begin > kContextBytes) {
    begin = offset - kContextBytes;
    while (begin < offset && is_continuation_byte(query[begin])) ++begin;
    before = "...";
  }
  if (end - offset > kContextBytes) {
    end = offset + kContextBytes;
    while (end > offset && is_continuation_byte(query[end])) --end;
    after = "...";
  }
  std::string_view line = query.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::string caret(before.size(), ' ');
  // Tabs are copied so the caret lines up whatever the terminal's tab stops.
  each_char(query.substr(begin, offset - begin), [&](UChar32 c, std::size_t) {
    if (c == '\t')
      caret += '\t';
    else
      caret.append(static_cast<std::size_t>(char_width(c)), ' ');
  });
  caret += '^';
  return {before + std::string(line) + after, caret};
}

// `message` with each `quoted` part of over kQuotedBytes bytes cut short
// (between characters) and marked "...": a message quotes a token of the
// query, and a token may be a megabyte long.
std::string clip_quoted(const std::string& message) {
  constexpr std::size_t kQuotedBytes = 80;
  std::string clipped;
  std::size_t at = 0;
  for (;;) {
    const std::size_t open = message.find('`', at);
    const std::size_t close = open == std::string::npos ? open : message.find('`', open + 1);
    if (close == std::string::npos) break;
    clipped.append(message, at, open + 1 - at);
    if (close - open - 1 > kQuotedBytes) {
      std::size_t end = open + 1 + kQuotedBytes;
      while (end > open + 1 && is_continuation_byte(message[end])) --end;
      clipped.append(message, open + 1, end - open - 1);
      clipped += "...";
    } else {
      clipped.append(message, open + 1, close - open - 1);
    }
    clipped += '`';
    at = close + 1;
  }
  clipped.append(message, at);
  return clipped;
}

std::string report(std::string_view query, Position position, const std::string& message) {
  auto [line, caret] = excerpt(query, position.offset);
  return std::to_string(position.line) + ":" + std::to_string(position.column) + ": " + message + "\n  " +
         line + "\n  " + caret;
}

}  // namespace

Position position_at(std::string_view text, std::size_t offset) {
  const TextPosition at = kg::position_at(text, offset);
  return {static_cast<std::uint32_t>(at.line), static_cast<std::uint32_t>(at.column), offset};
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  each_char(text, [&](UChar32 c, std::size_t) { width += char_width(c); });
  return width;
}

QueryError::QueryError(std::string_view query, Position position, const std::string& message)
    : Error(report(query, position, clip_quoted(message))),
      position_(position),
      message_(clip_quoted(message)) {
  std::tie(source_line_, caret_line_) = excerpt(query, position.offset);
}

}  // namespace kg::query
