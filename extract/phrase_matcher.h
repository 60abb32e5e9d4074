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

  // The automaton as find_all walks it, laid out flat by build(): the trie
  // built by add() scatters each state's edges and values over the heap, and
  // matching is memory-bound. The root's edges are a dense table (the text
  // falls back to the root at almost every character).
  // State i's edges are [flat_[i].edges, flat_[i + 1].edges) and its values
  // [flat_[i].values, flat_[i + 1].values): flat_ ends with a sentinel.
  struct FlatState {
    std::uint32_t edges = 0;  // first edge in edge_bytes_/edge_targets_
    std::uint32_t values = 0;  // first value in values_
    std::uint32_t fail = 0;
    std::uint32_t output_link = 0;
    std::uint32_t depth = 0;
  };
  std::uint32_t flat_child(std::uint32_t state, std::uint8_t byte) const;

  std::vector<State> states_{1};
  std::vector<FlatState> flat_;
  std::vector<std::uint8_t> edge_bytes_;
  std::vector<std::uint32_t> edge_targets_;
  std::vector<std::uint32_t> values_;
  std::uint32_t root_next_[256] = {};
  std::size_t phrase_count_ = 0;
  bool built_ = false;
};

}  // namespace kg::extract
