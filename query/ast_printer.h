// The query AST as one line of text, for tests and debugging: each parse test
// reads query in, printed tree out, as RE2's parse tests do.
#pragma once

#include <string>

#include "query/ast.h"

namespace kg::query {

// A canonical s-expression of the tree: the same tree always prints the same,
// and trees that differ in any field the parser sets print differently
// (source positions, Expr::end, Expr::height and the checker's fields are left
// out). Clauses are printed in query order, separated by a space:
//   MATCH p = (a:Country {iso: 'CN'})-[r:A|B*1..3]->(b) WHERE NOT a.x = 1
//   RETURN DISTINCT count(*) AS n ORDER BY n DESC SKIP 1 LIMIT 2
// prints as
//   (match (pattern p = (node a :Country {iso: "CN"}) (rel -> r :A|B *1..3) (node b)))
//   (where (not (= a.x 1))) (return distinct (as count(*) n)) (order-by (desc n))
//   (skip 1) (limit 2)
// on one line. Expressions: literals as in JSON (null, true, 2, 2.5, "text"),
// lists [a, b], variables and property keys bare (in backticks unless a plain
// identifier), a.key for a property, f(x, y) and f(distinct x) for calls,
// count(*), and (op args...) for operators: not and or xor = <> < <= > >= in
// contains starts-with ends-with is-null is-not-null, - for negation (one
// argument) and subtraction (two), + * / % ^ =~, (index l i), (slice l a b)
// with _ for a bound left out, (case [subject] (when c v)... [(else e)]),
// (has-label n :A|B), maps {key: value} in key order, and (column N) for an
// ORDER BY item the checker resolved to a RETURN column.
// Other clauses: (optional-match ...), (unwind EXPR x), (with [distinct] [*]
// items) with its order-by, skip, limit and where; RETURN * as (return * ...);
// queries joined by `union` or `union-all`. EXISTS as (exists patterns
// (where e)), a pattern predicate as (pattern-predicate pattern),
// [x IN l WHERE p | e] as (list-comprehension x l (where p) (map e)), and
// any(x IN l WHERE p) as (any x l p).
std::string print_ast(const Statement& statement);
std::string print_ast(const SingleQuery& query);
std::string print_ast(const Clause& clause);
std::string print_ast(const Pattern& pattern);
std::string print_ast(const NodePattern& node);
std::string print_ast(const RelPattern& rel);
std::string print_ast(const Expr& expr);

}  // namespace kg::query
