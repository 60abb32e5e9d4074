// Expressions that bind variables of their own: EXISTS { } and pattern
// predicates (matched from the row's variables), list comprehensions and
// the quantifiers any, all, none and single.
#include <optional>

#include "query/evaluator.h"
#include "query/executor.h"

namespace kg::query {
namespace {

std::optional<bool> truth(const Value& value) {
  if (value.is<bool>()) return value.as<bool>();
  return std::nullopt;
}

}  // namespace

Value evaluate_scoped(const Expr& expr, const GraphIndex& index, const Scope& scope) {
  if (expr.kind == ExprKind::Exists || expr.kind == ExprKind::PatternPredicate) {
    return Value(scope.subqueries->exists(expr.subquery_index, scope.frame));
  }
  Value list = evaluate(*expr.args[0], index, scope);
  if (!list.is<List>()) return {};
  // The row with the local variable added: a copy, as the row is not ours.
  std::vector<Value> frame = scope.frame ? *scope.frame : std::vector<Value>{};
  const auto slot = static_cast<std::size_t>(expr.local_slot);
  if (frame.size() <= slot) frame.resize(slot + 1);
  Scope inner = scope;
  inner.frame = &frame;
  StepBudget* steps = scope.subqueries ? &scope.subqueries->steps() : nullptr;
  auto count_step = [&] {
    if (!steps) return;
    if ((steps->steps & 1023) == 0 && steps->cancel && steps->cancel->load(std::memory_order_relaxed))
      throw Cancelled();
    if (++steps->steps > steps->max_steps) {
      throw QueryError(scope.subqueries->text(), expr.position,
                       "the query stopped after looking at " + std::to_string(steps->max_steps) +
                           " nodes, relationships and list items; narrow the query or add LIMIT");
    }
  };
  if (expr.kind == ExprKind::ListComprehension) {
    List out;
    for (const Value& item : list.as<List>()) {
      count_step();
      frame[slot] = item;
      if (expr.has_where && truth(evaluate(*expr.args[1], index, inner)) != true) continue;
      out.push_back(expr.has_map ? evaluate(*expr.args[2], index, inner) : item);
    }
    return Value(std::move(out));
  }
  // Quantifiers, with three-valued logic: an unknown predicate makes the
  // answer unknown unless a known one already decides it.
  std::size_t holds = 0;
  bool unknown = false;
  for (const Value& item : list.as<List>()) {
    count_step();
    frame[slot] = item;
    std::optional<bool> result = truth(evaluate(*expr.args[1], index, inner));
    if (!result) {
      unknown = true;
      continue;
    }
    if (*result) ++holds;
    switch (expr.quantifier) {
      case QuantifierKind::Any:
        if (*result) return Value(true);
        break;
      case QuantifierKind::All:
        if (!*result) return Value(false);
        break;
      case QuantifierKind::None:
        if (*result) return Value(false);
        break;
      case QuantifierKind::Single:
        if (holds > 1) return Value(false);
        break;
    }
  }
  if (unknown) return {};
  switch (expr.quantifier) {
    case QuantifierKind::Any:
      return Value(false);
    case QuantifierKind::All:
    case QuantifierKind::None:
      return Value(true);
    case QuantifierKind::Single:
      return Value(holds == 1);
  }
  return {};
}

}  // namespace kg::query
