// kg's own graph file: versioned JSON that saves and loads a graph exactly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace kg::graph {

// Bumped whenever a change would make an older kg misread a file. Version 2:
// one edge per (source, relation, target) with its "years", and a "year" on
// each evidence item that has one; version 1 had an edge per year ("year").
// Version 3: each node's "alias_documents", the documents that gave each
// alias (older files lack it: their aliases are kept as given by no document).
// Version 4: each node's "name_en" and "name_zh" where known (an older
// file's nodes are named by their canonical name's script and the rules'
// "en" attribute when read).
inline constexpr int kNativeFormatVersion = 4;
inline constexpr std::string_view kNativeFormatName = "kg-graph";
inline constexpr std::string_view kNativeExtension = ".kg.json";
// The largest graph file kg reads: far above a real corpus's graph (about
// 2.5 times the corpus's text), far below what a reader of /dev/zero would
// take before memory runs out. Its DOM takes about as much memory again.
inline constexpr std::size_t kMaxNativeFileBytes = std::size_t{4} << 30;
// The largest count (of bytes, of mentions) a graph file may hold: 2^53,
// exact in a double (what JavaScript and Python's JSON readers make of it);
// sums of counts this size cannot wrap.
inline constexpr std::uint64_t kMaxNativeCount = std::uint64_t{1} << 53;

// Writes the graph in canonical order: the same graph gives the same bytes.
void write_native(const KnowledgeGraph& graph, std::ostream& out);
// The same graph as one line of compact JSON ending in '\n', the same
// structure as write_native: a record of a JSON Lines stream (`kg extract`).
void write_native_line(const KnowledgeGraph& graph, std::ostream& out);
// write_native to `path`, atomically (see kg::write_file_atomically).
void save_native(const KnowledgeGraph& graph, const std::string& path);

// Reads what write_native wrote, a version 3 file (its nodes' names per
// language taken from the canonical name's script and the "en" attribute),
// a version 2 file (its aliases given by no
// document: removing a document leaves them), or a version 1 file: its edges of one
// (source, relation, target) in several years become one edge with those
// years, and each evidence item takes its edge's year. `source` names the
// input in errors.
// Throws kg::FormatError with line and column for malformed JSON, and with
// the JSON pointer of the offending value for a well-formed file that is not
// a graph, or a graph from a newer format version. Strict: a key given twice,
// a count above kMaxNativeCount, or mentions and evidence of a document not
// in "documents" are errors.
KnowledgeGraph read_native(std::string_view json, const std::string& source);
// read_native of line `line_number` (1-based) of the JSON Lines file
// `source`: errors name that line.
KnowledgeGraph read_native_line(std::string_view line, const std::string& source, std::size_t line_number);
// read_native of a file; kg::IoError when it cannot be read or is larger
// than kMaxNativeFileBytes.
KnowledgeGraph load_native(const std::string& path);

}  // namespace kg::graph
