// The table-row frame: a row of a plain-text table whose header row names its
// columns (时间｜事件｜参与方｜成果文件; Instrument | Adopted by | Date | Signatories).
// A rule's triggers are header words, not looked for in running text: the
// names in the column one heads are the rule's subjects, acting on what the
// row is about, the name in its first cell (or the next, after a date)
// (参与方, Adopted by, Signatories: who took part in the row's event, adopted
// or signed its instrument), or, for a date rule, its objects (成果文件: the
// documents dated by the row's first cell), or the column holds the row's
// date (Date: what the row is about is dated by every year in the cell).
// The chart-row frame reads a treaty's chart of signatures the other way
// round: a row per actor (State | Signature | Ratification), a date in the
// column a rule's trigger heads is that act of the row's actor on the treaty
// the chart is of.
#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "extract/frames/reading.h"

namespace kg::extract {
namespace {

constexpr std::string_view kCellSeparators[] = {"｜", "|", "\t"};
constexpr std::size_t kMinColumns = 3;
constexpr std::size_t kMaxRowsAboveHeader = 60;  // how far up a header is looked for
constexpr std::size_t kMaxRowBytes = 4096;       // a longer line is running text, not a row
constexpr std::size_t kMaxHeadingBytes = 120;    // a longer line above a chart is prose, not a heading
constexpr std::size_t kMaxChartSentences = 80;   // how far back a chart's title is looked for (rows, notes)

// The cells of the line [begin, end), as spans of `text`. A line that opens
// with a separator (a Markdown table's | A | B |) has no cell before it, nor
// after the one it ends with.
std::vector<Span> cells_of(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
  const auto separator_at = [&](std::size_t at) -> std::size_t {
    for (std::string_view s : kCellSeparators) {
      if (text.substr(at, s.size()) == s) return s.size();
    }
    return 0;
  };
  if (const std::size_t opening = separator_at(begin); opening > 0 && end > begin + opening) {
    begin += opening;
    for (std::string_view s : kCellSeparators) {
      if (end - begin >= s.size() && text.substr(end - s.size(), s.size()) == s) {
        end -= s.size();
        break;
      }
    }
  }
  std::vector<Span> cells;
  std::size_t from = begin;
  for (std::size_t at = begin; at < end;) {
    std::size_t separator = 0;
    for (std::string_view s : kCellSeparators) {
      if (text.substr(at, s.size()) == s) separator = s.size();
    }
    if (separator == 0) {
      ++at;
      continue;
    }
    cells.push_back({from, at});
    at += separator;
    from = at;
  }
  cells.push_back({from, end});
  return cells;
}

bool has_separator(std::string_view s) {
  return std::any_of(std::begin(kCellSeparators), std::end(kCellSeparators),
                     [&](std::string_view separator) { return s.find(separator) != std::string_view::npos; });
}

// Whether a line only rules the table (----+----, |---|:--|, =====).
bool is_rule_line(std::string_view line) {
  bool drawn = false;
  for (char c : line) {
    if (c == '-' || c == '=') {
      drawn = true;
    } else if (c != '+' && c != '|' && c != ':' && c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return drawn;
}

// The header row above the row at [begin, end): the nearest line up with as
// many cells and no digit in them, rows of as many cells between; or none.
std::optional<std::vector<Span>> header_above(std::string_view text, std::size_t begin, std::size_t columns) {
  std::size_t at = begin;
  for (std::size_t rows = 0; at > 0 && rows < kMaxRowsAboveHeader; ++rows) {
    const auto up = line_around(text, at - 1, kMaxRowBytes);
    if (!up) return std::nullopt;
    if (is_rule_line(text.substr(up->begin, up->end - up->begin))) {  // ----+---- under the header
      at = up->begin;
      continue;
    }
    const std::vector<Span> cells = cells_of(text, up->begin, up->end);
    if (cells.size() != columns) return std::nullopt;
    if (!has_digit(text.substr(up->begin, up->end - up->begin))) return cells;
    at = up->begin;
  }
  return std::nullopt;
}

// The column whose header is one of `words` (label_word), if any.
std::optional<std::size_t> column_of(std::string_view text, const std::vector<Span>& header,
                                     const std::vector<std::string>& words) {
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (label_word(text.substr(header[c].begin, header[c].end - header[c].begin), words)) return c;
  }
  return std::nullopt;
}

// Whether a year is named inside `cell`.
bool holds_year(const SentenceReading& reading, Span cell) {
  return std::any_of(reading.years.begin(), reading.years.end(),
                     [&](std::size_t y) { return inside(reading.mention(y), cell); });
}

// The first name in `span`, if any.
const Mention* first_named_in(const SentenceReading& reading, Span span) {
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (!named.weak && inside(named, span)) return &named;
  }
  return nullptr;
}

// The cell that names what the row is about: its first, or the one after
// where the first holds the row's date (时间｜事件｜…) or is the column read.
std::size_t name_cell(const SentenceReading& reading, const std::vector<Span>& row, std::size_t column) {
  std::size_t cell = 0;
  if (cell == column || holds_year(reading, row[cell])) ++cell;
  if (cell == column) ++cell;
  return cell;
}

// Whether `line` heads a section: a Markdown heading (## …), or a short line
// ending no sentence with a blank line (or the text's edge) on either side.
bool is_heading(std::string_view text, Span line) {
  const std::string_view s = trim_ascii_space(text.substr(line.begin, line.end - line.begin));
  if (s.starts_with("#")) return true;
  if (s.size() > kMaxHeadingBytes || ends_sentence(s) || has_separator(s)) return false;
  const auto blank_beside = [&](std::size_t at) {
    const auto other = line_around(text, at, kMaxRowBytes);
    return !other || trim_ascii_space(text.substr(other->begin, other->end - other->begin)).empty();
  };
  const bool blank_above = line.begin == 0 || blank_beside(line.begin - 1);
  const bool blank_below = line.end + 1 >= text.size() || blank_beside(line.end + 1);
  return blank_above && blank_below;
}

// The treaty a chart whose header starts at `header_begin` is of: the last
// one named alone on a line above it (its title: Convention on Cybercrime
// (ETS No. 185)), in the sentences before; none where no line so names one,
// or where a heading between names another (## Status of the X Compact).
const Mention* chart_title(const SentenceReading& reading, std::size_t header_begin,
                           const std::vector<graph::NodeType>& types) {
  const std::vector<Mention>* first = reading.document.data();
  const std::vector<Mention>* here = &reading.mentions;
  const std::less<> before;  // (a total order, whatever the pointers)
  if (before(here, first) || !before(here, first + reading.document.size())) return nullptr;
  for (std::size_t back = 0; back < kMaxChartSentences; ++back, --here) {
    for (auto m = here->rbegin(); m != here->rend(); ++m) {
      if (m->span.end > header_begin || m->weak || m->nested || !type_in(m->type, types)) continue;
      const auto line = line_around(reading.text, m->span.begin, kMaxRowBytes);
      if (!line) continue;
      if (alone_on_line(reading.text, *line, *m)) return &*m;
      // (A name in a bracket is the title's abbreviation: Lima Convention on Ocean Data (LCOD).)
      const std::string_view before_name = reading.text.substr(line->begin, m->span.begin - line->begin);
      if (std::count(before_name.begin(), before_name.end(), '(') >
          std::count(before_name.begin(), before_name.end(), ')'))
        continue;
      if (is_heading(reading.text, *line)) return nullptr;  // (a section on another: ## Status of the X)
    }
    if (here == first) break;
  }
  return nullptr;
}

// Whether a chart's cell holds a date alone (12/05/2022, 12 May 2022, 2021年9月16日), not a note that
// names a year (expected in 2026, withdrawn 2022).
bool holds_date_alone(std::string_view cell) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::size_t at = 0; at < cell.size();) {
    const unsigned char c = static_cast<unsigned char>(cell[at]);
    if (is_ascii_alpha(c)) {
      std::size_t end = at;
      while (end < cell.size() && is_ascii_alpha(static_cast<unsigned char>(cell[end]))) ++end;
      std::string word(cell.substr(at, std::min<std::size_t>(end - at, 3)));
      for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (end - at > 9 || !std::isupper(c) ||
          std::find(kMonths.begin(), kMonths.end(), word) == kMonths.end())
        return false;
      at = end;
    } else if (is_ascii_digit(c) || c == ' ' || c == '/' || c == '-' || c == '.' || c == ',') {
      ++at;
    } else {
      for (std::string_view han : {"年", "月", "日"}) {
        if (cell.substr(at).starts_with(han)) {
          at += han.size();
          goto next;
        }
      }
      return false;
    next:;
    }
  }
  return true;
}

}  // namespace

