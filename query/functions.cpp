// The scalar functions: strings (by code point, case mapping by ICU), lists,
// numbers, conversions and the graph's nodes, relationships and paths.
#include "query/functions.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "query/checker.h"
#include "query/graph_index.h"
#include "query/lexer.h"
#include "query/operators.h"

namespace kg::query {
namespace {

using Args = std::span<const Value>;

[[noreturn]] void fail_argument(const CallContext& context, std::size_t argument,
                                const std::string& message) {
  const Expr& call = context.call;
  Position at = argument < call.args.size() ? call.args[argument]->position : call.name_position;
  throw EvaluationError(at, "`" + call.name + "`() " + message);
}

const std::string& str(const Value& value) { return value.as<std::string>(); }
std::int64_t integer(const Value& value) { return value.as<std::int64_t>(); }
double number(const Value& value) {
  return value.is<std::int64_t>() ? static_cast<double>(value.as<std::int64_t>()) : value.as<double>();
}

// Byte offsets of the code points of `text`, and its size at the end.
std::vector<std::size_t> code_point_offsets(const std::string& text) {
  std::vector<std::size_t> offsets;
  auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::int32_t length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    offsets.push_back(static_cast<std::size_t>(i));
    U8_FWD_1(bytes, i, length);
  }
  offsets.push_back(text.size());
  return offsets;
}

std::int64_t code_point_count(const std::string& text) {
  return static_cast<std::int64_t>(code_point_offsets(text).size() - 1);
}

// Code points [from, from + count) of `text`, clamped to it.
std::string code_points(const std::string& text, std::int64_t from, std::int64_t count) {
  std::vector<std::size_t> offsets = code_point_offsets(text);
  const std::int64_t size = static_cast<std::int64_t>(offsets.size() - 1);
  std::int64_t begin = std::clamp<std::int64_t>(from, 0, size);
  std::int64_t end = count > size - begin ? size : begin + count;
  return text.substr(offsets[static_cast<std::size_t>(begin)],
                     offsets[static_cast<std::size_t>(end)] - offsets[static_cast<std::size_t>(begin)]);
}

std::int64_t non_negative(const Value& value, const CallContext& context, std::size_t argument,
                          std::string_view what) {
  if (integer(value) < 0) {
    fail_argument(context, argument,
                  "takes a " + std::string(what) + " of at least 0, not " + std::to_string(integer(value)));
  }
  return integer(value);
}

Value size(Args args, const CallContext&) {
  if (args[0].is<std::string>()) return Value(code_point_count(str(args[0])));
  return Value(static_cast<std::int64_t>(args[0].as<List>().size()));
}

Value case_mapped(const std::string& text, bool upper) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  if (upper)
    unicode.toUpper(icu::Locale::getRoot());
  else
    unicode.toLower(icu::Locale::getRoot());
  std::string result;
  unicode.toUTF8String(result);
  return Value(std::move(result));
}
Value to_upper(Args args, const CallContext&) { return case_mapped(str(args[0]), true); }
Value to_lower(Args args, const CallContext&) { return case_mapped(str(args[0]), false); }

// White space as Unicode has it (an ideographic space too).
Value trimmed(const std::string& text, bool left, bool right) {
  std::vector<std::size_t> offsets = code_point_offsets(text);
  auto space = [&](std::size_t i) {
    UChar32 c;
    std::int32_t at = static_cast<std::int32_t>(offsets[i]);
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), at, static_cast<std::int32_t>(text.size()),
            c);
    return u_isUWhiteSpace(c);
  };
  std::size_t begin = 0, end = offsets.size() - 1;
  if (left) {
    while (begin < end && space(begin)) ++begin;
  }
  if (right) {
    while (end > begin && space(end - 1)) --end;
  }
  return Value(text.substr(offsets[begin], offsets[end] - offsets[begin]));
}
Value trim(Args args, const CallContext&) { return trimmed(str(args[0]), true, true); }
Value ltrim(Args args, const CallContext&) { return trimmed(str(args[0]), true, false); }
Value rtrim(Args args, const CallContext&) { return trimmed(str(args[0]), false, true); }

