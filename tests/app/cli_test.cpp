// Runs the `kg` binary as a user would and checks exit codes, messages and files.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/graph.h"
#include "graph/native_file.h"

namespace {
namespace graph = kg::graph;

namespace fs = std::filesystem;

struct CommandResult {
  int exit_code;
  std::string out;
  std::string err;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kg_cli_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // `args` is spliced into a shell command line: quote paths in it.
  CommandResult kg(const std::string& args) const {
    const fs::path out = dir_ / "stdout", err = dir_ / "stderr";
    std::string command =
        std::string(KG_BINARY) + " " + args + " >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
  }

  std::string at(const std::string& name) const { return "'" + (dir_ / name).string() + "'"; }
  void write(const std::string& name, const std::string& content) const {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }

  const std::string samples_ = "'" + std::string(KG_SOURCE_DIR) + "/samples'";
  fs::path dir_;
};

TEST_F(Cli, HelpListsTheCommands) {
  CommandResult run = kg("--help");
  EXPECT_EQ(run.exit_code, 0);
  for (const char* command : {"build", "stats", "show"}) {
    EXPECT_NE(run.out.find(command), std::string::npos) << command;
  }
}

TEST_F(Cli, EveryCommandHasHelpWithAnExample) {
  for (const char* command : {"build", "stats", "show"}) {
    CommandResult run = kg(std::string(command) + " --help");
    EXPECT_EQ(run.exit_code, 0) << command;
    EXPECT_NE(run.out.find("Usage: kg " + std::string(command)), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Example"), std::string::npos) << command;
  }
}

TEST_F(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(kg("").exit_code, 2);
  CommandResult unknown = kg("frobnicate");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos);
  CommandResult no_output = kg("build " + samples_);
  EXPECT_EQ(no_output.exit_code, 2);
  EXPECT_NE(no_output.err.find("-o FILE"), std::string::npos) << no_output.err;
  CommandResult bad_extension = kg("build " + samples_ + " -o " + at("graph.xyz"));
  EXPECT_EQ(bad_extension.exit_code, 2);
  EXPECT_NE(bad_extension.err.find("graph.xyz"), std::string::npos);
  EXPECT_EQ(kg("stats").exit_code, 2);
  EXPECT_EQ(kg("build --no-such-option").exit_code, 2);
}

TEST_F(Cli, BuildsTheSamplesIntoEveryFormatAsked) {
  CommandResult run =
      kg("build " + samples_ + " -o " + at("s.kg.json") + " -o " + at("s.graphml") + " -o " + at("s.dot"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("read 4 documents"), std::string::npos) << run.out;
  graph::KnowledgeGraph graph = graph::load_native((dir_ / "s.kg.json").string());
  EXPECT_EQ(graph.documents().size(), 4u);
  EXPECT_NE(read_file(dir_ / "s.graphml").find("<graphml"), std::string::npos);
  EXPECT_NE(read_file(dir_ / "s.dot").find("digraph"), std::string::npos);

  CommandResult stats = kg("stats " + at("s.kg.json"));
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find("documents: 4"), std::string::npos) << stats.out;
}

TEST_F(Cli, BuildingTwiceGivesTheSameBytes) {
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("a.kg.json")).exit_code, 0);
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("b.kg.json")).exit_code, 0);
  EXPECT_EQ(read_file(dir_ / "a.kg.json"), read_file(dir_ / "b.kg.json"));
}

