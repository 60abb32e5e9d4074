// `kg`: dispatches to a subcommand and turns errors into messages and exit codes.
#include <array>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "base/errors.h"
#include "base/file_lock.h"
#include "base/terminal_text.h"

namespace {

using kg::app::Command;

constexpr std::array kCommands = {
    Command{"build", "read text files and build a knowledge graph", kg::app::run_build},
    Command{"stats", "count a graph's nodes, edges and documents", kg::app::run_stats},
    Command{"show", "print one node's card: aliases, attributes, edges, evidence", kg::app::run_show},
    Command{"export", "write a graph in another format (GEXF, JSON, CSV...) or as SVG/PNG",
            kg::app::run_export},
    Command{"query", "ask a graph a question in Cypher: MATCH ... RETURN ...", kg::app::run_query},
    Command{"neighbors", "list a node's relationships and the nodes they reach", kg::app::run_neighbors},
    Command{"path", "find how two nodes are connected, with the evidence", kg::app::run_path},
    Command{"extract", "write each document's graph as a JSON line (map step of a sharded build)",
            kg::app::run_extract},
    Command{"merge", "merge graphs and kg extract output into one graph (reduce step)", kg::app::run_merge},
    Command{"remove", "take documents out of a graph, with all they contributed", kg::app::run_remove},
};

void print_help(std::ostream& out) {
  out << "kg - build and question knowledge graphs of who proposed, signed, joined or\n"
         "opposed what, from Chinese and English writing on cyberspace and AI governance.\n\n"
         "Usage: kg COMMAND [ARGS...]\n\nCommands:\n";
  for (const Command& command : kCommands) {
    out << "  " << command.name << std::string(10 - command.name.size(), ' ') << command.summary << "\n";
  }
  out << "\nRun 'kg COMMAND --help' for a command's options and examples.\n"
         "Exit codes: 0 ok, 1 bad input (file, graph or query), 2 bad command line,\n"
         "3 done but some inputs were skipped, 4 an unexpected failure (the message says\n"
         "what failed), 5 another kg is writing the output (with --no-wait).\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_help(args.empty() ? std::cerr : std::cout);
    return args.empty() ? kg::app::kExitUsage : kg::app::kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "kg " << KG_VERSION << "\n";
    return kg::app::kExitOk;
  }
  const Command* command = nullptr;
  for (const Command& candidate : kCommands) {
    if (candidate.name == args[0]) command = &candidate;
  }
  if (!command) {
    std::cerr << "kg: unknown command '" << kg::printable(args[0]) << "'. Run 'kg --help' for the list.\n";
    return kg::app::kExitUsage;
  }
  kg::app::CommandContext context{std::cout, std::cerr, /*process_ends_after=*/true};
  try {
    return command->run(std::span<const std::string>(args).subspan(1), context);
  } catch (const kg::app::UsageError& error) {
    std::cerr << "kg " << command->name << ": " << kg::printable_lines(error.what()) << "\n"
              << "Run 'kg " << command->name << " --help' for usage.\n";
    return kg::app::kExitUsage;
  } catch (const kg::LockBusy& error) {
    std::cerr << "kg " << command->name << ": " << kg::printable_lines(error.what()) << "\n";
    return kg::app::kExitBusy;
  } catch (const kg::Error& error) {
    // Messages quote names and text from files: shown, never acted on.
    std::cerr << "kg " << command->name << ": " << kg::printable_lines(error.what()) << "\n";
    return kg::app::kExitUserError;
  } catch (const std::bad_alloc&) {
    std::cerr << "kg " << command->name << ": out of memory\n";
    return kg::app::kExitUserError;
  } catch (const std::exception& error) {
    // What a library throws that kg did not turn into a kg::Error (a
    // std::filesystem::filesystem_error, std::system_error from a thread):
    // said plainly, never an abort.
    std::cerr << "kg " << command->name << ": " << kg::printable_lines(error.what()) << "\n";
    return kg::app::kExitFailure;
  } catch (...) {
    std::cerr << "kg " << command->name << ": failed with an exception that is not a std::exception\n";
    return kg::app::kExitFailure;
  }
}
