// The first stage of a query: its text as tokens, each with its position.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "query/error.h"

namespace kg::query {

enum class TokenKind {
  Identifier,        // a name or a keyword; keywords are told apart by the parser
  QuotedIdentifier,  // `a name in backticks`: never a keyword
  Parameter,         // $name or $`a name`; text is the name without the $
  Integer,
  Float,
  String,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Semicolon,
  Dot,
  DotDot,
  Pipe,
  Star,
  Equal,
  NotEqual,
  Less,
  LessEqual,
  Greater,
  GreaterEqual,
  Minus,
  Plus,
  Slash,
  Percent,
  Caret,
  RegexMatch,  // =~
  End,
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;  // identifiers: the name; strings: the decoded value; else the source
  std::int64_t integer = 0;
  double number = 0;
  Position position;
  std::size_t end = 0;  // byte offset just past the token
};

// Splits `query` into tokens ending with one End token. Skips white space and
// // and /* */ comments. Throws QueryError for a character that starts no
// token, an unterminated string or comment, a bad escape, invalid UTF-8 or
// a number out of range.
std::vector<Token> tokenize(std::string_view query);

// How a token is named in a syntax error: `MATCH`, `)`, "the end of the query".
std::string describe(const Token& token);

// Keywords are case-insensitive: equal ignoring ASCII case.
bool keyword_equals(std::string_view word, std::string_view keyword);

}  // namespace kg::query
