// Reading JSON files kg is given (graphs, rule packs): parsed with an error
// that names the file and line:column, then read value by value with an
// error that names the file and the JSON pointer of the value that is wrong.
#pragma once

#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace kg {

enum class JsonSyntax {
  kStrict,       // RFC 8259 JSON, as kg writes it
  kHandWritten,  // also // and /* */ comments and trailing commas, for files people edit
};

// The deepest nesting of arrays and objects kg reads: its files nest five
// deep at most; a deeper file is an error, not a deep DOM.
inline constexpr std::size_t kMaxJsonDepth = 64;

// `json` parsed, its strings checked to be well-formed UTF-8 (also where a
// \u escape of a lone surrogate would make them not), nested at most
// kMaxJsonDepth deep. `first_line`
// is the line of json[0] in `source` (a graph on one line of a larger file).
// Throws kg::FormatError "SOURCE:LINE:COLUMN: not valid JSON: <why>".
rapidjson::Document parse_json(std::string_view json, const std::string& source, JsonSyntax syntax,
                               std::size_t first_line = 1);

// Checks each value as it is read out of a DOM. A pointer "" (or "/") means
// the whole document. Every failure throws kg::FormatError
// "SOURCE: at POINTER: PROBLEM".
class JsonReader {
 public:
  explicit JsonReader(std::string source) : source_(std::move(source)) {}

  [[noreturn]] void fail(std::string_view pointer, const std::string& problem) const;

  // The member `key` of an object, or nullptr when it has none.
  static const rapidjson::Value* find(const rapidjson::Value& object, const char* key);
  // The member `key` of the object at `pointer`, which must be there.
  const rapidjson::Value& member(const rapidjson::Value& object, const char* key,
                                 std::string_view pointer) const;

  // An object whose keys are all different: RapidJSON keeps every member of
  // {"a": 1, "a": 2}, and a reader would see whichever it looked up first.
  const rapidjson::Value& object(const rapidjson::Value& value, std::string_view pointer) const;
  rapidjson::Value::ConstArray array(const rapidjson::Value& value, std::string_view pointer) const;
  std::string string(const rapidjson::Value& value, std::string_view pointer) const;
  std::uint64_t unsigned_number(const rapidjson::Value& value, std::string_view pointer,
                                std::uint64_t max = std::numeric_limits<std::uint64_t>::max()) const;

  const std::string& source() const { return source_; }

 private:
  std::string source_;
};

}  // namespace kg
