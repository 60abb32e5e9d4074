// What a diagram shows: compact years, relation styles, node sizes, the key,
// and the layout engine chosen by the graph's shape.
#include "export/diagram.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "export/dot_writer.h"
#include "export/image_renderer.h"
#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using graph::NodeType;
using graph::RelationType;
using testing::sample_graph;

std::string dot(const graph::KnowledgeGraph& g, const DiagramOptions& options = {}) {
  std::ostringstream out;
  write_dot(g, out, options);
  return out.str();
}

TEST(Layout, NamesRoundTrip) {
  for (Layout layout : {Layout::Auto, Layout::Dot, Layout::Neato, Layout::Fdp, Layout::Sfdp, Layout::Circo}) {
    EXPECT_EQ(parse_layout(to_string(layout)), layout);
  }
  EXPECT_EQ(parse_layout("twopi2"), std::nullopt);
}

// A chain of `count` countries, connected: a tree.
graph::KnowledgeGraph chain(std::size_t count) {
  graph::KnowledgeGraph g;
  auto previous = g.add_node(NodeType::Country, "0");
  for (std::size_t i = 1; i < count; ++i) {
    auto next = g.add_node(NodeType::Country, std::to_string(i));
    g.add_edge(previous, RelationType::Supports, next, std::nullopt);
    previous = next;
  }
  return g;
}

// A hub with `leaves` initiatives it proposed.
graph::KnowledgeGraph star(std::size_t leaves) {
  graph::KnowledgeGraph g;
  auto hub = g.add_node(NodeType::Country, "中国");
  for (std::size_t i = 0; i < leaves; ++i) {
    g.add_edge(hub, RelationType::Proposed, g.add_node(NodeType::Initiative, "倡议" + std::to_string(i)),
               2020);
  }
  return g;
}

TEST(Layout, AutoUsesDotForSmallTreeLikeGraphsAndNeatoOrSfdpOtherwise) {
  EXPECT_EQ(layout_engine(Layout::Auto, chain(kDotUpToNodes)), "dot");
  EXPECT_EQ(layout_engine(Layout::Auto, chain(kDotUpToNodes + 1)), "neato");
  EXPECT_EQ(layout_engine(Layout::Auto, chain(kNeatoUpToNodes)), "neato");
  EXPECT_EQ(layout_engine(Layout::Auto, chain(kNeatoUpToNodes + 1)), "sfdp");
  EXPECT_EQ(layout_engine(Layout::Auto, sample_graph()), "neato");  // two parts

  // Small and connected but with many cycles: not a hierarchy.
  graph::KnowledgeGraph dense;
  std::vector<graph::KnowledgeGraph::NodeId> nodes;
  for (int i = 0; i < 6; ++i) nodes.push_back(dense.add_node(NodeType::Country, std::to_string(i)));
  for (int i = 0; i < 6; ++i) {
    for (int j = i + 1; j < 6; ++j)
      dense.add_edge(nodes[i], RelationType::CooperatesWith, nodes[j], std::nullopt);
  }
  EXPECT_EQ(layout_engine(Layout::Auto, dense), "neato");

  EXPECT_EQ(layout_engine(Layout::Circo, sample_graph()), "circo");
  EXPECT_EQ(layout_engine(Layout::Dot, chain(kNeatoUpToNodes + 1)), "dot");
}

TEST(CompactYears, WritesRunsShortAndManyYearsAsASpan) {
  EXPECT_EQ(compact_years({}), "");
  EXPECT_EQ(compact_years({2020}), "2020");
  EXPECT_EQ(compact_years({2020, 2021}), "2020–21");
  EXPECT_EQ(compact_years({2019, 2020, 2021, 2022, 2023}), "2019–23");
  EXPECT_EQ(compact_years({2015, 2019, 2020, 2021}), "2015, 2019–21");
  EXPECT_EQ(compact_years({2015, 2023}), "2015, 2023");
  EXPECT_EQ(compact_years({1998, 1999, 2000, 2001}), "1998–2001");
  EXPECT_EQ(compact_years({2013, 2015, 2017, 2023}), "2013…2023");
}

TEST(RelationStyle, TellsEveryRelationApartAndDrawsSymmetricOnesWithoutArrowheads) {
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (RelationType relation : graph::kAllRelationTypes) {
    const RelationStyle style = relation_style(relation);
    EXPECT_TRUE(seen.insert({style.color, style.line}).second) << graph::to_string(relation);
    EXPECT_EQ(style.arrow, !graph::is_symmetric(relation)) << graph::to_string(relation);
  }
}

TEST(NodeFontSize, GrowsWithDegreeWithinBounds) {
  EXPECT_EQ(node_font_size(0), kMinNodeFontSize);
  EXPECT_EQ(node_font_size(1), kMinNodeFontSize);
  int previous = kMinNodeFontSize;
  for (std::size_t degree = 1; degree < 100'000; degree = degree * 3 / 2 + 1) {
    const int size = node_font_size(degree);
    EXPECT_GE(size, previous) << degree;
    EXPECT_LE(size, kMaxNodeFontSize) << degree;
    previous = size;
  }
  EXPECT_GT(node_font_size(8), node_font_size(2));
  EXPECT_EQ(node_font_size(1'000'000), kMaxNodeFontSize);
}

