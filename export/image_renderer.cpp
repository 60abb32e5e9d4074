// gvLayout + gvRenderData to memory; the caller's stream (usually an atomic
// file) gets the bytes, so a failed render leaves no partial picture.
#include "export/image_renderer.h"

#include <graphviz/gvc.h>

#include <string>

#include "base/errors.h"
#include "export/dot_graph.h"

namespace kg::exporter {
namespace {

// One Graphviz context for the life of the process, never freed: the pango
// text-layout plugin of Graphviz 2.42 (Debian 12) keeps a pointer to the last
// font name it measured, a string owned by the context that asked, and
// compares the next name with it. Freeing that context leaves the pointer
// dangling for the next render in the process (AddressSanitizer reports a
// heap-use-after-free in strcmp). Called with graphviz_mutex() held.
GVC_t* graphviz_context() {
  // Graphviz's warnings ("13 out of 14 exterior labels positioned") say what
  // the diagram already does by design (a label without room is left out),
  // and nothing a user could act on: only errors reach standard error.
  static const int quiet = (agseterr(AGERR), 0);
  static GVC_t* const context = gvContext();
  (void)quiet;
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

std::string_view renderer_name(ImageFormat format) {
  switch (format) {
    case ImageFormat::Svg:
      return "svg";
    case ImageFormat::Png:
      return "png";
    case ImageFormat::Pdf:
      return "pdf";  // cairo's, as for png
  }
  return "svg";
}

// cairo writes the time of rendering into a PDF's information dictionary
// (cairo 1.16 ignores SOURCE_DATE_EPOCH), so the same graph would give
// different bytes every second. The date's digits become the Unix epoch's,
// the same length, so that the cross-reference offsets still hold.
void fix_pdf_creation_date(std::string& pdf) {
  constexpr std::string_view kKey = "/CreationDate (D:";
  constexpr std::string_view kEpoch = "19700101000000";
  const std::size_t at = pdf.find(kKey);
  if (at == std::string::npos) return;
  const std::size_t start = at + kKey.size();
  for (std::size_t i = 0; i < kEpoch.size() && start + i < pdf.size(); ++i) {
    if (pdf[start + i] < '0' || pdf[start + i] > '9') return;
  }
  if (start + kEpoch.size() <= pdf.size()) pdf.replace(start, kEpoch.size(), kEpoch);
}

}  // namespace

void write_image(const graph::KnowledgeGraph& graph, std::ostream& out, ImageFormat format,
                 const DiagramOptions& options) {
  if (graph.node_count() > kMaxImageNodes || graph.edge_count() > kMaxImageEdges) {
    throw Error("the graph has " + std::to_string(graph.node_count()) + " nodes and " +
                std::to_string(graph.edge_count()) + " edges, too many to draw (at most " +
                std::to_string(kMaxImageNodes) + " nodes and " + std::to_string(kMaxImageEdges) +
                " edges): draw a part of it with --top N or --query");
  }
  const std::string_view engine = layout_engine(options.layout, graph);
  const std::string renderer(renderer_name(format));
  std::string rendered;
  {
    std::lock_guard lock(internal::graphviz_mutex());
    internal::CgraphHandle dot = internal::build_cgraph(graph, options, nullptr);
    Agraph_t* g = dot.get();
    GVC_t* context = graphviz_context();
    LaidOutGraph laid_out(context, g, engine);
    char* data = nullptr;
    unsigned int length = 0;
    const int status = gvRenderData(context, g, renderer.c_str(), &data, &length);
    if (data) rendered.assign(data, length);
    gvFreeRenderData(data);
    if (status != 0 || rendered.empty()) {
      throw Error("Graphviz cannot render " + renderer +
                  " (is its plugin installed? Debian package graphviz)");
    }
  }
  if (format == ImageFormat::Pdf) fix_pdf_creation_date(rendered);
  out.write(rendered.data(), static_cast<std::streamsize>(rendered.size()));
}

}  // namespace kg::exporter
