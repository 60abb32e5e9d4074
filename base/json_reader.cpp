// RapidJSON's DOM, with kg's errors: where a parse fails as line:column, where
// a value is wrong as a JSON pointer.
#include "base/json_reader.h"

#include <rapidjson/error/en.h>

#include "base/errors.h"
#include "base/text_position.h"
#include "base/utf8.h"

namespace kg {
namespace {

template <unsigned kFlags>
void parse(rapidjson::Document& root, std::string_view json) {
  // No kParseFullPrecisionFlag: kg's files hold whole numbers only, and
  // RapidJSON 1.1.0's full-precision strtod has undefined behaviour on huge
  // exponents (1e-2082374081: a negative shift, clz(0); found by native_fuzz).
  // RapidJSON's check of every string, character by character, is a large
  // share of reading a big file: where the whole text is well-formed UTF-8
  // (checked much faster here) it cannot fail, and is left out.
  if (utf8::is_valid(json)) {
    root.Parse<kFlags>(json.data(), json.size());
  } else {
    root.Parse<kFlags | rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  }
}

}  // namespace

rapidjson::Document parse_json(std::string_view json, const std::string& source, JsonSyntax syntax,
                               std::size_t first_line) {
  rapidjson::Document root;
  if (syntax == JsonSyntax::kHandWritten) {
    parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(root, json);
  } else {
    parse<rapidjson::kParseDefaultFlags>(root, json);
  }
  if (root.HasParseError()) {
    const TextPosition at = position_at(json, root.GetErrorOffset(), {first_line, 1});
    throw FormatError(source, at.line, at.column,
                      std::string("not valid JSON: ") + rapidjson::GetParseError_En(root.GetParseError()));
  }
  return root;
}

void JsonReader::fail(std::string_view pointer, const std::string& problem) const {
  throw FormatError(source_, 0, 0, "at " + std::string(pointer.empty() ? "/" : pointer) + ": " + problem);
}

const rapidjson::Value* JsonReader::find(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

const rapidjson::Value& JsonReader::member(const rapidjson::Value& object, const char* key,
                                           std::string_view pointer) const {
  const rapidjson::Value* value = find(object, key);
  if (value == nullptr) fail(pointer, std::string("missing \"") + key + "\"");
  return *value;
}

const rapidjson::Value& JsonReader::object(const rapidjson::Value& value, std::string_view pointer) const {
  if (!value.IsObject()) fail(pointer, "expected an object");
  return value;
}

rapidjson::Value::ConstArray JsonReader::array(const rapidjson::Value& value,
                                               std::string_view pointer) const {
  if (!value.IsArray()) fail(pointer, "expected an array");
  return value.GetArray();
}

std::string JsonReader::string(const rapidjson::Value& value, std::string_view pointer) const {
  if (!value.IsString()) fail(pointer, "expected a string");
  return std::string(value.GetString(), value.GetStringLength());
}

std::uint64_t JsonReader::unsigned_number(const rapidjson::Value& value, std::string_view pointer,
                                          std::uint64_t max) const {
  if (!value.IsUint64() || value.GetUint64() > max) {
    fail(pointer, "expected a whole number from 0 to " + std::to_string(max));
  }
  return value.GetUint64();
}

}  // namespace kg
