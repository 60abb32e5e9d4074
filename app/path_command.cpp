// `kg path`: how two nodes are connected, with the evidence for each step.
#include <array>
#include <utility>

#include "app/commands.h"
#include "app/node_names.h"
#include "app/query_format.h"
#include "base/errors.h"
#include "base/terminal_text.h"
#include "graph/native_file.h"
#include "query/query.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"max-hops", 'k', true, false},
    OptionSpec{"all", 'a', false, false},
    OptionSpec{"format", '\0', true, false},
    kLanguageOption,
};

void print_help(std::ostream& out) {
  out << "Usage: kg path GRAPH FROM TO [--max-hops K] [--all] [--format table|json|csv] [--lang en|zh]\n\n"
         "Finds a shortest path between the nodes called FROM and TO, following\n"
         "relationships either way, and explains each step with its evidence sentences.\n"
         "FROM and TO are any name kg knows for a node, as for kg show (EU, China,\n"
         "'United States', 我国); a name of several nodes is an error listing them.\n"
         "It runs the query\n"
         "  MATCH p = shortestPath((a {name: FROM})-[*..K]-(b {name: TO})) RETURN p\n"
         "(allShortestPaths with --all). FROM and TO naming the same node is an error\n"
         "(exit code 1): a path needs two different ends.\n\n"
         "Options:\n"
         "  -k, --max-hops K   look at most K steps away (default 5, at most 10)\n"
         "  -a, --all          every shortest path, not only one\n"
         "  --format F         table, json or csv instead of the explanation\n"
      << kLanguageHelp
      << "\n"
         "Examples:\n"
         "  kg path g.kg.json 欧盟 金砖国家\n"
         "  kg path g.kg.json EU BRICS --all --max-hops 4\n"
         "  kg path g.kg.json 欧盟 金砖国家 --lang en\n";
}

// 'China' (中国): the name as the user typed it, and the node's canonical
// name when that differs.
std::string as_typed(const std::string& typed, const std::string& canonical) {
  std::string text = "'" + printable(typed) + "'";
  if (typed != canonical) text += " (" + printable(canonical) + ")";
  return text;
}

}  // namespace

int run_path(std::span<const std::string> args, CommandContext& context) {
  Arguments arguments(args, kOptions);
  if (arguments.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (arguments.positionals().size() != 3) throw UsageError("expected GRAPH, FROM and TO");
  const std::string& from_name = arguments.positionals()[1];
  const std::string& to_name = arguments.positionals()[2];
  int max_hops = static_cast<int>(arguments.number("max-hops", 1, 10).value_or(5));
  std::optional<query::Format> format;
  if (arguments.has("format")) format = result_format(arguments);
  const std::optional<graph::Language> language = language_option(arguments);

  graph::KnowledgeGraph graph = graph::load_native(arguments.positionals()[0]);
  const std::string from = resolve_node_name(graph, from_name);
  const std::string to = resolve_node_name(graph, to_name);
  // A shortest path needs two ends (as in Cypher, where shortestPath from a
  // node to itself is an error): say so rather than "no path".
  if (auto ends = std::pair{graph.find_by_name_or_alias(from), graph.find_by_name_or_alias(to)};
      ends.first.size() == 1 && ends.first == ends.second) {
    throw Error("'" + from + "' and '" + to + "' are the same node: a path needs two different ends");
  }
  query::Engine engine(graph);
  query::Result result = engine.run(query::path_query(from, to, max_hops, arguments.has("all")));
  if (result.rows.empty()) {
    context.out << "no path between " << as_typed(from_name, from) << " and " << as_typed(to_name, to)
                << " within " << max_hops << " hops\n";
  } else if (format) {
    query::write_result(engine, result, *format, context.out, language);
  } else {
    query::write_explanation(engine, result, context.out, language);
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
