#include "extract/word_list.h"

#include "base/strings.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them

const std::string* ending_of(std::string_view text, const std::vector<std::string>& words) {
  const std::string* longest = nullptr;
  for (const std::string& word : words) {
    if (ends_with(text, word) && (!longest || word.size() > longest->size())) longest = &word;
  }
  return longest;
}

const std::string* opening_of(std::string_view text, const std::vector<std::string>& words) {
  const std::string* longest = nullptr;
  for (const std::string& word : words) {
    if (starts_with(text, word) && (!longest || word.size() > longest->size())) longest = &word;
  }
  return longest;
}

bool only_words(std::string_view text, const std::vector<std::string>& words) {
  while (!text.empty()) {
    const std::string* word = opening_of(text, words);
    if (!word || word->empty()) return false;
    text.remove_prefix(word->size());
  }
  return true;
}

WordList::WordList(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].empty()) {
      if (!empty_) empty_ = &words[i];
    } else {
      matcher_.add(words[i], static_cast<std::uint32_t>(i));
      first_of_.emplace(words[i], &words[i]);
      std::size_t first = 0, last = words[i].size();
      first_characters_.add(utf8::next(words[i], first));
      last_characters_.add(utf8::previous(words[i], last));
    }
  }
  matcher_.build();
}

const std::string* WordList::word(std::string_view text) const {
  const auto it = first_of_.find(text);
  return it == first_of_.end() ? nullptr : it->second;
}

const std::string* WordList::ending_of(std::string_view text) const {
  std::size_t last = text.size();
  if (text.empty() || !last_characters_.contains(utf8::previous(text, last))) return empty_;
  const std::size_t begin = matcher_.longest_ending_at(text, 0, text.size());
  return begin == text.size() ? empty_ : word(text.substr(begin));
}

const std::string* WordList::opening_of(std::string_view text) const {
  std::size_t first = 0;
  if (text.empty() || !first_characters_.contains(utf8::next(text, first))) return empty_;
  const std::size_t end = matcher_.longest_starting_at(text, 0, text.size());
  return end == 0 ? empty_ : word(text.substr(0, end));
}

bool ends_sentence(std::string_view s) {
  for (bool closed = true; closed;) {
    closed = false;
    for (std::string_view close : {"\"", "'", ")", "]", "”", "’", "」", "』"}) {
      if (s.ends_with(close)) {
        s.remove_suffix(close.size());
        closed = true;
      }
    }
  }
  return s.ends_with("。") || s.ends_with(".") || s.ends_with("!") || s.ends_with("?");
}

}  // namespace kg::extract
