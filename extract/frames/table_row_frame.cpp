// The table-row frame: a row of a plain-text table whose header row names its
// columns (时间｜事件｜参与方｜成果文件; Instrument | Adopted by | Date | Signatories).
// A rule's triggers are header words, not looked for in running text: the
// names in the column one heads are the rule's subjects, acting on what the
// row names before that column (参与方, Adopted by, Signatories: who took part
// in the row's event, adopted or signed its instrument), or, for a date rule,
// its objects (成果文件: the documents dated by the row's first cell), or the
// column holds the row's date (Date: what the row names before it is dated
// by every year in the cell).
#include <algorithm>
#include <optional>
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

// The cells of the line [begin, end), as spans of `text`.
std::vector<Span> cells_of(std::string_view text, std::size_t begin, std::size_t end) {
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

// The header row above the row at [begin, end): the nearest line up with as
// many cells and no digit in them, rows of as many cells between; or none.
std::optional<std::vector<Span>> header_above(std::string_view text, std::size_t begin, std::size_t columns) {
  std::size_t at = begin;
  for (std::size_t rows = 0; at > 0 && rows < kMaxRowsAboveHeader; ++rows) {
    const auto up = line_around(text, at - 1, kMaxRowBytes);
    if (!up) return std::nullopt;
    const std::vector<Span> cells = cells_of(text, up->begin, up->end);
    if (cells.size() != columns) return std::nullopt;
    if (!has_digit(text.substr(up->begin, up->end - up->begin))) return cells;
    at = up->begin;
  }
  return std::nullopt;
}

// Whether the header cell is headed by `word`: a Chinese word inside it
// (主要参与方), a Latin one the whole cell up to a slash or bracket, case aside
// (Signatories / parties; not Adopted by for Adopted, nor Co-sponsors for Sponsors).
bool heads(std::string_view cell, std::string_view word) {
  if (!all_ascii(word)) return cell.find(word) != std::string_view::npos;
  cell = trim_ascii_space(cell.substr(0, std::min(cell.find('/'), cell.find('('))));
  return equal_ignoring_ascii_case(cell, word);
}

// The column whose header is headed by one of `words`, if any.
std::optional<std::size_t> column_of(std::string_view text, const std::vector<Span>& header,
                                     const std::vector<std::string>& words) {
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string_view cell = text.substr(header[c].begin, header[c].end - header[c].begin);
    for (const std::string& word : words) {
      if (heads(cell, word)) return c;
    }
  }
  return std::nullopt;
}

}  // namespace

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
  const Span before_column{begin, cell.begin};
  if (rule.relation == graph::RelationType::InYear) {
    std::vector<int> cell_years;
    for (std::size_t y : reading.years) {
      if (inside(reading.mention(y), cell)) cell_years.push_back(std::stoi(reading.mention(y).name));
    }
    if (!cell_years.empty()) {
      // A date column: what the row names before it dates from each year in it.
      for (std::size_t index : reading.arguments) {
        const Mention& named = reading.mention(index);
        if (inside(named, before_column) && type_in(named.type, rule.object_types) && !named.weak) {
          for (int year : cell_years) reading.emit_year(named, year, rule, word);
        }
      }
      return;
    }
    // Documents in the column, dated by the row's first cell.
    std::optional<int> year;
    for (std::size_t y : reading.years) {
      if (inside(reading.mention(y), row.front())) {
        year = std::stoi(reading.mention(y).name);
        break;
      }
    }
    if (!year) return;
    for (std::size_t index : reading.arguments) {
      const Mention& named = reading.mention(index);
      if (inside(named, cell) && type_in(named.type, rule.object_types) && !named.weak)
        reading.emit_year(named, *year, rule, word);
    }
    return;
  }
  // The subjects in the column, acting on the first thing the row names
  // before it; none where the column names a meeting (Meeting: AI Seoul
  // Summit, co-hosted by A and B: its hosts adopted nothing).
  const Mention* object = nullptr;
  const Mention* first_in_cell = nullptr;
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (named.weak) continue;
    if (!object && inside(named, before_column) && type_in(named.type, rule.object_types)) object = &named;
    if (!first_in_cell && inside(named, cell)) first_in_cell = &named;
  }
  if (!object || !first_in_cell) return;
  if (first_in_cell->type == graph::NodeType::Event && !type_in(graph::NodeType::Event, rule.subject_types))
    return;
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (inside(named, cell) && type_in(named.type, rule.subject_types) && !named.weak)
      reading.emit(named, rule.relation, *object, std::nullopt, rule, word);
  }
}

}  // namespace kg::extract
