// The public API: format names, extensions, and atomic writes to files.
#include "export/export.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "base/errors.h"
#include "graph/native_file.h"
#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

namespace fs = std::filesystem;
using testing::sample_graph;

class ExportFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() / ("kg_export_test_" + std::to_string(::getpid()));
    fs::create_directories(directory_);
  }
  void TearDown() override { fs::remove_all(directory_); }
  std::string path(const std::string& name) const { return (directory_ / name).string(); }

  fs::path directory_;
};

constexpr Format kAllFormats[] = {
    Format::Native,   Format::GraphML,   Format::Dot,      Format::Gexf,    Format::GexfDynamic,
    Format::NodeLink, Format::Cytoscape, Format::Neo4jCsv, Format::KuzuCsv, Format::Svg,
    Format::Png,      Format::Pdf,       Format::Html,
};

TEST(Format, NamesRoundTrip) {
  for (Format format : kAllFormats) EXPECT_EQ(parse_format(to_string(format)), format);
  EXPECT_EQ(to_string(Format::GraphML), "graphml");
  EXPECT_EQ(to_string(Format::GexfDynamic), "gexf-dynamic");
  EXPECT_EQ(format_names(),
            "native, graphml, dot, gexf, gexf-dynamic, node-link, cytoscape, neo4j-csv, kuzu-csv, "
            "svg, png, pdf, html");
}

TEST(Format, RejectsUnknownAndMiscasedNames) {
  EXPECT_EQ(parse_format("gexf2"), std::nullopt);
  EXPECT_EQ(parse_format("GEXF"), std::nullopt);
  EXPECT_EQ(parse_format("GraphML"), std::nullopt);
  EXPECT_EQ(parse_format(""), std::nullopt);
}

TEST(Format, FollowsTheExtensionOfAPath) {
  EXPECT_EQ(format_from_path("out/graph.kg.json"), Format::Native);
  EXPECT_EQ(format_from_path("graph.graphml"), Format::GraphML);
  EXPECT_EQ(format_from_path("GRAPH.GraphML"), Format::GraphML);
  EXPECT_EQ(format_from_path("graph.dot"), Format::Dot);
  EXPECT_EQ(format_from_path("graph.gv"), Format::Dot);
  EXPECT_EQ(format_from_path("graph.gexf"), Format::Gexf);
  EXPECT_EQ(format_from_path("graph.json"), Format::NodeLink);
  EXPECT_EQ(format_from_path("graph.kg.json"), Format::Native);
  EXPECT_EQ(format_from_path("graph.cyjs"), Format::Cytoscape);
  EXPECT_EQ(format_from_path("graph.SVG"), Format::Svg);
  EXPECT_EQ(format_from_path("graph.png"), Format::Png);
  EXPECT_EQ(format_from_path("Figure 1.PDF"), Format::Pdf);
  EXPECT_EQ(format_from_path("view.html"), Format::Html);
  EXPECT_EQ(format_from_path("VIEW.HTM"), Format::Html);
}

TEST(Format, KnowsNoFormatForOtherPaths) {
  EXPECT_EQ(format_from_path("out/neo4j/"), std::nullopt);
  EXPECT_EQ(format_from_path("graph.txt"), std::nullopt);
  EXPECT_EQ(format_from_path("graph"), std::nullopt);
  EXPECT_EQ(format_from_path(".graphml"), std::nullopt);
}

TEST(Format, ListsSupportedExtensions) {
  EXPECT_EQ(supported_extensions(),
            ".kg.json, .graphml, .dot, .gv, .gexf, .json, .cyjs, .svg, .png, .pdf, .html, .htm");
}

TEST(Format, KnowsWhichFormatsWriteDirectories) {
  for (Format format : kAllFormats) {
    EXPECT_EQ(writes_directory(format), format == Format::Neo4jCsv || format == Format::KuzuCsv);
  }
}

TEST(Format, KnowsWhichFormatsDrawADiagram) {
  for (Format format : kAllFormats) {
    EXPECT_EQ(draws_diagram(format), format == Format::Dot || format == Format::Svg ||
                                         format == Format::Png || format == Format::Pdf)
        << to_string(format);
  }
}

// The sample graph and a node without edges.
graph::KnowledgeGraph with_a_lone_node() {
  graph::KnowledgeGraph g = sample_graph();
  g.add_node(graph::NodeType::Organization, "Lone Council");
  return g;
}

