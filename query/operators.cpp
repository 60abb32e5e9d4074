// Arithmetic with checked 64-bit integers and IEEE floats, concatenation,
// ICU regular expressions with bounded matching, subscripts and slices.
#include "query/operators.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <charconv>
#include <cmath>
#include <limits>

#include "query/functions.h"
#include "query/graph_index.h"

namespace kg::query {

struct CompiledRegex {
  std::unique_ptr<icu::RegexPattern> pattern;
};

std::string_view operator_text(ExprKind kind) {
  switch (kind) {
    case ExprKind::Add:
      return "+";
    case ExprKind::Subtract:
      return "-";
    case ExprKind::Multiply:
      return "*";
    case ExprKind::Divide:
      return "/";
    case ExprKind::Modulo:
      return "%";
    default:
      return "^";
  }
}

namespace {

// ICU's steps of the match engine, "on the order of milliseconds" each
// thousand: a pattern that backtracks catastrophically stops within seconds.
constexpr std::int32_t kRegexTimeLimit = 2000;
constexpr std::int32_t kRegexStackBytes = 8 << 20;

[[noreturn]] void fail(const Expr& expr, const std::string& message) {
  throw EvaluationError(expr.name_position, message);
}

bool is_number(const Value& value) { return value.is<std::int64_t>() || value.is<double>(); }
double as_double(const Value& value) {
  return value.is<std::int64_t>() ? static_cast<double>(value.as<std::int64_t>()) : value.as<double>();
}

std::string number_as_text(const Value& value) {
  return value.is<std::int64_t>() ? std::to_string(value.as<std::int64_t>()) : float_text(value.as<double>());
}

[[noreturn]] void overflow(const Expr& expr, std::int64_t a, std::int64_t b) {
  fail(expr, "integer overflow: " + std::to_string(a) + " " + std::string(operator_text(expr.kind)) + " " +
                 std::to_string(b) + " does not fit in 64 bits; write one of them as a float (" +
                 std::to_string(a) + ".0) to compute in floating point");
}

Value integer_arithmetic(const Expr& expr, std::int64_t a, std::int64_t b) {
  std::int64_t result = 0;
  switch (expr.kind) {
    case ExprKind::Add:
      if (__builtin_add_overflow(a, b, &result)) overflow(expr, a, b);
      return Value(result);
    case ExprKind::Subtract:
      if (__builtin_sub_overflow(a, b, &result)) overflow(expr, a, b);
      return Value(result);
    case ExprKind::Multiply:
      if (__builtin_mul_overflow(a, b, &result)) overflow(expr, a, b);
      return Value(result);
    case ExprKind::Divide:
    case ExprKind::Modulo:
      if (b == 0) {
        fail(expr, std::string(expr.kind == ExprKind::Divide ? "division" : "modulo") +
                       " by zero: integers have no infinity (a float, as in 1.0 / 0, gives Infinity)");
      }
      if (b == -1) {  // INT64_MIN / -1 overflows; x % -1 is 0
        if (expr.kind == ExprKind::Modulo) return Value(std::int64_t{0});
        if (a == std::numeric_limits<std::int64_t>::min()) overflow(expr, a, b);
        return Value(-a);
      }
      return Value(expr.kind == ExprKind::Divide ? a / b : a % b);  // truncates toward zero
    default:
      return Value(std::pow(static_cast<double>(a), static_cast<double>(b)));
  }
}

Value float_arithmetic(ExprKind kind, double a, double b) {
  switch (kind) {
    case ExprKind::Add:
      return Value(a + b);
    case ExprKind::Subtract:
      return Value(a - b);
    case ExprKind::Multiply:
      return Value(a * b);
    case ExprKind::Divide:
      return Value(a / b);
    case ExprKind::Modulo:
      return Value(std::fmod(a, b));
    default:
      return Value(std::pow(a, b));
  }
}

}  // namespace

std::string float_text(double number) {
  if (std::isnan(number)) return "NaN";
  if (std::isinf(number)) return number > 0 ? "Infinity" : "-Infinity";
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
  std::string text(buffer, end);
  if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
  return text;
}

Value arithmetic(const Expr& expr, const Value& left, const Value& right) {
  if (left.is_null() || right.is_null()) return {};
  if (is_number(left) && is_number(right)) {
    if (left.is<std::int64_t>() && right.is<std::int64_t>())
      return integer_arithmetic(expr, left.as<std::int64_t>(), right.as<std::int64_t>());
    return float_arithmetic(expr.kind, as_double(left), as_double(right));
  }
  if (expr.kind == ExprKind::Add) {
    if (left.is<List>() || right.is<List>()) {
      List items;
      for (const Value* side : {&left, &right}) {
        if (side->is<List>())
          items.insert(items.end(), side->as<List>().begin(), side->as<List>().end());
        else
          items.push_back(*side);
      }
      return Value(std::move(items));
    }
    if (left.is<std::string>() && (right.is<std::string>() || is_number(right)))
      return Value(left.as<std::string>() +
                   (right.is<std::string>() ? right.as<std::string>() : number_as_text(right)));
    if (is_number(left) && right.is<std::string>())
      return Value(number_as_text(left) + right.as<std::string>());
  }
  std::string_view what = expr.kind == ExprKind::Add
                              ? "adds numbers, strings (to strings or numbers) and lists"
                              : "takes numbers";
  fail(expr, "`" + std::string(operator_text(expr.kind)) + "` " + std::string(what) + ", not " +
                 kind_name(left) + " and " + kind_name(right));
}

std::shared_ptr<const CompiledRegex> compile_regex(const std::string& pattern, Position where) {
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  auto compiled = std::make_shared<CompiledRegex>();
  compiled->pattern.reset(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, parse_error, status));
  if (U_FAILURE(status)) {
    std::string reason = u_errorName(status);
    if (reason.rfind("U_REGEX_", 0) == 0) reason = reason.substr(8);
    for (char& c : reason)
      c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    throw EvaluationError(where, "invalid regular expression: " + reason + " (at character " +
                                     std::to_string(parse_error.offset + 1) + " of the pattern)");
  }
  return compiled;
}

