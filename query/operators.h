// The operators of expressions beyond logic and comparison: arithmetic,
// string and list concatenation, regular expressions, subscripts and slices.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "query/ast.h"
#include "query/value.h"

namespace kg::query {

class GraphIndex;

// A float as Cypher writes it: 1.0, 0.5, 1e+20, NaN, Infinity.
std::string float_text(double number);

// args[0] op args[1] for Add, Subtract, Multiply, Divide, Modulo and Power,
// both evaluated. Null in, null out. Throws EvaluationError (at the
// operator) for an integer overflow, an integer division or modulo by zero,
// or operands the operator does not take.
Value arithmetic(const Expr& expr, const Value& left, const Value& right);
// How an arithmetic operator is written: "+" for Add, ... "^" for Power.
std::string_view operator_text(ExprKind kind);

// A pattern compiled once. Matching is bounded in time and stack, so no
// pattern (catastrophic backtracking) can hang a query.
struct CompiledRegex;

// The pattern compiled; throws EvaluationError at `where` if it is invalid.
std::shared_ptr<const CompiledRegex> compile_regex(const std::string& pattern, Position where);

// text =~ pattern: the whole of `text` matches, as Java's matches(). Uses
// expr.regex when the checker compiled the pattern, else compiles it.
Value regex_match(const Expr& expr, const Value& text, const Value& pattern);

// target[index]: a list by position (negative from the end, out of range
// null), a map, node or relationship by key.
Value subscript(const Expr& expr, const Value& target, const Value& index, const GraphIndex& graph);

// target[from..to] of a list; a null bound makes it null, a missing one
// (nullptr) is the start or the end.
Value slice(const Expr& expr, const Value& target, const Value* from, const Value* to);

}  // namespace kg::query
