// Finds every occurrence of many phrases in one pass over a text: an
// Aho-Corasick automaton over the characters of UTF-8 text. The phrases'
// characters are numbered densely, so the root's transitions are one table
// look-up and a character no phrase contains resets the automaton at once;
// stepping a character at a time takes a third of the steps bytes took.
// Also answers, without a scan, whether a phrase starts or ends at a given
// position (the recognizers ask this at every candidate name boundary).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract {

// Phrases with their values, as a component hands them to a matcher it
// shares (EntityRecognizer's pass over each sentence).
using PhraseList = std::vector<std::pair<std::string, std::uint32_t>>;

class PhraseMatcher {
 public:
  struct Match {
    std::size_t begin = 0;  // byte offsets into the searched text
    std::size_t end = 0;
    std::uint32_t value = 0;
  };

  // Adds a phrase; the same phrase may be added with several values. A phrase
  // that is not well-formed UTF-8 can occur in no (valid) text and is ignored.
  // Must not be called after build().
  void add(std::string_view phrase, std::uint32_t value);
  // Computes the failure links; call once after the last add().
  void build();

  // Appends every occurrence of every phrase in `text` to `out`, ordered by
  // begin, longer matches first, then by value. Ill-formed bytes in the text
  // match nothing (phrases are well-formed, and UTF-8 resynchronizes).
  void find_all(std::string_view text, std::vector<Match>& out) const;

  // Whether some phrase occupies exactly text[at, at + n) with at + n <= limit.
  bool starts_at(std::string_view text, std::size_t at, std::size_t limit) const;
  // Whether some phrase occupies exactly text[end - n, end) with end - n >= floor.
  bool ends_at(std::string_view text, std::size_t floor, std::size_t end) const;
  // Where the shortest such phrase begins; `end` if there is none.
  std::size_t shortest_ending_at(std::string_view text, std::size_t floor, std::size_t end) const;
  // Where the longest such phrase begins; `end` if there is none.
  std::size_t longest_ending_at(std::string_view text, std::size_t floor, std::size_t end) const;
  // Where the longest phrase at text[at, …) within `limit` ends; `at` if there is none.
  std::size_t longest_starting_at(std::string_view text, std::size_t at, std::size_t limit) const;

  bool empty() const { return phrase_count_ == 0; }

 private:
  // A trie over symbols (numbered characters), flattened by build(): state
  // i's edges are [edges[i], edges[i + 1]), sorted by symbol.
  struct Trie {
    std::vector<std::uint32_t> edges{0, 0};  // per state, plus a sentinel
    // An edge's symbol and target side by side: a step reads one cache line.
    struct Edge {
      std::uint32_t symbol;
      std::uint32_t target;
    };
    std::vector<Edge> edge_list;
    std::vector<std::uint32_t> root_next;  // dense: symbol -> state (0: none)
    std::vector<std::uint8_t> terminal;    // per state: a phrase ends here
    // States with more than kScanned edges (a gazetteer's common first
    // characters) also get a dense row: symbol -> state, row_of[state] its index.
    static constexpr std::uint32_t kScanned = 8;
    std::vector<std::uint32_t> row_of;
    std::vector<std::uint32_t> dense_rows;

    std::uint32_t child(std::uint32_t state, std::uint32_t symbol) const {
      return state == 0 ? root_next[symbol] : child_below_root(state, symbol);
    }
    // Inline: find_all asks it at nearly every character below the root.
    std::uint32_t child_below_root(std::uint32_t state, std::uint32_t symbol) const {
      const Edge* first = edge_list.data() + edges[state];
      const Edge* last = edge_list.data() + edges[state + 1];
      // Below the root most states have one edge: a scan beats any look-up.
      if (last - first > kScanned)
        return dense_rows[static_cast<std::size_t>(row_of[state]) * root_next.size() + symbol];
      for (const Edge* edge = first; edge != last; ++edge) {
        if (edge->symbol == symbol) return edge->target;
      }
      return 0;
    }
  };
  // Set on a forward edge's target state when reaching it reports a match.
  static constexpr std::uint32_t kReports = 1u << 31;
  // Per state of the forward trie: what find_all needs besides the edges.
  struct Output {
    std::uint32_t values = 0;  // first value in values_ ([values, next state's values))
    std::uint32_t fail = 0;
    std::uint32_t output_link = 0;  // nearest state down the fail chain with values (0: none)
    std::uint32_t report = 0;       // the first state to report on reaching this one: itself or output_link
    std::uint32_t bytes = 0;        // length of the state's phrase prefix in bytes
  };

  // The symbol of the character at byte `i` (0: in no phrase, or ill-formed),
  // `i` moved past it.
  std::uint32_t next_symbol(std::string_view text, std::size_t& i) const;
  // The symbol of the character ending at byte `i` (not before `floor`), `i`
  // moved to its start; 0 as above.
  std::uint32_t previous_symbol(std::string_view text, std::size_t floor, std::size_t& i) const;
  // From byte `i`, the symbol of the next character some phrase starts
  // with, `i` moved past it; 0 at the end of the text.
  std::uint32_t next_starting_symbol(std::string_view text, std::size_t& i) const;
  std::uint32_t symbol_of(char32_t c) const {
    return c < 0x10000 ? pages_[page_of_[c >> 8] * 256 + (c & 0xFF)] : astral_symbol_of(c);
  }
  std::uint32_t astral_symbol_of(char32_t c) const;
  // The symbol of c, made if new (build time); throws std::length_error
  // past 65535 distinct characters.
  std::uint32_t intern(char32_t c);

  // Symbols of code points below U+10000: pages of 256, found through
  // page_of_[c >> 8] (page 0 is all zeros); the rest, sorted, in astral_.
  // Symbols are 16 bits so that the pages of a large gazetteer (all of CJK)
  // stay in the first-level cache.
  std::vector<std::uint32_t> page_of_ = std::vector<std::uint32_t>(256, 0);
  std::vector<std::uint16_t> pages_ = std::vector<std::uint16_t>(256, 0);
  std::vector<std::pair<char32_t, std::uint32_t>> astral_;
  // A bit per code point below U+10000: some phrase starts with it.
  std::vector<std::uint64_t> first_characters_;
  std::uint32_t symbol_count_ = 0;

  // The phrases as added, until build().
  struct Phrase {
    std::vector<std::uint32_t> symbols;
    std::uint32_t value = 0;
  };
  std::vector<Phrase> phrases_;

  Trie forward_;
  Trie backward_;                // the phrases reversed, for ends_at
  std::vector<Output> outputs_;  // per state of forward_, plus a sentinel
  std::vector<std::uint32_t> values_;
  std::size_t phrase_count_ = 0;
  bool built_ = false;
};

}  // namespace kg::extract
