// The citation frame: an entry of a reference list in author-date style,
// where an official document is listed under the body that issued it
// (Council of Europe. 2001. Convention on Cybercrime (ETS No. 185).): the
// bodies of the author part issued the document its title names, which dates
// from the entry's year. An author part that is not names of bodies alone (a
// scholar, "SCO member states") states neither: the work is of its own.
#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "extract/frames/reading.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxEntryBytes = 1024;         // a longer line is a paragraph, not an entry
constexpr std::size_t kMaxSentencesInEntryHead = 4;  // AUTHOR. | YEAR. | TITLE: each may be a sentence

// Whether `rest` (the author part less its names) joins names only: commas,
// "and", "&", and a bracket after a name (Department for Science, Innovation
// and Technology (United Kingdom)).
bool joins_names_only(std::string_view rest) {
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
    if (left.starts_with(",") || left.starts_with("&")) {
      left.remove_prefix(1);
    } else if (left.starts_with("and ") || left == "and") {
      left.remove_prefix(3);
    } else if (!left.empty()) {
      return false;
    }
  }
  return true;
}

}  // namespace

void read_citation(const FrameGrammar&, SentenceReading& reading, const RelationRule& rule) {
  const std::string_view text = reading.text;
  const auto line = line_around(text, reading.sentence.begin, kMaxEntryBytes);
  if (!line) return;
  const auto citation = citation_on_line(text, *line);
  if (!citation || citation->title_begin < reading.sentence.begin ||
      citation->title_begin >= reading.sentence.end)
    return;
  const Mention* title = cited_document(text, *citation, reading.mentions);
  if (!title || !type_in(title->type, rule.object_types)) return;
  // The authors: every body the author part names, in the sentences of the entry's head.
  const std::vector<graph::NodeType> bodies = {graph::NodeType::Country, graph::NodeType::Organization};
  std::vector<const Mention*> authors;
  std::string rest;
  std::size_t from = citation->authors.begin;
  for (std::size_t at = citation->authors.begin; at < citation->authors.end;) {
    const Mention* named =
        first_named_within(reading, {at, citation->authors.end}, bodies, kMaxSentencesInEntryHead);
    if (!named || named->span.begin < at) break;
    // (A name in a bracket says whose the body is: the United Kingdom of a ministry's (United Kingdom).)
    const std::string_view before =
        text.substr(citation->authors.begin, named->span.begin - citation->authors.begin);
    if (std::count(before.begin(), before.end(), '(') == std::count(before.begin(), before.end(), ')')) {
      authors.push_back(named);
      rest.append(text.substr(from, named->span.begin - from));
      from = named->span.end;
    }
    at = named->span.end;
  }
  rest.append(text.substr(from, citation->authors.end - from));
  if (authors.empty() || !joins_names_only(rest)) return;
  if (rule.relation == graph::RelationType::InYear) {
    reading.emit_year(*title, citation->year, rule, "citation");
    return;
  }
  for (const Mention* author : authors) {
    if (type_in(author->type, rule.subject_types))
      reading.emit(*author, rule.relation, *title, citation->year, rule, "citation");
  }
}

}  // namespace kg::extract
