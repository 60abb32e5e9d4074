// The query AST as a one-line s-expression (query/ast_printer.h).
#include "query/ast_printer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string_view>

#include "base/ascii.h"

namespace kg::query {
namespace {

// Bare when it reads as one word (non-ASCII letters included) that is no
// literal or `distinct`, in backticks otherwise, a backtick doubled as in Cypher.
std::string name_text(std::string_view name) {
  bool plain = !name.empty() && !is_ascii_digit(name[0]);
  for (std::string_view word : {"null", "true", "false", "distinct"}) {
    if (equal_ignoring_ascii_case(name, word)) plain = false;
  }
  for (char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && !(is_ascii_alnum(c) || c == '_')) plain = false;
  }
  if (plain) return std::string(name);
  std::string quoted = "`";
  for (char c : name) quoted += c == '`' ? std::string("``") : std::string(1, c);
  return quoted + "`";
}

std::string string_literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string number_text(double number) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  std::string text(buffer, result.ptr);
  // 2.0 stays apart from the integer 2.
  if (text.find_first_of(".eni") == std::string::npos) text += ".0";
  return text;
}

std::string ids_text(const std::vector<std::uint32_t>& ids) {
  std::string text;
  for (std::uint32_t id : ids) text += " " + std::to_string(id);
  return text;
}

// The parser makes only null, booleans, numbers and strings; the rest is for
// completeness (a checker or a test may put any value in a Literal).
std::string value_text(const Value& value) {
  struct Printer {
    std::string operator()(std::monostate) const { return "null"; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const { return number_text(d); }
    std::string operator()(const std::string& s) const { return string_literal(s); }
    std::string operator()(const List& list) const {
      std::string text = "[";
      for (std::size_t i = 0; i < list.size(); ++i) text += (i ? ", " : "") + value_text(list[i]);
      return text + "]";
    }
    std::string operator()(NodeRef node) const { return "(node-ref " + std::to_string(node.rank) + ")"; }
    std::string operator()(EdgeRef edge) const { return "(edge-ref " + std::to_string(edge.index) + ")"; }
    std::string operator()(const PathRef& path) const {
      return "(path-ref (nodes" + ids_text(path.nodes) + ") (edges" + ids_text(path.edges) + "))";
    }
    std::string operator()(const Map& map) const {
      std::string text = "{";
      for (std::size_t i = 0; i < map.keys.size(); ++i)
        text += (i ? ", " : "") + name_text(map.keys[i]) + ": " + value_text(map.values[i]);
      return text + "}";
    }
  };
  return std::visit(Printer{}, value.data);
}

const char* compare_text(CompareOp op) {
  switch (op) {
    case CompareOp::Equal:
      return "=";
    case CompareOp::NotEqual:
      return "<>";
    case CompareOp::Less:
      return "<";
    case CompareOp::LessEqual:
      return "<=";
    case CompareOp::Greater:
      return ">";
    case CompareOp::GreaterEqual:
      return ">=";
  }
  return "?";
}

// (head arg arg ...)
std::string form(std::string_view head, const Expr& expr) {
  std::string text = "(" + std::string(head);
  for (const ExprPtr& arg : expr.args) text += " " + print_ast(*arg);
  return text + ")";
}

std::string names_text(const std::vector<Name>& names) {
  std::string text = ":";
  for (std::size_t i = 0; i < names.size(); ++i) text += (i ? "|" : "") + name_text(names[i].text);
  return text;
}

std::string properties_text(const std::vector<PropertyEntry>& properties) {
  std::string text = "{";
  for (std::size_t i = 0; i < properties.size(); ++i) {
    text += (i ? ", " : "") + name_text(properties[i].key.text) + ": " + print_ast(*properties[i].value);
  }
  return text + "}";
}

// * alone, *N for exactly N (no dots), else *[min]..[max].
std::string range_text(const RelPattern& rel) {
  if (!rel.min_hops && !rel.max_hops && !rel.has_range_dots) return "*";
  if (rel.min_hops && rel.max_hops && *rel.min_hops == *rel.max_hops && !rel.has_range_dots) {
    return "*" + std::to_string(*rel.min_hops);
  }
  return "*" + (rel.min_hops ? std::to_string(*rel.min_hops) : "") + ".." +
         (rel.max_hops ? std::to_string(*rel.max_hops) : "");
}

}  // namespace