Value substring(Args args, const CallContext& context) {
  std::int64_t start = non_negative(args[1], context, 1, "start");
  std::int64_t length = std::numeric_limits<std::int64_t>::max();
  if (args.size() > 2) length = non_negative(args[2], context, 2, "length");
  return Value(code_points(str(args[0]), start, length));
}

Value left(Args args, const CallContext& context) {
  return Value(code_points(str(args[0]), 0, non_negative(args[1], context, 1, "length")));
}

Value right(Args args, const CallContext& context) {
  std::int64_t count = non_negative(args[1], context, 1, "length");
  std::int64_t size = code_point_count(str(args[0]));
  return Value(code_points(str(args[0]), std::max<std::int64_t>(0, size - count), count));
}

// Every occurrence; an empty search string matches between code points, as
// in Neo4j (Java's String.replace).
Value replace(Args args, const CallContext&) {
  const std::string& text = str(args[0]);
  const std::string& search = str(args[1]);
  const std::string& replacement = str(args[2]);
  std::string result;
  if (search.empty()) {
    std::vector<std::size_t> offsets = code_point_offsets(text);
    for (std::size_t i = 0; i + 1 < offsets.size(); ++i)
      result.append(replacement).append(text, offsets[i], offsets[i + 1] - offsets[i]);
    return Value(result.append(replacement));
  }
  std::size_t from = 0;
  for (std::size_t found; (found = text.find(search, from)) != std::string::npos;
       from = found + search.size())
    result.append(text, from, found - from).append(replacement);
  return Value(result.append(text, from, std::string::npos));
}

// An empty delimiter splits into code points.
Value split(Args args, const CallContext&) {
  const std::string& text = str(args[0]);
  const std::string& delimiter = str(args[1]);
  List parts;
  if (delimiter.empty()) {
    std::vector<std::size_t> offsets = code_point_offsets(text);
    for (std::size_t i = 0; i + 1 < offsets.size(); ++i)
      parts.emplace_back(text.substr(offsets[i], offsets[i + 1] - offsets[i]));
    return Value(std::move(parts));
  }
  std::size_t from = 0;
  for (std::size_t found; (found = text.find(delimiter, from)) != std::string::npos;
       from = found + delimiter.size())
    parts.emplace_back(text.substr(from, found - from));
  parts.emplace_back(text.substr(from));
  return Value(std::move(parts));
}

Value reverse(Args args, const CallContext&) {
  if (args[0].is<List>()) {
    List items = args[0].as<List>();
    std::reverse(items.begin(), items.end());
    return Value(std::move(items));
  }
  const std::string& text = str(args[0]);
  std::vector<std::size_t> offsets = code_point_offsets(text);
  std::string result;
  for (std::size_t i = offsets.size() - 1; i > 0; --i)
    result.append(text, offsets[i - 1], offsets[i] - offsets[i - 1]);
  return Value(std::move(result));
}

Value to_string(Args args, const CallContext&) {
  const Value& value = args[0];
  if (value.is<std::string>()) return value;
  if (value.is<bool>()) return Value(std::string(value.as<bool>() ? "true" : "false"));
  if (value.is<std::int64_t>()) return Value(std::to_string(integer(value)));
  return Value(float_text(value.as<double>()));
}

// The text as a number: an integer, else a float; nullopt if it is neither.
std::optional<Value> parse_number(const std::string& text) {
  Value trimmed_text = trimmed(text, true, true);
  const std::string& t = trimmed_text.as<std::string>();
  if (t.empty()) return std::nullopt;
  std::int64_t whole = 0;
  auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), whole);
  if (error == std::errc() && end == t.data() + t.size()) return Value(whole);
  double real = 0;
  auto [real_end, real_error] = std::from_chars(t.data(), t.data() + t.size(), real);
  if (real_error == std::errc() && real_end == t.data() + t.size()) return Value(real);
  return std::nullopt;
}

