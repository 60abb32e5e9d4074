// Diagrams: Graphviz lays the graph out and renders SVG, PNG and PDF with the
// CJK font, the title and the key.
#include "export/image_renderer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using testing::sample_graph;

std::string image(const graph::KnowledgeGraph& g, ImageFormat format, Layout layout,
                  const std::string& title = "") {
  std::ostringstream out;
  write_image(g, out, format, {layout, title, false, std::nullopt});
  return out.str();
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

TEST(ImageRenderer, RendersPdfWithCairo) {
  const std::string pdf = image(sample_graph(), ImageFormat::Pdf, Layout::Auto);
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf.find("/Type /Page"), std::string::npos);
  // Dated the same every time, so the same graph gives the same bytes.
  EXPECT_NE(pdf.find("/CreationDate (D:19700101000000Z)"), std::string::npos);
}

TEST(ImageRenderer, DrawsTheTitleAndKey) {
  const std::string svg = image(sample_graph(), ImageFormat::Svg, Layout::Auto, "Report figure 1");
  EXPECT_NE(svg.find(">Report figure 1<"), std::string::npos);
  EXPECT_NE(svg.find(">COOPERATES_WITH<"), std::string::npos);
  EXPECT_NE(svg.find(">Organization<"), std::string::npos);
}

TEST(ImageRenderer, RendersAnEmptyGraph) {
  EXPECT_NE(image(graph::KnowledgeGraph(), ImageFormat::Svg, Layout::Auto).find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace kg::exporter
