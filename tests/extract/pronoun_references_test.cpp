// A personal pronoun opening a clause (他, 她) refers to the last person the
// document named: the relations it is the subject of are that person's.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

TEST(PersonalPronoun, IsTheLastPersonNamed) {
  for (const std::string text :
       {"马克龙的讲话引人注目。他点名批评《数字市场法》。",
        "马克龙的讲话引人注目。她警告，过度监管会扼杀产业，并点名批评《数字市场法》。"}) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count("马克龙 OPPOSES 数字市场法")) << text << ::testing::PrintToString(found);
  }
}

// Where this sentence or the one before named a person as a clause's
// subject, the pronoun is the last of those, not a person named since inside
// the object (a life story's 他); with none, the last person named.
TEST(PersonalPronoun, IsTheLastSubjectWhereTheSentenceBeforeNamedOne) {
  const auto life = facts(
      "宋知远同志，1941年生。2015年12月，他在乌镇聆听了习近平主席的主旨演讲。"
      "他作为中方专家参加了政府专家组在纽约的历次会议。");
  EXPECT_TRUE(life.count("宋知远 PARTICIPATED_IN 联合国信息安全政府专家组"))
      << ::testing::PrintToString(life);
  EXPECT_FALSE(life.count("习近平 PARTICIPATED_IN 联合国信息安全政府专家组"))
      << ::testing::PrintToString(life);
  const auto possessor = facts("真正的看点在美国副总统万斯的演讲。他点名批评《数字市场法》。");
  EXPECT_TRUE(possessor.count("万斯 OPPOSES 数字市场法")) << ::testing::PrintToString(possessor);
}

TEST(PersonalPronoun, IsNoPersonInAPluralOrInsideAWord) {
  // 他们 is a group, 其他 means "other": neither is the person named before.
  for (const std::string text : {"马克龙的讲话引人注目。他们点名批评《数字市场法》。",
                                 "马克龙的讲话引人注目。其他代表点名批评《数字市场法》。"}) {
    const auto found = facts(text);
    EXPECT_FALSE(found.count("马克龙 OPPOSES 数字市场法")) << text << ::testing::PrintToString(found);
  }
}

}  // namespace
}  // namespace kg::extract
