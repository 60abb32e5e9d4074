// A rule pack's word list asked, at every trigger or name, which of its
// words a text ends or starts with: one walk of a matcher from that end
// rather than a comparison per word of the list.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/phrase_matcher.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them

// The longest of `words` that `text` ends (starts) with, if any: for short
// lists asked seldom, where a WordList's matcher would not pay.
const std::string* ending_of(std::string_view text, const std::vector<std::string>& words);
const std::string* opening_of(std::string_view text, const std::vector<std::string>& words);
// Whether `text` is nothing but `words`, one after another (、 and spaces between names).
bool only_words(std::string_view text, const std::vector<std::string>& words);
// Whether `text` ends a sentence (。 . ! ?, closing quotes and brackets aside): prose, not a title or a list.
bool ends_sentence(std::string_view text);

class WordList {
 public:
  // `words` must outlive the list (a rule pack's, which its readers hold).
  explicit WordList(const std::vector<std::string>& words);

  // The longest of the words `text` ends with (the first in the list of
  // equals), or nullptr.
  const std::string* ending_of(std::string_view text) const;
  // The longest of the words `text` starts with, or nullptr.
  const std::string* opening_of(std::string_view text) const;

 private:
  const std::string* word(std::string_view text) const;

  // Each word's first place in the list: what the matcher found, without a scan.
  std::unordered_map<std::string_view, const std::string*> first_of_;
  PhraseMatcher matcher_;
  // The characters the words start and end with: most texts asked about
  // start or end with none of them, and are answered without the matcher.
  utf8::CharacterSet first_characters_, last_characters_;
  const std::string* empty_ = nullptr;  // an empty word: every text ends and starts with it
};

}  // namespace kg::extract
