// What aggregation and the projections share: groups by key, the memory
// budget and what a value costs in it, and the aggregates' running states.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "query/error.h"
#include "query/evaluator.h"
#include "query/value.h"

namespace kg::query {

// A growing array in segments of 1, 1, 2, 4, 8, … elements: growing adds a
// segment and never moves an element (a Value's move costs, and groups'
// keys and states are many), and a query of one group makes one.
template <typename T>
class SegmentedVector {
 public:
  std::size_t size() const { return size_; }
  T& operator[](std::size_t index) { return at(index); }
  const T& operator[](std::size_t index) const { return at(index); }
  void push_back(T&& value) {
    if (size_ == capacity_) add_segment();
    at(size_++) = std::move(value);
  }
  // Default-constructed elements until there are at least `wanted`; the elements added.
  std::size_t grow_to(std::size_t wanted) {
    const std::size_t before = size_;
    while (capacity_ < wanted) add_segment();
    size_ = std::max(size_, wanted);
    return size_ - before;
  }

 private:
  // (A segment's elements are reached through its pointer, so a const array reads them too.)
  T& at(std::size_t index) const {
    const auto segment = static_cast<std::size_t>(std::bit_width(index));  // 0 for 0, else 1 + log2
    return segments_[segment][segment == 0 ? 0 : index - (std::size_t{1} << (segment - 1))];
  }
  void add_segment() {
    const std::size_t length = capacity_ == 0 ? 1 : capacity_;  // segment k > 0 holds 2^(k-1)
    segments_.push_back(std::make_unique<T[]>(length));
    capacity_ += length;
  }
  std::vector<std::unique_ptr<T[]>> segments_;
  std::size_t size_ = 0, capacity_ = 0;
};

// Groups by their key values, numbered in order of first appearance: a hash
// table of group numbers over one array of keys.
class GroupTable {
 public:
  explicit GroupTable(std::size_t width) : width_(width) {}

  // The group of `keys`, added (taking the values) when new.
  std::size_t find_or_add(std::vector<Value>& keys) {
    std::size_t hash = keys.size();
    for (const Value& key : keys) hash = hash * 31 + hash_value(key);
    if (2 * (size() + 1) > slots_.size()) grow();
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) {
        slots_[i] = static_cast<std::uint32_t>(size() + 1);
        hashes_.push_back(hash);
        for (Value& key : keys) keys_.push_back(std::move(key));
        return size() - 1;
      }
      std::size_t group = slots_[i] - 1;
      if (hashes_[group] == hash && same_keys(group, keys)) return group;
    }
  }
  std::size_t size() const { return hashes_.size(); }
  Value& key(std::size_t group, std::size_t i) { return keys_[group * width_ + i]; }

 private:
  bool same_keys(std::size_t group, const std::vector<Value>& keys) const {
    for (std::size_t i = 0; i < width_; ++i) {
      if (order(keys_[group * width_ + i], keys[i]) != 0) return false;
    }
    return true;
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : 2 * slots_.size(), 0);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t group = 0; group < size(); ++group) {
      std::size_t i = hashes_[group] & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = static_cast<std::uint32_t>(group + 1);
    }
  }
  std::size_t width_;
  SegmentedVector<Value> keys_;      // width_ per group
  std::vector<std::size_t> hashes_;  // per group
  // group + 1; 0 is empty. 32 bits: the memory budget ends a query long
  // before it has 2^32 groups (each holds a key and aggregate states).
  std::vector<std::uint32_t> slots_;
};

// The bytes a value takes, near enough: what the memory budget counts.
inline std::uint64_t footprint(const Value& value) {
  std::uint64_t bytes = sizeof(Value);
  if (value.is<std::string>()) {
    bytes += value.as<std::string>().size();
  } else if (value.is<List>()) {
    for (const Value& item : value.as<List>()) bytes += footprint(item);
  } else if (value.is<PathRef>()) {
    const PathRef& path = value.as<PathRef>();
    bytes += (path.nodes.size() + path.edges.size()) * sizeof(std::uint32_t);
  }
  return bytes;
}

inline std::uint64_t footprint(const std::vector<Value>& values) {
  std::uint64_t bytes = 0;
  for (const Value& value : values) bytes += footprint(value);
  return bytes;
}

// What a query keeps while it runs (collected lists, rows held to sort,
// DISTINCT, groups), counted against Options::max_memory_bytes: the step
// budget bounds the work, not what each step keeps. MATCH (a),(b),(c)
// RETURN collect(a.name) on 460 nodes stays within the steps and took 10 GB.
class MemoryBudget {
 public:
  MemoryBudget(std::uint64_t max_bytes, std::string_view text, Position where)
      : max_bytes_(max_bytes), text_(text), where_(where) {}

  void charge(std::uint64_t bytes) {
    used_ += bytes;
    if (used_ > max_bytes_) {
      throw QueryError(text_, where_,
                       "the query stopped: what it keeps (collected lists, rows to sort, DISTINCT "
                       "values, groups) passed the memory budget of " +
                           size_text(max_bytes_) +
                           "; narrow the pattern, count() rather than collect(), or add LIMIT");
    }
  }

 private:
  static std::string size_text(std::uint64_t bytes) {
    return bytes >= (1u << 20) ? std::to_string(bytes >> 20) + " MB" : std::to_string(bytes) + " bytes";
  }
  std::uint64_t max_bytes_;
  std::uint64_t used_ = 0;
  std::string_view text_;
  Position where_;
};

// The running states of a projection's aggregates over all its groups.
class AggregateStates {
 public:
  explicit AggregateStates(std::vector<const Expr*> aggregates);
  ~AggregateStates();
  AggregateStates(const AggregateStates&) = delete;
  AggregateStates& operator=(const AggregateStates&) = delete;

  std::size_t width() const { return aggregates_.size(); }
  // Makes room for `groups` groups; returns the bytes added.
  std::uint64_t grow_to(std::size_t groups);
  std::size_t groups() const;  // the groups there is room for
  void accumulate(std::size_t group, const GraphIndex& index, const Scope& scope, MemoryBudget& budget);
  // The aggregates' results for `group`, taking its states.
  void results(std::size_t group, std::vector<Value>& out);

 private:
  struct States;
  std::vector<const Expr*> aggregates_;
  std::unique_ptr<States> states_;
};

}  // namespace kg::query
