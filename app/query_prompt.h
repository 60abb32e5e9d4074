// The interactive prompt of `kg query GRAPH` on a terminal: line editing,
// history across runs, tab completion, Ctrl-C, and the :commands.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "app/cli.h"
#include "query/query.h"

namespace kg::app {

struct Printing {
  query::Format format = query::Format::Table;
  bool explain = false;
  // --lang: nodes in results named in this language where known.
  std::optional<graph::Language> language;
};

// Runs `text` and prints its result as `printing` says.
void run_one(const query::Engine& engine, const std::string& text, const query::Options& options,
             const Printing& printing, std::ostream& out);

// A parameter's value as the prompt's `:param name => VALUE` takes it: a
// Cypher string in single quotes ('中国'), else as --param takes it.
query::Value prompt_parameter_value(std::string_view text);

// The history file: $KG_HISTORY, else ~/.kg_history; empty when neither
// is known (no history is kept).
std::string history_path();

// Reads queries from the terminal until Ctrl-D or :quit. Returns the exit code.
int prompt(const query::Engine& engine, query::Options options, Printing printing, CommandContext& context);

}  // namespace kg::app
