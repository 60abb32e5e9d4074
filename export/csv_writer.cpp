// CSV for Neo4j and Kùzu, over text made valid by valid_text().
#include "export/csv_writer.h"

#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "export/attributes.h"
#include "export/node_ids.h"
#include "export/valid_text.h"

namespace kg::exporter {
namespace {

using Graph = graph::KnowledgeGraph;

// A row of CSV fields: text quoted, numbers bare, absent values empty.
class Row {
 public:
  Row& text(std::string_view value) { return quoted(valid_text(value)); }
  Row& number(std::uint64_t value) {
    separate();
    line_ += std::to_string(value);
    return *this;
  }
  Row& number(std::optional<int> value) {
    separate();
    if (value) line_ += std::to_string(*value);
    return *this;
  }
  Row& absent() {
    separate();
    return *this;
  }
  // A list as one text field, items joined by `delimiter`; absent when empty.
  Row& list(const std::vector<std::string_view>& items, std::string_view delimiter) {
    if (items.empty()) return absent();
    std::string joined;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) joined += delimiter;
      joined += valid_text(items[i]);
    }
    return quoted(joined);  // valid already, and the delimiter may be a control character
  }
  // A list as one text field, joined by join_list(); absent when empty.
  Row& joined_list(const std::vector<std::string_view>& items) {
    return items.empty() ? absent() : text(join_list(items));
  }
  void end(std::ostream& out) {
    line_ += '\n';
    out << line_;
    line_.clear();
    first_ = true;
  }

 private:
  Row& quoted(std::string_view value) {
    separate();
    line_ += '"';
    for (char c : value) {
      if (c == '"') line_ += '"';
      line_ += c;
    }
    line_ += '"';
    return *this;
  }
  void separate() {
    if (!first_) line_ += ',';
    first_ = false;
  }
  std::string line_;
  bool first_ = true;
};

std::vector<std::string_view> views(const std::vector<std::string>& items) {
  return {items.begin(), items.end()};
}

Row& optional_text(Row& row, std::optional<std::string_view> value) {
  return value ? row.text(*value) : row.absent();
}

// A name in one language: absent when unknown.
Row& optional_name(Row& row, std::string_view name) { return name.empty() ? row.absent() : row.text(name); }

// Backticks let any table name through Kùzu's parser, keywords included.
std::string quoted_name(std::string_view name) { return "`" + std::string(name) + "`"; }

}  // namespace

void write_neo4j_csv(const Graph& graph, const FileSink& sink) {
  const std::vector<std::string> ids = node_ids(graph);
  sink("nodes.csv", [&](std::ostream& out) {
    out << "id:ID,name,name_en,name_zh,:LABEL,aliases:string[],iso,mentions:long,degree:int\n";
    Row row;
    for (Graph::NodeId node : graph.nodes_in_canonical_order()) {
      const graph::NodeData& data = graph.node(node);
      row.text(ids[node]).text(data.name);
      optional_name(row, data.name_en);
      optional_name(row, data.name_zh);
      row.text(graph::to_string(data.type));
      row.list(alias_list(data), kNeo4jArrayDelimiter);
      optional_text(row, iso_code(data));
      row.number(data.mention_count()).number(static_cast<std::uint64_t>(graph.degree(node)));
      row.end(out);
    }
  });
  sink("relationships.csv", [&](std::ostream& out) {
    out << ":START_ID,:END_ID,:TYPE,key,year:int,years:int[],weight:int,evidence:string[],doc:string[]\n";
    Row row;
    std::size_t index = 0;
    for (Graph::EdgeId edge : graph.edges_in_canonical_order()) {
      const graph::EdgeData& data = graph.edge(edge);
      row.text(ids[graph.source(edge)]).text(ids[graph.target(edge)]);
      row.text(graph::to_string(data.relation)).text("e" + std::to_string(index++));
      const std::vector<std::string> years = year_texts(data);
      row.number(data.first_year()).list(views(years), kNeo4jArrayDelimiter).number(data.weight());
      row.list(evidence_sentences(data), kNeo4jArrayDelimiter);
      row.list(evidence_documents(data), kNeo4jArrayDelimiter);
      row.end(out);
    }
  });
}

