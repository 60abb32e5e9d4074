// `kg stats`: what a graph holds, counted.
#include <algorithm>
#include <array>
#include <iomanip>
#include <limits>
#include <map>

#include "app/commands.h"
#include "base/terminal_text.h"
#include "graph/graph.h"
#include "graph/native_file.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"top", 'n', true, false},
};

void print_help(std::ostream& out) {
  out << "Usage: kg stats GRAPH [--top N]\n\n"
         "Counts a graph's nodes by type, edges by relation and the documents it was\n"
         "built from, and lists the N best-connected nodes (default 10).\n\n"
         "Example:\n"
         "  kg stats samples.kg.json --top 5\n";
}

void print_row(std::ostream& out, std::string_view label, std::size_t count) {
  out << "  " << std::left << std::setw(18) << label << std::right << std::setw(8) << count << "\n";
}

}  // namespace

int run_stats(std::span<const std::string> raw_args, CommandContext& context) {
  Arguments args(raw_args, kOptions);
  if (args.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (args.positionals().size() != 1) throw UsageError("expected one GRAPH file");
  const std::size_t top = static_cast<std::size_t>(args.number("top", 0, 1000000).value_or(10));
  graph::KnowledgeGraph graph = graph::load_native(args.positionals()[0]);
  std::ostream& out = context.out;

  // Each count is at most 2^53 (graph/native_file.h); their sum saturates.
  std::uint64_t bytes = 0;
  for (const auto& [id, document] : graph.documents()) {
    bytes = document.bytes > std::numeric_limits<std::uint64_t>::max() - bytes
                ? std::numeric_limits<std::uint64_t>::max()
                : bytes + document.bytes;
  }
  out << "documents: " << graph.documents().size() << " (" << bytes << " bytes)\n";

  std::map<graph::NodeType, std::size_t> nodes_by_type;
  for (auto id : boost::make_iterator_range(boost::vertices(graph.storage()))) {
    ++nodes_by_type[graph.node(id).type];
  }
  out << "nodes: " << graph.node_count() << "\n";
  for (graph::NodeType type : graph::kAllNodeTypes) {
    if (nodes_by_type.count(type)) print_row(out, graph::to_string(type), nodes_by_type[type]);
  }

  std::map<graph::RelationType, std::size_t> edges_by_relation;
  for (auto id : boost::make_iterator_range(boost::edges(graph.storage()))) {
    ++edges_by_relation[graph.edge(id).relation];
  }
  out << "edges: " << graph.edge_count() << "\n";
  for (graph::RelationType relation : graph::kAllRelationTypes) {
    if (edges_by_relation.count(relation)) {
      print_row(out, graph::to_string(relation), edges_by_relation[relation]);
    }
  }

  if (top > 0 && graph.node_count() > 0) {
    // Canonical order first, then a stable sort by degree: ties stay in name order.
    std::vector<graph::KnowledgeGraph::NodeId> ranked = graph.nodes_in_canonical_order();
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](auto a, auto b) { return graph.degree(a) > graph.degree(b); });
    ranked.resize(std::min(top, ranked.size()));
    out << "top nodes by degree:\n";
    for (auto id : ranked) {
      const graph::NodeData& node = graph.node(id);
      out << "  " << std::setw(6) << graph.degree(id) << "  " << printable(node.name) << " ("
          << graph::to_string(node.type) << ")\n";
    }
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
