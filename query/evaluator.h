// Expressions: their value for a row of the query's variables.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/checker.h"
#include "query/graph_index.h"
#include "query/query.h"

namespace kg::query {

// What an expression sees: the match's variables (by slot), the RETURN
// columns (for ORDER BY) and the aggregates' results (by index). Any may be
// absent where the checker has made sure the expression does not need it.
class Subqueries;  // executor.h

struct Scope {
  const std::vector<Value>* frame = nullptr;
  const std::vector<Value>* columns = nullptr;
  const std::vector<Value>* aggregates = nullptr;
  // clauses helper: runs EXISTS { } and pattern predicates; absent where
  // the query has none.
  const Subqueries* subqueries = nullptr;
};

Value evaluate(const Expr& expr, const GraphIndex& index, const Scope& scope);

// EXISTS { }, pattern predicates, list comprehensions and quantifiers
// (scoped_expressions.cpp): what binds variables of its own.
Value evaluate_scoped(const Expr& expr, const GraphIndex& index, const Scope& scope);

}  // namespace kg::query
