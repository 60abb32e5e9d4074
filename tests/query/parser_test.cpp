// The parser: the tree it builds for each part of the grammar.
#include "query/parser.h"

#include <gtest/gtest.h>

namespace kg::query {
namespace {

TEST(Parser, ReadsAPatternChainWithDirections) {
  Query query = parse("MATCH (a:Country)-[r:PROPOSED]->(b)<-[:SIGNED]-(c)-[]-(d) RETURN a");
  ASSERT_EQ(query.patterns.size(), 1u);
  const Pattern& pattern = query.patterns[0];
  ASSERT_EQ(pattern.nodes.size(), 4u);
  ASSERT_EQ(pattern.rels.size(), 3u);
  EXPECT_EQ(pattern.nodes[0].variable->text, "a");
  EXPECT_EQ(pattern.nodes[0].labels[0].text, "Country");
  EXPECT_EQ(pattern.rels[0].direction, Direction::Right);
  EXPECT_EQ(pattern.rels[0].types[0].text, "PROPOSED");
  EXPECT_EQ(pattern.rels[1].direction, Direction::Left);
  EXPECT_EQ(pattern.rels[2].direction, Direction::Both);
  EXPECT_FALSE(pattern.rels[2].variable);
}

TEST(Parser, ReadsShortArrows) {
  Query query = parse("MATCH (a)-->(b)<--(c)--(d) RETURN a");
  const Pattern& pattern = query.patterns[0];
  EXPECT_EQ(pattern.rels[0].direction, Direction::Right);
  EXPECT_EQ(pattern.rels[1].direction, Direction::Left);
  EXPECT_EQ(pattern.rels[2].direction, Direction::Both);
}

TEST(Parser, ReadsVariableLengthRanges) {
  Query query =
      parse("MATCH (a)-[*]->(b), (a)-[*2]->(c), (a)-[*..3]->(d), (a)-[*2..]->(e), (a)-[*0..4]->(f) RETURN a");
  auto range = [&](std::size_t i) {
    const RelPattern& rel = query.patterns[i].rels[0];
    return std::to_string(rel.min_hops.value_or(-1)) + ".." + std::to_string(rel.max_hops.value_or(-1));
  };
  EXPECT_TRUE(query.patterns[0].rels[0].variable_length);
  EXPECT_EQ(range(0), "-1..-1");
  EXPECT_EQ(range(1), "2..2");
  EXPECT_EQ(range(2), "-1..3");
  EXPECT_EQ(range(3), "2..-1");
  EXPECT_EQ(range(4), "0..4");
}

TEST(Parser, ReadsPathVariablesAndShortestPaths) {
  Query query = parse("MATCH p = shortestPath((a)-[*..4]-(b)), q = allShortestPaths((a)-[*]-(c)) RETURN p");
  EXPECT_EQ(query.patterns[0].path_variable->text, "p");
  EXPECT_EQ(query.patterns[0].kind, PathKind::Shortest);
  EXPECT_EQ(query.patterns[1].kind, PathKind::AllShortest);
}

TEST(Parser, ReadsLabelAlternativesAndPropertyMaps) {
  Query query =
      parse("MATCH (n:Country|Organization {name: 'EU', iso: \"X\"})-[r:A|B {year: -2020}]->(m) RETURN n");
  const NodePattern& node = query.patterns[0].nodes[0];
  ASSERT_EQ(node.labels.size(), 2u);
  EXPECT_EQ(node.labels[1].text, "Organization");
  ASSERT_EQ(node.properties.size(), 2u);
  EXPECT_EQ(node.properties[0].key.text, "name");
  EXPECT_EQ(query.patterns[0].rels[0].types.size(), 2u);
  EXPECT_EQ(query.patterns[0].rels[0].properties[0].value->kind, ExprKind::Negate);
}

TEST(Parser, KeywordsAreCaseInsensitive) {
  Query query = parse(
      "match (n) where n.name starts with 'a' return distinct n.name as x order by x desc skip 1 limit 2");
  EXPECT_TRUE(query.distinct);
  EXPECT_EQ(query.items[0].alias->text, "x");
  EXPECT_TRUE(query.order_by[0].descending);
  EXPECT_EQ(*query.skip, 1);
  EXPECT_EQ(*query.limit, 2);
  EXPECT_EQ(query.where->kind, ExprKind::StartsWith);
}

TEST(Parser, OperatorPrecedenceNotAndOr) {
  Query query = parse("MATCH (n) WHERE NOT n.a = 1 AND n.b = 2 OR n.c IS NOT NULL RETURN n");
  const Expr& where = *query.where;
  ASSERT_EQ(where.kind, ExprKind::Or);
  ASSERT_EQ(where.args[0]->kind, ExprKind::And);
  EXPECT_EQ(where.args[0]->args[0]->kind, ExprKind::Not);
  EXPECT_EQ(where.args[1]->kind, ExprKind::IsNull);
  EXPECT_TRUE(where.args[1]->negated);
}

TEST(Parser, ColumnTextIsTheExpressionAsWritten) {
  Query query = parse("MATCH (n) RETURN n.name, count( DISTINCT n ), coalesce(n.iso, 'none') AS iso");
  EXPECT_EQ(query.items[0].text, "n.name");
  EXPECT_EQ(query.items[1].text, "count( DISTINCT n )");
  EXPECT_TRUE(query.items[1].expr->distinct);
  EXPECT_EQ(query.items[2].alias->text, "iso");
}

TEST(Parser, CountStarIsItsOwnNode) {
  Query query = parse("MATCH (n) RETURN count(*)");
  EXPECT_EQ(query.items[0].expr->kind, ExprKind::CountStar);
}

TEST(Parser, InListAndStringOperators) {
  Query query = parse(
      "MATCH (n) WHERE n.iso IN ['CN', 'US'] AND n.name CONTAINS '国' AND n.name ENDS WITH 'x' RETURN n");
  EXPECT_EQ(query.where->args[0]->args[0]->kind, ExprKind::In);
  EXPECT_EQ(query.where->args[0]->args[0]->args[1]->kind, ExprKind::ListLiteral);
  EXPECT_EQ(query.where->args[0]->args[1]->kind, ExprKind::Contains);
  EXPECT_EQ(query.where->args[1]->kind, ExprKind::EndsWith);
}

TEST(Parser, AcceptsATrailingSemicolon) { EXPECT_NO_THROW(parse("MATCH (n) RETURN n;")); }

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  std::string deep =
      "MATCH (n) WHERE " + std::string(100000, '(') + "1" + std::string(100000, ')') + " RETURN n";
  EXPECT_THROW(parse(deep), QueryError);
  std::string nots = "MATCH (n) WHERE ";
  for (int i = 0; i < 100000; ++i) nots += "NOT ";
  EXPECT_THROW(parse(nots + "true RETURN n"), QueryError);
}

}  // namespace
}  // namespace kg::query
