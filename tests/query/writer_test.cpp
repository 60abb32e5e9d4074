// The result formats: table, JSON, CSV and the explanation.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <sstream>

#include "tests/query/fixture.h"

namespace kg::query {
namespace {

std::string written(const std::string& query, Format format) {
  std::ostringstream out;
  write_result(testing::engine(), testing::engine().run(query), format, out);
  return out.str();
}

TEST(ResultWriter, TableAlignsWideCharacters) {
  EXPECT_EQ(
      written("MATCH (c:Country) WHERE c.iso IN ['CN', 'FR'] RETURN c.name AS name, c.iso ORDER BY c.iso",
              Format::Table),
      "name | c.iso\n"
      "-----+------\n"
      "中国 | CN\n"
      "法国 | FR\n"
      "(2 rows)\n");
}

TEST(ResultWriter, JsonKeysRowsByColumnAndRendersGraphValues) {
  std::string json = written(
      "MATCH p = (c {name: '美国'})-[r:SIGNED]->(i) RETURN c, r, p, r.year AS year, i.aliases", Format::Json);
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
  ASSERT_EQ(row["r"]["years"].Size(), 1u);
  EXPECT_EQ(row["r"]["years"][0].GetInt(), 2001);
  EXPECT_STREQ(row["r"]["evidence"][0]["sentence"].GetString(),
               "The United States signed the Convention on Cybercrime in 2001.");
  EXPECT_STREQ(row["r"]["evidence"][0]["doc"].GetString(), "corpus/c.txt");
  ASSERT_EQ(row["p"].Size(), 3u);
  EXPECT_STREQ(row["p"][2]["name"].GetString(), "网络犯罪公约");
  EXPECT_EQ(row["year"].GetInt(), 2001);
  EXPECT_EQ(row["i.aliases"].Size(), 2u);
}

TEST(ResultWriter, ARelationshipOfSeveralYearsShowsThemAll) {
  const std::string query = "MATCH (c {name: '中国'})-[r:PROPOSED|MEMBER_OF]->(i {name: $}) RETURN r";
  auto of = [&](const std::string& name, Format format) {
    std::string text = query;
    text.replace(text.find('$'), 1, "'" + name + "'");
    return written(text, format);
  };
  EXPECT_NE(of("全球数据安全倡议", Format::Table)
                .find("(中国:Country)-[:PROPOSED 2020, 2021]->(全球数据安全倡议:Initiative)"),
            std::string::npos);
  EXPECT_NE(
      of("上海合作组织", Format::Table).find("(中国:Country)-[:MEMBER_OF]->(上海合作组织:Organization)"),
      std::string::npos);
  rapidjson::Document document;
  document.Parse(of("全球数据安全倡议", Format::Json).c_str());
  ASSERT_FALSE(document.HasParseError());
  const auto& r = document[0]["r"];
  EXPECT_EQ(r["year"].GetInt(), 2020);  // the earliest
  ASSERT_EQ(r["years"].Size(), 2u);
  EXPECT_EQ(r["years"][1].GetInt(), 2021);
  document.Parse(of("上海合作组织", Format::Json).c_str());
  EXPECT_TRUE(document[0]["r"]["year"].IsNull());
  EXPECT_EQ(document[0]["r"]["years"].Size(), 0u);

  std::ostringstream out;
  write_explanation(
      testing::engine(),
      testing::engine().run("MATCH (c {name: '中国'})-[r:PROPOSED]->(i {name: '全球数据安全倡议'}) RETURN r"),
      out);
  EXPECT_NE(out.str().find("    中国 PROPOSED 全球数据安全倡议 (2020, 2021)\n"), std::string::npos)
      << out.str();
}

TEST(ResultWriter, JsonOfNoRowsIsAnEmptyArray) {
  EXPECT_EQ(written("MATCH (c:Region)-->(d) RETURN c", Format::Json), "[]\n");
}

TEST(ResultWriter, CsvQuotesWhereNeeded) {
  EXPECT_EQ(
      written("MATCH (c {name: '欧盟'}) RETURN c, c.aliases AS aliases, 'a,\"b' AS odd, null AS nothing",
              Format::Csv),
      "c,aliases,odd,nothing\r\n"
      "欧盟,\"[\"\"EU\"\", \"\"European Union\"\", \"\"欧洲联盟\"\"]\",\"a,\"\"b\",\r\n");
}

TEST(ResultWriter, ExplanationShowsEvidenceForEachStep) {
  std::ostringstream out;
  Result result = testing::engine().run(
      "MATCH p = shortestPath((a {name: '俄罗斯'})-[:COOPERATES_WITH|PROPOSED*..2]-(b {name: "
      "'全球人工智能治理倡议'})) RETURN p");
  write_explanation(testing::engine(), result, out);
  std::string text = out.str();
  EXPECT_NE(text.find("(俄罗斯:Country)<-[:COOPERATES_WITH 2021]-(中国:Country)-[:PROPOSED "
                      "2023]->(全球人工智能治理倡议:Initiative)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\"中俄在网络安全领域开展合作。\"\n        -- corpus/b.txt:10"), std::string::npos)
      << text;
  EXPECT_NE(text.find("China proposed the Global AI Governance Initiative in 2023."), std::string::npos)
      << text;
}

TEST(Shortcuts, QuoteUserTextAsStringLiterals) {
  EXPECT_EQ(string_literal("a\"b\\c"), "\"a\\\"b\\\\c\"");
  Result result = testing::engine().run(neighbors_query("中国", "MEMBER_OF", std::nullopt));
  EXPECT_EQ(result.rows.size(), 3u);
  EXPECT_THROW(neighbors_query("x", "MEMBER", std::nullopt), Error);
  Result path = testing::engine().run(path_query("印度", "中国", 5, true));
  EXPECT_EQ(path.rows.size(), 2u);  // by BRICS and by the SCO
}

TEST(ResultWriter, MapsInEveryFormat) {
  const std::string query =
      "MATCH (c:Country {name: '中国'}) RETURN {name: c.name, n: 1.5, l: [1, 'a, \\\"b'], m: {}, z: null} AS "
      "m";
  EXPECT_EQ(written(query, Format::Table),
            "m\n"
            "--------------------------------------------------------\n"
            "{l: [1, \"a, \\\"b\"], m: {}, n: 1.5, name: \"中国\", z: null}\n"
            "(1 row)\n");
  EXPECT_EQ(written(query, Format::Json),
            "[\n  {\"m\":{\"l\":[1,\"a, \\\"b\"],\"m\":{},\"n\":1.5,\"name\":\"中国\",\"z\":null}}\n]\n");
  EXPECT_EQ(written(query, Format::Csv),
            "m\r\n\"{l: [1, \"\"a, \\\"\"b\"\"], m: {}, n: 1.5, name: \"\"中国\"\", z: null}\"\r\n");
}

}  // namespace
}  // namespace kg::query
