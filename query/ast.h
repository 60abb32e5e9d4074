// The query as the parser reads it: a plain tree with source positions. The
// checker fills the few fields marked "checker:" and rewrites nothing else.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "query/error.h"
#include "query/value.h"

namespace kg::query {

struct Name {
  std::string text;
  Position position;
};

enum class ExprKind {
  Literal,      // value
  Parameter,    // $name: the checker replaces it with the Literal of its value
  ListLiteral,  // args: the items
  Variable,     // name
  Property,     // args[0].name
  Call,         // name(args), distinct for count(DISTINCT x)
  CountStar,    // count(*)
  Not,          // args[0]
  And,          // args[0], args[1]
  Or,
  Xor,
  Compare,  // args[0] op args[1]
  In,       // args[0] IN args[1]
  Contains,
  StartsWith,
  EndsWith,
  IsNull,  // args[0] IS NULL, or IS NOT NULL when negated
  Negate,  // -args[0]
  Column,  // checker: a reference to RETURN column `column` (in ORDER BY)
  // clauses helper
  Exists,             // EXISTS { [MATCH] patterns [WHERE expr] }: subquery
  PatternPredicate,   // (a)-[:R]->() in an expression: subquery (one pattern, no WHERE)
  ListComprehension,  // [name IN args[0] WHERE args[1] | args[2]]; see has_where, has_map
  Quantifier,         // any/all/none/single(name IN args[0] WHERE args[1]); see quantifier
  // expressions helper
  Add,         // args[0] + args[1]: numbers, string concatenation, list concatenation
  Subtract,    // args[0] - args[1]
  Multiply,    // args[0] * args[1]
  Divide,      // args[0] / args[1]
  Modulo,      // args[0] % args[1]
  Power,       // args[0] ^ args[1]
  RegexMatch,  // args[0] =~ args[1]
  Case,        // [subject] (when then)* [else]: see case_subject and case_else
  Index,       // args[0][args[1]]
  Slice,       // args[0][from..to]: args[1] is `from` if slice_from, the next `to` if slice_to
  HasLabel,    // args[0]:A|B, labels in `labels`
  MapLiteral,  // {keys[i]: args[i]}
};

enum class CompareOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

enum class Function {
  Count,
  Collect,
  Min,
  Max,  // aggregates
  Length,
  Nodes,
  Relationships,
  Type,
  Labels,
  Id,
  Coalesce,
  StartNode,
  EndNode,
  // expressions helper: aggregates, then the scalar functions of query/functions.cpp
  Sum,
  Avg,
  Scalar,  // one of query/functions.cpp's table: Expr::scalar
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
struct Subquery;

enum class QuantifierKind { Any, All, None, Single };
struct CompiledRegex;   // query/operators.cpp
struct ScalarFunction;  // query/functions.h

struct Expr {
  ExprKind kind = ExprKind::Literal;
  Position position;       // where the expression starts
  std::size_t end = 0;     // byte offset just past it
  Value value;             // Literal
  std::string name;        // Variable or Parameter name, Property key, Call function name as written
  Position name_position;  // Property: the key; Call: the function name
  CompareOp op = CompareOp::Equal;
  bool distinct = false;  // count(DISTINCT x), collect(DISTINCT x)
  bool negated = false;   // IS NOT NULL
  std::vector<ExprPtr> args;
  std::uint32_t height = 1;       // of the tree below; the parser bounds it so no stage recurses too deep
  bool case_subject = false;      // Case: args[0] is the subject (CASE x WHEN ...)
  bool case_else = false;         // Case: the last argument is the ELSE
  bool slice_from = false;        // Slice: a lower bound was written
  bool slice_to = false;          // Slice: an upper bound was written
  std::vector<Name> labels;       // HasLabel: either of them
  std::vector<std::string> keys;  // MapLiteral: sorted by the parser, no duplicates

  // checker:
  int slot = -1;                        // Variable: the variable's slot in a match row
  int column = -1;                      // Column: the RETURN column
  int aggregate = -1;                   // Call/CountStar of an aggregate: its index in the query
  Function function = Function::Count;  // Call
  std::string property;                 // Property: the key (node attribute or built-in)

