// Which year a statement takes when its date stands apart from the verb: a
// date that is a clause of its own before an event, and a month with no
// year continuing the paragraph's running year. Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "text/input.h"

namespace kg::extract {
namespace {

// Every edge as "subject RELATION object", and "… @year" for each year it has.
std::set<std::string> facts(const std::string& text) {
  static const Extractor extractor(default_rule_pack());
  const graph::KnowledgeGraph graph = extractor.extract(text::make_document("doc.txt", text));
  std::set<std::string> out;
  for (auto id : graph.edges_in_canonical_order()) {
    const auto& data = graph.edge(id);
    const std::string fact = graph.node(graph.source(id)).name + " " +
                             std::string(graph::to_string(data.relation)) + " " +
                             graph.node(graph.target(id)).name;
    out.insert(fact);
    for (int year : data.years) out.insert(fact + " @" + std::to_string(year));
  }
  return out;
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

}  // namespace
}  // namespace kg::extract
