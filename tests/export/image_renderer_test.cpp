// Diagrams: Graphviz lays the graph out and renders SVG and PNG with the CJK
// font; the layout engine follows the graph's size unless one is asked for.
#include "export/image_renderer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using testing::sample_graph;

std::string image(const graph::KnowledgeGraph& g, ImageFormat format, Layout layout) {
  std::ostringstream out;
  write_image(g, out, format, layout);
  return out.str();
}

TEST(Layout, NamesRoundTrip) {
  for (Layout layout : {Layout::Auto, Layout::Dot, Layout::Neato, Layout::Fdp, Layout::Sfdp, Layout::Circo}) {
    EXPECT_EQ(parse_layout(to_string(layout)), layout);
  }
  EXPECT_EQ(parse_layout("twopi2"), std::nullopt);
}

// A chain of `count` countries, connected.
graph::KnowledgeGraph chain(std::size_t count) {
  graph::KnowledgeGraph g;
  auto previous = g.add_node(graph::NodeType::Country, "0");
  for (std::size_t i = 1; i < count; ++i) {
    auto next = g.add_node(graph::NodeType::Country, std::to_string(i));
    g.add_edge(previous, graph::RelationType::CooperatesWith, next, std::nullopt);
    previous = next;
  }
  return g;
}

TEST(Layout, AutoUsesDotForSmallConnectedGraphsAndSfdpOtherwise) {
  EXPECT_EQ(layout_engine(Layout::Auto, chain(kSfdpAboveNodes)), "dot");
  EXPECT_EQ(layout_engine(Layout::Auto, chain(kSfdpAboveNodes + 1)), "sfdp");
  EXPECT_EQ(layout_engine(Layout::Auto, sample_graph()), "sfdp");  // two parts
  EXPECT_EQ(layout_engine(Layout::Circo, sample_graph()), "circo");
}

TEST(ImageRenderer, RendersSvgWithChineseTextInTheCjkFont) {
  const std::string svg = image(sample_graph(), ImageFormat::Svg, Layout::Auto);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("上海合作组织"), std::string::npos);
  EXPECT_NE(svg.find("Noto Sans CJK SC"), std::string::npos);
  // The hard label arrives as escaped text, so the SVG stays well-formed.
  EXPECT_NE(svg.find("&lt;b&gt; &amp;"), std::string::npos);
}

TEST(ImageRenderer, RendersPngWithEveryLayout) {
  for (Layout layout : {Layout::Dot, Layout::Neato, Layout::Fdp, Layout::Sfdp, Layout::Circo}) {
    const std::string png = image(sample_graph(), ImageFormat::Png, layout);
    ASSERT_GT(png.size(), 8u) << to_string(layout);
    EXPECT_EQ(png.substr(0, 8), "\x89PNG\r\n\x1a\n") << to_string(layout);
  }
}

TEST(ImageRenderer, RendersAnEmptyGraph) {
  EXPECT_NE(image(graph::KnowledgeGraph(), ImageFormat::Svg, Layout::Auto).find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace kg::exporter
