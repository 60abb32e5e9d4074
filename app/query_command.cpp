// `kg query`: runs a Cypher query (from the command line, a file, standard
// input or an interactive prompt) and prints the result.
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "app/query_format.h"
#include "base/errors.h"
#include "base/terminal_text.h"
#include "base/whole_file.h"
#include "graph/native_file.h"
#include "query/query.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"format", '\0', true, false},   OptionSpec{"limit", '\0', true, false},
    OptionSpec{"file", 'f', true, false},      OptionSpec{"explain", '\0', false, false},
    OptionSpec{"max-hops", '\0', true, false},
};

void print_help(std::ostream& out) {
  out << "Usage: kg query GRAPH 'QUERY' [--format table|json|csv] [--limit N] [--explain]\n"
         "       kg query GRAPH -f FILE.cypher [options]\n"
         "       kg query GRAPH                (a prompt on a terminal; else the query from stdin)\n\n"
         "Runs one query in kg's Cypher subset: MATCH pattern, ... [WHERE ...] RETURN ...\n"
         "[ORDER BY ...] [SKIP n] [LIMIT n]. The grammar is in query/README.md.\n\n"
         "Options:\n"
         "  --format F      table (default), json or csv\n"
         "  --limit N       print at most N rows\n"
         "  -f, --file F    read the query from file F (at most 1 MB)\n"
         "  --explain       print each returned path and relationship with the sentence\n"
         "                  and document of every relationship's evidence\n"
         "  --max-hops K    the upper bound of a bare * (default 5, at most 10)\n\n"
         "Limits: a query stops with an error after looking at 100 million nodes and\n"
         "relationships, or when what it keeps (collected lists, rows to sort, DISTINCT,\n"
         "groups) passes 1024 MB; add LIMIT or narrow the pattern.\n\n"
         "Examples:\n"
         "  kg query g.kg.json 'MATCH (c:Country {name: \"我国\"})-[r:PROPOSED]->(i) RETURN i.name, r.year'\n"
         "  kg query g.kg.json 'MATCH (c:Country)-[:MEMBER_OF]->(o) RETURN c.name, collect(o.name)' --format "
         "json\n"
         "  kg query g.kg.json 'MATCH p = shortestPath((a {name: \"EU\"})-[*]-(b {name: \"BRICS\"})) RETURN "
         "p' --explain\n";
}

struct Printing {
  query::Format format = query::Format::Table;
  bool explain = false;
};

void run_one(const query::Engine& engine, const std::string& text, const query::Options& options,
             const Printing& printing, std::ostream& out) {
  query::Result result = engine.run(text, options);
  if (printing.explain)
    query::write_explanation(engine, result, out);
  else
    query::write_result(engine, result, printing.format, out);
}

std::string history_path() {
  if (const char* path = std::getenv("KG_HISTORY")) return path;
  if (const char* home = std::getenv("HOME")) return std::string(home) + "/.kg_history";
  return "";
}

// The interactive prompt. A query runs when a line ends with ';' or on an
// empty line; :history lists earlier queries, !N runs the Nth again, and the
// history is kept across sessions in ~/.kg_history (or $KG_HISTORY).
int prompt(const query::Engine& engine, const query::Options& options, const Printing& printing,
           CommandContext& context) {
  std::vector<std::string> history;
  std::string path = history_path();
  if (!path.empty()) {
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) history.push_back(line);
    }
  }
  std::ofstream log;
  if (!path.empty()) log.open(path, std::ios::app);
  context.out << "kg query: " << engine.graph().node_count() << " nodes, " << engine.graph().edge_count()
              << " edges. End a query with ';' or an empty line; :help for help, :quit to leave.\n";
  std::string pending;
  for (;;) {
    context.out << (pending.empty() ? "kg> " : "... ") << std::flush;
    std::string line;
    if (!std::getline(std::cin, line)) break;
    std::string trimmed = line;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\r')) trimmed.pop_back();
    if (pending.empty()) {
      if (trimmed == ":quit" || trimmed == ":q" || trimmed == ":exit") break;
      if (trimmed == ":help") {
        context.out << "  MATCH (a)-[r]->(b) WHERE ... RETURN ...;   run a query (see query/README.md)\n"
                       "  :history   list earlier queries      !N   run query N again\n"
                       "  :quit      leave\n";
        continue;
      }
      if (trimmed == ":history") {
        for (std::size_t i = 0; i < history.size(); ++i)
          context.out << "  " << i + 1 << "  " << history[i] << "\n";
        continue;
      }
      if (trimmed.size() > 1 && trimmed[0] == '!') {
        std::size_t n = 0;
        std::istringstream number(trimmed.substr(1));
        if (!(number >> n) || n == 0 || n > history.size()) {
          context.err << "no query " << trimmed.substr(1) << " in the history\n";
          continue;
        }
        trimmed = history[n - 1];
        context.out << trimmed << "\n";
      }
      if (trimmed.empty()) continue;
    }
    bool run = trimmed.empty() || trimmed.back() == ';';
    if (!trimmed.empty()) pending += (pending.empty() ? "" : "\n") + trimmed;
    if (!run || pending.empty()) continue;
    std::string one_line = pending;
    for (char& c : one_line) {
      if (c == '\n') c = ' ';
    }
    history.push_back(one_line);
    if (log) log << one_line << "\n" << std::flush;
    try {
      run_one(engine, pending, options, printing, context.out);
    } catch (const Error& error) {
      context.err << printable_lines(error.what()) << "\n";
    }
    pending.clear();
  }
  context.out << "\n";
  return kExitOk;
}

// Standard input, up to kMaxQueryBytes: a query piped from an endless
// source is an error, not all of memory.
std::string read_query(std::istream& in) {
  std::string text;
  std::array<char, 1 << 16> chunk{};
  while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
    text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > query::kMaxQueryBytes) {
      throw IoError("<stdin>", "larger than " + std::to_string(query::kMaxQueryBytes >> 20) +
                                   " MB, the most kg reads as a query");
    }
  }
  return text;
}

}  // namespace

int run_query(std::span<const std::string> args, CommandContext& context) {
  Arguments arguments(args, kOptions);
  if (arguments.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  const auto& positionals = arguments.positionals();
  if (positionals.empty() || positionals.size() > 2) throw UsageError("expected GRAPH and a query");
  if (positionals.size() == 2 && arguments.has("file"))
    throw UsageError("give the query or -f FILE, not both");

  query::Options options;
  if (auto limit = arguments.number("limit", 0, 1'000'000'000'000))
    options.max_rows = static_cast<std::uint64_t>(*limit);
  if (auto hops = arguments.number("max-hops", 1, 10)) options.default_max_hops = static_cast<int>(*hops);
  Printing printing;
  printing.format = result_format(arguments);
  printing.explain = arguments.has("explain");
  if (printing.explain && arguments.has("format")) throw UsageError("--explain prints text: drop --format");

  std::optional<std::string> text;
  if (positionals.size() == 2) {
    text = positionals[1];
  } else if (auto file = arguments.value("file")) {
    text = read_whole_file(*file, {query::kMaxQueryBytes, "a query file"});
  } else if (!isatty(STDIN_FILENO)) {
    text = read_query(std::cin);
  }

  graph::KnowledgeGraph graph = graph::load_native(positionals[0]);
  query::Engine engine(graph);
  if (!text) return prompt(engine, options, printing, context);
  try {
    run_one(engine, *text, options, printing, context.out);
  } catch (const query::QueryError& error) {
    // A query from a file is reported as FILE:LINE:COLUMN, compiler style.
    if (auto file = arguments.value("file")) throw Error(*file + ":" + error.what());
    throw;
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
