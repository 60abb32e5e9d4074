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
