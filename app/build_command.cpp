// `kg build`: text files in, one graph out (in every format asked for).
#include <array>
#include <iomanip>
#include <sstream>

#include "app/commands.h"
#include "export/export.h"
#include "extract/input.h"
#include "graph/errors.h"
#include "graph/graph.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"output", 'o', true, true},
    OptionSpec{"format", 'f', true, false},
    OptionSpec{"quiet", 'q', false, false},
};

void print_help(std::ostream& out) {
  out << "Usage: kg build PATH... -o OUTPUT [-o OUTPUT...] [--format FORMAT] [--quiet]\n\n"
         "Reads every text file named (a directory stands for the files below it, in\n"
         "sorted order, hidden entries skipped), extracts entities and relations, merges\n"
         "them into one graph and writes it. Files should be UTF-8; GB18030/GBK, Big5 and\n"
         "UTF-16 (with a byte order mark) are detected and converted, with a warning.\n"
         "A binary file, or one in no encoding kg can tell, is skipped with a message\n"
         "naming it and the position of the first bad byte (exit code 3).\n\n"
         "Options:\n"
         "  -o, --output FILE   where to write; repeat to write several formats at once.\n"
         "                      The format follows the extension: "
      << exporter::supported_extensions()
      << "\n"
         "  -f, --format NAME   the format for a single output whose extension says nothing\n"
         "  -q, --quiet         print nothing but errors\n\n"
         "Outputs are written to a temporary file and renamed, so a failure never leaves\n"
         "half a file behind.\n\n"
         "Examples:\n"
         "  kg build samples/ -o samples.kg.json\n"
         "  kg build news/2025/*.txt -o news.kg.json -o news.graphml -o news.dot\n";
}

struct Output {
  std::string path;
  exporter::Format format;
};

std::vector<Output> plan_outputs(const Arguments& args) {
  std::vector<std::string> paths = args.values("output");
  if (paths.empty()) throw UsageError("no output: say where to write the graph with -o FILE");
  std::optional<std::string> forced = args.value("format");
  if (forced && paths.size() > 1) throw UsageError("--format goes with a single -o");
  std::vector<Output> outputs;
  for (const std::string& path : paths) {
    std::optional<exporter::Format> format =
        forced ? exporter::parse_format(*forced) : exporter::format_from_path(path);
    if (!format && forced) throw UsageError("unknown format '" + *forced + "'");
    if (!format) {
      throw UsageError("cannot tell the format of '" + path + "' from its extension (" +
                       exporter::supported_extensions() + "); or give --format");
    }
    outputs.push_back({path, *format});
  }
  return outputs;
}

std::string human_size(std::uint64_t bytes) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(1);
  if (bytes < 1024) text << bytes << " B";
  else if (bytes < 1024 * 1024) text << bytes / 1024.0 << " KB";
  else text << bytes / (1024.0 * 1024.0) << " MB";
  return text.str();
}

}  // namespace

int run_build(std::span<const std::string> raw_args, CommandContext& context) {
  Arguments args(raw_args, kOptions);
  if (args.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (args.positionals().empty()) throw UsageError("no input: name the text files or directories to read");
  std::vector<Output> outputs = plan_outputs(args);
  const bool quiet = args.has("quiet");

  std::size_t skipped = 0;
  auto warn = [&](const std::string& message) {
    context.err << "kg build: warning: " << message << "\n";
    ++skipped;
  };
  std::vector<std::string> files = extract::collect_input_files(args.positionals(), warn);

  graph::KnowledgeGraph graph;
  std::uint64_t bytes_read = 0;
  for (const std::string& file : files) {
    extract::Document document;
    try {
      document = extract::read_document(file);
    } catch (const Error& error) {
      warn(std::string(error.what()) + " (skipped)");
      continue;
    }
    if (document.encoding != "UTF-8") {
      context.err << "kg build: warning: " << file << ": read as " << document.encoding
                  << " and converted to UTF-8\n";
    }
    bytes_read += document.bytes;
    graph.add_document({document.id, document.bytes, document.sha1});
  }
  if (graph.documents().empty()) {
    throw Error(files.empty() ? "no files found in the paths given"
                              : "none of the " + std::to_string(files.size()) +
                                    " files could be read as text");
  }

  for (const Output& output : outputs) exporter::write(graph, output.path, output.format);

  if (!quiet) {
    context.out << "read " << graph.documents().size() << " document"
                << (graph.documents().size() == 1 ? "" : "s") << " (" << human_size(bytes_read)
                << "): " << graph.node_count() << " nodes, " << graph.edge_count() << " edges\n";
    for (const Output& output : outputs) {
      context.out << "wrote " << output.path << " (" << exporter::to_string(output.format) << ")\n";
    }
  }
  return skipped > 0 ? kExitPartial : kExitOk;
}

}  // namespace kg::app
