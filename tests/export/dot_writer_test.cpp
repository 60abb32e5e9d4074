// DOT: byte-stable output that Graphviz itself parses back and lays out.
#include "export/dot_writer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "export/diagram.h"
#include "export/node_ids.h"
#include "tests/export/sample_graph.h"

// Leaks inside libraries, not ours, that LeakSanitizer would fail the ASan
// build on: gvContext() keeps its plugin configuration text for the process's
// life (Graphviz 2.43), fontconfig caches what the SVG renderer looked up, and
// cairo 1.16's PDF surface keeps 768 bytes a PDF.
// Only libgvc (layout, rendering) is named: the writer uses libcgraph alone,
// so a leak in write_dot is still reported.
// Read by the sanitizer runtime; an unused function in other builds.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the sanitizer runtime looks up
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\nleak:libfontconfig.so\nleak:libcairo.so\n";
}

namespace kg::exporter {
namespace {

using testing::kHardName;
using testing::sample_graph;

std::string dot(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  write_dot(g, out);
  return out.str();
}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

char* c_text(const std::string& text) { return const_cast<char*>(text.c_str()); }

std::string attribute(void* object, const std::string& name) {
  const char* value = agget(object, c_text(name));
  return value ? value : "<absent>";
}

TEST(DotLabel, DoublesBackslashesAndTurnsLineBreaksIntoEscapes) {
  EXPECT_EQ(dot_label("a\\b"), "a\\\\b");
  EXPECT_EQ(dot_label("a\nb\r\nc\rd"), "a\\nb\\nc\\nd");
  EXPECT_EQ(dot_label("\"中国\" <&>"), "\"中国\" <&>");  // agwrite quotes these itself
}

TEST(DotLabel, ReplacesNulAndOtherControlCharacters) {
  EXPECT_EQ(dot_label(std::string("a\0b\x01", 4)),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
}

TEST(DotWriter, MatchesGoldenFile) {
  testing::expect_matches_golden(dot(sample_graph()), "export_sample.dot");
}

// The structure of a diagram with a title and edge labels, laid out by dot.
TEST(DotWriter, MatchesGoldenFileWithTitleAndEdgeLabels) {
  std::ostringstream out;
  write_dot(sample_graph(), out, {Layout::Dot, "Samples\nall of them", true, std::nullopt});
  testing::expect_matches_golden(out.str(), "export_sample_labels.dot");
}

TEST(DotWriter, IsParsedBackByCgraphWithSameNodesEdgesAndLabels) {
  const graph::KnowledgeGraph g = sample_graph();
  const std::string text = dot(g);
  GraphHandle parsed(agmemread(text.c_str()));
  ASSERT_TRUE(parsed) << text;
  Agraph_t* read = parsed.get();
  EXPECT_TRUE(agisdirected(read));
  EXPECT_EQ(static_cast<std::size_t>(agnnodes(read)), g.node_count());
  EXPECT_EQ(static_cast<std::size_t>(agnedges(read)), g.edge_count());
  EXPECT_EQ(attribute(read, "fontname"), kDotFontName);

  const auto ids = node_ids(g);
  std::vector<Agnode_t*> nodes(g.node_count());
  for (auto node : g.nodes_in_canonical_order()) {
    Agnode_t* n = agnode(read, c_text(ids[node]), 0);
    ASSERT_NE(n, nullptr) << "no node " << ids[node];
    EXPECT_EQ(attribute(n, "label"), dot_label(g.node(node).name));
    EXPECT_EQ(attribute(n, "shape"), dot_node_style(g.node(node).type).shape);
    EXPECT_EQ(attribute(n, "fillcolor"), dot_node_style(g.node(node).type).fill_color);
    EXPECT_EQ(attribute(n, "fontname"), kDotFontName);
    nodes[node] = n;
  }
  std::size_t index = 0;
  for (auto edge : g.edges_in_canonical_order()) {
    std::string key = "e" + std::to_string(index++);
    Agedge_t* e = agedge(read, nodes[g.source(edge)], nodes[g.target(edge)], c_text(key), 0);
    ASSERT_NE(e, nullptr) << "no edge " << key;
    const graph::EdgeData& data = g.edge(edge);
    // The relation is the edge's colour and line; only the years are text.
    EXPECT_EQ(attribute(e, "label"), "<absent>");
    EXPECT_EQ(attribute(e, "xlabel"), compact_years(data.years));
    EXPECT_EQ(attribute(e, "color"), relation_style(data.relation).color);
    EXPECT_EQ(attribute(e, "dir"), graph::is_symmetric(data.relation) ? "none" : "forward");
    EXPECT_EQ(attribute(e, "fontname"), kDotFontName);
  }
  // The years compactly; the relation and all the years in the tooltip.
  const auto china = *g.find_node(graph::NodeType::Country, "中国");
  const auto gdsi = *g.find_node(graph::NodeType::Initiative, "全球数据安全倡议");
  Agedge_t* proposed = nullptr;
  for (Agedge_t* e = agfstout(read, nodes[china]); e; e = agnxtout(read, e)) {
    if (aghead(e) == nodes[gdsi] &&
        attribute(e, "color") == relation_style(graph::RelationType::Proposed).color) {
      proposed = e;
    }
  }
  ASSERT_NE(proposed, nullptr);
  EXPECT_EQ(attribute(proposed, "xlabel"), "2020–21");
  EXPECT_EQ(attribute(proposed, "tooltip"), "中国 PROPOSED 全球数据安全倡议 (2020, 2021)");
}

TEST(DotWriter, KeepsTheHardLabelThroughAgwriteAndAgmemread) {
  graph::KnowledgeGraph g;
  auto node = g.add_node(graph::NodeType::Initiative, kHardName + "\\");  // ends in a backslash
  const std::string text = dot(g);
  GraphHandle parsed(agmemread(text.c_str()));
  ASSERT_TRUE(parsed) << text;
  Agnode_t* n = agnode(parsed.get(), c_text(node_ids(g)[node]), 0);
  ASSERT_NE(n, nullptr) << text;
  EXPECT_EQ(attribute(n, "label"), dot_label(kHardName + "\\")) << text;
}

TEST(DotWriter, LeavesGraphvizDefaultsOfOtherGraphsAlone) {
  dot(sample_graph());
  GraphHandle other(agmemread("digraph { a -> b }"));
  ASSERT_TRUE(other);
  EXPECT_EQ(agattr(other.get(), AGNODE, c_text("fontname"), nullptr), nullptr);
  EXPECT_EQ(agattr(other.get(), AGEDGE, c_text("label"), nullptr), nullptr);
}

TEST(DotWriter, IsLaidOutAndRenderedToSvgByGraphvizLibrary) {
  const std::string text = dot(sample_graph());
  GraphHandle parsed(agmemread(text.c_str()));
  ASSERT_TRUE(parsed);
  GVC_t* context = gvContext();
  ASSERT_NE(context, nullptr);
  ASSERT_EQ(gvLayout(context, parsed.get(), "dot"), 0) << "Graphviz's dot layout plugin is missing";
  char* svg = nullptr;
  unsigned int length = 0;
  int rendered = gvRenderData(context, parsed.get(), "svg", &svg, &length);
  std::string output = svg ? std::string(svg, length) : std::string();
  gvFreeRenderData(svg);
  gvFreeLayout(context, parsed.get());
  // Not gvFreeContext: Graphviz 2.42's pango plugin would keep a pointer into
  // this context's font names and read it, freed, at the next render in the
  // process (see image_renderer.cpp). The context is left to the process's
  // end, as kg_export leaves its own.
  ASSERT_EQ(rendered, 0);
  EXPECT_NE(output.find("<svg"), std::string::npos);
  EXPECT_NE(output.find("上海合作组织"), std::string::npos);
  EXPECT_NE(output.find("Noto Sans CJK SC"), std::string::npos);
}

TEST(DotWriter, IsRenderedToSvgByTheDotProgram) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "the `dot` program is not installed (Debian package graphviz)";
  }
  auto base = std::filesystem::temp_directory_path() / ("kg_export_test_" + std::to_string(::getpid()));
  const std::string input = base.string() + ".dot";
  const std::string output = base.string() + ".svg";
  std::ofstream(input, std::ios::binary) << dot(sample_graph());
  int status = std::system(("dot -Tsvg -o " + output + " " + input).c_str());
  std::ifstream svg(output);
  std::stringstream rendered;
  rendered << svg.rdbuf();
  std::filesystem::remove(input);
  std::filesystem::remove(output);
  ASSERT_EQ(status, 0);
  EXPECT_NE(rendered.str().find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace kg::exporter
