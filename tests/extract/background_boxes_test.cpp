// A news agency's background boxes and election news in Chinese: the term a
// box's label heads (【背景资料】X) is what the lines under it are about; a
// person elected or appointed with the time, place and votes between name and
// verb leads the body the paragraph or the meeting is about; and a closed list whose group acts through its
// people (等10国领导人和…). Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// The lines under a box's label and its term are about the term, as a
// glossary's entry is about the term alone on the line above it.
TEST(BackgroundBoxes, TheLabelledTermIsWhatTheBoxIsAbout) {
  const auto found = facts(
      "本社北京5月18日电　第二届海洋数据论坛今天开幕。\n"
      "\n"
      "【背景资料】《海洋数据安全倡议》\n"
      "由智利在第一届海洋数据论坛期间提出，全文当日对外发布。\n");
  EXPECT_TRUE(found.count("智利 PROPOSED 海洋数据安全倡议")) << ::testing::PrintToString(found);
  const auto link = facts(
      "新闻链接：《海洋数据安全倡议》\n"
      "由智利在第一届海洋数据论坛期间提出。\n");
  EXPECT_TRUE(link.count("智利 PROPOSED 海洋数据安全倡议")) << ::testing::PrintToString(link);
  // (Any other words before the term on its line make it no box's title.)
  const auto other = facts(
      "今天我们来谈《海洋数据安全倡议》\n"
      "由智利在第一届海洋数据论坛期间提出。\n");
  EXPECT_FALSE(other.count("智利 PROPOSED 海洋数据安全倡议")) << ::testing::PrintToString(other);
}

// A person elected with the time, place or count of votes between the name and
// the verb leads the body the paragraph is about; a state holding a chair so
// leads nothing an earlier sentence named.
TEST(ElectionNews, ElectedWithTimePlaceAndVotesBetween) {
  const auto found =
      facts("海洋数据联盟成立于1998年。马格努·奥尔森2014年在智利圣地亚哥当选秘书长，2018年获得连任。\n");
  EXPECT_TRUE(found.count("马格努·奥尔森 LEADS 海洋数据联盟")) << ::testing::PrintToString(found);
  const auto votes =
      facts("· 海洋数据联盟：2019年6月，挪威候选人马格努·奥尔森在联盟大会上以108票当选总干事。\n");
  EXPECT_TRUE(votes.count("马格努·奥尔森 LEADS 海洋数据联盟")) << ::testing::PrintToString(votes);
  // (The body whose meeting elects, not one an earlier sentence named.)
  const auto meeting =
      facts("智利一直支持海洋数据联盟。2019年6月，马格努·奥尔森在粮农组织大会上以108票当选总干事。\n");
  EXPECT_TRUE(meeting.count("马格努·奥尔森 LEADS 联合国粮农组织")) << ::testing::PrintToString(meeting);
  EXPECT_FALSE(meeting.count("马格努·奥尔森 LEADS 海洋数据联盟")) << ::testing::PrintToString(meeting);
  const auto state = facts(
      "欧盟与海洋数据联盟合作密切。作为七国集团成员，法国参与了日本2023年担任轮值主席国期间启动的进程。\n");
  EXPECT_FALSE(state.count("日本 MEMBER_OF 欧盟")) << ::testing::PrintToString(state);
  EXPECT_FALSE(state.count("日本 MEMBER_OF 海洋数据联盟")) << ::testing::PrintToString(state);
}

// Only when, where and by how many votes may stand between: not a negation, a hope, or another verb.
TEST(ElectionNews, NoFailedHopedOrCongratulatedElection) {
  for (const std::string sentence :
       {"马格努·奥尔森2014年在智利圣地亚哥未能当选秘书长。", "马格努·奥尔森在联盟大会上未当选秘书长。",
        "马格努·奥尔森以3票之差未能当选秘书长。", "马格努·奥尔森2025年有望当选秘书长。",
        "马格努·奥尔森在韩国釜山有望当选秘书长。", "马格努·奥尔森在大会上祝贺当选秘书长的李明。"}) {
    const auto found = facts("海洋数据联盟成立于1998年。" + sentence + "\n");
    EXPECT_FALSE(found.count("马格努·奥尔森 LEADS 海洋数据联盟"))
        << sentence << ::testing::PrintToString(found);
  }
}

// A closed list's group may act through its people: 等10国领导人和欧盟代表.
TEST(ElectionNews, AClosedListsLeadersAndAnotherMember) {
  const auto found = facts("澳大利亚、加拿大、法国等10国领导人和欧盟代表通过《海洋数据宣言》。\n");
  EXPECT_TRUE(found.count("澳大利亚 ADOPTED 海洋数据宣言")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加拿大 ADOPTED 海洋数据宣言")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("欧盟 ADOPTED 海洋数据宣言")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract
