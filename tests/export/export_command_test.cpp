// `kg export` run as a user would: formats by extension or by name, views of
// the graph, exit codes 0/1/2 and their messages.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>

#include "export/export.h"
#include "graph/native_file.h"
#include "tests/export/consumers.h"
#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

namespace fs = std::filesystem;
using graph::NodeType;
using graph::RelationType;

struct CommandRun {
  int exit_code;
  std::string output;  // stdout and stderr
};

class ExportCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = testing::scratch_path(::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(directory_);
    fs::create_directories(directory_);
    // The sample graph without its invalid byte, which the native file refuses.
    graph::KnowledgeGraph g;
    auto china = g.add_node(NodeType::Country, "中国");
    g.set_attribute(china, "iso", "CN");
    auto gdsi = g.add_node(NodeType::Initiative, "全球数据安全倡议");
    auto sco = g.add_node(NodeType::Organization, "上海合作组织");
    auto hard = g.add_node(NodeType::Initiative, "Say \"hi\" \\ <b> & 'x'\nnext 🌐 مرحبا");
    g.add_node(NodeType::Organization, "Lone Council");  // no edges
    g.add_edge(china, RelationType::Proposed, gdsi, 2020);
    g.add_edge(china, RelationType::Proposed, gdsi, 2021);  // the same edge, in two years
    g.add_edge(china, RelationType::MemberOf, sco, std::nullopt);
    g.add_edge(sco, RelationType::Supports, hard, std::nullopt);
    graph::save_native(g, path("g.kg.json"));
  }
  void TearDown() override { fs::remove_all(directory_); }

  std::string path(const std::string& name) const { return (fs::path(directory_) / name).string(); }

  CommandRun kg(const std::string& args) const {
    int status = 0;
    std::string output = testing::run(std::string(KG_BINARY) + " export " + args + " 2>&1", status);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
  }
  std::string graph_file() const { return testing::shell_quote(path("g.kg.json")); }

  std::string directory_;
};

TEST_F(ExportCommand, HelpHasExamplesAndExitsZero) {
  CommandRun run = kg("--help");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.output.find("Examples:"), std::string::npos);
  EXPECT_NE(run.output.find("gexf-dynamic"), std::string::npos);
}

TEST_F(ExportCommand, WritesTheFormatOfTheExtension) {
  for (const std::string name : {"g.gexf", "g.json", "g.cyjs", "g.graphml", "g.dot", "g.svg"}) {
    CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path(name)));
    EXPECT_EQ(run.exit_code, 0) << name << ": " << run.output;
    EXPECT_NE(run.output.find(name == "g.dot" || name == "g.svg" ? "4 nodes, 3 edges" : "5 nodes, 3 edges"),
              std::string::npos)
        << run.output;
    EXPECT_GT(fs::file_size(path(name)), 0u) << name;
  }
}

TEST_F(ExportCommand, WritesAnInteractiveViewNamedAfterTheGraph) {
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("view.html")));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  // Every node, the lone one too: the view's search and filters find all.
  EXPECT_NE(run.output.find("(html): 5 nodes, 3 edges\n"), std::string::npos) << run.output;
  const std::string page = testing::read_file(path("view.html"));
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<title>g</title>"), std::string::npos);
  EXPECT_NE(page.find(R"("key":"country:CN")"), std::string::npos);
  EXPECT_NE(page.find("Lone Council"), std::string::npos);
  // The search knows the names the rules and CLDR give: China for 中国.
  EXPECT_NE(page.find(R"("China")"), std::string::npos);
  // --top applies as for the other formats.
  run = kg(graph_file() + " -o " + testing::shell_quote(path("top.htm")) + " --top 2");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("(html): 2 nodes, 1 edge"), std::string::npos) << run.output;
}

TEST_F(ExportCommand, WritesADirectoryFormatByName) {
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("kuzu/")) + " --format kuzu-csv");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_TRUE(fs::exists(path("kuzu/schema.cypher")));
  EXPECT_TRUE(fs::exists(path("kuzu/rels_PROPOSED_Country_Initiative.csv")));
}

TEST_F(ExportCommand, KeepsTheTopNodes) {
  // 中国 and 上海合作组织 have two edges each, 全球数据安全倡议 and the hard
  // label one.
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("top.gexf")) + " --top 2");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("2 nodes, 1 edge\n"), std::string::npos) << run.output;
}

TEST_F(ExportCommand, ExportsWhatAQueryReturns) {
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("q.svg")) +
                      " --query 'MATCH (c:Country)-[r:PROPOSED]->(i:Initiative) RETURN c, r, i'");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("2 nodes, 1 edge\n"), std::string::npos) << run.output;
}

