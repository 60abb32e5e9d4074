// Expression evaluation with Cypher's three-valued logic, and the projection
// pipeline: filter, group and aggregate, DISTINCT, stable sort, SKIP, LIMIT.
#include "query/evaluator.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>

#include "query/functions.h"
#include "query/matcher.h"
#include "query/operators.h"

namespace kg::query {
namespace {

std::optional<bool> truth(const Value& value) {
  if (value.is<bool>()) return value.as<bool>();
  return std::nullopt;
}

Value from_truth(std::optional<bool> value) { return value ? Value(*value) : Value(); }

Value string_test(const Value& left, const Value& right, ExprKind kind) {
  if (!left.is<std::string>() || !right.is<std::string>()) return {};
  const std::string& text = left.as<std::string>();
  const std::string& part = right.as<std::string>();
  switch (kind) {
    case ExprKind::Contains:
      return Value(text.find(part) != std::string::npos);
    case ExprKind::StartsWith:
      return Value(text.compare(0, part.size(), part) == 0);
    default:
      return Value(text.size() >= part.size() &&
                   text.compare(text.size() - part.size(), part.size(), part) == 0);
  }
}

Value compare_values(const Value& left, const Value& right, CompareOp op) {
  if (op == CompareOp::Equal) return from_truth(equals(left, right));
  if (op == CompareOp::NotEqual) {
    std::optional<bool> same = equals(left, right);
    return same ? Value(!*same) : Value();
  }
  std::optional<int> order = compare(left, right);
  if (!order) return {};
  switch (op) {
    case CompareOp::Less:
      return Value(*order < 0);
    case CompareOp::LessEqual:
      return Value(*order <= 0);
    case CompareOp::Greater:
      return Value(*order > 0);
    default:
      return Value(*order >= 0);
  }
}

// x IN list: true if found; else null if x or an item is null; else false.
Value in_list(const Value& needle, const Value& list) {
  if (!list.is<List>()) return {};
  bool unknown = false;
  for (const Value& item : list.as<List>()) {
    std::optional<bool> same = equals(needle, item);
    if (same == true) return Value(true);
    if (!same) unknown = true;
  }
  return unknown ? Value() : Value(false);
}

// A scalar function: coalesce stops at its first value that is not null;
// the others take their arguments evaluated (query/functions.cpp).
Value call(const Expr& expr, const GraphIndex& index, const Scope& scope) {
  if (expr.function == Function::Coalesce) {
    for (const ExprPtr& arg : expr.args) {
      Value value = evaluate(*arg, index, scope);
      if (!value.is_null()) return value;
    }
    return {};
  }
  // At most three arguments (all but coalesce): no allocation per call.
  std::array<Value, 3> args;
  const std::size_t count = std::min(expr.args.size(), args.size());
  for (std::size_t i = 0; i < count; ++i) args[i] = evaluate(*expr.args[i], index, scope);
  return call_scalar(*expr.scalar, std::span<const Value>(args.data(), count), CallContext{index, expr});
}

// CASE: the THEN of the first WHEN that equals the subject (simple form) or
// is true (searched form), else the ELSE, else null.
Value case_value(const Expr& expr, const GraphIndex& index, const Scope& scope) {
  std::size_t i = 0;
  Value subject;
  if (expr.case_subject) subject = evaluate(*expr.args[i++], index, scope);
  const std::size_t pairs_end = expr.args.size() - (expr.case_else ? 1 : 0);
  for (; i < pairs_end; i += 2) {
    Value when = evaluate(*expr.args[i], index, scope);
    bool taken = expr.case_subject ? equals(subject, when) == true : truth(when) == true;
    if (taken) return evaluate(*expr.args[i + 1], index, scope);
  }
  return expr.case_else ? evaluate(*expr.args.back(), index, scope) : Value();
}

// n:A|B: null for null, else whether the node's label (the relationship's
// type) is one of them.
Value has_label(const Expr& expr, const GraphIndex& index, const Scope& scope) {
  Value target = evaluate(*expr.args[0], index, scope);
  if (target.is_null()) return {};
  if (target.is<NodeRef>()) {
    int type = static_cast<int>(index.node(target.as<NodeRef>().rank).type);
    return Value(std::find(expr.node_types.begin(), expr.node_types.end(), type) != expr.node_types.end());
  }
  if (target.is<EdgeRef>()) {
    int type = static_cast<int>(index.edge(target.as<EdgeRef>().index).relation);
    return Value(std::find(expr.relation_types.begin(), expr.relation_types.end(), type) !=
                 expr.relation_types.end());
  }
  throw EvaluationError(expr.name_position,
                        "only nodes have labels (and relationships types), not " + kind_name(target));
}

// A set of 64-bit keys by open addressing: the (group, id) pairs
// count(DISTINCT n) has seen, in one flat table for all groups rather than a
// std::set of values per group. Not ~0, which marks an empty slot.
class IdSet {
 public:
  bool insert(std::uint64_t key) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == key) return false;
      if (slots_[i] == kEmpty) {
        slots_[i] = key;
        ++size_;
        return true;
      }
    }
  }

 private:
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
  static std::size_t spread(std::uint64_t key) {  // splitmix64's finalizer
    key ^= key >> 30;
    key *= 0xbf58476d1ce4e5b9ULL;
    key ^= key >> 27;
    key *= 0x94d049bb133111ebULL;
    return static_cast<std::size_t>(key ^ (key >> 31));
  }
  void grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), kEmpty);
    size_ = 0;
    for (std::uint64_t key : old) {
      if (key != kEmpty) insert(key);
    }
  }
  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

