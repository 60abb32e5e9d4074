// Diagrams of the graph, laid out and rendered by Graphviz's gvc library
// from the graph write_dot describes (same shapes, colours and CJK font).
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string_view>

#include "graph/graph.h"

namespace kg::exporter {

enum class ImageFormat { Svg, Png };

// Auto picks by size; the others are Graphviz's engines of the same name.
enum class Layout { Auto, Dot, Neato, Fdp, Sfdp, Circo };

// "auto", "dot", "neato", "fdp", "sfdp", "circo".
std::string_view to_string(Layout layout);
std::optional<Layout> parse_layout(std::string_view name);

// Above this many nodes Auto uses sfdp: dot's layered layout takes minutes
// and gives an unreadably wide picture for graphs of a few hundred nodes.
inline constexpr std::size_t kSfdpAboveNodes = 100;

// The largest graph drawn: layout time grows faster than the graph (a PNG of
// 20,000 nodes took 291 s and 2.8 GB), and a picture of thousands of nodes
// shows nothing. Larger graphs are refused with advice to draw a part.
inline constexpr std::size_t kMaxImageNodes = 2000;
inline constexpr std::size_t kMaxImageEdges = 10000;

// The Graphviz engine for `graph`: `layout` itself, or for Auto dot for a
// connected graph of up to kSfdpAboveNodes nodes and sfdp otherwise. dot
// lines the parts of a disconnected graph up in one row (a picture thousands
// of pixels wide), and its `pack` option, which would stack them, drops edge
// labels.
std::string_view layout_engine(Layout layout, const graph::KnowledgeGraph& graph);

// Lays the graph out and writes the picture to `out`. The SVG names its font
// (kDotFontName) and keeps text as text; the PNG is drawn with cairo and
// needs that font installed (Debian: fonts-noto-cjk) to show Chinese.
// kg::Error if Graphviz lacks the layout engine or renderer, or the graph has
// more than kMaxImageNodes nodes or kMaxImageEdges edges.
void write_image(const graph::KnowledgeGraph& graph, std::ostream& out, ImageFormat format, Layout layout);

}  // namespace kg::exporter
