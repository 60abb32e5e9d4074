// The table-row frame: a row of a plain-text table whose header row names its
// columns (时间｜事件｜参与方｜成果文件; Date | Event | Participants | Outcome).
// A rule's triggers are header words, not looked for in running text: the
// names in the column one heads are the rule's subjects (参与方: who took part
// in the event the row names) or its objects (成果文件: the documents dated by
// the row's year).
#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

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

// The column whose header holds one of `words`, if any.
std::optional<std::size_t> column_of(std::string_view text, const std::vector<Span>& header,
                                     const std::vector<std::string>& words) {
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string_view cell = text.substr(header[c].begin, header[c].end - header[c].begin);
    for (const std::string& word : words) {
      if (cell.find(word) != std::string_view::npos) return c;
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
  if (rule.relation == graph::RelationType::InYear) {
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
  // The subjects in the column, acting on the row's first object outside it.
  const Mention* object = nullptr;
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (!inside(named, cell) && named.span.begin >= begin && named.span.end <= end &&
        type_in(named.type, rule.object_types) && !named.weak) {
      object = &named;
      break;
    }
  }
  if (!object) return;
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (inside(named, cell) && type_in(named.type, rule.subject_types) && !named.weak)
      reading.emit(named, rule.relation, *object, std::nullopt, rule, word);
  }
}

}  // namespace kg::extract
