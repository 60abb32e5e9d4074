// `kg merge`: the reduce step. Graphs (.kg.json files, or JSON Lines of
// `kg extract`) in, their union out; merging is associative and commutative,
// so parts may come in any order and grouping.
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "app/commands.h"
#include "app/outputs.h"
#include "base/errors.h"
#include "graph/graph.h"
#include "graph/native_file.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"output", 'o', true, true},
    OptionSpec{"format", 'f', true, false},
    OptionSpec{"quiet", 'q', false, false},
    OptionSpec{"no-wait", '\0', false, false},
};

void print_help(std::ostream& out) {
  out << "Usage: kg merge PART... -o OUTPUT [-o OUTPUT...] [--format FORMAT] [--no-wait]\n"
         "                [--quiet]\n\n"
         "Merges graphs into one: each PART is a kg graph (.kg.json) or a JSON Lines\n"
         "file (.jsonl, '-' for standard input) of 'kg extract' output, one graph a\n"
         "line. The order and grouping of the parts do not matter: extracting shards\n"
         "of a corpus and merging them gives the same bytes as 'kg build' of it all.\n\n"
         "Options:\n"
         "  -o, --output FILE   where to write; repeat to write several formats at once.\n"
      << extension_lines("The format follows the extension:", 22)
      << "                      '-o -' writes to standard output (with --format)\n"
         "  -f, --format NAME   the format for a single output whose extension says nothing\n"
         "      --no-wait       when another kg is writing an output, fail (exit code 5)\n"
         "                      instead of waiting for it\n"
         "  -q, --quiet         print nothing but errors\n\n"
         "Outputs are checked and locked before any part is read, and written as by\n"
         "'kg build' (all or none); an output may not be one of the parts.\n\n"
         "Examples:\n"
         "  kg merge shard-*.jsonl -o corpus.kg.json\n"
         "  kg merge 2024.kg.json 2025.kg.json -o all.kg.json -o all.graphml\n";
}

// std::getline, but a line past graph::kMaxNativeFileBytes (a line is a
// graph) is an error: a stream without line breaks would fill memory.
bool read_line(std::istream& in, std::string& line, const std::string& source, std::size_t number) {
  line.clear();
  std::array<char, 1 << 16> chunk{};
  for (;;) {
    in.getline(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (in.bad()) return false;
    if (in.eof()) {
      line.append(chunk.data(), got);
      return !line.empty();
    }
    if (in.fail()) {  // the chunk is full and the line goes on
      line.append(chunk.data(), got);
      in.clear();
    } else {
      line.append(chunk.data(), got - 1);  // without the '\n'
      return true;
    }
    if (line.size() > graph::kMaxNativeFileBytes) {
      throw IoError(source, "line " + std::to_string(number) + " is larger than " +
                                std::to_string(graph::kMaxNativeFileBytes >> 20) +
                                " MB, the most kg reads as a graph");
    }
  }
}

void merge_lines(std::istream& in, const std::string& source, graph::KnowledgeGraph& graph) {
  std::size_t number = 0;
  for (std::string line; read_line(in, line, source, number + 1);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    graph.merge(graph::read_native_line(line, source, number));
  }
  if (in.bad()) throw IoError(source, "cannot read: " + std::string(std::strerror(errno)));
}

}  // namespace

int run_merge(std::span<const std::string> raw_args, CommandContext& context) {
  Arguments args(raw_args, kOptions);
  if (args.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (args.positionals().empty()) throw UsageError("no input: name the graphs or .jsonl files to merge");
  const std::vector<Output> outputs = plan_outputs(args);
  OutputFiles output_files(outputs, {}, args.positionals());
  output_files.lock(!args.has("no-wait"), args.has("quiet"), context.err, "merge");
  std::ostream& said = writes_standard_output(outputs) ? context.err : context.out;

  graph::KnowledgeGraph graph;
  for (const std::string& part : args.positionals()) {
    if (part == "-") {
      merge_lines(std::cin, "<stdin>", graph);
    } else if (std::string_view(part).ends_with(".jsonl")) {
      std::ifstream in(part, std::ios::binary);
      if (!in) throw IoError(part, "cannot open: " + std::string(std::strerror(errno)));
      merge_lines(in, part, graph);
    } else if (graph.node_count() == 0 && graph.documents().empty()) {
      graph = graph::load_native(part);  // a move: merging into nothing would rebuild it
    } else {
      graph.merge(graph::load_native(part));
    }
  }
  if (graph.documents().empty()) throw Error("the parts hold no documents: nothing to merge");

  write_outputs(graph, outputs, context.out);
  if (!args.has("quiet")) {
    said << "merged " << args.positionals().size() << " part" << (args.positionals().size() == 1 ? "" : "s")
         << ": " << graph.documents().size() << " documents, " << graph.node_count() << " nodes, "
         << graph.edge_count() << " edges\n";
    for (const Output& output : outputs) {
      said << "wrote " << output.path << " (" << exporter::to_string(output.format) << ")\n";
    }
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
