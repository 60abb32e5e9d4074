// What a diagram of the graph shows and how it is laid out, shared by the DOT
// writer (which writes it) and the image renderer (which draws it): the DOT
// file is the diagram's structure, so `dot -Tpng` on it draws kg's picture.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace kg::exporter {

// Auto picks by the graph's shape; the others are Graphviz's engines of the
// same name.
enum class Layout { Auto, Dot, Neato, Fdp, Sfdp, Circo };

// "auto", "dot", "neato", "fdp", "sfdp", "circo".
std::string_view to_string(Layout layout);
std::optional<Layout> parse_layout(std::string_view name);

struct DiagramOptions {
  Layout layout = Layout::Auto;
  // The first line of the key above the drawing; none when empty.
  std::string title;
  // Relation names as text on the edges. Without, an edge's relation is its
  // colour and line style, which the key explains, and only its years are
  // written next to it, small.
  bool edge_labels = false;
  // The language node labels are in: a node's name in it when known, else
  // its canonical name (the default, with no language).
  std::optional<graph::Language> language;
};

// Auto draws with dot (layered, for hierarchies) a connected graph of up to
// kDotUpToNodes nodes that is nearly a tree: at most kDotExtraEdges edges
// more than a tree of as many nodes. Denser or disconnected graphs of up to
// kNeatoUpToNodes nodes go to neato, larger ones to sfdp, both with overlap
// removal: dot draws a dense graph as a tangle of long edges, and lines the
// parts of a disconnected graph up in one row.
inline constexpr std::size_t kDotUpToNodes = 40;
inline constexpr std::size_t kDotExtraEdges = 4;
inline constexpr std::size_t kNeatoUpToNodes = 250;

// The Graphviz engine for `graph`: `layout` itself, or Auto's choice.
std::string_view layout_engine(Layout layout, const graph::KnowledgeGraph& graph);

// Years in a few characters, for a label next to an edge: "2020",
// "2019–23" for a run, "2015, 2019–21" for two runs, and first…last when
// there are more ("2013…2023").
std::string compact_years(const std::set<int>& years);

// How an edge of each relation is drawn: a colour (dark enough for a white
// page, told apart in the ColorBrewer Dark2/Set1 way), a line style ("solid",
// "dashed", "dotted", "bold") and whether it has an arrowhead (symmetric
// relations have none).
struct RelationStyle {
  std::string_view color;
  std::string_view line;
  bool arrow;
};
RelationStyle relation_style(graph::RelationType relation);

// The text size of a node's label, and so its size: grows with the node's
// degree in steps (1, 2–3, 4–7, …), from kMinNodeFontSize to kMaxNodeFontSize.
inline constexpr int kMinNodeFontSize = 11;
inline constexpr int kMaxNodeFontSize = 24;
int node_font_size(std::size_t degree);

}  // namespace kg::exporter
