// `kg extract`: the map step of a distributed build. Each document's graph,
// one JSON line per document, on stdout; `kg merge` is the reduce step.
#include <array>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "base/errors.h"
#include "base/terminal_text.h"
#include "extract/extractor.h"
#include "extract/file_extraction.h"
#include "extract/rule_pack.h"
#include "graph/native_file.h"
#include "text/input.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"format", 'f', true, false},
    OptionSpec{"rules", 'r', true, true},
};

void print_help(std::ostream& out) {
  out << "Usage: kg extract DOC... [--format jsonl] [--rules FILE]\n"
         "       kg extract - < FILE-LIST\n\n"
         "Reads each text file named (a directory stands for the files below it, in\n"
         "sorted order) and writes its graph to standard output as one line of JSON:\n"
         "the structure of a .kg.json file, compacted (JSON Lines). '-' reads the paths,\n"
         "one a line, from standard input. Documents do not depend on each other, so\n"
         "shards of a corpus can be extracted anywhere, in any order, and combined with\n"
         "'kg merge': the result is byte-identical to one 'kg build' of the whole corpus.\n"
         "Files that cannot be read are skipped with a warning (exit code 3).\n\n"
         "Options:\n"
         "  -f, --format NAME   jsonl (the only one, and the default)\n"
         "  -r, --rules FILE    add a rules file to the built-in rule pack (repeatable),\n"
         "                      as for 'kg build'\n\n"
         "Examples:\n"
         "  kg extract samples/ > samples.jsonl\n"
         "  find corpus -name '*.txt' | xargs -P 8 -n 200 kg extract > parts.jsonl\n"
         "  kg merge parts.jsonl -o corpus.kg.json\n";
}

}  // namespace

int run_extract(std::span<const std::string> raw_args, CommandContext& context) {
  Arguments args(raw_args, kOptions);
  if (args.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (auto format = args.value("format"); format && *format != "jsonl") {
    throw UsageError("unknown format '" + *format + "' (kg extract writes jsonl)");
  }
  std::vector<std::string> paths;
  for (const std::string& path : args.positionals()) {
    if (path != "-") {
      paths.push_back(path);
      continue;
    }
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) paths.push_back(line);
    }
  }
  if (args.positionals().empty())
    throw UsageError("no input: name the text files, or '-' to read their paths from stdin");

  std::size_t skipped = 0;
  auto warn = [&](const std::string& message) {
    context.err << "kg extract: warning: " << printable_lines(message) << "\n";
    ++skipped;
  };
  const std::vector<std::string> files = text::collect_input_files(paths, warn);

  extract::RulePack pack = extract::default_rule_pack();
  for (const std::string& path : args.values("rules")) extract::add_rules_file(pack, path);
  const extract::Extractor extractor(pack);

  std::ostringstream line;
  for (const std::string& file : files) {
    graph::KnowledgeGraph graph;
    extract::FileRead read;
    try {
      read = extract::extract_file(extractor, file, graph);
    } catch (const Error& error) {
      warn(std::string(error.what()) + " (skipped)");
      continue;
    }
    if (read.encoding != "UTF-8") {
      context.err << "kg extract: warning: " << printable(file) << ": read as " << read.encoding
                  << " and converted to UTF-8\n";
    }
    // One write per document, so lines of concurrent writers to one pipe
    // stay whole as far as the pipe allows.
    line.str({});
    graph::write_native_line(graph, line);
    context.out << line.view();
  }
  context.out.flush();
  if (!context.out) throw Error("cannot write to standard output");
  return skipped > 0 ? kExitPartial : kExitOk;
}

}  // namespace kg::app
