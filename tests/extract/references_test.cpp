// Words that refer back to a named thing: 同年, 本届峰会, 双方, 该倡议, a
// communiqué's 我们, bare 大会. Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

TEST(References, SameYearIsTheLastYearNamed) {
  const auto found =
      facts("2024年3月，联合国大会通过首个人工智能决议。同年9月，联合国大会通过《全球数字契约》。");
  EXPECT_TRUE(found.count("全球数字契约 IN_YEAR 2024")) << ::testing::PrintToString(found);
  const auto next =
      facts("2019年，经合组织通过《人工智能原则》。次年，七国集团发起《人工智能全球合作伙伴关系倡议》。");
  EXPECT_TRUE(next.count("人工智能全球合作伙伴关系倡议 IN_YEAR 2020")) << ::testing::PrintToString(next);
}

TEST(References, ThisSummitIsTheLastSummitNamed) {
  const auto found = facts("2025年2月，人工智能行动峰会在巴黎举行。印度总理莫迪出席本届峰会。");
  EXPECT_TRUE(found.count("莫迪 PARTICIPATED_IN 人工智能行动峰会")) << ::testing::PrintToString(found);
  // A bare 峰会 right after a verb refers too; one inside a longer word does not.
  const auto bare = facts("人工智能行动峰会在巴黎举行。美国副总统万斯出席峰会并发表讲话。");
  EXPECT_TRUE(bare.count("万斯 PARTICIPATED_IN 人工智能行动峰会")) << ::testing::PrintToString(bare);
  // Far from its last naming, a bare 峰会 is the summit the title named; not one only the body named.
  const std::string far = "。记者甲摄。图为会场。记者乙摄。图为会场外景。记者丙摄。图为与会者。记者丁摄。";
  const auto titled =
      facts("海洋数据峰会在利马举行\n海洋数据峰会于5月举行" + far + "法国总统马克龙在峰会上发言。");
  EXPECT_TRUE(titled.count("马克龙 PARTICIPATED_IN 海洋数据峰会")) << ::testing::PrintToString(titled);
  const auto untitled = facts("组图\n海洋数据峰会于5月举行" + far + "法国总统马克龙在峰会上发言。");
  EXPECT_FALSE(untitled.count("马克龙 PARTICIPATED_IN 海洋数据峰会")) << ::testing::PrintToString(untitled);
}

// This summit (此次峰会, 本届峰会) in a report on one is the summit its title
// names, though the report recalls an earlier one after; that summit (该峰会)
// is the last named. With no summit in the title, the last named.
TEST(References, ThisSummitIsTheOneTheTitleNames) {
  const std::string body =
      "海洋数据峰会在利马开幕\n海洋数据峰会于5月在利马开幕。去年，海港数据合作峰会在圣地亚哥举行。";
  const auto current = facts(body + "肯尼亚总统出席了此次峰会。\n");
  EXPECT_TRUE(current.count("肯尼亚 PARTICIPATED_IN 海洋数据峰会")) << ::testing::PrintToString(current);
  EXPECT_FALSE(current.count("肯尼亚 PARTICIPATED_IN 海港数据合作峰会")) << ::testing::PrintToString(current);
  const auto last = facts(body + "肯尼亚总统出席了该峰会。\n");
  EXPECT_TRUE(last.count("肯尼亚 PARTICIPATED_IN 海港数据合作峰会")) << ::testing::PrintToString(last);
  const auto untitled = facts(
      "组图\n海洋数据峰会于5月在利马开幕。去年，海港数据合作峰会在圣地亚哥举行。肯尼亚总统出席了此次峰会。"
      "\n");
  EXPECT_TRUE(untitled.count("肯尼亚 PARTICIPATED_IN 海港数据合作峰会"))
      << ::testing::PrintToString(untitled);
}

