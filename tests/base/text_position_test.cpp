// base/text_position.h: byte offset -> line:column, columns in characters.
#include "base/text_position.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(TextPosition, StartsAtLineOneColumnOne) {
  EXPECT_EQ(position_at("abc", 0), (TextPosition{1, 1}));
  EXPECT_EQ(position_at("", 0), (TextPosition{1, 1}));
}

TEST(TextPosition, CountsLinesAtLineFeeds) {
  EXPECT_EQ(position_at("ab\ncd", 3), (TextPosition{2, 1}));
  EXPECT_EQ(position_at("ab\ncd", 4), (TextPosition{2, 2}));
  EXPECT_EQ(position_at("ab\r\ncd", 5), (TextPosition{2, 2}));
}

TEST(TextPosition, CountsColumnsInCharactersNotBytes) {
  // 中 and 文 are three bytes each, 🌐 four: x is the fourth character.
  const std::string_view text = "中文🌐x";
  EXPECT_EQ(position_at(text, text.find('x')), (TextPosition{1, 4}));
}

TEST(TextPosition, AnOffsetPastTheEndMeansTheEnd) {
  EXPECT_EQ(position_at("ab\nc", 100), (TextPosition{2, 2}));
}

TEST(TextPosition, CountsOnFromAStart) {
  // A piece of a file that begins at line 7, column 3.
  EXPECT_EQ(position_at("ab", 1, {7, 3}), (TextPosition{7, 4}));
  EXPECT_EQ(position_at("ab\ncd", 4, {7, 3}), (TextPosition{8, 2}));
}

}  // namespace
}  // namespace kg
