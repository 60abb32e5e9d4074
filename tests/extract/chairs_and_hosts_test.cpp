// Who chairs, hosts and leads delegations to a meeting in Chinese: co-chairs
// named with their titles (同…执行副主席某某共同主持; 由司长某某与特使某某共同主持),
// hosts of the event just named (法国和印度联合主办), delegation leaders (带队), and
// a part of the event in focus (出席开幕式). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

TEST(CoChairs, BothTakePartWhateverTitlesTheyHold) {
  const auto found = facts(
      "2025年3月，国务院副总理林海涛在北京同海洋联盟委员会执行副主席马格努森共同主持第二届海洋数据合作论坛。"
      "\n");
  EXPECT_TRUE(found.count("林海涛 PARTICIPATED_IN 第二届海洋数据合作论坛"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("马格努森 PARTICIPATED_IN 第二届海洋数据合作论坛"))
      << ::testing::PrintToString(found);
}

// The agents of a passive stand behind their titles and the bodies those belong to; a given name ends before
// 与.
TEST(CoChairs, ThePassivesAgentsBehindTheirTitles) {
  const auto one = facts("第二届海洋数据合作论坛由外交部条约法律司司长韩立峰主持。\n");
  EXPECT_TRUE(one.count("韩立峰 PARTICIPATED_IN 第二届海洋数据合作论坛")) << ::testing::PrintToString(one);
  const auto two = facts("第三届海洋数据合作论坛由司长韩立峰与特使马格努森共同主持。\n");
  EXPECT_TRUE(two.count("韩立峰 PARTICIPATED_IN 第三届海洋数据合作论坛")) << ::testing::PrintToString(two);
  EXPECT_TRUE(two.count("马格努森 PARTICIPATED_IN 第三届海洋数据合作论坛")) << ::testing::PrintToString(two);
  // (与 inside a body's name stays: the topic of a research centre.)
  EXPECT_TRUE(entities("人工智能与数字经济研究中心发布《海洋数据报告》。\n")
                  .count({graph::NodeType::Organization, "人工智能与数字经济研究中心"}));
}

TEST(JointHosts, HostTheEventJustNamed) {
  const auto found = facts("第二届海洋数据合作论坛在南宁开幕。法国和印度联合主办。\n");
  EXPECT_TRUE(found.count("法国 HOSTED 第二届海洋数据合作论坛")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("印度 HOSTED 第二届海洋数据合作论坛")) << ::testing::PrintToString(found);
  const auto local = facts("第二届海洋数据合作论坛由广西壮族自治区人民政府主办。\n");
  EXPECT_TRUE(local.count("广西壮族自治区人民政府 HOSTED 第二届海洋数据合作论坛"))
      << ::testing::PrintToString(local);
}

// Leading a delegation is taking part; the event is the one the sentence names, not the leader's ministry.
// A headline's space is its comma: the hosts follow the event it names.
TEST(JointHosts, HostTheEventAHeadlineNamesBeforeItsSpace) {
  const auto found = facts("第二届海洋数据合作论坛开幕 法国和印度联合主办\n");
  EXPECT_TRUE(found.count("法国 HOSTED 第二届海洋数据合作论坛")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("印度 HOSTED 第二届海洋数据合作论坛")) << ::testing::PrintToString(found);
}

TEST(DelegationLeaders, TakePartInTheEvent) {
  const auto found = facts("2023年11月，第二届海洋数据合作论坛在英国举行，中方由科技部副部长吴立新带队。\n");
  EXPECT_TRUE(found.count("吴立新 PARTICIPATED_IN 第二届海洋数据合作论坛"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("吴立新 PARTICIPATED_IN 科技部")) << ::testing::PrintToString(found);
}

// Attending a part of the event, paragraphs after it was named: the event in focus.
TEST(EventInFocus, APartOfItNamesIt) {
  const auto found = facts(
      "9月18日，第二届海洋数据合作论坛在南宁举行。\n"
      "论坛发布了多项成果。\n"
      "自治区副主席覃立远出席开幕式并致辞。\n");
  EXPECT_TRUE(found.count("覃立远 PARTICIPATED_IN 第二届海洋数据合作论坛"))
      << ::testing::PrintToString(found);
}

// A part is of the event named most often with it (a headline and its lead),
// though another was named with it since (a speech recalling an earlier
// edition); speaking at the part, or right after the event was named, is
// taking part.
TEST(EventInFocus, APartNamedWithItsEventAndSpeakersAtIt) {
  const auto found = facts(
      "智利总统向2026年海洋数据合作论坛开幕式发表视频致辞\n"
      "\n"
      "本报讯　5月8日上午，智利总统向2026年海洋数据合作论坛开幕式发表视频致辞。\n"
      "致辞说：2019年，我在第一届海洋数据合作论坛开幕式上提出了三点主张。\n"
      "与2019年第一届海洋数据合作论坛时不同，此次总统没有到场。\n"
      "\n"
      "副主席覃立远出席开幕式。东海省省长林书远在开幕式上致辞。\n"
      "第三届海洋数据合作论坛于2027年举行。东海大学校长周启航发表主旨演讲。\n");
  for (const char* person : {"覃立远", "林书远"}) {
    EXPECT_TRUE(found.count(std::string(person) + " PARTICIPATED_IN 2026年海洋数据合作论坛"))
        << person << ::testing::PrintToString(found);
    EXPECT_FALSE(found.count(std::string(person) + " PARTICIPATED_IN 第一届海洋数据合作论坛"))
        << person << ::testing::PrintToString(found);
  }
  EXPECT_TRUE(found.count("周启航 PARTICIPATED_IN 第三届海洋数据合作论坛"))
      << ::testing::PrintToString(found);
}

// A person chosen for a body takes part in it, not in the body they come from.
TEST(SelectedMembers, TakePartInTheBodyNotTheirOwn) {
  const auto found = facts("古特雷斯组建人工智能高级别咨询机构。中国政法大学教授林海涛等专家入选该机构。\n");
  EXPECT_TRUE(found.count("林海涛 PARTICIPATED_IN 联合国人工智能高级别咨询机构"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("林海涛 PARTICIPATED_IN 中国政法大学")) << ::testing::PrintToString(found);
}

// The two sides of a meeting its name pairs take part in it when they act there (双方就…交换意见);
// a state acting at a meeting by another verb does not, by this frame.
TEST(PairedMeetings, BothSidesTakePartWhenTheyConfer) {
  const auto found =
      facts("2024年5月，中欧海洋数据对话首次会议在布鲁塞尔举行，双方就数据流动等议题交换意见。\n");
  EXPECT_TRUE(found.count("中国 PARTICIPATED_IN 中欧海洋数据对话首次会议"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("欧盟 PARTICIPATED_IN 中欧海洋数据对话首次会议"))
      << ::testing::PrintToString(found);
  const auto proposing = facts("第二届海洋数据合作论坛在北京举行，中方提出《海洋数据倡议》。\n");
  EXPECT_FALSE(proposing.count("中国 PARTICIPATED_IN 第二届海洋数据合作论坛"))
      << ::testing::PrintToString(proposing);
}

// A state's or a body's representatives speaking at the meeting in focus took part in it, every state of
// the list; a list speaking in no meeting's report takes part in nothing.
TEST(Representatives, SpeakingAtTheMeetingInFocus) {
  const auto found = facts("2025年3月，第二届海洋数据合作论坛在南宁开幕。越南、老挝代表介绍了本国经验。\n");
  EXPECT_TRUE(found.count("越南 PARTICIPATED_IN 第二届海洋数据合作论坛")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("老挝 PARTICIPATED_IN 第二届海洋数据合作论坛")) << ::testing::PrintToString(found);
  const auto none = facts("越南、老挝代表介绍了本国经验。\n");
  EXPECT_TRUE(none.empty()) << ::testing::PrintToString(none);
}

// The host named by that role right before it hosted the meeting in focus, named in a sentence before.
TEST(JointHosts, TheHostNamedByItsRole) {
  const auto found = facts("海洋数据峰会在利马开幕。东道主秘鲁总统在开幕式上致辞。");
  EXPECT_TRUE(found.count("秘鲁 HOSTED 海洋数据峰会")) << ::testing::PrintToString(found);
  EXPECT_FALSE(facts("海洋数据峰会在利马开幕。秘鲁总统在开幕式上致辞。").count("秘鲁 HOSTED 海洋数据峰会"));
}

// Leading the founding of a body together founds it (牵头成立), whoever leads with whom; leading alone
// (牵头) is taking part.
TEST(CoChairs, LeadingAFoundingTogetherFoundsIt) {
  const auto found = facts("2024年，智利又与挪威共同牵头成立海洋数据合作之友小组。\n");
  EXPECT_TRUE(found.count("智利 PROPOSED 海洋数据合作之友小组")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("挪威 PROPOSED 海洋数据合作之友小组")) << ::testing::PrintToString(found);
  const auto alone = facts("2024年，智利又与挪威共同牵头海洋数据合作之友小组的工作。\n");
  EXPECT_TRUE(alone.count("智利 PARTICIPATED_IN 海洋数据合作之友小组")) << ::testing::PrintToString(alone);
  EXPECT_FALSE(alone.count("智利 PROPOSED 海洋数据合作之友小组")) << ::testing::PrintToString(alone);
}

// A body or meeting that acts under a person's chairing (在X主持下) is led by them, or had them take part.
TEST(CoChairs, ThoseUnderWhoseChairingTheSubjectActs) {
  const auto body = facts("海洋数据工作组在新加坡外交官陈立文主持下协商一致通过最终报告。\n");
  EXPECT_TRUE(body.count("陈立文 LEADS 海洋数据工作组")) << ::testing::PrintToString(body);
  const auto meeting = facts("第二届海洋数据合作论坛在外交部副部长韩立峰主持下开幕。\n");
  EXPECT_TRUE(meeting.count("韩立峰 PARTICIPATED_IN 第二届海洋数据合作论坛"))
      << ::testing::PrintToString(meeting);
  // A deputy stands in and leads nothing; the subject is in the verb's own clause, not an earlier one.
  const auto deputy = facts("海洋数据工作组在副组长陈立文主持下通过报告。\n");
  EXPECT_FALSE(deputy.count("陈立文 LEADS 海洋数据工作组")) << ::testing::PrintToString(deputy);
  const auto earlier = facts("欧盟通过了《海洋数据法案》，随后多家企业在德国推动下成立了联盟。\n");
  EXPECT_FALSE(earlier.count("德国 SUPPORTS 海洋数据法案")) << ::testing::PrintToString(earlier);
}

// The title first, its holder after 由 and the appointing verb last: the body named before the title.
TEST(Chairs, TheTitleFirstItsHolderAfterYou) {
  const auto found = facts("海港数据委员会成立于2019年，主席由巴西外交官吉列尔梅·桑托斯担任。\n");
  EXPECT_TRUE(found.count("吉列尔梅·桑托斯 LEADS 海港数据委员会")) << ::testing::PrintToString(found);
  // (No person named 由巴西: a function word opens no name.)
  for (const auto& [type, name] : entities("海港数据委员会，主席由巴西外交官吉列尔梅·桑托斯担任。\n"))
    EXPECT_EQ(name.find("由"), std::string::npos) << name;
  // (Not a body an earlier sentence named, nor a deputy.)
  const auto earlier =
      facts("2018年，联大设立了开放式工作组。那一届会议，主席由巴西外交官吉列尔梅·桑托斯担任。\n");
  for (const std::string& fact : earlier) EXPECT_EQ(fact.find(" LEADS "), std::string::npos) << fact;
  const auto deputy = facts("海港数据委员会，副主席由肯尼亚外交官阿玛拉·奥科耶担任。\n");
  for (const std::string& fact : deputy) EXPECT_EQ(fact.find(" LEADS "), std::string::npos) << fact;
  // (A verb that appoints no one ends no such clause: 主席由巴西提名.)
  const auto nominated = facts("海港数据委员会成立于2019年，主席由吉列尔梅·桑托斯提名。\n");
  EXPECT_FALSE(nominated.count("吉列尔梅·桑托斯 LEADS 海港数据委员会"))
      << ::testing::PrintToString(nominated);
}

// The person chairing a body may be named with the state it is of, after 由 and before 的: 由巴西的X主持.
TEST(Chairs, APassivesPersonOfAState) {
  const auto chaired = facts("政府专家组由巴西的卡洛斯·门德斯主持。\n");
  EXPECT_TRUE(chaired.count("卡洛斯·门德斯 LEADS 联合国信息安全政府专家组"))
      << ::testing::PrintToString(chaired);
  const auto chair = facts("政府专家组由秘鲁的安娜·罗哈斯担任主席。\n");
  EXPECT_TRUE(chair.count("安娜·罗哈斯 LEADS 联合国信息安全政府专家组")) << ::testing::PrintToString(chair);
  // (The state is no chair.)
  for (const std::string& fact : chaired) EXPECT_EQ(fact.find("巴西 LEADS"), std::string::npos) << fact;
}

}  // namespace
}  // namespace kg::extract
