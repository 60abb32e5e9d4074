// Which year a statement takes when its date stands apart from the verb: a
// date that is a clause of its own before an event, and a month with no
// year continuing the paragraph's running year. Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// A year in Chinese numerals dates a statement as digits do (二○ with Hong Kong's white-circle zero).
TEST(YearInChineseNumerals, DatesTheStatement) {
  const auto found =
      facts("中國於二○一七年十二月簽署《港灣數據協定》。中方于二〇二三年十月提出《海岸数据倡议》。");
  EXPECT_TRUE(found.count("港湾数据协定 IN_YEAR 2017")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("海岸数据倡议 IN_YEAR 2023")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 PROPOSED 海岸数据倡议 @2023")) << ::testing::PrintToString(found);
}

// A timeline's line opened by a date written with dots dates its statement.
TEST(DottedDate, DatesTheTimelinesStatement) {
  const auto found = facts("2021.03.29 → 智利发表《海岸数据倡议》。\n2022.06 → 秘鲁签署《海港协定》。\n");
  EXPECT_TRUE(found.count("海岸数据倡议 IN_YEAR 2021")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 SIGNED 海港协定 @2022")) << ::testing::PrintToString(found);
}

// Concluding a text dates it, its parties unsaid: 2019年订立的《X公约》; agreeing about a text
// (就X达成共识) does not.
TEST(ConcludedText, DatedByItsConclusion) {
  const auto found = facts("各方重申支持2019年在日内瓦订立的《海港公约》。");
  EXPECT_TRUE(found.count("海港公约 IN_YEAR 2019")) << ::testing::PrintToString(found);
  const auto topic = facts("2023年，各方就《海港公约》的落实达成共识。");
  EXPECT_FALSE(topic.count("海港公约 IN_YEAR 2023")) << ::testing::PrintToString(topic);
}

TEST(DateClauseBeforeAnEvent, DatesTheEventThatOpensTheNextClause) {
  const auto found =
      facts("2023年11月，首届人工智能安全峰会吸引了各国代表。次年5月，人工智能首尔峰会吸引了各国代表。");
  EXPECT_TRUE(found.count("首届人工智能安全峰会 IN_YEAR 2023")) << ::testing::PrintToString(found);
  // A relative year (次年) dates it the same way.
  EXPECT_TRUE(found.count("人工智能首尔峰会 IN_YEAR 2024")) << ::testing::PrintToString(found);
}

TEST(DateClauseBeforeAnEvent, DatesNoEventThatDoesNotOpenTheClause) {
  // The event is an object, not the clause's opening; and a clause that is
  // more than a date (到2030年) dates nothing.
  const auto found =
      facts("2023年11月，英国宣布首届人工智能安全峰会成果。到2030年，首届人工智能安全峰会吸引了各国代表。");
  EXPECT_FALSE(found.count("首届人工智能安全峰会 IN_YEAR 2023")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("首届人工智能安全峰会 IN_YEAR 2030")) << ::testing::PrintToString(found);
}

TEST(MonthWithoutYear, ContinuesTheParagraphsRunningYear) {
  const auto found = facts("2019年5月，经合组织通过《人工智能原则》。11月，法国发布《国家人工智能战略》。");
  EXPECT_TRUE(found.count("法国 ISSUED 国家人工智能战略 @2019")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("国家人工智能战略 IN_YEAR 2019")) << ::testing::PrintToString(found);
}

TEST(MonthWithoutYear, TakesNoYearFromAnotherParagraphOrASinceClause) {
  // A new paragraph starts afresh; 自…以来 marks a span, not the running date.
  for (const std::string text :
       {"2019年5月，经合组织通过《人工智能原则》。\n11月，法国发布《国家人工智能战略》。",
        "自2018年10月以来，美国不断加码。11月，法国发布《国家人工智能战略》。"}) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count("法国 ISSUED 国家人工智能战略")) << text;
    EXPECT_FALSE(found.count("国家人工智能战略 IN_YEAR 2019")) << text;
    EXPECT_FALSE(found.count("国家人工智能战略 IN_YEAR 2018")) << text;
    EXPECT_FALSE(found.count("法国 ISSUED 国家人工智能战略 @2018")) << text;
  }
}

// A future act stays one with a date and a place between: 将于2027年在利马主办.
TEST(ForwardLooking, AFutureActWithADateAndAPlaceBetween) {
  const auto found = facts("智利将于2027年在利马主办海洋数据峰会。\n");
  EXPECT_FALSE(found.count("智利 HOSTED 海洋数据峰会")) << ::testing::PrintToString(found);
  EXPECT_TRUE(facts("智利于2024年在利马主办海洋数据峰会。\n").count("智利 HOSTED 海洋数据峰会"));
}

// A year that qualifies a document or an event with 的 dates it, and so do the years coordinated before it;
// not a body, nor what a span's first year opens.
TEST(DatedStatements, AYearQualifyingANameWithDe) {
  const auto found = facts("2029年的《海洋数据宣言》与2027年和2028年的中非海洋数据峰会一脉相承。\n");
  EXPECT_TRUE(found.count("海洋数据宣言 IN_YEAR 2029")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中非海洋数据峰会 IN_YEAR 2027")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中非海洋数据峰会 IN_YEAR 2028")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("海洋数据宣言 IN_YEAR 2027")) << ::testing::PrintToString(found);
  const auto body = facts("2029年的联合国与今天不同。\n");
  EXPECT_FALSE(body.count("联合国 IN_YEAR 2029")) << ::testing::PrintToString(body);
}

// A year alone in brackets after a name, as a list of sources writes it, dates the name.
TEST(DatedStatements, AYearAloneInBracketsAfterAName) {
  const auto found = facts("参考资料\n\n1.联合国大会第70/237号决议（2015）；《海港数据宣言》（2023）。\n");
  EXPECT_TRUE(found.count("第70/237号决议 IN_YEAR 2015")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("海港数据宣言 IN_YEAR 2023")) << ::testing::PrintToString(found);
  // (A number in brackets is no year: 《海港数据宣言》（1234）.)
  const auto number = facts("《海港数据宣言》（1234）已经发布。\n");
  for (const std::string& fact : number) EXPECT_EQ(fact.find("IN_YEAR"), std::string::npos) << fact;
}

// 在联大通过: the body after 在 adopts what the clause is about.
TEST(DatedStatements, TheBodyInWhichATextIsAdopted) {
  const auto found = facts("《海港数据公约》于2024年12月24日在联大通过。\n");
  EXPECT_TRUE(found.count("联合国大会 ADOPTED 海港数据公约")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("海港数据公约 IN_YEAR 2024")) << ::testing::PrintToString(found);
  // (Not "by means of": 在联合国通过谈判达成.)
  const auto means = facts("《海港数据公约》在联合国通过谈判达成。\n");
  for (const std::string& fact : means) EXPECT_EQ(fact.find("ADOPTED"), std::string::npos) << fact;
  // (Not a relative clause's: 中国在联大通过的决议中发言 adopts nothing.)
  const auto relative = facts("中国在联大通过的决议中发言。\n");
  for (const std::string& fact : relative) EXPECT_EQ(fact.find("ADOPTED"), std::string::npos) << fact;
}

}  // namespace
}  // namespace kg::extract