// What a sentence referred to is what its next reference means: 此次峰会 is
// the titled summit, so 会上 after it is that summit too, not the one a
// paragraph before recalled. Past a paragraph that recalled another summit, a
// bare 峰会 is the titled one again; within that paragraph, the recalled one.
TEST(References, ASummitReferredToStaysTheOneMeant) {
  const std::string body =
      "海洋数据峰会在利马闭幕\n\n海洋数据峰会于5月在利马闭幕。\n\n这一系列峰会始于2021年。去年，海港数据合作"
      "峰会在圣地亚哥举行。";
  const auto again = facts(body + "\n\n肯尼亚总统出席了此次峰会，并在会上发言。\n");
  EXPECT_TRUE(again.count("肯尼亚 PARTICIPATED_IN 海洋数据峰会")) << ::testing::PrintToString(again);
  EXPECT_FALSE(again.count("肯尼亚 PARTICIPATED_IN 海港数据合作峰会")) << ::testing::PrintToString(again);
  const auto past = facts(body + "\n\n肯尼亚总统在峰会上发言。\n");
  EXPECT_TRUE(past.count("肯尼亚 PARTICIPATED_IN 海洋数据峰会")) << ::testing::PrintToString(past);
  EXPECT_FALSE(past.count("肯尼亚 PARTICIPATED_IN 海港数据合作峰会")) << ::testing::PrintToString(past);
  const auto within = facts(body + "肯尼亚总统在峰会上发言。\n");
  EXPECT_TRUE(within.count("肯尼亚 PARTICIPATED_IN 海港数据合作峰会")) << ::testing::PrintToString(within);
}

// 该组织 after a meeting of a body's organ (成员国外长会议) is that body, not an earlier one named on its
// own; after a summit of the body's own name it is not.
TEST(References, ThisOrganizationIsTheBodyAMeetingIsNamedFor) {
  const auto found = facts(
      "国际电信联盟发布报告。2031年7月，太平洋岛国论坛组织成员国外长会议在苏瓦举行，斐济成为该组织成员。");
  EXPECT_TRUE(found.count("斐济 MEMBER_OF 太平洋岛国论坛组织")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("斐济 MEMBER_OF 国际电信联盟")) << ::testing::PrintToString(found);
  // A summit of the body's own name is no meeting of its organ: 该组织 is the body named before.
  const auto summit = facts(
      "国际电信联盟发布报告。2031年7月，太平洋岛国论坛组织数据峰会在苏瓦举行，斐济成为该组织正式成员。");
  EXPECT_FALSE(summit.count("斐济 MEMBER_OF 太平洋岛国论坛组织")) << ::testing::PrintToString(summit);
}

// A report's cover names its author alone on the first line: 本集团, 我们 and,
// where a clause opens, 公司 are that organization; a document with no such
// cover has no author, and 多家公司 is no reference.
TEST(References, AReportsOwnVoiceIsTheOrganizationOnItsCover) {
  const std::string body =
      "\n2031年度社会责任报告\n\n2031年，公司加入海洋数据联盟。我们签署了《海洋数据合作倡议》。多家公司参加了"
      "海洋数据峰会。\n";
  const auto report = facts("潮汐数据科技股份有限公司" + body);
  EXPECT_TRUE(report.count("潮汐数据科技股份有限公司 MEMBER_OF 海洋数据联盟"))
      << ::testing::PrintToString(report);
  EXPECT_TRUE(report.count("潮汐数据科技股份有限公司 SIGNED 海洋数据合作倡议"))
      << ::testing::PrintToString(report);
  EXPECT_FALSE(report.count("潮汐数据科技股份有限公司 PARTICIPATED_IN 海洋数据峰会"))
      << ::testing::PrintToString(report);
  const auto law = facts("潮汐数据科技股份有限公司\n\n各方在公司法框架下签署了《海洋数据合作倡议》。\n");
  EXPECT_FALSE(law.count("潮汐数据科技股份有限公司 SIGNED 海洋数据合作倡议"))
      << ::testing::PrintToString(law);
  const auto untitled = facts("海洋数据年度报告" + body);
  for (const std::string& fact : untitled)
    EXPECT_EQ(fact.find("潮汐数据科技股份有限公司"), std::string::npos) << fact;
}