Value regex_match(const Expr& expr, const Value& text, const Value& pattern) {
  if (text.is_null() || pattern.is_null()) return {};
  if (!text.is<std::string>() || !pattern.is<std::string>()) {
    fail(expr, "`=~` matches a string against a pattern string, not " + kind_name(text) + " against " +
                   kind_name(pattern));
  }
  std::shared_ptr<const CompiledRegex> regex = expr.regex;
  if (!regex) {
    // A computed pattern is often the same row after row: keep the last one.
    thread_local std::string last_pattern;
    thread_local std::shared_ptr<const CompiledRegex> last_regex;
    if (!last_regex || last_pattern != pattern.as<std::string>()) {
      last_regex = compile_regex(pattern.as<std::string>(), expr.args[1]->position);
      last_pattern = pattern.as<std::string>();
    }
    regex = last_regex;
  }
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(text.as<std::string>());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(regex->pattern->matcher(input, status));
  if (U_SUCCESS(status)) matcher->setTimeLimit(kRegexTimeLimit, status);
  if (U_SUCCESS(status)) matcher->setStackLimit(kRegexStackBytes, status);
  bool matched = U_SUCCESS(status) && matcher->matches(status);
  if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW) {
    fail(expr, "the regular expression gave up on a string of " + std::to_string(input.length()) +
                   " characters: matching took too " + (status == U_REGEX_TIME_OUT ? "long" : "much memory") +
                   " (nested repetition such as (a+)+ backtracks exponentially)");
  }
  if (U_FAILURE(status)) fail(expr, std::string("the regular expression failed: ") + u_errorName(status));
  return Value(matched);
}

Value subscript(const Expr& expr, const Value& target, const Value& index, const GraphIndex& graph) {
  if (target.is_null() || index.is_null()) return {};
  if (target.is<List>()) {
    if (!index.is<std::int64_t>()) fail(expr, "a list index is an integer, not " + kind_name(index));
    const List& list = target.as<List>();
    std::int64_t i = index.as<std::int64_t>();
    const std::int64_t size = static_cast<std::int64_t>(list.size());
    if (i < 0) i += size;
    if (i < 0 || i >= size) return {};
    return list[static_cast<std::size_t>(i)];
  }
  if (target.is<Map>() || target.is<NodeRef>() || target.is<EdgeRef>()) {
    if (!index.is<std::string>()) fail(expr, "a key is a string, not " + kind_name(index));
    const std::string& key = index.as<std::string>();
    if (target.is<NodeRef>()) return graph.node_property(target.as<NodeRef>().rank, key);
    if (target.is<EdgeRef>()) return graph.edge_property(target.as<EdgeRef>().index, key);
    const Value* found = target.as<Map>().find(key);
    return found ? *found : Value();
  }
  fail(expr, "only lists (by position), maps, nodes and relationships (by key) take [ ], not " +
                 kind_name(target) + (target.is<std::string>() ? "; for strings use substring()" : ""));
}

Value slice(const Expr& expr, const Value& target, const Value* from, const Value* to) {
  if (target.is_null() || (from && from->is_null()) || (to && to->is_null())) return {};
  if (!target.is<List>()) {
    fail(expr, "only lists can be sliced, not " + kind_name(target) +
                   (target.is<std::string>() ? "; for strings use substring()" : ""));
  }
  const List& list = target.as<List>();
  const std::int64_t size = static_cast<std::int64_t>(list.size());
  auto bound = [&](const Value* value, std::int64_t missing) {
    if (!value) return missing;
    if (!value->is<std::int64_t>()) fail(expr, "a slice bound is an integer, not " + kind_name(*value));
    std::int64_t i = value->as<std::int64_t>();
    if (i < 0) i = i < -size ? 0 : i + size;
    return std::min(i, size);
  };
  std::int64_t begin = bound(from, 0), end = bound(to, size);
  if (begin >= end) return Value(List{});
  return Value(List(list.begin() + begin, list.begin() + end));
}

}  // namespace kg::query
