// Expression checking of the Checker (query/checker_impl.h): variables, calls,
// aggregates, operators, subscripts, label tests, subqueries, comprehensions and quantifiers.
#include <algorithm>

#include "query/checker_impl.h"
#include "query/lexer.h"
#include "query/operators.h"

namespace kg::query {
namespace {

Type type_of(VariableKind kind) {
  switch (kind) {
    case VariableKind::Node:
      return Type::Node;
    case VariableKind::Relationship:
      return Type::Relationship;
    case VariableKind::RelationshipList:
      return Type::RelationshipList;
    case VariableKind::Path:
      return Type::Path;
    case VariableKind::Value:
      return Type::Any;
  }
  return Type::Any;
}

}  // namespace

// Checks names and types below `expr`; returns its static type.
// `in_aggregate`: inside an aggregate's argument.
Type Checker::check_expr(Expr& expr, bool in_aggregate) {
  switch (expr.kind) {
    case ExprKind::Parameter:  // bind_parameters has made it a Literal
    case ExprKind::Literal:
      if (expr.value.is<bool>()) return Type::Bool;
      if (expr.value.is<std::string>()) return Type::String;
      if (expr.value.is<List>()) return Type::List;  // from a parameter
      if (expr.value.is<Map>()) return Type::Map;
      if (expr.value.is_null()) return Type::Any;
      return Type::Number;
    case ExprKind::ListLiteral:
      for (ExprPtr& item : expr.args) check_expr(*item, in_aggregate);
      return Type::List;
    case ExprKind::Column:
      return Type::Any;
    case ExprKind::Variable:
      return check_variable(expr, in_aggregate);
    case ExprKind::Property: {
      Type target = check_expr(*expr.args[0], in_aggregate);
      if (target == Type::Path) {
        fail(expr.name_position, "a path has no properties; take them from nodes(p) or relationships(p)");
      }
      if (target == Type::RelationshipList) {
        fail(expr.name_position, "`" + expr.args[0]->name +
                                     "` is a list of relationships (a variable-length "
                                     "pattern) and has no properties of its own");
      }
      if (target == Type::Map || target == Type::Any) {  // a key of a map: known when it runs
        expr.property = expr.name;
        return Type::Any;
      }
      if (target != Type::Node && target != Type::Relationship) {
        fail(expr.name_position,
             "only nodes, relationships and maps have properties, not " + type_name(target));
      }
      check_property_name(expr.name, expr.name_position, target);
      expr.property = expr.name;
      if (expr.name == "aliases" || expr.name == "years" || expr.name == "evidence" || expr.name == "doc") {
        return Type::List;
      }
      if (expr.name == "year" || expr.name == "weight" || expr.name == "mentions") return Type::Number;
      return Type::String;
    }
    case ExprKind::CountStar:
      return check_aggregate(expr, in_aggregate, Function::Count);
    case ExprKind::Call:
      return check_call(expr, in_aggregate);
    case ExprKind::Not:
    case ExprKind::And:
    case ExprKind::Or:
    case ExprKind::Xor:
    case ExprKind::Compare:
    case ExprKind::In:
    case ExprKind::Contains:
    case ExprKind::StartsWith:
    case ExprKind::EndsWith:
    case ExprKind::IsNull:
      for (ExprPtr& arg : expr.args) check_expr(*arg, in_aggregate);
      return Type::Bool;
    case ExprKind::Negate: {
      Type inner = check_expr(*expr.args[0], in_aggregate);
      if (inner != Type::Number && inner != Type::Any) fail(expr.position, "only a number can be negated");
      return Type::Number;
    }
    case ExprKind::Exists:
    case ExprKind::PatternPredicate:
      check_subquery(expr, in_aggregate);
      return Type::Bool;
    case ExprKind::ListComprehension:
    case ExprKind::Quantifier: {
      check_expr(*expr.args[0], in_aggregate);
      const std::map<std::string, int, std::less<>> outer = names_;
      if (std::optional<int> shadowed = find_variable(expr.name)) {
        fail(expr.variable_position,
             quoted(expr.name) + " is bound already (" +
                 position_text(variables_[static_cast<std::size_t>(*shadowed)].position) +
                 "): give the list's variable another name");
      }
      expr.local_slot = add_variable(Name{expr.name, expr.variable_position}, VariableKind::Value);
      locals_.insert(expr.local_slot);
      for (std::size_t i = 1; i < expr.args.size(); ++i) check_expr(*expr.args[i], in_aggregate);
      names_ = outer;
      return expr.kind == ExprKind::Quantifier ? Type::Bool : Type::List;
    }
    case ExprKind::Add:
    case ExprKind::Subtract:
    case ExprKind::Multiply:
    case ExprKind::Divide:
    case ExprKind::Modulo:
    case ExprKind::Power:
      return check_arithmetic(expr, in_aggregate);
    case ExprKind::RegexMatch:
      return check_regex(expr, in_aggregate);
    case ExprKind::Case: {
      std::optional<Type> result;
      bool same = true;
      for (std::size_t i = 0; i < expr.args.size(); ++i) {
        Type type = check_expr(*expr.args[i], in_aggregate);
        std::size_t first_then = expr.case_subject ? 2 : 1;
        bool is_result =
            (i >= first_then && (i - first_then) % 2 == 0) || (expr.case_else && i + 1 == expr.args.size());
        if (!is_result) continue;
        if (result && *result != type) same = false;
        result = type;
      }
      return same && result ? *result : Type::Any;
    }
    case ExprKind::Index:
      return check_subscript(expr, in_aggregate);
    case ExprKind::Slice: {
      Type target = check_expr(*expr.args[0], in_aggregate);
      for (std::size_t i = 1; i < expr.args.size(); ++i) {
        Type bound = check_expr(*expr.args[i], in_aggregate);
        if (bound != Type::Number && bound != Type::Any)
          fail(expr.args[i]->position, "a slice bound is an integer, not " + type_name(bound));
      }
      if (target != Type::List && target != Type::RelationshipList && target != Type::Any) {
        fail(expr.name_position, "only lists can be sliced, not " + type_name(target) +
                                     (target == Type::String ? "; for strings use substring()" : ""));
      }
      return Type::List;
    }
    case ExprKind::HasLabel:
      check_labels(expr, in_aggregate);
      return Type::Bool;
    case ExprKind::MapLiteral:
      for (ExprPtr& value : expr.args) check_expr(*value, in_aggregate);
      return Type::Map;
  }
  return Type::Any;
}

// A subquery sees the variables in scope; its own are its alone.
void Checker::check_subquery(Expr& expr, bool in_aggregate) {
  if (scope_ == Scope::OrderBy && order_by_columns_only_) {
    fail(expr.position,
         "after aggregation or DISTINCT, ORDER BY cannot match patterns: compute it in the "
         "projection");
  }
  if (scope_ == Scope::Return && aggregate_item_ && !in_aggregate) {
    fail(expr.position, "an item that aggregates cannot also match a pattern: match it in its own item");
  }
  const std::map<std::string, int, std::less<>> outer = names_;
  const Scope outer_scope = scope_;
  const bool outer_in_subquery = in_subquery_;
  const bool outer_aggregate_item = aggregate_item_;
  in_subquery_ = true;
  aggregate_item_ = false;
  CheckedSubquery subquery;
  for (const auto& [name, slot] : names_) subquery.bound_slots.push_back(slot);
  const std::vector<int> outer_bound = pattern_bound_;
  pattern_bound_ = subquery.bound_slots;
  for (Pattern& pattern : expr.subquery->patterns) subquery.patterns.push_back(check_pattern(pattern));
  if (expr.subquery->where) {
    scope_ = Scope::Where;
    check_expr(*expr.subquery->where, false);
    subquery.where = expr.subquery->where.get();
  }
  expr.subquery_index = static_cast<int>(subqueries_->size());
  subqueries_->push_back(std::move(subquery));
  names_ = outer;
  pattern_bound_ = outer_bound;
  scope_ = outer_scope;
  in_subquery_ = outer_in_subquery;
  aggregate_item_ = outer_aggregate_item;
}

Type Checker::check_arithmetic(Expr& expr, bool in_aggregate) {
  Type left = check_expr(*expr.args[0], in_aggregate);
  Type right = check_expr(*expr.args[1], in_aggregate);
  auto wrong = [&](std::string_view what) {
    fail(expr.name_position, "`" + std::string(operator_text(expr.kind)) + "` " + std::string(what) +
                                 ", not " + type_name(left) + " and " + type_name(right));
  };
  auto is_list = [](Type t) { return t == Type::List || t == Type::RelationshipList; };
  if (expr.kind == ExprKind::Add) {
    if (is_list(left) || is_list(right)) return Type::List;
    if (left == Type::Any || right == Type::Any) return Type::Any;
    if (left == Type::Number && right == Type::Number) return Type::Number;
    if ((left == Type::String && (right == Type::String || right == Type::Number)) ||
        (left == Type::Number && right == Type::String))
      return Type::String;
    wrong("adds numbers, strings (to strings or numbers) and lists");
  }
  if ((left != Type::Number && left != Type::Any) || (right != Type::Number && right != Type::Any))
    wrong("takes numbers");
  return Type::Number;
}

// A constant pattern is compiled here, once, and an invalid one is an
// error before the query runs.
Type Checker::check_regex(Expr& expr, bool in_aggregate) {
  for (ExprPtr& arg : expr.args) {
    Type type = check_expr(*arg, in_aggregate);
    if (type != Type::String && type != Type::Any) {
      fail(arg->position, "`=~` matches a string against a pattern string, not " + type_name(type));
    }
  }
  const Expr& pattern = *expr.args[1];
  if (pattern.kind == ExprKind::Literal && pattern.value.is<std::string>()) {
    try {
      expr.regex = compile_regex(pattern.value.as<std::string>(), pattern.position);
    } catch (const EvaluationError& error) {
      fail(error.position(), error.what());
    }
  }
  return Type::Bool;
}

Type Checker::check_subscript(Expr& expr, bool in_aggregate) {
  Type target = check_expr(*expr.args[0], in_aggregate);
  Type index = check_expr(*expr.args[1], in_aggregate);
  bool by_position = target == Type::List || target == Type::RelationshipList;
  bool by_key = target == Type::Map || target == Type::Node || target == Type::Relationship;
  if (!by_position && !by_key && target != Type::Any) {
    fail(expr.name_position,
         "only lists (by position), maps, nodes and relationships (by key) take [ ], not " +
             type_name(target) + (target == Type::String ? "; for strings use substring()" : ""));
  }
  if (by_position && index != Type::Number && index != Type::Any)
    fail(expr.args[1]->position, "a list index is an integer, not " + type_name(index));
  if (by_key && index != Type::String && index != Type::Any)
    fail(expr.args[1]->position, "a key is a string, not " + type_name(index));
  return Type::Any;
}

// n:A|B: each name a label (for a node) or a relationship type (for a
// relationship); for a value of unknown kind, either.
void Checker::check_labels(Expr& expr, bool in_aggregate) {
  Type target = check_expr(*expr.args[0], in_aggregate);
  if (target != Type::Node && target != Type::Relationship && target != Type::Any) {
    fail(expr.name_position, "only nodes have labels (and relationships types), not " + type_name(target));
  }
  for (const Name& label : expr.labels) {
    std::optional<graph::NodeType> node_type;
    std::optional<graph::RelationType> relation_type;
    if (target != Type::Relationship) node_type = graph::parse_node_type(label.text);
    if (target != Type::Node) relation_type = graph::parse_relation_type(label.text);
    if (node_type) expr.node_types.push_back(static_cast<int>(*node_type));
    if (relation_type) expr.relation_types.push_back(static_cast<int>(*relation_type));
    if (node_type || relation_type) continue;
    std::vector<std::string> known;
    if (target != Type::Relationship) {
      for (graph::NodeType t : graph::kAllNodeTypes) known.emplace_back(graph::to_string(t));
    }
    if (target != Type::Node) {
      for (graph::RelationType t : graph::kAllRelationTypes) known.emplace_back(graph::to_string(t));
    }
    std::string what = target == Type::Node           ? "label"
                       : target == Type::Relationship ? "relationship type"
                                                      : "label or relationship type";
    std::string hint = did_you_mean(label.text, known);
    fail(label.position, "unknown " + what + " " + quoted(label.text) +
                             (hint.empty() ? " (" + what + "s: " + join(known) + ")" : hint));
  }
}

Type Checker::check_variable(Expr& expr, bool in_aggregate) {
  if (scope_ == Scope::OrderBy) {
    for (std::size_t i = 0; i < columns_->size(); ++i) {
      if ((*columns_)[i] == expr.name && aliased_[i]) {
        expr.kind = ExprKind::Column;
        expr.column = static_cast<int>(i);
        return Type::Any;
      }
    }
    if (order_by_columns_only_) {
      fail(expr.position, quoted(expr.name) + " is not a " + keyword_ + " column: after " +
                              (distinct_ ? keyword_ + " DISTINCT" : std::string("aggregation")) +
                              ", ORDER BY can use only what " + keyword_ +
                              (keyword_ == "WITH" ? " carries" : " returns"));
    }
  }
  std::optional<int> slot = find_variable(expr.name);
  if (!slot) {
    auto dropped = dropped_.find(expr.name);
    if (dropped != dropped_.end()) {
      fail(expr.position, "variable " + quoted(expr.name) +
                              " is not defined: it was not carried by the WITH " +
                              position_text(dropped->second));
    }
    std::vector<std::string> names;
    for (const auto& [name, known] : names_) names.push_back(name);
    if (scope_ == Scope::OrderBy) {
      for (std::size_t i = 0; i < columns_->size(); ++i) {
        if (aliased_[i]) names.push_back((*columns_)[i]);
      }
    }
    std::string hint = did_you_mean(expr.name, names);
    fail(expr.position,
         "unknown variable " + quoted(expr.name) + (hint.empty() ? ": bind it in the MATCH pattern" : hint));
  }
  if (scope_ == Scope::Return && aggregate_item_ && !in_aggregate && !locals_.count(*slot)) {
    fail(expr.position, quoted(expr.name) +
                            " is used outside the aggregate in an item that aggregates; "
                            "return it as a separate column to group by it");
  }
  expr.slot = *slot;
  return type_of(variables_[static_cast<std::size_t>(*slot)].kind);
}

Type Checker::check_aggregate(Expr& expr, bool in_aggregate, Function function) {
  if (scope_ == Scope::Where) {
    fail(expr.position, "aggregate functions such as " + quoted(expr.name) +
                            " cannot be used in WHERE; aggregate in RETURN");
  }
  if (in_aggregate) fail(expr.position, "an aggregate cannot be inside another aggregate");
  if (scope_ == Scope::OrderBy) {
    fail(expr.position,
         "ORDER BY can sort by an aggregate only if RETURN returns it: add it to RETURN "
         "(with AS to name it)");
  }
  expr.function = function;
  expr.aggregate = aggregate_count_++;
  Type argument = Type::Any;
  for (ExprPtr& arg : expr.args) argument = check_expr(*arg, true);
  switch (function) {
    case Function::Sum:
    case Function::Avg:
      if (argument != Type::Number && argument != Type::Any)
        fail(expr.args[0]->position, quoted(expr.name) + "() adds numbers, not " + type_name(argument));
      return Type::Number;
    case Function::Count:
      return Type::Number;
    case Function::Collect:
      return Type::List;
    default:
      return Type::Any;
  }
}

Type Checker::check_call(Expr& expr, bool in_aggregate) {
  const FunctionInfo* info = nullptr;
  for (const FunctionInfo& candidate : kFunctions) {
    if (upper(candidate.name) == upper(expr.name)) info = &candidate;
  }
  const ScalarFunction* scalar = info ? nullptr : find_scalar_function(expr.name);
  if (!info && !scalar) {
    std::vector<std::string> names = function_names();
    std::string hint = did_you_mean(expr.name, names);
    fail(expr.name_position, "unknown function " + quoted(expr.name) +
                                 (hint.empty() ? " (functions: " + join(names) + ")" : hint));
  }
  std::string_view name = info ? info->name : scalar->name;
  int min_args = info ? info->min_args : scalar->min_args;
  int max_args = info ? info->max_args : scalar->max_args;
  int count = static_cast<int>(expr.args.size());
  if (count < min_args || (max_args >= 0 && count > max_args)) {
    std::string expected = max_args < 0 ? "at least " + std::to_string(min_args)
                           : max_args == min_args
                               ? std::to_string(min_args)
                               : std::to_string(min_args) + " or " + std::to_string(max_args);
    fail(expr.name_position, quoted(name) + " takes " + expected + " argument" +
                                 (max_args == 1 || (max_args < 0 && min_args == 1) ? "" : "s") + ", not " +
                                 std::to_string(count));
  }
  if (expr.distinct && (!info || info->function == Function::Min || info->function == Function::Max)) {
    fail(expr.name_position, "DISTINCT is allowed only in count(), collect(), sum() and avg()");
  }
  if (info) {
    return check_aggregate(expr, in_aggregate, info->function);
  }
  expr.function = scalar->name == "coalesce" ? Function::Coalesce : Function::Scalar;
  expr.scalar = scalar;
  std::vector<Type> types;
  for (std::size_t i = 0; i < expr.args.size(); ++i) {
    types.push_back(check_expr(*expr.args[i], in_aggregate));
    if ((kinds_of(types.back()) & scalar->accepts[std::min<std::size_t>(i, 2)]) == 0)
      fail(expr.args[i]->position, argument_error(*scalar, i, type_name(types.back())));
  }
  if (scalar->name == "reverse" && (types[0] == Type::String || types[0] == Type::List)) return types[0];
  return type_of_kinds(scalar->returns);
}

}  // namespace kg::query