TEST_F(ExportCommand, DrawsNodesWithoutEdgesOnlyWithIsolated) {
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("g.svg")));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("4 nodes, 3 edges; 1 node without edges left out (--isolated draws them)"),
            std::string::npos)
      << run.output;
  EXPECT_EQ(testing::read_file(path("g.svg")).find("Lone Council"), std::string::npos);
  run = kg(graph_file() + " -o " + testing::shell_quote(path("g.svg")) + " --isolated");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("5 nodes, 3 edges\n"), std::string::npos) << run.output;
  EXPECT_NE(testing::read_file(path("g.svg")).find("Lone Council"), std::string::npos);
}

TEST_F(ExportCommand, TitlesADiagramWithTheGraphAndTheViewOrWithTitle) {
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("g.dot")) + " --top 3");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(testing::read_file(path("g.dot"))
                .find(" Bold\">g</FONT><BR/><FONT POINT-SIZE=\"14\">top 3 nodes</FONT>"),
            std::string::npos)
      << testing::read_file(path("g.dot"));
  run = kg(graph_file() + " -o " + testing::shell_quote(path("g.dot")) +
           " --query 'MATCH (c:Country)-[r:PROPOSED]->(i)\n  RETURN c, r, i'");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(testing::read_file(path("g.dot"))
                .find(" Bold\">g</FONT><BR/><FONT POINT-SIZE=\"14\">MATCH (c:Country)-[r:PROPOSED]-&gt;(i) "
                      "RETURN c, r, i</FONT>"),
            std::string::npos)
      << testing::read_file(path("g.dot"));
  run = kg(graph_file() + " -o " + testing::shell_quote(path("g.svg")) +
           " --title 'Figure 2: 中国 & partners'");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(testing::read_file(path("g.svg")).find(">Figure 2: 中国 &amp; partners<"), std::string::npos);
}

TEST_F(ExportCommand, WritesRelationsOnEdgesOnlyWithEdgeLabels) {
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("g.dot")) + " --layout dot");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_EQ(testing::read_file(path("g.dot")).find("label=\"PROPOSED"), std::string::npos);
  EXPECT_NE(testing::read_file(path("g.dot")).find("xlabel=\"2020–21\""), std::string::npos);
  run = kg(graph_file() + " -o " + testing::shell_quote(path("g.dot")) + " --layout dot --edge-labels");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(testing::read_file(path("g.dot")).find("label=\"PROPOSED 2020–21\""), std::string::npos)
      << testing::read_file(path("g.dot"));
}

TEST_F(ExportCommand, WritesAPdf) {
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("g.pdf")));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("(pdf): 4 nodes, 3 edges"), std::string::npos) << run.output;
  EXPECT_EQ(testing::read_file(path("g.pdf")).substr(0, 5), "%PDF-");
}

TEST_F(ExportCommand, ReportsABadQueryWithExitCodeOne) {
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("q.svg")) + " --query 'MATCH ('");
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_FALSE(fs::exists(path("q.svg")));
}

TEST_F(ExportCommand, RejectsBadCommandLinesWithExitCodeTwo) {
  EXPECT_EQ(kg(graph_file()).exit_code, 2);  // no -o
  EXPECT_EQ(kg(graph_file() + " -o " + testing::shell_quote(path("g.txt"))).exit_code, 2);
  EXPECT_EQ(kg(graph_file() + " -o x --format gexf3").exit_code, 2);
  EXPECT_EQ(kg(graph_file() + " -o g.svg --layout spring").exit_code, 2);
  EXPECT_EQ(kg(graph_file() + " -o g.gexf --layout neato").exit_code, 2);
  EXPECT_EQ(kg(graph_file() + " -o g.gexf --isolated").exit_code, 2);
  EXPECT_EQ(kg(graph_file() + " -o g.json --title T").exit_code, 2);
  EXPECT_EQ(kg(graph_file() + " -o g.graphml --edge-labels").exit_code, 2);
  EXPECT_EQ(kg(graph_file() + " -o g.gexf --top 0").exit_code, 2);
  CommandRun run = kg(graph_file() + " -o " + testing::shell_quote(path("g.txt")));
  EXPECT_NE(run.output.find(".gexf"), std::string::npos) << run.output;
}

TEST_F(ExportCommand, ReportsAMissingGraphWithExitCodeOne) {
  CommandRun run =
      kg(testing::shell_quote(path("missing.kg.json")) + " -o " + testing::shell_quote(path("g.gexf")));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.output.find("missing.kg.json"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace kg::exporter
