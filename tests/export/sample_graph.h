// The small graph every export test writes, and the golden-file helpers.
#pragma once

#include <string>

#include "graph/graph.h"

namespace kg::exporter::testing {

// The hard label: quotes, backslash, <, &, a line break, a control
// character, an invalid UTF-8 byte, an emoji and right-to-left (Arabic) text.
inline const std::string kHardName = "Say \"hi\" \\ <b> & 'x'\nnext\x01 \xFF 🌐 مرحبا";

// Seven nodes of every type, a country with an ISO code and one without,
// aliases with the list separator, an edge stated in two years, parallel
// edges (two relations between two nodes), an edge without evidence, and
// kHardName on a node and in evidence.
graph::KnowledgeGraph sample_graph();

// tests/golden/<name>.
std::string golden_path(const std::string& name);
std::string read_file(const std::string& path);
// Compares `actual` with the golden file byte for byte. With KG_UPDATE_GOLDEN=1
// in the environment it rewrites the file instead, for deliberate updates.
void expect_matches_golden(const std::string& actual, const std::string& name);

}  // namespace kg::exporter::testing
