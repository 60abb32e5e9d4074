// The graph as JSON for NetworkX, D3 and Cytoscape.js.
#pragma once

#include <ostream>

#include "export/attributes.h"
#include "graph/graph.h"

namespace kg::exporter {

// NetworkX's node_link_data shape, which D3 force layouts read too:
//   {"directed": true, "multigraph": true, "graph": {},
//    "nodes": [{"id", "label", "type", "name_en"?, "name_zh"?, "aliases": [], "iso"?,
//               "mentions", "degree"}],
//    "edges": [{"source", "target", "key", "relation", "label", "year"?, "years": [],
//               "weight", "evidence": [], "doc": []}],
//    "links": [the same as "edges"]}
// The edges are written twice, as "edges" (NetworkX 3.6's default key) and
// "links" (NetworkX before 3.6, D3), so that networkx.node_link_graph(data)
// loads the file with its defaults in every version.
// Ids and keys as in GraphML (node_ids(); e0, e1, …); lists are JSON arrays;
// "years" are every year of the edge, ascending, and "year" the earliest.
// "label" is the node's name in `language` when known, else its canonical
// name (the default). "name_en", "name_zh", "iso" and "year" are left out when unknown. Canonical order,
// two-space indent: equal graphs give equal bytes. Text goes through valid_text().
void write_node_link_json(const graph::KnowledgeGraph& graph, std::ostream& out,
                          DisplayLanguage language = std::nullopt);

// Cytoscape.js elements JSON, also what Cytoscape (desktop) imports as .cyjs:
//   {"format_version": "1.0", "generated_by": "kg", "target_cytoscapejs_version": "~2.1",
//    "data": {"name": "kg"}, "directed": true, "multigraph": true,
//    "elements": {"nodes": [{"data": {"id", "name", "type", …}}],
//                 "edges": [{"data": {"id", "source", "target", "interaction", …}}]}}
// with the attributes of write_node_link_json; a node's label is "name" and an
// edge's relation is also "interaction", the names Cytoscape shows by default.
void write_cytoscape_json(const graph::KnowledgeGraph& graph, std::ostream& out,
                          DisplayLanguage language = std::nullopt);

}  // namespace kg::exporter
