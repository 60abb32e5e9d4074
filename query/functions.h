// The scalar functions a query may call (toUpper, substring, range, ...):
// one table of name, arity, argument types and implementation, read by the
// checker (names, arity, static types), the evaluator (calls) and the
// prompt's completion (names).
#pragma once

#include <atomic>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "query/ast.h"
#include "query/error.h"
#include "query/value.h"

namespace kg::query {

class GraphIndex;

// Kinds of values, as bits: what a function's argument accepts, what it
// returns. The checker maps its static types onto them; the evaluator the
// kind of each value.
enum Kinds : unsigned {
  kNullKind = 1u << 0,
  kBoolKind = 1u << 1,
  kIntegerKind = 1u << 2,
  kFloatKind = 1u << 3,
  kStringKind = 1u << 4,
  kListKind = 1u << 5,
  kMapKind = 1u << 6,
  kNodeKind = 1u << 7,
  kRelationshipKind = 1u << 8,
  kPathKind = 1u << 9,
  kNumberKinds = kIntegerKind | kFloatKind,
  kAnyKind = (1u << 10) - 1,
};

// The kind bit of a value.
unsigned kind_of(const Value& value);
// "a string", "an integer", "a list", ...: for error messages.
std::string kind_name(const Value& value);

// An error found while evaluating (a wrong argument, an integer overflow, a
// division by zero): where in the query, and what. Engine::run turns it into
// a QueryError with the caret, as the evaluator does not have the query text.
class EvaluationError : public Error {
 public:
  EvaluationError(Position position, const std::string& message) : Error(message), position_(position) {}
  const Position& position() const { return position_; }

 private:
  Position position_;
};

// What a function sees besides its arguments.
struct CallContext {
  const GraphIndex& index;
  const Expr& call;  // for the positions of errors
};

struct ScalarFunction {
  std::string_view name;  // canonical spelling; calls match it ignoring case
  int min_args;
  int max_args;
  // What each argument (the last entry for any further ones) accepts, and
  // how errors name it ("a string", "a relationship, as in type(r) ...").
  // Null is always accepted: a null argument makes the result null, except
  // for coalesce.
  unsigned accepts[3];
  std::string_view expected[3];
  unsigned returns;  // kAnyKind when it depends on the arguments
  Value (*run)(std::span<const Value> args, const CallContext& context);
};

// The table, in the order function_names() lists the scalars.
std::span<const ScalarFunction> scalar_functions();
// The function named `name` (ignoring case), or nullptr.
const ScalarFunction* find_scalar_function(std::string_view name);

// Evaluates a call of `function` on evaluated arguments: checks each
// argument's kind (throwing EvaluationError that names the function and the
// argument, at the argument), returns null for a null argument, else runs it.
Value call_scalar(const ScalarFunction& function, std::span<const Value> args, const CallContext& context);

// The message for an argument of the wrong kind: "`toUpper`() takes a
// string" (+ " as argument 2" when there are several) (+ ", not a list"
// when the value is known).
std::string argument_error(const ScalarFunction& function, std::size_t argument, std::string_view actual);

// What functions that build values (range) may use, for the query running on
// this thread, set by Engine::run for the run: the largest value (in bytes,
// near enough: Options::max_memory_bytes), the items they may build in all
// (Options::max_steps: the rows a query looks at do not bound the work of
// range() on each), and the cancel flag.
class ValueBudget {
 public:
  ValueBudget(std::uint64_t max_bytes, std::uint64_t max_items, const std::atomic<bool>* cancel);
  ~ValueBudget();
  ValueBudget(const ValueBudget&) = delete;
  ValueBudget& operator=(const ValueBudget&) = delete;
  static std::uint64_t max_bytes();
  // Counts `items` built, at `where`: throws EvaluationError past the
  // budget, Cancelled when the flag is set.
  static void charge_items(std::uint64_t items, Position where);

 private:
  struct Limits {
    std::uint64_t max_bytes = std::uint64_t{1} << 30;
    std::uint64_t max_items = 100'000'000;
    std::uint64_t items = 0;
    const std::atomic<bool>* cancel = nullptr;
  };
  static Limits& current();
  Limits previous_;
};

}  // namespace kg::query
