// Expression evaluation with Cypher's three-valued logic, and the projection
// pipeline: filter, group and aggregate, DISTINCT, stable sort, SKIP, LIMIT.
#include "query/evaluator.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <memory>
#include <set>

#include "query/aggregation.h"
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

// One aggregate's running state within one group.
struct Accumulator {
  // What only collect() and DISTINCT over values keep: apart, so that the
  // state of a count or sum, one per group, stays small.
  struct Collected {
    List items;
    std::set<Value, ValueLess> seen;  // DISTINCT, for values other than nodes and relationships
  };
  Collected& collected() {
    if (!collected_) collected_ = std::make_unique<Collected>();
    return *collected_;
  }
  std::unique_ptr<Collected> collected_;
  std::int64_t count = 0;
  Value best;                    // min or max so far
  std::int64_t integer_sum = 0;  // sum and avg: of the integers, checked
  double float_sum = 0;          // and of the floats
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
  // A variable, the common argument (count(DISTINCT b)), is read in place rather than copied.
  const Expr& argument = *expr.args[0];
  const bool in_place = argument.kind == ExprKind::Variable;
  Value computed = in_place ? Value() : evaluate(argument, index, scope);
  const Value& value = in_place ? (*scope.frame)[static_cast<std::size_t>(argument.slot)] : computed;
  // The value to keep: the variable's copied, a computed one moved.
  const auto take = [&]() -> Value {
    if (in_place) return value;
    return std::move(computed);
  };
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
    } else if (!state.collected().seen.insert(value).second) {
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
      state.collected().items.push_back(take());
      break;
    case Function::Min:
      if (state.best.is_null() || order(value, state.best) < 0) state.best = take();
      break;
    case Function::Max:
      if (state.best.is_null() || order(value, state.best) > 0) state.best = take();
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
  if (expr.function == Function::Collect)
    return state.collected_ ? Value(std::move(state.collected_->items)) : Value(List{});
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
      // n.name, the common case, reads the variable's value in place rather than a copy of it.
      const Expr& owner = *expr.args[0];
      Value copy;
      const Value& target = owner.kind == ExprKind::Variable
                                ? (*scope.frame)[static_cast<std::size_t>(owner.slot)]
                                : (copy = evaluate(owner, index, scope));
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
    // clauses helper
    case ExprKind::Exists:
    case ExprKind::PatternPredicate:
    case ExprKind::ListComprehension:
    case ExprKind::Quantifier:
      return evaluate_scoped(expr, index, scope);
  }
  return {};
}

struct AggregateStates::States {
  SegmentedVector<Accumulator> states;  // width per group
  std::vector<SeenIds> seen_ids;        // per aggregate
};

AggregateStates::AggregateStates(std::vector<const Expr*> aggregates) : aggregates_(std::move(aggregates)) {
  if (aggregates_.empty()) return;  // a projection without aggregates allocates nothing
  states_ = std::make_unique<States>();
  states_->seen_ids.resize(aggregates_.size());
}
AggregateStates::~AggregateStates() = default;

std::uint64_t AggregateStates::grow_to(std::size_t groups) {
  const std::size_t wanted = groups * aggregates_.size();
  if (!states_ || states_->states.size() >= wanted) return 0;
  // Doubling: the states of groups to come are made ahead, in one step per
  // doubling rather than one per group.
  return states_->states.grow_to(std::max(wanted, 2 * states_->states.size())) * sizeof(Accumulator);
}

std::size_t AggregateStates::groups() const {
  return aggregates_.empty() ? 0 : states_->states.size() / aggregates_.size();
}

void AggregateStates::accumulate(std::size_t group, const GraphIndex& index, const Scope& scope,
                                 MemoryBudget& budget) {
  const std::size_t width = aggregates_.size();
  for (std::size_t i = 0; i < width; ++i) {
    kg::query::accumulate(*aggregates_[i], states_->states[group * width + i], states_->seen_ids[i], group,
                          index, scope, budget);
  }
}

void AggregateStates::results(std::size_t group, std::vector<Value>& out) {
  const std::size_t width = aggregates_.size();
  out.resize(width);
  for (std::size_t i = 0; i < width; ++i)
    out[i] = result_of(*aggregates_[i], states_->states[group * width + i]);
}

}  // namespace kg::query