TEST(References, BothSidesAreTheLastPairNamed) {
  const auto found = facts("2024年8月，中国和俄罗斯举行总理定期会晤。双方签署《信息安全合作协定》。");
  EXPECT_TRUE(found.count("中国 SIGNED 信息安全合作协定")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("俄罗斯 SIGNED 信息安全合作协定")) << ::testing::PrintToString(found);
}

TEST(References, ThisInitiativeIsTheLastInitiativeOfItsKind) {
  const auto found = facts("2020年9月，中国提出《全球数据安全倡议》。2021年3月，阿拉伯国家联盟支持该倡议。");
  EXPECT_TRUE(found.count("阿拉伯国家联盟 SUPPORTS 全球数据安全倡议")) << ::testing::PrintToString(found);
}

// A communiqué's 我们 is the speaker it declares (我们，X领导人，…).
TEST(References, WeIsTheSpeakerTheCommuniqueDeclares) {
  const auto found = facts("我们，金砖国家领导人，于2031年在内罗毕举行会晤。我们支持《海洋数据倡议》。");
  EXPECT_TRUE(found.count("金砖国家 SUPPORTS 海洋数据倡议")) << ::testing::PrintToString(found);
}

TEST(References, BareDaHuiIsTheLastAssemblyNamedBodyOrSession) {
  const auto found = facts("2024年3月，联合国大会举行全体会议。大会以协商一致方式通过《数字合作决议》。");
  EXPECT_TRUE(found.count("联合国大会 ADOPTED 数字合作决议")) << ::testing::PrintToString(found);
}

TEST(References, ADeterminerAndTheKindOfADocument) {
  // 这套|规则 is the last rule named, not the last regulation of another kind.
  const auto found = facts(
      "欧盟通过《数据治理条例》。美国随后发布《算力出口规则》。这套规则于2025年被撤销，英国对这套规则表示支持"
      "。");
  EXPECT_TRUE(found.count("英国 SUPPORTS 算力出口规则")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("英国 SUPPORTS 数据治理条例"));
}

TEST(References, ToAPairAreToTwoActorsNamedAsTwoAndLately) {
  // 两国 is the last two actors joined as two, not the last two of a longer list.
  const auto pair = facts("2024年，中国和巴西发表联合声明。两国签署《数字合作备忘录》。");
  EXPECT_TRUE(pair.count("巴西 SIGNED 数字合作备忘录")) << ::testing::PrintToString(pair);
  const auto list = facts("2024年，中国、俄罗斯和巴西发表联合声明。两国签署《数字合作备忘录》。");
  EXPECT_FALSE(list.count("巴西 SIGNED 数字合作备忘录")) << ::testing::PrintToString(list);
  EXPECT_FALSE(list.count("俄罗斯 SIGNED 数字合作备忘录"));
  // Nor the last two of three named as one (中法欧).
  const auto three = facts(
      "访问期间，两国元首举行会谈，同欧盟委员会主席冯德莱恩举行中法欧领导人三方会晤。双方发表《海岸数据联合声"
      "明》。");
  EXPECT_FALSE(three.count("欧盟 ISSUED 海岸数据联合声明")) << ::testing::PrintToString(three);
}

