// The graph as one self-contained interactive HTML page (sigma.js, WebGL):
// search, filters, a card per node and edge with the evidence, PNG export.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "export/attributes.h"
#include "graph/graph.h"

namespace kg::exporter {

// More names to find a node by in the view's search box, beyond its name,
// aliases and attribute values: the caller's (from the rule pack and CLDR,
// so that "EU" finds 欧盟).
using KnownNames = std::function<std::vector<std::string>(const graph::NodeData&)>;

// Writes the page: export/view/src/template.html with the bundled script and
// the stylesheet inlined, `title` ("kg" when empty) as its title, and the graph as JSON in <script
// type="application/json" id="kg-data">, where every "</" is written "<\/" and "<!--" "<\u0021--" so that no
// text can end the script or change how HTML parses it:
//
//   {"title": "...",
//    "nodeTypes": {"Country": "#8dd3c7", …},      every type, diagram colours
//    "relations": ["PROPOSED", …],                every relation type
//    "documents": ["a.txt", …], "sentences": ["…", …],   tables, by index
//    "nodes": [{"key", "name", "type", "name_en"?, "name_zh"?, "aliases": [],
//               "attributes": {}, "known": [], "degree"}],
//    "edges": [{"key": "e0", "source", "target", "relation", "symmetric"?: true,
//               "years": [], "evidence": [[sentence, document, line, year?], …]}]}
//
// Node keys are node_ids(); edge keys e0, e1, … in canonical order. "name"
// is what the view shows: the node's name in `language` when known, else its
// canonical name. "name_en" and "name_zh" are there when known. "known"
// holds the names `known_names` gives, the canonical name and the names per
// language, that are not the shown name, an alias or an attribute value,
// sorted and distinct. Each sentence and document is
// written once however many edges cite it. Text goes through valid_text();
// equal graphs and options give equal bytes.
void write_html(const graph::KnowledgeGraph& graph, std::ostream& out, const std::string& title,
                const KnownNames& known_names, DisplayLanguage language = std::nullopt);

}  // namespace kg::exporter
