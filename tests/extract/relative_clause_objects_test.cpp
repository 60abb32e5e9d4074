// An object heading the verb's relative clause (X发布的《Y》…): the relation
// holds though more follows the title, that being the sentence's predicate.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

TEST(RelativeClauseHead, IsTheVerbsObjectWhateverFollows) {
  const auto issued = facts("欧盟发布的《人工智能白皮书》引发了广泛讨论。");
  EXPECT_TRUE(issued.count("欧盟 ISSUED 人工智能白皮书")) << ::testing::PrintToString(issued);
  const auto adopted = facts("联合国教科文组织2021年11月通过的《人工智能伦理问题建议书》具有重要意义。");
  EXPECT_TRUE(adopted.count("联合国教科文组织 ADOPTED 人工智能伦理问题建议书 @2021"))
      << ::testing::PrintToString(adopted);
}

// The relative clause's own subject is no object of the verb before it:
// 欢迎智利提出的《X》 welcomes X, not Chile, though Chile proposed X.
TEST(RelativeClauseHead, ItsSubjectIsNoObjectOfTheVerbBefore) {
  const auto found = facts("秘鲁欢迎智利提出的《海洋数据合作倡议》。");
  EXPECT_TRUE(found.count("秘鲁 SUPPORTS 海洋数据合作倡议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 PROPOSED 海洋数据合作倡议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("秘鲁 SUPPORTS 智利")) << ::testing::PrintToString(found);
  // Without a clause after it, the state welcomed is the object.
  const auto actor = facts("秘鲁欢迎智利加入《海洋数据合作倡议》。");
  EXPECT_TRUE(actor.count("秘鲁 SUPPORTS 智利")) << ::testing::PrintToString(actor);
}

// A founding verb takes only the name right after it; the head of its
// relative clause is right after it too (共同发起的“…小组”).
// Two agents and their verbs before 的: each verb has its own agent, the
// second perhaps unnamed (80多个国家); the head is the object of both.
TEST(RelativeClauseHead, OfTwoAgentsEachWithItsVerb) {
  const auto unnamed = facts("大会通过了由秘鲁主提、80多个国家联署的“加强海洋数据合作”决议。");
  EXPECT_TRUE(unnamed.count("秘鲁 PROPOSED 加强海洋数据合作决议")) << ::testing::PrintToString(unnamed);
  EXPECT_FALSE(unnamed.count("秘鲁 SIGNED 加强海洋数据合作决议")) << ::testing::PrintToString(unnamed);
  const auto named = facts("大会通过了由秘鲁主提、智利和肯尼亚联署的《海港决议》。");
  EXPECT_TRUE(named.count("肯尼亚 SIGNED 海港决议")) << ::testing::PrintToString(named);
  EXPECT_FALSE(named.count("秘鲁 SIGNED 海港决议")) << ::testing::PrintToString(named);
  // One agent's two verbs: the agent does both.
  const auto one = facts("由中国发起、主办的第三届全球数字治理峰会在北京举行。");
  EXPECT_TRUE(one.count("中国 HOSTED 第三届全球数字治理峰会")) << ::testing::PrintToString(one);
}

TEST(RelativeClauseHead, OfAFoundingVerb) {
  const auto found = facts("智利与秘鲁共同发起的“海洋数据之友小组”已有30多个成员。");
  EXPECT_TRUE(found.count("智利 PROPOSED 海洋数据之友小组")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 PROPOSED 海洋数据之友小组")) << ::testing::PrintToString(found);
  // Not a name further on: 发起的倡议中提到的“…小组” was not founded by them.
  const auto further = facts("智利发起的倡议提到“海洋数据之友小组”。");
  EXPECT_FALSE(further.count("智利 PROPOSED 海洋数据之友小组")) << ::testing::PrintToString(further);
}

TEST(RelativeClauseHead, NeedsTheVerb) {
  // A possessive with no verb states nothing (ANNOTATION.md).
  const auto found = facts("欧盟的《人工智能白皮书》引发了广泛讨论。");
  EXPECT_FALSE(found.count("欧盟 ISSUED 人工智能白皮书")) << ::testing::PrintToString(found);
}

// The verb of a relative clause on another verb's object is not that verb's
// subject's act: who attends a conference held in Shanghai does not host it,
// who endorses an initiative China put forward did not propose it (认同 ends
// with 同, but names no partner). With its own actor, or joined to the first
// verb, the clause's verb has an actor.
TEST(RelativeClauseHead, ItsVerbIsNotTheActOfTheVerbBefore) {
  const auto held = facts("2031年7月，肯尼亚参加了在利马举行的海洋数据大会。\n");
  EXPECT_TRUE(held.count("肯尼亚 PARTICIPATED_IN 海洋数据大会")) << ::testing::PrintToString(held);
  EXPECT_FALSE(held.count("肯尼亚 HOSTED 海洋数据大会")) << ::testing::PrintToString(held);
  const auto endorsed = facts("秘鲁认同中方2031年3月提出的《海洋数据倡议》。\n");
  EXPECT_TRUE(endorsed.count("中国 PROPOSED 海洋数据倡议")) << ::testing::PrintToString(endorsed);
  EXPECT_TRUE(endorsed.count("秘鲁 SUPPORTS 海洋数据倡议")) << ::testing::PrintToString(endorsed);
  EXPECT_FALSE(endorsed.count("秘鲁 PROPOSED 海洋数据倡议")) << ::testing::PrintToString(endorsed);
  const auto own = facts("太平洋议会通过了秘鲁等国提出的《海洋数据倡议》。\n");
  EXPECT_TRUE(own.count("秘鲁 PROPOSED 海洋数据倡议")) << ::testing::PrintToString(own);
  const auto means = facts("中国通过多边渠道提出的《海洋数据倡议》得到广泛支持。\n");
  EXPECT_TRUE(means.count("中国 PROPOSED 海洋数据倡议")) << ::testing::PrintToString(means);
  const auto joined = facts("肯尼亚发起并主办的海洋数据大会在内罗毕开幕。\n");
  EXPECT_TRUE(joined.count("肯尼亚 HOSTED 海洋数据大会")) << ::testing::PrintToString(joined);
}

}  // namespace
}  // namespace kg::extract
