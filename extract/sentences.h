// Cutting normalized text into sentences and clauses, and mapping byte
// offsets in a document to line numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace kg::extract {

struct Span {
  std::size_t begin = 0, end = 0;  // byte range [begin, end)
  friend bool operator==(const Span&, const Span&) = default;
};

// Sentences by ICU's sentence rules (zh, with English abbreviations such as
// "Mr." and "Dr." not ending one) over the UTF-8 text in place, so spans
// are byte offsets. A newline always ends a sentence; 。!? end one, ; and :
// do not. Spans are trimmed of ASCII whitespace (normalized text has no
// other) and empty ones dropped. A sentence longer than 4096 bytes is cut
// into pieces no longer (at a comma, semicolon or space where there is one),
// so that text with no sentence ends costs time linear in its length.
// ICU's iterator is slow for what most Chinese text needs of it: text with
// no full stop (but before a digit) and only common characters is split by
// UAX #29's rules directly, with the same result; ICU splits the sentences
// around the rest.
// A splitter owns ICU BreakIterators, which are not thread-safe: use one
// per thread, and reuse it (building one loads ICU's rules and data).
class SentenceSplitter {
 public:
  SentenceSplitter();  // throws kg::Error if ICU cannot build the iterator
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  std::vector<Span> split(std::string_view text);
  // split() with ICU asked about all of the text: what the fast path is tested against.
  std::vector<Span> split_by_icu(std::string_view text);

 private:
  struct Iterator;
  // Where ICU's sentence iterator breaks `text` (its end included), without
  // the abbreviation filter: by the fast path where it can, else by ICU.
  std::vector<std::size_t> boundaries(std::string_view text);
  std::vector<std::size_t> icu_boundaries(std::string_view text);
  // The sentences between the boundaries the abbreviation filter keeps.
  std::vector<Span> spans(std::string_view text, const std::vector<std::size_t>& boundaries);

  std::unique_ptr<Iterator> iterator_;
};

// split() with a splitter of the calling thread's own.
std::vector<Span> split_sentences(std::string_view text);

// The clauses of `sentence` in `text`: cut at , ; : (ASCII, as normalize()
// leaves them, or full-width ，；：) except inside 《…》 〈…〉 “…” ‘…’ "…" (…)
// and at a comma or colon between digits (1,000 and 10:30). Trimmed, empty
// ones dropped, the separators belong to no clause. Enumeration commas 、
// do not cut: they join the members of a list.
std::vector<Span> split_clauses(std::string_view text, Span sentence);

// Lines around a sentence, for text laid out in lines (titles, glossary
// terms, a resolution's "The General Assembly,"). Whitespace is ASCII's
// (kg::is_ascii_space): normalized text has no other.

// Whether `sentence` begins its line: the text's start or a newline before it.
bool opens_line(std::string_view text, Span sentence);
// Whether only whitespace follows `sentence` to the end of its line.
bool ends_line(std::string_view text, Span sentence);

// Line numbers of byte offsets, for evidence. Lines end at '\n' (a "\r\n"
// pair counts once), as a text editor numbers them.
class LineIndex {
 public:
  explicit LineIndex(std::string_view original_text);
  // 1-based; the offset of a '\n' is on the line it ends; offsets past the
  // end are on the last line.
  std::uint32_t line_of(std::size_t byte_offset) const;

 private:
  std::vector<std::size_t> line_starts_;  // byte offset where each line begins; [0] == 0
};

}  // namespace kg::extract
