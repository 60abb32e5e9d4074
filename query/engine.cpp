// The Engine: lexer -> parser -> checker (binder) -> executor, on one
// index of the graph built once.
#include <rapidjson/document.h>

#include <algorithm>

#include "base/errors.h"
#include "base/json_reader.h"
#include "base/utf8.h"
#include "query/checker.h"
#include "query/evaluator.h"
#include "query/executor.h"
#include "query/functions.h"
#include "query/graph_index.h"
#include "query/parser.h"
#include "query/query.h"

namespace kg::query {

Engine::Engine(const graph::KnowledgeGraph& graph)
    : index_(std::make_unique<GraphIndex>(graph)), schema_(std::make_unique<Schema>()) {
  schema_->attribute_keys = index_->attribute_keys();
}
Engine::~Engine() = default;

Result Engine::run(std::string_view query, const Options& options) const {
  CheckOptions check_options;
  check_options.default_max_hops = options.default_max_hops;
  check_options.parameters = &options.parameters;
  CheckedStatement checked = check(parse(query), query, *schema_, check_options);
  ValueBudget budget(options.max_memory_bytes, options.max_steps, options.cancel);
  try {
    return execute(*index_, checked, query, options);
  } catch (const EvaluationError& error) {  // the evaluator knows where, not the query's text
    throw QueryError(query, error.position(), error.what());
  }
}

Engine::Vocabulary Engine::vocabulary() const {
  Vocabulary vocabulary;
  for (graph::NodeType type : graph::kAllNodeTypes) vocabulary.labels.emplace_back(graph::to_string(type));
  for (graph::RelationType type : graph::kAllRelationTypes)
    vocabulary.relationship_types.emplace_back(graph::to_string(type));
  for (std::string_view key : kNodeProperties) vocabulary.properties.emplace_back(key);
  for (std::string_view key : kRelationshipProperties) vocabulary.properties.emplace_back(key);
  for (const std::string& key : index_->attribute_keys()) vocabulary.properties.push_back(key);
  vocabulary.functions = function_names();
  vocabulary.functions.insert(vocabulary.functions.end(), {"shortestPath", "allShortestPaths"});
  vocabulary.keywords = {"MATCH", "WHERE",    "RETURN", "DISTINCT", "AS",   "ORDER", "BY",
                         "ASC",   "DESC",     "SKIP",   "LIMIT",    "AND",  "OR",    "XOR",
                         "NOT",   "IN",       "IS",     "NULL",     "TRUE", "FALSE", "WITH",
                         "ENDS",  "CONTAINS", "STARTS", "CASE",     "WHEN", "THEN",  "ELSE",
                         "END",   "OPTIONAL", "UNWIND", "UNION",    "ALL",  "EXISTS"};
  vocabulary.functions.insert(vocabulary.functions.end(), {"any", "all", "none", "single"});
  for (auto* list : {&vocabulary.labels, &vocabulary.relationship_types, &vocabulary.properties,
                     &vocabulary.functions, &vocabulary.keywords}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return vocabulary;
}

namespace {

Value from_json(const rapidjson::Value& json, std::size_t depth) {
  if (depth > kMaxJsonDepth) throw Error("lists nested deeper than " + std::to_string(kMaxJsonDepth));
  if (json.IsNull()) return {};
  if (json.IsBool()) return Value(json.GetBool());
  if (json.IsInt64()) return Value(json.GetInt64());
  if (json.IsNumber()) return Value(json.GetDouble());
  if (json.IsString()) return Value(std::string(json.GetString(), json.GetStringLength()));
  if (json.IsArray()) {
    List items;
    for (const rapidjson::Value& item : json.GetArray()) items.push_back(from_json(item, depth + 1));
    return Value(std::move(items));
  }
  Map map;
  for (const auto& member : json.GetObject())
    map.set(std::string(member.name.GetString(), member.name.GetStringLength()),
            from_json(member.value, depth + 1));
  return Value(std::move(map));
}

}  // namespace

Value parameter_value(std::string_view text) {
  if (!utf8::is_valid(text)) throw Error("not valid UTF-8");
  rapidjson::Document json;
  // Iterative: a command-line value of a million `[` must not overflow the stack.
  json.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text.data(),
                                                                                     text.size());
  if (json.HasParseError()) return Value(std::string(text));
  return from_json(json, 0);
}

const graph::KnowledgeGraph& Engine::graph() const { return index_->graph(); }
const graph::NodeData& Engine::node(NodeRef node) const { return index_->node(node.rank); }
const graph::EdgeData& Engine::edge(EdgeRef edge) const { return index_->edge(edge.index); }
NodeRef Engine::source(EdgeRef edge) const { return NodeRef{index_->source(edge.index)}; }
NodeRef Engine::target(EdgeRef edge) const { return NodeRef{index_->target(edge.index)}; }

}  // namespace kg::query
