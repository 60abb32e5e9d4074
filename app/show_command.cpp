// `kg show`: one node's card, with the evidence for each of its edges.
#include <algorithm>
#include <array>
#include <iomanip>
#include <tuple>

#include "app/commands.h"
#include "app/node_names.h"
#include "base/errors.h"
#include "base/terminal_text.h"
#include "extract/name_lookup.h"
#include "graph/graph.h"
#include "graph/native_file.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"type", 't', true, false},
    OptionSpec{"evidence", 'e', true, false},
    OptionSpec{"documents", 'd', true, false},
    kLanguageOption,
};

void print_help(std::ostream& out) {
  out << "Usage: kg show GRAPH NAME [--type TYPE] [--evidence N] [--documents N] [--lang en|zh]\n\n"
         "Prints the card of the node called NAME: type, aliases and where each came\n"
         "from, attributes, mentions and the documents that mention it, and every edge\n"
         "with up to N evidence sentences (default 3). NAME is any name kg knows for\n"
         "the node: its canonical name, an alias a document gave, or a name the rules\n"
         "and CLDR know ('我国', China and 中华人民共和国 all find 中国; EU finds 欧盟);\n"
         "Latin script matches without case. A name of several nodes shows each card.\n\n"
         "Options:\n"
         "  -t, --type TYPE     only nodes of this type (Country, Region, Organization,\n"
         "                      Initiative, Event, Person, Year)\n"
         "  -e, --evidence N    evidence sentences per edge (0 for none)\n"
         "  -d, --documents N   documents listed under mentions, most mentions first\n"
         "                      (default 10, 0 for none)\n"
      << kLanguageHelp
      << "\n"
         "The card lists the node's English and Chinese names where kg knows them\n"
         "(name_en, name_zh); with --lang the card and its edges name nodes in that\n"
         "language.\n\n"
         "Examples:\n"
         "  kg show samples.kg.json 中国\n"
         "  kg show samples.kg.json 'european union'\n"
         "  kg show samples.kg.json 2020 --type Year\n"
         "  kg show samples.kg.json 欧盟 --lang en\n";
}

using Graph = graph::KnowledgeGraph;

void print_edge(std::ostream& out, const Graph& graph, Graph::EdgeId id, bool outgoing,
                std::size_t max_evidence, std::optional<graph::Language> language) {
  const graph::EdgeData& edge = graph.edge(id);
  const graph::NodeData& other = graph.node(outgoing ? graph.target(id) : graph.source(id));
  const std::string_view relation = graph::to_string(edge.relation);
  out << "  " << (outgoing ? "-" : "<-") << relation << (outgoing ? "-> " : "- ")
      << printable(other.display_name(language)) << " (" << graph::to_string(other.type) << ")";
  if (!edge.years.empty()) out << " in " << graph::years_text(edge.years);
  if (edge.weight() > 1) out << "  x" << edge.weight();
  out << "\n";
  std::size_t shown = 0;
  for (const graph::Evidence& evidence : edge.evidence) {
    if (shown++ == max_evidence) break;
    out << "      \"" << printable(evidence.sentence) << "\"  (" << printable(evidence.document) << ":"
        << evidence.line;
    if (evidence.page) out << ", page " << *evidence.page;
    out << ")\n";
  }
}

