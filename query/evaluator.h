// The fourth stage, second half: WHERE, RETURN (with grouping and
// aggregation), DISTINCT, ORDER BY, SKIP and LIMIT over the matcher's matches.
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
struct Scope {
  const std::vector<Value>* frame = nullptr;
  const std::vector<Value>* columns = nullptr;
  const std::vector<Value>* aggregates = nullptr;
};

Value evaluate(const Expr& expr, const GraphIndex& index, const Scope& scope);

// Runs a checked query. Results are deterministic: matches come in the
// graph's canonical order, groups in order of first appearance, and ORDER BY
// sorts stably.
Result execute(const GraphIndex& index, const CheckedQuery& query, std::string_view text,
               const Options& options);

}  // namespace kg::query
