// `kg neighbors`: the relationships of a node, by the query engine.
#include <array>

#include "app/commands.h"
#include "app/node_names.h"
#include "app/query_format.h"
#include "base/errors.h"
#include "graph/native_file.h"
#include "query/query.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"relation", 'r', true, false},
    OptionSpec{"type", 't', true, false},
    OptionSpec{"format", '\0', true, false},
    OptionSpec{"explain", '\0', false, false},
    kLanguageOption,
};

void print_help(std::ostream& out) {
  out << "Usage: kg neighbors GRAPH NAME [--relation T] [--type L] [--format table|json|csv] [--explain]\n"
         "                    [--lang en|zh]\n\n"
         "Lists the relationships of the node called NAME, either way, with the node at\n"
         "the other end. NAME is any name kg knows for the node, as for kg show (EU,\n"
         "China, 我国); a name of several nodes is an error listing them. It runs the query\n"
         "  MATCH (n {name: NAME})-[r:T]-(m:L) RETURN ...\n"
         "so `kg query` gives the same with more control.\n\n"
         "Options:\n"
         "  -r, --relation T   only relationships of type T (PROPOSED, MEMBER_OF, ...)\n"
         "  -t, --type L       only neighbors of type L (Country, Organization, ...)\n"
         "  --format F         table (default), json or csv\n"
         "  --explain          with the evidence of each relationship\n"
      << kLanguageHelp
      << "\n"
         "Examples:\n"
         "  kg neighbors g.kg.json 我国 --relation MEMBER_OF\n"
         "  kg neighbors g.kg.json EU --type Initiative --explain\n"
         "  kg neighbors g.kg.json 中国 --lang en\n";
}

}  // namespace

int run_neighbors(std::span<const std::string> args, CommandContext& context) {
  Arguments arguments(args, kOptions);
  if (arguments.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (arguments.positionals().size() != 2) throw UsageError("expected GRAPH and NAME");
  const std::string& name = arguments.positionals()[1];
  std::optional<std::string> relation = arguments.value("relation");
  std::optional<std::string> type = arguments.value("type");
  query::Format format = result_format(arguments);
  const std::optional<graph::Language> language = language_option(arguments);
  graph::KnowledgeGraph graph = graph::load_native(arguments.positionals()[0]);
  std::string text = query::neighbors_query(resolve_node_name(graph, name), relation, type,
                                            arguments.has("explain"), language);
  query::Engine engine(graph);
  query::Result result = engine.run(text);
  if (arguments.has("explain"))
    query::write_explanation(engine, result, context.out, language);
  else
    query::write_result(engine, result, format, context.out, language);
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
