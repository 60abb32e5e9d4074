// Finds every occurrence of many phrases in one pass over a text: an
// Aho-Corasick automaton over UTF-8 bytes. Because UTF-8 is self-
// synchronizing, a match of a well-formed phrase always starts and ends on
// character boundaries, so no decoding is needed.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::extract {

class PhraseMatcher {
 public:
  struct Match {
    std::size_t begin = 0;  // byte offsets into the searched text
    std::size_t end = 0;
    std::uint32_t value = 0;
  };

  // Adds a phrase; the same phrase may be added with several values.
  // Must not be called after build().
  void add(std::string_view phrase, std::uint32_t value);
  // Computes the failure links; call once after the last add().
  void build();

  // Appends every occurrence of every phrase in `text` to `out`, ordered by
  // begin, longer matches first, then by value.
  void find_all(std::string_view text, std::vector<Match>& out) const;

  bool empty() const { return phrase_count_ == 0; }

 private:
  struct State {
    std::vector<std::pair<std::uint8_t, std::uint32_t>> next;  // sorted by byte
    std::uint32_t fail = 0;
    std::uint32_t output_link = 0;  // nearest state down the fail chain with outputs (0: none)
    std::uint32_t depth = 0;
    std::vector<std::uint32_t> values;  // phrases ending here
  };

  std::uint32_t child(std::uint32_t state, std::uint8_t byte) const;  // 0 when absent

  std::vector<State> states_{1};
  std::size_t phrase_count_ = 0;
  bool built_ = false;
};

}  // namespace kg::extract
