// `kg remove`: takes documents out of a graph, with all they contributed.
#include <array>
#include <set>

#include "app/commands.h"
#include "app/outputs.h"
#include "base/errors.h"
#include "graph/graph.h"
#include "graph/native_file.h"
#include "text/input.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"quiet", 'q', false, false},
    OptionSpec{"no-wait", '\0', false, false},
};

void print_help(std::ostream& out) {
  out << "Usage: kg remove GRAPH PATH... [--no-wait] [--quiet]\n\n"
         "Takes the documents PATH... out of the graph GRAPH (a .kg.json file) and\n"
         "writes it back: everything they contributed goes (their mentions, the\n"
         "aliases only they gave, their evidence, the edges and nodes only they\n"
         "gave), so the graph equals a build of the other documents alone.\n"
         "A document is known by its path as it was given to 'kg build', lexically\n"
         "normalized (./e/a.txt, e//a.txt and e/a.txt are one document); a copy of\n"
         "its content under another path is another document and stays. A PATH not\n"
         "in the graph is an error naming it, and nothing is written. The file need\n"
         "not exist any more. See 'kg stats' for the documents of a graph.\n\n"
         "The graph is locked (GRAPH.lock) while kg reads and writes it, so a\n"
         "concurrent build --append or --update into it waits its turn, and it is\n"
         "written to a temporary file and renamed, so a failure leaves it as it was.\n\n"
         "Options:\n"
         "      --no-wait       when another kg is writing GRAPH, fail (exit code 5)\n"
         "                      instead of waiting for it\n"
         "  -q, --quiet         print nothing but errors\n\n"
         "Examples:\n"
         "  kg remove news.kg.json news/2025/withdrawn.txt\n"
         "  kg build news/ -o news.kg.json --update --prune   (all files gone, at once)\n";
}

}  // namespace

int run_remove(std::span<const std::string> raw_args, CommandContext& context) {
  Arguments args(raw_args, kOptions);
  if (args.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  const std::vector<std::string>& positionals = args.positionals();
  if (positionals.empty()) throw UsageError("no graph: name the .kg.json file to remove documents from");
  if (positionals.size() < 2) throw UsageError("no document: name the paths of the documents to remove");
  const std::string& path = positionals.front();
  // Locked before it is read: a concurrent writer's documents are not lost.
  const std::vector<Output> outputs{{path, exporter::Format::Native}};
  OutputFiles output_files(outputs, {}, {});
  output_files.lock(!args.has("no-wait"), args.has("quiet"), context.err, "remove");
  graph::KnowledgeGraph graph = graph::load_native(path);

  std::set<std::string, std::less<>> ids;
  std::vector<std::string> absent;
  for (std::size_t i = 1; i < positionals.size(); ++i) {
    std::string id = text::document_id(positionals[i]);
    if (!graph.documents().count(id)) {
      absent.push_back(positionals[i]);
      continue;
    }
    ids.insert(std::move(id));
  }
  if (!absent.empty()) {
    std::string names;
    for (const std::string& name : absent) names += (names.empty() ? "" : ", ") + name;
    throw Error(path + ": no document " + names + " in the graph (nothing removed)");
  }
  graph.remove_documents(ids);
  write_outputs(graph, outputs, context.out);
  if (!args.has("quiet")) {
    context.out << "removed " << ids.size() << " document" << (ids.size() == 1 ? "" : "s") << " from " << path
                << ": " << graph.documents().size() << " documents, " << graph.node_count() << " nodes, "
                << graph.edge_count() << " edges left\n";
  }
  keep_until_exit(context, std::move(graph));
  return kExitOk;
}

}  // namespace kg::app
