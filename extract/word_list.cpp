#include "extract/word_list.h"

#include <algorithm>

namespace kg::extract {

WordList::WordList(const std::vector<std::string>& words) : words_(&words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].empty()) {
      if (!empty_) empty_ = &words[i];
    } else {
      matcher_.add(words[i], static_cast<std::uint32_t>(i));
      std::size_t first = 0, last = words[i].size();
      first_characters_.add(utf8::next(words[i], first));
      last_characters_.add(utf8::previous(words[i], last));
    }
  }
  matcher_.build();
}

const std::string* WordList::word(std::string_view text) const {
  const auto it = std::find(words_->begin(), words_->end(), text);
  return it == words_->end() ? nullptr : &*it;
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

}  // namespace kg::extract
