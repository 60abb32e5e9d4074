// `kg export`: a graph file in, the same graph (or a readable part of it) out
// in another format.
#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <vector>

#include "app/commands.h"
#include "app/node_names.h"
#include "app/outputs.h"
#include "base/errors.h"
#include "export/export.h"
#include "export/subgraph.h"
#include "graph/graph.h"
#include "graph/native_file.h"
#include "query/query.h"

// Memory that libraries keep for the process's life, which LeakSanitizer
// would fail the sanitizer build of `kg export -o x.svg` on: fontconfig's
// font caches, filled while Graphviz measures text, Graphviz's plugin
// configuration, and what cairo 1.16's PDF surface keeps (768 bytes a PDF).
// Read by the sanitizer runtime; an unused function otherwise.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the sanitizer runtime looks up
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\nleak:libfontconfig.so\nleak:libcairo.so\n";
}

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"output", 'o', true, false},
    OptionSpec{"format", 'f', true, false},
    OptionSpec{"layout", 'l', true, false},
    OptionSpec{"top", 'n', true, false},
    OptionSpec{"query", 'Q', true, false},
    OptionSpec{"quiet", 'q', false, false},
    OptionSpec{"no-wait", '\0', false, false},
    OptionSpec{"title", '\0', true, false},
    OptionSpec{"isolated", '\0', false, false},
    OptionSpec{"edge-labels", '\0', false, false},
    kLanguageOption,
};

void print_help(std::ostream& out) {
  out << "Usage: kg export GRAPH -o OUTPUT [--format FORMAT] [--query CYPHER] [--top N]\n"
         "                 [--layout ENGINE] [--title TEXT] [--isolated] [--edge-labels]\n"
         "                 [--lang en|zh] [--no-wait]\n\n"
         "Writes the graph in GRAPH (a .kg.json file from 'kg build') in another format:\n"
         "for Gephi, yEd, Cytoscape, NetworkX, D3, graph databases, or as a diagram.\n\n"
         "Options:\n"
         "  -o, --output PATH    where to write. The format follows the extension:\n"
      << extension_lines("", 23)
      << "                       ('-o -' with --format: standard output)\n"
         "  -f, --format NAME    the format, whatever the extension: native, graphml, dot,\n"
         "                       gexf, gexf-dynamic (GEXF with a timeline by year),\n"
         "                       node-link (NetworkX, D3), cytoscape, svg, png, pdf, html\n"
         "                       (an interactive view: one page that opens in a browser\n"
         "                       with no network, to search, filter and read the\n"
         "                       evidence of every relation), and neo4j-csv and\n"
         "                       kuzu-csv, which write a directory of files for a\n"
         "                       database's bulk loader\n"
         "  -Q, --query CYPHER   only the nodes and relationships (and those of paths)\n"
         "                       that the query returns, with the ends of each\n"
         "                       relationship\n"
         "  -n, --top N          only the N best-connected nodes and the edges among them\n"
         "                       (after --query), so a diagram stays readable\n"
         "      --no-wait        when another kg is writing the output, fail (exit code 5)\n"
         "                       instead of waiting for it\n"
         "      --lang en|zh     label each node by its English (en) or Chinese (zh)\n"
         "                       name where known, else by its canonical name: the\n"
         "                       label of GraphML, GEXF and JSON, a diagram's node\n"
         "                       text, the name the html view shows. Every format\n"
         "                       writes the names per language as well (name_en and\n"
         "                       name_zh, where known); the native file and the CSV\n"
         "                       directories keep the canonical name as \"name\"\n"
         "  -q, --quiet          print nothing but errors\n\n"
         "Diagrams (dot, svg, png, pdf) are made for a report: a title and a key of the\n"
         "node types and relations drawn above the drawing; an edge's relation shown by\n"
         "its colour and line (COOPERATES_WITH without arrowhead) and its years written\n"
         "small next to it (2020, 2019–23), left out where there is no room rather than\n"
         "drawn over other text; nodes larger the more edges they have. A .dot file is\n"
         "the diagram's structure: Graphviz's `dot -Tpng` draws it as kg does.\n"
         "  -l, --layout ENGINE  dot, neato, fdp, sfdp or circo. By default dot (layered)\n"
         "                       for a connected, nearly tree-shaped graph of up to "
      << exporter::kDotUpToNodes
      << "\n"
         "                       nodes, neato up to "
      << exporter::kNeatoUpToNodes
      << " nodes and sfdp above, both with\n"
         "                       overlaps removed and the parts of the graph packed\n"
         "      --title TEXT     the title (default: the graph file's name, and under it\n"
         "                       the query and --top N)\n"
         "      --isolated       draw nodes without edges too (left out by default; the\n"
         "                       html view has them all, and takes --title too)\n"
         "      --edge-labels    write each edge's relation on it, with its years\n"
         "  svg, png and pdf draw at most "
      << exporter::kMaxImageNodes << " nodes and " << exporter::kMaxImageEdges
      << " edges,\n"
         "  at most 20 inches a side\n\n"
         "The output is checked and locked before the graph is read, and written to\n"
         "temporary files that are renamed once all are written, so a failure never\n"
         "leaves half a file behind, nor a CSV directory half new. It may not be GRAPH.\n\n"
         "Examples:\n"
         "  kg export samples.kg.json -o samples.gexf\n"
         "  kg export samples.kg.json -o timeline.gexf --format gexf-dynamic\n"
         "  kg export samples.kg.json -o samples.png --top 30\n"
         "  kg export samples.kg.json -o samples.pdf --layout neato --title 'Samples'\n"
         "  kg export samples.kg.json -o view.html\n"
         "  kg export samples.kg.json -o samples-en.svg --lang en\n"
         "  kg export samples.kg.json -o out/neo4j/ --format neo4j-csv\n"
         "  kg export samples.kg.json -o proposals.svg \\\n"
         "      --query 'MATCH (c:Country)-[r:PROPOSED]->(i:Initiative) RETURN c, r, i'\n";
}

