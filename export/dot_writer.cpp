// DOT through Graphviz's cgraph: the graph is built in a cgraph graph and
// agwrite streams it to a std::ostream through an I/O discipline.
#include "export/dot_writer.h"

#include <cstdio>
#include <vector>

#include "base/errors.h"
#include "export/attributes.h"
#include "export/dot_graph.h"
#include "export/node_ids.h"
#include "export/valid_text.h"

namespace kg::exporter {
namespace internal {

std::mutex& graphviz_mutex() {
  static std::mutex mutex;
  return mutex;
}

void throw_graphviz_error(const std::string& what) {
  const char* detail = aglasterr();
  throw Error("cannot build the DOT graph: " + what + (detail ? std::string(": ") + detail : ""));
}

}  // namespace internal

namespace {

using internal::c_text;
using internal::throw_graphviz_error;

int put_to_stream(void* channel, const char* text) {
  auto& out = *static_cast<std::ostream*>(channel);
  out << text;
  return out ? 0 : EOF;
}

int flush_stream(void* channel) {
  auto& out = *static_cast<std::ostream*>(channel);
  out.flush();
  return out ? 0 : EOF;
}

Agsym_t* declare(Agraph_t* graph, int kind, const std::string& name, const std::string& value) {
  Agsym_t* symbol = agattr(graph, kind, c_text(name), c_text(value));
  if (!symbol) throw_graphviz_error("attribute " + name);
  return symbol;
}

void set(void* object, Agsym_t* symbol, const std::string& value) { agxset(object, symbol, c_text(value)); }

}  // namespace

DotNodeStyle dot_node_style(graph::NodeType type) {
  // ColorBrewer Set3: light fills under black text, distinct for seven types.
  switch (type) {
    case graph::NodeType::Country:
      return {"ellipse", "#8dd3c7"};
    case graph::NodeType::Region:
      return {"hexagon", "#ffffb3"};
    case graph::NodeType::Organization:
      return {"box", "#bebada"};
    case graph::NodeType::Initiative:
      return {"note", "#fb8072"};
    case graph::NodeType::Event:
      return {"diamond", "#80b1d3"};
    case graph::NodeType::Person:
      return {"octagon", "#fdb462"};
    case graph::NodeType::Year:
      return {"circle", "#b3de69"};
  }
  return {"ellipse", "#ffffff"};
}

std::string dot_label(std::string_view text) {
  std::string valid = valid_text(text);
  std::string label;
  label.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    char c = valid[i];
    if (c == '\\') {
      label += "\\\\";
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
      label += "\\n";
    } else {
      label += c;
    }
  }
  return label;
}

namespace internal {

CgraphHandle build_cgraph(const graph::KnowledgeGraph& graph, Agdisc_t* discipline) {
  const std::vector<std::string> ids = node_ids(graph);
  std::string name = "kg";
  CgraphHandle dot(agopen(c_text(name), Agdirected, discipline));
  if (!dot) throw_graphviz_error("agopen");
  Agraph_t* g = dot.get();

  // Declared on this graph, never on the NULL prototype, which would change
  // the defaults of every graph cgraph opens afterwards.
  const std::string font(kDotFontName);
  declare(g, AGRAPH, "fontname", font);
  declare(g, AGNODE, "fontname", font);
  declare(g, AGNODE, "style", "filled");
  Agsym_t* node_label = declare(g, AGNODE, "label", "\\N");
  Agsym_t* shape = declare(g, AGNODE, "shape", "ellipse");
  Agsym_t* fill = declare(g, AGNODE, "fillcolor", "lightgrey");
  declare(g, AGEDGE, "fontname", font);
  Agsym_t* edge_label = declare(g, AGEDGE, "label", "");

  std::vector<Agnode_t*> nodes(graph.node_count(), nullptr);
  for (auto node : graph.nodes_in_canonical_order()) {
    Agnode_t* n = agnode(g, c_text(ids[node]), 1);
    if (!n) throw_graphviz_error("node " + ids[node]);
    const graph::NodeData& data = graph.node(node);
    const DotNodeStyle style = dot_node_style(data.type);
    set(n, node_label, dot_label(data.name));
    set(n, shape, std::string(style.shape));
    set(n, fill, std::string(style.fill_color));
    nodes[node] = n;
  }
  std::size_t index = 0;
  for (auto edge : graph.edges_in_canonical_order()) {
    // A key per edge: parallel edges (two relations between two nodes) stay
    // distinct in cgraph.
    std::string key = "e" + std::to_string(index++);
    Agedge_t* e = agedge(g, nodes[graph.source(edge)], nodes[graph.target(edge)], c_text(key), 1);
    if (!e) throw_graphviz_error("edge " + key);
    set(e, edge_label, exporter::edge_label(graph.edge(edge)));
  }
  return dot;
}

}  // namespace internal

void write_dot(const graph::KnowledgeGraph& graph, std::ostream& out) {
  std::lock_guard lock(internal::graphviz_mutex());
  Agiodisc_t io{AgIoDisc.afread, put_to_stream, flush_stream};
  Agdisc_t discipline{&AgMemDisc, &AgIdDisc, &io};
  internal::CgraphHandle dot = internal::build_cgraph(graph, &discipline);
  if (agwrite(dot.get(), &out) == EOF) out.setstate(std::ios::badbit);
}

}  // namespace kg::exporter
