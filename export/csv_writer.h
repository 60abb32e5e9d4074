// The graph as CSV files for the bulk loaders of graph databases, for when a
// graph outgrows one machine: Neo4j's `neo4j-admin database import` and
// Kùzu's `COPY FROM`. Each writes a directory of files.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace kg::exporter {

// Called once per file of a directory format: the file's name and a function
// that writes its content to a stream. write() passes each to
// write_file_atomically, tests to a string stream.
using FileSink =
    std::function<void(const std::string& name, const std::function<void(std::ostream&)>& write)>;

// Neo4j's array delimiter for the string[] columns: U+001F (INFORMATION
// SEPARATOR ONE), which valid_text() keeps out of every text, so no item can
// contain it. `neo4j-admin database import` needs --array-delimiter=U+001F.
inline constexpr std::string_view kNeo4jArrayDelimiter = "\x1F";

// nodes.csv:          id:ID,name,name_en,name_zh,:LABEL,aliases:string[],iso,mentions:long,degree:int
//                     (name canonical; name_en, name_zh the names per language, empty when unknown)
// relationships.csv:
// :START_ID,:END_ID,:TYPE,key,year:int,years:int[],weight:int,evidence:string[],doc:string[] RFC 4180 (text
// always quoted, "" for a quote; line breaks inside quotes, so --multiline-fields=true); an empty field is an
// absent property. Ids as node_ids(), labels the NodeType spellings, types the RelationType ones, key e0, e1,
// … as in GraphML; year the earliest of years.
void write_neo4j_csv(const graph::KnowledgeGraph& graph, const FileSink& sink);

// One node table per node type and one relationship table per relation type
// (with a FROM/TO pair for each pair of node types it joins), so Kùzu's
// Cypher reads like kg's: MATCH (c:Country)-[:PROPOSED]->(i:Initiative).
//   schema.cypher        CREATE NODE TABLE / CREATE REL TABLE for every table
//   copy.cypher          the COPY FROM statements, with paths relative to
//                        the directory (run it from there)
//   nodes_<Type>.csv     id,name,name_en,name_zh,aliases,iso,mentions,degree (every node type,
//                        possibly with no rows)
//   rels_<RELATION>_<From>_<To>.csv   from,to,key,year,years,weight,evidence,doc
// Kùzu's CSV lists cannot hold a ',' or ']' inside an item and trim spaces,
// so aliases, years ("2020|2023"), evidence and doc are STRING columns joined
// by join_list(), like one another; year is the earliest of years.
// Text fields are quoted and may hold line breaks: the COPY statements say
// PARALLEL=FALSE, which Kùzu needs for that.
void write_kuzu_csv(const graph::KnowledgeGraph& graph, const FileSink& sink);

}  // namespace kg::exporter
