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

TEST(RelativeClauseHead, NeedsTheVerb) {
  // A possessive with no verb states nothing (ANNOTATION.md).
  const auto found = facts("欧盟的《人工智能白皮书》引发了广泛讨论。");
  EXPECT_FALSE(found.count("欧盟 ISSUED 人工智能白皮书")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract
