// Names in the reader's language end to end: a build from an English and a
// Chinese document gives one node with both names, and --lang on show,
// query, stats, path and neighbors picks the name each node is shown by.
#include "tests/app/kg_process.h"

namespace kg::testing {
namespace {

class Language : public KgProcess {
 protected:
  void SetUp() override {
    KgProcess::SetUp();
    write("en.txt", "In 2023, the European Union adopted the AI Act. The European Union met China.\n");
    write("zh.txt", "2023年，欧盟通过了人工智能法案。2020年，中国提出《全球数据安全倡议》。\n");
    const CommandResult built = kg("build " + at("en.txt") + " " + at("zh.txt") + " -o " + at("g.kg.json"));
    ASSERT_EQ(built.exit_code, 0) << built.err;
  }
  std::string graph() const { return at("g.kg.json"); }
};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(Language, AnEnglishAndAChineseDocumentGiveOneNodeWithBothNames) {
  const std::string file = read_file(path("g.kg.json"));
  EXPECT_TRUE(
      has(file, "\"name\": \"欧盟\",\n   \"name_en\": \"European Union\",\n   \"name_zh\": \"欧盟\","))
      << file;
  const CommandResult eu = kg("query " + graph() + " 'MATCH (n:Organization) RETURN n.name, n.mentions'");
  EXPECT_EQ(eu.out, "n.name | n.mentions\n-------+-----------\n欧盟   | 3\n(1 row)\n") << eu.out;
  // Countries are named by CLDR in both languages.
  EXPECT_TRUE(has(file, "\"name\": \"中国\",\n   \"name_en\": \"China\",\n   \"name_zh\": \"中国\","))
      << file;
}

TEST_F(Language, ShowNamesTheNodeAndItsEdgesInTheLanguage) {
  const CommandResult english = kg("show " + graph() + " 欧盟 --lang en --evidence 0");
  EXPECT_EQ(english.exit_code, 0) << english.err;
  EXPECT_TRUE(has(english.out,
                  "European Union (Organization)\n  canonical name: 欧盟\n  name_en: European Union\n"
                  "  name_zh: 欧盟\n"))
      << english.out;
  EXPECT_TRUE(has(english.out, "-ADOPTED-> EU AI Act (Initiative) in 2023")) << english.out;
  const CommandResult canonical = kg("show " + graph() + " 'European Union' --evidence 0");
  EXPECT_TRUE(has(canonical.out, "欧盟 (Organization)\n  name_en: European Union\n")) << canonical.out;
  EXPECT_TRUE(has(canonical.out, "-ADOPTED-> 人工智能法案 (Initiative)")) << canonical.out;
  // A name --lang shows is one kg finds the node by.
  const CommandResult typed_back = kg("show " + graph() + " 'eu ai act' --evidence 0");
  EXPECT_TRUE(has(typed_back.out, "人工智能法案 (Initiative)\n  name_en: EU AI Act\n")) << typed_back.err;
  const CommandResult chinese = kg("show " + graph() + " 'European Union' --lang zh --evidence 0");
  EXPECT_TRUE(has(chinese.out, "欧盟 (Organization)\n  name_en")) << chinese.out;
}

TEST_F(Language, QueryShowsNodesInTheLanguageAndHasTheNamesAsProperties) {
  const std::string query =
      "'MATCH (a)-[:ADOPTED]->(i) RETURN a, i.name, i.name_en, i.name_zh, a.name_en IS NULL AS unknown'";
  const CommandResult english = kg("query " + graph() + " " + query + " --lang en");
  EXPECT_EQ(english.exit_code, 0) << english.err;
  EXPECT_TRUE(
      has(english.out, "(European Union:Organization) | 人工智能法案 | EU AI Act | 人工智能法案 | false"))
      << english.out;
  const CommandResult canonical = kg("query " + graph() + " " + query);
  EXPECT_TRUE(has(canonical.out, "(欧盟:Organization) | 人工智能法案")) << canonical.out;
  const CommandResult json =
      kg("query " + graph() + " 'MATCH (a)-[r:ADOPTED]->(i) RETURN a, r' --lang en --format json");
  EXPECT_TRUE(has(json.out, R"({"a":{"name":"European Union","type":"Organization"})")) << json.out;
  EXPECT_TRUE(has(json.out, R"("from":"European Union","to":"EU AI Act")")) << json.out;
  // {name: …} is the canonical name, exactly; the English name is name_en.
  const CommandResult by_name =
      kg("query " + graph() + " 'MATCH (n {name: \"European Union\"}) RETURN n.name'");
  EXPECT_TRUE(has(by_name.out, "(0 rows)")) << by_name.out;
  const CommandResult by_english =
      kg("query " + graph() + " 'MATCH (n {name_en: \"European Union\"}) RETURN n.name'");
  EXPECT_TRUE(has(by_english.out, "欧盟")) << by_english.out;
  const CommandResult year = kg("query " + graph() + " 'MATCH (y:Year) RETURN y.name_en, y.name_zh LIMIT 1'");
  EXPECT_TRUE(has(year.out, "null      | null")) << year.out;
}

TEST_F(Language, StatsListsTopNodesInTheLanguage) {
  const CommandResult english = kg("stats " + graph() + " --top 3 --lang en");
  EXPECT_EQ(english.exit_code, 0) << english.err;
  EXPECT_TRUE(has(english.out, "EU AI Act (Initiative)")) << english.out;
  const CommandResult json = kg("stats " + graph() + " --top 3 --lang en --format json");
  EXPECT_TRUE(has(json.out, R"("name": "EU AI Act")")) << json.out;
  const CommandResult canonical = kg("stats " + graph() + " --top 3");
  EXPECT_TRUE(has(canonical.out, "人工智能法案 (Initiative)")) << canonical.out;
}

TEST_F(Language, PathAndNeighborsNameNodesInTheLanguage) {
  const CommandResult path = kg("path " + graph() + " EU 2023 --lang en");
  EXPECT_EQ(path.exit_code, 0) << path.err;
  EXPECT_TRUE(has(path.out, "(European Union:Organization)-[:ADOPTED 2023]->(EU AI Act:Initiative)"))
      << path.out;
  EXPECT_TRUE(has(path.out, "    European Union ADOPTED EU AI Act (2023)")) << path.out;
  const CommandResult neighbors = kg("neighbors " + graph() + " China --lang en");
  EXPECT_TRUE(has(neighbors.out, "China | China | PROPOSED | Global Initiative on Data Security"))
      << neighbors.out;
  const CommandResult canonical = kg("neighbors " + graph() + " China");
  EXPECT_TRUE(has(canonical.out, "中国 | 中国 | PROPOSED | 全球数据安全倡议")) << canonical.out;
}

TEST_F(Language, AddingToAGraphFromAnOlderKgNamesItsNodes) {
  // Format version 3 had no names per language; CLDR names the country.
  write("old.kg.json", R"({"format": "kg-graph", "version": 3,
    "documents": [{"id": "old.txt", "bytes": 1, "sha1": "x"}],
    "nodes": [{"type": "Country", "name": "美国", "aliases": {}, "attributes": {"iso": "US"},
               "mentions": {"old.txt": 1}}],
    "edges": []})");
  const CommandResult appended = kg("build --append " + at("zh.txt") + " -o " + at("old.kg.json"));
  ASSERT_EQ(appended.exit_code, 0) << appended.err;
  const std::string file = read_file(path("old.kg.json"));
  EXPECT_TRUE(has(file, "\"name\": \"美国\",\n   \"name_en\": \"United States\",\n   \"name_zh\": \"美国\","))
      << file;
}

TEST_F(Language, AnUnknownLanguageIsAUsageError) {
  for (const char* command :
       {"show GRAPH 欧盟", "query GRAPH 'RETURN 1'", "stats GRAPH", "path GRAPH 欧盟 2023",
        "neighbors GRAPH 欧盟", "export GRAPH -o - --format dot"}) {
    std::string args = command;
    args.replace(args.find("GRAPH"), 5, graph());
    const CommandResult result = kg(args + " --lang fr");
    EXPECT_EQ(result.exit_code, 2) << command;
    EXPECT_TRUE(has(result.err, "--lang takes en or zh, not 'fr'")) << command << ": " << result.err;
  }
}

TEST_F(Language, EveryHelpTeachesLang) {
  for (const char* command : {"show", "query", "stats", "path", "neighbors", "export"}) {
    const CommandResult help = kg(std::string(command) + " --help");
    EXPECT_TRUE(has(help.out, "--lang en|zh")) << command;
    EXPECT_TRUE(has(help.out, "--lang en\n")) << command << " has no example with --lang";
  }
}

}  // namespace
}  // namespace kg::testing
