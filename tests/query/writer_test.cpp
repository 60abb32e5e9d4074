// The result formats: table, JSON, CSV and the explanation.
#include <gtest/gtest.h>

#include <sstream>

#include <rapidjson/document.h>

#include "tests/query/fixture.h"

namespace kg::query {
namespace {

std::string written(const std::string& query, Format format) {
  std::ostringstream out;
  write_result(testing::engine(), testing::engine().run(query), format, out);
  return out.str();
}

TEST(ResultWriter, TableAlignsWideCharacters) {
  EXPECT_EQ(written("MATCH (c:Country) WHERE c.iso IN ['CN', 'FR'] RETURN c.name AS name, c.iso ORDER BY c.iso", Format::Table),
            "name | c.iso\n"
            "-----+------\n"
            "中国 | CN\n"
            "法国 | FR\n"
            "(2 rows)\n");
}

TEST(ResultWriter, JsonKeysRowsByColumnAndRendersGraphValues) {
  std::string json = written(
      "MATCH p = (c {name: 'USA'})-[r:SIGNED]->(i) RETURN c, r, p, r.year AS year, i.aliases", Format::Json);
  rapidjson::Document document;
  document.Parse(json.c_str());
  ASSERT_FALSE(document.HasParseError()) << json;
  ASSERT_TRUE(document.IsArray());
  ASSERT_EQ(document.Size(), 1u);
  const auto& row = document[0];
  EXPECT_STREQ(row["c"]["name"].GetString(), "美国");
  EXPECT_STREQ(row["c"]["type"].GetString(), "Country");
  EXPECT_STREQ(row["r"]["type"].GetString(), "SIGNED");
  EXPECT_EQ(row["r"]["year"].GetInt(), 2001);
  EXPECT_STREQ(row["r"]["evidence"][0]["sentence"].GetString(),
               "The United States signed the Convention on Cybercrime in 2001.");
  EXPECT_STREQ(row["r"]["evidence"][0]["doc"].GetString(), "corpus/c.txt");
  ASSERT_EQ(row["p"].Size(), 3u);
  EXPECT_STREQ(row["p"][2]["name"].GetString(), "网络犯罪公约");
  EXPECT_EQ(row["year"].GetInt(), 2001);
  EXPECT_EQ(row["i.aliases"].Size(), 2u);
}

TEST(ResultWriter, JsonOfNoRowsIsAnEmptyArray) {
  EXPECT_EQ(written("MATCH (c:Region)-->(d) RETURN c", Format::Json), "[]\n");
}

TEST(ResultWriter, CsvQuotesWhereNeeded) {
  EXPECT_EQ(written("MATCH (c {name: 'EU'}) RETURN c, c.aliases AS aliases, 'a,\"b' AS odd, null AS nothing", Format::Csv),
            "c,aliases,odd,nothing\r\n"
            "欧盟,\"[\"\"EU\"\", \"\"European Union\"\", \"\"欧洲联盟\"\"]\",\"a,\"\"b\",\r\n");
}

TEST(ResultWriter, ExplanationShowsEvidenceForEachStep) {
  std::ostringstream out;
  Result result = testing::engine().run(
      "MATCH p = shortestPath((a {name: 'Russia'})-[:COOPERATES_WITH|PROPOSED*..2]-(b {name: 'Global AI Governance Initiative'})) RETURN p");
  write_explanation(testing::engine(), result, out);
  std::string text = out.str();
  EXPECT_NE(text.find("(俄罗斯:Country)<-[:COOPERATES_WITH 2021]-(中国:Country)-[:PROPOSED 2023]->(全球人工智能治理倡议:Initiative)"),
            std::string::npos) << text;
  EXPECT_NE(text.find("\"中俄在网络安全领域开展合作。\"\n        -- corpus/b.txt:10"), std::string::npos) << text;
  EXPECT_NE(text.find("China proposed the Global AI Governance Initiative in 2023."), std::string::npos) << text;
}

TEST(Shortcuts, QuoteUserTextAsStringLiterals) {
  EXPECT_EQ(string_literal("a\"b\\c"), "\"a\\\"b\\\\c\"");
  Result result = testing::engine().run(neighbors_query("我国", "MEMBER_OF", std::nullopt));
  EXPECT_EQ(result.rows.size(), 3u);
  EXPECT_THROW(neighbors_query("x", "MEMBER", std::nullopt), Error);
  Result path = testing::engine().run(path_query("India", "China", 5, true));
  EXPECT_EQ(path.rows.size(), 2u);  // by BRICS and by the SCO
}

}  // namespace
}  // namespace kg::query
