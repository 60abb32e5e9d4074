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

}  // namespace
}  // namespace kg::extract
