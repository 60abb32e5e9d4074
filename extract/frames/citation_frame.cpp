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
// Every type a name of the author part may have: a person's or a document's name makes it no body's.
const std::vector<graph::NodeType> kAnyType = {graph::NodeType::Country, graph::NodeType::Organization,
                                               graph::NodeType::Person,  graph::NodeType::Initiative,
                                               graph::NodeType::Event,   graph::NodeType::Region};

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
  // The authors: every name of the author part, in the sentences of the entry's head.
  std::vector<const Mention*> named;
  for (std::size_t at = citation->authors.begin; at < citation->authors.end;) {
    const Mention* next =
        first_named_within(reading, {at, citation->authors.end}, kAnyType, kMaxSentencesInEntryHead);
    if (!next || next->span.begin < at) break;
    named.push_back(next);
    at = next->span.end;
  }
  const std::vector<const Mention*> authors = citing_bodies(text, *citation, named);
  if (authors.empty()) return;
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
