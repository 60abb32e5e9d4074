// WordList: which word of a rule pack's list a text ends or starts with,
// the longest, as a scan of the list would answer.
#include "extract/word_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg::extract {
namespace {

TEST(WordList, GivesTheLongestWordTheTextEndsWith) {
  const std::vector<std::string> words{"签署", "已", "正式签署", "尚未"};
  const WordList list(words);
  ASSERT_NE(list.ending_of("中国正式签署"), nullptr);
  EXPECT_EQ(*list.ending_of("中国正式签署"), "正式签署");
  EXPECT_EQ(*list.ending_of("中国签署"), "签署");
  EXPECT_EQ(list.ending_of("中国签署了"), nullptr);
  EXPECT_EQ(list.ending_of(""), nullptr);
}

TEST(WordList, GivesTheLongestWordTheTextStartsWith) {
  const std::vector<std::string> words{"合作", "合作组织", "组织"};
  const WordList list(words);
  EXPECT_EQ(*list.opening_of("合作组织成员"), "合作组织");
  EXPECT_EQ(*list.opening_of("合作伙伴"), "合作");
  EXPECT_EQ(list.opening_of("上海合作组织"), nullptr);
}

TEST(WordList, PointsIntoTheListItWasBuiltFrom) {
  const std::vector<std::string> words{"和", "与", "和"};
  const WordList list(words);
  EXPECT_EQ(list.ending_of("中国和"), &words[0]);  // the first of equal words
  EXPECT_EQ(list.opening_of("与俄罗斯"), &words[1]);
}

TEST(WordList, DoesNotMatchACharacterSharingAWordsBytes) {
  // 与 is E4 B8 8E; 丏 (E4 B8 8F) shares its first two bytes.
  const std::vector<std::string> words{"与"};
  const WordList list(words);
  EXPECT_EQ(list.ending_of("中国丏"), nullptr);
  EXPECT_EQ(list.ending_of("\x8e"), nullptr);  // a lone continuation byte
}

TEST(WordList, AnEmptyWordEndsAndStartsEveryText) {
  const std::vector<std::string> words{"", "等"};
  const WordList list(words);
  EXPECT_EQ(list.ending_of("中国"), &words[0]);
  EXPECT_EQ(list.ending_of("中国等"), &words[1]);
  EXPECT_EQ(list.opening_of("中国"), &words[0]);
}

}  // namespace
}  // namespace kg::extract