TEST(ExportStream, DiagramsLeaveOutNodesWithoutEdgesUnlessKept) {
  const graph::KnowledgeGraph g = with_a_lone_node();
  for (Format format : {Format::Dot, Format::Svg}) {
    std::ostringstream drawn;
    write(g, drawn, format);
    EXPECT_EQ(drawn.str().find("Lone Council"), std::string::npos) << to_string(format);
    EXPECT_NE(drawn.str().find("上海合作组织"), std::string::npos) << to_string(format);
    std::ostringstream kept;
    WriteOptions options;
    options.keep_isolated = true;
    write(g, kept, format, options);
    EXPECT_NE(kept.str().find("Lone Council"), std::string::npos) << to_string(format);
  }
  // The other formats write the whole graph.
  std::ostringstream graphml;
  write(g, graphml, Format::GraphML);
  EXPECT_NE(graphml.str().find("Lone Council"), std::string::npos);
}

TEST(ExportStream, WritesTheSameDiagramBytesEveryTime) {
  // PDF included: cairo dates the file, which kg fixes.
  for (Format format : {Format::Dot, Format::Svg, Format::Pdf}) {
    std::ostringstream first, second;
    write(sample_graph(), first, format);
    write(sample_graph(), second, format);
    EXPECT_EQ(first.str(), second.str()) << to_string(format);
  }
}

TEST_F(ExportFiles, WritesTheSameBytesToAFileAsToAStream) {
  const graph::KnowledgeGraph g = sample_graph();
  // Not Native: sample_graph() holds invalid UTF-8, which the native writer
  // refuses (a file kg writes must load back); the next test covers Native.
  for (Format format : kAllFormats) {
    if (format == Format::Native || writes_directory(format)) continue;
    std::ostringstream stream;
    write(g, stream, format);
    const std::string file = path("graph." + std::string(to_string(format)));
    write(g, file, format);
    EXPECT_EQ(testing::read_file(file), stream.str()) << to_string(format);
    EXPECT_FALSE(stream.str().empty());
  }
}

TEST_F(ExportFiles, WritesANativeFileThatLoadsBackEqual) {
  // Not sample_graph(): it holds invalid UTF-8, which the native writer refuses.
  graph::KnowledgeGraph g;
  auto china = g.add_node(graph::NodeType::Country, "中国");
  g.set_attribute(china, "iso", "CN");
  auto gdsi = g.add_node(graph::NodeType::Initiative, "全球数据安全倡议");
  auto edge = g.add_edge(china, graph::RelationType::Proposed, gdsi, 2020);
  g.add_document({"docs/a.txt", 100, "0123456789abcdef0123456789abcdef01234567"});
  g.add_evidence(edge, {"docs/a.txt", "中国提出《全球数据安全倡议》。", 40, 2, "proposed-1", "提出", 2020});
  write(g, path("graph.kg.json"), Format::Native);
  EXPECT_TRUE(graph::load_native(path("graph.kg.json")) == g);
}

TEST_F(ExportFiles, ReportsAnUnwritablePathAndLeavesNoFile) {
  const std::string file = path("missing/graph.graphml");
  EXPECT_THROW(write(sample_graph(), file, Format::GraphML), IoError);
  EXPECT_FALSE(fs::exists(path("missing")));
}

TEST_F(ExportFiles, ReplacesAnExistingFileWhole) {
  const std::string file = path("graph.dot");
  write(sample_graph(), file, Format::GraphML);
  write(sample_graph(), file, Format::Dot);
  std::ostringstream expected;
  write(sample_graph(), expected, Format::Dot);
  EXPECT_EQ(testing::read_file(file), expected.str());
  EXPECT_EQ(std::distance(fs::directory_iterator(directory_), fs::directory_iterator()), 1)
      << "a temporary file was left behind";
}

TEST(ExportStream, RefusesToWriteADirectoryFormatToAStream) {
  std::ostringstream out;
  EXPECT_THROW(write(sample_graph(), out, Format::Neo4jCsv), Error);
  EXPECT_THROW(write(sample_graph(), out, Format::KuzuCsv), Error);
}

TEST(ExportStream, ReportsAFailedStream) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  EXPECT_THROW(write(sample_graph(), out, Format::GraphML), IoError);
  EXPECT_THROW(write(sample_graph(), out, Format::Dot), IoError);
  EXPECT_THROW(write(sample_graph(), out, Format::Gexf), IoError);
  EXPECT_THROW(write(sample_graph(), out, Format::NodeLink), IoError);
  EXPECT_THROW(write(sample_graph(), out, Format::Svg), IoError);
}

}  // namespace
}  // namespace kg::exporter
