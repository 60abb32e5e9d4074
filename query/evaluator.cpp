// Expression evaluation with Cypher's three-valued logic, and the projection
// pipeline: filter, group and aggregate, DISTINCT, stable sort, SKIP, LIMIT.
#include "query/evaluator.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "query/matcher.h"

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
    case ExprKind::Contains: return Value(text.find(part) != std::string::npos);
    case ExprKind::StartsWith: return Value(text.compare(0, part.size(), part) == 0);
    default:
      return Value(text.size() >= part.size() && text.compare(text.size() - part.size(), part.size(), part) == 0);
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
    case CompareOp::Less: return Value(*order < 0);
    case CompareOp::LessEqual: return Value(*order <= 0);
    case CompareOp::Greater: return Value(*order > 0);
    default: return Value(*order >= 0);
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

Value call(const Expr& expr, const GraphIndex& index, const Scope& scope) {
  if (expr.function == Function::Coalesce) {
    for (const ExprPtr& arg : expr.args) {
      Value value = evaluate(*arg, index, scope);
      if (!value.is_null()) return value;
    }
    return {};
  }
  Value arg = evaluate(*expr.args[0], index, scope);
  switch (expr.function) {
    case Function::Length:
      if (arg.is<PathRef>()) return Value(static_cast<std::int64_t>(arg.as<PathRef>().edges.size()));
      if (arg.is<List>()) return Value(static_cast<std::int64_t>(arg.as<List>().size()));
      return {};
    case Function::Nodes: {
      if (!arg.is<PathRef>()) return {};
      List nodes;
      for (std::uint32_t rank : arg.as<PathRef>().nodes) nodes.emplace_back(NodeRef{rank});
      return Value(std::move(nodes));
    }
    case Function::Relationships: {
      if (!arg.is<PathRef>()) return {};
      List edges;
      for (std::uint32_t edge : arg.as<PathRef>().edges) edges.emplace_back(EdgeRef{edge});
      return Value(std::move(edges));
    }
    case Function::Type:
      if (!arg.is<EdgeRef>()) return {};
      return Value(std::string(graph::to_string(index.edge(arg.as<EdgeRef>().index).relation)));
    case Function::Labels:
      if (!arg.is<NodeRef>()) return {};
      return Value(List{Value(std::string(graph::to_string(index.node(arg.as<NodeRef>().rank).type)))});
    case Function::Id:
      if (arg.is<NodeRef>()) return Value(static_cast<std::int64_t>(arg.as<NodeRef>().rank));
      if (arg.is<EdgeRef>()) return Value(static_cast<std::int64_t>(arg.as<EdgeRef>().index));
      return {};
    case Function::StartNode:
      if (!arg.is<EdgeRef>()) return {};
      return Value(NodeRef{index.source(arg.as<EdgeRef>().index)});
    case Function::EndNode:
      if (!arg.is<EdgeRef>()) return {};
      return Value(NodeRef{index.target(arg.as<EdgeRef>().index)});
    default:
      return {};
  }
}

// One aggregate's running state within one group.
struct Accumulator {
  std::int64_t count = 0;
  List items;
  std::set<Value, ValueLess> seen;
  Value best;  // min or max so far
};

void accumulate(const Expr& expr, Accumulator& state, const GraphIndex& index, const Scope& scope) {
  if (expr.kind == ExprKind::CountStar) {
    ++state.count;
    return;
  }
  Value value = evaluate(*expr.args[0], index, scope);
  if (value.is_null()) return;  // aggregates skip nulls
  if (expr.distinct && !state.seen.insert(value).second) return;
  switch (expr.function) {
    case Function::Count: ++state.count; break;
    case Function::Collect: state.items.push_back(std::move(value)); break;
    case Function::Min:
      if (state.best.is_null() || order(value, state.best) < 0) state.best = std::move(value);
      break;
    case Function::Max:
      if (state.best.is_null() || order(value, state.best) > 0) state.best = std::move(value);
      break;
    default: break;
  }
}

Value result_of(const Expr& expr, Accumulator& state) {
  if (expr.kind == ExprKind::CountStar || expr.function == Function::Count) return Value(state.count);
  if (expr.function == Function::Collect) return Value(std::move(state.items));
  return std::move(state.best);
}

void collect_aggregates(const Expr& expr, std::vector<const Expr*>& out) {
  if (expr.aggregate >= 0) {
    out[static_cast<std::size_t>(expr.aggregate)] = &expr;
    return;
  }
  for (const ExprPtr& arg : expr.args) collect_aggregates(*arg, out);
}

struct OutputRow {
  std::vector<Value> values;
  std::vector<Value> keys;  // ORDER BY
};

}  // namespace

