// `kg stats`: what a graph holds, counted, as text or JSON.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <array>
#include <iomanip>
#include <map>

#include "app/commands.h"
#include "app/node_names.h"
#include "base/terminal_text.h"
#include "graph/document_summary.h"
#include "graph/graph.h"
#include "graph/native_file.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"top", 'n', true, false},
    OptionSpec{"documents", 'd', false, false},
    OptionSpec{"format", 'f', true, false},
    kLanguageOption,
};

void print_help(std::ostream& out) {
  out << "Usage: kg stats GRAPH [--top N] [--documents] [--format text|json] [--lang en|zh]\n\n"
         "Counts a graph's nodes by type, edges by relation and the documents it was\n"
         "built from, and lists the N best-connected nodes (default 10).\n\n"
         "Options:\n"
         "  -n, --top N         the N nodes with most edges (0 for none)\n"
         "  -d, --documents     also list every document: its path, the sha1 and size of\n"
         "                      its content when read, and the nodes it mentions, the\n"
         "                      edges it gives evidence for and its mentions\n"
         "  -f, --format FMT    text (default) or json: one object with the same counts,\n"
         "                      for scripts (document_count, bytes, node_count,\n"
         "                      nodes_by_type, edge_count, edges_by_relation, top_nodes,\n"
         "                      and documents with --documents)\n"
      << kLanguageHelp
      << "\n"
         "Examples:\n"
         "  kg stats samples.kg.json --top 5\n"
         "  kg stats samples.kg.json --documents\n"
         "  kg stats samples.kg.json --format json | jq .nodes_by_type\n"
         "  kg stats samples.kg.json --top 5 --lang en\n";
}

using Graph = graph::KnowledgeGraph;

// Everything `kg stats` reports, counted once for either format.
struct Counts {
  std::uint64_t bytes = 0;
  std::map<graph::NodeType, std::size_t> nodes_by_type;
  std::map<graph::RelationType, std::size_t> edges_by_relation;
  std::vector<Graph::NodeId> top;
  std::vector<graph::DocumentSummary> documents;  // with --documents only
};

Counts count(const Graph& graph, std::size_t top, bool with_documents) {
  Counts counts;
  for (const auto& [id, document] : graph.documents()) {
    // Each count is at most 2^53 (graph/native_file.h); their sum saturates.
    counts.bytes = document.bytes > UINT64_MAX - counts.bytes ? UINT64_MAX : counts.bytes + document.bytes;
  }
  for (auto id : boost::make_iterator_range(boost::vertices(graph.storage()))) {
    ++counts.nodes_by_type[graph.node(id).type];
  }
  for (auto id : boost::make_iterator_range(boost::edges(graph.storage()))) {
    ++counts.edges_by_relation[graph.edge(id).relation];
  }
  if (top > 0 && graph.node_count() > 0) {
    // Canonical order first, then a stable sort by degree: ties stay in name order.
    counts.top = graph.nodes_in_canonical_order();
    std::stable_sort(counts.top.begin(), counts.top.end(),
                     [&](auto a, auto b) { return graph.degree(a) > graph.degree(b); });
    counts.top.resize(std::min(top, counts.top.size()));
  }
  if (with_documents) counts.documents = graph::summarize_documents(graph);
  return counts;
}

void print_row(std::ostream& out, std::string_view label, std::size_t count) {
  out << "  " << std::left << std::setw(18) << label << std::right << std::setw(8) << count << "\n";
}

void print_text(std::ostream& out, const Graph& graph, const Counts& counts, bool with_documents,
                std::optional<graph::Language> language) {
  out << "documents: " << graph.documents().size() << " (" << counts.bytes << " bytes)\n";
  if (with_documents && !counts.documents.empty()) {
    // The path last: it is the one column of any width.
    out << "  " << std::left << std::setw(40) << "sha1" << std::right << std::setw(10) << "bytes"
        << std::setw(7) << "nodes" << std::setw(7) << "edges" << std::setw(10) << "mentions"
        << "  path\n";
    for (const graph::DocumentSummary& summary : counts.documents) {
      out << "  " << std::left << std::setw(40) << summary.document.sha1 << std::right << std::setw(10)
          << summary.document.bytes << std::setw(7) << summary.nodes << std::setw(7) << summary.edges
          << std::setw(10) << summary.mentions << "  " << printable(summary.document.id) << "\n";
    }
  }
  out << "nodes: " << graph.node_count() << "\n";
  for (const auto& [type, number] : counts.nodes_by_type) print_row(out, graph::to_string(type), number);
  out << "edges: " << graph.edge_count() << "\n";
  for (const auto& [relation, number] : counts.edges_by_relation) {
    print_row(out, graph::to_string(relation), number);
  }
  if (!counts.top.empty()) {
    out << "top nodes by degree:\n";
    for (auto id : counts.top) {
      const graph::NodeData& node = graph.node(id);
      out << "  " << std::setw(6) << graph.degree(id) << "  " << printable(node.display_name(language))
          << " (" << graph::to_string(node.type) << ")\n";
    }
  }
}

void print_json(std::ostream& out, const Graph& graph, const Counts& counts, bool with_documents,
                std::optional<graph::Language> language) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> json(buffer);
  json.SetIndent(' ', 2);
  auto key = [&](std::string_view name) {
    json.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  };
  auto text = [&](std::string_view value) {
    json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  };
  json.StartObject();
  key("document_count");
  json.Uint64(graph.documents().size());
  key("bytes");
  json.Uint64(counts.bytes);
  key("node_count");
  json.Uint64(graph.node_count());
  // {"Country": 9, …}: a count per node type or relation.
  auto counts_by_kind = [&](const auto& by_kind) {
    json.StartObject();
    for (const auto& [kind, number] : by_kind) {
      key(graph::to_string(kind));
      json.Uint64(number);
    }
    json.EndObject();
  };
  key("nodes_by_type");
  counts_by_kind(counts.nodes_by_type);
  key("edge_count");
  json.Uint64(graph.edge_count());
  key("edges_by_relation");
  counts_by_kind(counts.edges_by_relation);
  key("top_nodes");
  json.StartArray();
  for (auto id : counts.top) {
    json.StartObject();
    key("name");
    text(graph.node(id).display_name(language));
    key("type");
    text(graph::to_string(graph.node(id).type));
    key("degree");
    json.Uint64(graph.degree(id));
    json.EndObject();
  }
  json.EndArray();
  if (with_documents) {
    key("documents");
    json.StartArray();
    for (const graph::DocumentSummary& summary : counts.documents) {
      json.StartObject();
      key("path");
      text(summary.document.id);
      key("sha1");
      text(summary.document.sha1);
      key("bytes");
      json.Uint64(summary.document.bytes);
      key("nodes");
      json.Uint64(summary.nodes);
      key("edges");
      json.Uint64(summary.edges);
      key("mentions");
      json.Uint64(summary.mentions);
      key("evidence_sentences");
      json.Uint64(summary.sentences);
      json.EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
  out << buffer.GetString() << "\n";
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
  const std::string format = args.value("format").value_or("text");
  if (format != "text" && format != "json") {
    throw UsageError("unknown format '" + format + "' for stats: text or json");
  }
  const bool with_documents = args.has("documents");
  const std::optional<graph::Language> language = language_option(args);
  graph::KnowledgeGraph graph = graph::load_native(args.positionals()[0]);
  const Counts counts = count(graph, top, with_documents);
  if (format == "json") {
    print_json(context.out, graph, counts, with_documents, language);
  } else {
    print_text(context.out, graph, counts, with_documents, language);
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
