// The evaluator end to end on the governance fixture: matching, trail
// semantics, variable-length and shortest paths, aggregation and ordering.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <set>

#include "tests/query/fixture.h"

namespace kg::query {
namespace {

using testing::cell;
using ::testing::ElementsAre;
using testing::engine;
using testing::rows;
using ::testing::UnorderedElementsAre;

TEST(Engine, WhatDidChinaProposeAndWhen) {
  // One relationship per statement, proposed in 2020 and again in 2021: r.year is the earliest.
  EXPECT_THAT(
      rows("MATCH (c:Country {name: '中国'})-[r:PROPOSED]->(i) RETURN i.name, r.year ORDER BY r.year"),
      ElementsAre("数字丝绸之路 | 2015", "全球数据安全倡议 | 2020", "全球人工智能治理倡议 | 2023"));
}

Options with_parameters(Parameters parameters) {
  Options options;
  options.parameters = std::move(parameters);
  return options;
}

TEST(Engine, ParametersStandWhereverAValueDoes) {
  const Options options = with_parameters({{"who", Value("中国")},
                                           {"years", Value(List{2020, 2023})},
                                           {"n", Value(2)},
                                           {"skip", Value(1)},
                                           {"label", Value("x")}});
  // In WHERE, in a pattern's properties, in RETURN, in LIMIT and SKIP.
  EXPECT_THAT(rows("MATCH (c:Country)-[r:PROPOSED]->(i) WHERE c.name = $who AND r.year IN $years "
                   "RETURN i.name ORDER BY i.name",
                   options),
              ElementsAre("全球人工智能治理倡议", "全球数据安全倡议"));
  EXPECT_THAT(rows("MATCH (c {name: $who})-[r:PROPOSED]->(i) RETURN i.name, $label, $years ORDER BY r.year "
                   "SKIP $skip LIMIT $n",
                   options),
              ElementsAre("全球数据安全倡议 | x | [2020,2023]", "全球人工智能治理倡议 | x | [2020,2023]"));
  EXPECT_THAT(rows("MATCH (c:Country {name: $who}) RETURN c.iso", with_parameters({{"who", Value("中国")}})),
              ElementsAre("CN"));
  // A list parameter is a list to the checker: size and IN work on it.
  EXPECT_THAT(rows("MATCH (c:Country {name: '中国'}) RETURN 2023 IN $years, length($years)", options),
              ElementsAre("true | 2"));
}

TEST(Engine, AnUnknownParameterIsAnErrorAtItsPlace) {
  try {
    engine().run("MATCH (n) WHERE n.name = $whom RETURN n", with_parameters({{"who", Value("中国")}}));
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_EQ(error.message(), "unknown parameter $whom; did you mean `$who`?");
    EXPECT_EQ(error.column(), 26U);
  }
  try {
    engine().run("MATCH (n) RETURN n LIMIT $n");
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_EQ(error.message(),
              "unknown parameter $n (no parameters are set: give one with --param n=VALUE, or :param n => "
              "VALUE at the prompt)");
    EXPECT_EQ(error.column(), 26U);
  }
  try {
    engine().run("MATCH (n) RETURN n LIMIT $n", with_parameters({{"n", Value("3")}}));
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_EQ(error.message(), "LIMIT takes a whole number of at least 0; $n is not one");
  }
  try {
    engine().run("MATCH (n {name: $n}) RETURN n", with_parameters({{"n", Value(3)}}));
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_EQ(error.message(), "`name` is a node's canonical name: give a string");
    EXPECT_EQ(error.column(), 17U);
  }
}

TEST(Engine, ParameterValuesAreJsonLiteralsElseStrings) {
  auto text = [](std::string_view parameter) { return cell(engine(), parameter_value(parameter)); };
  EXPECT_EQ(text("中国"), "中国");
  EXPECT_TRUE(parameter_value("3").is<std::int64_t>());
  EXPECT_TRUE(parameter_value("2.5").is<double>());
  EXPECT_TRUE(parameter_value("\"3\"").is<std::string>());
  EXPECT_EQ(text("\"3\""), "3");
  EXPECT_EQ(text("[2020, 2023]"), "[2020,2023]");
  EXPECT_EQ(text("[\"a\", [true, null]]"), "[a,[true,null]]");
  EXPECT_EQ(text("null"), "null");
  EXPECT_EQ(text("3 apples"), "3 apples");  // not JSON: the text
  EXPECT_EQ(text("[1, 2"), "[1, 2");
  EXPECT_EQ(text(""), "");
  Map map = parameter_value("{\"b\": 1, \"a\": [true]}").as<Map>();  // keys sorted
  EXPECT_EQ(map.keys, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(map.values[1].as<std::int64_t>(), 1);
  EXPECT_THROW(parameter_value(std::string(100, '[') + std::string(100, ']')), Error);
  EXPECT_THROW(parameter_value("\xff"), Error);
}

TEST(Engine, ACancelledQueryStopsWithCancelled) {
  std::atomic<bool> cancel{true};
  Options options;
  options.cancel = &cancel;
  EXPECT_THROW(engine().run("MATCH (a)-[*..10]-(b), (c)-[*..10]-(d) RETURN count(*)", options), Cancelled);
  cancel = false;
  EXPECT_THAT(rows("MATCH (c:Country {name: '中国'}) RETURN c.iso", options), ElementsAre("CN"));
}

TEST(Engine, ARelationshipHasTheYearsOfAllItsStatements) {
  EXPECT_THAT(
      rows("MATCH (c:Country {name: '中国'})-[r:PROPOSED]->(i) RETURN i.name, r.years ORDER BY r.year"),
      ElementsAre("数字丝绸之路 | [2015]", "全球数据安全倡议 | [2020,2021]",
                  "全球人工智能治理倡议 | [2023]"));
  // Asking for a year: IN r.years. r.year and a pattern's {year: …} are the earliest.
  EXPECT_THAT(rows("MATCH (c {name: '中国'})-[r:PROPOSED]->(i) WHERE 2021 IN r.years RETURN i.name"),
              ElementsAre("全球数据安全倡议"));
  EXPECT_TRUE(rows("MATCH (c {name: '中国'})-[r:PROPOSED {year: 2021}]->(i) RETURN i.name").empty());
  EXPECT_THAT(
      rows(
          "MATCH (c {name: '中国'})-[r:PROPOSED {year: 2020}]->(i) RETURN i.name, r.weight, length(r.years)"),
      ElementsAre("全球数据安全倡议 | 2 | 2"));
  // No years: null, like r.year.
  EXPECT_THAT(rows("MATCH (c {name: '中国'})-[r]->(o) WHERE r.years IS NULL RETURN count(*)"),
              ElementsAre("3"));
  EXPECT_THAT(rows("MATCH (c {name: '中国'})-[r:PROPOSED]->(i) RETURN collect(r.years)"),
              ElementsAre("[[2023],[2020,2021],[2015]]"));
}

TEST(Engine, APatternNameIsTheCanonicalNameAliasesAreAList) {
  // {name: ...} is property equality, as in Neo4j: an alias is not the name.
  EXPECT_TRUE(rows("MATCH (c {name: '我国'}) RETURN c").empty());
  EXPECT_TRUE(rows("MATCH (c:Country {name: 'China'}) RETURN c").empty());
  EXPECT_TRUE(rows("MATCH (c) WHERE c.name = '我国' RETURN c").empty());
  // An alias finds its node through the aliases list.
  EXPECT_THAT(rows("MATCH (c)-[:PROPOSED]->(i) WHERE '我国' IN c.aliases RETURN DISTINCT c.name, i.name "
                   "ORDER BY i.name LIMIT 1"),
              ElementsAre("中国 | 全球人工智能治理倡议"));
  EXPECT_THAT(rows("MATCH (c {name: '中国'})-[:PROPOSED]->(i) RETURN count(DISTINCT i)"), ElementsAre("3"));
}

TEST(Engine, WhoSignedTheConvention) {
  EXPECT_THAT(rows("MATCH (c)-[:SIGNED]->(:Initiative {name: '网络犯罪公约'}) RETURN c.iso ORDER BY c.iso"),
              ElementsAre("DE", "FR", "US"));
}

TEST(Engine, IncomingAndUndirectedRelationships) {
  EXPECT_THAT(
      rows("MATCH (o:Organization {name: '上海合作组织'})<-[:MEMBER_OF]-(c) RETURN c.name ORDER BY c.name"),
      ElementsAre("中国", "俄罗斯", "印度"));
  // COOPERATES_WITH is stored once; -[]- finds it from either end.
  EXPECT_THAT(rows("MATCH (c {name: '俄罗斯'})-[:COOPERATES_WITH]-(x) RETURN x.name"), ElementsAre("中国"));
  EXPECT_TRUE(rows("MATCH (c {name: '俄罗斯'})-[:COOPERATES_WITH]->(x) RETURN x.name").empty());
}

TEST(Engine, LabelAndTypeAlternatives) {
  EXPECT_THAT(rows("MATCH (e:Event|Person) RETURN e.name ORDER BY e.name"),
              ElementsAre("世界互联网大会", "人工智能安全峰会", "古特雷斯"));
  EXPECT_THAT(rows("MATCH ({name: '欧盟'})-[r:PROPOSED|ADOPTED]->(i) RETURN type(r), r.year ORDER BY r.year"),
              ElementsAre("PROPOSED | 2021", "ADOPTED | 2024"));
}

TEST(Engine, ATrailUsesEachRelationshipOnce) {
  // Without trail semantics c would come back to itself over the same edge.
  auto result =
      rows("MATCH (a {name: '巴西'})-[:MEMBER_OF]->(o)<-[:MEMBER_OF]-(c) RETURN c.name ORDER BY c.name");
  EXPECT_THAT(result, ElementsAre("中国", "俄罗斯", "南非", "印度"));
  // Two patterns of one MATCH share the rule.
  EXPECT_TRUE(rows("MATCH (a {name: '古特雷斯'})-[r1]->(o), (a)-[r2]->(o) RETURN o").empty());
}

TEST(Engine, VariableLengthPathsAreTrails) {
  EXPECT_THAT(rows("MATCH (a {name: '欧盟'})-[*1..2]-(b:Country) RETURN DISTINCT b.name ORDER BY b.name"),
              ElementsAre("中国", "德国", "法国", "美国"));
  EXPECT_THAT(rows("MATCH p = (a {name: '古特雷斯'})-[*2]-(b) RETURN count(p)"), ElementsAre("5"));
  EXPECT_THAT(rows("MATCH (a {name: '古特雷斯'})-[*0..1]-(b) RETURN b.name ORDER BY b.name"),
              ElementsAre("古特雷斯", "联合国"));
  // The relationship variable of a variable-length pattern is the list of its relationships.
  EXPECT_THAT(rows("MATCH (a {name: '联合国'})-[r:ADOPTED*1..1]->(b) RETURN r, length(r)"),
              ElementsAre("[ADOPTED(2024)] | 1"));
}

TEST(Engine, BareStarStopsAtTheDefaultCap) {
  Options two;
  two.default_max_hops = 2;
  auto capped = rows("MATCH p = (a {name: '古特雷斯'})-[*]-(b) RETURN max(length(p))", two);
  EXPECT_THAT(capped, ElementsAre("2"));
  auto default_cap = rows("MATCH p = (a {name: '古特雷斯'})-[:LEADS|MEMBER_OF*]-(b) RETURN max(length(p))");
  EXPECT_THAT(default_cap, ElementsAre("5"));
}

TEST(Engine, ShortestPathIsABreadthFirstSearch) {
  EXPECT_THAT(rows("MATCH p = shortestPath((a {name: '欧盟'})-[*..6]-(b {name: '金砖国家'})) RETURN p"),
              ElementsAre("欧盟-PARTICIPATED_IN-人工智能安全峰会-PARTICIPATED_IN-中国-MEMBER_OF-金砖国家"));
  EXPECT_THAT(
      rows("MATCH p = allShortestPaths((a {name: '印度'})-[*..6]-(b {name: '中国'})) RETURN p ORDER BY p"),
      ElementsAre("印度-MEMBER_OF-上海合作组织-MEMBER_OF-中国", "印度-MEMBER_OF-金砖国家-MEMBER_OF-中国"));
  EXPECT_THAT(rows("MATCH p = shortestPath((a {name: '印度'})-[*..1]-(b {name: '中国'})) RETURN p"),
              ElementsAre());
  // Direction counts: no directed path leads from the EU to BRICS.
  EXPECT_TRUE(
      rows("MATCH p = shortestPath((a {name: '欧盟'})-[*..6]->(b {name: '金砖国家'})) RETURN p").empty());
}

TEST(Engine, ShortestPathFromTheRightEnd) {
  // Only the right end is named, so the search starts there and the path still reads left to right.
  auto result =
      rows("MATCH p = shortestPath((a:Country)-[:MEMBER_OF*..1]->(b {name: '欧盟'})) RETURN p ORDER BY p");
  EXPECT_THAT(result, ElementsAre("德国-MEMBER_OF-欧盟", "法国-MEMBER_OF-欧盟"));
}

TEST(Engine, PathFunctions) {
  EXPECT_THAT(
      rows("MATCH p = (c {name: '美国'})-[:SIGNED]->(i) RETURN length(p), nodes(p), relationships(p)"),
      ElementsAre("1 | [美国,网络犯罪公约] | [SIGNED(2001)]"));
}

TEST(Engine, NodeAndRelationshipFunctions) {
  EXPECT_THAT(rows("MATCH (c {name: '美国'})-[r:SIGNED]->(i) RETURN labels(c), type(r), startNode(r).name, "
                   "endNode(r).name, id(c)"),
              ElementsAre("[Country] | SIGNED | 美国 | 网络犯罪公约 | 7"));
  EXPECT_THAT(
      rows("MATCH (c:Country) RETURN c.name, coalesce(c.mentions, 0) AS m ORDER BY m DESC, c.name LIMIT 1"),
      ElementsAre("中国 | 8"));
}

TEST(Engine, AggregationGroupsByTheOtherColumns) {
  EXPECT_THAT(
      rows("MATCH (c:Country)-[:MEMBER_OF]->(o) RETURN o.name, count(*) AS n ORDER BY n DESC, o.name"),
      ElementsAre("金砖国家 | 5", "联合国 | 4", "上海合作组织 | 3", "欧盟 | 2"));
  EXPECT_THAT(rows("MATCH (c {name: '俄罗斯'})-[:MEMBER_OF]->(o) RETURN c.name, collect(o.name)"),
              ElementsAre("俄罗斯 | [上海合作组织,联合国,金砖国家]"));
  EXPECT_THAT(
      rows("MATCH (c)-[r:PROPOSED]->(i) RETURN count(DISTINCT c), count(r), min(r.year), max(r.year)"),
      ElementsAre("2 | 4 | 2015 | 2023"));
}

TEST(Engine, CountOnNoMatchIsZero) {
  EXPECT_THAT(rows("MATCH (c:Region)-[:PROPOSED]->(i) RETURN count(*), collect(i.name), max(i.name)"),
              ElementsAre("0 | [] | null"));
  EXPECT_TRUE(rows("MATCH (c:Region)-[:PROPOSED]->(i) RETURN c.name, count(*)").empty());
}

TEST(Engine, AggregatesSkipNulls) {
  EXPECT_THAT(rows("MATCH (c {name: '中国'})-[r:MEMBER_OF|HOSTED]->(x) RETURN count(r.year), count(r), "
                   "collect(r.year)"),
              ElementsAre("1 | 4 | [2015]"));
}

TEST(Engine, WhichInitiativesAppearedAfter2020) {
  EXPECT_THAT(rows("MATCH (i:Initiative)-[:IN_YEAR]->(y:Year) WHERE y.year > 2020 RETURN i.name ORDER BY "
                   "y.year, i.name"),
              ElementsAre("全球人工智能治理倡议", "人工智能法案", "全球数字契约"));
}

TEST(Engine, WhereOperators) {
  EXPECT_THAT(rows("MATCH (c:Country) WHERE c.iso IN ['CN', 'FR'] RETURN c.iso ORDER BY c.iso"),
              ElementsAre("CN", "FR"));
  EXPECT_THAT(rows("MATCH (o:Organization) WHERE o.name CONTAINS '国' RETURN o.name ORDER BY o.name"),
              ElementsAre("联合国", "金砖国家"));
  EXPECT_THAT(rows("MATCH (i:Initiative) WHERE i.name STARTS WITH '全球' AND NOT i.name ENDS WITH '倡议' "
                   "RETURN i.name"),
              ElementsAre("全球数字契约"));
  EXPECT_THAT(rows("MATCH (c {name: '中国'})-[r]->(o) WHERE r.year IS NULL RETURN count(*)"),
              ElementsAre("3"));
  EXPECT_THAT(
      rows("MATCH (c {name: '中国'})-[r]->(o) WHERE r.year IS NOT NULL AND r.year <> 2023 RETURN count(*)"),
      ElementsAre("4"));
  EXPECT_THAT(rows("MATCH (c:Country) WHERE c.iso >= 'IN' XOR c.iso = 'ZA' RETURN c.iso ORDER BY c.iso"),
              ElementsAre("IN", "RU", "US"));
}

TEST(Engine, NullIsNeitherTrueNorFalse) {
  EXPECT_TRUE(rows("MATCH (c:Region) WHERE c.iso = 'X' OR NOT c.iso = 'X' RETURN c").empty());
  EXPECT_THAT(rows("MATCH (c:Region) WHERE c.iso IS NULL RETURN c.iso, c.iso = null, null IN [1]"),
              ElementsAre("null | null | null"));
}

TEST(Engine, OrderBySkipLimitAndDistinct) {
  auto all = rows("MATCH (c:Country) RETURN c.iso ORDER BY c.iso DESC");
  EXPECT_THAT(all, ElementsAre("ZA", "US", "RU", "IN", "FR", "DE", "CN", "BR"));
  EXPECT_THAT(rows("MATCH (c:Country) RETURN c.iso ORDER BY c.iso DESC SKIP 2 LIMIT 3"),
              ElementsAre("RU", "IN", "FR"));
  EXPECT_THAT(rows("MATCH (c)-[:SIGNED]->(i) RETURN DISTINCT i.name"), ElementsAre("网络犯罪公约"));
  EXPECT_THAT(rows("MATCH (c:Country) RETURN c.iso LIMIT 0"), ElementsAre());
}

TEST(Engine, OrderByIsStableAndNullsSortLast) {
  EXPECT_THAT(rows("MATCH (c {name: '中国'})-[r:MEMBER_OF|HOSTED]->(x) RETURN r.year ORDER BY r.year"),
              ElementsAre("2015", "null", "null", "null"));
  EXPECT_THAT(rows("MATCH (c {name: '中国'})-[r:MEMBER_OF|HOSTED]->(x) RETURN r.year ORDER BY r.year DESC"),
              ElementsAre("null", "null", "null", "2015"));
  // Equal keys keep the match order, which is the graph's canonical order.
  EXPECT_EQ(rows("MATCH (c:Country)-[:MEMBER_OF]->(o) RETURN o.name, c.name ORDER BY o.name"),
            rows("MATCH (c:Country)-[:MEMBER_OF]->(o) RETURN o.name, c.name ORDER BY o.name"));
}

TEST(Engine, OrderByAnAggregateOrAnAlias) {
  EXPECT_THAT(
      rows("MATCH (c)-[:MEMBER_OF]->(o) RETURN o.name AS org, count(*) ORDER BY count(*), org LIMIT 2"),
      ElementsAre("欧盟 | 2", "上海合作组织 | 3"));
}

TEST(Engine, OrderByAVariableNotReturned) {
  EXPECT_THAT(rows("MATCH (c:Country) RETURN c.name ORDER BY c.iso LIMIT 2"), ElementsAre("巴西", "中国"));
}

TEST(Engine, MaxRowsCapsTheResult) {
  Options options;
  options.max_rows = 2;
  EXPECT_EQ(rows("MATCH (c:Country) RETURN c.name", options).size(), 2u);
}

TEST(Engine, RunawayQueriesStopWithAnError) {
  Options options;
  options.max_steps = 1000;
  EXPECT_THROW(rows("MATCH (a)-[*1..6]-(b) RETURN count(*)", options), QueryError);
}

TEST(Engine, QueriesKeepingTooMuchStopAtTheMemoryBudget) {
  Options options;
  options.max_memory_bytes = 64 << 10;
  // What each way of keeping values keeps: collected lists, rows held to
  // sort, rows of the result, DISTINCT rows, groups.
  for (const char* query :
       {"MATCH (a), (b) RETURN collect(a.name)", "MATCH (a), (b) RETURN a.name ORDER BY a.name",
        "MATCH (a), (b) RETURN a.name, b.name", "MATCH (a), (b) RETURN DISTINCT a.name, b.name",
        "MATCH (a), (b) RETURN a.name, b.name, count(*)",
        "MATCH (a), (b) RETURN count(DISTINCT [a.name, b.name])"}) {
    try {
      rows(query, options);
      FAIL() << "no error for " << query;
    } catch (const QueryError& error) {
      EXPECT_NE(error.message().find("passed the memory budget of 65536 bytes"), std::string::npos)
          << error.what();
      EXPECT_EQ(error.column(), std::string(query).find("RETURN") + 1) << query;
    }
  }
  // Within the budget, the same queries run; and rows that stream to a LIMIT
  // keep nothing.
  EXPECT_FALSE(rows("MATCH (a), (b) RETURN collect(a.name)").empty());
  EXPECT_FALSE(rows("MATCH (a), (b) RETURN a.name, b.name").empty());
  EXPECT_EQ(rows("MATCH (a), (b) RETURN a.name, b.name LIMIT 3", options).size(), 3u);
  EXPECT_EQ(rows("MATCH (a), (b) RETURN a.name ORDER BY a.name LIMIT 2", options).size(), 2u);
}

TEST(Engine, ResultsDoNotDependOnInsertionOrder) {
  // The same graph built in the opposite order answers the same.
  graph::KnowledgeGraph reversed;
  const graph::KnowledgeGraph& original = testing::governance();
  auto nodes = original.nodes_in_canonical_order();
  std::vector<graph::KnowledgeGraph::NodeId> mapped(original.node_count());
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
    const auto id = *it;
    const graph::NodeData& node = original.node(id);
    mapped[id] = reversed.add_node(node.type, node.name);
    for (const auto& [alias, origin] : node.aliases) reversed.add_alias(mapped[id], alias, origin);
    for (const auto& [key, value] : node.attributes) reversed.set_attribute(mapped[id], key, value);
  }
  auto edges = original.edges_in_canonical_order();
  for (auto it = edges.rbegin(); it != edges.rend(); ++it) {
    const auto edge_id = *it;
    const graph::EdgeData& edge = original.edge(edge_id);
    for (int year : edge.years) {
      reversed.add_edge(mapped[original.source(edge_id)], edge.relation, mapped[original.target(edge_id)],
                        year);
    }
    reversed.add_edge(mapped[original.source(edge_id)], edge.relation, mapped[original.target(edge_id)],
                      std::nullopt);
  }
  Engine other(reversed);
  std::string query = "MATCH p = (a:Country)-[*1..2]-(b:Organization) RETURN a.name, b.name, length(p)";
  Result one = testing::engine().run(query);
  Result two = other.run(query);
  ASSERT_EQ(one.rows.size(), two.rows.size());
  for (std::size_t i = 0; i < one.rows.size(); ++i) {
    for (std::size_t j = 0; j < one.rows[i].size(); ++j) {
      EXPECT_EQ(testing::cell(testing::engine(), one.rows[i][j]), testing::cell(other, two.rows[i][j]));
    }
  }
}

TEST(Engine, ColumnsAreAliasesOrTheTextAsWritten) {
  Result result = testing::engine().run("MATCH (c:Country) RETURN c.name AS name, count( * ), c.iso");
  EXPECT_THAT(result.columns, ElementsAre("name", "count( * )", "c.iso"));
}

// Rows of `query` on `engine`, as the fixture's rows() gives them.
std::vector<std::string> rows_on(const Engine& engine, const std::string& query) {
  std::vector<std::string> lines;
  for (const auto& row : engine.run(query).rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) line += (i ? " | " : "") + testing::cell(engine, row[i]);
    lines.push_back(line);
  }
  return lines;
}

// A pattern whose first step has a type starts only at nodes with such a
// relationship (an index from type to nodes). The same pattern with the
// type tested in WHERE scans every node: both must give the same rows in
// the same order, whatever the direction, labels, filters and years.
void expect_typed_start_equals_scan(const Engine& engine, const std::string& type, const std::string& left,
                                    const std::string& arrow_in, const std::string& arrow_out,
                                    const std::string& right, const std::string& where) {
  std::string ret = " RETURN a.name, b.name, type(r), r.year";
  std::string typed = "MATCH " + left + arrow_in + "[r:" + type + "]" + arrow_out + right +
                      (where.empty() ? "" : " WHERE " + where) + ret;
  std::string scanned = "MATCH " + left + arrow_in + "[r]" + arrow_out + right + " WHERE type(r) = '" + type +
                        "'" + (where.empty() ? "" : " AND (" + where + ")") + ret;
  EXPECT_EQ(rows_on(engine, typed), rows_on(engine, scanned)) << typed;
}

void expect_typed_starts_equal_scans(const Engine& engine) {
  const std::pair<const char*, const char*> arrows[] = {{"-", "->"}, {"<-", "-"}, {"-", "-"}};
  const char* filters[] = {"",
                           "a.name <> '中国'",
                           "b.name >= 'M' OR a.name < 'E'",
                           "r.year >= 2020",
                           "r.year IS NULL",
                           "a.name <> b.name AND r.year < 2023"};
  const char* ends[][2] = {{"(a)", "(b)"},
                           {"(a:Country)", "(b)"},
                           {"(a)", "(b:Organization|Initiative)"},
                           {"(a:Country|Organization)", "(b:Country)"}};
  for (graph::RelationType relation : graph::kAllRelationTypes) {
    std::string type(graph::to_string(relation));
    for (const auto& [arrow_in, arrow_out] : arrows) {
      for (const char* where : filters) {
        for (const auto& end : ends)
          expect_typed_start_equals_scan(engine, type, end[0], arrow_in, arrow_out, end[1], where);
      }
    }
  }
}

TEST(Engine, TypedEdgeStartGivesTheRowsOfANodeScan) { expect_typed_starts_equal_scans(testing::engine()); }

TEST(Engine, TypedEdgeStartOnSelfLoopsEdgesOfTwoYearsAndSharedNames) {
  graph::KnowledgeGraph graph;
  auto x_country = graph.add_node(graph::NodeType::Country, "X");
  auto x_org = graph.add_node(graph::NodeType::Organization, "X");
  auto y = graph.add_node(graph::NodeType::Organization, "Y");
  auto z = graph.add_node(graph::NodeType::Initiative, "Z");
  graph.add_edge(x_country, graph::RelationType::MemberOf, y, 2020);
  graph.add_edge(x_country, graph::RelationType::MemberOf, y, 2021);
  graph.add_edge(x_org, graph::RelationType::MemberOf, y, std::nullopt);
  graph.add_edge(y, graph::RelationType::MemberOf, y, 2019);
  graph.add_edge(x_org, graph::RelationType::Proposed, z, 2022);
  graph.add_edge(y, graph::RelationType::CooperatesWith, x_country, 2020);
  graph.add_edge(y, graph::RelationType::CooperatesWith, y, std::nullopt);
  Engine engine(graph);
  expect_typed_starts_equal_scans(engine);
  // Both X nodes fall in the group of the name X; X's 2020 and 2021
  // statements of MEMBER_OF Y are one relationship, whose year is 2020.
  EXPECT_THAT(rows_on(engine,
                      "MATCH (a)-[:MEMBER_OF]->(b) RETURN a.name, count(DISTINCT b) AS n, count(*) AS m "
                      "ORDER BY n DESC, a.name"),
              ElementsAre("X | 1 | 2", "Y | 1 | 1"));
  EXPECT_THAT(rows_on(engine,
                      "MATCH (a)-[r:MEMBER_OF|PROPOSED]->(b) RETURN a.name, collect(DISTINCT b), "
                      "collect(DISTINCT r.year), count(DISTINCT r)"),
              ElementsAre("X | [Y,Z] | [2020,2022] | 3", "Y | [Y] | [2019] | 1"));
  // A self-loop is one relationship in an undirected pattern.
  EXPECT_THAT(rows_on(engine, "MATCH (a:Organization)-[r:COOPERATES_WITH]-(b) RETURN a.name, b.name"),
              ElementsAre("Y | X", "Y | Y"));
}

TEST(Engine, TypedVariableLengthStartGivesTheRowsOfANodeScan) {
  // *0.. may end where it starts, so it scans every node; *1.. starts only
  // where the type leaves from.
  for (const char* arrow : {"-[:MEMBER_OF*1..3]->", "<-[:MEMBER_OF*1..3]-", "-[:MEMBER_OF|PROPOSED*1..2]-"}) {
    std::string typed = std::string("MATCH p = (a)") + arrow + "(b) RETURN a.name, b.name, length(p)";
    std::string scanned = typed;
    scanned.replace(scanned.find("*1.."), 4, "*0..");
    scanned.replace(scanned.find(" RETURN"), 0, " WHERE length(p) >= 1");
    EXPECT_EQ(rows(typed), rows(scanned)) << typed;
    EXPECT_FALSE(rows(typed).empty());
  }
}

TEST(Engine, TypedStartWithLaterPatternsAndSteps) {
  EXPECT_EQ(rows("MATCH (a)-[:MEMBER_OF]->(o)<-[:MEMBER_OF]-(c), (c)-[:PROPOSED]->(i) RETURN a.name, o.name, "
                 "c.name, i.name"),
            rows("MATCH (a)-[r1]->(o)<-[:MEMBER_OF]-(c), (c)-[r2]->(i) WHERE type(r1) = 'MEMBER_OF' AND "
                 "type(r2) = 'PROPOSED' RETURN a.name, o.name, c.name, i.name"));
}

TEST(Engine, OrderByWithLimitIsTheFirstRowsOfTheFullSort) {
  // ORDER BY with LIMIT keeps the top rows as they come; ties keep the order
  // the rows came in, as a stable sort of all rows would.
  const char* queries[] = {
      "MATCH (a)-[:MEMBER_OF]->(b) RETURN a.name, count(DISTINCT b) AS n ORDER BY n DESC",
      "MATCH (a)-[:MEMBER_OF]->(b) RETURN a.name, count(DISTINCT b) AS n ORDER BY n DESC, a.name",
      "MATCH (a)-[r]->(b) RETURN type(r) AS t, count(*) AS n ORDER BY n",
      "MATCH (a)-[r]->(b) RETURN a.name, b.name ORDER BY r.year DESC",
      "MATCH (a)-[r]->(b) RETURN DISTINCT a.name AS x ORDER BY x DESC",
      "MATCH (a)--(b) RETURN a.name, b.name ORDER BY length(a.name), b.name DESC",
      // Without ORDER BY rows go to the result as they are matched.
      "MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name",
      "MATCH (a)-[r]->(b) RETURN DISTINCT a.name",
  };
  for (const char* query : queries) {
    std::vector<std::string> all = rows(query);
    ASSERT_GT(all.size(), 4u) << query;
    for (std::size_t skip : {0u, 1u, 3u}) {
      for (std::size_t limit : {1u, 2u, 5u, 1000u}) {
        std::string text =
            std::string(query) + " SKIP " + std::to_string(skip) + " LIMIT " + std::to_string(limit);
        std::size_t end = std::min(all.size(), skip + limit);
        EXPECT_EQ(rows(text),
                  std::vector<std::string>(all.begin() + static_cast<std::ptrdiff_t>(std::min(skip, end)),
                                           all.begin() + static_cast<std::ptrdiff_t>(end)))
            << text;
      }
    }
  }
}

// "key | distinct values | values" per key of rows "key | value", keys in
// order of first appearance: grouping done by hand.
std::vector<std::string> grouped_by_hand(const std::vector<std::string>& pairs) {
  std::vector<std::string> keys;
  std::map<std::string, std::pair<std::set<std::string>, int>> groups;
  for (const std::string& pair : pairs) {
    std::size_t bar = pair.find(" | ");
    std::string key = pair.substr(0, bar);
    if (!groups.count(key)) keys.push_back(key);
    groups[key].first.insert(pair.substr(bar + 3));
    ++groups[key].second;
  }
  std::vector<std::string> lines;
  for (const std::string& key : keys) {
    lines.push_back(key + " | " + std::to_string(groups[key].first.size()) + " | " +
                    std::to_string(groups[key].second));
  }
  return lines;
}

TEST(Engine, GroupsByValueWhateverTheNode) {
  // Keys that depend on one node are looked up by the node, but the groups
  // are still those of the keys' values: labels(a) merges many nodes.
  for (const char* key : {"labels(a)", "a.name", "a", "a.iso", "b.name", "labels(b)"}) {
    for (const char* where : {"", " WHERE r.year > 2019"}) {
      std::string match = std::string("MATCH (a)-[r]->(b)") + where + " RETURN " + key;
      EXPECT_EQ(rows(match + ", count(DISTINCT b), count(*)"), grouped_by_hand(rows(match + ", b"))) << match;
    }
  }
}

}  // namespace
}  // namespace kg::query