std::optional<std::int64_t> float_to_integer(double value) {
  // 2^63 is exactly representable; every double below it fits.
  if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0)) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

// Numbers truncate toward zero; strings that are no number give null.
Value to_integer(Args args, const CallContext& context) {
  Value value = args[0];
  if (value.is<bool>()) return Value(std::int64_t{value.as<bool>() ? 1 : 0});
  if (value.is<std::string>()) {
    std::optional<Value> parsed = parse_number(str(value));
    if (!parsed) return {};
    value = std::move(*parsed);
    if (value.is<double>()) {
      std::optional<std::int64_t> whole = float_to_integer(value.as<double>());
      return whole ? Value(*whole) : Value();
    }
  }
  if (value.is<std::int64_t>()) return value;
  std::optional<std::int64_t> whole = float_to_integer(value.as<double>());
  if (!whole) fail_argument(context, 0, "cannot make an integer of " + float_text(value.as<double>()));
  return Value(*whole);
}

Value to_float(Args args, const CallContext&) {
  const Value& value = args[0];
  if (value.is<std::string>()) {
    std::optional<Value> parsed = parse_number(str(value));
    return parsed ? Value(number(*parsed)) : Value();
  }
  return Value(number(value));
}

Value to_boolean(Args args, const CallContext&) {
  const Value& value = args[0];
  if (value.is<bool>()) return value;
  if (value.is<std::int64_t>()) return Value(integer(value) != 0);
  Value text = trimmed(str(value), true, true);
  if (keyword_equals(text.as<std::string>(), "true")) return Value(true);
  if (keyword_equals(text.as<std::string>(), "false")) return Value(false);
  return {};
}

// A node's or relationship's properties, those it has (not null).
Map property_map(const Value& value, const GraphIndex& index) {
  Map map;
  if (value.is<Map>()) return value.as<Map>();
  auto add = [&](std::string_view key, Value property) {
    if (!property.is_null()) map.set(std::string(key), std::move(property));
  };
  if (value.is<NodeRef>()) {
    std::uint32_t rank = value.as<NodeRef>().rank;
    for (std::string_view key : kNodeProperties) add(key, index.node_property(rank, key));
    for (const auto& attribute : index.node(rank).attributes) add(attribute.first, Value(attribute.second));
  } else {
    std::uint32_t edge = value.as<EdgeRef>().index;
    for (std::string_view key : kRelationshipProperties) add(key, index.edge_property(edge, key));
  }
  return map;
}

Value properties(Args args, const CallContext& context) {
  return Value(property_map(args[0], context.index));
}

Value keys(Args args, const CallContext& context) {
  List names;
  for (const std::string& key : property_map(args[0], context.index).keys) names.emplace_back(key);
  return Value(std::move(names));
}

Value labels(Args args, const CallContext& context) {
  return Value(
      List{Value(std::string(graph::to_string(context.index.node(args[0].as<NodeRef>().rank).type)))});
}

Value type(Args args, const CallContext& context) {
  return Value(std::string(graph::to_string(context.index.edge(args[0].as<EdgeRef>().index).relation)));
}

Value nodes(Args args, const CallContext&) {
  List result;
  for (std::uint32_t rank : args[0].as<PathRef>().nodes) result.emplace_back(NodeRef{rank});
  return Value(std::move(result));
}

Value relationships(Args args, const CallContext&) {
  List result;
  for (std::uint32_t edge : args[0].as<PathRef>().edges) result.emplace_back(EdgeRef{edge});
  return Value(std::move(result));
}

Value length(Args args, const CallContext&) {
  if (args[0].is<std::string>()) return Value(code_point_count(str(args[0])));
  if (args[0].is<PathRef>()) return Value(static_cast<std::int64_t>(args[0].as<PathRef>().edges.size()));
  return Value(static_cast<std::int64_t>(args[0].as<List>().size()));
}

Value start_node(Args args, const CallContext& context) {
  return Value(NodeRef{context.index.source(args[0].as<EdgeRef>().index)});
}
Value end_node(Args args, const CallContext& context) {
  return Value(NodeRef{context.index.target(args[0].as<EdgeRef>().index)});
}