TEST_F(Cli, MissingInputIsAnErrorNamingIt) {
  CommandResult run = kg("build " + at("nowhere.txt") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("nowhere.txt: no such file or directory"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(dir_ / "g.kg.json"));
}

TEST_F(Cli, BinaryFileIsSkippedWithItsPositionAndExitThree) {
  fs::create_directories(dir_ / "in");
  write("in/good.txt", "中国与巴西开展合作。\n");
  write("in/image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  CommandResult run = kg("build " + at("in") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_NE(run.err.find("image.png:3:1:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("binary file"), std::string::npos) << run.err;
  EXPECT_EQ(graph::load_native((dir_ / "g.kg.json").string()).documents().size(), 1u);
}

TEST_F(Cli, OtherEncodingIsConvertedWithAWarningNamingIt) {
  // Two sentences in GB18030 (the detector needs more than a few characters).
  write("gbk.txt",
        "\xd6\xd0\xb9\xfa\xd3\xeb\xb0\xcd\xce\xf7\xd4\xda\xca\xfd\xd7\xd6\xbe\xad\xbc\xc3\xc1\xec"
        "\xd3\xf2\xbf\xaa\xd5\xb9\xba\xcf\xd7\xf7\xa1\xa3\xc1\xbd\xb9\xfa\xc7\xa9\xca\xf0\xc1\xcb"
        "\xb6\xe0\xcf\xee\xba\xcf\xd7\xf7\xce\xc4\xbc\xfe\xa3\xac\xcd\xc6\xb6\xaf\xcd\xf8\xc2\xe7"
        "\xbf\xd5\xbc\xe4\xd6\xce\xc0\xed\xa1\xa3\n");
  CommandResult run = kg("build " + at("gbk.txt") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("gbk.txt: read as GB18030"), std::string::npos) << run.err;
}

TEST_F(Cli, NothingReadableIsAnError) {
  write("binary.bin", std::string("\x7f"
                                  "ELF\0\0\0",
                                  7));
  CommandResult run = kg("build " + at("binary.bin") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("binary file"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(dir_ / "g.kg.json"));
}

TEST_F(Cli, CorruptGraphFileIsAnErrorWithItsPosition) {
  write("bad.kg.json", "{\n  \"format\": \"kg-graph\",\n  oops\n}");
  CommandResult run = kg("stats " + at("bad.kg.json"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("bad.kg.json:3:3: not valid JSON"), std::string::npos) << run.err;
}

TEST_F(Cli, ShowFindsANodeByAliasAndPrintsEvidence) {
  graph::KnowledgeGraph graph;
  auto china = graph.add_node(graph::NodeType::Country, "中国");
  graph.add_alias(china, "我国", "rules");
  graph.set_attribute(china, "iso", "CN");
  auto initiative = graph.add_node(graph::NodeType::Initiative, "全球发展倡议");
  auto edge = graph.add_edge(china, graph::RelationType::Proposed, initiative, 2021);
  graph.add_document({"doc.txt", 400, "0123456789abcdef0123456789abcdef01234567"});
  graph.add_evidence(edge, {"doc.txt", "2021年，我国提出全球发展倡议。", 120, 7, "r", "提出", 2021});
  graph.add_evidence(edge, {"doc.txt", "2023年，我国再次提出该倡议。", 300, 9, "r", "提出", 2023});
  graph.add_evidence(edge, {"doc.txt", "2023年，我国再次提出该倡议。", 300, 9, "r", "再次提出", 2023});
  graph::save_native(graph, (dir_ / "g.kg.json").string());

  CommandResult run = kg("show " + at("g.kg.json") + " 我国");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("中国 (Country)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("iso: CN"), std::string::npos);
  // One edge with its two years, weighed by its two sentences.
  EXPECT_NE(run.out.find("-PROPOSED-> 全球发展倡议 (Initiative) in 2021, 2023  x2\n"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("2021年，我国提出全球发展倡议。"), std::string::npos);
  EXPECT_NE(run.out.find("doc.txt:7"), std::string::npos);

  CommandResult reverse = kg("show " + at("g.kg.json") + " 全球发展倡议");
  EXPECT_NE(reverse.out.find("<-PROPOSED- 中国 (Country)"), std::string::npos) << reverse.out;

  CommandResult missing = kg("show " + at("g.kg.json") + " 发展");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no node is called '发展'; names containing it: 全球发展倡议"),
            std::string::npos)
      << missing.err;
}

TEST_F(Cli, ShowPathAndNeighborsFindNodesByNamesTheRulesAndCldrKnow) {
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("s.kg.json")).exit_code, 0);
  // No document of the samples writes EU, China or United States: the rule
  // pack and CLDR know them, and Latin script matches without case.
  CommandResult eu = kg("show " + at("s.kg.json") + " EU");
  ASSERT_EQ(eu.exit_code, 0) << eu.err;
  EXPECT_EQ(eu.out.rfind("欧盟 (Organization)\n", 0), 0u) << eu.out;
  CommandResult china = kg("show " + at("s.kg.json") + " china");
  ASSERT_EQ(china.exit_code, 0) << china.err;
  EXPECT_EQ(china.out.rfind("中国 (Country)\n", 0), 0u) << china.out;

  CommandResult neighbors = kg("neighbors " + at("s.kg.json") + " 'United States' --format csv");
  ASSERT_EQ(neighbors.exit_code, 0) << neighbors.err;
  EXPECT_NE(neighbors.out.find("美国"), std::string::npos) << neighbors.out;

  CommandResult path = kg("path " + at("s.kg.json") + " 'European Union' China");
  ASSERT_EQ(path.exit_code, 0) << path.err;
  EXPECT_NE(path.out.find("欧盟"), std::string::npos) << path.out;
  EXPECT_NE(path.out.find("中国"), std::string::npos) << path.out;

  CommandResult missing = kg("path " + at("s.kg.json") + " EU Atlantis");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no node is called 'Atlantis'"), std::string::npos) << missing.err;
}

TEST_F(Cli, TheViewKnowsTheNamesTheRulesAndCldrKnowFromBuildAndExport) {
  // kg build and kg export write the same view, whose search finds 欧盟 by EU,
  // a name the samples never write.
  CommandResult build = kg("build " + samples_ + " -o " + at("s.kg.json") + " -o " + at("built.html"));
  ASSERT_EQ(build.exit_code, 0) << build.err;
  CommandResult exported = kg("export " + at("s.kg.json") + " -o " + at("exported.html") + " --title kg");
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  const std::string built = read_file(dir_ / "built.html");
  EXPECT_NE(built.find(R"("name":"欧盟")"), std::string::npos);
  EXPECT_NE(built.find(R"("known":["EU",)"), std::string::npos);
  EXPECT_EQ(built, read_file(dir_ / "exported.html"));
}

TEST_F(Cli, AnAliasNamesItsNodeOnTheCommandLineButNotInAPattern) {
  graph::KnowledgeGraph graph;
  const auto ours = graph.add_node(graph::NodeType::Country, "Ruritania");
  graph.add_alias(ours, "our country", "text");
  const auto club = graph.add_node(graph::NodeType::Organization, "Northern Club");
  graph.add_alias(club, "the Club", "text");
  const auto other = graph.add_node(graph::NodeType::Organization, "Southern Club");
  graph.add_alias(other, "the Club", "text");
  graph.add_edge(ours, graph::RelationType::MemberOf, club, std::nullopt);
  graph::save_native(graph, (dir_ / "g.kg.json").string());
  // kg neighbors and kg path take the alias and ask for the canonical name.
  CommandResult neighbors = kg("neighbors " + at("g.kg.json") + " 'our country' --format csv");
  ASSERT_EQ(neighbors.exit_code, 0) << neighbors.err;
  EXPECT_NE(neighbors.out.find("Northern Club"), std::string::npos) << neighbors.out;
  // An alias two nodes share is ambiguous there.
  CommandResult shared = kg("path " + at("g.kg.json") + " 'our country' 'the Club'");
  EXPECT_EQ(shared.exit_code, 1);
  EXPECT_NE(shared.err.find("'the Club' may be any of 2 nodes"), std::string::npos) << shared.err;
  // In Cypher, {name: ...} is the canonical name; aliases are a list.
  CommandResult pattern =
      kg("query " + at("g.kg.json") + " \"MATCH (c {name: 'our country'}) RETURN c.name\"");
  ASSERT_EQ(pattern.exit_code, 0) << pattern.err;
  EXPECT_NE(pattern.out.find("(0 rows)"), std::string::npos) << pattern.out;
  CommandResult listed =
      kg("query " + at("g.kg.json") + " \"MATCH (c) WHERE 'our country' IN c.aliases RETURN c.name\"");
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_NE(listed.out.find("Ruritania"), std::string::npos) << listed.out;
}

TEST_F(Cli, AnAmbiguousNameListsItsCandidates) {
  graph::KnowledgeGraph graph;
  const auto forum = graph.add_node(graph::NodeType::Organization, "Apex Forum");
  const auto summit = graph.add_node(graph::NodeType::Event, "Apex Forum");
  const auto china = graph.add_node(graph::NodeType::Country, "中国");
  graph.add_edge(china, graph::RelationType::MemberOf, forum, std::nullopt);
  graph.add_edge(china, graph::RelationType::ParticipatedIn, summit, std::nullopt);
  graph::save_native(graph, (dir_ / "g.kg.json").string());
  CommandResult run = kg("neighbors " + at("g.kg.json") + " 'apex forum'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("'apex forum' may be any of 2 nodes: Apex Forum (Organization), Apex Forum (Event)"),
            std::string::npos)
      << run.err;
  // kg show shows every candidate's card.
  CommandResult show = kg("show " + at("g.kg.json") + " 'APEX FORUM'");
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("Apex Forum (Organization)"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("Apex Forum (Event)"), std::string::npos) << show.out;
}

}  // namespace