Value evaluate(const Expr& expr, const GraphIndex& index, const Scope& scope) {
  switch (expr.kind) {
    case ExprKind::Literal:
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
      return {};
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
      return compare_values(evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope), expr.op);
    case ExprKind::In:
      return in_list(evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope));
    case ExprKind::Contains: case ExprKind::StartsWith: case ExprKind::EndsWith:
      return string_test(evaluate(*expr.args[0], index, scope), evaluate(*expr.args[1], index, scope), expr.kind);
    case ExprKind::IsNull: {
      bool null = evaluate(*expr.args[0], index, scope).is_null();
      return Value(expr.negated ? !null : null);
    }
    case ExprKind::Negate: {
      Value value = evaluate(*expr.args[0], index, scope);
      if (value.is<std::int64_t>()) {
        std::int64_t n = value.as<std::int64_t>();
        if (n == std::numeric_limits<std::int64_t>::min()) return {};
        return Value(-n);
      }
      if (value.is<double>()) return Value(-value.as<double>());
      return {};
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
  auto order_keys = [&](const Scope& scope) {
    std::vector<Value> keys;
    for (const SortItem& item : ast.order_by) keys.push_back(evaluate(*item.expr, index, scope));
    return keys;
  };
  // Rows are final as they come when nothing below reorders them, so the
  // match can stop as soon as SKIP + LIMIT rows are in.
  const bool streaming = !query.aggregating && ast.order_by.empty() && limit.has_value();

  Matcher matcher(index, query, text, limits.max_steps);
  if (!query.aggregating) {
    matcher.run([&](const std::vector<Value>& frame) {
      Scope scope{&frame, nullptr, nullptr};
      if (ast.where && truth(evaluate(*ast.where, index, scope)) != true) return true;
      OutputRow row;
      for (const ReturnItem& item : ast.items) row.values.push_back(evaluate(*item.expr, index, scope));
      if (ast.distinct && !distinct_rows.insert(row.values).second) return true;
      if (!ast.order_by.empty()) row.keys = order_keys(Scope{&frame, &row.values, nullptr});
      rows.push_back(std::move(row));
      return !(streaming && rows.size() >= skip + *limit);
    });
  } else {
    std::vector<const Expr*> aggregates(static_cast<std::size_t>(query.aggregate_count), nullptr);
    for (const ReturnItem& item : ast.items) collect_aggregates(*item.expr, aggregates);
    struct Group {
      std::vector<Value> keys;
      std::vector<Accumulator> states;
    };
    std::vector<Group> groups;
    std::map<std::vector<Value>, std::size_t, RowLess> group_of;
    matcher.run([&](const std::vector<Value>& frame) {
      Scope scope{&frame, nullptr, nullptr};
      if (ast.where && truth(evaluate(*ast.where, index, scope)) != true) return true;
      std::vector<Value> keys;
      for (int key : query.group_keys) keys.push_back(evaluate(*ast.items[static_cast<std::size_t>(key)].expr, index, scope));
      auto [it, inserted] = group_of.emplace(keys, groups.size());
      if (inserted) groups.push_back(Group{std::move(keys), std::vector<Accumulator>(aggregates.size())});
      Group& group = groups[it->second];
      for (std::size_t i = 0; i < aggregates.size(); ++i) accumulate(*aggregates[i], group.states[i], index, scope);
      return true;
    });
    // With no grouping keys there is one group even when nothing matched:
    // MATCH ... RETURN count(*) says 0.
    if (groups.empty() && query.group_keys.empty()) {
      groups.push_back(Group{{}, std::vector<Accumulator>(aggregates.size())});
    }
    for (Group& group : groups) {
      std::vector<Value> results;
      for (std::size_t i = 0; i < aggregates.size(); ++i) results.push_back(result_of(*aggregates[i], group.states[i]));
      OutputRow row;
      std::size_t next_key = 0;
      for (std::size_t i = 0; i < ast.items.size(); ++i) {
        bool is_key = next_key < query.group_keys.size() &&
                      query.group_keys[next_key] == static_cast<int>(i);
        if (is_key) row.values.push_back(std::move(group.keys[next_key++]));
        else row.values.push_back(evaluate(*ast.items[i].expr, index, Scope{nullptr, nullptr, &results}));
      }
      if (ast.distinct && !distinct_rows.insert(row.values).second) continue;
      if (!ast.order_by.empty()) row.keys = order_keys(Scope{nullptr, &row.values, nullptr});
      rows.push_back(std::move(row));
    }
  }

  if (!ast.order_by.empty()) {
    std::stable_sort(rows.begin(), rows.end(), [&](const OutputRow& a, const OutputRow& b) {
      for (std::size_t i = 0; i < ast.order_by.size(); ++i) {
        int c = order(a.keys[i], b.keys[i]);
        if (c != 0) return ast.order_by[i].descending ? c > 0 : c < 0;
      }
      return false;
    });
  }
  for (std::size_t i = static_cast<std::size_t>(std::min<std::uint64_t>(skip, rows.size())); i < rows.size(); ++i) {
    if (limit && result.rows.size() >= *limit) break;
    result.rows.push_back(std::move(rows[i].values));
  }
  return result;
}

}  // namespace kg::query