std::string print_ast(const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::Literal:
      return value_text(expr.value);
    case ExprKind::ListLiteral: {
      std::string text = "[";
      for (std::size_t i = 0; i < expr.args.size(); ++i) text += (i ? ", " : "") + print_ast(*expr.args[i]);
      return text + "]";
    }
    case ExprKind::Variable:
      return name_text(expr.name);
    case ExprKind::Parameter:
      return "$" + name_text(expr.name);
    case ExprKind::Property:
      return (expr.args.empty() ? std::string("?") : print_ast(*expr.args[0])) + "." + name_text(expr.name);
    case ExprKind::Call: {
      std::string text = name_text(expr.name) + "(" + (expr.distinct ? "distinct " : "");
      for (std::size_t i = 0; i < expr.args.size(); ++i) text += (i ? ", " : "") + print_ast(*expr.args[i]);
      return text + ")";
    }
    case ExprKind::CountStar:
      return name_text(expr.name.empty() ? "count" : expr.name) + "(*)";
    case ExprKind::Not:
      return form("not", expr);
    case ExprKind::And:
      return form("and", expr);
    case ExprKind::Or:
      return form("or", expr);
    case ExprKind::Xor:
      return form("xor", expr);
    case ExprKind::Compare:
      return form(compare_text(expr.op), expr);
    case ExprKind::In:
      return form("in", expr);
    case ExprKind::Contains:
      return form("contains", expr);
    case ExprKind::StartsWith:
      return form("starts-with", expr);
    case ExprKind::EndsWith:
      return form("ends-with", expr);
    case ExprKind::IsNull:
      return form(expr.negated ? "is-not-null" : "is-null", expr);
    case ExprKind::Negate:
      return form("-", expr);
    case ExprKind::Column:
      return "(column " + std::to_string(expr.column) + ")";
    case ExprKind::Exists:
    case ExprKind::PatternPredicate: {
      std::string text = expr.kind == ExprKind::Exists ? "(exists" : "(pattern-predicate";
      if (expr.subquery) {
        for (const Pattern& pattern : expr.subquery->patterns) text += " " + print_ast(pattern);
        if (expr.subquery->where) text += " (where " + print_ast(*expr.subquery->where) + ")";
      }
      return text + ")";
    }
    case ExprKind::ListComprehension: {
      std::string text = "(list-comprehension " + name_text(expr.name);
      if (!expr.args.empty()) text += " " + print_ast(*expr.args[0]);
      if (expr.has_where && expr.args.size() > 1) text += " (where " + print_ast(*expr.args[1]) + ")";
      if (expr.has_map && expr.args.size() > 2) text += " (map " + print_ast(*expr.args[2]) + ")";
      return text + ")";
    }
    case ExprKind::Quantifier: {
      static constexpr const char* kNames[] = {"any", "all", "none", "single"};
      std::string text =
          "(" + std::string(kNames[static_cast<int>(expr.quantifier)]) + " " + name_text(expr.name);
      for (const ExprPtr& arg : expr.args) text += " " + print_ast(*arg);
      return text + ")";
    }
    case ExprKind::Add:
      return form("+", expr);
    case ExprKind::Subtract:
      return form("-", expr);
    case ExprKind::Multiply:
      return form("*", expr);
    case ExprKind::Divide:
      return form("/", expr);
    case ExprKind::Modulo:
      return form("%", expr);
    case ExprKind::Power:
      return form("^", expr);
    case ExprKind::RegexMatch:
      return form("=~", expr);
    case ExprKind::Index:
      return form("index", expr);
    case ExprKind::Slice: {
      std::string text = "(slice " + print_ast(*expr.args[0]);
      std::size_t next = 1;
      text += " " + (expr.slice_from ? print_ast(*expr.args[next++]) : std::string("_"));
      text += " " + (expr.slice_to ? print_ast(*expr.args[next]) : std::string("_"));
      return text + ")";
    }
    case ExprKind::Case: {
      std::string text = "(case";
      std::size_t i = 0;
      if (expr.case_subject) text += " " + print_ast(*expr.args[i++]);
      const std::size_t pairs_end = expr.args.size() - (expr.case_else ? 1 : 0);
      for (; i + 1 < pairs_end; i += 2)
        text += " (when " + print_ast(*expr.args[i]) + " " + print_ast(*expr.args[i + 1]) + ")";
      if (expr.case_else) text += " (else " + print_ast(*expr.args.back()) + ")";
      return text + ")";
    }
    case ExprKind::HasLabel:
      return "(has-label " + print_ast(*expr.args[0]) + " " + names_text(expr.labels) + ")";
    case ExprKind::MapLiteral: {
      std::string text = "{";
      for (std::size_t i = 0; i < expr.args.size(); ++i)
        text += (i ? ", " : "") + name_text(i < expr.keys.size() ? expr.keys[i] : "?") + ": " +
                print_ast(*expr.args[i]);
      return text + "}";
    }
  }
  return "(unknown-expression)";
}