// Groups by their key values, numbered in order of first appearance: a hash
// table of group numbers over one flat array of keys.
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
        slots_[i] = size() + 1;
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
      slots_[i] = group + 1;
    }
  }
  std::size_t width_;
  std::vector<Value> keys_;          // width_ per group
  std::vector<std::size_t> hashes_;  // per group
  std::vector<std::size_t> slots_;   // group + 1; 0 is empty
};

// The bytes a value takes, near enough: what the memory budget counts.
std::uint64_t footprint(const Value& value) {
  std::uint64_t bytes = sizeof(Value);
  if (value.is<std::string>()) {
    bytes += value.as<std::string>().size();
  } else if (value.is<List>()) {
    for (const Value& item : value.as<List>()) bytes += footprint(item);
  } else if (value.is<Map>()) {
    for (const std::string& key : value.as<Map>().keys) bytes += sizeof(std::string) + key.size();
    for (const Value& item : value.as<Map>().values) bytes += footprint(item);
  } else if (value.is<PathRef>()) {
    const PathRef& path = value.as<PathRef>();
    bytes += (path.nodes.size() + path.edges.size()) * sizeof(std::uint32_t);
  }
  return bytes;
}

std::uint64_t footprint(const std::vector<Value>& values) {
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

// One aggregate's running state within one group.
struct Accumulator {
  std::int64_t count = 0;
  List items;
  std::set<Value, ValueLess> seen;  // DISTINCT, for values other than nodes and relationships
  Value best;                       // min or max so far
  std::int64_t integer_sum = 0;     // sum and avg: of the integers, checked
  double float_sum = 0;             // and of the floats
  bool has_float = false;
  // DISTINCT's first few nodes and relationships (kind << 32 | id), kept
  // here, where the group's state is read anyway; the rest go to SeenIds.
  std::array<std::uint64_t, 4> first_ids{};
  std::uint8_t first_id_count = 0;
};

// What DISTINCT has seen of nodes and relationships beyond a group's first
// few, for one aggregate over all groups: (group, id) pairs in a flat table
// rather than a std::set of values per group.
struct SeenIds {
  IdSet nodes, edges;
};

constexpr std::uint64_t kMaxKeyedGroup = 0xFFFF'FFFF;  // (group, id) fits in 64 bits below it

// Whether DISTINCT sees node or relationship `id` for the first time in `group`.
bool first_sight(Accumulator& state, SeenIds& seen_ids, std::size_t group, bool node, std::uint32_t id) {
  std::uint64_t tagged = (node ? 0 : std::uint64_t{1} << 32) | id;
  for (std::uint8_t i = 0; i < state.first_id_count; ++i) {
    if (state.first_ids[i] == tagged) return false;
  }
  // Ids move to the table only once the first few are taken, so an id kept
  // here is never in the table.
  if (state.first_id_count < state.first_ids.size()) {
    state.first_ids[state.first_id_count++] = tagged;
    return true;
  }
  return (node ? seen_ids.nodes : seen_ids.edges).insert(std::uint64_t{group} << 32 | id);
}

// sum() adds numbers: integers as checked 64-bit integers (so an integer
// sum stays exact and an overflow is an error), floats as floats. avg()
// adds them all as floats.
void add_to_sum(const Expr& expr, Accumulator& state, const Value& value) {
  ++state.count;
  if (expr.function == Function::Avg && value.is<std::int64_t>()) {  // a mean does not overflow
    state.float_sum += static_cast<double>(value.as<std::int64_t>());
  } else if (value.is<std::int64_t>()) {
    if (__builtin_add_overflow(state.integer_sum, value.as<std::int64_t>(), &state.integer_sum)) {
      throw EvaluationError(expr.name_position, "integer overflow: `" + expr.name +
                                                    "`() passed the 64-bit integers; sum toFloat(x) instead");
    }
  } else if (value.is<double>()) {
    state.float_sum += value.as<double>();
    state.has_float = true;
  } else {
    throw EvaluationError(expr.args[0]->position,
                          "`" + expr.name + "`() adds numbers, not " + kind_name(value));
  }
}

void accumulate(const Expr& expr, Accumulator& state, SeenIds& seen_ids, std::size_t group,
                const GraphIndex& index, const Scope& scope, MemoryBudget& budget) {
  if (expr.kind == ExprKind::CountStar) {
    ++state.count;
    return;
  }
  Value value = evaluate(*expr.args[0], index, scope);
  if (value.is_null()) return;  // aggregates skip nulls
  if (expr.distinct) {
    bool ref = value.is<NodeRef>() || value.is<EdgeRef>();
    if (ref && group < kMaxKeyedGroup) {
      bool node = value.is<NodeRef>();
      if (!first_sight(state, seen_ids, group, node,
                       node ? value.as<NodeRef>().rank : value.as<EdgeRef>().index)) {
        return;
      }
      budget.charge(sizeof(std::uint64_t));
    } else if (!state.seen.insert(value).second) {
      return;
    } else {
      budget.charge(footprint(value) + 32);  // and a node of the set
    }
  }
  switch (expr.function) {
    case Function::Count:
      ++state.count;
      break;
    case Function::Collect:
      budget.charge(footprint(value));
      state.items.push_back(std::move(value));
      break;
    case Function::Min:
      if (state.best.is_null() || order(value, state.best) < 0) state.best = std::move(value);
      break;
    case Function::Max:
      if (state.best.is_null() || order(value, state.best) > 0) state.best = std::move(value);
      break;
    case Function::Sum:
    case Function::Avg:
      add_to_sum(expr, state, value);
      break;
    default:
      break;
  }
}

Value result_of(const Expr& expr, Accumulator& state) {
  if (expr.kind == ExprKind::CountStar || expr.function == Function::Count) return Value(state.count);
  if (expr.function == Function::Collect) return Value(std::move(state.items));
  if (expr.function == Function::Sum) {
    if (state.has_float) return Value(state.float_sum + static_cast<double>(state.integer_sum));
    return Value(state.integer_sum);
  }
  if (expr.function == Function::Avg) {
    if (state.count == 0) return {};
    return Value((state.float_sum + static_cast<double>(state.integer_sum)) /
                 static_cast<double>(state.count));
  }
  return std::move(state.best);
}

void collect_aggregates(const Expr& expr, std::vector<const Expr*>& out) {
  if (expr.aggregate >= 0) {
    out[static_cast<std::size_t>(expr.aggregate)] = &expr;
    return;
  }
  for (const ExprPtr& arg : expr.args) collect_aggregates(*arg, out);
}

void collect_slots(const Expr& expr, std::set<int>& slots) {
  if (expr.kind == ExprKind::Variable) slots.insert(expr.slot);
  for (const ExprPtr& arg : expr.args) collect_slots(*arg, slots);
}

// The slot of the one node variable the grouping keys depend on (as in
// `a.name, labels(a)`), else -1. Keys are a function of the match, so
// matches that bind it to the same node fall in the same group.
int key_node_slot(const CheckedQuery& query) {
  std::set<int> slots;
  for (int key : query.group_keys) collect_slots(*query.ast.items[static_cast<std::size_t>(key)].expr, slots);
  if (slots.size() != 1) return -1;
  int slot = *slots.begin();
  return query.variables[static_cast<std::size_t>(slot)].kind == VariableKind::Node ? slot : -1;
}

struct OutputRow {
  std::vector<Value> values;
  std::vector<Value> keys;   // ORDER BY items that are not RETURN columns
  std::size_t position = 0;  // before sorting: ties keep it
};

}  // namespace

