// `kg export`: a graph file in, the same graph (or a readable part of it) out
// in another format.
#include <array>
#include <filesystem>
#include <set>
#include <vector>

#include "app/commands.h"
#include "app/outputs.h"
#include "base/errors.h"
#include "base/strings.h"
#include "export/export.h"
#include "graph/graph.h"
#include "graph/native_file.h"
#include "query/query.h"

// Memory that libraries keep for the process's life, which LeakSanitizer
// would fail the sanitizer build of `kg export -o x.svg` on: fontconfig's
// font caches, filled while Graphviz measures text, and Graphviz's plugin
// configuration. Read by the sanitizer runtime; an unused function otherwise.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the sanitizer runtime looks up
extern "C" const char* __lsan_default_suppressions() { return "leak:libgvc.so\nleak:libfontconfig.so\n"; }

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"output", 'o', true, false},    OptionSpec{"format", 'f', true, false},
    OptionSpec{"layout", 'l', true, false},    OptionSpec{"top", 'n', true, false},
    OptionSpec{"query", 'Q', true, false},     OptionSpec{"quiet", 'q', false, false},
    OptionSpec{"no-wait", '\0', false, false},
};

void print_help(std::ostream& out) {
  out << "Usage: kg export GRAPH -o OUTPUT [--format FORMAT] [--layout ENGINE]\n"
         "                 [--query CYPHER] [--top N] [--no-wait]\n\n"
         "Writes the graph in GRAPH (a .kg.json file from 'kg build') in another format:\n"
         "for Gephi, yEd, Cytoscape, NetworkX, D3, graph databases, or as a diagram.\n\n"
         "Options:\n"
         "  -o, --output PATH    where to write. The format follows the extension:\n"
         "                       "
      << exporter::supported_extensions()
      << "\n"
         "                       ('-o -' with --format: standard output)\n"
         "  -f, --format NAME    the format, whatever the extension: native, graphml, dot,\n"
         "                       gexf, gexf-dynamic (GEXF with a timeline by year),\n"
         "                       node-link (NetworkX, D3), cytoscape, svg, png, html\n"
         "                       (an interactive view: one page that opens in a browser\n"
         "                       with no network, to search, filter and read the\n"
         "                       evidence of every relation), and neo4j-csv and\n"
         "                       kuzu-csv, which write a directory of files for a\n"
         "                       database's bulk loader\n"
         "  -l, --layout ENGINE  for svg and png: dot, neato, fdp, sfdp or circo (default:\n"
         "                       dot for a connected graph of up to "
      << exporter::kSfdpAboveNodes
      << " nodes, else sfdp)\n"
         "  -Q, --query CYPHER   only the nodes and relationships (and those of paths) that\n"
         "                       the query returns, with the ends of each relationship\n"
         "  -n, --top N          only the N best-connected nodes and the edges among them\n"
         "                       (after --query), so a diagram stays readable. svg and\n"
         "                       png draw at most "
      << exporter::kMaxImageNodes << " nodes and " << exporter::kMaxImageEdges
      << " edges\n"
         "      --no-wait        when another kg is writing the output, fail (exit code 5)\n"
         "                       instead of waiting for it\n"
         "  -q, --quiet          print nothing but errors\n\n"
         "The output is checked and locked before the graph is read, and written to\n"
         "temporary files that are renamed once all are written, so a failure never\n"
         "leaves half a file behind, nor a CSV directory half new. It may not be GRAPH.\n\n"
         "Examples:\n"
         "  kg export samples.kg.json -o samples.gexf\n"
         "  kg export samples.kg.json -o timeline.gexf --format gexf-dynamic\n"
         "  kg export samples.kg.json -o samples.svg --top 50 --layout neato\n"
         "  kg export samples.kg.json -o view.html\n"
         "  kg export samples.kg.json -o out/neo4j/ --format neo4j-csv\n"
         "  kg export samples.kg.json -o proposals.svg \\\n"
         "      --query 'MATCH (c:Country)-[r:PROPOSED]->(i:Initiative) RETURN c, r, i'\n";
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

// What a view is called unless told otherwise: the graph file's name
// without its extension ("samples" for samples.kg.json).
std::string title_of(const std::string& graph_path) {
  std::string name = std::filesystem::path(graph_path).filename().string();
  if (ends_with(name, graph::kNativeExtension) && name.size() > graph::kNativeExtension.size()) {
    name.resize(name.size() - graph::kNativeExtension.size());
  }
  return name;
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
  if (auto name = args.value("layout")) {
    auto layout = exporter::parse_layout(*name);
    if (!layout || *layout == exporter::Layout::Auto) {
      throw UsageError("unknown layout '" + *name + "' (known: dot, neato, fdp, sfdp, circo)");
    }
    if (*format != exporter::Format::Svg && *format != exporter::Format::Png) {
      throw UsageError("--layout is for svg and png output");
    }
    options.layout = *layout;
  }
  const std::optional<long long> top = args.number("top", 1, 100'000'000);
  options.title = title_of(args.positionals()[0]);

  OutputFiles output_files(outputs, {}, args.positionals());
  output_files.lock(!args.has("no-wait"), args.has("quiet"), context.err, "export");

  graph::KnowledgeGraph graph = graph::load_native(args.positionals()[0]);
  if (auto text = args.value("query")) graph = query_subgraph(graph, *text);
  if (top) graph = exporter::top_subgraph(graph, static_cast<std::size_t>(*top));
  write_outputs(graph, outputs, context.out, options);
  if (!args.has("quiet")) {
    (writes_standard_output(outputs) ? context.err : context.out)
        << "wrote " << outputs.front().path << " (" << exporter::to_string(*format)
        << "): " << graph.node_count() << (graph.node_count() == 1 ? " node, " : " nodes, ")
        << graph.edge_count() << (graph.edge_count() == 1 ? " edge\n" : " edges\n");
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
