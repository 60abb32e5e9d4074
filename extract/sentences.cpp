// Sentence and clause boundaries, and line numbers.
#include "extract/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "base/ascii.h"
#include "base/errors.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

// English abbreviations ICU's own list lacks that governance texts use
// before a capitalised word ("Dr. Li", "Art. 5 of"): no sentence ends there.
constexpr const char* kMoreAbbreviations[] = {
    "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Amb.", "Art.", "Sec.", "No.", "Vol.", "Co.", "Corp.",
    "Inc.", "Ltd.", "Jr.", "Sr.", "St.", "vs.", "e.g.", "i.e.",
    // English news: months and forms of address (on Feb. 10; Mrs. Smith).
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "U.S.",
    "U.K.", "U.N.", "E.U.", "Mr.", "Mrs.", "Ms.",
    // Notes and slides: "15 members incl. Canada", "cf. Art. 5", "approx. 60 states".
    "incl.", "approx.", "cf.", "esp.", "para.", "paras."};

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
// UAX #29 keeps "Close" marks after a terminator with the sentence that
// ends (。” ), opening ones too: 。《公约》于…  would start the next sentence
// at 公约》. An opening bracket or quote right before a boundary starts the
// next sentence instead (never before `begin`, where this sentence starts).
std::size_t before_opening_marks(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin) {
    std::size_t previous = end;
    const char32_t c = utf8::previous(text, previous);
    const int8_t category = u_charType(static_cast<UChar32>(c));
    if (category != U_START_PUNCTUATION && category != U_INITIAL_PUNCTUATION) break;
    end = previous;
  }
  return end;
}

bool after_period(std::string_view text, std::size_t end) {
  while (end > 0 && is_ascii_space(text[end - 1])) --end;
  return end > 0 && text[end - 1] == '.';
}

// Whether the text before `end` ends with an initialism of capitals and
// full stops (U.S., U.K., E.U.): ICU's filter does not hold these, and in
// news they are far more often inside a sentence (U.S. Vice President)
// than at its end.
bool after_initialism(std::string_view text, std::size_t end) {
  while (end > 0 && is_ascii_space(text[end - 1])) --end;
  std::size_t letters = 0;
  while (end >= 2 && text[end - 1] == '.' && text[end - 2] >= 'A' && text[end - 2] <= 'Z') {
    end -= 2;
    ++letters;
  }
  const bool starts_word = end == 0 || is_ascii_space(text[end - 1]) || text[end - 1] == '(';
  return letters >= 2 && starts_word;
}

// Whether the text before `end` ends with a middle initial after a given
// name (Joseph R. Biden, Ferdinand R. Marcos): a name goes on after it.
bool after_middle_initial(std::string_view text, std::size_t end) {
  while (end > 0 && is_ascii_space(text[end - 1])) --end;
  if (end < 4 || text[end - 1] != '.' || text[end - 2] < 'A' || text[end - 2] > 'Z' || text[end - 3] != ' ')
    return false;
  // (The word before it is capitalised: a given name, no sentence's last word.)
  std::size_t word = end - 3;
  while (word > 0 && std::isalpha(static_cast<unsigned char>(text[word - 1]))) --word;
  return word < end - 3 && text[word] >= 'A' && text[word] <= 'Z' && end - 3 - word >= 2;
}

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

// A character as the fast path reads it: its Sentence_Break class (UAX #29,
// from ICU's own data). Full stops count only before a digit (SB6: "3.5"
// never ends a sentence); they end one otherwise in ways that depend on
// the words around (SB7, SB8, abbreviations), and Extend, Format and Sep
// characters bend the rules: those are left to ICU.
enum class SentenceClass : std::uint8_t {
  kOther,
  kTerm,
  kClose,
  kSpace,
  kContinue,
  kNumeric,
  kFullStop,
  kLineFeed,
  kCarriageReturn,
  kLeftToIcu,
  kEndOfText
};