// The default title of a diagram: the graph file's name without its
// directory and extension, and on a second line the view drawn (the query,
// shortened, and --top N).
std::string default_title(const std::string& graph_path, const std::optional<std::string>& query,
                          std::optional<long long> top) {
  std::string name = std::filesystem::path(graph_path).filename().string();
  if (name.size() > graph::kNativeExtension.size() && name.ends_with(graph::kNativeExtension)) {
    name.resize(name.size() - graph::kNativeExtension.size());
  }
  std::string view;
  if (query) {
    // One line, spaces folded, at most kTitleQueryBytes bytes cut at a
    // character's start.
    constexpr std::size_t kTitleQueryBytes = 90;
    std::string line;
    for (char c : *query) {
      const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (space && (line.empty() || line.back() == ' ')) continue;
      line += space ? ' ' : c;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (line.size() > kTitleQueryBytes) {
      std::size_t cut = kTitleQueryBytes;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
      line = line.substr(0, cut) + "…";
    }
    view = line;
  }
  if (top) view += (view.empty() ? "" : " · ") + ("top " + std::to_string(*top) + " nodes");
  return view.empty() ? name : name + "\n" + view;
}

using Graph = graph::KnowledgeGraph;

// Nodes and relationships of a query's rows, by their canonical rank and
// index (query/value.h), wherever they stand: alone, in lists or in paths.
struct Found {
  std::set<std::uint32_t> nodes;
  std::set<std::uint32_t> edges;
};

void collect(const query::Value& value, Found& found) {
  if (value.is<query::NodeRef>()) {
    found.nodes.insert(value.as<query::NodeRef>().rank);
  } else if (value.is<query::EdgeRef>()) {
    found.edges.insert(value.as<query::EdgeRef>().index);
  } else if (value.is<query::PathRef>()) {
    const query::PathRef& path = value.as<query::PathRef>();
    found.nodes.insert(path.nodes.begin(), path.nodes.end());
    found.edges.insert(path.edges.begin(), path.edges.end());
  } else if (value.is<query::List>()) {
    for (const query::Value& item : value.as<query::List>()) collect(item, found);
  }
}

Graph query_subgraph(const Graph& graph, const std::string& text) {
  const query::Engine engine(graph);
  const query::Result result = engine.run(text);
  Found found;
  for (const auto& row : result.rows) {
    for (const query::Value& value : row) collect(value, found);
  }
  if (found.nodes.empty() && found.edges.empty()) {
    throw Error("the query returned no nodes, relationships or paths to export" +
                std::string(result.rows.empty() ? " (no rows)" : ""));
  }
  const std::vector<Graph::NodeId> ranked = graph.nodes_in_canonical_order();
  const std::vector<Graph::EdgeId> indexed = graph.edges_in_canonical_order();
  std::vector<Graph::NodeId> nodes;
  for (std::uint32_t rank : found.nodes) nodes.push_back(ranked.at(rank));
  std::vector<Graph::EdgeId> edges;
  for (std::uint32_t index : found.edges) edges.push_back(indexed.at(index));
  return exporter::subgraph(graph, nodes, edges);
}

}  // namespace

