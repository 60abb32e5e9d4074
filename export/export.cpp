// Format names and extensions, and dispatch to the writer of each format.
#include "export/export.h"

#include <array>
#include <filesystem>

#include "base/ascii.h"
#include "base/atomic_file.h"
#include "base/errors.h"
#include "export/csv_writer.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "export/subgraph.h"
#include "graph/native_file.h"

namespace kg::exporter {
namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
};

constexpr std::array kFormats = {
    FormatInfo{Format::Native, "native"},
    FormatInfo{Format::GraphML, "graphml"},
    FormatInfo{Format::Dot, "dot"},
    FormatInfo{Format::Gexf, "gexf"},
    FormatInfo{Format::GexfDynamic, "gexf-dynamic"},
    FormatInfo{Format::NodeLink, "node-link"},
    FormatInfo{Format::Cytoscape, "cytoscape"},
    FormatInfo{Format::Neo4jCsv, "neo4j-csv"},
    FormatInfo{Format::KuzuCsv, "kuzu-csv"},
    FormatInfo{Format::Svg, "svg"},
    FormatInfo{Format::Png, "png"},
    FormatInfo{Format::Pdf, "pdf"},
    FormatInfo{Format::Html, "html"},
};

struct Extension {
  std::string_view suffix;
  Format format;
};

// The native ".kg.json" comes before ".json", so it wins.
constexpr std::array kExtensions = {
    Extension{graph::kNativeExtension, Format::Native},
    Extension{".graphml", Format::GraphML},
    Extension{".dot", Format::Dot},
    Extension{".gv", Format::Dot},
    Extension{".gexf", Format::Gexf},
    Extension{".json", Format::NodeLink},
    Extension{".cyjs", Format::Cytoscape},
    Extension{".svg", Format::Svg},
    Extension{".png", Format::Png},
    Extension{".pdf", Format::Pdf},
    Extension{".html", Format::Html},
    Extension{".htm", Format::Html},
};

void write_image_format(const graph::KnowledgeGraph& graph, std::ostream& out, Format format,
                        const DiagramOptions& options) {
  switch (format) {
    case Format::Dot:
      write_dot(graph, out, options);
      return;
    case Format::Svg:
      write_image(graph, out, ImageFormat::Svg, options);
      return;
    case Format::Png:
      write_image(graph, out, ImageFormat::Png, options);
      return;
    case Format::Pdf:
      write_image(graph, out, ImageFormat::Pdf, options);
      return;
    default:
      throw Error(std::string(to_string(format)) + " is not a diagram format");
  }
}

// The diagram formats: the graph without its isolated nodes unless they are
// kept, drawn with the options.
void write_diagram(const graph::KnowledgeGraph& graph, std::ostream& out, Format format,
                   const WriteOptions& options) {
  const DiagramOptions diagram{options.layout, options.title, options.edge_labels, options.language};
  if (options.keep_isolated || isolated_node_count(graph) == 0) {
    write_image_format(graph, out, format, diagram);
  } else {
    write_image_format(without_isolated_nodes(graph), out, format, diagram);
  }
}

void write_unchecked(const graph::KnowledgeGraph& graph, std::ostream& out, Format format,
                     const WriteOptions& options) {
  if (draws_diagram(format)) {
    write_diagram(graph, out, format, options);
    return;
  }
  switch (format) {
    case Format::Native:
      graph::write_native(graph, out);
      return;
    case Format::GraphML:
      write_graphml(graph, out, options.language);
      return;
    case Format::Gexf:
      write_gexf(graph, out, GexfMode::Static, options.language);
      return;
    case Format::GexfDynamic:
      write_gexf(graph, out, GexfMode::Dynamic, options.language);
      return;
    case Format::NodeLink:
      write_node_link_json(graph, out, options.language);
      return;
    case Format::Cytoscape:
      write_cytoscape_json(graph, out, options.language);
      return;
    case Format::Dot:
    case Format::Svg:
    case Format::Png:
    case Format::Pdf:
      return;  // write_diagram
    case Format::Html:
      write_html(graph, out, options.title, options.known_names, options.language);
      return;
    case Format::Neo4jCsv:
    case Format::KuzuCsv:
      throw Error(std::string(to_string(format)) +
                  " writes a directory of files, not one stream: give a directory path");
  }
}

void stage_directory(PendingWrites& pending, const graph::KnowledgeGraph& graph, const std::string& path,
                     Format format) {
  pending.make_directory(path);
  const FileSink sink = [&](const std::string& name, const std::function<void(std::ostream&)>& write_file) {
    pending.stage((std::filesystem::path(path) / name).string(), write_file);
  };
  if (format == Format::Neo4jCsv) {
    write_neo4j_csv(graph, sink);
  } else {
    write_kuzu_csv(graph, sink);
  }
}

}  // namespace

std::string_view to_string(Format format) {
  for (const FormatInfo& info : kFormats) {
    if (info.format == format) return info.name;
  }
  return "?";
}

std::optional<Format> parse_format(std::string_view name) {
  for (const FormatInfo& info : kFormats) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

std::string format_names() {
  std::string list;
  for (const FormatInfo& info : kFormats) {
    if (!list.empty()) list += ", ";
    list += info.name;
  }
  return list;
}

std::optional<Format> format_from_path(std::string_view path) {
  for (const Extension& extension : kExtensions) {
    // A bare ".graphml" is a hidden file with no extension, not a GraphML file.
    if (path.size() > extension.suffix.size() && ends_with_ignoring_ascii_case(path, extension.suffix)) {
      return extension.format;
    }
  }
  return std::nullopt;
}

std::string supported_extensions() {
  std::string list;
  for (const Extension& extension : kExtensions) {
    if (!list.empty()) list += ", ";
    list += extension.suffix;
  }
  return list;
}

bool writes_directory(Format format) { return format == Format::Neo4jCsv || format == Format::KuzuCsv; }

bool draws_diagram(Format format) {
  return format == Format::Dot || format == Format::Svg || format == Format::Png || format == Format::Pdf;
}

void write(const graph::KnowledgeGraph& graph, std::ostream& out, Format format,
           const WriteOptions& options) {
  write_unchecked(graph, out, format, options);
  out.flush();
  if (!out) throw IoError("<output>", "write failed");
}

void write(const graph::KnowledgeGraph& graph, const std::string& path, Format format,
           const WriteOptions& options) {
  PendingWrites pending;
  stage(pending, graph, path, format, options);
  pending.commit();
}

void stage(PendingWrites& pending, const graph::KnowledgeGraph& graph, const std::string& path, Format format,
           const WriteOptions& options) {
  if (writes_directory(format)) {
    stage_directory(pending, graph, path, format);
    return;
  }
  // PendingWrites checks the stream itself, and names the file.
  pending.stage(path, [&](std::ostream& out) { write_unchecked(graph, out, format, options); });
}

}  // namespace kg::exporter