SentenceClass from_icu(int32_t sentence_break) {
  switch (sentence_break) {
    case U_SB_STERM:
      return SentenceClass::kTerm;
    case U_SB_CLOSE:
      return SentenceClass::kClose;
    case U_SB_SP:
      return SentenceClass::kSpace;
    case U_SB_SCONTINUE:
      return SentenceClass::kContinue;
    case U_SB_NUMERIC:
      return SentenceClass::kNumeric;
    case U_SB_ATERM:
      return SentenceClass::kFullStop;
    case U_SB_LF:
      return SentenceClass::kLineFeed;
    case U_SB_CR:
      return SentenceClass::kCarriageReturn;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
    case U_SB_SEP:
      return SentenceClass::kLeftToIcu;
    default:
      return SentenceClass::kOther;  // letters of any kind: alike when no full stop is near
  }
}

// Whether the main loop of boundaries() passes over a character of this
// class (it looks at those after a terminator itself).
bool passed_over(SentenceClass c) {
  return c == SentenceClass::kOther || c == SentenceClass::kClose || c == SentenceClass::kSpace ||
         c == SentenceClass::kContinue || c == SentenceClass::kNumeric;
}

struct SentenceClasses {
  std::array<SentenceClass, 0x10000> of;  // the BMP; the rest is ICU's
  // By a character's first byte: an ASCII character passed over, or the
  // first byte of 4096 three-byte characters all passed over (U+4000 to
  // U+9FFF: most of CJK), so a run of them is skipped without decoding.
  std::array<bool, 256> skip_by_first_byte{};
};

const SentenceClasses& sentence_classes() {
  static const SentenceClasses classes = [] {
    SentenceClasses table;
    for (UChar32 c = 0; c < 0x10000; ++c) {
      table.of[static_cast<std::size_t>(c)] = from_icu(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    }
    for (unsigned byte = 0; byte < 0x80; ++byte) table.skip_by_first_byte[byte] = passed_over(table.of[byte]);
    // E0 and ED have narrower second bytes in well-formed UTF-8: not skipped so.
    for (unsigned byte = 0xE1; byte <= 0xEF; ++byte) {
      if (byte == 0xED) continue;
      const std::size_t first = (byte & 0x0Fu) << 12;
      table.skip_by_first_byte[byte] =
          std::all_of(table.of.begin() + static_cast<std::ptrdiff_t>(first),
                      table.of.begin() + static_cast<std::ptrdiff_t>(first + 0x1000), passed_over);
    }
    return table;
  }();
  return classes;
}

// Past the characters at `at` that the main loop would pass over one by one.
std::size_t skip_passed_over(const SentenceClasses& classes, std::string_view text, std::size_t at) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (at < text.size() && classes.skip_by_first_byte[s[at]]) {
    if (s[at] < 0x80) {
      ++at;
    } else if (at + 2 < text.size() && utf8::is_three_byte_character(s + at)) {
      at += 3;
    } else {
      break;  // ill-formed: left to class_at
    }
  }
  return at;
}

// The class of the character at `at`, and `next` just past it.
[[gnu::always_inline]] inline SentenceClass class_at(const SentenceClasses& classes, std::string_view text,
                                                     std::size_t at, std::size_t& next) {
  next = at;
  if (at >= text.size()) return SentenceClass::kEndOfText;
  const char32_t c = utf8::next(text, next);
  // U+FFFD may stand for ill-formed bytes, which ICU steps over its own way.
  if (c >= 0x10000 || c == U'\uFFFD') return SentenceClass::kLeftToIcu;
  return classes.of[c];
}

// Whether two Chinese characters end right before `at` (or a date's digit and
// its unit, 2023年10月), or start at `at` (before `end`).
bool han_run_ends(std::string_view text, std::size_t at) {
  if (at < 4 || !utf8::is_han(utf8::before(text, at))) return false;
  std::size_t before = at;
  utf8::previous(text, before);
  const char32_t c = utf8::before(text, before);
  return utf8::is_han(c) || utf8::is_ascii_digit(c);
}
bool han_run_starts(std::string_view text, std::size_t at, std::size_t end) {
  if (at + 6 > end) return false;
  std::size_t next = at;
  return utf8::is_han(utf8::next(text, next)) && utf8::is_han(utf8::at(text, next));
}