Value id(Args args, const CallContext&) {
  if (args[0].is<NodeRef>()) return Value(static_cast<std::int64_t>(args[0].as<NodeRef>().rank));
  return Value(static_cast<std::int64_t>(args[0].as<EdgeRef>().index));
}

// Evaluated by the evaluator, which stops at the first value that is not
// null; this is for the table's sake.
Value coalesce(Args args, const CallContext&) {
  for (const Value& value : args) {
    if (!value.is_null()) return value;
  }
  return {};
}

Value abs(Args args, const CallContext& context) {
  if (args[0].is<double>()) return Value(std::fabs(args[0].as<double>()));
  if (integer(args[0]) == std::numeric_limits<std::int64_t>::min())
    fail_argument(
        context, 0,
        "overflows: the absolute value of " + std::to_string(integer(args[0])) + " is not a 64-bit integer");
  return Value(integer(args[0]) < 0 ? -integer(args[0]) : integer(args[0]));
}

// Half-way values go up (toward +infinity), as in Neo4j: round(-2.5) = -2.0.
Value round(Args args, const CallContext&) { return Value(std::floor(number(args[0]) + 0.5)); }
Value ceil(Args args, const CallContext&) { return Value(std::ceil(number(args[0]))); }
Value floor(Args args, const CallContext&) { return Value(std::floor(number(args[0]))); }
Value sqrt(Args args, const CallContext&) { return Value(std::sqrt(number(args[0]))); }
Value sign(Args args, const CallContext&) {
  double x = number(args[0]);
  return Value(std::int64_t{x > 0 ? 1 : (x < 0 ? -1 : 0)});
}

Value range(Args args, const CallContext& context) {
  std::int64_t start = integer(args[0]), end = integer(args[1]);
  std::int64_t step = args.size() > 2 ? integer(args[2]) : 1;
  if (step == 0) fail_argument(context, 2, "takes a step other than 0");
  List items;
  if ((step > 0 && start > end) || (step < 0 && start < end)) return Value(std::move(items));
  // Unsigned arithmetic: the distance between any two int64 fits.
  const std::uint64_t distance = step > 0
                                     ? static_cast<std::uint64_t>(end) - static_cast<std::uint64_t>(start)
                                     : static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(end);
  const std::uint64_t magnitude =
      step > 0 ? static_cast<std::uint64_t>(step) : 0 - static_cast<std::uint64_t>(step);
  const std::uint64_t steps = distance / magnitude;  // the list has steps + 1 items
  const std::uint64_t limit = ValueBudget::max_bytes() / sizeof(Value);
  if (steps >= limit) {
    throw EvaluationError(
        context.call.name_position,
        "`range`() would make a list of " +
            (steps == std::numeric_limits<std::uint64_t>::max() ? std::string("2^64")
                                                                : std::to_string(steps + 1)) +
            " items, past the memory budget of " + std::to_string(ValueBudget::max_bytes() >> 20) + " MB");
  }
  ValueBudget::charge_items(steps + 1, context.call.name_position);
  items.reserve(static_cast<std::size_t>(steps + 1));
  std::uint64_t value = static_cast<std::uint64_t>(start);
  for (std::uint64_t i = 0; i <= steps; ++i, value += static_cast<std::uint64_t>(step))
    items.emplace_back(static_cast<std::int64_t>(value));
  return Value(std::move(items));
}

Value head(Args args, const CallContext&) {
  const List& list = args[0].as<List>();
  return list.empty() ? Value() : list.front();
}
Value last(Args args, const CallContext&) {
  const List& list = args[0].as<List>();
  return list.empty() ? Value() : list.back();
}
Value tail(Args args, const CallContext&) {
  const List& list = args[0].as<List>();
  return list.empty() ? Value(List{}) : Value(List(list.begin() + 1, list.end()));
}