Value evaluate(const Expr& expr, const GraphIndex& index, const Scope& scope) {
  switch (expr.kind) {
    case ExprKind::Literal:
    case ExprKind::Parameter:  // the checker has made it a Literal
      return expr.value;
    case ExprKind::ListLiteral: {
      List items;
      for (const ExprPtr& item : expr.args) items.push_back(evaluate(*item, index, scope));
      return Value(std::move(items));
    }
    case ExprKind::Variable:
      return (*scope.frame)[static_cast<std::size_t>(expr.slot)];
    case ExprKind::Column:
      return (*scope.columns)[static_cast<std::size_t>(expr.column)];
    case ExprKind::Property: {
      Value target = evaluate(*expr.args[0], index, scope);
      if (target.is<NodeRef>()) return index.node_property(target.as<NodeRef>().rank, expr.property);
      if (target.is<EdgeRef>()) return index.edge_property(target.as<EdgeRef>().index, expr.property);
      if (target.is<Map>()) {
        const Value* found = target.as<Map>().find(expr.name);
        return found ? *found : Value();
      }
      if (target.is_null()) return {};
      throw EvaluationError(expr.name_position,
                            "only nodes, relationships and maps have properties, not " + kind_name(target));
    }
    case ExprKind::CountStar:
      return (*scope.aggregates)[static_cast<std::size_t>(expr.aggregate)];
    case ExprKind::Call:
      if (expr.aggregate >= 0) return (*scope.aggregates)[static_cast<std::size_t>(expr.aggregate)];
      return call(expr, index, scope);
    case ExprKind::Not: {
      std::optional<bool> value = truth(evaluate(*expr.args[0], index, scope));
      return value ? Value(!*value) : Value();
    }
    case ExprKind::And: {
      std::optional<bool> left = truth(evaluate(*expr.args[0], index, scope));
      if (left == false) return Value(false);
      std::optional<bool> right = truth(evaluate(*expr.args[1], index, scope));
      if (right == false) return Value(false);
      return (left && right) ? Value(true) : Value();
    }
    case ExprKind::Or: {
      std::optional<bool> left = truth(evaluate(*expr.args[0], index, scope));
      if (left == true) return Value(true);
      std::optional<bool> right = truth(evaluate(*expr.args[1], index, scope));
      if (right == true) return Value(true);
      return (left && right) ? Value(false) : Value();
    }
    case ExprKind::Xor: {
      std::optional<bool> left = truth(evaluate(*expr.args[0], index, scope));
      std::optional<bool> right = truth(evaluate(*expr.args[1], index, scope));
      return (left && right) ? Value(*left != *right) : Value();
    }
    case ExprKind::Compare:
      return compare_values(evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope),
                            expr.op);
    case ExprKind::In:
      return in_list(evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope));
    case ExprKind::Contains:
    case ExprKind::StartsWith:
    case ExprKind::EndsWith:
      return string_test(evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope),
                         expr.kind);
    case ExprKind::IsNull: {
      bool null = evaluate(*expr.args[0], index, scope).is_null();
      return Value(expr.negated ? !null : null);
    }
    case ExprKind::Negate: {
      Value value = evaluate(*expr.args[0], index, scope);
      if (value.is<std::int64_t>()) {
        std::int64_t n = value.as<std::int64_t>();
        if (n == std::numeric_limits<std::int64_t>::min())
          throw EvaluationError(expr.position,
                                "integer overflow: -(" + std::to_string(n) + ") does not fit in 64 bits");
        return Value(-n);
      }
      if (value.is<double>()) return Value(-value.as<double>());
      if (value.is_null()) return {};
      throw EvaluationError(expr.position, "only a number can be negated, not " + kind_name(value));
    }
    case ExprKind::Add:
    case ExprKind::Subtract:
    case ExprKind::Multiply:
    case ExprKind::Divide:
    case ExprKind::Modulo:
    case ExprKind::Power:
      return arithmetic(expr, evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope));
    case ExprKind::RegexMatch:
      return regex_match(expr, evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope));
    case ExprKind::Case:
      return case_value(expr, index, scope);
    case ExprKind::Index:
      return subscript(expr, evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope),
                       index);
    case ExprKind::Slice: {
      Value target = evaluate(*expr.args[0], index, scope);
      std::size_t next = 1;
      Value from, to;
      if (expr.slice_from) from = evaluate(*expr.args[next++], index, scope);
      if (expr.slice_to) to = evaluate(*expr.args[next], index, scope);
      return slice(expr, target, expr.slice_from ? &from : nullptr, expr.slice_to ? &to : nullptr);
    }
    case ExprKind::HasLabel:
      return has_label(expr, index, scope);
    case ExprKind::MapLiteral: {
      Map map;
      map.keys = expr.keys;
      for (const ExprPtr& value : expr.args) map.values.push_back(evaluate(*value, index, scope));
      return Value(std::move(map));
    }
  }
  return {};
}