void print_card(std::ostream& out, const Graph& graph, Graph::NodeId id, std::size_t max_evidence,
                std::size_t max_documents, std::optional<graph::Language> language) {
  const graph::NodeData& node = graph.node(id);
  out << printable(node.display_name(language)) << " (" << graph::to_string(node.type) << ")\n";
  if (node.display_name(language) != node.name) out << "  canonical name: " << printable(node.name) << "\n";
  if (!node.name_en.empty()) out << "  name_en: " << printable(node.name_en) << "\n";
  if (!node.name_zh.empty()) out << "  name_zh: " << printable(node.name_zh) << "\n";
  if (!node.aliases.empty()) {
    out << "  aliases:";
    for (const auto& [alias, origin] : node.aliases)
      out << " " << printable(alias) << " [" << printable(origin) << "]";
    out << "\n";
  }
  for (const auto& [key, value] : node.attributes)
    out << "  " << printable(key) << ": " << printable(value) << "\n";
  out << "  mentions: " << node.mention_count() << " in " << node.mentions.size() << " document"
      << (node.mentions.size() == 1 ? "" : "s") << "\n";
  // The documents that mention it most first (then by path), as many as a
  // card can hold; `kg stats --documents` lists the whole corpus.
  std::vector<std::pair<std::string_view, std::uint64_t>> documents(node.mentions.begin(),
                                                                    node.mentions.end());
  std::stable_sort(documents.begin(), documents.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  const std::size_t listed = std::min(documents.size(), max_documents);
  for (std::size_t i = 0; i < listed; ++i) {
    out << "    " << std::setw(6) << documents[i].second << "  " << printable(documents[i].first) << "\n";
  }
  if (listed < documents.size()) {
    out << "    … and " << documents.size() - listed << " more (--documents N lists more)\n";
  }

  std::vector<Graph::EdgeId> edges;
  for (Graph::EdgeId edge : boost::make_iterator_range(boost::out_edges(id, graph.storage()))) {
    edges.push_back(edge);
  }
  for (Graph::EdgeId edge : boost::make_iterator_range(boost::in_edges(id, graph.storage()))) {
    if (graph.source(edge) != id) edges.push_back(edge);  // a self-loop is listed once
  }
  // By relation, then the node at the other end, so the card reads the same every time.
  auto order = [&](Graph::EdgeId edge) {
    const bool outgoing = graph.source(edge) == id;
    const graph::NodeData& other = graph.node(outgoing ? graph.target(edge) : graph.source(edge));
    return std::tuple(graph.edge(edge).relation, !outgoing, other.type, other.display_name(language));
  };
  std::sort(edges.begin(), edges.end(), [&](auto a, auto b) { return order(a) < order(b); });
  out << "  edges: " << edges.size() << "\n";
  for (Graph::EdgeId edge : edges) {
    print_edge(out, graph, edge, graph.source(edge) == id, max_evidence, language);
  }
}

}  // namespace

int run_show(std::span<const std::string> raw_args, CommandContext& context) {
  Arguments args(raw_args, kOptions);
  if (args.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (args.positionals().size() != 2) throw UsageError("expected GRAPH and NAME");
  std::optional<graph::NodeType> type;
  if (auto name = args.value("type")) {
    type = graph::parse_node_type(*name);
    if (!type) throw UsageError("unknown node type '" + *name + "'");
  }
  const auto max_evidence = static_cast<std::size_t>(args.number("evidence", 0, 1000).value_or(3));
  const auto max_documents = static_cast<std::size_t>(args.number("documents", 0, 1000000).value_or(10));
  const std::optional<graph::Language> language = language_option(args);
  const std::string& path = args.positionals()[0];
  const std::string& name = args.positionals()[1];
  Graph graph = graph::load_native(path);

  std::vector<Graph::NodeId> found;
  for (Graph::NodeId id : extract::find_nodes(graph, name)) {
    if (!type || graph.node(id).type == *type) found.push_back(id);
  }
  if (found.empty()) {
    std::string message = path + ": no node is called '" + name + "'";
    std::vector<std::string> close;
    for (Graph::NodeId id : graph.nodes_in_canonical_order()) {
      if (graph.node(id).name.find(name) != std::string::npos && close.size() < 5) {
        close.push_back(graph.node(id).name);
      }
    }
    if (!close.empty()) {
      message += "; names containing it:";
      for (const std::string& candidate : close) message += " " + candidate;
    }
    throw Error(message);
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (i > 0) context.out << "\n";
    print_card(context.out, graph, found[i], max_evidence, max_documents, language);
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
