// Names people give on the command line (kg show, neighbors, path) resolved
// to the graph's nodes by any name kg knows (extract/name_lookup.h).
#pragma once

#include <optional>
#include <string>

#include "app/cli.h"
#include "graph/graph.h"

namespace kg::app {

// The name to put in a query for the node(s) `name` names: `name` itself
// when the graph knows it as written, else the canonical name of the one
// node the rules, CLDR or a case-insensitive match find for it. kg::Error
// "no node is called …" when none, and one listing the candidates when the
// name is ambiguous.
std::string resolve_node_name(const graph::KnowledgeGraph& graph, const std::string& name);

// --lang en|zh: the language the commands show node names in.
inline constexpr OptionSpec kLanguageOption{"lang", '\0', true, false};
// The help text's line for it, the same in every command.
inline constexpr std::string_view kLanguageHelp =
    "      --lang en|zh    show each node by its English (en) or Chinese (zh) name\n"
    "                      where known, else by its canonical name\n";
// The language --lang asks for (none without it); UsageError for another value.
std::optional<graph::Language> language_option(const Arguments& args);

// "中国 (Country), 中国队 (Organization)": the candidates of an ambiguous name.
std::string candidate_list(const graph::KnowledgeGraph& graph,
                           const std::vector<graph::KnowledgeGraph::NodeId>& nodes);

}  // namespace kg::app
