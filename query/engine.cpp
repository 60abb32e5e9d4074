// The Engine: lexer -> parser -> checker -> matcher and evaluator, on one
// index of the graph built once.
#include "query/checker.h"
#include "query/evaluator.h"
#include "query/graph_index.h"
#include "query/parser.h"
#include "query/query.h"

namespace kg::query {

Engine::Engine(const graph::KnowledgeGraph& graph) : index_(std::make_unique<GraphIndex>(graph)) {}
Engine::~Engine() = default;

Result Engine::run(std::string_view query, const Options& options) const {
  Schema schema;
  schema.attribute_keys = index_->attribute_keys();
  CheckOptions check_options;
  check_options.default_max_hops = options.default_max_hops;
  CheckedQuery checked = check(parse(query), query, schema, check_options);
  return execute(*index_, checked, query, options);
}

const graph::KnowledgeGraph& Engine::graph() const { return index_->graph(); }
const graph::NodeData& Engine::node(NodeRef node) const { return index_->node(node.rank); }
const graph::EdgeData& Engine::edge(EdgeRef edge) const { return index_->edge(edge.index); }
NodeRef Engine::source(EdgeRef edge) const { return NodeRef{index_->source(edge.index)}; }
NodeRef Engine::target(EdgeRef edge) const { return NodeRef{index_->target(edge.index)}; }

}  // namespace kg::query
