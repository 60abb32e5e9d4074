// gvLayout + gvRenderData to memory; the caller's stream (usually an atomic
// file) gets the bytes, so a failed render leaves no partial picture.
#include "export/image_renderer.h"

#include <graphviz/gvc.h>

#include <array>
#include <numeric>
#include <string>
#include <vector>

#include "base/errors.h"
#include "export/dot_graph.h"

namespace kg::exporter {
namespace {

struct LayoutInfo {
  Layout layout;
  std::string_view name;
};

constexpr std::array kLayouts = {
    LayoutInfo{Layout::Auto, "auto"}, LayoutInfo{Layout::Dot, "dot"},   LayoutInfo{Layout::Neato, "neato"},
    LayoutInfo{Layout::Fdp, "fdp"},   LayoutInfo{Layout::Sfdp, "sfdp"}, LayoutInfo{Layout::Circo, "circo"},
};

// One Graphviz context for the life of the process, never freed: the pango
// text-layout plugin of Graphviz 2.42 (Debian 12) keeps a pointer to the last
// font name it measured, a string owned by the context that asked, and
// compares the next name with it. Freeing that context leaves the pointer
// dangling for the next render in the process (AddressSanitizer reports a
// heap-use-after-free in strcmp). Called with graphviz_mutex() held.
GVC_t* graphviz_context() {
  static GVC_t* const context = gvContext();
  if (!context) throw Error("cannot start Graphviz (gvContext failed)");
  return context;
}

// Frees the layout before the graph is closed, whatever happens in between.
class LaidOutGraph {
 public:
  LaidOutGraph(GVC_t* context, Agraph_t* graph, std::string_view engine) : context_(context), graph_(graph) {
    const std::string name(engine);
    if (gvLayout(context_, graph_, name.c_str()) != 0) {
      throw Error("Graphviz cannot lay out the graph with '" + name +
                  "' (is the layout plugin installed? Debian package graphviz)");
    }
  }
  ~LaidOutGraph() { gvFreeLayout(context_, graph_); }
  LaidOutGraph(const LaidOutGraph&) = delete;
  LaidOutGraph& operator=(const LaidOutGraph&) = delete;

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

// Union-find over the edges, either way.
bool is_connected(const graph::KnowledgeGraph& graph) {
  std::vector<std::size_t> parent(graph.node_count());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  auto root = [&](std::size_t node) {
    while (parent[node] != node) node = parent[node] = parent[parent[node]];
    return node;
  };
  std::size_t parts = graph.node_count();
  for (auto edge : boost::make_iterator_range(boost::edges(graph.storage()))) {
    const std::size_t a = root(graph.source(edge)), b = root(graph.target(edge));
    if (a != b) {
      parent[a] = b;
      --parts;
    }
  }
  return parts <= 1;
}

void set_graph_attribute(Agraph_t* graph, const std::string& name, const std::string& value) {
  agattr(graph, AGRAPH, internal::c_text(name), internal::c_text(value));
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
  if (graph.node_count() > kSfdpAboveNodes) return "sfdp";
  return is_connected(graph) ? "dot" : "sfdp";
}

void write_image(const graph::KnowledgeGraph& graph, std::ostream& out, ImageFormat format, Layout layout) {
  if (graph.node_count() > kMaxImageNodes || graph.edge_count() > kMaxImageEdges) {
    throw Error("the graph has " + std::to_string(graph.node_count()) + " nodes and " +
                std::to_string(graph.edge_count()) + " edges, too many to draw (at most " +
                std::to_string(kMaxImageNodes) + " nodes and " + std::to_string(kMaxImageEdges) +
                " edges): draw a part of it with --top N or --query");
  }
  const std::string_view engine = layout_engine(layout, graph);
  std::string rendered;
  {
    std::lock_guard lock(internal::graphviz_mutex());
    internal::CgraphHandle dot = internal::build_cgraph(graph, nullptr);
    Agraph_t* g = dot.get();
    set_graph_attribute(g, "bgcolor", "white");
    set_graph_attribute(g, "pad", "0.2");
    if (engine != "dot") {
      // Force-directed layouts overlap nodes unless told not to; edges drawn
      // first stay under the labels.
      set_graph_attribute(g, "overlap", "false");
      set_graph_attribute(g, "outputorder", "edgesfirst");
    }
    GVC_t* context = graphviz_context();
    LaidOutGraph laid_out(context, g, engine);
    const char* renderer = format == ImageFormat::Svg ? "svg" : "png";
    char* data = nullptr;
    unsigned int length = 0;
    const int status = gvRenderData(context, g, renderer, &data, &length);
    if (data) rendered.assign(data, length);
    gvFreeRenderData(data);
    if (status != 0 || rendered.empty()) {
      throw Error(std::string("Graphviz cannot render ") + renderer +
                  " (is its plugin installed? Debian package graphviz)");
    }
  }
  out.write(rendered.data(), static_cast<std::streamsize>(rendered.size()));
}

}  // namespace kg::exporter
