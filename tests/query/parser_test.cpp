// The parser: the tree it builds for each part of the grammar, read as query
// text in, printed tree out (query/ast_printer.h), as RE2's parse tests do.
#include "query/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "query/ast_printer.h"

namespace kg::query {
namespace {

struct ParseCase {
  std::string query;
  std::string printed;
};

void expect_parses(const std::vector<ParseCase>& cases) {
  for (const ParseCase& c : cases) {
    try {
      EXPECT_EQ(print_ast(parse(c.query)), c.printed) << c.query;
    } catch (const QueryError& error) {
      ADD_FAILURE() << c.query << "\n" << error.what();
    }
  }
}

TEST(Parser, ReadsAPatternChainWithDirections) {
  expect_parses({
      {"MATCH (a:Country)-[r:PROPOSED]->(b)<-[:SIGNED]-(c)-[]-(d) RETURN a",
       "(match (pattern (node a :Country) (rel -> r :PROPOSED) (node b) (rel <- :SIGNED) (node c) (rel --) "
       "(node d))) (return a)"},
      {"MATCH (a) RETURN a", "(match (pattern (node a))) (return a)"},
      {"MATCH () RETURN 1", "(match (pattern (node))) (return 1)"},
      {"MATCH (:Country) RETURN 1", "(match (pattern (node :Country))) (return 1)"},
      {"MATCH (a)-[r]->(b) RETURN r", "(match (pattern (node a) (rel -> r) (node b))) (return r)"},
  });
}

TEST(Parser, ReadsParametersWhereValuesGo) {
  expect_parses({
      {"MATCH (a {name: $who})-[r {year: $y}]->(b) WHERE b.name IN $names RETURN $x AS x SKIP $s LIMIT $n",
       "(match (pattern (node a {name: $who}) (rel -> r {year: $y}) (node b))) (where (in b.name $names)) "
       "(return (as $x x)) (skip $s) (limit $n)"},
      {"MATCH (a) RETURN [$a, -$b]", "(match (pattern (node a))) (return [$a, (- $b)])"},
  });
}

TEST(Parser, ReadsShortArrows) {
  expect_parses({
      {"MATCH (a)-->(b)<--(c)--(d) RETURN a",
       "(match (pattern (node a) (rel ->) (node b) (rel <-) (node c) (rel --) (node d))) (return a)"},
  });
}

// *2 prints as such only when it bounds both ends (query/ast_printer.h).
TEST(Parser, ReadsVariableLengthRanges) {
  expect_parses({
      {"MATCH (a)-[*]->(b) RETURN a", "(match (pattern (node a) (rel -> *) (node b))) (return a)"},
      {"MATCH (a)-[*2]->(b) RETURN a", "(match (pattern (node a) (rel -> *2) (node b))) (return a)"},
      {"MATCH (a)-[*..3]->(b) RETURN a", "(match (pattern (node a) (rel -> *..3) (node b))) (return a)"},
      {"MATCH (a)-[*2..]->(b) RETURN a", "(match (pattern (node a) (rel -> *2..) (node b))) (return a)"},
      {"MATCH (a)-[*0..4]->(b) RETURN a", "(match (pattern (node a) (rel -> *0..4) (node b))) (return a)"},
      {"MATCH (a)-[*2..2]->(b) RETURN a", "(match (pattern (node a) (rel -> *2..2) (node b))) (return a)"},
      {"MATCH (a)-[*..]->(b) RETURN a", "(match (pattern (node a) (rel -> *..) (node b))) (return a)"},
      {"MATCH (a)<-[r:A|B*1..3 {year: 2020}]-(b) RETURN a",
       "(match (pattern (node a) (rel <- r :A|B *1..3 {year: 2020}) (node b))) (return a)"},
  });
}

TEST(Parser, ReadsPathVariablesAndShortestPaths) {
  expect_parses({
      {"MATCH p = shortestPath((a)-[*..4]-(b)), q = allShortestPaths((a)-[*]-(c)) RETURN p",
       "(match (pattern p = shortest (node a) (rel -- *..4) (node b)) "
       "(pattern q = all-shortest (node a) (rel -- *) (node c))) (return p)"},
      {"MATCH p = (a)-->(b) RETURN p", "(match (pattern p = (node a) (rel ->) (node b))) (return p)"},
      {"MATCH SHORTESTPATH((a)-[*]-(b)) RETURN a",
       "(match (pattern shortest (node a) (rel -- *) (node b))) (return a)"},
  });
}

TEST(Parser, ReadsLabelAlternativesAndPropertyMaps) {
  expect_parses({
      {"MATCH (n:Country|Organization {name: 'EU', iso: \"X\"})-[r:A|B {year: -2020}]->(m) RETURN n",
       "(match (pattern (node n :Country|Organization {name: \"EU\", iso: \"X\"}) "
       "(rel -> r :A|B {year: (- 2020)}) (node m))) (return n)"},
      {"MATCH (n:A|:B) RETURN n", "(match (pattern (node n :A|B))) (return n)"},
      {"MATCH (n {}) RETURN n", "(match (pattern (node n))) (return n)"},
      {"MATCH (n {tags: ['a', 1, 2.5, true, false, null, [-1]]}) RETURN n",
       "(match (pattern (node n {tags: [\"a\", 1, 2.5, true, false, null, [(- 1)]]}))) (return n)"},
      {"MATCH (`my node`:`国家`) RETURN `my node`",
       "(match (pattern (node `my node` :国家))) (return `my node`)"},
  });
}

TEST(Parser, KeywordsAreCaseInsensitive) {
  const std::string printed =
      "(match (pattern (node n))) (where (starts-with n.name \"a\")) (return distinct (as n.name x)) "
      "(order-by (desc x)) (skip 1) (limit 2)";
  expect_parses({
      {"match (n) where n.name starts with 'a' return distinct n.name as x order by x desc skip 1 limit 2",
       printed},
      {"MATCH (n) WHERE n.name STARTS WITH 'a' RETURN DISTINCT n.name AS x ORDER BY x DESC SKIP 1 LIMIT 2",
       printed},
      {"Match (n) Where n.name Starts With 'a' Return Distinct n.name As x Order By x Descending Skip 1 "
       "Limit 2",
       printed},
  });
}

TEST(Parser, ReadsSortOrders) {
  expect_parses({
      {"MATCH (n) RETURN n.a, n.b ORDER BY n.a, n.b ASC, n.c ASCENDING, n.d DESC",
       "(match (pattern (node n))) (return n.a n.b) (order-by n.a n.b n.c (desc n.d))"},
      {"MATCH (n) RETURN n LIMIT 5", "(match (pattern (node n))) (return n) (limit 5)"},
      {"MATCH (n) RETURN n SKIP 0", "(match (pattern (node n))) (return n) (skip 0)"},
  });
}

TEST(Parser, OperatorPrecedenceNotAndOr) {
  expect_parses({
      {"MATCH (n) WHERE NOT n.a = 1 AND n.b = 2 OR n.c IS NOT NULL RETURN n",
       "(match (pattern (node n))) (where (or (and (not (= n.a 1)) (= n.b 2)) (is-not-null n.c))) (return "
       "n)"},
      {"MATCH (n) WHERE a OR b XOR c AND d RETURN n",
       "(match (pattern (node n))) (where (or a (xor b (and c d)))) (return n)"},
      {"MATCH (n) WHERE a AND b AND c RETURN n",
       "(match (pattern (node n))) (where (and (and a b) c)) (return n)"},
      {"MATCH (n) WHERE (a OR b) AND c RETURN n",
       "(match (pattern (node n))) (where (and (or a b) c)) (return n)"},
      {"MATCH (n) WHERE NOT NOT n.a IS NULL RETURN n",
       "(match (pattern (node n))) (where (not (not (is-null n.a)))) (return n)"},
      {"MATCH (n) WHERE -n.x < --1 RETURN n",
       "(match (pattern (node n))) (where (< (- n.x) (- (- 1)))) (return n)"},
  });
}

TEST(Parser, LongChainsOfAndOrXorAreBalancedNotNested) {
  expect_parses({
      {"MATCH (n) WHERE a OR b OR c OR d RETURN n",
       "(match (pattern (node n))) (where (or (or a b) (or c d))) (return n)"},
      {"MATCH (n) WHERE a XOR b XOR c XOR d XOR e RETURN n",
       "(match (pattern (node n))) (where (xor (xor (xor a b) c) (xor d e))) (return n)"},
  });
  // 200 flat terms were "the expression nests too deeply"; 100,000 are not.
  std::string query = "MATCH (n) WHERE n.a = 0";
  for (int i = 1; i < 100'000; ++i) query += (i % 2 ? " OR n.a = " : " AND n.a = ") + std::to_string(i);
  EXPECT_NO_THROW(parse(query + " RETURN n"));
}

TEST(Parser, NestingPastTheLimitSaysWhichLimit) {
  try {
    parse("MATCH (n) RETURN " + std::string(201, '(') + "1" + std::string(201, ')'));
    FAIL() << "no error";
  } catch (const QueryError& error) {
    EXPECT_EQ(
        error.message(),
        "the expression nests too deeply (more than 200 levels of parentheses, lists, NOTs or operators)");
  }
}

TEST(Parser, ReadsEveryComparison) {
  expect_parses({
      {"MATCH (n) WHERE n.a = 1 RETURN n", "(match (pattern (node n))) (where (= n.a 1)) (return n)"},
      {"MATCH (n) WHERE n.a <> 1 RETURN n", "(match (pattern (node n))) (where (<> n.a 1)) (return n)"},
      {"MATCH (n) WHERE n.a < 1 RETURN n", "(match (pattern (node n))) (where (< n.a 1)) (return n)"},
      {"MATCH (n) WHERE n.a <= 1 RETURN n", "(match (pattern (node n))) (where (<= n.a 1)) (return n)"},
      {"MATCH (n) WHERE n.a > 1 RETURN n", "(match (pattern (node n))) (where (> n.a 1)) (return n)"},
      {"MATCH (n) WHERE n.a >= 1.5 RETURN n", "(match (pattern (node n))) (where (>= n.a 1.5)) (return n)"},
      {"MATCH (n) WHERE n.a IS NULL RETURN n", "(match (pattern (node n))) (where (is-null n.a)) (return n)"},
  });
}

TEST(Parser, ColumnTextIsTheExpressionAsWritten) {
  const Statement query =
      parse("MATCH (n) RETURN n.name, count( DISTINCT n ), coalesce(n.iso, 'none') AS iso");
  EXPECT_EQ(
      print_ast(query),
      "(match (pattern (node n))) (return n.name count(distinct n) (as coalesce(n.iso, \"none\") iso))");
  std::vector<std::string> texts;
  for (const ReturnItem& item : query.queries[0].clauses[1].projection.items) texts.push_back(item.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"n.name", "count( DISTINCT n )", "coalesce(n.iso, 'none')"}));
}

TEST(Parser, ReadsFunctionCalls) {
  expect_parses({
      {"MATCH (n) RETURN count(*)", "(match (pattern (node n))) (return count(*))"},
      {"MATCH (n) RETURN COUNT(*)", "(match (pattern (node n))) (return COUNT(*))"},
      {"MATCH (n) RETURN count(n), collect(DISTINCT n.name)",
       "(match (pattern (node n))) (return count(n) collect(distinct n.name))"},
      {"MATCH ()-[r]->() RETURN startNode(r).name, type(r)",
       "(match (pattern (node) (rel -> r) (node))) (return startNode(r).name type(r))"},
  });
}

TEST(Parser, InListAndStringOperators) {
  expect_parses({
      {"MATCH (n) WHERE n.iso IN ['CN', 'US'] AND n.name CONTAINS '国' AND n.name ENDS WITH 'x' RETURN n",
       "(match (pattern (node n))) (where (and (and (in n.iso [\"CN\", \"US\"]) (contains n.name \"国\")) "
       "(ends-with n.name \"x\"))) (return n)"},
      {"MATCH (n) WHERE n.a IN [] RETURN n", "(match (pattern (node n))) (where (in n.a [])) (return n)"},
  });
}

TEST(Parser, AcceptsATrailingSemicolon) {
  expect_parses({{"MATCH (n) RETURN n;", "(match (pattern (node n))) (return n)"}});
  EXPECT_THROW(parse("MATCH (n) RETURN n;;"), QueryError);
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  std::string deep =
      "MATCH (n) WHERE " + std::string(100000, '(') + "1" + std::string(100000, ')') + " RETURN n";
  EXPECT_THROW(parse(deep), QueryError);
  std::string nots = "MATCH (n) WHERE ";
  for (int i = 0; i < 100000; ++i) nots += "NOT ";
  EXPECT_THROW(parse(nots + "true RETURN n"), QueryError);
}

TEST(Parser, ArithmeticHasCypherPrecedence) {
  expect_parses({
      {"MATCH (a) RETURN 1 + 2 * 3", "(match (pattern (node a))) (return (+ 1 (* 2 3)))"},
      {"MATCH (a) RETURN 1 - 2 - 3", "(match (pattern (node a))) (return (- (- 1 2) 3))"},
      {"MATCH (a) RETURN 2 * 3 ^ 2 % 4", "(match (pattern (node a))) (return (% (* 2 (^ 3 2)) 4))"},
      {"MATCH (a) RETURN 2 ^ 3 ^ 2", "(match (pattern (node a))) (return (^ (^ 2 3) 2))"},
      {"MATCH (a) RETURN -a.x ^ 2", "(match (pattern (node a))) (return (^ (- a.x) 2))"},
      {"MATCH (a) RETURN 8 / 2 / 2", "(match (pattern (node a))) (return (/ (/ 8 2) 2))"},
      {"MATCH (a) RETURN +1", "(match (pattern (node a))) (return 1)"},
      {"MATCH (a) WHERE a.x + 1 > 2 * a.y AND a.n =~ 'x.*' RETURN a",
       "(match (pattern (node a))) (where (and (> (+ a.x 1) (* 2 a.y)) (=~ a.n \"x.*\"))) (return a)"},
      {"MATCH (a) WHERE a.x + 1 IN [2] RETURN a",
       "(match (pattern (node a))) (where (in (+ a.x 1) [2])) (return a)"},
      {"MATCH (a) RETURN 'a' + 'b' STARTS WITH 'a'",
       "(match (pattern (node a))) (return (starts-with (+ \"a\" \"b\") \"a\"))"},
  });
}

TEST(Parser, ReadsCaseSubscriptsLabelsAndMaps) {
  expect_parses({
      {"MATCH (a) RETURN CASE a.x WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END",
       "(match (pattern (node a))) (return (case a.x (when 1 \"one\") (when 2 \"two\") (else \"many\")))"},
      {"MATCH (a) RETURN CASE WHEN a.x > 1 THEN 1 END",
       "(match (pattern (node a))) (return (case (when (> a.x 1) 1)))"},
      {"MATCH (a) RETURN a.l[0], a.l[-1][2], a.l[1..2], a.l[..2], a.l[1..]",
       "(match (pattern (node a))) (return (index a.l 0) (index (index a.l (- 1)) 2) (slice a.l 1 2) "
       "(slice a.l _ 2) (slice a.l 1 _))"},
      {"MATCH (a) WHERE a:Country OR a:A|B RETURN a",
       "(match (pattern (node a))) (where (or (has-label a :Country) (has-label a :A|B))) (return a)"},
      {"MATCH (a) RETURN {b: 1, a: [a.x], c: {d: null}}.a",
       "(match (pattern (node a))) (return {a: [a.x], b: 1, c: {d: null}}.a)"},
      {"MATCH (a) RETURN {}", "(match (pattern (node a))) (return {})"},
      {"MATCH (a) RETURN a['name']", "(match (pattern (node a))) (return (index a \"name\"))"},
  });
}

TEST(Parser, NewSyntaxErrors) {
  for (const char* query : {"MATCH (a) RETURN CASE END", "MATCH (a) RETURN CASE WHEN 1 THEN 2",
                            "MATCH (a) RETURN CASE WHEN 1 2 END", "MATCH (a) RETURN a.l[1",
                            "MATCH (a) RETURN {a 1}", "MATCH (a) RETURN {a: 1, a: 2}", "MATCH (a) RETURN 1 +",
                            "MATCH (a) RETURN a =~ 'x' =~ 'y'", "MATCH (a) RETURN when"}) {
    EXPECT_THROW(parse(query), QueryError) << query;
  }
}

}  // namespace
}  // namespace kg::query
