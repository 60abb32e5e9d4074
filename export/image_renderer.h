// Diagrams of the graph, laid out and rendered by Graphviz's gvc library
// from the graph write_dot describes (diagram.h).
#pragma once

#include <cstddef>
#include <ostream>

#include "export/diagram.h"
#include "graph/graph.h"

namespace kg::exporter {

// Pdf is one page the size of the drawing, from Graphviz's cairo renderer.
enum class ImageFormat { Svg, Png, Pdf };

// The largest graph drawn: layout time grows faster than the graph (a PNG of
// 20,000 nodes took 291 s and 2.8 GB), and a picture of thousands of nodes
// shows nothing. Larger graphs are refused with advice to draw a part.
inline constexpr std::size_t kMaxImageNodes = 2000;
inline constexpr std::size_t kMaxImageEdges = 10000;

// Lays out the diagram write_dot describes and writes the picture to `out`.
// The SVG names its font (kDotFontName) and keeps text as text; the PNG and
// PDF are drawn with cairo and need that font installed (Debian:
// fonts-noto-cjk) to show Chinese.
// kg::Error if Graphviz lacks the layout engine or renderer, or the graph has
// more than kMaxImageNodes nodes or kMaxImageEdges edges.
void write_image(const graph::KnowledgeGraph& graph, std::ostream& out, ImageFormat format,
                 const DiagramOptions& options = {});

}  // namespace kg::exporter