TEST(DiagramKey, NamesTheTitleAndOnlyTheTypesAndRelationsDrawn) {
  graph::KnowledgeGraph g;
  auto china = g.add_node(NodeType::Country, "中国");
  auto russia = g.add_node(NodeType::Country, "俄罗斯");
  g.add_edge(china, RelationType::CooperatesWith, russia, std::nullopt);
  const std::string text = dot(g, {Layout::Auto, "Partners <&> \"x\"", false, std::nullopt});
  EXPECT_NE(text.find("Partners &lt;&amp;&gt; \"x\""), std::string::npos) << text;
  EXPECT_NE(text.find(">Country<"), std::string::npos) << text;
  EXPECT_NE(text.find(">COOPERATES_WITH<"), std::string::npos) << text;
  EXPECT_EQ(text.find("Organization"), std::string::npos) << text;
  EXPECT_EQ(text.find("PROPOSED"), std::string::npos) << text;
  // Symmetric: no arrowhead.
  EXPECT_NE(text.find("dir=none"), std::string::npos) << text;
}

TEST(DiagramKey, IsLeftOutForAnEmptyGraphWithoutTitle) {
  EXPECT_EQ(dot(graph::KnowledgeGraph()).find("label=<"), std::string::npos);
}

TEST(EdgeText, IsTheYearsByDefaultAndTheRelationOnlyOnRequest) {
  const graph::KnowledgeGraph g = star(1);
  const std::string plain = dot(g, {Layout::Dot, "", false, std::nullopt});
  EXPECT_NE(plain.find("xlabel=2020"), std::string::npos) << plain;
  EXPECT_EQ(plain.find("PROPOSED 2020"), std::string::npos) << plain;
  // dot keeps an edge's label clear of everything; the force-directed
  // engines only their xlabels.
  EXPECT_NE(dot(g, {Layout::Dot, "", true, std::nullopt}).find("\tlabel=\"PROPOSED 2020\""),
            std::string::npos)
      << dot(g, {Layout::Dot, "", true, std::nullopt});
  EXPECT_NE(dot(g, {Layout::Neato, "", true, std::nullopt}).find("xlabel=\"PROPOSED 2020\""),
            std::string::npos)
      << dot(g, {Layout::Neato, "", true, std::nullopt});
}

TEST(NodeSize, GrowsWithDegree) {
  const std::string text = dot(star(12));
  // The hub (degree 12) is larger than the leaves, which keep the default.
  EXPECT_NE(text.find("fontsize=" + std::to_string(node_font_size(12))), std::string::npos) << text;
  EXPECT_NE(text.find("fontsize=" + std::to_string(kMinNodeFontSize)), std::string::npos) << text;
}

// Width and height of an SVG, in points.
std::pair<double, double> svg_size(const std::string& svg) {
  std::smatch match;
  EXPECT_TRUE(std::regex_search(svg, match, std::regex(R"(width="([0-9.]+)pt" height="([0-9.]+)pt")")));
  if (match.empty()) return {0, 0};
  return {std::stod(match[1]), std::stod(match[2])};
}

TEST(Layout, DotStaggersAWideFanOutRatherThanDrawingAStrip) {
  // Forty leaves under one node: on one rank that is about twenty times as
  // wide as it is high.
  const graph::KnowledgeGraph g = star(40);
  const std::string text = dot(g, {Layout::Dot, "", false, std::nullopt});
  for (int length : {2, 3, 4, 5}) EXPECT_NE(text.find("minlen=" + std::to_string(length)), std::string::npos);
  std::ostringstream svg;
  write_image(g, svg, ImageFormat::Svg, {Layout::Dot, "", false, std::nullopt});
  const auto [width, height] = svg_size(svg.str());
  EXPECT_LT(width / height, 4.0) << width << " x " << height;
}

TEST(Layout, DotStacksThePartsOfADisconnectedGraphRatherThanDrawingAStrip) {
  // Nine pairs side by side would be about nine nodes wide and two high.
  graph::KnowledgeGraph g;
  for (int i = 0; i < 9; ++i) {
    g.add_edge(g.add_node(NodeType::Country, "国家" + std::to_string(i)), RelationType::Proposed,
               g.add_node(NodeType::Initiative, "倡议" + std::to_string(i)), std::nullopt);
  }
  const std::string text = dot(g, {Layout::Dot, "", false, std::nullopt});
  EXPECT_NE(text.find("style=invis"), std::string::npos) << text;
  std::ostringstream svg;
  write_image(g, svg, ImageFormat::Svg, {Layout::Dot, "", false, std::nullopt});
  const auto [width, height] = svg_size(svg.str());
  EXPECT_LT(std::max(width / height, height / width), 3.0) << width << " x " << height;
}

TEST(Layout, NoEngineDrawsTheSamplesAsAStrip) {
  for (Layout layout : {Layout::Auto, Layout::Dot, Layout::Neato, Layout::Sfdp}) {
    std::ostringstream svg;
    write_image(sample_graph(), svg, ImageFormat::Svg, {layout, "Samples", false, std::nullopt});
    const auto [width, height] = svg_size(svg.str());
    EXPECT_LT(std::max(width / height, height / width), 4.0)
        << to_string(layout) << ": " << width << " x " << height;
  }
}

}  // namespace
}  // namespace kg::exporter