// Past the characters from `i` that cannot matter to split_clauses: ASCII
// but its marks and the space, and CJK ideographs (U+4000 to U+9FFF, lead bytes E4 to E9),
// which are most of a sentence.
int32_t skip_clause_text(const uint8_t* bytes, int32_t i, int32_t end) {
  static constexpr auto kPlainAscii = [] {
    std::array<bool, 128> plain{};
    for (std::size_t c = 1; c < 128; ++c) {
      plain[c] = std::string_view("()\",:; ").find(static_cast<char>(c)) == std::string_view::npos;
    }
    return plain;
  }();
  while (i < end) {
    const uint8_t lead = bytes[i];
    if (lead < 0x80 && kPlainAscii[lead]) {
      ++i;
    } else if (lead >= 0xE4 && lead <= 0xE9 && i + 2 < end && utf8::is_three_byte_character(bytes + i)) {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

// ICU's filtered iterator (which knows abbreviations) is slower than the
// plain one by half again, so it is asked only about breaks after a '.'.
struct SentenceSplitter::Iterator {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> abbreviation_aware;
  std::unique_ptr<UText, UTextCloser> text;  // what both iterate over
  bool attached = false;                     // to the text being split

  // Sets both iterators on `utf8` (byte offsets are then native indexes),
  // once per text: most texts never need them.
  void attach(std::string_view utf8) {
    if (attached) return;
    attached = true;
    UErrorCode status = U_ZERO_ERROR;
    text.reset(utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
    if (U_SUCCESS(status)) sentences->setText(text.get(), status);
    if (U_SUCCESS(status)) abbreviation_aware->setText(text.get(), status);
    if (U_FAILURE(status)) throw Error(std::string("ICU sentence break iterator: ") + u_errorName(status));
  }
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

// UAX #29 where no full stop (but before a digit) and none of the classes
// left to ICU are near: after STerm Close* Sp* ParaSep? comes a break
// (SB11) unless SContinue or another terminator follows (SB8a); after CR LF,
// a lone CR or LF, always (SB4). Where ICU is needed, it is asked from the
// last boundary to its first one past the character that needed it: a
// boundary resets the rules, so each side can start at any one.
std::vector<std::size_t> SentenceSplitter::boundaries(std::string_view text) {
  const SentenceClasses& classes = sentence_classes();
  std::vector<std::size_t> found;
  for (std::size_t i = 0, next = 0; (i = skip_passed_over(classes, text, next)) < text.size();) {
    const SentenceClass c = class_at(classes, text, i, next);
    bool by_icu = false;
    switch (c) {
      case SentenceClass::kLineFeed:
        found.push_back(next);
        break;
      case SentenceClass::kCarriageReturn:
        if (next < text.size() && text[next] == '\n') ++next;  // SB3: CR × LF
        found.push_back(next);
        break;
      case SentenceClass::kFullStop: {
        std::size_t after;
        by_icu = class_at(classes, text, next, after) != SentenceClass::kNumeric;
        break;
      }
      case SentenceClass::kTerm: {  // STerm Close* Sp*, then what follows decides
        std::size_t after;
        SentenceClass k = class_at(classes, text, next, after);
        for (; k == SentenceClass::kClose; k = class_at(classes, text, next, after)) next = after;
        for (; k == SentenceClass::kSpace; k = class_at(classes, text, next, after)) next = after;
        if (k == SentenceClass::kFullStop || k == SentenceClass::kLeftToIcu) {
          by_icu = true;
        } else if (k == SentenceClass::kOther || k == SentenceClass::kClose || k == SentenceClass::kNumeric) {
          found.push_back(next);
        }  // a line end is the next round's; another terminator or SContinue: no break (SB8a)
        break;
      }
      case SentenceClass::kLeftToIcu:
        by_icu = true;
        break;
      default:
        break;
    }
    if (!by_icu) continue;
    iterator_->attach(text);
    icu::BreakIterator& sentences = *iterator_->sentences;
    int32_t boundary = sentences.following(found.empty() ? 0 : static_cast<int32_t>(found.back()));
    for (; boundary != icu::BreakIterator::DONE && static_cast<std::size_t>(boundary) <= i;
         boundary = sentences.next()) {
      found.push_back(static_cast<std::size_t>(boundary));
    }
    next = boundary == icu::BreakIterator::DONE ? text.size() : static_cast<std::size_t>(boundary);
    if (next != text.size()) found.push_back(next);
  }
  if (!text.empty() && (found.empty() || found.back() != text.size())) found.push_back(text.size());
  return found;
}

std::vector<std::size_t> SentenceSplitter::icu_boundaries(std::string_view text) {
  iterator_->attach(text);
  std::vector<std::size_t> found;
  icu::BreakIterator& sentences = *iterator_->sentences;
  sentences.first();
  for (int32_t next = sentences.next(); next != icu::BreakIterator::DONE; next = sentences.next()) {
    found.push_back(static_cast<std::size_t>(next));
  }
  return found;
}

std::vector<Span> SentenceSplitter::spans(std::string_view text, const std::vector<std::size_t>& boundaries) {
  std::vector<Span> spans;
  std::size_t begin = 0;
  for (std::size_t end : boundaries) {
    if (end < text.size()) end = before_opening_marks(text, begin, end);
    if (after_period(text, end)) {
      if (after_initialism(text, end) || after_middle_initial(text, end)) continue;
      iterator_->attach(text);
      if (!iterator_->abbreviation_aware->isBoundary(static_cast<int32_t>(end))) continue;
    }
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

std::vector<Span> SentenceSplitter::split(std::string_view text) {
  iterator_->attached = false;
  return spans(text, boundaries(text));
}

std::vector<Span> SentenceSplitter::split_by_icu(std::string_view text) {
  iterator_->attached = false;
  return spans(text, icu_boundaries(text));
}

std::vector<Span> split_sentences(std::string_view text) {
  thread_local SentenceSplitter splitter;
  return splitter.split(text);
}

bool opens_line(std::string_view text, Span sentence) {
  return sentence.begin == 0 || text[sentence.begin - 1] == '\n';
}

bool ends_line(std::string_view text, Span sentence) {
  const std::size_t line_end = std::min(text.find('\n', sentence.end), text.size());
  return is_ascii_blank(text.substr(sentence.end, line_end - sentence.end));
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
    i = skip_clause_text(bytes, i, end);
    if (i >= end) break;
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, end, c);
    bool separator = false;
    switch (c) {
      case U'《':
      case U'〈':
        ++books;
        break;
      case U'》':
      case U'〉':
        close(books);
        break;
      case U'“':
      case U'‘':
      case U'「':
      case U'『':
        ++quotes;
        break;
      case U'”':
      case U'’':
      case U'」':
      case U'』':
        close(quotes);
        break;
      case U'(':
      case U'（':
        ++parens;
        break;
      case U')':
      case U'）':
        close(parens);
        break;
      case U'"':
        in_ascii_quote = !in_ascii_quote;
        break;
      case U',':
      case U':':  // 1,000 and 10:30 are numbers, not two clauses
        separator = !(start > 0 && is_ascii_digit(text[start - 1]) && i < end && is_ascii_digit(text[i]));
        break;
      case U' ': {
        // Between two Chinese words a space is a comma: a headline's (峰会开幕 韩英共同主办), a subtitle's.
        // (Not between single characters: a name spaced out, 王 毅, or a PDF's spaced text.)
        std::size_t next = static_cast<std::size_t>(i);
        while (next < static_cast<std::size_t>(end) && text[next] == ' ') ++next;
        separator = next < static_cast<std::size_t>(end) &&
                    han_run_ends(text, static_cast<std::size_t>(start)) &&
                    han_run_starts(text, next, static_cast<std::size_t>(end));
        break;
      }
      case U';':
      case U'，':
      case U'；':
      case U'：':
        separator = true;
        break;
      default:
        break;
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
