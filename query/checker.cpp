// The checker: every name in a query resolved, or one error that says which
// and, where one is close, what was meant.
#include "query/checker.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "query/checker_types.h"
#include "query/functions.h"
#include "query/lexer.h"
#include "query/operators.h"

namespace kg::query {
namespace {

std::string upper(std::string_view text) {
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
constexpr FunctionInfo kFunctions[] = {
    {"count", Function::Count, true, 1, 1}, {"collect", Function::Collect, true, 1, 1},
    {"min", Function::Min, true, 1, 1},     {"max", Function::Max, true, 1, 1},
    {"sum", Function::Sum, true, 1, 1},     {"avg", Function::Avg, true, 1, 1},
};

std::string quoted(std::string_view name) { return "`" + std::string(name) + "`"; }

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best = suggest(word, candidates);
  return best.empty() ? "" : "; did you mean " + quoted(best) + "?";
}

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

class Checker {
 public:
  Checker(std::string_view text, const Schema& schema, const CheckOptions& options)
      : text_(text), schema_(schema), options_(options) {}

  CheckedQuery run(SingleQuery query) {
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

 private:
  enum class Scope { Where, Return, OrderBy };

  const Value& parameter(const Name& name) const {
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
  void bind_parameters(Expr& expr) {
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

  std::int64_t count_parameter(const Name& name, std::string_view clause) const {
    const Value& value = parameter(name);
    if (!value.is<std::int64_t>() || value.as<std::int64_t>() < 0) {
      fail(name.position,
           std::string(clause) + " takes a whole number of at least 0; $" + name.text + " is " +
               (value.is<std::int64_t>() ? std::to_string(value.as<std::int64_t>()) : "not one"));
    }
    return value.as<std::int64_t>();
  }

  void bind_parameters(std::vector<Pattern>& patterns) {
    for (Pattern& pattern : patterns) {
      for (NodePattern& node : pattern.nodes) {
        for (PropertyEntry& entry : node.properties) bind_parameters(*entry.value);
      }
      for (RelPattern& rel : pattern.rels) {
        for (PropertyEntry& entry : rel.properties) bind_parameters(*entry.value);
      }
    }
  }

  void bind_parameters(SingleQuery& query) {
    for (Clause& clause : query.clauses) {
      bind_parameters(clause.patterns);
      if (clause.where) bind_parameters(*clause.where);
      if (clause.expr) bind_parameters(*clause.expr);
      Projection& projection = clause.projection;
      for (ReturnItem& item : projection.items) bind_parameters(*item.expr);
      for (SortItem& item : projection.order_by) bind_parameters(*item.expr);
      if (projection.skip_parameter) projection.skip = count_parameter(*projection.skip_parameter, "SKIP");
      if (projection.limit_parameter)
        projection.limit = count_parameter(*projection.limit_parameter, "LIMIT");
    }
  }

  [[noreturn]] void fail(Position position, const std::string& message) const {
    throw QueryError(text_, position, message);
  }

  std::optional<int> find_variable(std::string_view name) const {
    auto found = names_.find(name);
    if (found == names_.end()) return std::nullopt;
    return found->second;
  }

  int add_variable(const Name& name, VariableKind kind) {
    variables_.push_back(Variable{name.text, kind, name.position, clause_});
    const int slot = static_cast<int>(variables_.size() - 1);
    names_[name.text] = slot;
    dropped_.erase(name.text);
    return slot;
  }

  // Binds `name` as `kind`, or checks it against its earlier binding.
  int bind(const Name& name, VariableKind kind) {
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

  static std::string position_text(Position position) {
    return "at " + std::to_string(position.line) + ":" + std::to_string(position.column);
  }

  PatternConstraint check_pattern(Pattern& pattern) {
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

  NodeConstraint check_node(const NodePattern& node) {
    NodeConstraint constraint;
    constraint.position = node.position;
    if (node.variable) constraint.slot = bind(*node.variable, VariableKind::Node);
    for (const Name& label : node.labels) {
      std::optional<graph::NodeType> type = graph::parse_node_type(label.text);
      if (!type) {
        std::vector<std::string> known;
        for (graph::NodeType t : graph::kAllNodeTypes) known.emplace_back(graph::to_string(t));
        fail(label.position,
             "unknown label " + quoted(label.text) + did_you_mean(label.text, known) +
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

  RelConstraint check_rel(const RelPattern& rel, bool shortest) {
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

  static std::string join(const std::vector<std::string>& names) {
    std::string result;
    for (const std::string& name : names) result += (result.empty() ? "" : ", ") + name;
    return result;
  }

  std::vector<std::string> property_names(bool node) const {
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

  void check_property_name(const std::string& key, Position position, Type target) {
    bool on_node = target == Type::Node || target == Type::Any;
    bool on_rel = target == Type::Relationship || target == Type::Any;
    std::vector<std::string> names;
    if (on_node) names = property_names(true);
    if (on_rel) {
      for (std::string& name : property_names(false)) names.push_back(std::move(name));
    }
    if (std::find(names.begin(), names.end(), key) != names.end()) return;
    std::string owner = target == Type::Node           ? "node"
                        : target == Type::Relationship ? "relationship"
                                                       : "node or relationship";
    std::string hint = did_you_mean(key, names);
    fail(position, "unknown " + owner + " property " + quoted(key) +
                       (hint.empty() ? " (properties: " + join(names) + ")" : hint));
  }

  std::vector<std::pair<std::string, Value>> check_properties(
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
        fail(entry.value->position, "`name` is matched against names and aliases: give a string");
      }
      result.emplace_back(entry.key.text, std::move(value));
    }
    return result;
  }

  // A variable (or its property) in a pattern's property map: bound before
  // the clause, so its value is known when the clause starts on a row.
  void check_bound_property(Expr& expr) {
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

  Value constant(const Expr& expr) {
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

  // Checks names and types below `expr`; returns its static type.
  // `in_aggregate`: inside an aggregate's argument.
  Type check_expr(Expr& expr, bool in_aggregate) {
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
  void check_subquery(Expr& expr, bool in_aggregate) {
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

  Type check_arithmetic(Expr& expr, bool in_aggregate) {
    Type left = check_expr(*expr.args[0], in_aggregate);
    Type right = check_expr(*expr.args[1], in_aggregate);
    auto wrong = [&](std::string_view what) {
      std::string op = expr.kind == ExprKind::Add        ? "+"
                       : expr.kind == ExprKind::Subtract ? "-"
                       : expr.kind == ExprKind::Multiply ? "*"
                       : expr.kind == ExprKind::Divide   ? "/"
                       : expr.kind == ExprKind::Modulo   ? "%"
                                                         : "^";
      fail(expr.name_position,
           "`" + op + "` " + std::string(what) + ", not " + type_name(left) + " and " + type_name(right));
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
  Type check_regex(Expr& expr, bool in_aggregate) {
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

  Type check_subscript(Expr& expr, bool in_aggregate) {
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
  void check_labels(Expr& expr, bool in_aggregate) {
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

  Type check_variable(Expr& expr, bool in_aggregate) {
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
      fail(expr.position, "unknown variable " + quoted(expr.name) +
                              (hint.empty() ? ": bind it in the MATCH pattern" : hint));
    }
    if (scope_ == Scope::Return && aggregate_item_ && !in_aggregate && !locals_.count(*slot)) {
      fail(expr.position, quoted(expr.name) +
                              " is used outside the aggregate in an item that aggregates; "
                              "return it as a separate column to group by it");
    }
    expr.slot = *slot;
    return type_of(variables_[static_cast<std::size_t>(*slot)].kind);
  }

  Type check_aggregate(Expr& expr, bool in_aggregate, Function function) {
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

  Type check_call(Expr& expr, bool in_aggregate) {
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

  static bool has_aggregate(const Expr& expr) {
    if (expr.aggregate >= 0) return true;
    return std::any_of(expr.args.begin(), expr.args.end(),
                       [](const ExprPtr& arg) { return has_aggregate(*arg); });
  }

  void check_projection(Clause& clause, CheckedProjection& checked) {
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
  static bool calls_aggregate(const Expr& expr) {
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
  ExprPtr resolve_columns(ExprPtr expr, const Projection& query) {
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

}  // namespace

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
