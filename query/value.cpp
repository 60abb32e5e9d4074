// Cypher's equality, comparability and orderability of values.
#include "query/value.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace kg::query {
namespace {

bool is_number(const Value& v) { return v.is<std::int64_t>() || v.is<double>(); }

double as_double(const Value& v) {
  return v.is<std::int64_t>() ? static_cast<double>(v.as<std::int64_t>()) : v.as<double>();
}

int sign(auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); }

int compare_numbers(const Value& a, const Value& b) {
  if (a.is<std::int64_t>() && b.is<std::int64_t>()) {
    return sign(a.as<std::int64_t>(), b.as<std::int64_t>());
  }
  double x = as_double(a), y = as_double(b);
  // NaN sorts above every other number, as in openCypher.
  if (std::isnan(x) || std::isnan(y)) return sign(std::isnan(x), std::isnan(y));
  return sign(x, y);
}

// Rank of a value's kind in the orderability order.
int kind_rank(const Value& v) {
  if (v.is<Map>()) return -1;
  if (v.is<NodeRef>()) return 0;
  if (v.is<EdgeRef>()) return 1;
  if (v.is<List>()) return 2;
  if (v.is<PathRef>()) return 3;
  if (v.is<std::string>()) return 4;
  if (v.is<bool>()) return 5;
  if (is_number(v)) return 6;
  return 7;  // null
}

int order_ids(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end())) return -1;
  if (std::lexicographical_compare(b.begin(), b.end(), a.begin(), a.end())) return 1;
  return 0;
}

}  // namespace

const Value* Map::find(std::string_view key) const {
  auto it = std::lower_bound(keys.begin(), keys.end(), key);
  if (it == keys.end() || *it != key) return nullptr;
  return &values[static_cast<std::size_t>(it - keys.begin())];
}

void Map::set(std::string key, Value value) {
  auto it = std::lower_bound(keys.begin(), keys.end(), key);
  std::size_t i = static_cast<std::size_t>(it - keys.begin());
  if (it != keys.end() && *it == key) {
    values[i] = std::move(value);
    return;
  }
  keys.insert(it, std::move(key));
  values.insert(values.begin() + static_cast<std::ptrdiff_t>(i), std::move(value));
}

std::optional<bool> equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (is_number(a) && is_number(b)) return compare_numbers(a, b) == 0 && !std::isnan(as_double(a));
  if (a.data.index() != b.data.index()) return false;
  if (a.is<List>()) {
    const List& x = a.as<List>();
    const List& y = b.as<List>();
    if (x.size() != y.size()) return false;
    bool unknown = false;
    for (std::size_t i = 0; i < x.size(); ++i) {
      std::optional<bool> same = equals(x[i], y[i]);
      if (!same)
        unknown = true;
      else if (!*same)
        return false;
    }
    if (unknown) return std::nullopt;
    return true;
  }
  if (a.is<Map>()) {
    const Map& x = a.as<Map>();
    const Map& y = b.as<Map>();
    if (x.keys != y.keys) return false;
    return equals(Value(x.values), Value(y.values));
  }
  return order(a, b) == 0;
}

std::optional<int> compare(const Value& a, const Value& b) {
  if (is_number(a) && is_number(b)) {
    if (std::isnan(as_double(a)) || std::isnan(as_double(b))) return std::nullopt;
    return compare_numbers(a, b);
  }
  if (a.is<std::string>() && b.is<std::string>()) {
    return sign(a.as<std::string>(), b.as<std::string>());
  }
  if (a.is<bool>() && b.is<bool>()) return sign(a.as<bool>(), b.as<bool>());
  return std::nullopt;
}

int order(const Value& a, const Value& b) {
  int ka = kind_rank(a), kb = kind_rank(b);
  if (ka != kb) return sign(ka, kb);
  switch (ka) {
    case -1: {
      const Map& x = a.as<Map>();
      const Map& y = b.as<Map>();
      for (std::size_t i = 0; i < x.keys.size() && i < y.keys.size(); ++i) {
        if (int c = sign(x.keys[i], y.keys[i]); c != 0) return c;
        if (int c = order(x.values[i], y.values[i]); c != 0) return c;
      }
      return sign(x.keys.size(), y.keys.size());
    }
    case 0:
      return sign(a.as<NodeRef>().rank, b.as<NodeRef>().rank);
    case 1:
      return sign(a.as<EdgeRef>().index, b.as<EdgeRef>().index);
    case 2: {
      const List& x = a.as<List>();
      const List& y = b.as<List>();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (int c = order(x[i], y[i]); c != 0) return c;
      }
      return sign(x.size(), y.size());
    }
    case 3: {
      const PathRef& x = a.as<PathRef>();
      const PathRef& y = b.as<PathRef>();
      if (int c = order_ids(x.nodes, y.nodes); c != 0) return c;
      return order_ids(x.edges, y.edges);
    }
    case 4:
      return sign(a.as<std::string>(), b.as<std::string>());
    case 5:
      return sign(a.as<bool>(), b.as<bool>());
    case 6:
      return compare_numbers(a, b);
    default:
      return 0;
  }
}

std::size_t hash_value(const Value& value) {
  auto mix = [](std::size_t seed, std::size_t h) {
    return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
  };
  std::size_t seed = static_cast<std::size_t>(kind_rank(value));
  switch (kind_rank(value)) {
    case -1: {
      const Map& map = value.as<Map>();
      for (std::size_t i = 0; i < map.keys.size(); ++i) {
        seed = mix(seed, std::hash<std::string>{}(map.keys[i]));
        seed = mix(seed, hash_value(map.values[i]));
      }
      return seed;
    }
    case 0:
      return mix(seed, value.as<NodeRef>().rank);
    case 1:
      return mix(seed, value.as<EdgeRef>().index);
    case 2:
      for (const Value& item : value.as<List>()) seed = mix(seed, hash_value(item));
      return seed;
    case 3:
      for (std::uint32_t rank : value.as<PathRef>().nodes) seed = mix(seed, rank);
      for (std::uint32_t edge : value.as<PathRef>().edges) seed = mix(seed, edge);
      return seed;
    case 4:
      return mix(seed, std::hash<std::string>{}(value.as<std::string>()));
    case 5:
      return mix(seed, value.as<bool>());
    case 6: {
      // Numbers are equal by value whatever their kind; -0.0 == 0.0.
      double number = as_double(value);
      if (std::isnan(number)) return mix(seed, 1);
      if (number == 0) number = 0;
      return mix(seed, std::hash<double>{}(number));
    }
    default:
      return seed;
  }
}

bool RowLess::operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (int c = order(a[i], b[i]); c != 0) return c < 0;
  }
  return a.size() < b.size();
}

}  // namespace kg::query
