// When a 《title》 names a document although its own last word does not say
// so: a kind word beside it (报告《X》, 《X》白皮书, 题为《X》的报告), an
// edition or status in brackets after its kind (《…计划(2024—2026)》), or a
// subtitle after a document's name (《…原则——…》). Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// A title that is a known document's other name is that document (《中欧投资协定》).
TEST(TitleOfAKnownAlias, IsTheKnownDocument) {
  const auto found = testing::entities("中方与欧方完成了《中欧投资协定》谈判。\n");
  EXPECT_TRUE(found.count({graph::NodeType::Initiative, "中欧全面投资协定"}))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count({graph::NodeType::Initiative, "中欧投资协定"})) << ::testing::PrintToString(found);
}

TEST(TitleWithAKindWordBeside, IsADocument) {
  for (const std::string text : {"2022年5月，该委员会发布最终报告《携手共创数字未来》。",
                                 "2022年5月，该委员会发布《携手共创数字未来》白皮书。",
                                 "2022年5月，该委员会发布题为《携手共创数字未来》的最终报告。"}) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count("携手共创数字未来 IN_YEAR 2022")) << text << ::testing::PrintToString(found);
  }
  const auto issued = facts("欧盟委员会发布《数据流动的新秩序》白皮书。");
  EXPECT_TRUE(issued.count("欧盟委员会 ISSUED 数据流动的新秩序")) << ::testing::PrintToString(issued);
}

TEST(TitleWithAKindWordBeside, IsNotADocumentWhenTheWordNamesASpeechOrItIsAPaper) {
  // A speech titled so, and a newspaper whose report is cited, are not initiatives.
  for (const std::string text : {"2022年5月，外长发表题为《携手共创数字未来》的主旨演讲。",
                                 "2022年5月，《南方日报》报告称，该市上线了新平台。"}) {
    const auto found = facts(text);
    for (const std::string& fact : found) {
      EXPECT_EQ(fact.find("携手共创数字未来"), std::string::npos) << text << ": " << fact;
      EXPECT_EQ(fact.find("南方日报"), std::string::npos) << text << ": " << fact;
    }
  }
}

TEST(TitleWithAnEditionInBrackets, IsADocumentByTheKindBeforeIt) {
  // The name keeps its edition or status: it tells one text of the document from another.
  const std::pair<std::string, std::string> cases[] = {
      {"2023年，两国签署《数字经济合作行动计划（2024—2026）》。",
       "数字经济合作行动计划(2024—2026) IN_YEAR 2023"},
      {"2023年，国家网信办印发《数据出境安全评估办法（试行）》。", "数据出境安全评估办法(试行) IN_YEAR 2023"},
      {"2023年，该中心发布《海上网络行动手册2.0版》。", "海上网络行动手册2.0版 IN_YEAR 2023"},
  };
  for (const auto& [text, fact] : cases) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count(fact)) << text << ::testing::PrintToString(found);
  }
}

TEST(TitleWithASubtitle, IsADocumentWhenItsNameIsOne) {
  const auto found = facts("2019年，欧盟委员会发布《可信人工智能伦理准则——面向欧洲的路径》。");
  EXPECT_TRUE(found.count("欧盟委员会 ISSUED 可信人工智能伦理准则——面向欧洲的路径"))
      << ::testing::PrintToString(found);
  // A theme with a subtitle is no document.
  for (const std::string& fact : facts("2019年，论坛以《开放——合作》为主题。")) {
    EXPECT_EQ(fact.find("开放"), std::string::npos) << fact;
  }
}

// A title's kind right after it is the title's own: the verb acts on the
// document (发布《X》白皮书), not on a noun the title would qualify.
TEST(TitleDocuments, ATitlesKindAfterItIsItsOwn) {
  const auto found = facts("2022年11月，智利发布《海洋数据合作之路》白皮书。");
  EXPECT_TRUE(found.count("智利 ISSUED 海洋数据合作之路 @2022")) << ::testing::PrintToString(found);
  // Another noun after a title still makes it a qualifier: 《X》实施细则 is another document.
  const auto other = facts("智利发布《海洋数据合作之路》解读文章。");
  EXPECT_FALSE(other.count("智利 ISSUED 海洋数据合作之路")) << ::testing::PrintToString(other);
}

}  // namespace
}  // namespace kg::extract
