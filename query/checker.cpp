// The checker: every name in a query resolved, or one error that says which
// and, where one is close, what was meant.
#include "query/checker.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "query/checker_impl.h"
#include "query/checker_types.h"
#include "query/functions.h"
#include "query/lexer.h"
#include "query/operators.h"

namespace kg::query {
namespace {

std::string_view kind_name(VariableKind kind) {
  switch (kind) {
    case VariableKind::Node:
      return "a node";
    case VariableKind::Relationship:
      return "a relationship";
    case VariableKind::RelationshipList:
      return "a list of relationships (a variable-length pattern)";
    case VariableKind::Path:
      return "a path";
    case VariableKind::Value:
      return "a value";
  }
  return "";
}

bool same_expr(const Expr& a, const Expr& b) {
  if (a.kind != b.kind || a.args.size() != b.args.size() || a.distinct != b.distinct ||
      a.negated != b.negated || a.op != b.op) {
    return false;
  }
  switch (a.kind) {
    case ExprKind::Literal:
      if (a.value.data.index() != b.value.data.index() || order(a.value, b.value) != 0) return false;
      break;
    case ExprKind::Variable:
    case ExprKind::Property:
      if (a.name != b.name) return false;
      break;
    case ExprKind::Call:
    case ExprKind::CountStar:
      if (upper(a.name) != upper(b.name)) return false;
      break;
    case ExprKind::Exists:
    case ExprKind::PatternPredicate:
      if (a.subquery != b.subquery) return false;
      break;
    case ExprKind::ListComprehension:
    case ExprKind::Quantifier:
      if (a.name != b.name || a.quantifier != b.quantifier || a.has_where != b.has_where ||
          a.has_map != b.has_map)
        return false;
      break;
    case ExprKind::MapLiteral:
      if (a.keys != b.keys) return false;
      break;
    case ExprKind::HasLabel:
      if (a.labels.size() != b.labels.size()) return false;
      for (std::size_t i = 0; i < a.labels.size(); ++i) {
        if (a.labels[i].text != b.labels[i].text) return false;
      }
      break;
    case ExprKind::Case:
    case ExprKind::Slice:
      if (a.case_subject != b.case_subject || a.case_else != b.case_else || a.slice_from != b.slice_from ||
          a.slice_to != b.slice_to)
        return false;
      break;
    default:
      break;
  }
  for (std::size_t i = 0; i < a.args.size(); ++i) {
    if (!same_expr(*a.args[i], *b.args[i])) return false;
  }
  return true;
}

}  // namespace

CheckedQuery Checker::run(SingleQuery query) {
  CheckedQuery checked;
  bind_parameters(query);
  subqueries_ = &checked.subqueries;
  for (std::size_t c = 0; c < query.clauses.size(); ++c) {
    clause_ = static_cast<int>(c);
    Clause& clause = query.clauses[c];
    CheckedClause result;
    switch (clause.kind) {
      case ClauseKind::Match:
        for (const auto& [name, slot] : names_) result.bound_slots.push_back(slot);
        pattern_bound_ = result.bound_slots;
        for (Pattern& pattern : clause.patterns) result.patterns.push_back(check_pattern(pattern));
        if (clause.where) {
          scope_ = Scope::Where;
          check_expr(*clause.where, false);
        }
        break;
      case ClauseKind::Unwind:
        scope_ = Scope::Where;
        check_expr(*clause.expr, false);
        if (names_.count(clause.alias.text)) {
          fail(clause.alias.position,
               quoted(clause.alias.text) + " is already bound: UNWIND needs a new name");
        }
        result.unwind_slot = add_variable(clause.alias, VariableKind::Value);
        break;
      case ClauseKind::With:
      case ClauseKind::Return:
        check_projection(clause, result.projection);
        if (clause.kind == ClauseKind::Return) checked.columns = result.projection.columns;
        if (clause.where) {
          scope_ = Scope::Where;
          check_expr(*clause.where, false);
        }
        break;
    }
    checked.clauses.push_back(std::move(result));
  }
  checked.variables = variables_;
  checked.ast = std::move(query);
  return checked;
}

const Value& Checker::parameter(const Name& name) const {
  static const Parameters kNone;
  const Parameters& parameters = options_.parameters ? *options_.parameters : kNone;
  auto found = parameters.find(name.text);
  if (found != parameters.end()) return found->second;
  std::vector<std::string> known;
  for (const auto& entry : parameters) known.push_back("$" + entry.first);
  std::string hint = did_you_mean("$" + name.text, known);
  if (hint.empty()) {
    hint = known.empty() ? " (no parameters are set: give one with --param " + name.text +
                               "=VALUE, or :param " + name.text + " => VALUE at the prompt)"
                         : " (parameters: " + join(known) + ")";
  }
  fail(name.position, "unknown parameter $" + name.text + hint);
}

// Parameters are constants of the run: each becomes the literal of its
// value before anything else looks at the query, so the later stages (and
// same_expr) never see one.
void Checker::bind_parameters(Expr& expr) {
  if (expr.kind == ExprKind::Parameter) {
    expr.value = parameter(Name{expr.name, expr.position});
    expr.kind = ExprKind::Literal;
  }
  for (ExprPtr& arg : expr.args) bind_parameters(*arg);
  if (expr.subquery) {
    bind_parameters(expr.subquery->patterns);
    if (expr.subquery->where) bind_parameters(*expr.subquery->where);
  }
}

std::int64_t Checker::count_parameter(const Name& name, std::string_view clause) const {
  const Value& value = parameter(name);
  if (!value.is<std::int64_t>() || value.as<std::int64_t>() < 0) {
    fail(name.position,
         std::string(clause) + " takes a whole number of at least 0; $" + name.text + " is " +
             (value.is<std::int64_t>() ? std::to_string(value.as<std::int64_t>()) : "not one"));
  }
  return value.as<std::int64_t>();
}

void Checker::bind_parameters(std::vector<Pattern>& patterns) {
  for (Pattern& pattern : patterns) {
    for (NodePattern& node : pattern.nodes) {
      for (PropertyEntry& entry : node.properties) bind_parameters(*entry.value);
    }
    for (RelPattern& rel : pattern.rels) {
      for (PropertyEntry& entry : rel.properties) bind_parameters(*entry.value);
    }
  }
}

void Checker::bind_parameters(SingleQuery& query) {
  for (Clause& clause : query.clauses) {
    bind_parameters(clause.patterns);
    if (clause.where) bind_parameters(*clause.where);
    if (clause.expr) bind_parameters(*clause.expr);
    Projection& projection = clause.projection;
    for (ReturnItem& item : projection.items) bind_parameters(*item.expr);
    for (SortItem& item : projection.order_by) bind_parameters(*item.expr);
    if (projection.skip_parameter) projection.skip = count_parameter(*projection.skip_parameter, "SKIP");
    if (projection.limit_parameter) projection.limit = count_parameter(*projection.limit_parameter, "LIMIT");
  }
}

void Checker::fail(Position position, const std::string& message) const {
  throw QueryError(text_, position, message);
}

std::optional<int> Checker::find_variable(std::string_view name) const {
  auto found = names_.find(name);
  if (found == names_.end()) return std::nullopt;
  return found->second;
}

int Checker::add_variable(const Name& name, VariableKind kind) {
  variables_.push_back(Variable{name.text, kind, name.position, clause_});
  const int slot = static_cast<int>(variables_.size() - 1);
  names_[name.text] = slot;
  dropped_.erase(name.text);
  return slot;
}

// Binds `name` as `kind`, or checks it against its earlier binding.
int Checker::bind(const Name& name, VariableKind kind) {
  if (std::optional<int> slot = find_variable(name.text)) {
    const Variable& earlier = variables_[static_cast<std::size_t>(*slot)];
    if (earlier.kind == VariableKind::Node && kind == VariableKind::Node) return *slot;
    // A value from WITH or UNWIND matches where it is a node.
    if (earlier.kind == VariableKind::Value && kind == VariableKind::Node) return *slot;
    if (earlier.kind == kind && kind != VariableKind::Node) {
      if (earlier.clause != clause_ || in_subquery_) {
        fail(name.position, quoted(name.text) + " is bound already (" + position_text(earlier.position) +
                                "): matching a relationship or path variable again in a later "
                                "pattern is not supported");
      }
      fail(name.position, quoted(name.text) +
                              " is bound twice in the pattern: a relationship or "
                              "path variable names one thing (" +
                              position_text(earlier.position) + ")");
    }
    fail(name.position, quoted(name.text) + " is " + std::string(kind_name(earlier.kind)) + " (" +
                            position_text(earlier.position) + "), not " + std::string(kind_name(kind)));
  }
  return add_variable(name, kind);
}

std::string Checker::position_text(Position position) {
  return "at " + std::to_string(position.line) + ":" + std::to_string(position.column);
}

PatternConstraint Checker::check_pattern(Pattern& pattern) {
  PatternConstraint constraint;
  constraint.position = pattern.position;
  constraint.kind = pattern.kind;
  if (pattern.kind != PathKind::Plain && pattern.rels.size() != 1) {
    fail(pattern.position,
         std::string(pattern.kind == PathKind::Shortest ? "shortestPath" : "allShortestPaths") +
             " takes a pattern of exactly one relationship, as in "
             "shortestPath((a)-[*..5]-(b))");
  }
  for (std::size_t i = 0; i < pattern.nodes.size(); ++i) {
    constraint.nodes.push_back(check_node(pattern.nodes[i]));
    if (i < pattern.rels.size()) {
      constraint.rels.push_back(check_rel(pattern.rels[i], pattern.kind != PathKind::Plain));
    }
  }
  if (pattern.path_variable) constraint.path_slot = bind(*pattern.path_variable, VariableKind::Path);
  return constraint;
}

NodeConstraint Checker::check_node(const NodePattern& node) {
  NodeConstraint constraint;
  constraint.position = node.position;
  if (node.variable) constraint.slot = bind(*node.variable, VariableKind::Node);
  for (const Name& label : node.labels) {
    std::optional<graph::NodeType> type = graph::parse_node_type(label.text);
    if (!type) {
      std::vector<std::string> known;
      for (graph::NodeType t : graph::kAllNodeTypes) known.emplace_back(graph::to_string(t));
      fail(label.position, "unknown label " + quoted(label.text) + did_you_mean(label.text, known) +
                               (suggest(label.text, known).empty() ? " (labels: " + join(known) + ")" : ""));
    }
    constraint.types.push_back(*type);
  }
  std::sort(constraint.types.begin(), constraint.types.end());
  constraint.types.erase(std::unique(constraint.types.begin(), constraint.types.end()),
                         constraint.types.end());
  constraint.properties = check_properties(node.properties, true, constraint.bound_properties);
  return constraint;
}

RelConstraint Checker::check_rel(const RelPattern& rel, bool shortest) {
  RelConstraint constraint;
  constraint.position = rel.position;
  constraint.direction = rel.direction;
  constraint.variable_length = rel.variable_length || shortest;
  if (rel.variable) {
    constraint.slot = bind(*rel.variable, constraint.variable_length ? VariableKind::RelationshipList
                                                                     : VariableKind::Relationship);
  }
  for (const Name& name : rel.types) {
    std::optional<graph::RelationType> type = graph::parse_relation_type(name.text);
    if (!type) {
      std::vector<std::string> known;
      for (graph::RelationType t : graph::kAllRelationTypes) known.emplace_back(graph::to_string(t));
      std::string hint = did_you_mean(name.text, known);
      fail(name.position, "unknown relationship type " + quoted(name.text) +
                              (hint.empty() ? " (types: " + join(known) + ")" : hint));
    }
    constraint.types.push_back(*type);
  }
  if (rel.variable_length) {
    std::int64_t min = rel.min_hops.value_or(1);
    std::int64_t max = rel.max_hops.value_or(std::max<std::int64_t>(options_.default_max_hops, min));
    if (max > kMaxHopsCeiling || min > kMaxHopsCeiling) {
      fail(rel.range_position, "a variable-length pattern goes at most " + std::to_string(kMaxHopsCeiling) +
                                   " hops; this one asks for " + std::to_string(std::max(min, max)));
    }
    if (min > max) {
      fail(rel.range_position, "the range *" + std::to_string(min) + ".." + std::to_string(max) +
                                   " is empty: its lower bound is above its upper bound");
    }
    if (shortest && min > 1) {
      fail(rel.range_position, "a shortest path starts at 0 or 1 hops, not " + std::to_string(min));
    }
    constraint.min_hops = static_cast<int>(min);
    constraint.max_hops = static_cast<int>(max);
  } else if (shortest) {
    constraint.min_hops = 1;
    constraint.max_hops = 1;
  }
  std::sort(constraint.types.begin(), constraint.types.end());
  constraint.types.erase(std::unique(constraint.types.begin(), constraint.types.end()),
                         constraint.types.end());
  constraint.properties = check_properties(rel.properties, false, constraint.bound_properties);
  return constraint;
}

std::string Checker::join(const std::vector<std::string>& names) {
  std::string result;
  for (const std::string& name : names) result += (result.empty() ? "" : ", ") + name;
  return result;
}

std::vector<std::string> Checker::property_names(bool node) const {
  std::vector<std::string> names;
  if (node) {
    for (std::string_view key : kNodeProperties) names.emplace_back(key);
    for (const std::string& key : schema_.attribute_keys) names.push_back(key);
    if (!schema_.attribute_keys.count("iso")) names.emplace_back("iso");
  } else {
    for (std::string_view key : kRelationshipProperties) names.emplace_back(key);
  }
  return names;
}

void Checker::check_property_name(const std::string& key, Position position, Type target) {
  bool on_node = target == Type::Node || target == Type::Any;
  bool on_rel = target == Type::Relationship || target == Type::Any;
  auto listed = [&key](const auto& keys) {
    return std::find(std::begin(keys), std::end(keys), key) != std::end(keys);
  };
  if (on_node && (listed(kNodeProperties) || schema_.attribute_keys.count(key) || key == "iso")) return;
  if (on_rel && listed(kRelationshipProperties)) return;
  // Unknown: the error lists what there is.
  std::vector<std::string> names;
  if (on_node) names = property_names(true);
  if (on_rel) {
    for (std::string& name : property_names(false)) names.push_back(std::move(name));
  }
  std::string owner = target == Type::Node           ? "node"
                      : target == Type::Relationship ? "relationship"
                                                     : "node or relationship";
  std::string hint = did_you_mean(key, names);
  fail(position, "unknown " + owner + " property " + quoted(key) +
                     (hint.empty() ? " (properties: " + join(names) + ")" : hint));
}

std::vector<std::pair<std::string, Value>> Checker::check_properties(
    const std::vector<PropertyEntry>& entries, bool node,
    std::vector<std::pair<std::string, const Expr*>>& bound_properties) {
  std::vector<std::pair<std::string, Value>> result;
  for (const PropertyEntry& entry : entries) {
    check_property_name(entry.key.text, entry.key.position, node ? Type::Node : Type::Relationship);
    if (entry.value->kind == ExprKind::Variable || entry.value->kind == ExprKind::Property) {
      check_bound_property(*entry.value);
      bound_properties.emplace_back(entry.key.text, entry.value.get());
      continue;
    }
    Value value = constant(*entry.value);
    if (node && entry.key.text == "name" && !value.is<std::string>()) {
      fail(entry.value->position, "`name` is a node's canonical name: give a string");
    }
    result.emplace_back(entry.key.text, std::move(value));
  }
  return result;
}

// A variable (or its property) in a pattern's property map: bound before
// the clause, so its value is known when the clause starts on a row.
void Checker::check_bound_property(Expr& expr) {
  const Expr* variable = &expr;
  while (variable->kind == ExprKind::Property) variable = variable->args[0].get();
  const std::optional<int> slot =
      variable->kind == ExprKind::Variable ? find_variable(variable->name) : std::nullopt;
  if (!slot || std::find(pattern_bound_.begin(), pattern_bound_.end(), *slot) == pattern_bound_.end()) {
    fail(expr.position,
         "a property in a pattern takes a literal, a $parameter or a variable bound before this MATCH (or "
         "its property); compare anything else in WHERE");
  }
  const Scope outer = scope_;
  scope_ = Scope::Where;
  check_expr(expr, false);
  scope_ = outer;
}

Value Checker::constant(const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::Literal:
      return expr.value;
    case ExprKind::ListLiteral: {
      List items;
      for (const ExprPtr& item : expr.args) items.push_back(constant(*item));
      return Value(std::move(items));
    }
    case ExprKind::Negate: {
      Value inner = constant(*expr.args[0]);
      if (inner.is<std::int64_t>()) return Value(-inner.as<std::int64_t>());
      if (inner.is<double>()) return Value(-inner.as<double>());
      [[fallthrough]];
    }
    default:
      fail(expr.position, "a property in a pattern takes a literal value; compare anything else in WHERE");
  }
}

bool Checker::has_aggregate(const Expr& expr) {
  if (expr.aggregate >= 0) return true;
  return std::any_of(expr.args.begin(), expr.args.end(),
                     [](const ExprPtr& arg) { return has_aggregate(*arg); });
}

void Checker::check_projection(Clause& clause, CheckedProjection& checked) {
  Projection& projection = clause.projection;
  const bool with = clause.kind == ClauseKind::With;
  const std::string keyword = with ? "WITH" : "RETURN";
  keyword_ = keyword;
  if (projection.star) {
    // Every named variable in scope, by name as Neo4j orders them, before the items.
    if (names_.empty()) {
      fail(projection.position, keyword + " * has no variables to " + (with ? "carry" : "return"));
    }
    std::vector<ReturnItem> items;
    for (const auto& [name, slot] : names_) {
      ReturnItem item;
      item.expr = std::make_unique<Expr>();
      item.expr->kind = ExprKind::Variable;
      item.expr->name = name;
      item.expr->position = projection.position;
      item.expr->end = projection.position.offset;
      item.text = name;
      items.push_back(std::move(item));
    }
    for (ReturnItem& item : projection.items) items.push_back(std::move(item));
    projection.items = std::move(items);
    projection.star = false;
  }
  scope_ = Scope::Return;
  aggregate_count_ = 0;
  aliased_.clear();
  for (ReturnItem& item : projection.items) {
    aggregate_item_ = calls_aggregate(*item.expr);
    checked.aggregating = checked.aggregating || aggregate_item_;
    check_expr(*item.expr, false);
    aggregate_item_ = false;
    if (with && !item.alias && item.expr->kind != ExprKind::Variable) {
      fail(item.expr->position, "WITH needs a name for `" + item.text + "`: add AS name");
    }
    std::string column = item.alias ? item.alias->text : item.text;
    Position position = item.alias ? item.alias->position : item.expr->position;
    if (std::find(checked.columns.begin(), checked.columns.end(), column) != checked.columns.end()) {
      fail(position, "two " + keyword + " columns are named " + quoted(column) + "; name one with AS");
    }
    checked.columns.push_back(column);
    aliased_.push_back(item.alias.has_value());
  }
  checked.aggregate_count = aggregate_count_;
  for (std::size_t i = 0; i < projection.items.size(); ++i) {
    if (checked.aggregating && !has_aggregate(*projection.items[i].expr))
      checked.group_keys.push_back(static_cast<int>(i));
  }
  distinct_ = projection.distinct;
  order_by_columns_only_ = checked.aggregating || projection.distinct;
  checked.order_by_columns_only = order_by_columns_only_;
  columns_ = &checked.columns;
  scope_ = Scope::OrderBy;
  for (SortItem& item : projection.order_by) {
    item.expr = resolve_columns(std::move(item.expr), projection);
    check_expr(*item.expr, false);
  }
  order_by_columns_only_ = false;
  if (!with) return;
  // The columns are the variables from here on; the rest go out of scope.
  std::map<std::string, int, std::less<>> carried;
  std::vector<VariableKind> kinds;
  for (const ReturnItem& item : projection.items) {
    VariableKind kind = VariableKind::Value;
    if (item.expr->kind == ExprKind::Variable && item.expr->slot >= 0 && !locals_.count(item.expr->slot))
      kind = variables_[static_cast<std::size_t>(item.expr->slot)].kind;
    kinds.push_back(kind);
  }
  for (const auto& [name, slot] : names_) dropped_[name] = projection.position;
  names_.clear();
  for (std::size_t i = 0; i < projection.items.size(); ++i) {
    const ReturnItem& item = projection.items[i];
    Name name = item.alias ? *item.alias : Name{item.text, item.expr->position};
    checked.slots.push_back(add_variable(name, kinds[i]));
    dropped_.erase(name.text);
  }
}

