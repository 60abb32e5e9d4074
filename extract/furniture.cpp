// Blanking Markdown/HTML furniture, URLs and e-mail addresses: one pass over
// the bytes, looking closer only at the few ASCII bytes that can start one.
#include "extract/furniture.h"

#include <array>
#include <cstring>
#include <string_view>

#include "base/ascii.h"

namespace kg::extract {
namespace {

constexpr std::size_t kNone = std::string::npos;
// A tag longer than this is text with a stray '<' in it.
constexpr std::size_t kMaxTagLength = 4096;

bool starts_with_ci(std::string_view text, std::size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(text[at + i]) != prefix[i]) return false;
  }
  return true;
}

std::size_t find_ci(std::string_view text, std::size_t from, std::string_view needle) {
  for (std::size_t i = from; i + needle.size() <= text.size(); ++i) {
    if (starts_with_ci(text, i, needle)) return i;
  }
  return kNone;
}

void blank(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

// The end of YAML front matter (just past its closing line), or 0 if none.
std::size_t front_matter_end(std::string_view text) {
  auto line_is = [&](std::size_t begin, std::size_t end, std::string_view what) {
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
    return text.substr(begin, end - begin) == what;
  };
  std::size_t end = text.find('\n');
  if (end == kNone || !line_is(0, end, "---")) return 0;
  for (std::size_t begin = end + 1; begin < text.size(); begin = end + 1) {
    end = text.find('\n', begin);
    if (end == kNone) end = text.size();
    if (line_is(begin, end, "---") || line_is(begin, end, "...")) return end;
  }
  return 0;  // never closed: a horizontal rule, not front matter
}

// The end of a URL starting at `begin`. Parentheses and brackets belong to
// it only when balanced inside it ("(see https://x.org/a_(b))"), and
// trailing punctuation belongs to the sentence.
std::size_t url_end(std::string_view text, std::size_t begin) {
  int parens = 0, brackets = 0;
  std::size_t i = begin;
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 || c <= ' ' || std::strchr("<>\"{}|\\^`", c) != nullptr) break;
    if (c == '(') ++parens;
    if (c == '[') ++brackets;
    if (c == ')' && parens-- == 0) break;
    if (c == ']' && brackets-- == 0) break;
  }
  while (i > begin && std::strchr(".,;:!?'*_~", text[i - 1]) != nullptr) --i;
  return i;
}

bool starts_word(std::string_view text, std::size_t at) {
  return at == 0 || (!is_ascii_alnum(text[at - 1]) && text[at - 1] != '.' && text[at - 1] != '/' &&
                     text[at - 1] != '@' && text[at - 1] != '-');
}

// The end of a bare URL at `at`, or kNone.
std::size_t bare_url(std::string_view text, std::size_t at) {
  if (!starts_word(text, at)) return kNone;
  std::size_t body;
  if (starts_with_ci(text, at, "https://")) {
    body = at + 8;
  } else if (starts_with_ci(text, at, "http://")) {
    body = at + 7;
  } else if (starts_with_ci(text, at, "www.")) {
    body = at + 4;
  } else {
    return kNone;
  }
  if (body >= text.size() || !is_ascii_alnum(text[body])) return kNone;
  return url_end(text, at);
}

// [begin, end) of the e-mail address around the '@' at `at`, or {kNone, kNone}.
std::pair<std::size_t, std::size_t> email_around(std::string_view text, std::size_t at) {
  auto in_local = [](char c) {
    return is_ascii_alnum(c) || (c != '\0' && std::strchr("._%+-", c) != nullptr);
  };
  std::size_t begin = at;
  while (begin > 0 && in_local(text[begin - 1])) --begin;
  std::size_t end = at + 1;
  while (end < text.size() && (is_ascii_alnum(text[end]) || text[end] == '-' || text[end] == '.')) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  const std::string_view domain = text.substr(at + 1, end - at - 1);
  const std::size_t dot = domain.rfind('.');
  if (begin == at || dot == kNone || dot == 0 || domain.size() - dot < 3) return {kNone, kNone};
  for (std::size_t i = dot + 1; i < domain.size(); ++i) {
    if (!is_ascii_alpha(domain[i])) return {kNone, kNone};  // top-level domains are letters
  }
  return {begin, end};
}

struct Link {
  std::size_t close = kNone;  // the ']'
  std::size_t end = kNone;    // just past the ')' of the target
};

