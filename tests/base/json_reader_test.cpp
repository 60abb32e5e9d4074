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

}  // namespace
}  // namespace kg
