// Error messages for malformed queries: the position, the wording and the
// caret, as users see them.
#include <gtest/gtest.h>

#include "tests/query/fixture.h"

namespace kg::query {
namespace {

struct Case {
  const char* query;
  std::size_t line;
  std::size_t column;
  const char* message;
};

class QueryErrors : public ::testing::TestWithParam<Case> {};

TEST_P(QueryErrors, SayWhatAndWhere) {
  const Case& c = GetParam();
  try {
    testing::engine().run(c.query);
    FAIL() << "no error for: " << c.query;
  } catch (const QueryError& error) {
    EXPECT_EQ(error.message(), c.message) << c.query;
    EXPECT_EQ(error.line(), c.line) << c.query;
    EXPECT_EQ(error.column(), c.column) << c.query;
    // The report is position, message, the query line, and a caret under the column.
    std::string what = error.what();
    std::string head = std::to_string(c.line) + ":" + std::to_string(c.column) + ": " + c.message + "\n  ";
    EXPECT_EQ(what.substr(0, head.size()), head);
    EXPECT_EQ(what.substr(what.size() - 1), "^");
  }
}

const Case kCases[] = {
    // Syntax.
    {"MATCH (c:Country RETURN c", 1, 18, "expected `)` to close the node pattern, found `RETURN`"},
    {"MATCH (c) RETURN", 1, 17,
     "expected a value (a literal, a parameter, a variable, a property or a function call), found the end of "
     "the query"},
    {"MATCH (c)-[r:PROPOSED->(i) RETURN c", 1, 22,
     "expected `]` to close the relationship pattern, found `-`"},
    {"MATCH (c)<-[r]->(i) RETURN c", 1, 10,
     "a relationship points one way: write <-[]- or -[]->, or -[]- for either"},
    {"MATCH (c) WHERE c.name = 'x RETURN c", 1, 26, "unterminated string: no closing '"},
    {"MATCH (c) RETURN c LIMIT -1", 1, 26, "expected a whole number after `LIMIT`, found `-`"},
    {"MATCH (c) RETURN c ORDER c.name", 1, 26, "expected `BY` after `ORDER`, found `c`"},
    // Writes and clauses kg does not have.
    {"CREATE (c:Country {name: 'x'})", 1, 1, "kg queries only read the graph: CREATE is not supported"},
    {"MERGE (a)", 1, 1, "kg queries only read the graph: MERGE is not supported"},
    {"MATCH (a) SET a.name = 'x' RETURN a", 1, 11, "kg queries only read the graph: SET is not supported"},
    {"MATCH (a) DETACH DELETE a", 1, 11, "kg queries only read the graph: DETACH is not supported"},
    {"MATCH (a) DELETE a", 1, 11, "kg queries only read the graph: DELETE is not supported"},
    {"MATCH (a) REMOVE a.x", 1, 11, "kg queries only read the graph: REMOVE is not supported"},
    {"CALL { MATCH (a) RETURN a } RETURN a", 1, 1, "CALL { } is not supported"},
    {"CALL db.labels()", 1, 1, "CALL is not supported"},
    {"MATCH (a) FOREACH (x IN [1] | SET a.x = 1) RETURN a", 1, 11, "FOREACH is not supported"},
    {"LOAD CSV FROM 'x' AS row RETURN row", 1, 1, "LOAD CSV is not supported"},
    {"MATCH (a) WHERE EXISTS { MATCH (a)-->(b) RETURN b } RETURN a", 1, 42,
     "EXISTS { } takes one MATCH with patterns and a WHERE; `RETURN` in it is not supported"},
    {"MATCH (a) RETURN a UNION ALL MATCH (a) RETURN a UNION MATCH (a) RETURN a", 1, 49,
     "mixing UNION and UNION ALL is not supported: use one of them throughout"},
    {"MATCH (a)", 1, 10,
     "expected `RETURN` or another clause (`MATCH`, `OPTIONAL MATCH`, `UNWIND`, `WITH`), found the end of "
     "the "
     "query"},
    {"MATCH (c) WHERE 1 < 2 < 3 RETURN c", 1, 23, "comparisons do not chain: write `a < b AND b < c`"},
    {"MATCH (c:Country:Organization) RETURN c", 1, 17,
     "a node has one label: write `:A|B` for either, not `:A:B`"},
    {"MATCH (c) RETURN c\n  LIMIT 2 3", 2, 11, "expected the end of the query, found `3`"},
    {"MATCH (match) RETURN 1", 1, 8,
     "`match` is a keyword and cannot be a variable; write it in backticks: `match`"},
    {"MATCH (c {name: “中国”}) RETURN c", 1, 17, "unexpected `“`: quote strings with ASCII \" or '"},
    // Names.
    {"MATCH (c:Contry) RETURN c", 1, 10, "unknown label `Contry`; did you mean `Country`?"},
    {"MATCH (c:country) RETURN c", 1, 10, "unknown label `country`; did you mean `Country`?"},
    {"MATCH (c)-[:PROPOSE]->(i) RETURN c", 1, 13,
     "unknown relationship type `PROPOSE`; did you mean `PROPOSED`?"},
    {"MATCH (c)-[:member_of]->(i) RETURN c", 1, 13,
     "unknown relationship type `member_of`; did you mean `MEMBER_OF`?"},
    {"MATCH (c:Country) RETURN d.name", 1, 26, "unknown variable `d`: bind it in the MATCH pattern"},
    {"MATCH (country:Country) RETURN countr.name", 1, 32,
     "unknown variable `countr`; did you mean `country`?"},
    {"MATCH (c:Country) RETURN c.nmae", 1, 28, "unknown node property `nmae`; did you mean `name`?"},
    {"MATCH (c)-[r]->(i) RETURN r.yaer", 1, 29, "unknown relationship property `yaer`; did you mean `year`?"},
    {"MATCH (c:Country) RETURN c.years", 1, 28, "unknown node property `years`; did you mean `year`?"},
    {"MATCH (c) RETURN lenght(c)", 1, 18, "unknown function `lenght`; did you mean `length`?"},
    {"MATCH (c)-[r]->(d), (d)-[c]->(e) RETURN c", 1, 26, "`c` is a node (at 1:8), not a relationship"},
    {"MATCH (c)-[r*1..3]->(d) RETURN r.year", 1, 34,
     "`r` is a list of relationships (a variable-length pattern) and has no properties of its own"},
    {"MATCH p = (c)-->(d) RETURN p.name", 1, 30,
     "a path has no properties; take them from nodes(p) or relationships(p)"},
    {"MATCH (c) RETURN type(c)", 1, 23,
     "`type`() takes a relationship, as in type(r) for (a)-[r]->(b), not a node"},
    {"MATCH (c) RETURN coalesce()", 1, 18, "`coalesce` takes at least 1 argument, not 0"},
    // Expressions: operators, CASE, subscripts, maps, functions.
    {"MATCH (c) RETURN c.name * 2", 1, 25, "`*` takes numbers, not a string and a number"},
    {"MATCH (c) RETURN 1 / 0", 1, 20,
     "division by zero: integers have no infinity (a float, as in 1.0 / 0, gives Infinity)"},
    {"MATCH (c) WHERE c.name =~ 'a(' RETURN c", 1, 27,
     "invalid regular expression: mismatched paren (at character 3 of the pattern)"},
    {"MATCH (c) RETURN CASE c.name THEN 1 END", 1, 30, "expected `WHEN` in CASE, found `THEN`"},
    {"MATCH (c) RETURN CASE WHEN true THEN 1", 1, 39,
     "expected `END` to close CASE, found the end of the query"},
    {"MATCH (c) RETURN c.aliases[0", 1, 29,
     "expected `]` to close the subscript, found the end of the query"},
    {"MATCH (c) RETURN {a: 1, a: 2}", 1, 25, "the key `a` is in the map twice"},
    {"MATCH (c) RETURN toUpper(c.mentions)", 1, 26, "`toUpper`() takes a string, not a number"},
    {"MATCH (c) RETURN left('abc')", 1, 18, "`left` takes 2 arguments, not 1"},
    {"MATCH (c) WHERE c:Contry RETURN c", 1, 19, "unknown label `Contry`; did you mean `Country`?"},
    {"MATCH (c) RETURN when", 1, 18, "expected a value, found the keyword `when`"},
    {"MATCH (c) RETURN c.name || 'x'", 1, 25,
     "`||` is not supported: concatenate strings and lists with `+`"},
    // Aggregation.
    {"MATCH (c) WHERE count(*) > 1 RETURN c", 1, 17,
     "aggregate functions such as `count` cannot be used in WHERE; aggregate in RETURN"},
    {"MATCH (c) RETURN c.name + count(*)", 1, 18,
     "`c` is used outside the aggregate in an item that aggregates; return it as a separate column to group "
     "by it"},
    {"MATCH (c) RETURN coalesce(c.name, count(*))", 1, 27,
     "`c` is used outside the aggregate in an item that aggregates; return it as a separate column to group "
     "by it"},
    {"MATCH (c) RETURN count(collect(c))", 1, 24, "an aggregate cannot be inside another aggregate"},
    {"MATCH (c) RETURN c.name, count(*) ORDER BY c.iso", 1, 44,
     "`c` is not a RETURN column: after aggregation, ORDER BY can use only what RETURN returns"},
    {"MATCH (c) RETURN DISTINCT c.name ORDER BY c.iso", 1, 43,
     "`c` is not a RETURN column: after RETURN DISTINCT, ORDER BY can use only what RETURN returns"},
    {"MATCH (c) RETURN min(DISTINCT c.name)", 1, 18,
     "DISTINCT is allowed only in count(), collect(), sum() and avg()"},
    {"MATCH (c) RETURN c.name, c.name", 1, 26, "two RETURN columns are named `c.name`; name one with AS"},
    // Clauses: scope after WITH, UNION columns, aggregation in WITH.
    {"MATCH (a) WITH a.name AS name RETURN a", 1, 38,
     "variable `a` is not defined: it was not carried by the WITH at 1:11"},
    {"MATCH (a)-->(b) WITH a\nMATCH (a)-->(c) WHERE c.name = b.name RETURN c", 2, 32,
     "variable `b` is not defined: it was not carried by the WITH at 1:17"},
    {"MATCH (a) WITH a.name RETURN a", 1, 16, "WITH needs a name for `a.name`: add AS name"},
    {"MATCH (c) RETURN c UNION MATCH (d) RETURN d", 1, 20,
     "the queries of a UNION must return the same columns, in the same order: c before it, d after"},
    {"MATCH (a) WITH count(*) AS n WHERE count(*) > 1 RETURN n", 1, 36,
     "aggregate functions such as `count` cannot be used in WHERE; aggregate in RETURN"},
    {"MATCH (a) WITH a.name AS n, count(*) AS c ORDER BY a.iso RETURN n", 1, 52,
     "`a` is not a WITH column: after aggregation, ORDER BY can use only what WITH carries"},
    {"MATCH (a) WITH DISTINCT a.name AS n ORDER BY a.iso RETURN n", 1, 46,
     "`a` is not a WITH column: after WITH DISTINCT, ORDER BY can use only what WITH carries"},
    {"MATCH (a) WITH coalesce(a.name, count(*)) AS x RETURN x", 1, 25,
     "`a` is used outside the aggregate in an item that aggregates; return it as a separate column to group "
     "by it"},
    {"MATCH (a)-[r]->(b) MATCH (c)-[r]->(d) RETURN c", 1, 31,
     "`r` is bound already (at 1:12): matching a relationship or path variable again in a later pattern is "
     "not supported"},
    {"UNWIND [1] AS x UNWIND [2] AS x RETURN x", 1, 31, "`x` is already bound: UNWIND needs a new name"},
    {"MATCH (a) RETURN [a IN [1] | a]", 1, 19,
     "`a` is bound already (at 1:8): give the list's variable another name"},
    {"MATCH (a) RETURN [x IN [1] | x], x", 1, 34, "unknown variable `x`: bind it in the MATCH pattern"},
    {"RETURN *", 1, 1, "RETURN * has no variables to return"},
    {"MATCH (a) RETURN coalesce(exists((a)-->()), count(*))", 1, 27,
     "an item that aggregates cannot also match a pattern: match it in its own item"},
    // Paths.
    {"MATCH (c)-[*1..20]->(d) RETURN c", 1, 12,
     "a variable-length pattern goes at most 10 hops; this one asks for 20"},
    {"MATCH (c)-[*3..2]->(d) RETURN c", 1, 12,
     "the range *3..2 is empty: its lower bound is above its upper bound"},
    {"MATCH p = shortestPath((a)-->(b)-->(c)) RETURN p", 1, 11,
     "shortestPath takes a pattern of exactly one relationship, as in shortestPath((a)-[*..5]-(b))"},
    {"MATCH p = shortestPath((a)-[*2..4]-(b)) RETURN p", 1, 29,
     "a shortest path starts at 0 or 1 hops, not 2"},
    {"MATCH (c {name: 12}) RETURN c", 1, 17, "`name` is a node's canonical name: give a string"},
    {"MATCH (c {iso: c.name}) RETURN c", 1, 16,
     "a property in a pattern takes a literal, a $parameter or a variable bound before this MATCH (or its "
     "property); compare anything else in WHERE"},
    {"MATCH (c {iso: (c)}) RETURN c", 1, 16,
     "expected a literal value (a string, number, true, false, null, list or $parameter), found `(`"},
};

INSTANTIATE_TEST_SUITE_P(Malformed, QueryErrors, ::testing::ValuesIn(kCases));

TEST(QueryErrorReport, CaretStandsUnderWideCharacters) {
  try {
    testing::engine().run("MATCH (c {name: \"中国\"})-[:PROPOSE]->(i) RETURN i");
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_EQ(error.column(), 26u);
    EXPECT_EQ(error.source_line(), "MATCH (c {name: \"中国\"})-[:PROPOSE]->(i) RETURN i");
    // 中国 takes four columns on a terminal: the caret stands two further right than the column.
    EXPECT_EQ(error.caret_line(), std::string(27, ' ') + "^");
  }
}

TEST(QueryErrorReport, ShowsTheLineOfAMultiLineQuery) {
  try {
    testing::engine().run("MATCH (c:Country)\nWHERE c.nmae = 'x'\nRETURN c");
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_EQ(error.line(), 2u);
    EXPECT_EQ(error.source_line(), "WHERE c.nmae = 'x'");
    EXPECT_EQ(error.caret_line(), "        ^");
    EXPECT_EQ(std::string(error.what()),
              "2:9: unknown node property `nmae`; did you mean `name`?\n  WHERE c.nmae = 'x'\n          ^");
  }
}

// A 10 MB query on one line made a 10 MB message: the report shows the
// place with some context either side, cut between characters.
TEST(QueryErrorReport, AMegabyteTokenIsQuotedShort) {
  try {
    testing::engine().run("MATCH (n) RETURN " + std::string(1'000'000, 'v') + "中");
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_LT(std::string(error.what()).size(), 1000u);
    EXPECT_EQ(error.message().substr(0, 103), "unknown variable `" + std::string(80, 'v') + "...`:");
  }
}

TEST(QueryErrorReport, LongLineIsShownAroundThePlaceOnly) {
  const std::string query = "MATCH (n) WHERE n.name = '" + std::string(1'000'000, 'x') + "' AND ) = '中" +
                            std::string(1'000'000, 'y') + "' RETURN n";
  try {
    testing::engine().run(query);
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_LT(std::string(error.what()).size(), 1000u);
    const std::string& line = error.source_line();
    EXPECT_EQ(line.substr(0, 3), "...");
    EXPECT_EQ(line.substr(line.size() - 3), "...");
    EXPECT_EQ(error.caret_line(), std::string(203, ' ') + "^");
    EXPECT_EQ(line[203], ')') << line;
  }
}

}  // namespace
}  // namespace kg::query
