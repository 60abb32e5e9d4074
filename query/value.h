// The values a query computes: scalars, lists, and references to the graph's
// nodes, relationships and paths, with Cypher's comparison and ordering rules.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kg::query {

// Nodes and relationships are named by their rank in the graph's canonical
// order (see GraphIndex), so ids and every order built on them do not depend
// on the order the graph was built in.
struct NodeRef {
  std::uint32_t rank = 0;
  friend bool operator==(const NodeRef&, const NodeRef&) = default;
};
struct EdgeRef {
  std::uint32_t index = 0;
  friend bool operator==(const EdgeRef&, const EdgeRef&) = default;
};
// Alternating nodes and relationships: nodes.size() == edges.size() + 1.
struct PathRef {
  std::vector<std::uint32_t> nodes;
  std::vector<std::uint32_t> edges;
  friend bool operator==(const PathRef&, const PathRef&) = default;
};

struct Value;
using List = std::vector<Value>;

// A map from string keys to values, keys sorted and unique so maps compare,
// hash and print the same whatever order they were written in.
struct Map {
  std::vector<std::string> keys;
  List values;  // values[i] is keys[i]'s
  // The value of `key`, or nullptr.
  const Value* find(std::string_view key) const;
  // Sets `key` (keeping keys sorted); a later set of the same key wins.
  void set(std::string key, Value value);
};

struct Value {
  using Variant = std::variant<std::monostate, bool, std::int64_t, double, std::string, List, NodeRef,
                               EdgeRef, PathRef, Map>;
  Variant data;

  Value() = default;
  Value(bool b) : data(b) {}
  Value(int i) : data(std::int64_t{i}) {}
  Value(std::int64_t i) : data(i) {}
  Value(double d) : data(d) {}
  Value(std::string s) : data(std::move(s)) {}
  Value(const char* s) : data(std::string(s)) {}  // not bool
  Value(List l) : data(std::move(l)) {}
  Value(NodeRef n) : data(n) {}
  Value(EdgeRef e) : data(e) {}
  Value(PathRef p) : data(std::move(p)) {}
  Value(Map m) : data(std::move(m)) {}

  bool is_null() const { return std::holds_alternative<std::monostate>(data); }
  template <typename T>
  bool is() const {
    return std::holds_alternative<T>(data);
  }
  template <typename T>
  const T& as() const {
    return std::get<T>(data);
  }
};

// The values of a query's $parameters, by name (without the $).
using Parameters = std::map<std::string, Value, std::less<>>;

// Cypher equality: null when either side is null (or a list holds a null
// that decides), false between different kinds, numbers compared by value.
std::optional<bool> equals(const Value& a, const Value& b);

// Cypher comparison for < <= > >=: numbers with numbers, strings with
// strings, booleans with booleans; anything else is null (nullopt).
std::optional<int> compare(const Value& a, const Value& b);

// A total order over all values for ORDER BY, DISTINCT, grouping, min and
// max: map < node < relationship < list < path < string < boolean < number <
// null, as in openCypher's orderability, so null sorts last ascending. Maps
// order by their (key, value) entries in key order.
int order(const Value& a, const Value& b);

struct ValueLess {
  bool operator()(const Value& a, const Value& b) const { return order(a, b) < 0; }
};
struct RowLess {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const;
};

// A hash that agrees with order(): values that order() calls equal (1 and
// 1.0, any two NaNs) hash the same, so grouping can use a hash table.
std::size_t hash_value(const Value& value);

}  // namespace kg::query
