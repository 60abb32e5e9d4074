// The graph as Graphviz DOT, built with cgraph and written by agwrite, so
// quoting and escaping are Graphviz's own.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace kg::exporter {

// A font with Chinese glyphs: Graphviz's default (Times) renders them as boxes.
inline constexpr std::string_view kDotFontName = "Noto Sans CJK SC";

struct DotNodeStyle {
  std::string_view shape;
  std::string_view fill_color;
};
DotNodeStyle dot_node_style(graph::NodeType type);

// `text` as a Graphviz label (an escString) that renders as `text`: after
// valid_text(), '\' is doubled and each line break (LF, CR LF or CR) becomes
// "\n", Graphviz's centred line break.
std::string dot_label(std::string_view text);

// Writes a directed graph "kg" in canonical order (equal graphs give equal
// bytes): nodes named by node_ids(), labelled with their canonical name,
// shaped and filled by type; edges keyed e0, e1, … (as in GraphML) and
// labelled with their relation and years (edge_label(): "PROPOSED 2020,
// 2023"); kDotFontName on graph, nodes and edges.
// A failed write shows in `out`'s state, as with any stream output;
// kg::Error if Graphviz cannot build the graph.
void write_dot(const graph::KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg::exporter
