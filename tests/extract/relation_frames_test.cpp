// The relation frames on sentences written for these tests, one class of
// sentence per test: who the subject is (venues, adjuncts, generic and
// carried-over subjects, relative clauses), frames of participation and
// membership, names that pair partners, and references back to named things.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/extractor.h"
#include "extract/input.h"
#include "extract/rule_pack.h"

namespace kg::extract {
namespace {

const Extractor& extractor() {
  static const Extractor extractor(default_rule_pack());
  return extractor;
}

// Every edge as "subject RELATION object", and "… @year" for each year it has.
std::set<std::string> facts(const std::string& text) {
  const graph::KnowledgeGraph graph = extractor().extract(make_document("doc.txt", text));
  std::set<std::string> out;
  for (auto id : graph.edges_in_canonical_order()) {
    const auto& data = graph.edge(id);
    const std::string fact = graph.node(graph.source(id)).name + " " + std::string(graph::to_string(data.relation)) +
                             " " + graph.node(graph.target(id)).name;
    out.insert(fact);
    if (data.year) out.insert(fact + " @" + std::to_string(*data.year));
  }
  return out;
}

// Several sentences about China first, so that it is the document's main actor.
const std::string kChinaFirst =
    "中国积极参与全球数字治理。中国重视网络安全。中国倡导开放合作。中国推动数字经济发展。\n";

TEST(SubjectOfAVerb, IsNotTheVenueItWasSaidAt) {
  const auto found = facts("2023年10月，习近平主席在第三届“一带一路”国际合作高峰论坛上提出《全球人工智能治理倡议》。");
  EXPECT_TRUE(found.count("习近平 PROPOSED 全球人工智能治理倡议")) << ::testing::PrintToString(found);
  for (const std::string& fact : found) {
    EXPECT_EQ(fact.find("论坛 PROPOSED"), std::string::npos) << fact;
  }
}

TEST(SubjectOfAVerb, IsNotAnOrganizationInAnAdjunct) {
  const auto found = facts("在上海合作组织框架下，俄罗斯提出《国际信息安全行为准则》。");
  EXPECT_TRUE(found.count("俄罗斯 PROPOSED 国际信息安全行为准则")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("上海合作组织 PROPOSED 国际信息安全行为准则"));
}

TEST(SubjectOfAVerb, IsNotCarriedIntoAClauseWithAGenericSubject) {
  const std::string sentence =
      "2024年美国的人工智能投资增长显著，而54个非洲国家直到2025年才共同签署了《非洲人工智能宣言》。";
  for (const std::string& text : {sentence, kChinaFirst + sentence}) {
    const auto found = facts(text);
    EXPECT_FALSE(found.count("美国 SIGNED 非洲人工智能宣言")) << text;
    EXPECT_FALSE(found.count("中国 SIGNED 非洲人工智能宣言")) << text;
    // The signing is still dated.
    EXPECT_TRUE(found.count("非洲人工智能宣言 IN_YEAR 2025")) << ::testing::PrintToString(found);
  }
}

TEST(SubjectOfAVerb, IsTheMainActorWhenTheClauseNamesOnlyPartners) {
  const auto found = facts(kChinaFirst + "截至2023年，与30个国家签署了《电子商务合作谅解备忘录》。");
  EXPECT_TRUE(found.count("中国 SIGNED 电子商务合作谅解备忘录")) << ::testing::PrintToString(found);
}

TEST(SubjectOfAVerb, IsTheHeadOfARelativeClauseBeforeIt) {
  const auto found = facts("七国集团主导的“广岛人工智能进程”排斥发展中国家参与。");
  EXPECT_FALSE(found.count("七国集团 OPPOSES 广岛人工智能进程")) << ::testing::PrintToString(found);
}

TEST(SubjectOfAVerb, IsTheCountryAnEventIsHeldIn) {
  const auto found = facts("2024年5月，人工智能首尔峰会在韩国举行。");
  EXPECT_TRUE(found.count("韩国 HOSTED 人工智能首尔峰会")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract
