// base/json_pointer.h: RFC 6901 escaping of reference tokens.
#include "base/json_pointer.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(JsonPointer, LeavesPlainKeysAlone) {
  EXPECT_EQ(json_pointer_token("name"), "name");
  EXPECT_EQ(json_pointer_token("中国"), "中国");
  EXPECT_EQ(json_pointer_token(""), "");
}

TEST(JsonPointer, EscapesTildeAndSlash) {
  EXPECT_EQ(json_pointer_token("a/b"), "a~1b");
  EXPECT_EQ(json_pointer_token("a~b"), "a~0b");
  // ~ first, so that "~1" in a key does not read back as '/'.
  EXPECT_EQ(json_pointer_token("~1"), "~01");
  EXPECT_EQ(json_pointer_token("/~/"), "~1~0~1");
}

TEST(JsonPointer, ChildAppendsAnEscapedToken) {
  EXPECT_EQ(json_pointer_child("", "vocabulary"), "/vocabulary");
  EXPECT_EQ(json_pointer_child("/abbreviations", "AI/ML"), "/abbreviations/AI~1ML");
}

}  // namespace
}  // namespace kg
