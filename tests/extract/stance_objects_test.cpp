// What a stance verb (支持, 反对, 批评) takes as its object when a name is
// followed by more: a title joined by 的 (批评X的《Y》: the title), or the
// act of the actor objected to (反对X滥用…: the actor). Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

TEST(TitleAfterAPossessive, IsTheObjectNotItsOwner) {
  for (const std::string text :
       {"欧盟批评英国的《网络安全法》。", "欧盟批评英国的《网络安全法》给企业带来了成本。"}) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count("欧盟 OPPOSES 网络安全法")) << text << ::testing::PrintToString(found);
    EXPECT_FALSE(found.count("欧盟 OPPOSES 英国")) << text;
  }
  const auto supported = facts("中国支持越南的《数字转型计划》。");
  EXPECT_TRUE(supported.count("中国 SUPPORTS 数字转型计划")) << ::testing::PrintToString(supported);
  EXPECT_FALSE(supported.count("中国 SUPPORTS 越南"));
}

TEST(TitleAfterAPossessive, ListsEveryTitleOfTheOwner) {
  const auto found = facts("万斯点名批评欧盟的《数字服务法》和《通用数据保护条例》。");
  EXPECT_TRUE(found.count("万斯 OPPOSES 数字服务法")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("万斯 OPPOSES 通用数据保护条例")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("万斯 OPPOSES 欧盟"));
}

TEST(OpposedActor, IsOpposedWhenItsActFollows) {
  for (const std::string text : {"中国反对日本滥用出口管制。", "中方坚决反对美方泛化国家安全概念。"}) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count("中国 OPPOSES 日本") || found.count("中国 OPPOSES 美国"))
        << text << ::testing::PrintToString(found);
  }
}

TEST(OpposedActor, IsNotOpposedWhenItOnlyQualifiesANoun) {
  // 日本企业的做法: the practice is opposed, 日本 only says whose companies.
  const auto found = facts("中国反对日本企业的做法。");
  EXPECT_FALSE(found.count("中国 OPPOSES 日本")) << ::testing::PrintToString(found);
}

// A penalty or a fine imposed on a company (对X作出处罚, 对X开出的罚单) opposes it.
TEST(OpposedActor, PenalisedOrFined) {
  const auto penalty = facts("2022年，智利数据保护局对亚马逊作出高额行政处罚。");
  EXPECT_TRUE(penalty.count("智利数据保护局 OPPOSES 亚马逊")) << ::testing::PrintToString(penalty);
  const auto fine = facts("欧盟委员会多年来对微软开出数十亿欧元罚单。");
  EXPECT_TRUE(fine.count("欧盟委员会 OPPOSES 微软")) << ::testing::PrintToString(fine);
  // Writing about penalties in general opposes no one.
  const auto general = facts("欧盟委员会研究了行政处罚的标准。");
  EXPECT_TRUE(general.empty()) << ::testing::PrintToString(general);
}

// A stance received: 得到/获得/受到 X 的(积极)支持 — X supports (or opposes) what received it.
TEST(ReceivedStance, TheHolderOfTheStanceActsOnWhatReceivedIt) {
  const auto listed = facts("2024年，东湖组织提出《海洋数据倡议》。该倡议得到了智利、秘鲁等国的积极响应。");
  EXPECT_TRUE(listed.count("智利 SUPPORTS 海洋数据倡议")) << ::testing::PrintToString(listed);
  EXPECT_TRUE(listed.count("秘鲁 SUPPORTS 海洋数据倡议")) << ::testing::PrintToString(listed);
  const auto body = facts("《海洋数据倡议》获得非洲联盟的广泛支持。");
  EXPECT_TRUE(body.count("非盟 SUPPORTS 海洋数据倡议")) << ::testing::PrintToString(body);
  const auto opposed = facts("《海洋数据倡议》受到了欧盟的批评。");
  EXPECT_TRUE(opposed.count("欧盟 OPPOSES 海洋数据倡议")) << ::testing::PrintToString(opposed);
}

// A stance noun nobody received is no relation: 智利的支持 is a thing talked about.
TEST(ReceivedStance, NeedsAReceiver) {
  const auto found = facts("东湖组织感谢智利的支持，并提出《海洋数据倡议》。");
  EXPECT_FALSE(found.count("智利 SUPPORTS 海洋数据倡议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("智利 SUPPORTS 东湖组织")) << ::testing::PrintToString(found);
}

// Restricting trade toward a country (限制芯片对华出口, 禁止向俄罗斯出售) opposes it; so do sanctions on
// persons and entities from a country (对来自A、B的个人和实体实施制裁).
TEST(OpposedActor, WhereRestrictedTradeGoesAndWhereSanctionedEntitiesComeFrom) {
  const auto exports = facts("2023年，美国商务部限制高端芯片对华出口。");
  EXPECT_TRUE(exports.count("美国商务部 OPPOSES 中国")) << ::testing::PrintToString(exports);
  const auto sale = facts("秘鲁禁止向俄罗斯、伊朗出售无人机部件。");
  EXPECT_TRUE(sale.count("秘鲁 OPPOSES 俄罗斯")) << ::testing::PrintToString(sale);
  EXPECT_TRUE(sale.count("秘鲁 OPPOSES 伊朗")) << ::testing::PrintToString(sale);
  const auto sanctions = facts("2022年，欧盟首次对来自俄罗斯、朝鲜的若干个人和实体实施制裁。");
  EXPECT_TRUE(sanctions.count("欧盟 OPPOSES 俄罗斯")) << ::testing::PrintToString(sanctions);
  EXPECT_TRUE(sanctions.count("欧盟 OPPOSES 朝鲜")) << ::testing::PrintToString(sanctions);
  // Trade itself is no opposition.
  const auto trade = facts("秘鲁扩大对华出口。");
  EXPECT_FALSE(trade.count("秘鲁 OPPOSES 中国")) << ::testing::PrintToString(trade);
}

// Support stated for what the clause before named: …，美国也表态支持.
TEST(StatedSupport, ForWhatTheClauseBeforeNamed) {
  const auto found = facts("2024年，联大通过《海洋数据决议》，美国也表态支持。");
  EXPECT_TRUE(found.count("美国 SUPPORTS 海洋数据决议")) << ::testing::PrintToString(found);
}

// Displeasure stated is opposition: at what 对 marks, or at what was just named.
TEST(StatedOpposition, DispleasureAtWhatWasNamed) {
  const auto found = facts(
      "美国商务部公布了《海洋数据出口规则》。欧盟对新规表示不满。智利同样表达失望。秘鲁外长痛批该规则。");
  EXPECT_TRUE(found.count("欧盟 OPPOSES 海洋数据出口规则")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 OPPOSES 海洋数据出口规则")) << ::testing::PrintToString(found);
  EXPECT_FALSE(facts("智利不满足于《海洋数据出口规则》。").count("智利 OPPOSES 海洋数据出口规则"));
}

// Approval given (予以批准) adopts what was just named.
TEST(StatedApproval, AdoptsWhatWasJustNamed) {
  const auto found = facts("3月13日，海洋议会表决通过《海洋数据法》；5月21日，欧盟理事会予以最终批准。");
  EXPECT_TRUE(found.count("欧盟理事会 ADOPTED 海洋数据法")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract
