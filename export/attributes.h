// The attribute values every format writes for a node or an edge, computed
// in one place so that GraphML, GEXF, JSON and CSV agree on them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/graph.h"

namespace kg::exporter {

// Every surface form of the node, sorted (the aliases map's order).
std::vector<std::string_view> alias_list(const graph::NodeData& node);
// The label a format shows for the node: its name in `language` when known,
// else its canonical name (NodeData::display_name).
using DisplayLanguage = std::optional<graph::Language>;
// The node's names per language that are known, English first:
// {"name_en", …}, {"name_zh", …}; the keys every format writes them under.
std::vector<std::pair<std::string_view, std::string_view>> language_names(const graph::NodeData& node);
// The country's ISO code, when it has one.
std::optional<std::string_view> iso_code(const graph::NodeData& node);
// The distinct sentences of the edge's evidence, in evidence order.
std::vector<std::string_view> evidence_sentences(const graph::EdgeData& edge);
// The distinct documents of the edge's evidence, sorted.
std::vector<std::string_view> evidence_documents(const graph::EdgeData& edge);
// Where in a paged document (a PDF) the edge's evidence is, distinct and
// sorted: "report.pdf p. 3". Empty when no evidence sentence is on a page.
std::vector<std::string> evidence_pages(const graph::EdgeData& edge);
// The edge's years as text, ascending ("2020", "2023"); join_list() or a
// CSV list joins them. For the one year a format shows: EdgeData::first_year().
std::vector<std::string> year_texts(const graph::EdgeData& edge);
// The relation with the years, as diagrams label an edge: "PROPOSED 2020, 2023".
std::string edge_label(const graph::EdgeData& edge);

// Joins the items of a list-valued attribute for formats that have no list
// type of their own (GraphML, GEXF): items separated by kListSeparator, and
// inside an item '\' written "\\" and '|' written "\|", so the list splits
// back unambiguously.
inline constexpr char kListSeparator = '|';
std::string join_list(const std::vector<std::string_view>& items);

}  // namespace kg::exporter
