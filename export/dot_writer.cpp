// DOT through Graphviz's cgraph: the diagram is built in a cgraph graph
// (diagram.cpp) and agwrite streams it to a std::ostream through an I/O
// discipline.
#include "export/dot_writer.h"

#include <cstdio>

#include "base/errors.h"
#include "export/dot_graph.h"
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

void write_dot(const graph::KnowledgeGraph& graph, std::ostream& out, const DiagramOptions& options) {
  std::lock_guard lock(internal::graphviz_mutex());
  Agiodisc_t io{AgIoDisc.afread, put_to_stream, flush_stream};
  Agdisc_t discipline{&AgMemDisc, &AgIdDisc, &io};
  internal::CgraphHandle dot = internal::build_cgraph(graph, options, &discipline);
  if (agwrite(dot.get(), &out) == EOF) out.setstate(std::ios::badbit);
}

}  // namespace kg::exporter