void read_chart_row(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  const std::string_view text = reading.text;
  if (!has_separator(text.substr(reading.sentence.begin, reading.sentence.end - reading.sentence.begin)))
    return;
  const auto line = line_around(text, reading.sentence.begin, kMaxRowBytes);
  if (!line) return;
  const std::vector<Span> row = cells_of(text, line->begin, line->end);
  if (row.size() < kMinColumns) return;
  const auto header = header_above(text, line->begin, row.size());
  if (!header) return;
  const Span first_header = header->front();
  if (!label_word(text.substr(first_header.begin, first_header.end - first_header.begin),
                  grammar.pack().patterns.chart_actor_headers))
    return;
  const auto column = column_of(text, *header, rule.triggers);
  if (!column || *column == 0) return;
  // (A Chinese header is the trigger whole: 申请加入日期 is no 加入日期.)
  const std::string_view header_cell = trim_ascii_space(
      text.substr((*header)[*column].begin, (*header)[*column].end - (*header)[*column].begin));
  if (const std::string* matched = label_word(header_cell, rule.triggers);
      !matched || (!all_ascii(*matched) && header_cell != *matched))
    return;
  // The act is done where its cell holds a date alone (not "-", "pending", "expected in 2026" or a blank),
  // on that date's year.
  if (!holds_date_alone(
          trim_ascii_space(text.substr(row[*column].begin, row[*column].end - row[*column].begin))))
    return;
  std::optional<int> year;
  for (std::size_t y : reading.years) {
    if (inside(reading.mention(y), row[*column])) {
      year = std::stoi(reading.mention(y).name);
      break;
    }
  }
  if (!year) return;
  const Mention* actor = first_named_in(reading, row.front());
  if (!actor || !type_in(actor->type, rule.subject_types)) return;
  const Mention* treaty = chart_title(reading, first_header.begin, rule.object_types);
  if (!treaty) return;
  const std::string_view word =
      text.substr((*header)[*column].begin, (*header)[*column].end - (*header)[*column].begin);
  reading.emit(*actor, rule.relation, *treaty, year, rule, word);
}

