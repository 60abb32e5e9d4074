// `kg query`, `kg neighbors` and `kg path` as users run them: output, exit
// codes, and errors on standard error.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <string>

namespace {

struct CommandRun {
  int status = -1;
  std::string out;
};

const std::string kGraph = KG_SOURCE_DIR "/tests/query/data/governance.kg.json";

std::string quoted(const std::string& arg) {
  std::string result = "'";
  for (char c : arg) {
    if (c == '\'')
      result += "'\\''";
    else
      result += c;
  }
  return result + "'";
}

// Runs kg with `args`; standard error goes to the output too, after it.
CommandRun kg(const std::string& args, const std::string& input = "") {
  std::string command = std::string(KG_BINARY) + " " + args + " 2>&1";
  if (!input.empty())
    command = "printf '%s' " + quoted(input) + " | " + command;
  else
    command += " </dev/null";
  CommandRun run;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) run.out.append(buffer.data(), n);
  int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

TEST(QueryCommand, PrintsATable) {
  CommandRun run =
      kg("query " + kGraph + " " +
         quoted("MATCH (c {name: '中国'})-[r:PROPOSED]->(i) RETURN i.name, r.year ORDER BY r.year LIMIT 1"));
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "i.name       | r.year\n-------------+-------\n数字丝绸之路 | 2015\n(1 row)\n");
}

TEST(QueryCommand, PrintsJsonAndCsvAndHonoursLimit) {
  CommandRun json =
      kg("query " + kGraph + " " + quoted("MATCH (c:Country) RETURN c.iso AS iso ORDER BY iso") +
         " --format json --limit 2");
  EXPECT_EQ(json.status, 0);
  EXPECT_EQ(json.out, "[\n  {\"iso\":\"BR\"},\n  {\"iso\":\"CN\"}\n]\n");
  CommandRun csv = kg("query " + kGraph + " " +
                      quoted("MATCH (c:Country) RETURN c.iso AS iso ORDER BY iso LIMIT 1") + " --format csv");
  EXPECT_EQ(csv.out, "iso\r\nBR\r\n");
}

TEST(QueryCommand, ReadsTheQueryFromAFileOrStandardInput) {
  std::string file = ::testing::TempDir() + "/query.cypher";
  std::ofstream(file)
      << "// members of the EU\nMATCH (c)-[:MEMBER_OF]->({name: '欧盟'})\nRETURN count(*) AS n;\n";
  CommandRun from_file = kg("query " + kGraph + " -f " + file + " --format csv");
  EXPECT_EQ(from_file.out, "n\r\n2\r\n");
  CommandRun from_stdin = kg("query " + kGraph + " --format csv", "MATCH (p:Person) RETURN p.name");
  EXPECT_EQ(from_stdin.out, "p.name\r\n古特雷斯\r\n");
}

TEST(QueryCommand, TakesParametersAsJsonLiteralsElseStrings) {
  CommandRun run =
      kg("query " + kGraph + " " +
         quoted("MATCH (c:Country {name: $who})-[r:PROPOSED]->(i) WHERE r.year IN $y "
                "RETURN i.name AS name, $s AS s, $n AS n ORDER BY name LIMIT $n") +
         " --param who=中国 --param 'y=[2020,2023]' --param s='\"3\"' --param n=3 --format json");
  EXPECT_EQ(run.status, 0) << run.out;
  EXPECT_EQ(run.out,
            "[\n  {\"name\":\"全球人工智能治理倡议\",\"s\":\"3\",\"n\":3},\n"
            "  {\"name\":\"全球数据安全倡议\",\"s\":\"3\",\"n\":3}\n]\n");
}

TEST(QueryCommand, AnUnknownParameterIsAnErrorWithACaret) {
  CommandRun run =
      kg("query " + kGraph + " " + quoted("MATCH (c) WHERE c.name = $whom RETURN c") + " --param who=中国");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out,
            "kg query: 1:26: unknown parameter $whom; did you mean `$who`?\n"
            "  MATCH (c) WHERE c.name = $whom RETURN c\n"
            "                           ^\n");
  CommandRun bad = kg("query " + kGraph + " " + quoted("MATCH (c) RETURN c") + " --param who");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.out.find("--param takes NAME=VALUE"), std::string::npos) << bad.out;
  // A JSON object is a map.
  CommandRun map = kg("query " + kGraph + " " + quoted("MATCH (c {name: '中国'}) RETURN $m.a, $m") +
                      " --param 'm={\"b\":[2],\"a\":1}'");
  EXPECT_EQ(map.status, 0) << map.out;
  EXPECT_NE(map.out.find("1    | {a: 1, b: [2]}"), std::string::npos) << map.out;
}

