// Sentence and clause boundaries, and line numbers.
#include "extract/sentences.h"

#include <algorithm>
#include <cstring>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "graph/errors.h"

namespace kg::extract {
namespace {

// English abbreviations ICU's own list lacks that governance texts use
// before a capitalised word ("Dr. Li", "Art. 5 of"): no sentence ends there.
constexpr const char* kMoreAbbreviations[] = {"Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Amb.",
                                              "Art.", "Sec.", "No.",  "Vol.", "Co.",  "Corp.", "Inc.",
                                              "Ltd.", "Jr.",  "Sr.",  "St.",  "vs.",  "e.g.", "i.e."};

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// [begin, end) trimmed of whitespace and added unless empty.
void add_trimmed(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& spans) {
  while (begin < end && is_ascii_space(text[begin])) ++begin;
  while (end > begin && is_ascii_space(text[end - 1])) --end;
  if (begin < end) spans.push_back({begin, end});
}

// Text with no sentence end for pages (a table flattened to one line, a
// scraped blob) would make one huge sentence, and work per sentence is not
// linear in its length: past this many bytes a sentence is cut, at the last
// comma, semicolon or space of its second half if there is one, else between
// two characters. Real sentences are far shorter (a long one is ~300 bytes).
constexpr std::size_t kMaxSentenceBytes = 4096;

bool is_soft_break(std::string_view text, std::size_t at) {
  return text[at] == ',' || text[at] == ';' || text[at] == ' ' ||
         text.substr(at, 3) == "\xEF\xBC\x8C" /* ， */ || text.substr(at, 3) == "\xEF\xBC\x9B" /* ； */;
}

// add_trimmed, in pieces of at most kMaxSentenceBytes.
void add_bounded(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& spans) {
  while (end - begin > kMaxSentenceBytes) {
    std::size_t cut = begin + kMaxSentenceBytes;
    while (cut > begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    for (std::size_t at = cut; at > begin + kMaxSentenceBytes / 2; --at) {
      if (is_soft_break(text, at)) {
        cut = at;
        break;
      }
    }
    add_trimmed(text, begin, cut, spans);
    begin = cut;
  }
  add_trimmed(text, begin, end, spans);
}

// Whether a break at `end` follows a '.' (and spaces): "Mr. Smith".
bool after_period(std::string_view text, std::size_t end) {
  while (end > 0 && is_ascii_space(text[end - 1])) --end;
  return end > 0 && text[end - 1] == '.';
}

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

}  // namespace

// ICU's filtered iterator (which knows abbreviations) is slower than the
// plain one by half again, so it is asked only about breaks after a '.'.
struct SentenceSplitter::Iterator {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> abbreviation_aware;
};

SentenceSplitter::SentenceSplitter() : iterator_(std::make_unique<Iterator>()) {
  UErrorCode status = U_ZERO_ERROR;
  iterator_->sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
  std::unique_ptr<icu::BreakIterator> plain(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
  for (const char* abbreviation : kMoreAbbreviations) {
    if (U_SUCCESS(status)) builder->suppressBreakAfter(icu::UnicodeString(abbreviation, -1, US_INV), status);
  }
  if (U_SUCCESS(status)) {
    iterator_->abbreviation_aware.reset(builder->wrapIteratorWithFilter(plain.release(), status));
  }
  if (U_FAILURE(status)) {
    throw Error(std::string("cannot create ICU's sentence break iterator: ") + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<Span> SentenceSplitter::split(std::string_view text) {
  std::vector<Span> spans;
  UErrorCode status = U_ZERO_ERROR;
  // Over the UTF-8 bytes in place: boundaries come back as byte offsets.
  std::unique_ptr<UText, UTextCloser> utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_SUCCESS(status)) iterator_->sentences->setText(utext.get(), status);
  if (U_SUCCESS(status)) iterator_->abbreviation_aware->setText(utext.get(), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU sentence break iterator: ") + u_errorName(status));

  icu::BreakIterator& sentences = *iterator_->sentences;
  auto begin = static_cast<std::size_t>(sentences.first());
  for (int32_t next = sentences.next(); next != icu::BreakIterator::DONE; next = sentences.next()) {
    const auto end = static_cast<std::size_t>(next);
    if (after_period(text, end) && !iterator_->abbreviation_aware->isBoundary(next)) continue;
    // ICU ends a sentence after a newline (UAX #29 SB4), but the abbreviation
    // filter can join across one ("Mr.\nSmith"): cut here so the rule holds.
    for (std::size_t newline; (newline = text.find('\n', begin)) < end; begin = newline + 1) {
      add_bounded(text, begin, newline, spans);
    }
    add_bounded(text, begin, end, spans);
    begin = end;
  }
  return spans;
}

std::vector<Span> split_sentences(std::string_view text) {
  thread_local SentenceSplitter splitter;
  return splitter.split(text);
}

std::vector<Span> split_clauses(std::string_view text, Span sentence) {
  std::vector<Span> clauses;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto end = static_cast<int32_t>(std::min(sentence.end, text.size()));
  // One depth per kind of bracket, never below zero: a stray closing mark
  // (an apostrophe written ’) must not unbalance the others.
  int books = 0, quotes = 0, parens = 0;
  bool in_ascii_quote = false;
  auto close = [](int& depth) { depth = std::max(0, depth - 1); };
  std::size_t clause_begin = sentence.begin;
  for (auto i = static_cast<int32_t>(sentence.begin); i < end;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, end, c);
    bool separator = false;
    switch (c) {
      case U'《': case U'〈': ++books; break;
      case U'》': case U'〉': close(books); break;
      case U'“': case U'‘': case U'「': case U'『': ++quotes; break;
      case U'”': case U'’': case U'」': case U'』': close(quotes); break;
      case U'(': case U'（': ++parens; break;
      case U')': case U'）': close(parens); break;
      case U'"': in_ascii_quote = !in_ascii_quote; break;
      case U',': case U':':  // 1,000 and 10:30 are numbers, not two clauses
        separator = !(start > 0 && is_ascii_digit(text[start - 1]) && i < end && is_ascii_digit(text[i]));
        break;
      case U';': case U'，': case U'；': case U'：': separator = true; break;
      default: break;
    }
    if (separator && books == 0 && quotes == 0 && parens == 0 && !in_ascii_quote) {
      add_trimmed(text, clause_begin, static_cast<std::size_t>(start), clauses);
      clause_begin = static_cast<std::size_t>(i);
    }
  }
  add_trimmed(text, clause_begin, static_cast<std::size_t>(end), clauses);
  return clauses;
}

LineIndex::LineIndex(std::string_view original_text) : line_starts_{0} {
  // A final newline ends the last line rather than starting an empty one.
  for (std::size_t i = original_text.find('\n'); i != std::string_view::npos && i + 1 < original_text.size();
       i = original_text.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

std::uint32_t LineIndex::line_of(std::size_t byte_offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  return static_cast<std::uint32_t>(after - line_starts_.begin());
}

}  // namespace kg::extract
