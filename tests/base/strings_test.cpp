// base/strings.h: affix tests.
#include "base/strings.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(Strings, EndsWith) {
  EXPECT_TRUE(ends_with("世界互联网大会", "大会"));
  EXPECT_TRUE(ends_with("abc", ""));
  EXPECT_TRUE(ends_with("", ""));
  EXPECT_FALSE(ends_with("会", "大会"));
  EXPECT_FALSE(ends_with("大会x", "大会"));
  EXPECT_FALSE(ends_with("", "a"));
}

TEST(Strings, StartsWith) {
  EXPECT_TRUE(starts_with("《全球人工智能治理倡议》", "《"));
  EXPECT_TRUE(starts_with("abc", ""));
  EXPECT_FALSE(starts_with("ab", "abc"));
}

}  // namespace
}  // namespace kg
