// `kg query`: runs a Cypher query (from the command line, a file, standard
// input or an interactive prompt) and prints the result.
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "app/node_names.h"
#include "app/query_format.h"
#include "app/query_prompt.h"
#include "base/errors.h"
#include "base/terminal_text.h"
#include "base/whole_file.h"
#include "graph/native_file.h"
#include "query/query.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"format", '\0', true, false},
    OptionSpec{"limit", '\0', true, false},
    OptionSpec{"file", 'f', true, false},
    OptionSpec{"explain", '\0', false, false},
    OptionSpec{"max-hops", '\0', true, false},
    OptionSpec{"param", '\0', true, true},
    kLanguageOption,
};

void print_help(std::ostream& out) {
  out << "Usage: kg query GRAPH 'QUERY' [--format table|json|csv] [--limit N] [--explain]\n"
         "                   [--param NAME=VALUE]... [--lang en|zh]\n"
         "       kg query GRAPH -f FILE.cypher [options]\n"
         "       kg query GRAPH                (a prompt on a terminal; else the query from stdin)\n\n"
         "Runs one read-only query in kg's Cypher subset: [OPTIONAL] MATCH, WHERE, WITH,\n"
         "UNWIND, RETURN [ORDER BY] [SKIP] [LIMIT], UNION; the grammar: query/README.md.\n\n"
         "Options:\n"
         "  --format F        table (default), json or csv\n"
         "  --limit N         print at most N rows\n"
         "  -f, --file F      read the query from file F (at most 1 MB)\n"
         "  --explain         print each returned path and relationship with the sentence\n"
         "                    and document of every relationship's evidence\n"
         "  --max-hops K      the upper bound of a bare * (default 5, at most 10)\n"
         "  --param N=VALUE   the value of $N in the query (repeatable): a JSON literal\n"
         "                    where VALUE is one (3, 2.5, true, null, [2020,2023], '\"3\"'),\n"
         "                    else VALUE as a string (中国)\n"
      << kLanguageHelp
      << "\n"
         "--lang changes only how nodes are printed: n.name is the canonical name\n"
         "whatever the language, and n.name_en, n.name_zh are the names per language\n"
         "(null where unknown); {name: …} in a pattern matches the canonical name.\n\n"
         "The prompt (kg query GRAPH on a terminal) edits lines with the arrow keys,\n"
         "keeps its history in $KG_HISTORY or ~/.kg_history, completes labels,\n"
         "relationship types, properties and functions with Tab, and takes :format\n"
         "table|json|csv, :explain, :param NAME => VALUE, :params, :history, :help and\n"
         ":quit. Ctrl-C cancels the line or the running query; Ctrl-D leaves.\n\n"
         "Limits: a query stops with an error after looking at 100 million nodes and\n"
         "relationships, or when what it keeps (collected lists, rows to sort, DISTINCT,\n"
         "groups) passes 1024 MB; add LIMIT or narrow the pattern.\n\n"
         "Examples:\n"
         "  kg query g.kg.json 'MATCH (c:Country {name: \"我国\"})-[r:PROPOSED]->(i) RETURN i.name, r.year'\n"
         "  kg query g.kg.json 'MATCH (c:Country)-[:MEMBER_OF]->(o) RETURN c.name, collect(o.name)' --format "
         "json\n"
         "  kg query g.kg.json 'MATCH (c {name: $who})-[r]->(i) WHERE r.year IN $years RETURN i.name' \\\n"
         "      --param who=中国 --param 'years=[2020,2023]'\n"
         "  kg query g.kg.json 'MATCH p = shortestPath((a {name: \"EU\"})-[*]-(b {name: \"BRICS\"})) RETURN "
         "p' --explain\n"
         "  kg query g.kg.json 'MATCH (a)-[:PROPOSED]->(i) RETURN a, i, i.name_zh' --lang en\n";
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
  for (const std::string& param : arguments.values("param")) {
    std::size_t equals = param.find('=');
    std::string name = param.substr(0, equals);
    if (!name.empty() && name[0] == '$') name.erase(0, 1);
    if (equals == std::string::npos || name.empty()) {
      throw UsageError("--param takes NAME=VALUE, as in --param who=中国 or --param n=3");
    }
    try {
      options.parameters[name] = query::parameter_value(std::string_view(param).substr(equals + 1));
    } catch (const Error& error) {
      throw UsageError("--param " + name + ": " + error.what());
    }
  }
  Printing printing;
  printing.format = result_format(arguments);
  printing.explain = arguments.has("explain");
  printing.language = language_option(arguments);
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
