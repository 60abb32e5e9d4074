// The fourth stage, first half: finds the matches of a MATCH clause's
// patterns in the graph, with openCypher's trail semantics (a relationship is
// used at most once per match).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "query/checker.h"
#include "query/graph_index.h"

namespace kg::query {

// The nodes and relationships a whole query may look at, shared by all its
// matchers: past max_steps, a matcher throws QueryError. When `cancel` is
// set, it throws Cancelled.
struct StepBudget {
  std::uint64_t max_steps = 0;
  const std::atomic<bool>* cancel = nullptr;
  std::uint64_t steps = 0;
};

class Matcher {
 public:
  // Matches `patterns` (of a query with `slot_count` variables) where the
  // variables `bound_slots` are bound before they start.
  Matcher(const GraphIndex& index, const std::vector<PatternConstraint>& patterns, std::size_t slot_count,
          const std::vector<int>& bound_slots, std::string_view text, StepBudget& budget);

  // Calls on_match with the bound variables (by slot) for each match, in a
  // deterministic order, until it returns false; `input` holds the values of
  // the bound variables. False when on_match stopped it.
  bool run(const std::vector<Value>& input, const std::function<bool(const std::vector<Value>&)>& on_match);

 private:
  struct Segment {  // what one relationship pattern matched, left to right
    std::vector<std::uint32_t> edges;
    std::vector<std::uint32_t> nodes;  // edges.size() + 1
  };
  struct Step {
    std::size_t rel;
    bool forward;  // from nodes[rel] to nodes[rel + 1]
  };
  struct Plan {
    std::size_t anchor = 0;
    std::vector<Step> steps;
    std::vector<std::vector<std::uint32_t>> names;  // per node: ranks named by {name: ...}
    std::vector<bool> named;                        // per node: has a {name: ...}
    // Per node: the names of its literal {name: ...} alone, before a bound one's.
    std::vector<std::vector<std::uint32_t>> static_names;
    std::vector<bool> static_named;
    std::vector<std::vector<Value>> node_values;  // per node: its bound_properties' values on this row
    std::vector<std::vector<Value>> rel_values;   // per relationship: the same
    std::vector<std::uint32_t> node_at;
    std::vector<Segment> segments;
    // When the anchor is found by a scan and the first step leaves it along
    // relationships of given types: the scan tries only the nodes that have
    // one (per type and direction, from the index), still in rank order, so
    // the matches and their order are those of the full scan.
    bool edge_start = false;
    std::vector<std::span<const GraphIndex::TypedRun>> start_lists;  // per type and direction
  };

  void match_pattern(std::size_t p);
  // `run`: the first step's relationships at the anchor, when the index
  // knows them already.
  void run_step(std::size_t p, std::size_t s, const GraphIndex::TypedRun* run = nullptr);
  void finish_pattern(std::size_t p);
  void expand(std::size_t p, std::size_t s, std::uint32_t from, Segment& walk);
  void match_shortest(std::size_t p, std::uint32_t from);
  void continue_with(std::size_t p, std::size_t s, std::size_t node, std::uint32_t rank);

  // Tries `rank` for node pattern `n` of pattern `p`; true when it fits, and
  // then *bound tells whether this call bound the node's variable.
  bool fits_node(std::size_t p, std::size_t n, std::uint32_t rank, bool* bound);
  bool fits_edge(const RelConstraint& rel, const std::vector<Value>& bound_values, Direction direction,
                 std::uint32_t from, const GraphIndex::Adjacent& adjacent) const;
  void bind_properties();
  static const std::vector<Value>& bound_values(const Plan& plan, std::size_t rel);
  template <typename Visit>
  void each_adjacent(const RelConstraint& rel, std::uint32_t from, Visit visit) const;
  void count_step(const Position& position);
  void bind(int slot, Value value);
  void unbind(int slot);

  const GraphIndex& index_;
  const std::vector<PatternConstraint>& patterns_;
  std::string_view text_;
  StepBudget& budget_;
  std::vector<Plan> plans_;
  std::vector<Value> frame_;
  std::vector<bool> bound_;
  std::vector<bool> bound_at_start_;
  std::vector<std::uint32_t> used_;  // relationships in the current match
  const std::function<bool(const std::vector<Value>&)>* on_match_ = nullptr;
  bool stopped_ = false;
  bool has_bound_properties_ = false;
};

}  // namespace kg::query