constexpr unsigned kText = kStringKind;
constexpr unsigned kInt = kIntegerKind;
constexpr unsigned kNum = kNumberKinds;
constexpr unsigned kList = kListKind;
constexpr unsigned kNode = kNodeKind;
constexpr unsigned kRel = kRelationshipKind;
constexpr unsigned kScalar = kBoolKind | kNumberKinds | kStringKind;

constexpr ScalarFunction kScalarFunctions[] = {
    {"length",
     1,
     1,
     {kPathKind | kList | kText},
     {"a path, as in length(p) for p = (a)-[*]-(b)"},
     kInt,
     length},
    {"nodes", 1, 1, {kPathKind}, {"a path, as in nodes(p) for p = (a)-[*]-(b)"}, kList, nodes},
    {"relationships",
     1,
     1,
     {kPathKind},
     {"a path, as in relationships(p) for p = (a)-[*]-(b)"},
     kList,
     relationships},
    {"type", 1, 1, {kRel}, {"a relationship, as in type(r) for (a)-[r]->(b)"}, kText, type},
    {"labels", 1, 1, {kNode}, {"a node"}, kList, labels},
    {"id", 1, 1, {kNode | kRel}, {"a node or a relationship"}, kInt, id},
    {"coalesce",
     1,
     -1,
     {kAnyKind, kAnyKind, kAnyKind},
     {"any value", "any value", "any value"},
     kAnyKind,
     coalesce},
    {"startNode", 1, 1, {kRel}, {"a relationship"}, kNode, start_node},
    {"endNode", 1, 1, {kRel}, {"a relationship"}, kNode, end_node},
    {"size", 1, 1, {kList | kText}, {"a list or a string"}, kInt, size},
    {"toUpper", 1, 1, {kText}, {"a string"}, kText, to_upper},
    {"toLower", 1, 1, {kText}, {"a string"}, kText, to_lower},
    {"trim", 1, 1, {kText}, {"a string"}, kText, trim},
    {"ltrim", 1, 1, {kText}, {"a string"}, kText, ltrim},
    {"rtrim", 1, 1, {kText}, {"a string"}, kText, rtrim},
    {"substring",
     2,
     3,
     {kText, kInt, kInt},
     {"a string", "an integer (the first code point, from 0)", "an integer (how many code points)"},
     kText,
     substring},
    {"replace", 3, 3, {kText, kText, kText}, {"a string", "a string", "a string"}, kText, replace},
    {"split", 2, 2, {kText, kText}, {"a string", "a string"}, kList, split},
    {"left", 2, 2, {kText, kInt}, {"a string", "an integer"}, kText, left},
    {"right", 2, 2, {kText, kInt}, {"a string", "an integer"}, kText, right},
    {"reverse", 1, 1, {kText | kList}, {"a string or a list"}, kAnyKind, reverse},
    {"toString", 1, 1, {kScalar}, {"a number, a boolean or a string"}, kText, to_string},
    {"toInteger", 1, 1, {kScalar}, {"a number, a boolean or a string"}, kInt, to_integer},
    {"toFloat", 1, 1, {kNum | kText}, {"a number or a string"}, kFloatKind, to_float},
    {"toBoolean",
     1,
     1,
     {kBoolKind | kText | kInt},
     {"a boolean, a string or an integer"},
     kBoolKind,
     to_boolean},
    {"keys", 1, 1, {kNode | kRel | kMapKind}, {"a node, a relationship or a map"}, kList, keys},
    {"properties",
     1,
     1,
     {kNode | kRel | kMapKind},
     {"a node, a relationship or a map"},
     kMapKind,
     properties},
    {"abs", 1, 1, {kNum}, {"a number"}, kNum, abs},
    {"round", 1, 1, {kNum}, {"a number"}, kFloatKind, round},
    {"ceil", 1, 1, {kNum}, {"a number"}, kFloatKind, ceil},
    {"floor", 1, 1, {kNum}, {"a number"}, kFloatKind, floor},
    {"sign", 1, 1, {kNum}, {"a number"}, kInt, sign},
    {"sqrt", 1, 1, {kNum}, {"a number"}, kFloatKind, sqrt},
    {"range", 2, 3, {kInt, kInt, kInt}, {"an integer", "an integer", "an integer (the step)"}, kList, range},
    {"head", 1, 1, {kList}, {"a list"}, kAnyKind, head},
    {"last", 1, 1, {kList}, {"a list"}, kAnyKind, last},
    {"tail", 1, 1, {kList}, {"a list"}, kList, tail},
};

