// The graph as Graphviz DOT, built with cgraph and written by agwrite, so
// quoting and escaping are Graphviz's own.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "export/diagram.h"
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

// Writes the diagram of `graph` as a directed graph "kg", in canonical order
// (equal graphs give equal bytes): the structure that write_image draws, so
// that `dot -Tsvg` on the file draws the same picture. Nodes are named by
// node_ids(), labelled with their canonical name, shaped and filled by type,
// their text larger with their degree (node_font_size()); edges are keyed
// e0, e1, … (as in GraphML), coloured and styled by relation
// (relation_style(): symmetric ones without arrowheads), with their years
// as a small xlabel (compact_years()), or with `options.edge_labels` the
// relation and years as text; every node and edge has a tooltip. The graph's
// label is the key: the title, then the node types and relations drawn. The
// graph names its layout engine (layout_engine()) and that engine's settings.
// kDotFontName on graph, nodes and edges.
// A failed write shows in `out`'s state, as with any stream output;
// kg::Error if Graphviz cannot build the graph.
void write_dot(const graph::KnowledgeGraph& graph, std::ostream& out, const DiagramOptions& options = {});

}  // namespace kg::exporter
