// A personal pronoun opening a clause (他, 她) refers to the last person the
// document named: the relations it is the subject of are that person's.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "text/input.h"

namespace kg::extract {
namespace {

// Every edge as "subject RELATION object".
std::set<std::string> facts(const std::string& text) {
  static const Extractor extractor(default_rule_pack());
  const graph::KnowledgeGraph graph = extractor.extract(text::make_document("doc.txt", text));
  std::set<std::string> out;
  for (auto id : graph.edges_in_canonical_order()) {
    out.insert(graph.node(graph.source(id)).name + " " +
               std::string(graph::to_string(graph.edge(id).relation)) + " " +
               graph.node(graph.target(id)).name);
  }
  return out;
}

TEST(PersonalPronoun, IsTheLastPersonNamed) {
  for (const std::string text :
       {"马克龙的讲话引人注目。他点名批评《数字市场法》。",
        "马克龙的讲话引人注目。她警告，过度监管会扼杀产业，并点名批评《数字市场法》。"}) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count("马克龙 OPPOSES 数字市场法")) << text << ::testing::PrintToString(found);
  }
}

TEST(PersonalPronoun, IsNoPersonInAPluralOrInsideAWord) {
  // 他们 is a group, 其他 means "other": neither is the person named before.
  for (const std::string text : {"马克龙的讲话引人注目。他们点名批评《数字市场法》。",
                                 "马克龙的讲话引人注目。其他代表点名批评《数字市场法》。"}) {
    const auto found = facts(text);
    EXPECT_FALSE(found.count("马克龙 OPPOSES 数字市场法")) << text << ::testing::PrintToString(found);
  }
}

}  // namespace
}  // namespace kg::extract