TEST(QueryCommand, ABadQueryIsOneMessageWithACaretAndExitCode1) {
  CommandRun run = kg("query " + kGraph + " " + quoted("MATCH (c:Contry) RETURN c"));
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out,
            "kg query: 1:10: unknown label `Contry`; did you mean `Country`?\n"
            "  MATCH (c:Contry) RETURN c\n"
            "           ^\n");
}

TEST(QueryCommand, AnErrorInAQueryFileNamesTheFile) {
  std::string file = ::testing::TempDir() + "/bad.cypher";
  std::ofstream(file) << "MATCH (c:Country)\nRETURN c.nmae\n";
  CommandRun run = kg("query " + kGraph + " -f " + file);
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "kg query: " + file +
                         ":2:10: unknown node property `nmae`; did you mean `name`?\n"
                         "  RETURN c.nmae\n"
                         "           ^\n");
}

TEST(QueryCommand, ExplainShowsTheEvidence) {
  CommandRun run = kg("query " + kGraph + " " + quoted("MATCH (c {name: '美国'})-[r:SIGNED]->(i) RETURN r") +
                      " --explain");
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(
      run.out.find(
          "\"The United States signed the Convention on Cybercrime in 2001.\"\n        -- corpus/c.txt:11"),
      std::string::npos)
      << run.out;
}

TEST(QueryCommand, BadOptionsAreUsageErrors) {
  EXPECT_EQ(kg("query " + kGraph + " 'MATCH (n) RETURN n' --format xml").status, 2);
  EXPECT_EQ(kg("query " + kGraph + " 'MATCH (n) RETURN n' --max-hops 11").status, 2);
}

TEST(NeighborsCommand, ListsRelationshipsByAlias) {
  CommandRun run = kg("neighbors " + kGraph + " 俄方 --relation COOPERATES_WITH --format csv");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "node,from,relation,to,years,mentions\r\n俄罗斯,中国,COOPERATES_WITH,俄罗斯,[2021],1\r\n");
  // A relationship stated in 2020 and 2021 is one row with both years.
  CommandRun proposed = kg("neighbors " + kGraph + " China --relation PROPOSED --type Initiative");
  EXPECT_EQ(proposed.status, 0);
  EXPECT_NE(proposed.out.find("中国 | 中国 | PROPOSED | 全球数据安全倡议     | [2020, 2021] | 2\n"),
            std::string::npos)
      << proposed.out;
  CommandRun unknown = kg("neighbors " + kGraph + " 俄方 --relation COOPERATE_WITH");
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.out.find("did you mean 'COOPERATES_WITH'?"), std::string::npos) << unknown.out;
  EXPECT_EQ(kg("neighbors " + kGraph + " Atlantis").status, 1);
}

TEST(PathCommand, ExplainsAShortestPath) {
  // Two paths of two steps: via BRICS, and via China, whose steps have evidence.
  CommandRun one = kg("path " + kGraph + " Russia 'Global AI Governance Initiative'");
  EXPECT_EQ(one.status, 0);
  EXPECT_NE(one.out.find("(1 row)"), std::string::npos) << one.out;
  CommandRun run = kg("path " + kGraph + " Russia 'Global AI Governance Initiative' --all");
  EXPECT_NE(run.out.find("(俄罗斯:Country)-[:MEMBER_OF]->(金砖国家:Organization)-[:SUPPORTS "
                         "2023]->(全球人工智能治理倡议:Initiative)"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("(俄罗斯:Country)<-[:COOPERATES_WITH 2021]-(中国:Country)-[:PROPOSED "
                         "2023]->(全球人工智能治理倡议:Initiative)"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("中俄在网络安全领域开展合作。"), std::string::npos);
  CommandRun all = kg("path " + kGraph + " India China --all --format csv");
  EXPECT_EQ(all.out.substr(0, 2), "p\r");
  EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 3);
  CommandRun none = kg("path " + kGraph + " 亚太 China");
  EXPECT_EQ(none.status, 0);
  EXPECT_EQ(none.out, "no path between '亚太' and 'China' (中国) within 5 hops\n");
}

}  // namespace
