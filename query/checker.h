// The third stage: names and types. Resolves labels, relationship types,
// variables, properties and functions against the graph's vocabulary, checks
// aggregation, and turns patterns into the constraints the matcher needs.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/types.h"
#include "query/ast.h"

namespace kg::query {

// No variable-length pattern goes further than this, whatever it asks for.
inline constexpr int kMaxHopsCeiling = 10;

enum class VariableKind { Node, Relationship, RelationshipList, Path, Value };

struct Variable {
  std::string name;
  VariableKind kind;
  Position position;  // first appearance
  int clause = -1;    // the clause that binds it
};

struct NodeConstraint {
  Position position;
  int slot = -1;                       // -1: anonymous
  std::vector<graph::NodeType> types;  // empty: any
  // Each key compares the property's value for equality; {name: ...}, the
  // canonical name, is answered from the graph's name index.
  std::vector<std::pair<std::string, Value>> properties;
  // {key: x.name}: values from variables bound before the clause, known
  // when each row comes (in the query's tree).
  std::vector<std::pair<std::string, const Expr*>> bound_properties;
};

struct RelConstraint {
  Position position;
  int slot = -1;
  std::vector<graph::RelationType> types;  // empty: any
  Direction direction = Direction::Right;
  bool variable_length = false;  // binds a list of relationships
  int min_hops = 1;
  int max_hops = 1;
  std::vector<std::pair<std::string, Value>> properties;
  std::vector<std::pair<std::string, const Expr*>> bound_properties;
};

struct PatternConstraint {
  Position position;
  PathKind kind = PathKind::Plain;
  int path_slot = -1;
  std::vector<NodeConstraint> nodes;  // rels[i] joins nodes[i] and nodes[i + 1]
  std::vector<RelConstraint> rels;
};

// What the graph offers names for: node attribute keys beyond the built-in
// properties (the labels and relationship types are graph/types.h's).
struct Schema {
  std::set<std::string, std::less<>> attribute_keys;
};

struct CheckOptions {
  int default_max_hops = 5;  // the upper bound of `*` and `*2..`
  // The values of $name; a parameter not here is an error. Not owned.
  const Parameters* parameters = nullptr;
};

// A WITH or RETURN.
struct CheckedProjection {
  std::vector<std::string> columns;
  bool aggregating = false;
  std::vector<int> group_keys;  // items without aggregates, when aggregating
  int aggregate_count = 0;
  // ORDER BY sees only the columns (after aggregation or DISTINCT), not the
  // variables before the projection.
  bool order_by_columns_only = false;
  std::vector<int> slots;  // WITH: the slot each column binds
};

// One clause of a single query, by the clause's index in the query.
struct CheckedClause {
  std::vector<PatternConstraint> patterns;  // MATCH
  std::vector<int> bound_slots;             // MATCH: the variables bound before it
  int unwind_slot = -1;                     // UNWIND: the alias
  CheckedProjection projection;             // WITH, RETURN
};

// EXISTS { } or a pattern predicate: patterns matched from the bound variables.
struct CheckedSubquery {
  std::vector<PatternConstraint> patterns;
  std::vector<int> bound_slots;  // the variables of the outer query, bound in the subquery
  const Expr* where = nullptr;   // in the query's tree
};

// One query of a UNION (or the whole statement).
struct CheckedQuery {
  SingleQuery ast;                  // with the checker's fields filled in
  std::vector<Variable> variables;  // by slot, over all clauses
  std::vector<CheckedClause> clauses;
  std::vector<CheckedSubquery> subqueries;
  std::vector<std::string> columns;  // RETURN's
};

struct CheckedStatement {
  std::vector<CheckedQuery> queries;
  std::vector<bool> union_all;  // between queries[i] and queries[i + 1]
  std::vector<std::string> columns;
};

inline constexpr std::string_view kNodeProperties[] = {"name",    "name_en", "name_zh",
                                                       "aliases", "year",    "mentions"};
inline constexpr std::string_view kRelationshipProperties[] = {"year", "years", "weight", "evidence", "doc"};

// Checks `statement` (parsed from `text`, which errors quote). Throws QueryError.
CheckedStatement check(Statement statement, std::string_view text, const Schema& schema,
                       const CheckOptions& options = {});

// The names of the functions a query may call, as they are spelled, in the
// order the checker lists them (for completion at the prompt).
std::vector<std::string> function_names();

// The candidate closest to `word` if it is close enough to be a likely typo
// (or differs only in case), else empty.
std::string suggest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace kg::query
