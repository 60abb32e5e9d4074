// Stable, readable node identifiers derived from a node's content, shared by
// every writer so that GraphML, DOT and later formats name a node alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace kg::exporter {

// "country", "region", "org", "initiative", "event", "person", "year".
std::string_view id_prefix(graph::NodeType type);

// The identifier of every node, indexed by NodeId: "<prefix>:<key>" where the
// key is a country's "iso" attribute when it has one (country:CN) and the
// canonical name otherwise (org:上海合作组织, year:2020).
//
// Identifiers are XML names (GraphML's schema types node ids as NMTOKEN):
// each character of the key that is not an XML 1.0 (5th edition) NameChar,
// such as a space, quote or '&', becomes '_', after valid_text(). Two nodes
// whose identifiers would still coincide (two countries with one ISO code,
// names differing only in punctuation) are told apart by a suffix ".2", ".3",
// … in canonical order, ISO-based identifiers first. So an identifier is
// stable as long as no such twin is added before it.
std::vector<std::string> node_ids(const graph::KnowledgeGraph& graph);

}  // namespace kg::exporter