Result execute(const GraphIndex& index, const CheckedQuery& query, std::string_view text,
               const Options& limits) {
  const Query& ast = query.ast;
  Result result;
  result.columns = query.columns;

  std::uint64_t skip = ast.skip ? static_cast<std::uint64_t>(*ast.skip) : 0;
  std::optional<std::uint64_t> limit;
  if (ast.limit) limit = static_cast<std::uint64_t>(*ast.limit);
  if (limits.max_rows) limit = limit ? std::min(*limit, *limits.max_rows) : *limits.max_rows;
  if (limit && *limit == 0) return result;

  std::vector<OutputRow> rows;
  std::set<std::vector<Value>, RowLess> distinct_rows;
  // A RETURN column in ORDER BY is sorted on where it is, not copied.
  const bool keys_needed = std::any_of(ast.order_by.begin(), ast.order_by.end(), [](const SortItem& item) {
    return item.expr->kind != ExprKind::Column;
  });
  auto sort_key = [&](const OutputRow& row, std::size_t i) -> const Value& {
    const Expr& expr = *ast.order_by[i].expr;
    return expr.kind == ExprKind::Column ? row.values[static_cast<std::size_t>(expr.column)] : row.keys[i];
  };
  // Ties go by position: the order of a stable sort.
  auto before = [&](const OutputRow& a, const OutputRow& b) {
    for (std::size_t i = 0; i < ast.order_by.size(); ++i) {
      int c = order(sort_key(a, i), sort_key(b, i));
      if (c != 0) return ast.order_by[i].descending ? c > 0 : c < 0;
    }
    return a.position < b.position;
  };
  // With ORDER BY and LIMIT only the first SKIP + LIMIT rows in sort order
  // are kept as rows come (a heap with the last of them on top): a top-k,
  // not a sort of every row.
  std::optional<std::uint64_t> keep;
  if (!ast.order_by.empty() && limit) {
    keep = *limit > std::numeric_limits<std::uint64_t>::max() - skip
               ? std::numeric_limits<std::uint64_t>::max()
               : skip + *limit;
  }
  MemoryBudget budget(limits.max_memory_bytes, text, ast.return_position);
  auto keep_row = [&](OutputRow& row) {
    budget.charge(sizeof(OutputRow) + footprint(row.values) + footprint(row.keys));
    rows.push_back(std::move(row));
  };
  auto seen_first = [&](const std::vector<Value>& values) {
    if (!distinct_rows.insert(values).second) return false;
    budget.charge(footprint(values) + 32);
    return true;
  };
  std::size_t next_position = 0;
  // Takes `row`, or leaves it (or a row it displaced) for the caller to reuse.
  auto add_row = [&](OutputRow& row, const std::vector<Value>* frame) {
    if (keys_needed) {
      Scope scope{frame, &row.values, nullptr};
      row.keys.resize(ast.order_by.size());
      for (std::size_t i = 0; i < ast.order_by.size(); ++i) {
        if (ast.order_by[i].expr->kind != ExprKind::Column)
          row.keys[i] = evaluate(*ast.order_by[i].expr, index, scope);
      }
    }
    row.position = next_position++;
    if (!keep) {
      keep_row(row);
    } else if (rows.size() < *keep) {
      keep_row(row);
      std::push_heap(rows.begin(), rows.end(), before);
    } else if (before(row, rows.front())) {
      std::pop_heap(rows.begin(), rows.end(), before);
      std::swap(rows.back(), row);
      std::push_heap(rows.begin(), rows.end(), before);
    }
  };
  // Rows are final as they come when nothing below reorders them, so the
  // match can stop as soon as SKIP + LIMIT rows are in.
  const bool streaming = !query.aggregating && ast.order_by.empty() && limit.has_value();

  Matcher matcher(index, query, text, limits.max_steps, limits.cancel);
  if (!query.aggregating) {
    matcher.run([&](const std::vector<Value>& frame) {
      Scope scope{&frame, nullptr, nullptr};
      if (ast.where && truth(evaluate(*ast.where, index, scope)) != true) return true;
      OutputRow row;
      for (const ReturnItem& item : ast.items) row.values.push_back(evaluate(*item.expr, index, scope));
      if (ast.distinct && !seen_first(row.values)) return true;
      add_row(row, &frame);
      return !(streaming && rows.size() >= skip + *limit);
    });
  } else {
    std::vector<const Expr*> aggregates(static_cast<std::size_t>(query.aggregate_count), nullptr);
    for (const ReturnItem& item : ast.items) collect_aggregates(*item.expr, aggregates);
    const std::size_t width = aggregates.size();
    GroupTable groups(query.group_keys.size());
    std::vector<Accumulator> states;  // `width` per group
    std::vector<SeenIds> seen_ids(width);
    std::vector<Value> keys;
    auto group_of = [&](const Scope& scope) {
      keys.clear();
      for (int key : query.group_keys)
        keys.push_back(evaluate(*ast.items[static_cast<std::size_t>(key)].expr, index, scope));
      const std::uint64_t key_bytes = footprint(keys);
      std::size_t group = groups.find_or_add(keys);
      if (states.size() < groups.size() * width) {
        budget.charge(key_bytes + width * sizeof(Accumulator));
        states.resize(groups.size() * width);
      }
      return group;
    };
    // When the keys depend on one node only, they are evaluated once per
    // node, not once per match. Matches come in node order, so this table
    // (4 bytes a node) is read nearly in order.
    const int node_slot = key_node_slot(query);
    std::vector<std::uint32_t> group_of_node;  // rank -> group + 1, or 0
    if (node_slot >= 0) group_of_node.assign(index.node_count(), 0);
    matcher.run([&](const std::vector<Value>& frame) {
      Scope scope{&frame, nullptr, nullptr};
      if (ast.where && truth(evaluate(*ast.where, index, scope)) != true) return true;
      std::size_t group;
      if (node_slot >= 0) {
        std::uint32_t& entry = group_of_node[frame[static_cast<std::size_t>(node_slot)].as<NodeRef>().rank];
        if (entry != 0) {
          group = entry - 1;
        } else {
          group = group_of(scope);
          if (group < kMaxKeyedGroup) entry = static_cast<std::uint32_t>(group + 1);
        }
      } else {
        group = group_of(scope);
      }
      for (std::size_t i = 0; i < width; ++i) {
        accumulate(*aggregates[i], states[group * width + i], seen_ids[i], group, index, scope, budget);
      }
      return true;
    });
    // With no grouping keys there is one group even when nothing matched:
    // MATCH ... RETURN count(*) says 0.
    if (groups.size() == 0 && query.group_keys.empty()) group_of(Scope{});
    std::vector<Value> results(width);
    OutputRow row;
    for (std::size_t group = 0; group < groups.size(); ++group) {
      for (std::size_t i = 0; i < width; ++i)
        results[i] = result_of(*aggregates[i], states[group * width + i]);
      row.values.clear();
      row.keys.clear();
      std::size_t next_key = 0;
      for (std::size_t i = 0; i < ast.items.size(); ++i) {
        bool is_key = next_key < query.group_keys.size() && query.group_keys[next_key] == static_cast<int>(i);
        if (is_key)
          row.values.push_back(std::move(groups.key(group, next_key++)));
        else
          row.values.push_back(evaluate(*ast.items[i].expr, index, Scope{nullptr, nullptr, &results}));
      }
      if (ast.distinct && !seen_first(row.values)) continue;
      add_row(row, nullptr);
    }
  }

  if (keep)
    std::sort_heap(rows.begin(), rows.end(), before);
  else if (!ast.order_by.empty())
    std::sort(rows.begin(), rows.end(), before);
  std::size_t first = static_cast<std::size_t>(std::min<std::uint64_t>(skip, rows.size()));
  std::size_t last = rows.size();
  if (limit) {
    last = static_cast<std::size_t>(
        std::min<std::uint64_t>(first + std::min<std::uint64_t>(*limit, rows.size()), rows.size()));
  }
  for (std::size_t i = first; i < last; ++i) result.rows.push_back(std::move(rows[i].values));
  return result;
}

}  // namespace kg::query