void read_table_row(const FrameGrammar&, SentenceReading& reading, const RelationRule& rule) {
  const std::string_view text = reading.text;
  if (!has_separator(text.substr(reading.sentence.begin, reading.sentence.end - reading.sentence.begin)))
    return;
  const auto line = line_around(text, reading.sentence.begin, kMaxRowBytes);
  if (!line) return;
  const std::size_t begin = line->begin;
  const std::size_t end = line->end;
  const std::vector<Span> row = cells_of(text, begin, end);
  if (row.size() < kMinColumns) return;
  const auto header = header_above(text, begin, row.size());
  if (!header) return;
  const auto column = column_of(text, *header, rule.triggers);
  if (!column) return;
  const Span cell = row[*column];
  const std::string_view word =
      text.substr((*header)[*column].begin, (*header)[*column].end - (*header)[*column].begin);
  const std::size_t named_cell = name_cell(reading, row, *column);
  if (named_cell >= row.size()) return;
  const Span about = row[named_cell];
  const auto names_of = [&](Span span, const std::vector<graph::NodeType>& types) {
    std::vector<const Mention*> names;
    for (std::size_t index : reading.arguments) {
      const Mention& named = reading.mention(index);
      if (inside(named, span) && type_in(named.type, types) && !named.weak) names.push_back(&named);
    }
    return names;
  };
  if (rule.relation == graph::RelationType::InYear) {
    const std::vector<const Mention*> listed = names_of(cell, rule.object_types);
    if (listed.empty()) {
      // A date column: what the row is about dates from each year in it, and
      // so does the meeting a cell between opens with (… | AI Seoul Summit,
      // co-hosted by A and B | 21 May 2024).
      std::vector<const Mention*> dated = names_of(about, rule.object_types);
      if (type_in(graph::NodeType::Event, rule.object_types)) {
        for (std::size_t c = named_cell + 1; c < *column; ++c) {
          const Mention* opening = first_named_in(reading, row[c]);
          if (opening && opening->type == graph::NodeType::Event) dated.push_back(opening);
        }
      }
      for (std::size_t y : reading.years) {
        if (!inside(reading.mention(y), cell)) continue;
        for (const Mention* named : dated)
          reading.emit_year(*named, std::stoi(reading.mention(y).name), rule, word);
      }
      return;
    }
    // Documents in the column, dated by the row's first cell.
    for (std::size_t y : reading.years) {
      if (!inside(reading.mention(y), row.front())) continue;
      for (const Mention* named : listed)
        reading.emit_year(*named, std::stoi(reading.mention(y).name), rule, word);
      return;
    }
    return;
  }
  // The subjects in the column, acting on the first thing the row is about;
  // none where the column opens with a meeting (a venue column: AI Seoul
  // Summit, co-hosted by A and B: its hosts adopted nothing).
  const std::vector<const Mention*> objects = names_of(about, rule.object_types);
  if (objects.empty()) return;
  const Mention* opening = first_named_in(reading, cell);
  if (opening && opening->type == graph::NodeType::Event &&
      !type_in(graph::NodeType::Event, rule.subject_types))
    return;
  for (const Mention* named : names_of(cell, rule.subject_types))
    reading.emit(*named, rule.relation, *objects.front(), std::nullopt, rule, word);
}

}  // namespace kg::extract