  // clauses helper: subqueries, list comprehensions and quantifiers.
  std::shared_ptr<Subquery> subquery;  // Exists, PatternPredicate
  bool has_where = false;              // ListComprehension: args[1] was written (else literal true)
  bool has_map = false;                // ListComprehension: args[2] was written (else the variable)
  QuantifierKind quantifier = QuantifierKind::Any;
  Position variable_position;  // ListComprehension, Quantifier: the local variable `name`
  int local_slot = -1;         // checker: the local variable's slot
  int subquery_index = -1;     // checker: Exists, PatternPredicate: its CheckedSubquery

  // expressions helper:
  const ScalarFunction* scalar = nullptr;      // Call of Function::Scalar
  std::shared_ptr<const CompiledRegex> regex;  // RegexMatch with a constant pattern: compiled once
  std::vector<int> node_types;                 // HasLabel: the labels as graph::NodeType values
  std::vector<int> relation_types;             // HasLabel: as graph::RelationType values
};

enum class Direction { Right, Left, Both };  // -[]->  <-[]-  -[]-

struct PropertyEntry {
  Name key;
  ExprPtr value;  // a literal, a list literal, a negated number or a parameter
};

struct NodePattern {
  Position position;
  std::optional<Name> variable;
  std::vector<Name> labels;  // (n:A|B): either
  std::vector<PropertyEntry> properties;
};

struct RelPattern {
  Position position;
  std::optional<Name> variable;
  std::vector<Name> types;  // [:A|B]: either
  Direction direction = Direction::Right;
  bool variable_length = false;  // a * was written
  Position range_position;       // the *
  std::optional<std::int64_t> min_hops;
  std::optional<std::int64_t> max_hops;
  bool has_range_dots = false;  // *2 means exactly 2, *2.. means 2 up
  std::vector<PropertyEntry> properties;
};

enum class PathKind { Plain, Shortest, AllShortest };

struct Pattern {
  Position position;
  std::optional<Name> path_variable;  // p = ...
  PathKind kind = PathKind::Plain;
  std::vector<NodePattern> nodes;  // rels[i] joins nodes[i] and nodes[i + 1]
  std::vector<RelPattern> rels;
};

// EXISTS { ... } and pattern predicates: patterns matched with the outer
// query's variables bound.
struct Subquery {
  std::vector<Pattern> patterns;
  ExprPtr where;
};

struct ReturnItem {
  ExprPtr expr;
  std::optional<Name> alias;
  std::string text;  // the expression as written: the column's name when there is no alias
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

// What WITH and RETURN share.
struct Projection {
  Position position;  // the WITH or RETURN keyword
  bool distinct = false;
  bool star = false;  // WITH *, RETURN *: every variable in scope, before `items`
  std::vector<ReturnItem> items;
  std::vector<SortItem> order_by;
  std::optional<std::int64_t> skip;
  std::optional<std::int64_t> limit;
  // SKIP $n, LIMIT $n: the checker sets skip and limit from the parameters.
  std::optional<Name> skip_parameter;
  std::optional<Name> limit_parameter;
};

enum class ClauseKind { Match, Unwind, With, Return };

struct Clause {
  ClauseKind kind = ClauseKind::Match;
  Position position;  // the clause's first keyword
  // Match:
  bool optional = false;
  std::vector<Pattern> patterns;
  ExprPtr where;  // Match, With
  // Unwind: UNWIND expr AS alias
  ExprPtr expr;
  Name alias;
  // With, Return:
  Projection projection;
};

// Clauses in order, ending with RETURN.
struct SingleQuery {
  std::vector<Clause> clauses;
};

// Single queries joined by UNION (union_all[i] false) or UNION ALL, between
// queries[i] and queries[i + 1].
struct Statement {
  std::vector<SingleQuery> queries;
  std::vector<bool> union_all;
  std::vector<Position> union_positions;
};

}  // namespace kg::query
