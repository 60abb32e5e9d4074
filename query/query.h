// kg_query: questions to a knowledge graph in a small, exact subset of
// Cypher/GQL (query/README.md has the grammar). Parse, check and run a query
// with an Engine; print its result with write_result or write_explanation.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "query/error.h"
#include "query/value.h"

namespace kg::query {

class GraphIndex;
struct Schema;

// The largest query kg reads from a file or standard input.
inline constexpr std::size_t kMaxQueryBytes = std::size_t{1} << 20;

struct Options {
  // The upper bound of a bare `*` (and of `*2..`); no pattern may ask for more
  // than kMaxHopsCeiling (10) hops.
  int default_max_hops = 5;
  // Nodes and relationships a query may look at before it stops with an error.
  std::uint64_t max_steps = 100'000'000;
  // The bytes a query may keep while it runs: collected lists, rows held to
  // sort, DISTINCT and grouping. Past it, the query stops with an error.
  std::uint64_t max_memory_bytes = std::uint64_t{1} << 30;
  // At most this many rows, on top of the query's own LIMIT.
  std::optional<std::uint64_t> max_rows;
  // The values of the query's $name parameters (see parameter_value).
  Parameters parameters;
  // When set (by a signal handler, say), the running query stops soon after
  // with Cancelled. Not owned; lock-free, so a signal handler may store to it.
  const std::atomic<bool>* cancel = nullptr;
};

// A parameter's value from its text on the command line: a JSON literal
// where the text parses as one (3 -> integer, 2.5 -> float, true, null,
// [2020, 2023] -> list, "3" -> the string 3), else the text itself as a
// string (中国), {"a": 1} -> map. Throws kg::Error (saying what is wrong,
// not naming the parameter) for invalid UTF-8.
Value parameter_value(std::string_view text);

struct Result {
  std::vector<std::string> columns;  // the alias, else the expression as written
  std::vector<std::vector<Value>> rows;
};

// Runs queries on one graph, which must outlive the engine. Building the
// engine indexes the graph once; each run() only reads.
class Engine {
 public:
  explicit Engine(const graph::KnowledgeGraph& graph);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Throws QueryError for a query with a syntax or semantic error (an unknown
  // $parameter among them), or one that hits Options::max_steps or
  // Options::max_memory_bytes; Cancelled when Options::cancel is set.
  Result run(std::string_view query, const Options& options = {}) const;

  const graph::KnowledgeGraph& graph() const;
  const graph::NodeData& node(NodeRef node) const;
  const graph::EdgeData& edge(EdgeRef edge) const;
  NodeRef source(EdgeRef edge) const;
  NodeRef target(EdgeRef edge) const;
  const GraphIndex& index() const { return *index_; }

  // Every name a query on this graph may use, for completion at the prompt:
  // labels, relationship types, properties (built-in and the graph's own
  // attribute keys), functions and keywords; each list sorted.
  struct Vocabulary {
    std::vector<std::string> labels, relationship_types, properties, functions, keywords;
  };
  Vocabulary vocabulary() const;

 private:
  std::unique_ptr<GraphIndex> index_;
  std::unique_ptr<Schema> schema_;  // what the checker needs of the graph, built once
};

enum class Format { Table, Json, Csv };

// "table", "json" or "csv"; nullopt for anything else.
std::optional<Format> format_named(std::string_view name);

// Table: aligned columns for people (wide characters counted as two).
// Json: an array of objects keyed by column; nodes as {"name", "type"},
// relationships as {"type", "from", "to", "year" (the earliest, or null),
// "years" (all, ascending), "evidence"}, paths as alternating lists.
// Csv: RFC 4180, nodes by name, relationships by type, paths as text.
// Nodes are named in `language` where their name in it is known
// (NodeData::display_name), else by their canonical name, the default.
void write_result(const Engine& engine, const Result& result, Format format, std::ostream& out,
                  std::optional<graph::Language> language = std::nullopt);

// Every path and relationship of every row, with the sentence and document
// of each relationship's evidence: why these nodes are connected.
// Nodes are named as by write_result.
void write_explanation(const Engine& engine, const Result& result, std::ostream& out,
                       std::optional<graph::Language> language = std::nullopt);

// `text` as a Cypher string literal, for building queries from user input.
std::string string_literal(std::string_view text);

// The queries behind `kg neighbors` and `kg path`. Unknown relation or node
// type names throw kg::Error naming the closest known one.
// With `relationships`, the query returns the relationships themselves (for
// write_explanation) rather than a table of their parts.
// With `language`, the table names nodes in it where known (name_en, name_zh).
std::string neighbors_query(std::string_view name, std::optional<std::string_view> relation,
                            std::optional<std::string_view> type, bool relationships = false,
                            std::optional<graph::Language> language = std::nullopt);
std::string path_query(std::string_view from, std::string_view to, int max_hops, bool all);

}  // namespace kg::query
