// RapidJSON's DOM, with kg's errors: where a parse fails as line:column, where
// a value is wrong as a JSON pointer.
#include "base/json_reader.h"

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <vector>

#include "base/errors.h"
#include "base/json_pointer.h"
#include "base/text_position.h"
#include "base/utf8.h"

namespace kg {
namespace {

// Passes RapidJSON's events on to the document being built, and stops the
// parse on what RapidJSON itself lets through:
//  - nesting deeper than kMaxJsonDepth: the iterative parser needs no stack
//    for depth, but no kg file nests deeply, and whatever walks the DOM
//    afterwards need not care;
//  - a \u escape of a lone surrogate (\udc00): RapidJSON 1.1 writes it out as
//    three bytes that are not UTF-8, which kg would print and fail to save.
class CheckedHandler {
 public:
  enum class Stop { kNone, kTooDeep, kNotUtf8 };

  CheckedHandler(rapidjson::Document& document, bool check_strings)
      : document_(document), check_strings_(check_strings) {}
  Stop stopped() const { return stopped_; }

  bool Null() { return document_.Null(); }
  bool Bool(bool b) { return document_.Bool(b); }
  bool Int(int i) { return document_.Int(i); }
  bool Uint(unsigned i) { return document_.Uint(i); }
  bool Int64(std::int64_t i) { return document_.Int64(i); }
  bool Uint64(std::uint64_t i) { return document_.Uint64(i); }
  bool Double(double d) { return document_.Double(d); }
  bool RawNumber(const char* text, rapidjson::SizeType length, bool copy) {
    return document_.RawNumber(text, length, copy);
  }
  bool String(const char* text, rapidjson::SizeType length, bool copy) {
    return well_formed(text, length) && document_.String(text, length, copy);
  }
  bool Key(const char* text, rapidjson::SizeType length, bool copy) {
    return well_formed(text, length) && document_.Key(text, length, copy);
  }
  bool StartObject() { return deeper() && document_.StartObject(); }
  bool EndObject(rapidjson::SizeType members) {
    --depth_;
    return document_.EndObject(members);
  }
  bool StartArray() { return deeper() && document_.StartArray(); }
  bool EndArray(rapidjson::SizeType elements) {
    --depth_;
    return document_.EndArray(elements);
  }

 private:
  bool deeper() {
    if (++depth_ <= kMaxJsonDepth) return true;
    stopped_ = Stop::kTooDeep;
    return false;
  }
  bool well_formed(const char* text, rapidjson::SizeType length) {
    if (!check_strings_ || utf8::is_valid(std::string_view(text, length))) return true;
    stopped_ = Stop::kNotUtf8;
    return false;
  }

  rapidjson::Document& document_;
  bool check_strings_;
  std::size_t depth_ = 0;
  Stop stopped_ = Stop::kNone;
};

// Whether `json` has a \u escape of a surrogate (\uD800..\uDFFF, either
// case): only then can a string of well-formed text come out ill-formed.
bool has_surrogate_escape(std::string_view json) {
  for (std::size_t at = json.find("\\u"); at != std::string_view::npos; at = json.find("\\u", at + 1)) {
    if (at + 3 >= json.size() || (json[at + 2] | 0x20) != 'd') continue;
    const char third = static_cast<char>(json[at + 3] | 0x20);
    if (third == '8' || third == '9' || (third >= 'a' && third <= 'f')) return true;
  }
  return false;
}

struct Parsed {
  rapidjson::ParseResult result;
  CheckedHandler::Stop stop;
};

template <unsigned kFlags>
Parsed parse(rapidjson::Document& root, std::string_view json) {
  // No kParseFullPrecisionFlag: kg's files hold whole numbers only, and
  // RapidJSON 1.1.0's full-precision strtod has undefined behaviour on huge
  // exponents (1e-2082374081: a negative shift, clz(0); found by native_fuzz).
  // kParseIterativeFlag: the recursive parser overflows the stack on deep
  // nesting ('[' * 200000, 400 KB) before any handler could stop it.
  constexpr unsigned kIterative = kFlags | rapidjson::kParseIterativeFlag;
  // RapidJSON's check of every string, character by character, is a large
  // share of reading a big file: where the whole text is well-formed UTF-8
  // (checked much faster here) it cannot fail, and is left out.
  const bool valid = utf8::is_valid(json);
  CheckedHandler handler(root, has_surrogate_escape(json));
  Parsed parsed{};
  auto generate = [&](rapidjson::Document&) {
    rapidjson::MemoryStream bytes(json.data(), json.size());
    // As Document::Parse reads text: a UTF-8 byte order mark is skipped.
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(bytes);
    rapidjson::Reader reader;
    parsed.result = valid ? reader.Parse<kIterative>(stream, handler)
                          : reader.Parse<kIterative | rapidjson::kParseValidateEncodingFlag>(stream, handler);
    return !parsed.result.IsError();
  };
  root.Populate(generate);
  parsed.stop = handler.stopped();
  return parsed;
}

}  // namespace

rapidjson::Document parse_json(std::string_view json, const std::string& source, JsonSyntax syntax,
                               std::size_t first_line) {
  rapidjson::Document root;
  const Parsed parsed =
      syntax == JsonSyntax::kHandWritten
          ? parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(root, json)
          : parse<rapidjson::kParseDefaultFlags>(root, json);
  if (parsed.result.IsError()) {
    const TextPosition at = position_at(json, parsed.result.Offset(), {first_line, 1});
    std::string why;
    // RapidJSON finds a high surrogate alone itself; the handler, a low one.
    const bool lone_surrogate = parsed.stop == CheckedHandler::Stop::kNotUtf8 ||
                                parsed.result.Code() == rapidjson::kParseErrorStringUnicodeSurrogateInvalid;
    if (lone_surrogate) {
      why = "a lone surrogate: a \\u escape of U+D800..U+DFFF that is not half of a pair is no character";
    } else if (parsed.stop == CheckedHandler::Stop::kTooDeep) {
      why = "nested deeper than " + std::to_string(kMaxJsonDepth) +
            " arrays and objects, more than any file kg reads";
    } else {
      why = rapidjson::GetParseError_En(parsed.result.Code());
    }
    throw FormatError(source, at.line, at.column, "not valid JSON: " + why);
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
  const rapidjson::SizeType size = value.MemberCount();
  if (size < 2) return value;
  auto key = [&](rapidjson::SizeType i) {
    const rapidjson::Value& name = value.MemberBegin()[i].name;
    return std::string_view(name.GetString(), name.GetStringLength());
  };
  auto repeated = [&](std::string_view name) {
    // "/" names the whole document too (JsonReader::fail): its child is "/name".
    fail(json_pointer_child(pointer == "/" ? "" : pointer, name),
         "the key \"" + std::string(name) + "\" is given twice");
  };
  // Most objects kg reads have a handful of keys; a node's mentions may have
  // thousands, sorted then.
  if (size <= 16) {
    for (rapidjson::SizeType i = 1; i < size; ++i) {
      for (rapidjson::SizeType j = 0; j < i; ++j) {
        if (key(i) == key(j)) repeated(key(i));
      }
    }
    return value;
  }
  std::vector<std::string_view> keys;
  keys.reserve(size);
  for (rapidjson::SizeType i = 0; i < size; ++i) keys.push_back(key(i));
  std::sort(keys.begin(), keys.end());
  if (auto twice = std::adjacent_find(keys.begin(), keys.end()); twice != keys.end()) repeated(*twice);
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
