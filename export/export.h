// kg_export: writes a knowledge graph in the formats other programs read.
// The one header the CLI needs; each format has its own writer module.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "base/atomic_file.h"
#include "export/html_writer.h"
#include "export/image_renderer.h"
#include "export/subgraph.h"
#include "graph/graph.h"

namespace kg::exporter {

enum class Format {
  Native,       // kg's own file (graph/native_file.h)
  GraphML,      // graphml_writer.h
  Dot,          // dot_writer.h
  Gexf,         // gexf_writer.h, static
  GexfDynamic,  // gexf_writer.h, a timeline by year
  NodeLink,     // json_writer.h: NetworkX node_link_data, D3
  Cytoscape,    // json_writer.h: Cytoscape.js / .cyjs
  Neo4jCsv,     // csv_writer.h: a directory for neo4j-admin database import
  KuzuCsv,      // csv_writer.h: a directory for Kùzu's COPY FROM
  Svg,          // image_renderer.h
  Png,          // image_renderer.h
  Pdf,          // image_renderer.h
  Html,         // html_writer.h: the interactive view
};

// "native", "graphml", "dot", "gexf", "gexf-dynamic", "node-link",
// "cytoscape", "neo4j-csv", "kuzu-csv", "svg", "png", "pdf", "html": the
// names parse_format accepts.
std::string_view to_string(Format format);
// Exact, lower-case names only.
std::optional<Format> parse_format(std::string_view name);
// Every format name, comma-separated, for help and error messages.
std::string format_names();
// By extension, ignoring ASCII case: ".kg.json" -> Native, ".graphml" ->
// GraphML, ".dot" and ".gv" -> Dot, ".gexf" -> Gexf, ".json" -> NodeLink,
// ".cyjs" -> Cytoscape, ".svg", ".png", ".pdf", ".html" and ".htm" -> Html;
// nullopt for anything else (the CSV formats write directories and are only
// chosen by name).
std::optional<Format> format_from_path(std::string_view path);
// The extensions format_from_path knows, for error messages:
// ".kg.json, .graphml, .dot, .gv, .gexf, .json, .cyjs, .svg, .png, .pdf, .html, .htm".
std::string supported_extensions();
// Neo4jCsv and KuzuCsv: the path names a directory, made if absent.
bool writes_directory(Format format);

// The formats that draw the graph as a diagram (diagram.h): Dot, Svg, Png,
// Pdf. They leave out nodes without edges unless WriteOptions::keep_isolated,
// and take the other WriteOptions; the other formats write the whole graph
// (the interactive view too: its search and filters find every node).
bool draws_diagram(Format format);

// For the formats that draw a diagram (draws_diagram()), and the title and
// known names for Html; the others ignore them.
struct WriteOptions {
  Layout layout = Layout::Auto;
  // Above the drawing, or the view's title; none when empty (the view then
  // uses write_html's default).
  std::string title;
  // Draw nodes without edges too (a graph of many lone nodes draws as a grid
  // of boxes, so by default they are left out).
  bool keep_isolated = false;
  // Relation names as text on the edges (DiagramOptions::edge_labels).
  bool edge_labels = false;
  // For Html: more names the view's search finds a node by (html_writer.h).
  KnownNames known_names;
  // The language node labels are in, for every format but the native file
  // and the CSV directories (which write the canonical "name"): a node's name
  // in it when known, else its canonical name. With none, canonical names.
  // Every format writes the names per language (name_en, name_zh) as well.
  std::optional<graph::Language> language;
};

// Writes `graph` to `path` atomically (kg::write_file_atomically): on any
// error the previous file, if there was one, is left as it was. A directory
// format stages all of its files, then renames them (see stage). Throws
// kg::IoError naming the file, kg::Error when Graphviz cannot draw an image.
void write(const graph::KnowledgeGraph& graph, const std::string& path, Format format,
           const WriteOptions& options = {});
// Writes `graph` for `path` into `pending`, to be renamed into place by
// pending.commit() together with whatever else is staged there: several
// outputs, or the files of a directory format, change all together or not
// at all (the window that remains is PendingWrites::commit's). A directory
// format makes its directory now (removed again if never committed and
// empty); files of an earlier export there that this one does not write
// are left as they are.
void stage(PendingWrites& pending, const graph::KnowledgeGraph& graph, const std::string& path, Format format,
           const WriteOptions& options = {});
// Writes `graph` to `out`; kg::IoError if the stream fails, kg::Error for a
// directory format.
void write(const graph::KnowledgeGraph& graph, std::ostream& out, Format format,
           const WriteOptions& options = {});

}  // namespace kg::exporter
