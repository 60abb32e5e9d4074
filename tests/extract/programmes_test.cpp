// A programme's lists of persons: the person after a role label (主持人:X)
// and the guests listed a line each below one (对话嘉宾: / Y 单位职务) take part
// in the event the programme is of, the last one named above its lines; a
// quoted name with its kind word right after the quote names the session.
// Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

TEST(ProgrammeLists, TheModeratorAndTheGuestsListedBelowALabel) {
  const auto found = facts(
      "2026年“海洋数据治理”圆桌对话\n"
      "\n"
      "主持人：李明远　东海大学海洋法研究院教授\n"
      "对话嘉宾：\n"
      "　　王清禾　南岭数字经济论坛研究员\n"
      "　　赵书亭　东海大学计算机学院副教授\n"
      "\n"
      "李明远：各位嘉宾，下午好。\n");
  for (const char* person : {"李明远", "王清禾", "赵书亭"}) {
    EXPECT_TRUE(found.count(std::string(person) + " PARTICIPATED_IN 2026年海洋数据治理圆桌对话"))
        << person << ::testing::PrintToString(found);
  }
  // (A guest's affiliation is no event the programme is of.)
  EXPECT_FALSE(found.count("赵书亭 PARTICIPATED_IN 南岭数字经济论坛")) << ::testing::PrintToString(found);
}

TEST(ProgrammeLists, RunningTextAndBlankLinesEndTheList) {
  const auto found = facts(
      "2026年“海洋数据治理”圆桌对话于6月在杭州举行。\n"
      "对话嘉宾：\n"
      "\n"
      "王清禾　南岭数字经济论坛研究员\n");
  EXPECT_FALSE(found.count("王清禾 PARTICIPATED_IN 2026年海洋数据治理圆桌对话"))
      << ::testing::PrintToString(found);
  // (Nor is a speaker's label alone a person: 关键词:人工智能.)
  EXPECT_FALSE(entities("关键词：人工智能治理\n").count({graph::NodeType::Person, "关键词"}));
}

// A kind word right after the quote names the session whole, a known name inside the quote or not.
TEST(ProgrammeLists, AQuotedSessionNameAndItsKind) {
  EXPECT_TRUE(entities("2026年“共建全球南方”圆桌对话在上海举行。\n")
                  .count({graph::NodeType::Event, "2026年共建全球南方圆桌对话"}));
}

}  // namespace
}  // namespace kg::extract
