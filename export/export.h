// kg_export: writes a knowledge graph in the formats other programs read.
// The one header the CLI needs; each format has its own writer module.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace kg::exporter {

enum class Format { Native, GraphML, Dot };

// "native", "graphml", "dot": the names parse_format accepts.
std::string_view to_string(Format format);
// Exact, lower-case names only.
std::optional<Format> parse_format(std::string_view name);
// By extension, ignoring ASCII case: ".kg.json" -> Native, ".graphml" ->
// GraphML, ".dot" and ".gv" -> Dot; nullopt for anything else.
std::optional<Format> format_from_path(std::string_view path);
// The extensions format_from_path knows, for error messages:
// ".kg.json, .graphml, .dot, .gv".
std::string supported_extensions();

// Writes `graph` to `path` atomically (kg::write_file_atomically): on any
// error the previous file, if there was one, is left as it was.
// Throws kg::IoError naming the file.
void write(const graph::KnowledgeGraph& graph, const std::string& path, Format format);
// Writes `graph` to `out`; kg::IoError if the stream fails.
void write(const graph::KnowledgeGraph& graph, std::ostream& out, Format format);

}  // namespace kg::exporter
