// The query lexer: UTF-8 text to tokens. Identifiers are Unicode (ICU's
// identifier classes), so `中国` or `c2` are names as much as `country`.
#include "query/lexer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cerrno>
#include <cstdlib>
#include <limits>
#include <utility>

#include "base/ascii.h"
#include "base/text_position.h"

namespace kg::query {
namespace {

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    tokens.reserve(text_.size() / 3 + 2);  // about one token per three bytes in typical queries
    for (;;) {
      skip_space_and_comments();
      Token token = next();
      bool done = token.kind == TokenKind::End;
      tokens.push_back(std::move(token));
      if (done) return tokens;
    }
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    throw QueryError(text_, position_at(text_, offset), message);
  }

  // Tokens come in order, so positions are counted on from the last one
  // rather than from the start: lexing stays linear in the query's length.
  Position position(std::size_t offset) {
    if (offset < cursor_.offset) cursor_ = Position{};
    const TextPosition at = kg::position_at(text_.substr(cursor_.offset), offset - cursor_.offset,
                                            {cursor_.line, cursor_.column});
    cursor_ = {static_cast<std::uint32_t>(at.line), static_cast<std::uint32_t>(at.column), offset};
    return cursor_;
  }

  // The code point at byte `at`, and the byte just past it; fails on bad UTF-8.
  UChar32 peek_char(std::size_t at, std::size_t* next = nullptr) const {
    auto* bytes = reinterpret_cast<const std::uint8_t*>(text_.data());
    std::int32_t i = static_cast<std::int32_t>(at);
    UChar32 c;
    U8_NEXT(bytes, i, static_cast<std::int32_t>(text_.size()), c);
    if (c < 0) fail(at, "invalid UTF-8 in the query");
    if (next) *next = static_cast<std::size_t>(i);
    return c;
  }