int run_export(std::span<const std::string> raw_args, CommandContext& context) {
  Arguments args(raw_args, kOptions);
  if (args.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (args.positionals().size() != 1) throw UsageError("expected one GRAPH file");
  const std::vector<Output> outputs = plan_outputs(args);
  const std::optional<exporter::Format> format = outputs.front().format;
  exporter::WriteOptions options;
  const auto any_output = [&outputs](bool (*test)(exporter::Format)) {
    return std::any_of(outputs.begin(), outputs.end(),
                       [test](const Output& output) { return test(output.format); });
  };
  const auto draws = [](exporter::Format f) {
    return exporter::draws_diagram(f) || f == exporter::Format::Html;
  };
  for (std::string_view name : {"layout", "isolated", "edge-labels"}) {
    if (args.has(name) && !any_output(exporter::draws_diagram)) {
      throw UsageError("--" + std::string(name) + " is for diagrams (dot, svg, png, pdf)");
    }
  }
  if (args.has("title") && !any_output(draws)) {
    throw UsageError("--title is for diagrams and the view (dot, svg, png, pdf, html)");
  }
  if (auto name = args.value("layout")) {
    auto layout = exporter::parse_layout(*name);
    if (!layout || *layout == exporter::Layout::Auto) {
      throw UsageError("unknown layout '" + *name + "' (known: dot, neato, fdp, sfdp, circo)");
    }
    options.layout = *layout;
  }
  const std::optional<long long> top = args.number("top", 1, 100'000'000);
  const std::optional<std::string> query = args.value("query");
  options.title = args.value("title").value_or(default_title(args.positionals()[0], query, top));
  options.keep_isolated = args.has("isolated");
  options.edge_labels = args.has("edge-labels");
  options.language = language_option(args);

  OutputFiles output_files(outputs, {}, args.positionals());
  output_files.lock(!args.has("no-wait"), args.has("quiet"), context.err, "export");

  graph::KnowledgeGraph graph = graph::load_native(args.positionals()[0]);
  if (query) graph = query_subgraph(graph, *query);
  if (top) graph = exporter::top_subgraph(graph, static_cast<std::size_t>(*top));
  write_outputs(graph, outputs, context.out, options);
  if (!args.has("quiet")) {
    // What a diagram draws: the nodes with edges, unless --isolated.
    const std::size_t left_out =
        exporter::draws_diagram(*format) && !options.keep_isolated ? exporter::isolated_node_count(graph) : 0;
    const std::size_t nodes = graph.node_count() - left_out;
    std::ostream& said = writes_standard_output(outputs) ? context.err : context.out;
    said << "wrote " << outputs.front().path << " (" << exporter::to_string(*format) << "): " << nodes
         << (nodes == 1 ? " node, " : " nodes, ") << graph.edge_count()
         << (graph.edge_count() == 1 ? " edge" : " edges");
    if (left_out > 0) {
      said << "; " << left_out << (left_out == 1 ? " node" : " nodes")
           << " without edges left out (--isolated draws them)";
    }
    said << "\n";
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
