// ICU word breaks over UTF-8 text in place (UText), so spans are byte offsets.
#include "extract/english_words.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <memory>

#include "base/errors.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;
namespace {

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

icu::BreakIterator& word_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) throw Error(std::string("ICU word break iterator: ") + u_errorName(status));
    return it;
  }();
  return *words;
}

std::string ascii_lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || u_isUWhiteSpace(c);
}

}  // namespace

bool is_latin_sentence(std::string_view text, Span sentence) {
  bool letters = false;
  for (std::size_t i = sentence.begin; i < sentence.end;) {
    const char32_t c = utf8::next(text, i);
    if (utf8::is_han(c)) return false;
    if ((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z')) letters = true;
  }
  return letters;
}

std::vector<EnglishToken> english_tokens(std::string_view text, Span within) {
  std::vector<EnglishToken> tokens;
  const std::string_view part = text.substr(within.begin, within.end - within.begin);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> utext(
      utext_openUTF8(nullptr, part.data(), static_cast<int64_t>(part.size()), &status));
  icu::BreakIterator& words = word_iterator();
  if (U_SUCCESS(status)) words.setText(utext.get(), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU word break iterator: ") + u_errorName(status));
  std::size_t begin = 0;
  for (int32_t next = words.next(); next != icu::BreakIterator::DONE; next = words.next()) {
    const auto end = static_cast<std::size_t>(next);
    std::size_t first = begin;
    const char32_t c = utf8::next(part, first);
    if (!is_space(c)) {
      const std::string_view word = part.substr(begin, end - begin);
      tokens.push_back({{within.begin + begin, within.begin + end}, ascii_lower(word)});
    }
    begin = end;
  }
  // The iterator keeps no pointer into the text once it is reset.
  words.setText(icu::UnicodeString());
  return tokens;
}

std::vector<std::string> english_phrase(std::string_view phrase) {
  std::vector<std::string> words;
  for (EnglishToken& token : english_tokens(phrase, {0, phrase.size()}))
    words.push_back(std::move(token.lower));
  return words;
}

bool phrase_at(const std::vector<EnglishToken>& tokens, std::size_t at,
               const std::vector<std::string>& phrase) {
  if (phrase.empty() || at + phrase.size() > tokens.size()) return false;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    if (tokens[at + i].lower != phrase[i]) return false;
  }
  return true;
}

bool only_article_before(std::string_view words) {
  return words.empty() || (words.size() == 4 && ascii_lower(words) == "the ");
}

bool is_capitalised(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  const char32_t c = utf8::next(word, i);
  return u_isupper(static_cast<UChar32>(c)) || (c >= U'0' && c <= U'9' && word.size() > 1);
}

}  // namespace kg::extract