// Whether an expression calls an aggregate function, by name: known before
// its variables are checked, so they can be checked against it.
bool Checker::calls_aggregate(const Expr& expr) {
  if (expr.kind == ExprKind::CountStar) return true;
  if (expr.kind == ExprKind::Call) {
    for (const FunctionInfo& info : kFunctions) {
      if (info.aggregate && upper(info.name) == upper(expr.name)) return true;
    }
  }
  return std::any_of(expr.args.begin(), expr.args.end(),
                     [](const ExprPtr& arg) { return calls_aggregate(*arg); });
}

// Replaces each part of an ORDER BY expression that is a RETURN item with
// a reference to its column, so `ORDER BY count(*)` sorts by that column.
ExprPtr Checker::resolve_columns(ExprPtr expr, const Projection& query) {
  for (std::size_t i = 0; i < query.items.size(); ++i) {
    if (same_expr(*expr, *query.items[i].expr)) {
      auto column = std::make_unique<Expr>();
      column->kind = ExprKind::Column;
      column->position = expr->position;
      column->end = expr->end;
      column->column = static_cast<int>(i);
      return column;
    }
  }
  for (ExprPtr& arg : expr->args) arg = resolve_columns(std::move(arg), query);
  return expr;
}

std::vector<std::string> function_names() {
  std::vector<std::string> names;
  for (const FunctionInfo& info : kFunctions) names.emplace_back(info.name);
  for (const ScalarFunction& function : scalar_functions()) names.emplace_back(function.name);
  return names;
}

CheckedStatement check(Statement statement, std::string_view text, const Schema& schema,
                       const CheckOptions& options) {
  CheckedStatement checked;
  if (statement.queries.empty()) throw QueryError(text, Position{}, "expected a query");
  checked.union_all = statement.union_all;
  for (std::size_t i = 1; i < statement.union_all.size(); ++i) {
    if (statement.union_all[i] != statement.union_all[0]) {
      throw QueryError(text, statement.union_positions[i],
                       "mixing UNION and UNION ALL is not supported: use one of them throughout");
    }
  }
  for (std::size_t i = 0; i < statement.queries.size(); ++i) {
    checked.queries.push_back(Checker(text, schema, options).run(std::move(statement.queries[i])));
    const std::vector<std::string>& columns = checked.queries.back().columns;
    if (i == 0) {
      checked.columns = columns;
    } else if (columns != checked.columns) {
      auto join_columns = [](const std::vector<std::string>& names) {
        std::string text;
        for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
        return text;
      };
      throw QueryError(text, statement.union_positions[i - 1],
                       "the queries of a UNION must return the same columns, in the same order: " +
                           join_columns(checked.columns) + " before it, " + join_columns(columns) + " after");
    }
  }
  return checked;
}

}  // namespace kg::query
