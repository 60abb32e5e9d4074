// Lines as the frames read them: a field's label or a column's header, the
// line around a trigger, the name a record or chart line is about, and a
// reference list's entry (AUTHOR. YEAR. TITLE) with the bodies it cites.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them

const std::string* label_word(std::string_view label, const std::vector<std::string>& words) {
  for (std::string_view other : {"非", "未", "拟", "不", "拒绝", "共同", "联署", "下届", "前任"}) {
    if (label.starts_with(other)) return nullptr;
  }
  std::size_t cut = std::min(label.find('/'), label.find('('));
  cut = std::min(cut, label.find("（"));
  label = trim_ascii_space(label.substr(0, cut));
  for (const std::string& word : words) {
    if (!all_ascii(word)) {
      if (label.ends_with(word)) return &word;
    } else if (equal_ignoring_ascii_case(label, word) ||
               (label.size() > word.size() + 4 &&
                equal_ignoring_ascii_case(label.substr(0, word.size()), word) &&
                equal_ignoring_ascii_case(label.substr(word.size(), 5), " and "))) {
      return &word;
    }
  }
  return nullptr;
}

std::optional<Span> line_around(std::string_view text, std::size_t at, std::size_t max_bytes) {
  const std::size_t from = at > max_bytes ? at - max_bytes : 0;
  const std::size_t newline = text.substr(from, at - from).rfind('\n');
  if (newline == std::string_view::npos && from != 0) return std::nullopt;
  const std::size_t begin = newline == std::string_view::npos ? 0 : from + newline + 1;
  const std::size_t end_newline = text.substr(at, max_bytes).find('\n');
  const std::size_t end = end_newline == std::string_view::npos ? text.size() : at + end_newline;
  if (end - begin > max_bytes) return std::nullopt;
  return Span{begin, end};
}

const Mention* first_named_within(const SentenceReading& reading, Span span,
                                  const std::vector<graph::NodeType>& types, std::size_t max_sentences) {
  const std::vector<Mention>* first = reading.document.data();
  const std::vector<Mention>* here = &reading.mentions;
  const std::less<> before;  // (a total order, whatever the pointers)
  if (before(here, first) || !before(here, first + reading.document.size())) return nullptr;
  const Mention* found = nullptr;
  for (std::size_t back = 0; back < max_sentences; ++back, --here) {
    for (const Mention& m : *here) {
      if (inside(m, span) && type_in(m.type, types) && !m.weak && !m.nested &&
          (!found || m.span.begin < found->span.begin))
        found = &m;
    }
    if (here == first || (!here->empty() && here->front().span.begin <= span.begin)) break;
  }
  return found;
}

bool alone_on_line(std::string_view text, Span line, const Mention& named) {
  if (!inside(named, line) || !is_ascii_blank(text.substr(line.begin, named.span.begin - line.begin)))
    return false;
  const std::string_view after = trim_ascii_space(text.substr(named.span.end, line.end - named.span.end));
  return after.empty() ||
         (after.front() == '(' && after.back() == ')' && after.find(')') == after.size() - 1);
}

std::optional<Citation> citation_on_line(std::string_view text, Span line) {
  constexpr std::size_t kMaxAuthorBytes = 200;
  const std::string_view s = text.substr(line.begin, line.end - line.begin);
  for (std::size_t dot = s.find(". "); dot != std::string_view::npos && dot <= kMaxAuthorBytes;
       dot = s.find(". ", dot + 1)) {
    std::size_t at = dot + 2;
    if (at + 4 > s.size() || !std::all_of(s.begin() + static_cast<std::ptrdiff_t>(at),
                                          s.begin() + static_cast<std::ptrdiff_t>(at + 4), is_ascii_digit))
      continue;
    const int year = std::stoi(std::string(s.substr(at, 4)));
    at += 4;
    if (at < s.size() && s[at] >= 'a' && s[at] <= 'z') ++at;  // 2019a
    if (dot == 0 || year < 1900 || year > 2100 || s.substr(at, 2) != ". " || at + 2 >= s.size())
      return std::nullopt;
    return Citation{{line.begin, line.begin + dot}, year, line.begin + at + 2};
  }
  return std::nullopt;
}

const Mention* cited_document(std::string_view text, const Citation& citation,
                              std::span<const Mention> mentions) {
  std::size_t begin = citation.title_begin;
  if (text.substr(begin, 4) == "The ") begin += 4;
  for (const Mention& m : mentions) {
    if (m.span.begin != begin || m.nested || m.weak || m.reference || m.type != graph::NodeType::Initiative)
      continue;
    // The name is the whole title, its number in brackets allowed (Convention on Cybercrime (ETS No. 185).),
    // not the opening of a work's title about it (Convention on Cybercrime faces new test.).
    std::string_view after = text.substr(m.span.end);
    after = after.substr(0, after.find('\n'));
    after = trim_ascii_space(after);
    if (after.starts_with("(")) {
      const std::size_t close = after.find(')');
      if (close == std::string_view::npos) return nullptr;
      after = trim_ascii_space(after.substr(close + 1));
    }
    return after.empty() || after.starts_with(".") ? &m : nullptr;
  }
  return nullptr;
}

std::vector<const Mention*> citing_bodies(std::string_view text, const Citation& citation,
                                          const std::vector<const Mention*>& named) {
  std::vector<const Mention*> bodies;
  std::string rest;
  std::size_t from = citation.authors.begin;
  for (const Mention* m : named) {
    if (m->span.begin < from || m->span.end > citation.authors.end) continue;
    // (A name in a bracket says whose the body is: the United Kingdom of a ministry's (United Kingdom).)
    const std::string_view before =
        text.substr(citation.authors.begin, m->span.begin - citation.authors.begin);
    if (std::count(before.begin(), before.end(), '(') != std::count(before.begin(), before.end(), ')'))
      continue;
    if (m->type != graph::NodeType::Country && m->type != graph::NodeType::Organization) return {};
    bodies.push_back(m);
    rest.append(text.substr(from, m->span.begin - from));
    from = m->span.end;
  }
  rest.append(text.substr(from, citation.authors.end - from));
  if (bodies.empty() || !joins_names_only(rest)) return {};
  return bodies;
}

bool joins_names_only(std::string_view rest) {
  static constexpr std::array<std::string_view, 9> kJoiners = {",",  ";",  "&",  "，", "；",
                                                               "、", "和", "及", "与"};
  std::size_t depth = 0;
  std::string words;
  for (char c : rest) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth == 0) return false;
      --depth;
    } else if (depth == 0) {
      words += c;
    }
  }
  if (depth != 0) return false;
  std::string_view left = words;
  while (!left.empty()) {
    left = trim_ascii_space(left);
    if (left.empty()) break;
    const auto joiner = std::find_if(kJoiners.begin(), kJoiners.end(),
                                     [&](std::string_view j) { return left.starts_with(j); });
    if (joiner != kJoiners.end()) {
      left.remove_prefix(joiner->size());
    } else if (left.starts_with("and ") || left == "and") {
      left.remove_prefix(3);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace kg::extract
