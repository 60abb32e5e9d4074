// Affix tests on text, for the word lists the extractor tries at every candidate.
#pragma once

#include <string_view>

namespace kg {

// std::string_view::ends_with, but the last bytes are compared first: word
// lists are tried in turn at every candidate, and most words fail there
// without a call to memcmp (which std::string_view::ends_with always makes).
inline bool ends_with(std::string_view text, std::string_view word) {
  return text.size() >= word.size() && (word.empty() || text.back() == word.back()) &&
         text.substr(text.size() - word.size()) == word;
}

inline bool starts_with(std::string_view text, std::string_view word) { return text.starts_with(word); }

}  // namespace kg
