// The graph as GEXF 1.3 (https://gexf.net), Gephi's own format, static or
// dynamic (a timeline by year).
#pragma once

#include <ostream>

#include "export/attributes.h"
#include "graph/graph.h"

namespace kg::exporter {

enum class GexfMode { Static, Dynamic };

// Writes UTF-8 GEXF 1.3, valid against the official XSD, directed, in
// canonical order (equal graphs give equal bytes). Nodes and edges are named
// as in GraphML (node_ids(); e0, e1, … in canonical edge order).
//   node  label = the name in `language` when known, else the canonical
//         name; attributes type (string), name_en and name_zh (string, when
//         known), aliases (string,
//         joined by join_list()), iso (string), mentions (long), degree
//         (integer); viz:color by type (the DOT fill colours) and viz:size
//         10 + 5·√degree.
//   edge  label and kind = the relation (Gephi keeps edges of different kinds
//         between two nodes apart), weight = distinct sentences; attributes
//         relation (string), year (integer: the earliest of the edge's
//         years), evidence and doc (string, joined).
// Absent values have no <attvalue>.
//
// Dynamic mode (mode="dynamic", timeformat="integer") gives every element
// the years it was active as closed spells, consecutive years merged into one
// spell ([2019, 2021]):
//   - an edge is active in each of its years, and has no `year` attribute;
//   - a node is active in the years of its edges, and a Year node also in
//     its own year;
//   - an edge without a year, and a node none of whose edges has one, get no
//     spell: Gephi shows an element without time at every point of the
//     timeline, and an edge only while both its ends are shown.
void write_gexf(const graph::KnowledgeGraph& graph, std::ostream& out, GexfMode mode,
                DisplayLanguage language = std::nullopt);

}  // namespace kg::exporter