  char at(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  void skip_space_and_comments() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++pos_;
      } else if (c == '/' && at(pos_ + 1) == '/') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else if (c == '/' && at(pos_ + 1) == '*') {
        std::size_t close = text_.find("*/", pos_ + 2);
        if (close == std::string_view::npos) fail(pos_, "unterminated comment: `/*` has no `*/`");
        pos_ = close + 2;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        std::size_t next;
        UChar32 u = peek_char(pos_, &next);
        if (!u_isUWhiteSpace(u)) return;
        pos_ = next;
      } else {
        return;
      }
    }
  }

  Token make(TokenKind kind, std::size_t start, std::size_t end) {
    return make(kind, start, end, std::string(text_.substr(start, end - start)));
  }
  // A token whose text is not its source: a string's decoded value, a name without its backticks.
  Token make(TokenKind kind, std::size_t start, std::size_t end, std::string text) {
    Token token;
    token.kind = kind;
    token.position = position(start);
    token.end = end;
    token.text = std::move(text);
    pos_ = end;
    return token;
  }

  Token next() {
    std::size_t start = pos_;
    if (pos_ >= text_.size()) return make(TokenKind::End, start, start);
    char c = text_[pos_];
    switch (c) {
      case '(':
        return make(TokenKind::LParen, start, start + 1);
      case ')':
        return make(TokenKind::RParen, start, start + 1);
      case '[':
        return make(TokenKind::LBracket, start, start + 1);
      case ']':
        return make(TokenKind::RBracket, start, start + 1);
      case '{':
        return make(TokenKind::LBrace, start, start + 1);
      case '}':
        return make(TokenKind::RBrace, start, start + 1);
      case ',':
        return make(TokenKind::Comma, start, start + 1);
      case ':':
        return make(TokenKind::Colon, start, start + 1);
      case ';':
        return make(TokenKind::Semicolon, start, start + 1);
      case '|':
        return make(TokenKind::Pipe, start, start + 1);
      case '*':
        return make(TokenKind::Star, start, start + 1);
      case '=':
        if (at(pos_ + 1) == '~') return make(TokenKind::RegexMatch, start, start + 2);
        return make(TokenKind::Equal, start, start + 1);
      case '/':  // comments are skipped before
        return make(TokenKind::Slash, start, start + 1);
      case '%':
        return make(TokenKind::Percent, start, start + 1);
      case '^':
        return make(TokenKind::Caret, start, start + 1);
      case '-':
        return make(TokenKind::Minus, start, start + 1);
      case '+':
        return make(TokenKind::Plus, start, start + 1);
      case '.':
        if (at(pos_ + 1) == '.') return make(TokenKind::DotDot, start, start + 2);
        if (is_ascii_digit(at(pos_ + 1))) return number(start);
        return make(TokenKind::Dot, start, start + 1);
      case '<':
        if (at(pos_ + 1) == '=') return make(TokenKind::LessEqual, start, start + 2);
        if (at(pos_ + 1) == '>') return make(TokenKind::NotEqual, start, start + 2);
        return make(TokenKind::Less, start, start + 1);
      case '>':
        if (at(pos_ + 1) == '=') return make(TokenKind::GreaterEqual, start, start + 2);
        return make(TokenKind::Greater, start, start + 1);
      case '!':
        if (at(pos_ + 1) == '=') return make(TokenKind::NotEqual, start, start + 2);
        break;
      case '"':
      case '\'':
        return string(start);
      case '`':
        return quoted_identifier(start);
      case '$':
        return parameter(start);
      default:
        break;
    }
    if (is_ascii_digit(c)) return number(start);
    if (is_ascii_name_char(c)) return make(TokenKind::Identifier, start, name_end(pos_ + 1));
    std::size_t after;
    UChar32 u = peek_char(pos_, &after);
    if (u == '_' || u_hasBinaryProperty(u, UCHAR_ID_START)) {
      return make(TokenKind::Identifier, start, name_end(after));
    }
    std::string shown(text_.substr(start, after - start));
    if (u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019) {
      fail(start, "unexpected `" + shown + "`: quote strings with ASCII \" or '");
    }
    fail(start, "unexpected character `" + shown + "`");
  }

  // ASCII letters and '_' start a name; with digits they continue one. The
  // common case, decided without ICU.
  static bool is_ascii_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  // The end of a name whose first character ends at `end`.
  std::size_t name_end(std::size_t end) {
    while (end < text_.size()) {
      const char c = text_[end];
      if (is_ascii_name_char(c) || is_ascii_digit(c)) {
        ++end;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x80) break;
      std::size_t following;
      UChar32 part = peek_char(end, &following);
      if (part != '_' && !u_hasBinaryProperty(part, UCHAR_ID_CONTINUE)) break;
      end = following;
    }
    return end;
  }

  // $name, $`a name` or $0: a value given with the query (--param, :param).
  Token parameter(std::size_t start) {
    if (at(start + 1) == '`') {
      Position where = position(start);  // before the name's: positions are counted forwards
      Token token = quoted_identifier(start + 1);
      token.kind = TokenKind::Parameter;
      token.position = where;
      return token;
    }
    std::size_t after = start + 1;
    UChar32 u = after < text_.size() ? peek_char(after, &after) : U_SENTINEL;
    if (u != '_' && !u_hasBinaryProperty(u, UCHAR_ID_CONTINUE)) {
      fail(start, "expected a parameter name after `$`, as in $name");
    }
    Token token = make(TokenKind::Parameter, start, name_end(after));
    token.text = token.text.substr(1);
    return token;
  }

  Token number(std::size_t start) {
    std::size_t end = start;
    while (is_ascii_digit(at(end))) ++end;
    bool is_float = false;
    // "1..3" is a range, not the float "1." followed by ".3".
    if (at(end) == '.' && is_ascii_digit(at(end + 1))) {
      is_float = true;
      ++end;
      while (is_ascii_digit(at(end))) ++end;
    }
    if ((at(end) == 'e' || at(end) == 'E') &&
        (is_ascii_digit(at(end + 1)) ||
         ((at(end + 1) == '-' || at(end + 1) == '+') && is_ascii_digit(at(end + 2))))) {
      is_float = true;
      end += 2;
      while (is_ascii_digit(at(end))) ++end;
    }
    std::string digits(text_.substr(start, end - start));
    Token token = make(is_float ? TokenKind::Float : TokenKind::Integer, start, end);
    errno = 0;
    if (is_float) {
      token.number = std::strtod(digits.c_str(), nullptr);
      if (errno == ERANGE) fail(start, "number `" + digits + "` is out of range");
    } else {
      char* stop = nullptr;
      unsigned long long value = std::strtoull(digits.c_str(), &stop, 10);
      if (errno == ERANGE ||
          value > static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max())) {
        fail(start, "integer `" + digits + "` is too large (at most 9223372036854775807)");
      }
      token.integer = static_cast<std::int64_t>(value);
    }
    return token;
  }

  static void append_utf8(std::string& out, UChar32 c) {
    std::uint8_t buffer[4];
    std::int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);  // c is a valid scalar value: checked by the caller
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
  }

  Token string(std::size_t start) {
    char quote = text_[start];
    std::string value;
    std::size_t i = start + 1;
    for (;;) {
      if (i >= text_.size()) fail(start, "unterminated string: no closing " + std::string(1, quote));
      char c = text_[i];
      if (c == quote) break;
      if (c != '\\') {
        std::size_t next;
        peek_char(i, &next);  // checks the UTF-8
        value.append(text_.substr(i, next - i));
        i = next;
        continue;
      }
      char e = at(i + 1);
      switch (e) {
        case '\\':
          value += '\\';
          break;
        case '\'':
          value += '\'';
          break;
        case '"':
          value += '"';
          break;
        case 'n':
          value += '\n';
          break;
        case 't':
          value += '\t';
          break;
        case 'r':
          value += '\r';
          break;
        case 'b':
          value += '\b';
          break;
        case 'f':
          value += '\f';
          break;
        case 'u': {
          UChar32 code = 0;
          for (std::size_t k = 0; k < 4; ++k) {
            char h = at(i + 2 + k);
            int digit = is_ascii_digit(h)        ? h - '0'
                        : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                        : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                                 : -1;
            if (digit < 0) fail(i, "`\\u` must be followed by four hex digits");
            code = code * 16 + digit;
          }
          if (U_IS_SURROGATE(code)) fail(i, "`\\u` escape names a surrogate, not a character");
          append_utf8(value, code);
          i += 6;
          continue;
        }
        default: {
          std::size_t shown_end = i + 1 < text_.size() ? i + 2 : i + 1;
          fail(i, "unknown escape `" + std::string(text_.substr(i, shown_end - i)) +
                      "` (use \\\\, \\', \\\", \\n, \\t or \\uXXXX)");
        }
      }
      i += 2;
    }
    return make(TokenKind::String, start, i + 1, std::move(value));
  }

  Token quoted_identifier(std::size_t start) {
    std::string value;
    std::size_t i = start + 1;
    for (;;) {
      if (i >= text_.size()) fail(start, "unterminated name: no closing `");
      if (text_[i] == '`') {
        if (at(i + 1) == '`') {  // `` inside backticks is one backtick
          value += '`';
          i += 2;
          continue;
        }
        break;
      }
      std::size_t next;
      peek_char(i, &next);
      value.append(text_.substr(i, next - i));
      i = next;
    }
    if (value.empty()) fail(start, "empty name in backticks");
    return make(TokenKind::QuotedIdentifier, start, i + 1, std::move(value));
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  Position cursor_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view query) { return Lexer(query).run(); }

std::string describe(const Token& token) {
  switch (token.kind) {
    case TokenKind::End:
      return "the end of the query";
    case TokenKind::String:
      return "a string";
    case TokenKind::QuotedIdentifier:
      return "`" + token.text + "`";
    case TokenKind::Parameter:
      return "the parameter `$" + token.text + "`";
    default:
      return "`" + token.text + "`";
  }
}

bool keyword_equals(std::string_view word, std::string_view keyword) {
  if (word.size() != keyword.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char a = word[i], b = keyword[i];
    if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
    if (b >= 'a' && b <= 'z') b = static_cast<char>(b - 'a' + 'A');
    if (a != b) return false;
  }
  return true;
}

}  // namespace kg::query