// A Markdown link [text](target) whose '[' is at `at`, on one line.
Link markdown_link(std::string_view text, std::size_t at) {
  std::size_t close = at + 1;
  while (close < text.size() && text[close] != ']' && text[close] != '[' && text[close] != '\n') ++close;
  if (close + 1 >= text.size() || text[close] != ']' || text[close + 1] != '(') return {};
  int depth = 0;
  for (std::size_t i = close + 1; i < text.size() && text[i] != '\n'; ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return {close, i + 1};
  }
  return {};
}

// The end of an HTML comment, tag or declaration at `at` ('<'), or kNone.
std::size_t html_markup(std::string_view text, std::size_t at) {
  if (text.compare(at, 4, "<!--") == 0) {
    std::size_t close = text.find("-->", at + 4);
    return close == kNone ? kNone : close + 3;
  }
  std::size_t i = at + 1;
  if (i < text.size() && (text[i] == '/' || text[i] == '!' || text[i] == '?')) ++i;
  if (i >= text.size() || !is_ascii_alpha(text[i])) return kNone;
  while (i < text.size() && (is_ascii_alnum(text[i]) || text[i] == '-' || text[i] == ':')) ++i;
  if (i >= text.size() || !(is_ascii_space(text[i]) || text[i] == '/' || text[i] == '>')) return kNone;
  char quote = 0;
  for (; i < text.size() && i - at < kMaxTagLength; ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    } else if (c == '<' || (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n')) {
      return kNone;  // a '<' or a blank line before any '>': not a tag
    }
  }
  return kNone;
}

// The end of a character reference &name; &#123; &#x7B; at `at`, or kNone.
std::size_t character_reference(std::string_view text, std::size_t at) {
  std::size_t i = at + 1, digits = 0;
  if (i < text.size() && text[i] == '#') {
    ++i;
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    while (i < text.size() && (hex ? is_ascii_hex_digit(text[i]) : is_ascii_digit(text[i])) && digits < 8)
      ++i, ++digits;
  } else if (i < text.size() && is_ascii_alpha(text[i])) {
    while (i < text.size() && is_ascii_alnum(text[i]) && digits < 32) ++i, ++digits;
  }
  return digits > 0 && i < text.size() && text[i] == ';' ? i + 1 : kNone;
}

// The bytes blank_furniture() looks closer at: those its switch has a case for.
constexpr auto kMayStartFurniture = [] {
  std::array<bool, 256> may_start{};
  for (char c : std::string_view("![<&hHwW@")) may_start[static_cast<unsigned char>(c)] = true;
  return may_start;
}();

}  // namespace

void blank_furniture(std::string& text) {
  const std::string_view view(text);  // the size never changes, so the view stays valid
  std::size_t i = front_matter_end(view);
  blank(text, 0, i);
  while (i < view.size()) {
    // Most bytes (all of CJK) start nothing: passed over by a table look-up.
    if (!kMayStartFurniture[static_cast<unsigned char>(view[i])]) {
      ++i;
      continue;
    }
    std::size_t end = kNone;
    switch (view[i]) {
      case '!':
        if (i + 1 < view.size() && view[i + 1] == '[') end = markdown_link(view, i + 1).end;
        break;
      case '[': {
        Link link = markdown_link(view, i);
        if (link.end != kNone) {  // keep the text; go on scanning inside it
          blank(text, i, i + 1);
          blank(text, link.close, link.end);
        }
        break;
      }
      case '<':
        end = html_markup(view, i);
        if (end != kNone && (starts_with_ci(view, i, "<script") || starts_with_ci(view, i, "<style"))) {
          // Their content is code, not text.
          std::size_t close =
              find_ci(view, end, view[i + 2] == 'c' || view[i + 2] == 'C' ? "</script" : "</style");
          if (close != kNone) end = close;
        }
        break;
      case '&':
        end = character_reference(view, i);
        break;
      case 'h':
      case 'H':
      case 'w':
      case 'W':
        end = bare_url(view, i);
        break;
      case '@': {
        auto [begin, stop] = email_around(view, i);
        if (begin != kNone) {
          blank(text, begin, stop);
          i = stop;
          continue;
        }
        break;
      }
      default:
        break;
    }
    if (end != kNone) {
      blank(text, i, end);
      i = end;
    } else {
      ++i;
    }
  }
}

}  // namespace kg::extract
