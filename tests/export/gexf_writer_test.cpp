// GEXF: byte-stable output, valid against the GEXF 1.3 XSD, read by the GEXF
// parser of Gephi Lite (graphology-gexf) with its attributes and viz data.
#include "export/gexf_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <sstream>

#include "export/node_ids.h"
#include "export/valid_text.h"
#include "tests/export/consumers.h"
#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using graph::NodeType;
using graph::RelationType;
using testing::kHardName;
using testing::sample_graph;

std::string gexf(const graph::KnowledgeGraph& g, GexfMode mode) {
  std::ostringstream out;
  write_gexf(g, out, mode);
  return out.str();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(GexfWriter, MatchesGoldenFiles) {
  testing::expect_matches_golden(gexf(sample_graph(), GexfMode::Static), "export_sample.gexf");
  testing::expect_matches_golden(gexf(sample_graph(), GexfMode::Dynamic), "export_sample_dynamic.gexf");
}

TEST(GexfWriter, DeclaresTypedAttributesColoursAndSizes) {
  const std::string text = gexf(sample_graph(), GexfMode::Static);
  EXPECT_TRUE(contains(text, "<attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>"));
  EXPECT_TRUE(contains(text, "<attribute id=\"year\" title=\"year\" type=\"integer\"/>"));
  // 中国: degree 3, Country fill #8dd3c7.
  EXPECT_TRUE(contains(text,
                       "<viz:color r=\"141\" g=\"211\" b=\"199\"/>\n"
                       "        <viz:size value=\"18.66\"/>"));
  EXPECT_TRUE(contains(text, "kind=\"PROPOSED\" weight=\"4\""));
  EXPECT_FALSE(contains(text, "<spells>"));
}

TEST(GexfWriter, DynamicModeGivesEachElementItsYearsAsSpells) {
  const std::string text = gexf(sample_graph(), GexfMode::Dynamic);
  EXPECT_TRUE(contains(text, "mode=\"dynamic\" timeformat=\"integer\""));
  // 中国 -PROPOSED-> 全球数据安全倡议 in 2020 and 2021: one edge, one spell.
  EXPECT_TRUE(contains(text, "kind=\"PROPOSED\" weight=\"4\">"));
  EXPECT_EQ(text.find("kind=\"PROPOSED\"", text.find("kind=\"PROPOSED\"") + 1), std::string::npos);
  EXPECT_TRUE(contains(text, "<spell start=\"2020\" end=\"2021\"/>"));
  // The Year node 2020 lives in its own year.
  const std::size_t year = text.find("<node id=\"year:2020\"");
  ASSERT_NE(year, std::string::npos);
  EXPECT_LT(text.find("<spell start=\"2020\" end=\"2020\"/>", year), text.find("</node>", year));
  // A node with only year-less edges has no spell: shown all along.
  const std::size_t region = text.find("<node id=\"region:Central_Asia\"");
  ASSERT_NE(region, std::string::npos);
  EXPECT_GT(text.find("<spells>", region), text.find("</node>", region));
}

TEST(GexfWriter, SplitsSpellsAtGapsBetweenYears) {
  graph::KnowledgeGraph g;
  auto a = g.add_node(NodeType::Country, "甲");
  auto b = g.add_node(NodeType::Organization, "乙");
  for (int year : {2018, 2019, 2021}) g.add_edge(a, RelationType::MemberOf, b, year);
  const std::string text = gexf(g, GexfMode::Dynamic);
  EXPECT_TRUE(contains(text,
                       "<spell start=\"2018\" end=\"2019\"/>\n"
                       "          <spell start=\"2021\" end=\"2021\"/>"))
      << text;
}

// xmllint with the official XSD (tests/export/schemas, vendored).
void expect_valid_against_xsd(const std::string& text, const std::string& name) {
  if (!testing::have_program("xmllint")) {
    GTEST_SKIP() << "xmllint is not installed (Debian package libxml2-utils)";
  }
  const std::string schema = testing::gexf_schema();
  const std::string file = testing::temporary_file(name, text);
  int status = 0;
  const std::string output =
      testing::run("xmllint --noout --schema " + testing::shell_quote(schema + "/gexf.xsd") + " " +
                       testing::shell_quote(file) + " 2>&1",
                   status);
  std::filesystem::remove(file);
  EXPECT_EQ(status, 0) << output;
}

TEST(GexfWriter, StaticIsValidAgainstTheGexf13Schema) {
  expect_valid_against_xsd(gexf(sample_graph(), GexfMode::Static), "static.gexf");
}

TEST(GexfWriter, DynamicIsValidAgainstTheGexf13Schema) {
  expect_valid_against_xsd(gexf(sample_graph(), GexfMode::Dynamic), "dynamic.gexf");
}

TEST(GexfWriter, EmptyGraphIsValidAgainstTheGexf13Schema) {
  expect_valid_against_xsd(gexf(graph::KnowledgeGraph(), GexfMode::Dynamic), "empty.gexf");
}

TEST(GexfWriter, IsReadByGephiLitesParserWithAttributesAndViz) {
  if (auto missing = testing::js_consumers_missing()) GTEST_SKIP() << *missing;
  const graph::KnowledgeGraph g = sample_graph();
  const std::string file = testing::temporary_file("graphology.gexf", gexf(g, GexfMode::Static));
  int status = 0;
  const std::string output = testing::run_js("read_graph.mjs", {"gexf", file}, status);
  std::filesystem::remove(file);
  ASSERT_EQ(status, 0) << output;
  rapidjson::Document read;
  read.Parse(output.c_str());
  ASSERT_FALSE(read.HasParseError()) << output;
  EXPECT_EQ(read["order"].GetUint(), g.node_count());
  EXPECT_EQ(read["size"].GetUint(), g.edge_count());

  const auto& china = read["nodes"]["country:CN"];
  EXPECT_STREQ(china["label"].GetString(), "中国");
  EXPECT_STREQ(china["type"].GetString(), "Country");
  EXPECT_STREQ(china["iso"].GetString(), "CN");
  EXPECT_STREQ(china["aliases"].GetString(), "China|PRC\\|中国|中华人民共和国");
  EXPECT_EQ(china["mentions"].GetInt64(), 5);  // declared long: read as a number
  EXPECT_EQ(china["degree"].GetInt(), 3);
  EXPECT_STREQ(china["color"].GetString(), "rgb(141,211,199)");
  EXPECT_DOUBLE_EQ(china["size"].GetDouble(), 18.66);

  const std::string hard_id = testing::hard_node_id();
  ASSERT_TRUE(read["nodes"].HasMember(hard_id.c_str())) << hard_id;
  EXPECT_EQ(std::string(read["nodes"][hard_id.c_str()]["label"].GetString()), valid_text(kHardName));

  int proposed = 0;
  for (const auto& edge : read["edges"].GetArray()) {
    const auto& attributes = edge["attributes"];
    if (std::string(attributes["relation"].GetString()) != "PROPOSED") continue;
    ++proposed;
    EXPECT_STREQ(edge["source"].GetString(), "country:CN");
    EXPECT_STREQ(attributes["kind"].GetString(), "PROPOSED");
    EXPECT_EQ(attributes["year"].GetInt(), 2020);  // the earliest
    EXPECT_EQ(attributes["weight"].GetDouble(), 4);
    EXPECT_STREQ(attributes["doc"].GetString(), "docs/a.txt|docs/b.txt");
  }
  EXPECT_EQ(proposed, 1);
}

}  // namespace
}  // namespace kg::exporter
