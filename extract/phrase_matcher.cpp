// Aho-Corasick over characters: a trie of the phrases, failure links computed
// breadth-first, and output links so reporting a match costs only the
// matches reported; plus a trie of the reversed phrases for ends_at().
#include "extract/phrase_matcher.h"

#include <algorithm>
#include <cassert>
#include <queue>
#include <stdexcept>
#include <tuple>

#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

constexpr std::int32_t kIllFormed = -1;

// The code point at byte `i` by Unicode's table of well-formed UTF-8 (3-7),
// `i` moved past it; kIllFormed, `i` moved one byte, where there is none.
// Moving one byte is enough to resynchronize: every character starts at a
// byte that is not a continuation byte.
inline std::int32_t decode_next(std::string_view text, std::size_t& i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned b0 = s[i];
  if (b0 < 0x80) {
    ++i;
    return static_cast<std::int32_t>(b0);
  }
  if (i + 2 < n && utf8::is_three_byte_character(s + i)) {  // most of CJK: first
    i += 3;
    return static_cast<std::int32_t>(utf8::three_byte_code_point(s + i - 3));
  }
  auto in = [&](std::size_t k, unsigned low, unsigned high) {
    return i + k < n && s[i + k] >= low && s[i + k] <= high;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (in(1, 0x80, 0xBF)) {
      const auto c = ((b0 & 0x1F) << 6) | (s[i + 1] & 0x3Fu);
      i += 2;
      return static_cast<std::int32_t>(c);
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (in(1, b0 == 0xF0 ? 0x90 : 0x80, b0 == 0xF4 ? 0x8F : 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF)) {
      const auto c =
          ((b0 & 0x07) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
      i += 4;
      return static_cast<std::int32_t>(c);
    }
  }
  ++i;
  return kIllFormed;
}

constexpr std::uint32_t utf8_length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// A trie as add() grows it, before it is flattened.
struct GrowingTrie {
  struct Node {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> next;  // (symbol, node), sorted
    std::vector<std::uint32_t> values;
    std::uint32_t bytes = 0;
    std::uint32_t fail = 0;
    std::uint32_t output_link = 0;
  };
  std::vector<Node> nodes{1};

  std::uint32_t child(std::uint32_t node, std::uint32_t symbol) const {
    const auto& next = nodes[node].next;
    auto it = std::lower_bound(next.begin(), next.end(), symbol,
                               [](const auto& edge, std::uint32_t s) { return edge.first < s; });
    return (it != next.end() && it->first == symbol) ? it->second : 0;
  }

  std::uint32_t add_child(std::uint32_t node, std::uint32_t symbol, std::uint32_t symbol_bytes) {
    if (const std::uint32_t existing = child(node, symbol)) return existing;
    const auto added = static_cast<std::uint32_t>(nodes.size());
    const std::uint32_t bytes = nodes[node].bytes + symbol_bytes;
    nodes.emplace_back();
    nodes.back().bytes = bytes;
    auto& next = nodes[node].next;
    next.insert(std::lower_bound(next.begin(), next.end(), symbol,
                                 [](const auto& edge, std::uint32_t s) { return edge.first < s; }),
                {symbol, added});
    return added;
  }
};

}  // namespace

std::uint32_t PhraseMatcher::astral_symbol_of(char32_t c) const {
  auto it = std::lower_bound(astral_.begin(), astral_.end(), c,
                             [](const auto& entry, char32_t key) { return entry.first < key; });
  return (it != astral_.end() && it->first == c) ? it->second : 0;
}

std::uint32_t PhraseMatcher::intern(char32_t c) {
  if (const std::uint32_t known = symbol_of(c)) return known;
  if (symbol_count_ == 0xFFFF) throw std::length_error("phrase matcher: more than 65535 distinct characters");
  const std::uint32_t symbol = ++symbol_count_;
  if (c < 0x10000) {
    std::uint32_t& page = page_of_[c >> 8];
    if (page == 0) {
      page = static_cast<std::uint32_t>(pages_.size() / 256);
      pages_.resize(pages_.size() + 256, 0);
    }
    pages_[page * 256 + (c & 0xFF)] = static_cast<std::uint16_t>(symbol);
  } else {
    astral_.insert(std::lower_bound(astral_.begin(), astral_.end(), c,
                                    [](const auto& entry, char32_t key) { return entry.first < key; }),
                   {c, symbol});
  }
  return symbol;
}

inline std::uint32_t PhraseMatcher::next_symbol(std::string_view text, std::size_t& i) const {
  const std::int32_t c = decode_next(text, i);
  return c == kIllFormed ? 0 : symbol_of(static_cast<char32_t>(c));
}

inline std::uint32_t PhraseMatcher::previous_symbol(std::string_view text, std::size_t floor,
                                                    std::size_t& i) const {
  // Back over continuation bytes to the lead byte, then decode forwards: the
  // character must end exactly at `i`.
  std::size_t start = i - 1;
  while (start > floor && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::size_t end = start;
  const std::int32_t c = decode_next(text, end);
  if (c == kIllFormed || end != i) return 0;
  i = start;
  return symbol_of(static_cast<char32_t>(c));
}

void PhraseMatcher::add(std::string_view phrase, std::uint32_t value) {
  assert(!built_);
  if (phrase.empty()) return;
  Phrase added;
  added.value = value;
  for (std::size_t i = 0; i < phrase.size();) {
    const std::int32_t c = decode_next(phrase, i);
    if (c == kIllFormed) return;
    added.symbols.push_back(intern(static_cast<char32_t>(c)));
  }
  phrases_.push_back(std::move(added));
  ++phrase_count_;
}

void PhraseMatcher::build() {
  // Each symbol's character, and its byte length to give states their depth in bytes.
  std::vector<char32_t> symbol_code_points(symbol_count_ + 1, 0);
  for (std::uint32_t page = 0; page < page_of_.size(); ++page) {
    if (page_of_[page] == 0) continue;
    for (std::uint32_t low = 0; low < 256; ++low) {
      if (const std::uint32_t s = pages_[page_of_[page] * 256 + low])
        symbol_code_points[s] = (page << 8) | low;
    }
  }
  for (const auto& [c, s] : astral_) symbol_code_points[s] = c;
  std::vector<std::uint32_t> symbol_bytes(symbol_count_ + 1, 0);
  for (std::uint32_t s = 1; s <= symbol_count_; ++s) symbol_bytes[s] = utf8_length(symbol_code_points[s]);

  GrowingTrie forward;
  GrowingTrie backward;
  for (const Phrase& phrase : phrases_) {
    std::uint32_t state = 0;
    for (std::uint32_t symbol : phrase.symbols)
      state = forward.add_child(state, symbol, symbol_bytes[symbol]);
    auto& values = forward.nodes[state].values;
    if (std::find(values.begin(), values.end(), phrase.value) == values.end()) values.push_back(phrase.value);
    state = 0;
    for (auto symbol = phrase.symbols.rbegin(); symbol != phrase.symbols.rend(); ++symbol) {
      state = backward.add_child(state, *symbol, symbol_bytes[*symbol]);
    }
    backward.nodes[state].values.push_back(phrase.value);
  }
  phrases_.clear();
  phrases_.shrink_to_fit();

  std::queue<std::uint32_t> queue;
  for (const auto& [symbol, next] : forward.nodes[0].next) queue.push(next);
  while (!queue.empty()) {
    const std::uint32_t state = queue.front();
    queue.pop();
    for (const auto& [symbol, next] : forward.nodes[state].next) {
      std::uint32_t fallback = forward.nodes[state].fail;
      while (fallback != 0 && forward.child(fallback, symbol) == 0) fallback = forward.nodes[fallback].fail;
      const std::uint32_t target = forward.child(fallback, symbol);
      auto& node = forward.nodes[next];
      node.fail = (target == next) ? 0 : target;
      const auto& fail_node = forward.nodes[node.fail];
      node.output_link = !fail_node.values.empty() ? node.fail : fail_node.output_link;
      queue.push(next);
    }
  }

  // An edge into a forward state that reports matches carries kReports, so
  // find_all learns it without reading the state's Output (a cache miss).
  auto target_of = [&](std::uint32_t next, bool forward_trie) {
    if (!forward_trie) return next;
    const auto& node = forward.nodes[next];
    return (!node.values.empty() || node.output_link != 0) ? next | kReports : next;
  };
  auto flatten = [&](const GrowingTrie& grown, Trie& flat) {
    const bool forward_trie = &flat == &forward_;
    flat = Trie{};
    flat.edges.assign(grown.nodes.size() + 1, 0);
    flat.terminal.assign(grown.nodes.size(), 0);
    flat.root_next.assign(symbol_count_ + 1, 0);
    for (std::size_t i = 0; i < grown.nodes.size(); ++i) {
      flat.edges[i] = static_cast<std::uint32_t>(flat.edge_list.size());
      flat.terminal[i] = !grown.nodes[i].values.empty();
      for (const auto& [symbol, next] : grown.nodes[i].next) {
        flat.edge_list.push_back({symbol, target_of(next, forward_trie)});
      }
    }
    flat.edges.back() = static_cast<std::uint32_t>(flat.edge_list.size());
    flat.row_of.assign(grown.nodes.size(), 0);
    for (std::size_t i = 1; i < grown.nodes.size(); ++i) {
      if (grown.nodes[i].next.size() <= Trie::kScanned) continue;
      flat.row_of[i] = static_cast<std::uint32_t>(flat.dense_rows.size() / flat.root_next.size());
      flat.dense_rows.resize(flat.dense_rows.size() + flat.root_next.size(), 0);
      std::uint32_t* row = flat.dense_rows.data() + flat.row_of[i] * flat.root_next.size();
      for (const auto& [symbol, next] : grown.nodes[i].next) row[symbol] = target_of(next, forward_trie);
    }
    for (const auto& [symbol, next] : grown.nodes[0].next)
      flat.root_next[symbol] = target_of(next, forward_trie);
  };
  flatten(forward, forward_);
  first_characters_.assign(0x10000 / 64, 0);
  for (const auto& [symbol, next] : forward.nodes[0].next) {
    const char32_t c = symbol_code_points[symbol];
    if (c < 0x10000) first_characters_[c >> 6] |= std::uint64_t{1} << (c & 63);
  }
  flatten(backward, backward_);

  outputs_.assign(forward.nodes.size() + 1, Output{});
  values_.clear();
  for (std::size_t i = 0; i < forward.nodes.size(); ++i) {
    auto& node = forward.nodes[i];
    std::sort(node.values.begin(), node.values.end());
    const std::uint32_t report = node.values.empty() ? node.output_link : static_cast<std::uint32_t>(i);
    outputs_[i] = {static_cast<std::uint32_t>(values_.size()), node.fail, node.output_link, report,
                   node.bytes};
    values_.insert(values_.end(), node.values.begin(), node.values.end());
  }
  outputs_.back().values = static_cast<std::uint32_t>(values_.size());
  built_ = true;
}

inline std::uint32_t PhraseMatcher::next_starting_symbol(std::string_view text, std::size_t& i) const {
  while (i < text.size()) {
    const std::int32_t c = decode_next(text, i);
    if (c == kIllFormed) continue;
    const auto code_point = static_cast<char32_t>(c);
    if (code_point < 0x10000) {
      if ((first_characters_[code_point >> 6] >> (code_point & 63)) & 1) return symbol_of(code_point);
    } else if (const std::uint32_t symbol = symbol_of(code_point); forward_.root_next[symbol] != 0) {
      return symbol;
    }
  }
  return 0;
}

void PhraseMatcher::find_all(std::string_view text, std::vector<Match>& out) const {
  assert(built_ || phrase_count_ == 0);
  const std::size_t first = out.size();
  if (!built_ || phrase_count_ == 0) return;
  std::uint32_t state = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t symbol;
    if (state == 0) {
      // At the root most characters start no phrase: a tight loop passes
      // them by without touching the automaton.
      symbol = next_starting_symbol(text, i);
      if (symbol == 0) break;
    } else {
      symbol = next_symbol(text, i);
      if (symbol == 0) {  // a character in no phrase: no match spans it
        state = 0;
        continue;
      }
    }
    std::uint32_t next = forward_.child(state, symbol);
    while (next == 0 && state != 0) {
      state = outputs_[state].fail;
      next = forward_.child(state, symbol);
    }
    state = next & ~kReports;
    if (!(next & kReports)) continue;
    for (std::uint32_t hit = outputs_[state].report; hit != 0; hit = outputs_[hit].output_link) {
      const std::size_t begin = i - outputs_[hit].bytes;
      for (std::uint32_t v = outputs_[hit].values; v != outputs_[hit + 1].values; ++v) {
        out.push_back({begin, i, values_[v]});
      }
    }
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [](const Match& a, const Match& b) {
    return std::tuple(a.begin, b.end, a.value) < std::tuple(b.begin, a.end, b.value);
  });
}

bool PhraseMatcher::starts_at(std::string_view text, std::size_t at, std::size_t limit) const {
  if (!built_ || phrase_count_ == 0) return false;
  limit = std::min(limit, text.size());
  std::uint32_t state = 0;
  for (std::size_t i = at; i < limit;) {
    const std::uint32_t symbol = next_symbol(text, i);
    if (symbol == 0 || i > limit) return false;
    state = forward_.child(state, symbol) & ~kReports;
    if (state == 0) return false;
    if (forward_.terminal[state]) return true;
  }
  return false;
}

bool PhraseMatcher::ends_at(std::string_view text, std::size_t floor, std::size_t end) const {
  end = std::min(end, text.size());
  return shortest_ending_at(text, floor, end) != end;
}

std::size_t PhraseMatcher::shortest_ending_at(std::string_view text, std::size_t floor,
                                              std::size_t end) const {
  if (!built_ || phrase_count_ == 0) return end;
  const std::size_t limit = std::min(end, text.size());
  std::uint32_t state = 0;
  for (std::size_t i = limit; i > floor;) {
    const std::uint32_t symbol = previous_symbol(text, floor, i);
    if (symbol == 0) return end;
    state = backward_.child(state, symbol);
    if (state == 0) return end;
    if (backward_.terminal[state]) return i;
  }
  return end;
}

std::size_t PhraseMatcher::longest_ending_at(std::string_view text, std::size_t floor,
                                             std::size_t end) const {
  if (!built_ || phrase_count_ == 0) return end;
  std::size_t longest = end;
  std::uint32_t state = 0;
  for (std::size_t i = std::min(end, text.size()); i > floor;) {
    const std::uint32_t symbol = previous_symbol(text, floor, i);
    if (symbol == 0) break;
    state = backward_.child(state, symbol);
    if (state == 0) break;
    if (backward_.terminal[state]) longest = i;
  }
  return longest;
}

std::size_t PhraseMatcher::longest_starting_at(std::string_view text, std::size_t at,
                                               std::size_t limit) const {
  if (!built_ || phrase_count_ == 0) return at;
  limit = std::min(limit, text.size());
  std::size_t longest = at;
  std::uint32_t state = 0;
  for (std::size_t i = at; i < limit;) {
    const std::uint32_t symbol = next_symbol(text, i);
    if (symbol == 0 || i > limit) break;
    state = forward_.child(state, symbol) & ~kReports;
    if (state == 0) break;
    if (forward_.terminal[state]) longest = i;
  }
  return longest;
}

}  // namespace kg::extract
