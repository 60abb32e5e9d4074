// The diagram as a cgraph graph: node and edge styles, the key (title, node
// types, relation types) as the graph's HTML-like label, and the attributes
// that pick and tune the layout engine.
#include "export/diagram.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <vector>

#include "export/dot_graph.h"
#include "export/dot_writer.h"
#include "export/node_ids.h"
#include "export/xml_text.h"

namespace kg::exporter {
namespace {

using graph::NodeType;
using graph::RelationType;
using internal::c_text;
using internal::throw_graphviz_error;

struct LayoutInfo {
  Layout layout;
  std::string_view name;
};

constexpr std::array kLayouts = {
    LayoutInfo{Layout::Auto, "auto"}, LayoutInfo{Layout::Dot, "dot"},   LayoutInfo{Layout::Neato, "neato"},
    LayoutInfo{Layout::Fdp, "fdp"},   LayoutInfo{Layout::Sfdp, "sfdp"}, LayoutInfo{Layout::Circo, "circo"},
};

// Union-find over the edges, either way: for each node, the smallest id in
// its connected part.
std::vector<std::size_t> components(const graph::KnowledgeGraph& graph) {
  std::vector<std::size_t> parent(graph.node_count());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  auto root = [&](std::size_t node) {
    while (parent[node] != node) node = parent[node] = parent[parent[node]];
    return node;
  };
  for (auto edge : boost::make_iterator_range(boost::edges(graph.storage()))) {
    const std::size_t a = root(graph.source(edge)), b = root(graph.target(edge));
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  for (std::size_t node = 0; node < parent.size(); ++node) parent[node] = root(node);
  return parent;
}

std::size_t component_count(const graph::KnowledgeGraph& graph) {
  const std::vector<std::size_t> part = components(graph);
  std::size_t count = 0;
  for (std::size_t node = 0; node < part.size(); ++node) count += part[node] == node ? 1 : 0;
  return count;
}

// A glyph with the outline of each node shape, for the key: Graphviz cannot
// draw a node shape inside an HTML-like label, and the key must work with
// every engine (clusters are dot's alone). The glyphs are in Noto Sans CJK
// (fonts-noto-cjk, which the install step adds) but for the hexagon and the
// pentagon, which Pango finds in DejaVu Sans (fonts-dejavu-core, which
// Debian's fontconfig depends on).
std::string_view shape_glyph(NodeType type) {
  switch (type) {
    case NodeType::Country:
      return "●";
    case NodeType::Region:
      return "⬢";
    case NodeType::Organization:
      return "■";
    case NodeType::Initiative:
      return "▤";
    case NodeType::Event:
      return "◆";
    case NodeType::Person:
      return "⬟";
    case NodeType::Year:
      return "◉";
  }
  return "●";
}

std::string_view line_glyphs(std::string_view line) {
  if (line == "dashed") return "╍╍";
  if (line == "dotted") return "┄┄";
  if (line == "bold") return "━━";
  return "──";
}

// The key is a grid of (swatch, name) pairs, so that its columns line up.
// Swatches have a fixed size: a table wider than its cells (under a long
// title) gives the extra room to the first cells that can take it.
constexpr std::size_t kKeyEntriesPerRow = 5;

// A swatch cell and the name of what it stands for.
std::string key_cell(std::string_view background, std::string_view color, std::string_view glyph,
                     std::string_view name) {
  std::string cell = "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"44\" HEIGHT=\"16\"";
  if (!background.empty()) cell.append(" BGCOLOR=\"").append(background).append("\"");
  cell.append("><FONT COLOR=\"")
      .append(color)
      .append("\" POINT-SIZE=\"11\">")
      .append(glyph)
      .append("</FONT></TD>");
  cell.append("<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\">").append(name).append("</FONT></TD>");
  return cell;
}

// Rows of kKeyEntriesPerRow pairs; the last row is filled up with empty cells.
std::string key_rows(const std::vector<std::string>& cells) {
  std::string rows;
  for (std::size_t start = 0; start < cells.size(); start += kKeyEntriesPerRow) {
    rows += "<TR>";
    for (std::size_t i = start; i < start + kKeyEntriesPerRow; ++i) {
      rows += i < cells.size() ? cells[i] : "<TD></TD><TD></TD>";
    }
    rows += "</TR>";
  }
  return rows;
}

// The title and the key of the types drawn, as an HTML-like label.
std::string key_label(const graph::KnowledgeGraph& graph, const std::string& title) {
  std::set<NodeType> node_types;
  for (auto node : boost::make_iterator_range(boost::vertices(graph.storage()))) {
    node_types.insert(graph.node(node).type);
  }
  std::set<RelationType> relations;
  for (auto edge : boost::make_iterator_range(boost::edges(graph.storage()))) {
    relations.insert(graph.edge(edge).relation);
  }
  // A table needs a row: an empty graph without a title has no key.
  if (title.empty() && node_types.empty()) return "";
  std::string label = "<TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">";
  if (!title.empty()) {
    // The first line large and bold; the others (what the view shows)
    // smaller. Bold by the face's name: <B> makes Graphviz 2.43's pango
    // plugin leak a little memory each time.
    const std::size_t end = std::min(title.find('\n'), title.size());
    label += "<TR><TD COLSPAN=\"" + std::to_string(2 * kKeyEntriesPerRow) +
             "\"><FONT POINT-SIZE=\"22\" FACE=\"" + std::string(kDotFontName) + " Bold\">" +
             xml_escaped(title.substr(0, end), XmlContext::Content) + "</FONT>";
    std::string_view rest = std::string_view(title).substr(end);
    while (!rest.empty()) {
      rest.remove_prefix(1);  // the line break
      const std::size_t line_end = std::min(rest.find('\n'), rest.size());
      label += "<BR/><FONT POINT-SIZE=\"14\">" + xml_escaped(rest.substr(0, line_end), XmlContext::Content) +
               "</FONT>";
      rest.remove_prefix(line_end);
    }
    label += "</TD></TR>";
  }
  std::vector<std::string> cells;
  for (NodeType type : graph::kAllNodeTypes) {
    if (!node_types.count(type)) continue;
    cells.push_back(
        key_cell(dot_node_style(type).fill_color, "#404040", shape_glyph(type), graph::to_string(type)));
  }
  label += key_rows(cells);
  cells.clear();
  for (RelationType relation : graph::kAllRelationTypes) {
    if (!relations.count(relation)) continue;
    const RelationStyle style = relation_style(relation);
    std::string line(line_glyphs(style.line));
    if (style.arrow) line += "▶";
    cells.push_back(key_cell("", style.color, line, graph::to_string(relation)));
  }
  label += key_rows(cells);
  label += "</TABLE>";
  return label;
}

Agsym_t* declare(Agraph_t* graph, int kind, const std::string& name, const std::string& value) {
  Agsym_t* symbol = agattr(graph, kind, c_text(name), c_text(value));
  if (!symbol) throw_graphviz_error("attribute " + name);
  return symbol;
}

void set(void* object, Agsym_t* symbol, const std::string& value) { agxset(object, symbol, c_text(value)); }

// A graph attribute whose value is an HTML-like label: cgraph keeps it apart
// from ordinary strings, and agwrite writes it between < and >.
void set_html(Agraph_t* graph, const std::string& name, const std::string& html) {
  Agsym_t* symbol = declare(graph, AGRAPH, name, "");
  char* value = agstrdup_html(graph, c_text(html));
  if (!value) throw_graphviz_error("attribute " + name);
  agxset(graph, symbol, value);
  agstrfree(graph, value);
}

// dot puts a node's neighbours of degree 1 all on the next rank: a node with
// forty such leaves makes a picture forty nodes wide and two high. Like
// Graphviz's `unflatten -l`, the edges to leaves get minimum lengths 1, 2, …
// in turn, so the leaves stand on as many ranks (up to kMaxLeafRanks) as it
// takes for each to be about kLeafRankWidth points wide: half an A4 page
// or so, since nodes on other ranks and the edges' labels widen it again.
constexpr double kLeafRankWidth = 400;
constexpr std::size_t kMaxLeafRanks = 8;

// About how wide dot draws a node labelled `name`, in points: CJK characters
// (three or four UTF-8 bytes) one em, others about half, plus the margins.
double estimated_width(std::string_view name) {
  double ems = 0;
  for (unsigned char c : name) {
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte
    ems += c >= 0xE0 ? 1.0 : 0.55;
  }
  return ems * kMinNodeFontSize + 24;
}

std::map<graph::KnowledgeGraph::EdgeId, std::size_t> staggered_leaf_edges(
    const graph::KnowledgeGraph& graph, const std::vector<graph::KnowledgeGraph::EdgeId>& edges,
    std::optional<graph::Language> language) {
  using NodeId = graph::KnowledgeGraph::NodeId;
  struct Leaves {
    std::vector<graph::KnowledgeGraph::EdgeId> edges;
    double width = 0;
  };
  std::map<NodeId, Leaves> leaves;
  for (auto edge : edges) {
    const NodeId source = graph.source(edge), target = graph.target(edge);
    if (source == target) continue;
    const bool source_leaf = graph.degree(source) == 1, target_leaf = graph.degree(target) == 1;
    if (source_leaf == target_leaf) continue;
    Leaves& of_hub = leaves[source_leaf ? target : source];
    of_hub.edges.push_back(edge);
    of_hub.width += estimated_width(graph.node(source_leaf ? source : target).display_name(language));
  }
  std::map<graph::KnowledgeGraph::EdgeId, std::size_t> lengths;
  for (const auto& [hub, of_hub] : leaves) {
    const auto wanted = static_cast<std::size_t>(of_hub.width / kLeafRankWidth) + 1;
    const std::size_t ranks = std::min({kMaxLeafRanks, wanted, of_hub.edges.size()});
    if (ranks < 2) continue;
    for (std::size_t i = 0; i < of_hub.edges.size(); ++i) lengths[of_hub.edges[i]] = 1 + i % ranks;
  }
  return lengths;
}

// dot lines the parts of a disconnected graph up side by side, in one row,
// and its `pack` option, which would arrange them, drops edge labels and
// xlabels (Graphviz 2.43). So, like `unflatten -c`, the parts are stacked in
// columns with invisible edges: from every node without out-edges of one
// part to the first node of the next part in the column. The parts go
// largest first, about as many columns as parts in a column.
struct ChainEdge {
  graph::KnowledgeGraph::NodeId from;
  graph::KnowledgeGraph::NodeId to;
};

std::vector<ChainEdge> part_chains(const graph::KnowledgeGraph& graph) {
  using NodeId = graph::KnowledgeGraph::NodeId;
  const std::vector<std::size_t> part = components(graph);
  std::map<std::size_t, std::vector<NodeId>> members;  // canonical order within a part
  for (NodeId node : graph.nodes_in_canonical_order()) members[part[node]].push_back(node);
  std::vector<const std::vector<NodeId>*> parts;
  for (const auto& [root, nodes] : members) parts.push_back(&nodes);
  if (parts.size() < 2) return {};
  std::stable_sort(parts.begin(), parts.end(),
                   [](const auto* a, const auto* b) { return a->size() > b->size(); });
  std::size_t per_column = 1;
  while (per_column * per_column < parts.size()) ++per_column;
  std::vector<ChainEdge> chains;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    if ((i + 1) % per_column == 0) continue;  // the next part starts a column
    const std::vector<NodeId>& upper = *parts[i];
    const NodeId below = parts[i + 1]->front();
    bool any = false;
    for (NodeId node : upper) {
      if (boost::out_degree(node, graph.storage()) == 0) {
        chains.push_back({node, below});
        any = true;
      }
    }
    if (!any) chains.push_back({upper.back(), below});
  }
  return chains;
}

void set_layout_attributes(Agraph_t* g, std::string_view engine) {
  declare(g, AGRAPH, "layout", std::string(engine));
  if (engine == "dot") {
    declare(g, AGRAPH, "nodesep", "0.3");
    declare(g, AGRAPH, "ranksep", "0.5");
    return;
  }
  // The force-directed and circular layouts: nodes moved apart until none
  // overlap (prism keeps the layout's shape), edges routed around them,
  // parts of a disconnected graph packed together rather than scattered.
  declare(g, AGRAPH, "overlap", "prism");
  declare(g, AGRAPH, "sep", "+6");
  declare(g, AGRAPH, "esep", "+3");
  declare(g, AGRAPH, "splines", engine == "sfdp" ? "curved" : "true");
  declare(g, AGRAPH, "pack", "true");
}

}  // namespace

std::string_view to_string(Layout layout) {
  for (const LayoutInfo& info : kLayouts) {
    if (info.layout == layout) return info.name;
  }
  return "?";
}

std::optional<Layout> parse_layout(std::string_view name) {
  for (const LayoutInfo& info : kLayouts) {
    if (info.name == name) return info.layout;
  }
  return std::nullopt;
}

std::string_view layout_engine(Layout layout, const graph::KnowledgeGraph& graph) {
  if (layout != Layout::Auto) return to_string(layout);
  const std::size_t nodes = graph.node_count();
  if (nodes <= kDotUpToNodes && graph.edge_count() + 1 <= nodes + kDotExtraEdges &&
      component_count(graph) <= 1) {
    return "dot";
  }
  return nodes <= kNeatoUpToNodes ? "neato" : "sfdp";
}

std::string compact_years(const std::set<int>& years) {
  // Runs of consecutive years.
  std::vector<std::pair<int, int>> runs;
  for (int year : years) {
    if (!runs.empty() && runs.back().second + 1 == year) {
      runs.back().second = year;
    } else {
      runs.emplace_back(year, year);
    }
  }
  auto run_text = [](std::pair<int, int> run) {
    std::string text = std::to_string(run.first);
    if (run.second == run.first) return text;
    // "2019–23" within a century, "1998–2003" across one.
    const bool same_century = run.first >= 0 && run.first / 100 == run.second / 100;
    std::string end = std::to_string(run.second);
    if (same_century && end.size() == 4) end = end.substr(2);
    return text + "–" + end;
  };
  if (runs.size() > 2) return std::to_string(runs.front().first) + "…" + std::to_string(runs.back().second);
  std::string text;
  for (const auto& run : runs) {
    if (!text.empty()) text += ", ";
    text += run_text(run);
  }
  return text;
}

RelationStyle relation_style(RelationType relation) {
  switch (relation) {
    case RelationType::Proposed:
      return {"#d95f02", "solid", true};
    case RelationType::Issued:
      return {"#d95f02", "dashed", true};
    case RelationType::Adopted:
      return {"#1b9e77", "solid", true};
    case RelationType::Signed:
      return {"#1b9e77", "dashed", true};
    case RelationType::Rejected:
      return {"#e41a1c", "dashed", true};
    case RelationType::MemberOf:
      return {"#7570b3", "solid", true};
    case RelationType::CooperatesWith:
      return {"#1f78b4", "bold", false};
    case RelationType::Supports:
      return {"#66a61e", "solid", true};
    case RelationType::Opposes:
      return {"#e41a1c", "solid", true};
    case RelationType::Hosted:
      return {"#a6761d", "solid", true};
    case RelationType::ParticipatedIn:
      return {"#7570b3", "dashed", true};
    case RelationType::Leads:
      return {"#e7298a", "solid", true};
    case RelationType::InYear:
      return {"#999999", "dotted", true};
  }
  return {"#000000", "solid", !graph::is_symmetric(relation)};
}

int node_font_size(std::size_t degree) {
  int size = kMinNodeFontSize;
  for (std::size_t d = degree; d > 1 && size < kMaxNodeFontSize; d /= 2) size += 2;
  return std::min(size, kMaxNodeFontSize);
}

namespace internal {

CgraphHandle build_cgraph(const graph::KnowledgeGraph& graph, const DiagramOptions& options,
                          Agdisc_t* discipline) {
  const std::vector<std::string> ids = node_ids(graph);
  const std::string_view engine = layout_engine(options.layout, graph);
  std::string name = "kg";
  CgraphHandle dot(agopen(c_text(name), Agdirected, discipline));
  if (!dot) throw_graphviz_error("agopen");
  Agraph_t* g = dot.get();

  // Declared on this graph, never on the NULL prototype, which would change
  // the defaults of every graph cgraph opens afterwards.
  const std::string font(kDotFontName);
  declare(g, AGRAPH, "fontname", font);
  declare(g, AGRAPH, "bgcolor", "white");
  declare(g, AGRAPH, "pad", "0.3");
  // At most 20 inches (1920 PNG pixels) a side, scaled down if larger: a
  // drawing bigger than that is no longer for a page (an A4 page is 8.3 by
  // 11.7 inches), and its PNG would run to megabytes. Smaller drawings keep
  // their natural size.
  declare(g, AGRAPH, "size", "20,20");
  // Edges first, so that nodes and labels are drawn over them.
  declare(g, AGRAPH, "outputorder", "edgesfirst");
  // An edge's small label (its years, or with edge_labels its relation) is
  // placed where it overlaps nothing, or left out: never a pile of text.
  declare(g, AGRAPH, "forcelabels", "false");
  set_layout_attributes(g, engine);
  if (const std::string key = key_label(graph, options.title); !key.empty()) {
    declare(g, AGRAPH, "labelloc", "t");
    set_html(g, "label", key);
  }

  declare(g, AGNODE, "fontname", font);
  declare(g, AGNODE, "style", "filled");
  declare(g, AGNODE, "margin", "0.08,0.04");
  Agsym_t* node_label = declare(g, AGNODE, "label", "\\N");
  Agsym_t* shape = declare(g, AGNODE, "shape", "ellipse");
  Agsym_t* fill = declare(g, AGNODE, "fillcolor", "lightgrey");
  Agsym_t* font_size = declare(g, AGNODE, "fontsize", std::to_string(kMinNodeFontSize));
  Agsym_t* node_tooltip = declare(g, AGNODE, "tooltip", "");

  declare(g, AGEDGE, "fontname", font);
  declare(g, AGEDGE, "fontsize", options.edge_labels ? "9" : "8");
  declare(g, AGEDGE, "arrowsize", "0.7");
  Agsym_t* color = declare(g, AGEDGE, "color", "black");
  Agsym_t* font_color = declare(g, AGEDGE, "fontcolor", "black");
  Agsym_t* line = declare(g, AGEDGE, "style", "solid");
  Agsym_t* direction = declare(g, AGEDGE, "dir", "forward");
  Agsym_t* edge_tooltip = declare(g, AGEDGE, "tooltip", "");
  // dot keeps an edge's `label` clear of everything; the other engines only
  // keep xlabels clear (and leave out those they cannot place).
  Agsym_t* edge_text = declare(g, AGEDGE, engine == "dot" && options.edge_labels ? "label" : "xlabel", "");
  Agsym_t* min_length = engine == "dot" ? declare(g, AGEDGE, "minlen", "1") : nullptr;

  std::vector<Agnode_t*> nodes(graph.node_count(), nullptr);
  for (auto node : graph.nodes_in_canonical_order()) {
    Agnode_t* n = agnode(g, c_text(ids[node]), 1);
    if (!n) throw_graphviz_error("node " + ids[node]);
    const graph::NodeData& data = graph.node(node);
    const DotNodeStyle style = dot_node_style(data.type);
    set(n, node_label, dot_label(data.display_name(options.language)));
    set(n, shape, std::string(style.shape));
    set(n, fill, std::string(style.fill_color));
    const std::size_t degree = graph.degree(node);
    if (const int size = node_font_size(degree); size != kMinNodeFontSize)
      set(n, font_size, std::to_string(size));
    set(n, node_tooltip,
        dot_label(std::string(graph::to_string(data.type)) + " " + data.display_name(options.language)));
    nodes[node] = n;
  }
  const std::vector<graph::KnowledgeGraph::EdgeId> edges = graph.edges_in_canonical_order();
  const auto lengths = engine == "dot" ? staggered_leaf_edges(graph, edges, options.language)
                                       : std::map<graph::KnowledgeGraph::EdgeId, std::size_t>();
  std::size_t index = 0;
  for (auto edge : edges) {
    // A key per edge: parallel edges (two relations between two nodes) stay
    // distinct in cgraph.
    std::string key = "e" + std::to_string(index++);
    Agedge_t* e = agedge(g, nodes[graph.source(edge)], nodes[graph.target(edge)], c_text(key), 1);
    if (!e) throw_graphviz_error("edge " + key);
    const graph::EdgeData& data = graph.edge(edge);
    const RelationStyle style = relation_style(data.relation);
    set(e, color, std::string(style.color));
    set(e, font_color, std::string(style.color));
    if (style.line != "solid") set(e, line, std::string(style.line));
    if (!style.arrow) set(e, direction, "none");
    std::string text = options.edge_labels ? std::string(graph::to_string(data.relation)) : std::string();
    if (!data.years.empty()) text += (text.empty() ? "" : " ") + compact_years(data.years);
    set(e, edge_text, dot_label(text));
    set(e, edge_tooltip,
        dot_label(graph.node(graph.source(edge)).display_name(options.language) + " " +
                  std::string(graph::to_string(data.relation)) + " " +
                  graph.node(graph.target(edge)).display_name(options.language) +
                  (data.years.empty() ? "" : " (" + graph::years_text(data.years) + ")")));
    if (auto length = lengths.find(edge); length != lengths.end() && length->second > 1) {
      set(e, min_length, std::to_string(length->second));
    }
  }
  if (engine == "dot") {
    index = 0;
    for (const ChainEdge& chain : part_chains(graph)) {
      std::string chain_key = "stack" + std::to_string(index++);
      Agedge_t* e = agedge(g, nodes[chain.from], nodes[chain.to], c_text(chain_key), 1);
      if (!e) throw_graphviz_error("edge " + chain_key);
      set(e, line, "invis");
    }
  }
  return dot;
}

}  // namespace internal

}  // namespace kg::exporter
