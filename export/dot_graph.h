// Internal to kg_export: the knowledge graph as a cgraph graph, shared by the
// DOT writer (agwrite) and the image renderer (gvLayout, gvRender).
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <mutex>
#include <string>

#include "export/diagram.h"
#include "graph/graph.h"

namespace kg::exporter::internal {

// cgraph and gvc are not thread-safe: agwrite, the layouts and the error
// reporting keep file-level state, so one graph at a time goes through them.
// Hold this lock from building a graph until it is closed.
std::mutex& graphviz_mutex();

struct CgraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
using CgraphHandle = std::unique_ptr<Agraph_t, CgraphCloser>;

// The diagram of `graph` that write_dot describes (diagram.cpp), opened with
// `discipline` (nullptr for cgraph's default), which must outlive it. Throws
// kg::Error if Graphviz cannot build it. The caller holds graphviz_mutex().
CgraphHandle build_cgraph(const graph::KnowledgeGraph& graph, const DiagramOptions& options,
                          Agdisc_t* discipline);

// cgraph takes char* everywhere but copies what it is given: these strings
// are only read.
inline char* c_text(const std::string& text) { return const_cast<char*>(text.c_str()); }

[[noreturn]] void throw_graphviz_error(const std::string& what);

}  // namespace kg::exporter::internal
