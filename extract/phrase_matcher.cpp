// Aho-Corasick: a trie of the phrases, failure links computed breadth-first,
// and output links so reporting a match costs only the matches reported.
#include "extract/phrase_matcher.h"

#include <algorithm>
#include <cassert>
#include <queue>
#include <tuple>

namespace kg::extract {

std::uint32_t PhraseMatcher::child(std::uint32_t state, std::uint8_t byte) const {
  const auto& next = states_[state].next;
  auto it = std::lower_bound(next.begin(), next.end(), byte,
                             [](const auto& edge, std::uint8_t b) { return edge.first < b; });
  return (it != next.end() && it->first == byte) ? it->second : 0;
}

void PhraseMatcher::add(std::string_view phrase, std::uint32_t value) {
  assert(!built_);
  if (phrase.empty()) return;
  std::uint32_t state = 0;
  for (char c : phrase) {
    const auto byte = static_cast<std::uint8_t>(c);
    std::uint32_t next = child(state, byte);
    if (next == 0) {
      next = static_cast<std::uint32_t>(states_.size());
      const std::uint32_t depth = states_[state].depth + 1;
      states_.emplace_back();
      states_.back().depth = depth;
      auto& edges = states_[state].next;
      edges.insert(std::lower_bound(edges.begin(), edges.end(), byte,
                                    [](const auto& edge, std::uint8_t b) { return edge.first < b; }),
                   {byte, next});
    }
    state = next;
  }
  auto& values = states_[state].values;
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
  ++phrase_count_;
}

void PhraseMatcher::build() {
  std::queue<std::uint32_t> queue;
  for (const auto& [byte, next] : states_[0].next) {
    states_[next].fail = 0;
    queue.push(next);
  }
  while (!queue.empty()) {
    const std::uint32_t state = queue.front();
    queue.pop();
    for (const auto& [byte, next] : states_[state].next) {
      std::uint32_t fallback = states_[state].fail;
      while (fallback != 0 && child(fallback, byte) == 0) fallback = states_[fallback].fail;
      std::uint32_t target = child(fallback, byte);
      states_[next].fail = (target == next) ? 0 : target;
      const State& fail_state = states_[states_[next].fail];
      states_[next].output_link = !fail_state.values.empty() ? states_[next].fail : fail_state.output_link;
      queue.push(next);
    }
  }
  for (State& state : states_) std::sort(state.values.begin(), state.values.end());

  flat_.assign(states_.size() + 1, FlatState{});
  edge_bytes_.clear();
  edge_targets_.clear();
  values_.clear();
  for (std::size_t i = 0; i < states_.size(); ++i) {
    const State& state = states_[i];
    FlatState& flat = flat_[i];
    flat.edges = static_cast<std::uint32_t>(edge_bytes_.size());
    flat.values = static_cast<std::uint32_t>(values_.size());
    flat.fail = state.fail;
    flat.output_link = state.output_link;
    flat.depth = state.depth;
    for (const auto& [byte, next] : state.next) {
      edge_bytes_.push_back(byte);
      edge_targets_.push_back(next);
    }
    values_.insert(values_.end(), state.values.begin(), state.values.end());
  }
  flat_.back().edges = static_cast<std::uint32_t>(edge_bytes_.size());
  flat_.back().values = static_cast<std::uint32_t>(values_.size());
  std::fill(std::begin(root_next_), std::end(root_next_), 0);
  for (const auto& [byte, next] : states_[0].next) root_next_[byte] = next;
  built_ = true;
}

std::uint32_t PhraseMatcher::flat_child(std::uint32_t state, std::uint8_t byte) const {
  if (state == 0) return root_next_[byte];
  const std::uint8_t* first = edge_bytes_.data() + flat_[state].edges;
  const std::uint8_t* last = edge_bytes_.data() + flat_[state + 1].edges;
  // Most states have one or two edges: a scan beats a binary search.
  if (last - first <= 8) {
    for (const std::uint8_t* edge = first; edge != last; ++edge) {
      if (*edge == byte) return edge_targets_[static_cast<std::size_t>(edge - edge_bytes_.data())];
      if (*edge > byte) return 0;
    }
    return 0;
  }
  const std::uint8_t* edge = std::lower_bound(first, last, byte);
  return (edge != last && *edge == byte) ? edge_targets_[static_cast<std::size_t>(edge - edge_bytes_.data())] : 0;
}

void PhraseMatcher::find_all(std::string_view text, std::vector<Match>& out) const {
  assert(built_ || phrase_count_ == 0);
  const std::size_t first = out.size();
  if (flat_.empty()) return;  // nothing added
  std::uint32_t state = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<std::uint8_t>(text[i]);
    std::uint32_t next = flat_child(state, byte);
    while (next == 0 && state != 0) {
      state = flat_[state].fail;
      next = flat_child(state, byte);
    }
    state = next;
    const bool has_values = flat_[state].values != flat_[state + 1].values;
    for (std::uint32_t hit = has_values ? state : flat_[state].output_link; hit != 0; hit = flat_[hit].output_link) {
      const std::size_t begin = i + 1 - flat_[hit].depth;
      for (std::uint32_t v = flat_[hit].values; v != flat_[hit + 1].values; ++v) {
        out.push_back({begin, i + 1, values_[v]});
      }
    }
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [](const Match& a, const Match& b) {
    return std::tuple(a.begin, b.end, a.value) < std::tuple(b.begin, a.end, b.value);
  });
}

}  // namespace kg::extract
