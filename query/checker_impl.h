// Internal to kg_query (not installed): the Checker class, shared by checker.cpp
// (clauses, scopes, patterns, projections) and checker_expressions.cpp (expressions).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/checker.h"
#include "query/checker_types.h"
#include "query/functions.h"

namespace kg::query {

inline std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return result;
}

struct FunctionInfo {
  std::string_view name;  // canonical spelling
  Function function;
  bool aggregate;
  int min_args;
  int max_args;  // -1: any number
};

// The aggregates; the scalar functions are query/functions.cpp's table.
inline constexpr FunctionInfo kFunctions[] = {
    {"count", Function::Count, true, 1, 1}, {"collect", Function::Collect, true, 1, 1},
    {"min", Function::Min, true, 1, 1},     {"max", Function::Max, true, 1, 1},
    {"sum", Function::Sum, true, 1, 1},     {"avg", Function::Avg, true, 1, 1},
};

inline std::string quoted(std::string_view name) { return "`" + std::string(name) + "`"; }

inline std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best = suggest(word, candidates);
  return best.empty() ? "" : "; did you mean " + quoted(best) + "?";
}

class Checker {
 public:
  Checker(std::string_view text, const Schema& schema, const CheckOptions& options)
      : text_(text), schema_(schema), options_(options) {}

  CheckedQuery run(SingleQuery query);

 private:
  enum class Scope { Where, Return, OrderBy };

  const Value& parameter(const Name& name) const;
  void bind_parameters(Expr& expr);
  std::int64_t count_parameter(const Name& name, std::string_view clause) const;
  void bind_parameters(std::vector<Pattern>& patterns);
  void bind_parameters(SingleQuery& query);
  [[noreturn]] void fail(Position position, const std::string& message) const;
  std::optional<int> find_variable(std::string_view name) const;
  int add_variable(const Name& name, VariableKind kind);
  int bind(const Name& name, VariableKind kind);
  static std::string position_text(Position position);
  PatternConstraint check_pattern(Pattern& pattern);
  NodeConstraint check_node(const NodePattern& node);
  RelConstraint check_rel(const RelPattern& rel, bool shortest);
  static std::string join(const std::vector<std::string>& names);
  std::vector<std::string> property_names(bool node) const;
  void check_property_name(const std::string& key, Position position, Type target);
  std::vector<std::pair<std::string, Value>> check_properties(
      const std::vector<PropertyEntry>& entries, bool node,
      std::vector<std::pair<std::string, const Expr*>>& bound_properties);
  void check_bound_property(Expr& expr);
  Value constant(const Expr& expr);

  // Expressions: checker_expressions.cpp.
  Type check_expr(Expr& expr, bool in_aggregate);
  void check_subquery(Expr& expr, bool in_aggregate);
  Type check_arithmetic(Expr& expr, bool in_aggregate);
  Type check_regex(Expr& expr, bool in_aggregate);
  Type check_subscript(Expr& expr, bool in_aggregate);
  void check_labels(Expr& expr, bool in_aggregate);
  Type check_variable(Expr& expr, bool in_aggregate);
  Type check_aggregate(Expr& expr, bool in_aggregate, Function function);
  Type check_call(Expr& expr, bool in_aggregate);
  static bool has_aggregate(const Expr& expr);
  void check_projection(Clause& clause, CheckedProjection& checked);
  static bool calls_aggregate(const Expr& expr);
  ExprPtr resolve_columns(ExprPtr expr, const Projection& query);

  std::string_view text_;
  const Schema& schema_;
  CheckOptions options_;
  std::vector<Variable> variables_;
  std::map<std::string, int, std::less<>> names_;         // in scope: name -> slot
  std::map<std::string, Position, std::less<>> dropped_;  // left out by a WITH: name -> the WITH
  std::vector<int> pattern_bound_;  // the variables bound before the patterns being checked
  std::set<int> locals_;            // slots of list comprehensions' variables
  std::vector<CheckedSubquery>* subqueries_ = nullptr;
  int clause_ = 0;
  bool in_subquery_ = false;
  std::string keyword_ = "RETURN";  // of the projection being checked
  Scope scope_ = Scope::Where;
  bool aggregate_item_ = false;
  int aggregate_count_ = 0;
  const std::vector<std::string>* columns_ = nullptr;
  std::vector<bool> aliased_;
  bool order_by_columns_only_ = false;
  bool distinct_ = false;
};

}  // namespace kg::query
