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
  built_ = true;
}

void PhraseMatcher::find_all(std::string_view text, std::vector<Match>& out) const {
  assert(built_ || phrase_count_ == 0);
  const std::size_t first = out.size();
  std::uint32_t state = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<std::uint8_t>(text[i]);
    std::uint32_t next = child(state, byte);
    while (next == 0 && state != 0) {
      state = states_[state].fail;
      next = child(state, byte);
    }
    state = next;
    for (std::uint32_t hit = states_[state].values.empty() ? states_[state].output_link : state;
         hit != 0; hit = states_[hit].output_link) {
      const std::size_t begin = i + 1 - states_[hit].depth;
      for (std::uint32_t value : states_[hit].values) out.push_back({begin, i + 1, value});
    }
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [](const Match& a, const Match& b) {
    return std::tuple(a.begin, b.end, a.value) < std::tuple(b.begin, a.end, b.value);
  });
}

}  // namespace kg::extract