void write_kuzu_csv(const Graph& graph, const FileSink& sink) {
  const std::vector<std::string> ids = node_ids(graph);
  const std::vector<Graph::EdgeId> edges = graph.edges_in_canonical_order();
  // Edges by table and FROM/TO pair, in canonical order within each file.
  using Pair = std::tuple<graph::RelationType, graph::NodeType, graph::NodeType>;
  std::map<Pair, std::vector<std::size_t>> files;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    files[{graph.edge(edges[i]).relation, graph.node(graph.source(edges[i])).type,
           graph.node(graph.target(edges[i])).type}]
        .push_back(i);
  }
  auto file_name = [](const Pair& pair) {
    const auto& [relation, from, to] = pair;
    return "rels_" + std::string(graph::to_string(relation)) + "_" + std::string(graph::to_string(from)) +
           "_" + std::string(graph::to_string(to)) + ".csv";
  };

  sink("schema.cypher", [&](std::ostream& out) {
    for (graph::NodeType type : graph::kAllNodeTypes) {
      out << "CREATE NODE TABLE " << quoted_name(graph::to_string(type))
          << "(id STRING PRIMARY KEY, name STRING, name_en STRING, name_zh STRING, aliases STRING, iso "
             "STRING, mentions INT64, "
             "degree INT64);\n";
    }
    for (graph::RelationType relation : graph::kAllRelationTypes) {
      std::string pairs;
      for (const auto& [pair, members] : files) {
        if (std::get<0>(pair) != relation) continue;
        pairs += "FROM " + quoted_name(graph::to_string(std::get<1>(pair))) + " TO " +
                 quoted_name(graph::to_string(std::get<2>(pair))) + ", ";
      }
      // A relationship table needs a FROM/TO pair: none for unused relations.
      if (pairs.empty()) continue;
      out << "CREATE REL TABLE " << quoted_name(graph::to_string(relation)) << "(" << pairs
          << "key STRING, year INT64, years STRING, weight INT64, evidence STRING, doc STRING);\n";
    }
  });
  sink("copy.cypher", [&](std::ostream& out) {
    for (graph::NodeType type : graph::kAllNodeTypes) {
      out << "COPY " << quoted_name(graph::to_string(type)) << " FROM 'nodes_" << graph::to_string(type)
          << ".csv' (HEADER=TRUE, PARALLEL=FALSE);\n";
    }
    for (const auto& [pair, members] : files) {
      out << "COPY " << quoted_name(graph::to_string(std::get<0>(pair))) << " FROM '" << file_name(pair)
          << "' (HEADER=TRUE, PARALLEL=FALSE, FROM='" << graph::to_string(std::get<1>(pair)) << "', TO='"
          << graph::to_string(std::get<2>(pair)) << "');\n";
    }
  });
  for (graph::NodeType type : graph::kAllNodeTypes) {
    sink("nodes_" + std::string(graph::to_string(type)) + ".csv", [&](std::ostream& out) {
      out << "id,name,name_en,name_zh,aliases,iso,mentions,degree\n";
      Row row;
      for (Graph::NodeId node : graph.nodes_in_canonical_order()) {
        const graph::NodeData& data = graph.node(node);
        if (data.type != type) continue;
        row.text(ids[node]).text(data.name);
        optional_name(row, data.name_en);
        optional_name(row, data.name_zh);
        row.joined_list(alias_list(data));
        optional_text(row, iso_code(data));
        row.number(data.mention_count()).number(static_cast<std::uint64_t>(graph.degree(node)));
        row.end(out);
      }
    });
  }
  // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
  for (const auto& file : files) {
    const auto& members = file.second;
    sink(file_name(file.first), [&](std::ostream& out) {
      out << "from,to,key,year,years,weight,evidence,doc\n";
      Row row;
      for (std::size_t i : members) {
        const graph::EdgeData& data = graph.edge(edges[i]);
        row.text(ids[graph.source(edges[i])]).text(ids[graph.target(edges[i])]);
        row.text("e" + std::to_string(i)).number(data.first_year());
        const std::vector<std::string> years = year_texts(data);
        row.joined_list(views(years)).number(data.weight());
        row.joined_list(evidence_sentences(data)).joined_list(evidence_documents(data));
        row.end(out);
      }
    });
  }
}

}  // namespace kg::exporter
