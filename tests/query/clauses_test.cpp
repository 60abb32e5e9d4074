// The clause pipeline end to end on the governance fixture: several MATCH
// clauses, OPTIONAL MATCH, WITH, UNWIND, UNION, RETURN *, EXISTS { },
// pattern predicates, list comprehensions and quantifiers.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>

#include "query/ast_printer.h"
#include "query/parser.h"
#include "tests/query/fixture.h"

namespace kg::query {
namespace {

using ::testing::ElementsAre;
using testing::engine;
using testing::rows;

TEST(Clauses, SeveralMatchClausesJoinOnTheirSharedVariables) {
  EXPECT_THAT(rows("MATCH (a:Country)-[:PROPOSED]->(i) MATCH (i)<-[:SUPPORTS]-(s) "
                   "RETURN a.name, i.name, s.name ORDER BY i.name, s.name"),
              ElementsAre("中国 | 全球人工智能治理倡议 | 金砖国家", "中国 | 全球数据安全倡议 | 上海合作组织",
                          "中国 | 全球数据安全倡议 | 俄罗斯"));
  // Each MATCH has its own WHERE, and relationships may repeat across clauses.
  EXPECT_THAT(rows("MATCH (a:Country {name: '中国'})-[:PROPOSED]->(i) WHERE i.name STARTS WITH '全球' "
                   "MATCH (a)-[:PROPOSED]->(j) WHERE j.name = i.name RETURN count(*)"),
              ElementsAre("2"));
}

TEST(Clauses, OptionalMatchKeepsTheRowWithNulls) {
  EXPECT_THAT(
      rows("MATCH (i:Initiative) OPTIONAL MATCH (i)<-[:PROPOSED]-(p) RETURN i.name, p.name ORDER BY i.name"),
      ElementsAre("人工智能法案 | 欧盟", "全球人工智能治理倡议 | 中国", "全球数字契约 | null",
                  "全球数据安全倡议 | 中国", "数字丝绸之路 | 中国", "网络犯罪公约 | null"));
  // Its WHERE belongs to the match: a row that fails it keeps its nulls.
  EXPECT_THAT(rows("MATCH (i:Initiative {name: '全球数据安全倡议'}) OPTIONAL MATCH (i)<-[:SUPPORTS]-(s) "
                   "WHERE s.name = 'nobody' RETURN i.name, s"),
              ElementsAre("全球数据安全倡议 | null"));
  // A MATCH from a null binds nothing.
  EXPECT_TRUE(rows("MATCH (i:Initiative {name: '全球数字契约'}) OPTIONAL MATCH (i)<-[:PROPOSED]-(p) "
                   "MATCH (p)-->(x) RETURN x")
                  .empty());
}

TEST(Clauses, InitiativesWithNoKnownProposerTwoWays) {
  const auto expected = ElementsAre("全球数字契约", "网络犯罪公约");
  EXPECT_THAT(rows("MATCH (i:Initiative) OPTIONAL MATCH (i)<-[:PROPOSED]-(p) WITH i, p WHERE p IS NULL "
                   "RETURN i.name ORDER BY i.name"),
              expected);
  EXPECT_THAT(rows("MATCH (i:Initiative) WHERE NOT (i)<-[:PROPOSED]-() RETURN i.name ORDER BY i.name"),
              expected);
  EXPECT_THAT(rows("MATCH (i:Initiative) WHERE NOT EXISTS { MATCH (i)<-[:PROPOSED]-() } RETURN i.name "
                   "ORDER BY i.name"),
              expected);
}

TEST(Clauses, WithAggregatesThenFilters) {
  // Actors that proposed more than two initiatives.
  EXPECT_THAT(rows("MATCH (a)-[:PROPOSED]->(i) WITH a, count(i) AS n WHERE n > 2 RETURN a.name, n"),
              ElementsAre("中国 | 3"));
  EXPECT_THAT(
      rows("MATCH (a)-[:PROPOSED]->(i) WITH a, count(i) AS n WHERE n >= 1 RETURN a.name, n ORDER BY a.name"),
      ElementsAre("中国 | 3", "欧盟 | 1"));
  // WITH DISTINCT, and WITH * carrying everything.
  EXPECT_THAT(rows("MATCH (a)-[:PROPOSED]->() WITH DISTINCT a RETURN a.name ORDER BY a.name"),
              ElementsAre("中国", "欧盟"));
  EXPECT_THAT(rows("MATCH (a:Country {name: '中国'})-[r:PROPOSED]->(i) WITH *, r.year AS y WHERE y < 2020 "
                   "RETURN a.name, i.name, y"),
              ElementsAre("中国 | 数字丝绸之路 | 2015"));
}

TEST(Clauses, WithOrderByLimitThenMatchStartsFromTheKeptNodes) {
  EXPECT_THAT(rows("MATCH (a:Country)-[r]-() WITH a, count(r) AS degree ORDER BY degree DESC, a.name LIMIT 2 "
                   "MATCH (a)-[:MEMBER_OF]->(o) RETURN a.name, degree, o.name ORDER BY a.name, o.name"),
              ElementsAre("中国 | 10 | 上海合作组织", "中国 | 10 | 联合国", "中国 | 10 | 金砖国家",
                          "俄罗斯 | 6 | 上海合作组织", "俄罗斯 | 6 | 联合国", "俄罗斯 | 6 | 金砖国家"));
  // Only two rows reach the second MATCH: it seeks from them, it does not scan.
  Options options;
  options.max_steps = 400;
  EXPECT_THAT(rows("MATCH (a:Country) WITH a ORDER BY a.name LIMIT 1 MATCH (a)-[:MEMBER_OF]->(o) "
                   "RETURN o.name ORDER BY o.name",
                   options),
              ElementsAre("上海合作组织", "联合国", "金砖国家"));
}

TEST(Clauses, UnwindGivesARowPerItem) {
  EXPECT_THAT(rows("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x"), ElementsAre("1", "2", "3"));
  // null gives no rows; a value that is not a list gives one.
  EXPECT_TRUE(rows("UNWIND null AS x RETURN x").empty());
  EXPECT_THAT(rows("UNWIND 5 AS x RETURN x"), ElementsAre("5"));
  EXPECT_THAT(
      rows("UNWIND ['中国', 'Russia'] AS name MATCH (c:Country) WHERE c.name = name OR name IN c.aliases "
           "RETURN name, c.iso"),
      ElementsAre("中国 | CN", "Russia | RU"));
  EXPECT_THAT(rows("MATCH (c:Country {name: '中国'})-[:PROPOSED]->(i) WITH collect(i) AS initiatives "
                   "UNWIND initiatives AS i MATCH (i)<-[:SUPPORTS]-(s) RETURN s.name ORDER BY s.name"),
              ElementsAre("上海合作组织", "俄罗斯", "金砖国家"));
}

TEST(Clauses, PatternPropertiesTakeVariablesBoundBefore) {
  // {name: n} with n from UNWIND is exact, as a literal is, and seeks by name.
  Options options;
  options.max_steps = 200;
  EXPECT_THAT(
      rows("UNWIND ['中国', '我国', '俄罗斯', 'nowhere'] AS n MATCH (c:Country {name: n}) RETURN n, c.iso",
           options),
      ElementsAre("中国 | CN", "俄罗斯 | RU"));
  EXPECT_THAT(rows("MATCH (a:Country {name: '中国'})-[r:PROPOSED]->(i) WITH r.year AS y "
                   "MATCH (b)-[s:PROPOSED {year: y}]->(j) RETURN y, b.name, j.name ORDER BY y"),
              ElementsAre("2015 | 中国 | 数字丝绸之路", "2020 | 中国 | 全球数据安全倡议",
                          "2023 | 中国 | 全球人工智能治理倡议"));
  EXPECT_THAT(rows("MATCH (a:Country {name: '中国'}) MATCH (b:Country {iso: a.iso}) RETURN b.name"),
              ElementsAre("中国"));
  // In a subquery, the outer row's variables are bound before it.
  EXPECT_THAT(rows("UNWIND ['俄罗斯', '美国', '巴西'] AS n MATCH (c:Country {name: '中国'}) "
                   "WHERE (c)-[:COOPERATES_WITH]-(:Country {name: n}) RETURN n"),
              ElementsAre("俄罗斯", "巴西"));
}

TEST(Clauses, UnionRemovesDuplicatesUnionAllKeepsThem) {
  EXPECT_THAT(rows("MATCH (c:Country {name: '中国'}) RETURN c.name AS name "
                   "UNION MATCH (c)-[:PROPOSED]->() RETURN c.name AS name"),
              ElementsAre("中国", "欧盟"));
  EXPECT_THAT(rows("MATCH (c:Country)-[:PROPOSED]->() RETURN c.name AS name "
                   "UNION ALL MATCH (c:Country {name: '中国'}) RETURN c.name AS name"),
              ElementsAre("中国", "中国", "中国", "中国"));
  Options options;
  options.max_rows = 2;
  EXPECT_THAT(rows("UNWIND [1, 1, 2] AS x RETURN x UNION UNWIND [2, 3] AS x RETURN x", options),
              ElementsAre("1", "2"));
  EXPECT_EQ(engine().run("RETURN 1 AS a UNION RETURN 2 AS a").columns, std::vector<std::string>{"a"});
}

TEST(Clauses, ReturnStarReturnsTheVariablesByName) {
  Result result = engine().run("MATCH (c:Country {name: '中国'})-[r:PROPOSED]->(i) RETURN * ORDER BY i.name");
  EXPECT_EQ(result.columns, (std::vector<std::string>{"c", "i", "r"}));
  EXPECT_THAT(
      rows("MATCH (c:Country {name: '中国'})-[r:PROPOSED]->(i) RETURN * ORDER BY i.name"),
      ElementsAre("中国 | 全球人工智能治理倡议 | PROPOSED(2023)",
                  "中国 | 全球数据安全倡议 | PROPOSED(2020, 2021)", "中国 | 数字丝绸之路 | PROPOSED(2015)"));
}

TEST(Clauses, ExistsIsACorrelatedSubquery) {
  EXPECT_THAT(
      rows("MATCH (a:Country) WHERE EXISTS { MATCH (a)-[:PROPOSED]->(i) WHERE i.name CONTAINS '人工智能' } "
           "RETURN a.name"),
      ElementsAre("中国"));
  EXPECT_THAT(rows("MATCH (a:Country) WHERE EXISTS { (a)-[:MEMBER_OF]->(:Organization {name: '金砖国家'}) } "
                   "RETURN a.name ORDER BY a.name"),
              ElementsAre("中国", "俄罗斯", "南非", "印度", "巴西"));
  EXPECT_THAT(rows("MATCH (a:Country) WHERE (a)-[:PROPOSED]->(:Initiative) RETURN a.name"),
              ElementsAre("中国"));
  // As a value, and with its own variables out of scope after it.
  EXPECT_THAT(rows("MATCH (a:Country {name: '美国'}) RETURN exists((a)-[:PROPOSED]->()) AS proposes"),
              ElementsAre("false"));
  // Inside an aggregate it is tested per row.
  EXPECT_THAT(rows("MATCH (a:Country) RETURN count(DISTINCT exists((a)-[:PROPOSED]->())) AS kinds"),
              ElementsAre("2"));
}

TEST(Clauses, EntitiesWithNoRelations) {
  EXPECT_THAT(rows("MATCH (n) WHERE NOT (n)--() RETURN n.name"), ElementsAre("亚太", "2021"));
}

TEST(Clauses, ListComprehensionsFilterAndMap) {
  EXPECT_THAT(rows("RETURN [x IN [1, 2, 3, 4] WHERE x > 2] AS a, [x IN [1, 2] | [x]] AS b, [x IN null] AS c"),
              ElementsAre("[3,4] | [[1],[2]] | null"));
  EXPECT_THAT(rows("MATCH (c:Country {name: '中国'})-[:PROPOSED]->(i) WITH collect(i) AS initiatives "
                   "RETURN [i IN initiatives WHERE i.name STARTS WITH '全球' | i.name] AS names"),
              ElementsAre("[全球人工智能治理倡议,全球数据安全倡议]"));
  // After aggregation, over the aggregate.
  EXPECT_THAT(
      rows("MATCH (c:Country {name: '中国'})-[r:PROPOSED]->() RETURN [y IN collect(r.year) WHERE y > 2016]"),
      ElementsAre("[2023,2020]"));
}

TEST(Clauses, QuantifiersWithThreeValuedLogic) {
  EXPECT_THAT(rows("MATCH (c:Country {name: '中国'})-[r:PROPOSED]->(i) WITH collect(r.year) AS years "
                   "RETURN any(y IN years WHERE y > 2022), all(y IN years WHERE y > 2010), "
                   "none(y IN years WHERE y > 2030), single(y IN years WHERE y = 2015), single(y IN years "
                   "WHERE y > 2016)"),
              ElementsAre("true | true | true | true | false"));
  EXPECT_THAT(rows("RETURN any(x IN [null, 1] WHERE x = 2), any(x IN [null, 1] WHERE x = 1), all(x IN [] "
                   "WHERE x = 1)"),
              ElementsAre("null | true | true"));
  EXPECT_THAT(rows("MATCH (c:Country) WHERE any(a IN c.aliases WHERE a = 'Russia') RETURN c.name"),
              ElementsAre("俄罗斯"));
}

TEST(Clauses, BudgetsCoverTheWholePipeline) {
  Options options;
  options.max_steps = 50;
  EXPECT_THROW(engine().run("MATCH (a) MATCH (b) RETURN count(*)", options), QueryError);
  EXPECT_THROW(
      engine().run("UNWIND [x IN [1,2,3,4,5,6,7,8,9,10] | x] AS a UNWIND [1,2,3,4,5,6,7,8,9,10] AS b "
                   "RETURN count(*)",
                   options),
      QueryError);
  std::atomic<bool> cancel{true};
  Options cancelled;
  cancelled.cancel = &cancel;
  EXPECT_THROW(engine().run("UNWIND [1, 2] AS x RETURN x", cancelled), Cancelled);
  EXPECT_THROW(engine().run("MATCH (a:Country {name: '中国'}) WITH a MATCH (a)-->(b) RETURN b", cancelled),
               Cancelled);
  EXPECT_THROW(engine().run("RETURN [x IN [1, 2] | x]", cancelled), Cancelled);
  Options memory;
  memory.max_memory_bytes = 10'000;
  EXPECT_THROW(engine().run("MATCH (a), (b) WITH a, b ORDER BY a.name RETURN count(*)", memory), QueryError);
}

TEST(ClauseParser, ReadsEveryClauseShape) {
  const std::pair<const char*, const char*> cases[] = {
      {"MATCH (a) MATCH (b) RETURN a", "(match (pattern (node a))) (match (pattern (node b))) (return a)"},
      {"MATCH (a) OPTIONAL MATCH (a)-->(b) WHERE b.x = 1 RETURN b",
       "(match (pattern (node a))) (optional-match (pattern (node a) (rel ->) (node b))) (where (= b.x 1)) "
       "(return b)"},
      {"UNWIND [1, 2] AS x RETURN x", "(unwind [1, 2] x) (return x)"},
      {"MATCH (a) WITH DISTINCT a.name AS n ORDER BY n SKIP 1 LIMIT 2 WHERE n <> 'x' RETURN n",
       "(match (pattern (node a))) (with distinct (as a.name n)) (order-by n) (skip 1) (limit 2) "
       "(where (<> n \"x\")) (return n)"},
      {"MATCH (a) WITH * RETURN *", "(match (pattern (node a))) (with *) (return *)"},
      {"MATCH (a) WITH *, 1 AS one RETURN *, one",
       "(match (pattern (node a))) (with * (as 1 one)) (return * one)"},
      {"RETURN 1 AS a UNION RETURN 2 AS a", "(return (as 1 a)) union (return (as 2 a))"},
      {"RETURN 1 AS a UNION ALL RETURN 2 AS a;", "(return (as 1 a)) union-all (return (as 2 a))"},
      {"MATCH (a) WHERE NOT (a)-[:SIGNED]->() RETURN a",
       "(match (pattern (node a))) (where (not (pattern-predicate (pattern (node a) (rel -> :SIGNED) "
       "(node))))) "
       "(return a)"},
      {"MATCH (a) WHERE (a) = (a) RETURN a", "(match (pattern (node a))) (where (= a a)) (return a)"},
      {"MATCH (a) WHERE EXISTS { MATCH (a)-->(b), (b)-->(c) WHERE c.x = 1 } RETURN a",
       "(match (pattern (node a))) (where (exists (pattern (node a) (rel ->) (node b)) (pattern (node b) "
       "(rel ->) "
       "(node c)) (where (= c.x 1)))) (return a)"},
      {"MATCH (a) WHERE exists { (a)--() } RETURN a",
       "(match (pattern (node a))) (where (exists (pattern (node a) (rel --) (node)))) (return a)"},
      {"RETURN [x IN [1] WHERE x > 0 | x.y], [x IN l], [x IN l | x]",
       "(return (list-comprehension x [1] (where (> x 0)) (map x.y)) (list-comprehension x l) "
       "(list-comprehension x l (map x)))"},
      {"RETURN any(x IN l WHERE x), all(x IN l WHERE x), none(x IN l WHERE x), single(x IN l WHERE x)",
       "(return (any x l x) (all x l x) (none x l x) (single x l x))"},
      {"RETURN [x IN l]", "(return (list-comprehension x l))"},
      {"RETURN [x, y]", "(return [x, y])"},
  };
  for (const auto& [query, printed] : cases) EXPECT_EQ(print_ast(parse(query)), printed) << query;
}

}  // namespace
}  // namespace kg::query