// 两国 are the last two countries named together, not two bodies named since.
TEST(References, TwoCountriesAreTheLastPairOfCountries) {
  const auto found = facts(
      "智利和秘鲁外长举行会谈，愿在金砖国家、二十国集团等多边机制中加强协调。会后两国签署了《海洋数据合作规划"
      "》。");
  EXPECT_TRUE(found.count("智利 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("金砖国家 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(found);
}

// The side of an abbreviation several states share (巴方) is the one of them
// the document names; another document may mean another.
TEST(References, AnAmbiguousSideIsTheStateTheDocumentNames) {
  const auto brazil = facts("巴西外长访问智利。巴方签署了《海洋数据合作规划》。");
  EXPECT_TRUE(brazil.count("巴西 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(brazil);
  const auto pakistan = facts("巴基斯坦外长访问智利。巴方签署了《海洋数据合作规划》。");
  EXPECT_TRUE(pakistan.count("巴基斯坦 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(pakistan);
  EXPECT_FALSE(pakistan.count("巴西 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(pakistan);
  // (Inside a longer name it is no side: 古巴方面.)
  const auto cuba = facts("巴西外长访问智利。古巴方面签署了《海洋数据合作规划》。");
  EXPECT_FALSE(cuba.count("巴西 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(cuba);
}

// 本 names the document itself only before an agreement's kind (本备忘录); in
// 基本原则 it is part of a word, not a reference to the principles named.
TEST(References, BenIsNoDeterminerInsideAWord) {
  const auto found = facts("各方通过了《海洋数据原则》。智利坚持基本原则。");
  EXPECT_FALSE(found.count("智利 SUPPORTS 海洋数据原则")) << ::testing::PrintToString(found);
}

// 该建议书: the last recommendation named, dated by the act it is the object of.
TEST(References, ARecommendationByItsKind) {
  const auto found = facts("智利发布了《海洋数据伦理建议书》。该建议书于2021年11月由太平洋议会通过。");
  EXPECT_TRUE(found.count("海洋数据伦理建议书 IN_YEAR 2021")) << ::testing::PrintToString(found);
}

// 该小组, 该委员会: the last group or committee named, as 该机构 is the last body.
TEST(References, AGroupOrCommitteeByItsKind) {
  const auto found = facts(
      "2018年，智利成立海洋数据高级别小组。2019年6月，该小组向智利外长提交题为《海洋数据时代》的报告。");
  EXPECT_TRUE(found.count("海洋数据高级别小组 ISSUED 海洋数据时代 @2019")) << ::testing::PrintToString(found);
}

// An agreement's defined parties (以下简称"双方") are what 双方 means
// throughout, though other pairs are named since; a name defined alone
// (以下简称"东盟") defines no parties.
TEST(References, TheDefinedPartiesOfAnAgreement) {
  const auto found = facts(
      "智利政府与秘鲁政府（以下简称\"双方\"）达成谅解如下：\n\n第一条　中国与巴西已建立对话机制。双方支持《海"
      "洋数据合作倡议》。\n");
  EXPECT_TRUE(found.count("智利 SUPPORTS 海洋数据合作倡议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 SUPPORTS 海洋数据合作倡议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("中国 SUPPORTS 海洋数据合作倡议")) << ::testing::PrintToString(found);
  const auto single = facts(
      "中国同东南亚国家联盟（以下简称\"东盟\"）合作密切。中国与巴西已建立对话机制。双方支持《海洋数据合作倡议"
      "》。\n");
  EXPECT_TRUE(single.count("巴西 SUPPORTS 海洋数据合作倡议")) << ::testing::PrintToString(single);
  // (A 双方 after the brackets close is no term they define.)
  const auto after = facts(
      "中国同东南亚国家联盟（以下简称\"东盟\"），双方合作密切。中国与巴西已建立对话机制。双方支持《海洋数据合"
      "作倡议》。\n");
  EXPECT_TRUE(after.count("巴西 SUPPORTS 海洋数据合作倡议")) << ::testing::PrintToString(after);
}

// The side of a state whose abbreviation no other shares names it (哈方, 泰方).
TEST(References, AnUnambiguousSideIsItsState) {
  const auto found = facts("哈方签署了《海洋数据合作规划》。泰方表示支持《海洋数据合作规划》。");
  EXPECT_TRUE(found.count("哈萨克斯坦 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("泰国 SUPPORTS 海洋数据合作规划")) << ::testing::PrintToString(found);
}

// The pair a document's title names (智利同秘鲁的关系) is 两国 however far on,
// where no other pair was named since; a pair named in running text is not.
TEST(References, TheTitlesPairHoldsWhileNoOtherIsNamed) {
  const std::string body =
      "一、政治关系\n\n两国于1990年建交。两国元首多次会晤。两国议会往来密切。双方立场相近。两国贸易增长。两国"
      "人员往来频繁。2024年，两国政府签署《海洋数据合作规划》。\n";
  const auto titled = facts("智利同秘鲁的关系\n\n" + body);
  EXPECT_TRUE(titled.count("智利 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(titled);
  EXPECT_TRUE(titled.count("秘鲁 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(titled);
  const auto running = facts("海洋数据综述\n\n智利同秘鲁举行会谈。" + body);
  EXPECT_FALSE(running.count("秘鲁 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(running);
}

// A union is referred to by its kind alone where a clause opens: the last one named.
// 国家：X on a line of the document's head makes X the voice: 我国 is X there, not China; outside that
// document, and in a quotation of China's words, 我国 is China.
TEST(References, WoGuoOfAPositionPaperIsTheStateItsHeadNames) {
  const std::string head =
      "模拟联合国立场文件\n\n委员会：联合国大会第一委员会\n国家：巴西联邦共和国\n\n一、背景\n\n";
  const auto found = facts(head + "2023年，我国签署了《布莱切利宣言》。本代表团支持《布达佩斯公约》。\n");
  EXPECT_TRUE(found.count("巴西 SIGNED 布莱切利宣言")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("巴西 SUPPORTS 布达佩斯公约")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("中国 SIGNED 布莱切利宣言")) << ::testing::PrintToString(found);
  const auto plain = facts("2023年，我国签署了《布莱切利宣言》。\n");
  EXPECT_TRUE(plain.count("中国 SIGNED 布莱切利宣言")) << ::testing::PrintToString(plain);
  // (Reported speech of the state 我国 otherwise names is that state's: 中国代表指出，我国….)
  const auto reported = facts(head + "中国代表指出，我国签署了《布莱切利宣言》。\n");
  EXPECT_FALSE(reported.count("巴西 SIGNED 布莱切利宣言")) << ::testing::PrintToString(reported);
  // (本代表团 with no voice names no one.)
  const auto unnamed = facts("一、背景\n\n本代表团支持《布达佩斯公约》。\n");
  for (const std::string& fact : unnamed) EXPECT_EQ(fact.find(" SUPPORTS "), std::string::npos) << fact;
}

TEST(References, BareLianMengIsTheLastUnionNamed) {
  const auto found =
      facts("国际海洋数据联盟成立于1990年，总部设在利马。2024年，联盟在智利召开第五届海洋数据大会。");
  EXPECT_TRUE(found.count("国际海洋数据联盟 HOSTED 第五届海洋数据大会")) << ::testing::PrintToString(found);
}

// A draft opening its clause is the resolution just named; 那个 refers as 该 does.
TEST(References, ADraftIsTheResolutionJustNamed) {
  const auto draft =
      facts("2019年12月27日，联大通过第74/247号决议。决议草案由俄罗斯、中国和委内瑞拉提出。\n");
  for (const char* sponsor : {"俄罗斯", "中国", "委内瑞拉"})
    EXPECT_TRUE(draft.count(std::string(sponsor) + " PROPOSED 第74/247号决议"))
        << ::testing::PrintToString(draft);
  const auto that = facts("2017年，政府专家组未能达成共识，那个专家组由卡洛斯·门德斯担任主席。\n");
  EXPECT_TRUE(that.count("卡洛斯·门德斯 LEADS 联合国信息安全政府专家组")) << ::testing::PrintToString(that);
}

}  // namespace
}  // namespace kg::extract
