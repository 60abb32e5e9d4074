// base/json_reader.h: a parse error names the file and line:column, a wrong
// value the file and its JSON pointer.
#include "base/json_reader.h"

#include <gtest/gtest.h>

#include "base/errors.h"

namespace kg {
namespace {

FormatError parse_error(std::string_view json, JsonSyntax syntax, std::size_t first_line = 1) {
  try {
    parse_json(json, "in.json", syntax, first_line);
  } catch (const FormatError& error) {
    return error;
  }
  ADD_FAILURE() << "no error for " << json;
  return FormatError("", 0, 0, "");
}

TEST(JsonReader, ParsesValidJson) {
  const rapidjson::Document root = parse_json(R"({"a": [1, "中文"]})", "in.json", JsonSyntax::kStrict);
  ASSERT_TRUE(root.IsObject());
  EXPECT_EQ(root["a"].Size(), 2u);
}

TEST(JsonReader, NamesTheFileLineAndColumnOfASyntaxError) {
  const FormatError error = parse_error("{\n  \"中文\": ]\n}", JsonSyntax::kStrict);
  EXPECT_EQ(error.path(), "in.json");
  EXPECT_EQ(error.line(), 2u);
  EXPECT_EQ(error.column(), 9u);  // in characters: the quotes and 中文 are four
  EXPECT_NE(std::string(error.what()).find("in.json:2:9: not valid JSON: "), std::string::npos)
      << error.what();
}

TEST(JsonReader, CountsLinesFromTheFirstLineGiven) {
  EXPECT_EQ(parse_error("{\"a\": }", JsonSyntax::kStrict, 41).line(), 41u);
}

TEST(JsonReader, CommentsAndTrailingCommasOnlyInHandWrittenFiles) {
  const std::string_view json = "{\"a\": [1, 2,], // a comment\n}";
  EXPECT_NO_THROW(parse_json(json, "in.json", JsonSyntax::kHandWritten));
  EXPECT_EQ(parse_error(json, JsonSyntax::kStrict).line(), 1u);
}

TEST(JsonReader, RejectsStringsThatAreNotUtf8) {
  const FormatError error = parse_error("{\"a\": \"\xED\xA0\x80\"}", JsonSyntax::kStrict);
  EXPECT_EQ(error.line(), 1u);
  EXPECT_NE(std::string(error.what()).find("not valid JSON"), std::string::npos);
}

TEST(JsonReader, NamesThePointerOfAWrongValue) {
  const rapidjson::Document root = parse_json(R"({"n": "x", "list": [1]})", "in.json", JsonSyntax::kStrict);
  const JsonReader in("in.json");
  try {
    in.unsigned_number(in.member(root, "n", ""), "/n");
    FAIL() << "no error";
  } catch (const FormatError& error) {
    EXPECT_STREQ(error.what(), "in.json: at /n: expected a whole number from 0 to 18446744073709551615");
  }
  EXPECT_THROW(in.member(root, "missing", ""), FormatError);
  try {
    in.member(root, "missing", "");
  } catch (const FormatError& error) {
    EXPECT_STREQ(error.what(), "in.json: at /: missing \"missing\"");
  }
  EXPECT_EQ(in.array(in.member(root, "list", ""), "/list").Size(), 1u);
  EXPECT_THROW(in.object(root["list"], "/list"), FormatError);
  EXPECT_THROW(in.string(root["list"][0], "/list/0"), FormatError);
  EXPECT_EQ(JsonReader::find(root, "missing"), nullptr);
}

TEST(JsonReader, DeepNestingIsAnErrorNotACrash) {
  // 400 KB: RapidJSON's recursive parser overflowed the stack on it.
  const std::string json = std::string(200'000, '[') + std::string(200'000, ']');
  for (JsonSyntax syntax : {JsonSyntax::kStrict, JsonSyntax::kHandWritten}) {
    const FormatError error = parse_error(json, syntax);
    EXPECT_EQ(error.line(), 1u);
    EXPECT_NE(std::string(error.what()).find("nested deeper than 64"), std::string::npos) << error.what();
  }
  std::string objects;
  for (int i = 0; i < 100'000; ++i) objects += "{\"a\": ";
  EXPECT_NE(std::string(parse_error(objects, JsonSyntax::kStrict).what()).find("nested deeper"),
            std::string::npos);
  // As deep as allowed is read.
  const std::string deepest = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_NO_THROW(parse_json(deepest, "in.json", JsonSyntax::kStrict));
}

TEST(JsonReader, ALoneSurrogateEscapeIsAnError) {
  // RapidJSON 1.1 turns \udc00 into the three bytes ED B0 80, not UTF-8.
  for (const char* json : {R"({"a": "x\udc00y"})", R"({"a": "\uDBFF"})", R"({"\udc00": 1})"}) {
    const FormatError error = parse_error(json, JsonSyntax::kStrict);
    EXPECT_NE(std::string(error.what()).find("lone surrogate"), std::string::npos) << error.what();
  }
  // A pair is one character, and other escapes are fine.
  const rapidjson::Document root =
      parse_json(R"({"a": "\ud83d\ude00 \u4e2d \u00e9 \ud7ff"})", "in.json", JsonSyntax::kStrict);
  EXPECT_STREQ(root["a"].GetString(), "😀 中 é \xED\x9F\xBF");
}

TEST(JsonReader, AKeyGivenTwiceIsAnErrorNamingItsPointer) {
  const rapidjson::Document root =
      parse_json(R"({"n": {"a": 1, "b": 2, "a": 3}, "ok": {"a": 1}})", "in.json", JsonSyntax::kStrict);
  const JsonReader in("in.json");
  EXPECT_NO_THROW(in.object(root["ok"], "/ok"));
  try {
    in.object(root["n"], "/n");
    FAIL() << "no error";
  } catch (const FormatError& error) {
    EXPECT_STREQ(error.what(), "in.json: at /n/a: the key \"a\" is given twice");
  }
  // Objects with many keys, checked another way.
  std::string many = "{";
  for (int i = 0; i < 100; ++i) many += "\"k" + std::to_string(i) + "\": 1, ";
  const rapidjson::Document distinct = parse_json(many + "\"last\": 1}", "in.json", JsonSyntax::kStrict);
  EXPECT_NO_THROW(in.object(distinct, ""));
  const rapidjson::Document twice = parse_json(many + "\"k7\": 1}", "in.json", JsonSyntax::kStrict);
  try {
    in.object(twice, "");
    FAIL() << "no error";
  } catch (const FormatError& error) {
    EXPECT_STREQ(error.what(), "in.json: at /k7: the key \"k7\" is given twice");
  }
}

TEST(JsonReader, AByteOrderMarkIsSkipped) {
  EXPECT_EQ(parse_json("\xEF\xBB\xBF[1]", "in.json", JsonSyntax::kStrict).Size(), 1u);
}

}  // namespace
}  // namespace kg
