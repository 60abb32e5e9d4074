// Where a query goes wrong: a position in the query text and the error that
// shows it, compiler style, with the query line and a caret under the place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/errors.h"

namespace kg::query {

// A place in the query text. line and column are 1-based; column counts
// characters (code points), not bytes. offset is the byte offset.
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::size_t offset = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

// A syntax error, a semantic error (unknown label or relationship type,
// unbound variable, aggregate misuse) or a limit hit while running. what() is
// the full report:
//   2:14: unknown relationship type `PROPOSE`; did you mean `PROPOSED`?
//     MATCH (c)-[:PROPOSE]->(i)
//                 ^
class QueryError : public Error {
 public:
  QueryError(std::string_view query, Position position, const std::string& message);

  const Position& position() const { return position_; }
  std::size_t line() const { return position_.line; }
  std::size_t column() const { return position_.column; }
  // The message alone, without the position and the caret.
  const std::string& message() const { return message_; }
  // The query line the error is on and the caret line under it (the caret
  // lined up for wide characters such as Chinese, which take two columns).
  const std::string& source_line() const { return source_line_; }
  const std::string& caret_line() const { return caret_line_; }

 private:
  Position position_;
  std::string message_;
  std::string source_line_;
  std::string caret_line_;
};

// A query stopped because Options::cancel was set (Ctrl-C at the prompt).
class Cancelled : public Error {
 public:
  Cancelled() : Error("query cancelled") {}
};

// The position of byte `offset` in `text`.
Position position_at(std::string_view text, std::size_t offset);

// Columns a terminal gives `text`: two for East Asian wide and fullwidth
// characters, none for combining marks, one for the rest.
std::size_t display_width(std::string_view text);

}  // namespace kg::query
