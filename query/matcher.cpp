// Pattern matching by backtracking. Each pattern starts from its most
// constrained node (one bound by an earlier pattern, else one given by name,
// else one with a label; of those, only nodes with a relationship of the
// first step's type) and walks outwards along the relationships; shortest
// paths are a breadth-first search from one end.
#include "query/matcher.h"

#include <algorithm>
#include <limits>

#include "query/evaluator.h"

namespace kg::query {
namespace {

Direction flip(Direction direction) {
  if (direction == Direction::Right) return Direction::Left;
  if (direction == Direction::Left) return Direction::Right;
  return Direction::Both;
}

constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kPrefetchAhead = 8;

}  // namespace

Matcher::Matcher(const GraphIndex& index, const std::vector<PatternConstraint>& patterns,
                 std::size_t slot_count, const std::vector<int>& bound_slots, std::string_view text,
                 StepBudget& budget)
    : index_(index), patterns_(patterns), text_(text), budget_(budget) {
  frame_.resize(slot_count);
  bound_at_start_.assign(slot_count, false);
  for (int slot : bound_slots) bound_at_start_[static_cast<std::size_t>(slot)] = true;
  bound_ = bound_at_start_;
  std::vector<bool> bound_before = bound_at_start_;
  for (const PatternConstraint& pattern : patterns) {
    for (const NodeConstraint& node : pattern.nodes) has_bound_properties_ |= !node.bound_properties.empty();
    for (const RelConstraint& rel : pattern.rels) has_bound_properties_ |= !rel.bound_properties.empty();
  }
  for (const PatternConstraint& pattern : patterns) {
    Plan plan;
    plan.names.resize(pattern.nodes.size());
    plan.named.assign(pattern.nodes.size(), false);
    std::vector<int> score(pattern.nodes.size(), 0);
    for (std::size_t n = 0; n < pattern.nodes.size(); ++n) {
      const NodeConstraint& node = pattern.nodes[n];
      for (const auto& [key, value] : node.properties) {
        if (key != "name") continue;
        std::vector<std::uint32_t> ranks = index.find_by_name(value.as<std::string>());
        if (plan.named[n]) {
          std::vector<std::uint32_t> both;
          std::set_intersection(plan.names[n].begin(), plan.names[n].end(), ranks.begin(), ranks.end(),
                                std::back_inserter(both));
          ranks = std::move(both);
        }
        plan.names[n] = std::move(ranks);
        plan.named[n] = true;
      }
      if (has_bound_properties_) {  // kept apart so that plain patterns allocate nothing for them
        plan.static_names.push_back(plan.names[n]);
        plan.static_named.push_back(plan.named[n]);
        plan.node_values.emplace_back(node.bound_properties.size());
      }
      for (const auto& [key, expr] : node.bound_properties) {
        if (key == "name") plan.named[n] = true;  // found by name on each row: a seek
      }
      if (node.slot >= 0 && bound_before[static_cast<std::size_t>(node.slot)])
        score[n] = 4;
      else if (plan.named[n])
        score[n] = 3;
      else if (!node.types.empty())
        score[n] = 1;
    }
    std::size_t candidates = pattern.kind == PathKind::Plain ? pattern.nodes.size() : 2;
    for (std::size_t n = 1; n < candidates; ++n) {
      if (score[n] > score[plan.anchor]) plan.anchor = n;
    }
    for (std::size_t r = plan.anchor; r < pattern.rels.size(); ++r) plan.steps.push_back(Step{r, true});
    for (std::size_t r = plan.anchor; r-- > 0;) plan.steps.push_back(Step{r, false});
    if (pattern.kind == PathKind::Plain && !plan.steps.empty() && score[plan.anchor] < 3) {
      const Step first = plan.steps[0];
      const RelConstraint& rel = pattern.rels[first.rel];
      Direction direction = first.forward ? rel.direction : flip(rel.direction);
      if (!rel.types.empty() && rel.min_hops >= 1) {
        plan.edge_start = true;
        for (graph::RelationType type : rel.types) {
          if (direction != Direction::Left) plan.start_lists.push_back(index.nodes_with(type, true));
          if (direction != Direction::Right) plan.start_lists.push_back(index.nodes_with(type, false));
        }
      }
    }
    if (has_bound_properties_) {
      for (const RelConstraint& rel : pattern.rels) plan.rel_values.emplace_back(rel.bound_properties.size());
    }
    plan.node_at.resize(pattern.nodes.size());
    plan.segments.resize(pattern.rels.size());
    plans_.push_back(std::move(plan));
    for (const NodeConstraint& node : pattern.nodes) {
      if (node.slot >= 0) bound_before[static_cast<std::size_t>(node.slot)] = true;
    }
  }
}

bool Matcher::run(const std::vector<Value>& input,
                  const std::function<bool(const std::vector<Value>&)>& on_match) {
  on_match_ = &on_match;
  stopped_ = false;
  frame_ = input;
  bound_ = bound_at_start_;
  used_.clear();
  if (has_bound_properties_) bind_properties();
  match_pattern(0);
  return !stopped_;
}

// The values of {key: x.name} from the row the match starts on; names are
// looked up in the index, as literal ones were when the plan was made.
void Matcher::bind_properties() {
  const Scope scope{&frame_, nullptr, nullptr, nullptr};
  for (std::size_t p = 0; p < patterns_.size(); ++p) {
    Plan& plan = plans_[p];
    for (std::size_t n = 0; n < patterns_[p].nodes.size(); ++n) {
      const NodeConstraint& node = patterns_[p].nodes[n];
      if (node.bound_properties.empty()) continue;
      plan.names[n] = plan.static_names[n];
      bool named = plan.static_named[n];
      for (std::size_t i = 0; i < node.bound_properties.size(); ++i) {
        const auto& [key, expr] = node.bound_properties[i];
        Value value = evaluate(*expr, index_, scope);
        if (key == "name") {
          std::vector<std::uint32_t> ranks;
          if (value.is<std::string>()) ranks = index_.find_by_name(value.as<std::string>());
          if (named) {
            std::vector<std::uint32_t> both;
            std::set_intersection(plan.names[n].begin(), plan.names[n].end(), ranks.begin(), ranks.end(),
                                  std::back_inserter(both));
            ranks = std::move(both);
          }
          plan.names[n] = std::move(ranks);
          named = true;
        }
        plan.node_values[n][i] = std::move(value);
      }
    }
    for (std::size_t r = 0; r < patterns_[p].rels.size(); ++r) {
      const RelConstraint& rel = patterns_[p].rels[r];
      for (std::size_t i = 0; i < rel.bound_properties.size(); ++i)
        plan.rel_values[r][i] = evaluate(*rel.bound_properties[i].second, index_, scope);
    }
  }
}

const std::vector<Value>& Matcher::bound_values(const Plan& plan, std::size_t rel) {
  static const std::vector<Value> kNone;
  return plan.rel_values.empty() ? kNone : plan.rel_values[rel];
}

void Matcher::count_step(const Position& position) {
  // A relaxed load every 1024 steps: a query stops within microseconds of
  // Ctrl-C and pays nothing measurable for it.
  if ((budget_.steps & 1023) == 0 && budget_.cancel && budget_.cancel->load(std::memory_order_relaxed))
    throw Cancelled();
  if (++budget_.steps > budget_.max_steps) {
    throw QueryError(text_, position,
                     "the query stopped after looking at " + std::to_string(budget_.max_steps) +
                         " nodes and relationships; narrow this pattern (a name, a label, a type, "
                         "fewer hops) or add LIMIT");
  }
}

void Matcher::bind(int slot, Value value) {
  if (slot < 0) return;
  frame_[static_cast<std::size_t>(slot)] = std::move(value);
  bound_[static_cast<std::size_t>(slot)] = true;
}

void Matcher::unbind(int slot) {
  if (slot < 0) return;
  frame_[static_cast<std::size_t>(slot)] = Value();
  bound_[static_cast<std::size_t>(slot)] = false;
}

bool Matcher::fits_node(std::size_t p, std::size_t n, std::uint32_t rank, bool* bound) {
  *bound = false;
  const NodeConstraint& node = patterns_[p].nodes[n];
  const Plan& plan = plans_[p];
  count_step(node.position);
  if (!node.types.empty() &&
      std::find(node.types.begin(), node.types.end(), index_.node(rank).type) == node.types.end()) {
    return false;
  }
  if (plan.named[n] && !std::binary_search(plan.names[n].begin(), plan.names[n].end(), rank)) return false;
  for (const auto& [key, value] : node.properties) {
    if (key == "name") continue;
    if (equals(index_.node_property(rank, key), value) != true) return false;
  }
  for (std::size_t i = 0; i < node.bound_properties.size(); ++i) {
    const std::string& key = node.bound_properties[i].first;
    if (key == "name") continue;
    if (equals(index_.node_property(rank, key), plan.node_values[n][i]) != true) return false;
  }
  if (node.slot >= 0) {
    auto slot = static_cast<std::size_t>(node.slot);
    if (bound_[slot]) return frame_[slot].is<NodeRef>() && frame_[slot].as<NodeRef>().rank == rank;
    bind(node.slot, Value(NodeRef{rank}));
    *bound = true;
  }
  return true;
}

bool Matcher::fits_edge(const RelConstraint& rel, const std::vector<Value>& bound_values, Direction direction,
                        std::uint32_t from, const GraphIndex::Adjacent& adjacent) const {
  switch (direction) {
    case Direction::Right:
      if (!adjacent.outgoing) return false;
      break;
    case Direction::Left:
      if (adjacent.outgoing) return false;
      break;
    case Direction::Both:
      // A self-loop is listed twice at its node; either way it is one relationship.
      if (adjacent.other == from && !adjacent.outgoing) return false;
      break;
  }
  if (!used_.empty() && std::find(used_.begin(), used_.end(), adjacent.edge) != used_.end()) return false;
  if (rel.properties.empty() && rel.bound_properties.empty()) return true;  // most patterns: the hot path
  for (const auto& [key, value] : rel.properties) {
    if (equals(index_.edge_property(adjacent.edge, key), value) != true) return false;
  }
  for (std::size_t i = 0; i < rel.bound_properties.size(); ++i) {
    if (equals(index_.edge_property(adjacent.edge, rel.bound_properties[i].first), bound_values[i]) != true)
      return false;
  }
  return true;
}

template <typename Visit>
void Matcher::each_adjacent(const RelConstraint& rel, std::uint32_t from, Visit visit) const {
  if (rel.types.empty()) {
    for (const GraphIndex::Adjacent& adjacent : index_.adjacent(from)) {
      if (stopped_) return;
      visit(adjacent);
    }
    return;
  }
  for (graph::RelationType type : rel.types) {
    for (const GraphIndex::Adjacent& adjacent : index_.adjacent(from, type)) {
      if (stopped_) return;
      visit(adjacent);
    }
  }
}

void Matcher::match_pattern(std::size_t p) {
  if (stopped_) return;
  if (p == patterns_.size()) {
    if (!(*on_match_)(frame_)) stopped_ = true;
    return;
  }
  Plan& plan = plans_[p];
  const PatternConstraint& pattern = patterns_[p];
  const NodeConstraint& anchor = pattern.nodes[plan.anchor];
  auto try_anchor = [&](std::uint32_t rank, const GraphIndex::TypedRun* run = nullptr) {
    if (stopped_) return;
    bool bound;
    if (!fits_node(p, plan.anchor, rank, &bound)) return;
    plan.node_at[plan.anchor] = rank;
    if (pattern.kind == PathKind::Plain)
      run_step(p, 0, run);
    else
      match_shortest(p, rank);
    if (bound) unbind(anchor.slot);
  };
  if (anchor.slot >= 0 && bound_[static_cast<std::size_t>(anchor.slot)]) {
    // Bound by an earlier clause: a seek, not a scan; null (from OPTIONAL
    // MATCH) or a value that is not a node matches nothing.
    const Value& bound_value = frame_[static_cast<std::size_t>(anchor.slot)];
    if (bound_value.is<NodeRef>()) try_anchor(bound_value.as<NodeRef>().rank);
  } else if (plan.named[plan.anchor]) {
    for (std::uint32_t rank : plan.names[plan.anchor]) try_anchor(rank);
  } else {
    // Every node in [first, last), or only those where the first step can start.
    // With one list (one type, one direction) its runs are the first step's
    // relationships, found without a search; several are merged by rank.
    using Run = GraphIndex::TypedRun;
    const bool single = plan.start_lists.size() == 1;
    std::vector<std::span<const Run>> lists;
    auto scan = [&](std::uint32_t first, std::uint32_t last) {
      if (!plan.edge_start) {
        for (std::uint32_t rank = first; rank < last && !stopped_; ++rank) try_anchor(rank);
        return;
      }
      auto below = [](const Run& run, std::uint32_t rank) { return run.rank < rank; };
      lists.clear();
      for (std::span<const Run> list : plan.start_lists) {
        auto from = std::lower_bound(list.begin(), list.end(), first, below);
        lists.emplace_back(from, std::lower_bound(from, list.end(), last, below));
      }
      if (single) {
        std::span<const Run> runs = lists[0];
        for (std::size_t i = 0; i < runs.size() && !stopped_; ++i) {
          // The runs are read in order but far apart: fetching a few ahead
          // hides most of the wait for memory.
          if (i + kPrefetchAhead < runs.size()) index_.prefetch(runs[i + kPrefetchAhead]);
          try_anchor(runs[i].rank, &runs[i]);
        }
        return;
      }
      while (!stopped_) {
        std::uint32_t rank = kUnreached;
        for (std::span<const Run> list : lists) {
          if (!list.empty()) rank = std::min(rank, list.front().rank);
        }
        if (rank == kUnreached) return;
        for (std::span<const Run>& list : lists) {
          if (!list.empty() && list.front().rank == rank) list = list.subspan(1);
        }
        try_anchor(rank);
      }
    };
    if (anchor.types.empty()) {
      scan(0, index_.node_count());
    } else {
      std::vector<graph::NodeType> types = anchor.types;
      std::sort(types.begin(), types.end());
      for (graph::NodeType type : types) {
        auto [first, last] = index_.type_range(type);
        scan(first, last);
      }
    }
  }
}

void Matcher::continue_with(std::size_t p, std::size_t s, std::size_t node, std::uint32_t rank) {
  bool bound;
  if (!fits_node(p, node, rank, &bound)) return;
  plans_[p].node_at[node] = rank;
  run_step(p, s + 1);
  if (bound) unbind(patterns_[p].nodes[node].slot);
}

void Matcher::run_step(std::size_t p, std::size_t s, const GraphIndex::TypedRun* run) {
  if (stopped_) return;
  Plan& plan = plans_[p];
  if (s == plan.steps.size()) {
    finish_pattern(p);
    return;
  }
  const Step step = plan.steps[s];
  const RelConstraint& rel = patterns_[p].rels[step.rel];
  std::uint32_t from = plan.node_at[step.forward ? step.rel : step.rel + 1];
  std::size_t to_node = step.forward ? step.rel + 1 : step.rel;
  if (rel.variable_length) {
    Segment walk;
    walk.nodes.push_back(from);
    expand(p, s, from, walk);
    return;
  }
  Direction direction = step.forward ? rel.direction : flip(rel.direction);
  const std::vector<Value>& values = bound_values(plan, step.rel);
  const bool has_path = patterns_[p].path_slot >= 0;
  auto visit = [&](const GraphIndex::Adjacent& adjacent) {
    count_step(rel.position);
    if (!fits_edge(rel, values, direction, from, adjacent)) return;
    if (has_path) {  // segments only make up a path variable
      Segment& segment = plan.segments[step.rel];
      segment.edges.assign(1, adjacent.edge);
      if (step.forward)
        segment.nodes = {from, adjacent.other};
      else
        segment.nodes = {adjacent.other, from};
    }
    used_.push_back(adjacent.edge);
    bind(rel.slot, Value(EdgeRef{adjacent.edge}));
    continue_with(p, s, to_node, adjacent.other);
    unbind(rel.slot);
    used_.pop_back();
  };
  if (run == nullptr) {
    each_adjacent(rel, from, visit);
    return;
  }
  for (const GraphIndex::Adjacent& adjacent : index_.adjacent(*run)) {
    if (stopped_) return;
    visit(adjacent);
  }
}

// Depth-first over trails from the step's start node: each trail of an
// allowed length is tried against the rest of the pattern, shorter first along
// each branch.
void Matcher::expand(std::size_t p, std::size_t s, std::uint32_t at, Segment& walk) {
  Plan& plan = plans_[p];
  const Step step = plan.steps[s];
  const RelConstraint& rel = patterns_[p].rels[step.rel];
  int hops = static_cast<int>(walk.edges.size());
  if (hops >= rel.min_hops) {
    if (patterns_[p].path_slot >= 0) {  // segments only make up a path variable
      Segment& segment = plan.segments[step.rel];
      segment = walk;
      if (!step.forward) {
        std::reverse(segment.edges.begin(), segment.edges.end());
        std::reverse(segment.nodes.begin(), segment.nodes.end());
      }
    }
    if (rel.slot >= 0) {  // the relationships in pattern order, left to right
      List edges;
      edges.reserve(walk.edges.size());
      for (std::uint32_t edge : walk.edges) edges.emplace_back(EdgeRef{edge});
      if (!step.forward) std::reverse(edges.begin(), edges.end());
      bind(rel.slot, Value(std::move(edges)));
    }
    continue_with(p, s, step.forward ? step.rel + 1 : step.rel, at);
    unbind(rel.slot);
  }
  if (hops >= rel.max_hops || stopped_) return;
  Direction direction = step.forward ? rel.direction : flip(rel.direction);
  const std::vector<Value>& values = bound_values(plan, step.rel);
  const bool has_path = patterns_[p].path_slot >= 0;  // the walk's nodes make up only a path
  each_adjacent(rel, at, [&](const GraphIndex::Adjacent& adjacent) {
    count_step(rel.position);
    if (!fits_edge(rel, values, direction, at, adjacent)) return;
    walk.edges.push_back(adjacent.edge);
    if (has_path) walk.nodes.push_back(adjacent.other);
    used_.push_back(adjacent.edge);
    expand(p, s, adjacent.other, walk);
    used_.pop_back();
    if (has_path) walk.nodes.pop_back();
    walk.edges.pop_back();
  });
}

void Matcher::finish_pattern(std::size_t p) {
  const PatternConstraint& pattern = patterns_[p];
  if (pattern.path_slot < 0) {
    match_pattern(p + 1);
    return;
  }
  const Plan& plan = plans_[p];
  PathRef path;
  path.nodes.push_back(plan.node_at[0]);
  for (const Segment& segment : plan.segments) {
    path.edges.insert(path.edges.end(), segment.edges.begin(), segment.edges.end());
    path.nodes.insert(path.nodes.end(), segment.nodes.begin() + 1, segment.nodes.end());
  }
  bind(pattern.path_slot, Value(std::move(path)));
  match_pattern(p + 1);
  unbind(pattern.path_slot);
}

// Breadth-first search from `from` (the anchor end), level by level, over the
// relationships the pattern allows. Boost's breadth_first_search would need a
// filtered graph, an undirected view and exceptions to stop at a level or a
// target; the CSR index walks both ways and stops where it should directly.
void Matcher::match_shortest(std::size_t p, std::uint32_t from) {
  Plan& plan = plans_[p];
  const PatternConstraint& pattern = patterns_[p];
  const RelConstraint& rel = pattern.rels[0];
  const bool all = pattern.kind == PathKind::AllShortest;
  const std::size_t target_node = 1 - plan.anchor;
  const NodeConstraint& target = pattern.nodes[target_node];
  const Direction direction = plan.anchor == 0 ? rel.direction : flip(rel.direction);
  // The nodes the search is for, when the far end is bound or named: the
  // search stops once it has reached them all.
  std::optional<std::vector<std::uint32_t>> targets;
  if (target.slot >= 0 && bound_[static_cast<std::size_t>(target.slot)]) {
    const Value& bound_value = frame_[static_cast<std::size_t>(target.slot)];
    if (!bound_value.is<NodeRef>()) return;
    targets = std::vector<std::uint32_t>{bound_value.as<NodeRef>().rank};
  } else if (plan.named[target_node]) {
    targets = plan.names[target_node];
  }
  auto is_target = [&](std::uint32_t rank) {
    return std::binary_search(targets->begin(), targets->end(), rank);
  };

  // Distances, and per node a linked list (through `links`) of the
  // (node, relationship) pairs one level closer: flat arrays, so a search
  // costs no allocation per node, local so a later shortest-path pattern
  // can search while this one's paths are being used.
  struct Link {
    std::uint32_t node, edge, next;
  };
  constexpr std::uint32_t kNone = kUnreached;
  std::vector<std::uint32_t> dist(index_.node_count(), kUnreached);
  std::vector<std::uint32_t> first_link(index_.node_count(), kNone);
  std::vector<std::uint32_t> last_link(index_.node_count(), kNone);
  std::vector<Link> links;
  std::vector<std::uint32_t> reached{from};
  std::vector<std::uint32_t> frontier{from};
  dist[from] = 0;
  std::size_t remaining = targets ? targets->size() - (is_target(from) ? 1 : 0) : 0;
  auto link = [&](std::uint32_t to, std::uint32_t at, std::uint32_t edge) {
    // Appended at the tail, so paths come in the order their steps were found.
    Link entry{at, edge, kNone};
    auto index = static_cast<std::uint32_t>(links.size());
    links.push_back(entry);
    if (first_link[to] == kNone)
      first_link[to] = index;
    else
      links[last_link[to]].next = index;
    last_link[to] = index;
  };
  const std::vector<Value>& values = bound_values(plan, 0);
  for (int level = 0; level < rel.max_hops && !frontier.empty(); ++level) {
    if (targets && remaining == 0) break;
    std::vector<std::uint32_t> next;
    for (std::uint32_t at : frontier) {
      each_adjacent(rel, at, [&](const GraphIndex::Adjacent& adjacent) {
        count_step(rel.position);
        if (!fits_edge(rel, values, direction, at, adjacent)) return;
        std::uint32_t other = adjacent.other;
        if (dist[other] == kUnreached) {
          dist[other] = static_cast<std::uint32_t>(level + 1);
          next.push_back(other);
          reached.push_back(other);
          link(other, at, adjacent.edge);
          if (targets && is_target(other)) --remaining;
        } else if (all && dist[other] == static_cast<std::uint32_t>(level + 1)) {
          link(other, at, adjacent.edge);
        }
      });
    }
    frontier = std::move(next);
  }

  for (std::uint32_t to : targets ? *targets : reached) {
    if (stopped_) return;
    if (dist[to] == kUnreached || static_cast<int>(dist[to]) < rel.min_hops) continue;
    bool bound;
    if (!fits_node(p, target_node, to, &bound)) continue;
    // Walks back from `to` to `from`; a path is kept left to right.
    std::vector<Segment> paths;
    Segment partial;
    partial.nodes.push_back(to);
    auto walk_back = [&](auto&& self, std::uint32_t at) -> void {
      if (at == from) {
        Segment path = partial;
        if (plan.anchor == 0) {  // the search ran left to right: reverse the walk back
          std::reverse(path.nodes.begin(), path.nodes.end());
          std::reverse(path.edges.begin(), path.edges.end());
        }
        paths.push_back(std::move(path));
        return;
      }
      for (std::uint32_t i = first_link[at]; i != kNone; i = links[i].next) {
        count_step(rel.position);
        partial.nodes.push_back(links[i].node);
        partial.edges.push_back(links[i].edge);
        self(self, links[i].node);
        partial.nodes.pop_back();
        partial.edges.pop_back();
        if (!all) return;
      }
    };
    walk_back(walk_back, to);
    plan.node_at[target_node] = to;
    for (Segment& path : paths) {
      if (stopped_) break;
      plan.segments[0] = path;
      used_.insert(used_.end(), path.edges.begin(), path.edges.end());
      if (rel.slot >= 0) {
        List edges;
        for (std::uint32_t edge : path.edges) edges.emplace_back(EdgeRef{edge});
        bind(rel.slot, Value(std::move(edges)));
      }
      finish_pattern(p);
      unbind(rel.slot);
      used_.resize(used_.size() - path.edges.size());
    }
    if (bound) unbind(target.slot);
  }
}

}  // namespace kg::query
