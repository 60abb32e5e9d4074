// The graph as GraphML (http://graphml.graphdrawing.org), for Gephi, yEd,
// NetworkX, Boost's read_graphml and the evaluation script.
#pragma once

#include <ostream>
#include <string_view>

#include "export/attributes.h"
#include "graph/graph.h"

namespace kg::exporter {

// List-valued attributes (aliases, years, evidence, doc) are joined by join_list().

// Writes UTF-8 GraphML, directed, in canonical order: equal graphs give equal
// bytes. Every attribute has a typed <key>:
//   node  label (the name in `language` when known, else the canonical
//         name), type (NodeType spelling), name_en and name_zh (the names
//         per language, when known), aliases (every
//         surface form, sorted), iso (countries that have one), mentions
//         (long), degree (int, in + out)
//   edge  relation (RelationType spelling), label (the same, for viewers
//         that show `label`), year (int: the earliest, when known), years
//         (every year, ascending: "2020|2023"), weight (long, distinct
//         sentences), evidence (distinct sentences, in evidence order), doc
//         (distinct document ids, sorted)
// Absent values (no iso, no years, no aliases, no evidence) have no <data>.
// Node ids come from node_ids(); edge ids are e0, e1, … in canonical order.
// Text goes through valid_text(): see there what replaces invalid characters.
void write_graphml(const graph::KnowledgeGraph& graph, std::ostream& out,
                   DisplayLanguage language = std::nullopt);

}  // namespace kg::exporter