const std::string_view kOrdinals[] = {"first", "second", "third", "fourth"};

}  // namespace

unsigned kind_of(const Value& value) {
  if (value.is<bool>()) return kBoolKind;
  if (value.is<std::int64_t>()) return kIntegerKind;
  if (value.is<double>()) return kFloatKind;
  if (value.is<std::string>()) return kStringKind;
  if (value.is<List>()) return kListKind;
  if (value.is<Map>()) return kMapKind;
  if (value.is<NodeRef>()) return kNodeKind;
  if (value.is<EdgeRef>()) return kRelationshipKind;
  if (value.is<PathRef>()) return kPathKind;
  return kNullKind;
}

std::string kind_name(const Value& value) {
  switch (kind_of(value)) {
    case kNullKind:
      return "null";
    case kBoolKind:
      return "a boolean";
    case kIntegerKind:
      return "an integer";
    case kFloatKind:
      return "a float";
    case kStringKind:
      return "a string";
    case kListKind:
      return "a list";
    case kNodeKind:
      return "a node";
    case kRelationshipKind:
      return "a relationship";
    case kPathKind:
      return "a path";
    default:
      return "a map";
  }
}

std::span<const ScalarFunction> scalar_functions() { return kScalarFunctions; }

const ScalarFunction* find_scalar_function(std::string_view name) {
  for (const ScalarFunction& function : kScalarFunctions) {
    if (keyword_equals(function.name, name)) return &function;
  }
  return nullptr;
}

std::string argument_error(const ScalarFunction& function, std::size_t argument, std::string_view actual) {
  std::size_t entry = std::min<std::size_t>(argument, 2);
  // Appended piece by piece: "…" + std::string(…) has GCC 12 warn of a false overlap at -O3 (-Wrestrict).
  std::string message = "`";
  message.append(function.name).append("`() takes ").append(function.expected[entry]);
  if (function.max_args != 1)
    message.append(" as its ").append(kOrdinals[std::min<std::size_t>(argument, 3)]).append(" argument");
  if (!actual.empty()) message.append(", not ").append(actual);
  return message;
}

Value call_scalar(const ScalarFunction& function, std::span<const Value> args, const CallContext& context) {
  bool null = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i].is_null()) {
      null = true;
      continue;
    }
    if ((kind_of(args[i]) & function.accepts[std::min<std::size_t>(i, 2)]) == 0) {
      throw EvaluationError(context.call.args[i]->position, argument_error(function, i, kind_name(args[i])));
    }
  }
  if (null && function.run != coalesce) return {};
  return function.run(args, context);
}

ValueBudget::Limits& ValueBudget::current() {
  thread_local Limits limits;
  return limits;
}

ValueBudget::ValueBudget(std::uint64_t max_bytes, std::uint64_t max_items, const std::atomic<bool>* cancel)
    : previous_(current()) {
  current() = Limits{max_bytes, max_items, 0, cancel};
}
ValueBudget::~ValueBudget() { current() = previous_; }
std::uint64_t ValueBudget::max_bytes() { return current().max_bytes; }

void ValueBudget::charge_items(std::uint64_t items, Position where) {
  Limits& limits = current();
  if (limits.cancel && limits.cancel->load(std::memory_order_relaxed)) throw Cancelled();
  limits.items += items;
  if (limits.items > limits.max_items) {
    throw EvaluationError(where, "the query stopped: its functions built more than " +
                                     std::to_string(limits.max_items) +
                                     " list items in all (the step budget); build smaller ranges");
  }
}

}  // namespace kg::query