std::string print_ast(const NodePattern& node) {
  std::string text = "(node";
  if (node.variable) text += " " + name_text(node.variable->text);
  if (!node.labels.empty()) text += " " + names_text(node.labels);
  if (!node.properties.empty()) text += " " + properties_text(node.properties);
  return text + ")";
}

std::string print_ast(const RelPattern& rel) {
  std::string text = "(rel ";
  text += rel.direction == Direction::Right ? "->" : rel.direction == Direction::Left ? "<-" : "--";
  if (rel.variable) text += " " + name_text(rel.variable->text);
  if (!rel.types.empty()) text += " " + names_text(rel.types);
  if (rel.variable_length) text += " " + range_text(rel);
  if (!rel.properties.empty()) text += " " + properties_text(rel.properties);
  return text + ")";
}

std::string print_ast(const Pattern& pattern) {
  std::string text = "(pattern";
  if (pattern.path_variable) text += " " + name_text(pattern.path_variable->text) + " =";
  if (pattern.kind == PathKind::Shortest) text += " shortest";
  if (pattern.kind == PathKind::AllShortest) text += " all-shortest";
  // Alternating; a malformed tree (rels.size() != nodes.size() - 1) shows as such.
  for (std::size_t i = 0; i < std::max(pattern.nodes.size(), pattern.rels.size()); ++i) {
    if (i < pattern.nodes.size()) text += " " + print_ast(pattern.nodes[i]);
    if (i < pattern.rels.size()) text += " " + print_ast(pattern.rels[i]);
  }
  return text + ")";
}

std::string print_ast(const Projection& projection, std::string_view keyword) {
  std::string text = "(" + std::string(keyword) + (projection.distinct ? " distinct" : "");
  if (projection.star) text += " *";
  for (const ReturnItem& item : projection.items) {
    const std::string expr = item.expr ? print_ast(*item.expr) : "?";
    text += " " + (item.alias ? "(as " + expr + " " + name_text(item.alias->text) + ")" : expr);
  }
  text += ")";
  if (!projection.order_by.empty()) {
    text += " (order-by";
    for (const SortItem& item : projection.order_by) {
      const std::string expr = item.expr ? print_ast(*item.expr) : "?";
      text += " " + (item.descending ? "(desc " + expr + ")" : expr);
    }
    text += ")";
  }
  if (projection.skip) text += " (skip " + std::to_string(*projection.skip) + ")";
  if (projection.skip_parameter) text += " (skip $" + name_text(projection.skip_parameter->text) + ")";
  if (projection.limit) text += " (limit " + std::to_string(*projection.limit) + ")";
  if (projection.limit_parameter) text += " (limit $" + name_text(projection.limit_parameter->text) + ")";
  return text;
}

std::string print_ast(const Clause& clause) {
  std::string text;
  switch (clause.kind) {
    case ClauseKind::Match:
      text = clause.optional ? "(optional-match" : "(match";
      for (const Pattern& pattern : clause.patterns) text += " " + print_ast(pattern);
      text += ")";
      break;
    case ClauseKind::Unwind:
      text = "(unwind " + (clause.expr ? print_ast(*clause.expr) : "?") + " " + name_text(clause.alias.text) +
             ")";
      break;
    case ClauseKind::With:
      text = print_ast(clause.projection, "with");
      break;
    case ClauseKind::Return:
      text = print_ast(clause.projection, "return");
      break;
  }
  if (clause.where) text += " (where " + print_ast(*clause.where) + ")";
  return text;
}

std::string print_ast(const SingleQuery& query) {
  std::string text;
  for (const Clause& clause : query.clauses) text += (text.empty() ? "" : " ") + print_ast(clause);
  return text;
}

std::string print_ast(const Statement& statement) {
  std::string text;
  for (std::size_t i = 0; i < statement.queries.size(); ++i) {
    if (i > 0)
      text += i - 1 < statement.union_all.size() && statement.union_all[i - 1] ? " union-all " : " union ";
    text += print_ast(statement.queries[i]);
  }
  return text;
}

}  // namespace kg::query
