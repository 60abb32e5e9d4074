// Expressions end to end: arithmetic, concatenation, =~, CASE, subscripts,
// label predicates, maps and the scalar functions, each with its null
// handling and its errors. Values are read as JSON, so 1 and 1.0 differ.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "tests/query/fixture.h"

namespace kg::query {
namespace {

using ::testing::ElementsAre;
using testing::engine;
using ::testing::HasSubstr;
using testing::rows;

// The value of `expr` on one row (中国 bound to c), as JSON.
std::string value(const std::string& expr, const Options& options = {}) {
  Result result = engine().run("MATCH (c:Country {name: '中国'}) RETURN " + expr + " AS x", options);
  std::ostringstream out;
  write_result(engine(), result, Format::Json, out);
  const std::string text = out.str();
  const std::size_t begin = text.find("{\"x\":") + 5;
  return text.substr(begin, text.rfind("}\n]") - begin);
}

struct Failure {
  std::size_t column;
  std::string message;
};

// The error of `expr` in the same query; the column counts from the query's start.
Failure failure(const std::string& expr) {
  const std::string query = "MATCH (c:Country {name: '中国'}) RETURN " + expr;
  try {
    engine().run(query);
  } catch (const QueryError& error) {
    return {error.column(), error.message()};
  }
  return {0, "no error"};
}
constexpr std::size_t kStart = 39;  // the column of the expression in failure()'s query

TEST(Expressions, ArithmeticHasCypherPrecedence) {
  EXPECT_EQ(value("1 + 2 * 3"), "7");
  EXPECT_EQ(value("(1 + 2) * 3"), "9");
  EXPECT_EQ(value("10 - 4 - 3"), "3");  // left-associative
  EXPECT_EQ(value("2 * 3 ^ 2"), "18.0");
  EXPECT_EQ(value("2 ^ 3 ^ 2"), "64.0");  // left-associative, as in openCypher
  EXPECT_EQ(value("-2 ^ 2"), "4.0");      // unary minus binds tighter
  EXPECT_EQ(value("1 + 2 = 3"), "true");  // then comparisons
  EXPECT_EQ(value("+5 - -5"), "10");
  EXPECT_EQ(value("100 / 10 / 5"), "2");
}

TEST(Expressions, IntegersStayIntegersAndFloatsFollowIeee) {
  EXPECT_EQ(value("7 / 2"), "3");
  EXPECT_EQ(value("-7 / 2"), "-3");  // truncates toward zero
  EXPECT_EQ(value("7 % 3"), "1");
  EXPECT_EQ(value("-7 % 3"), "-1");
  EXPECT_EQ(value("7 % -3"), "1");
  EXPECT_EQ(value("7.0 / 2"), "3.5");
  EXPECT_EQ(value("7 / 2.0"), "3.5");
  EXPECT_EQ(value("7.5 % 2"), "1.5");
  EXPECT_EQ(value("2 ^ -1"), "0.5");
  EXPECT_EQ(value("1.5 * 2"), "3.0");
  EXPECT_EQ(value("toString(1.0 / 0)"), "\"Infinity\"");
  EXPECT_EQ(value("toString(0.0 / 0)"), "\"NaN\"");
  EXPECT_EQ(value("-9223372036854775807 - 1"), "-9223372036854775808");
  EXPECT_EQ(value("(-9223372036854775807 - 1) % -1"), "0");
  EXPECT_EQ(value("c.mentions * 2"), "16");
}

TEST(Expressions, NullInNullOut) {
  for (const char* expr : {"1 + null",
                           "null - 1",
                           "null * 2",
                           "2 / null",
                           "null % 2",
                           "null ^ 2",
                           "'a' + null",
                           "[1] + null",
                           "null =~ 'a'",
                           "'a' =~ null",
                           "-null",
                           "null[0]",
                           "[1][null]",
                           "[1, 2][null..1]",
                           "null.key",
                           "c.year + 1",
                           "toUpper(null)",
                           "size(null)",
                           "substring('abc', null)",
                           "range(1, null)",
                           "abs(null)",
                           "null:Country"}) {
    EXPECT_EQ(value(expr), "null") << expr;
  }
}

TEST(Expressions, OverflowAndDivisionByZeroAreErrorsAtTheOperator) {
  Failure overflow = failure("9223372036854775807 + 1");
  EXPECT_EQ(overflow.column, kStart + 20);
  EXPECT_THAT(overflow.message,
              HasSubstr("integer overflow: 9223372036854775807 + 1 does not fit in 64 bits"));
  EXPECT_THAT(failure("-9223372036854775807 - 2").message, HasSubstr("integer overflow"));
  EXPECT_THAT(failure("4611686018427387904 * 2").message, HasSubstr("integer overflow"));
  EXPECT_THAT(failure("(-9223372036854775807 - 1) / -1").message, HasSubstr("integer overflow"));
  EXPECT_THAT(failure("-(-9223372036854775807 - 1)").message, HasSubstr("integer overflow"));
  EXPECT_THAT(failure("abs(-9223372036854775807 - 1)").message, HasSubstr("overflows"));
  Failure division = failure("c.mentions / 0");
  EXPECT_EQ(division.column, kStart + 11);
  EXPECT_THAT(division.message, HasSubstr("division by zero"));
  EXPECT_THAT(failure("1 % 0").message, HasSubstr("modulo by zero"));
  EXPECT_EQ(value("1.0 % 0"), "null");  // NaN, which JSON writes as null
}

TEST(Expressions, PlusConcatenatesStringsAndLists) {
  EXPECT_EQ(value("'中' + '国'"), "\"中国\"");
  EXPECT_EQ(value("'a' + 1"), "\"a1\"");  // as in Neo4j
  EXPECT_EQ(value("1.5 + 'a'"), "\"1.5a\"");
  EXPECT_EQ(value("[1, 2] + [3]"), "[1,2,3]");
  EXPECT_EQ(value("[1, 2] + 3"), "[1,2,3]");
  EXPECT_EQ(value("0 + [1]"), "[0,1]");
  EXPECT_EQ(value("c.aliases + 'Zhongguo'"), "[\"China\",\"PRC\",\"中华人民共和国\",\"我国\",\"Zhongguo\"]");
  Failure wrong = failure("'a' + true");
  EXPECT_EQ(wrong.column, kStart + 4);
  EXPECT_EQ(wrong.message,
            "`+` adds numbers, strings (to strings or numbers) and lists, not a string and a boolean");
  EXPECT_EQ(failure("'a' - 1").message, "`-` takes numbers, not a string and a number");
}

TEST(Expressions, RegularExpressionsMatchTheWholeString) {
  EXPECT_EQ(value("'中国' =~ '中.'"), "true");
  EXPECT_EQ(value("'中国人' =~ '中.'"), "false");  // whole string, as Java's matches()
  EXPECT_EQ(value("'abc' =~ '(?i)ABC'"), "true");
  EXPECT_EQ(value("'Straße' =~ 'Stra\\\\w+'"), "true");
  EXPECT_THAT(rows("MATCH (n) WHERE n.name =~ '.*倡议' RETURN n.name ORDER BY n.name"),
              ElementsAre("全球人工智能治理倡议", "全球数据安全倡议"));
  // A pattern from a value is compiled when it is evaluated.
  EXPECT_EQ(value("'ab' =~ ('a' + '.')"), "true");
}

TEST(Expressions, AnInvalidRegularExpressionIsAnErrorAtThePattern) {
  Failure constant = failure("c.name =~ '(ab'");
  EXPECT_EQ(constant.column, kStart + 10);
  EXPECT_EQ(constant.message, "invalid regular expression: mismatched paren (at character 4 of the pattern)");
  Failure computed = failure("c.name =~ ('(' + 'ab')");
  EXPECT_EQ(computed.column, kStart + 11);
  EXPECT_THAT(computed.message, HasSubstr("invalid regular expression"));
  EXPECT_THAT(failure("1 =~ 'a'").message, HasSubstr("`=~` matches a string against a pattern string"));
}

TEST(Expressions, ACatastrophicPatternGivesUpRatherThanHang) {
  Failure slow = failure("'" + std::string(60, 'a') + "b' =~ '(a+)+c'");
  EXPECT_THAT(slow.message, HasSubstr("the regular expression gave up"));
  EXPECT_EQ(slow.column, kStart + 64);
}

TEST(Expressions, CaseSimpleAndSearched) {
  EXPECT_EQ(value("CASE c.iso WHEN 'US' THEN 1 WHEN 'CN' THEN 2 ELSE 3 END"), "2");
  EXPECT_EQ(value("CASE c.iso WHEN 'US' THEN 1 END"), "null");  // no ELSE
  EXPECT_EQ(value("CASE WHEN c.mentions > 100 THEN 'many' WHEN c.mentions > 1 THEN 'some' ELSE 'few' END"),
            "\"some\"");
  EXPECT_EQ(value("CASE WHEN null THEN 1 ELSE 2 END"), "2");
  EXPECT_EQ(value("CASE null WHEN null THEN 1 ELSE 2 END"), "2");  // null equals nothing
  EXPECT_THAT(
      rows("MATCH (n:Organization) RETURN CASE WHEN size(n.aliases) > 1 THEN 'several' ELSE 'one' END "
           "AS k, count(*) ORDER BY k"),
      ElementsAre("one | 2", "several | 3"));
}

TEST(Expressions, ListIndexingAndSlicing) {
  EXPECT_EQ(value("[1, 2, 3][0]"), "1");
  EXPECT_EQ(value("[1, 2, 3][-1]"), "3");
  EXPECT_EQ(value("[1, 2, 3][3]"), "null");
  EXPECT_EQ(value("[1, 2, 3][-4]"), "null");
  EXPECT_EQ(value("[1, 2, 3, 4][1..3]"), "[2,3]");
  EXPECT_EQ(value("[1, 2, 3, 4][..2]"), "[1,2]");
  EXPECT_EQ(value("[1, 2, 3, 4][2..]"), "[3,4]");
  EXPECT_EQ(value("[1, 2, 3, 4][-2..]"), "[3,4]");
  EXPECT_EQ(value("[1, 2, 3, 4][1..-1]"), "[2,3]");
  EXPECT_EQ(value("[1, 2, 3, 4][3..1]"), "[]");
  EXPECT_EQ(value("[1, 2, 3, 4][-10..10]"), "[1,2,3,4]");
  EXPECT_EQ(value("c.aliases[0]"), "\"China\"");
  EXPECT_EQ(value("c['iso']"), "\"CN\"");
  EXPECT_EQ(value("{a: 1}['a']"), "1");
  Failure text = failure("'abc'[0]");
  EXPECT_EQ(text.column, kStart + 5);
  EXPECT_THAT(text.message, HasSubstr("for strings use substring()"));
  EXPECT_THAT(failure("'abc'[0..1]").message, HasSubstr("only lists can be sliced"));
  EXPECT_THAT(failure("[1][1.5]").message, HasSubstr("a list index is an integer"));
}

TEST(Expressions, LabelPredicates) {
  EXPECT_THAT(rows("MATCH (n) WHERE n:Country OR n:Organization RETURN count(*)"), ElementsAre("13"));
  EXPECT_THAT(rows("MATCH (n) WHERE n:Country|Organization RETURN count(*)"), ElementsAre("13"));
  EXPECT_THAT(
      rows("MATCH (n) WHERE NOT n:Country AND size(n.aliases) > 0 AND n:Event RETURN n.name ORDER BY n.name"),
      ElementsAre("世界互联网大会", "人工智能安全峰会"));
  EXPECT_THAT(rows("MATCH (a)-[r]->(b) WHERE r:PROPOSED RETURN count(*)"),
              ElementsAre(rows("MATCH (a)-[r:PROPOSED]->(b) RETURN count(*)")[0]));
  Failure unknown = failure("c:Contry");
  EXPECT_EQ(unknown.column, kStart + 2);
  EXPECT_EQ(unknown.message, "unknown label `Contry`; did you mean `Country`?");
  EXPECT_THAT(failure("c.name:Country").message, HasSubstr("only nodes have labels"));
}

TEST(Expressions, MapsAndProperties) {
  EXPECT_EQ(value("{b: 1, a: 'x', c: [1, {d: null}]}"), "{\"a\":\"x\",\"b\":1,\"c\":[1,{\"d\":null}]}");
  EXPECT_EQ(value("{a: 1, b: 2}.b"), "2");
  EXPECT_EQ(value("{a: 1}.nothing"), "null");
  EXPECT_EQ(value("properties(c)"),
            "{\"aliases\":[\"China\",\"PRC\",\"中华人民共和国\",\"我国\"],\"iso\":\"CN\",\"mentions\":8,"
            "\"name\":\"中国\",\"name_zh\":\"中国\"}");
  EXPECT_EQ(value("properties(c).iso"), "\"CN\"");
  // name_en is null (the graph file is too old to hold it, and its node has no
  // English name of the rules), so neither is listed.
  EXPECT_EQ(value("keys(c)"), "[\"aliases\",\"iso\",\"mentions\",\"name\",\"name_zh\"]");
  EXPECT_EQ(value("keys({z: 1, a: 2})"), "[\"a\",\"z\"]");
  EXPECT_EQ(value("c.name_zh"), "\"中国\"");
  EXPECT_EQ(value("c.name_en"), "null");
  EXPECT_EQ(value("{a: 1} = {a: 1.0}"), "true");
  EXPECT_EQ(value("{a: 1} = {a: 1, b: 2}"), "false");
  EXPECT_THAT(rows("MATCH (a)-[r:PROPOSED]->(b) WHERE b.name = '全球数据安全倡议' RETURN keys(r)"),
              ElementsAre("[doc,evidence,weight,year,years]"));
  EXPECT_THAT(rows("MATCH (n:Country) RETURN DISTINCT {iso: n.iso} AS m ORDER BY m LIMIT 2"),
              ElementsAre("{iso:BR}", "{iso:CN}"));
  EXPECT_THAT(failure("{a: 1, a: 2}").message, HasSubstr("the key `a` is in the map twice"));
  Options options;
  options.parameters["m"] = parameter_value("{\"k\": [1, 2]}");
  EXPECT_EQ(value("$m.k[1]", options), "2");
}

TEST(Expressions, AliasesAreAListProperty) {
  EXPECT_THAT(rows("MATCH (n) WHERE 'SCO' IN n.aliases RETURN n.name"), ElementsAre("上海合作组织"));
  EXPECT_THAT(rows("MATCH (n) WHERE 'WTO' IN n.aliases RETURN n.name"), ElementsAre());
  EXPECT_EQ(value("size(c.aliases)"), "4");
}

TEST(Expressions, StringFunctionsCountCodePoints) {
  EXPECT_EQ(value("size('中国')"), "2");
  EXPECT_EQ(value("size('héllo')"), "5");
  EXPECT_EQ(value("length('中国')"), "2");
  EXPECT_EQ(value("toUpper('straße é')"), "\"STRASSE É\"");
  EXPECT_EQ(value("toLower('ÉCOLE ΣΟΦΊΑ')"), "\"école σοφία\"");
  EXPECT_EQ(value("toUpper('中国')"), "\"中国\"");
  EXPECT_EQ(value("substring('全球人工智能治理倡议', 2, 4)"), "\"人工智能\"");
  EXPECT_EQ(value("substring('héllo', 1)"), "\"éllo\"");
  EXPECT_EQ(value("substring('abc', 5)"), "\"\"");
  EXPECT_EQ(value("left('中华人民', 2)"), "\"中华\"");
  EXPECT_EQ(value("right('中华人民', 2)"), "\"人民\"");
  EXPECT_EQ(value("right('ab', 5)"), "\"ab\"");
  EXPECT_EQ(value("reverse('中国a')"), "\"a国中\"");
  EXPECT_EQ(value("reverse([1, 2, 3])"), "[3,2,1]");
  EXPECT_EQ(value("trim('  a b \\t')"), "\"a b\"");
  EXPECT_EQ(value("ltrim('  a ')"), "\"a \"");
  EXPECT_EQ(value("rtrim('  a ')"), "\"  a\"");
  EXPECT_EQ(value("trim('　中国　')"), "\"中国\"");  // ideographic spaces
  EXPECT_EQ(value("replace('a-b-c', '-', '+')"), "\"a+b+c\"");
  EXPECT_EQ(value("replace('ab', '', '.')"), "\".a.b.\"");
  EXPECT_EQ(value("split('a,b,,c', ',')"), "[\"a\",\"b\",\"\",\"c\"]");
  EXPECT_EQ(value("split('中国', '')"), "[\"中\",\"国\"]");
  Failure start = failure("substring('abc', -1)");
  EXPECT_EQ(start.column, kStart + 17);
  EXPECT_EQ(start.message, "`substring`() takes a start of at least 0, not -1");
}

TEST(Expressions, Conversions) {
  EXPECT_EQ(value("toString(12)"), "\"12\"");
  EXPECT_EQ(value("toString(1.0)"), "\"1.0\"");
  EXPECT_EQ(value("toString(true)"), "\"true\"");
  EXPECT_EQ(value("toInteger('42')"), "42");
  EXPECT_EQ(value("toInteger(' 4.7 ')"), "4");
  EXPECT_EQ(value("toInteger(-4.7)"), "-4");
  EXPECT_EQ(value("toInteger('x')"), "null");
  EXPECT_EQ(value("toInteger(true)"), "1");
  EXPECT_EQ(value("toFloat('2.5')"), "2.5");
  EXPECT_EQ(value("toFloat(2)"), "2.0");
  EXPECT_EQ(value("toFloat('x')"), "null");
  EXPECT_EQ(value("toBoolean('TRUE')"), "true");
  EXPECT_EQ(value("toBoolean('no')"), "null");
  EXPECT_EQ(value("toBoolean(0)"), "false");
  EXPECT_THAT(failure("toInteger(1.0e300)").message, HasSubstr("cannot make an integer of"));
}

TEST(Expressions, NumberFunctions) {
  EXPECT_EQ(value("abs(-3)"), "3");
  EXPECT_EQ(value("abs(-2.5)"), "2.5");
  EXPECT_EQ(value("round(2.5)"), "3.0");
  EXPECT_EQ(value("round(-2.5)"), "-2.0");
  EXPECT_EQ(value("round(2)"), "2.0");
  EXPECT_EQ(value("ceil(1.1)"), "2.0");
  EXPECT_EQ(value("floor(-1.1)"), "-2.0");
  EXPECT_EQ(value("sign(-7)"), "-1");
  EXPECT_EQ(value("sign(0.0)"), "0");
  EXPECT_EQ(value("sqrt(16)"), "4.0");
}

TEST(Expressions, ListFunctions) {
  EXPECT_EQ(value("range(1, 5)"), "[1,2,3,4,5]");
  EXPECT_EQ(value("range(0, 10, 3)"), "[0,3,6,9]");
  EXPECT_EQ(value("range(5, 1, -2)"), "[5,3,1]");
  EXPECT_EQ(value("range(5, 1)"), "[]");
  EXPECT_EQ(value("size(range(-9223372036854775807, -9223372036854775800))"), "8");
  EXPECT_EQ(value("head([1, 2])"), "1");
  EXPECT_EQ(value("last([1, 2])"), "2");
  EXPECT_EQ(value("tail([1, 2])"), "[2]");
  EXPECT_EQ(value("head([])"), "null");
  EXPECT_EQ(value("tail([])"), "[]");
  EXPECT_EQ(value("coalesce(null, c.year, 'x')"), "\"x\"");
  EXPECT_EQ(value("size([1, [2, 3]])"), "2");
}

TEST(Expressions, RangeIsBoundedByTheMemoryBudget) {
  Failure huge = failure("range(1, 1000000000000)");
  EXPECT_EQ(huge.column, kStart);
  EXPECT_THAT(huge.message, HasSubstr("`range`() would make a list of 1000000000000 items"));
  EXPECT_THAT(failure("range(-9223372036854775807 - 1, 9223372036854775807)").message,
              HasSubstr("2^64 items"));
  Options small;
  small.max_memory_bytes = 1000;
  EXPECT_THROW(value("range(1, 1000)", small), QueryError);
  EXPECT_THAT(failure("range(1, 2, 0)").message, HasSubstr("a step other than 0"));
  // Each row's range is small, all of them together are not: the step budget bounds them.
  Options few_steps;
  few_steps.max_steps = 100'000;
  EXPECT_EQ(rows("MATCH (a:Country) RETURN size(range(1, 10000))", few_steps).size(), 8u);
  try {
    rows("MATCH (a), (b) RETURN size(range(1, 10000))", few_steps);
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_THAT(error.message(), HasSubstr("built more than 100000 list items in all"));
  }
}

TEST(Expressions, WrongArgumentTypesNameTheFunctionAndTheArgument) {
  Failure statically = failure("toUpper(c.mentions)");
  EXPECT_EQ(statically.column, kStart + 8);
  EXPECT_EQ(statically.message, "`toUpper`() takes a string, not a number");
  EXPECT_EQ(
      failure("substring('abc', 'x')").message,
      "`substring`() takes an integer (the first code point, from 0) as its second argument, not a string");
  // Known only when it runs: the element of a list.
  Failure dynamically = failure("toUpper([1][0])");
  EXPECT_EQ(dynamically.column, kStart + 8);
  EXPECT_EQ(dynamically.message, "`toUpper`() takes a string, not an integer");
  EXPECT_EQ(failure("size(1)").message, "`size`() takes a list or a string, not a number");
  EXPECT_EQ(failure("range(1)").message, "`range` takes 2 or 3 arguments, not 1");
}

TEST(Expressions, SumAndAverage) {
  EXPECT_THAT(rows("MATCH (n:Country) RETURN sum(n.mentions) = sum(n.mentions * 1.0), "
                   "avg(n.mentions) * count(*) = sum(n.mentions), sum(DISTINCT 1), count(*)"),
              ElementsAre("true | true | 1 | 8"));
  EXPECT_EQ(value("sum(c.mentions)"), "8");  // an integer sum stays an integer
  EXPECT_EQ(value("sum(c.mentions * 0.5)"), "4.0");
  EXPECT_EQ(value("avg(c.mentions)"), "8.0");
  EXPECT_EQ(value("sum(c.year)"), "0");  // nulls are skipped
  EXPECT_EQ(value("avg(c.year)"), "null");
  EXPECT_THAT(rows("MATCH (n) WHERE n.name IN ['中国', '美国'] RETURN avg(DISTINCT size(n.aliases))"),
              ElementsAre("3.500000"));
  EXPECT_THAT(failure("sum(c.name)").message, HasSubstr("`sum`() adds numbers, not a string"));
  try {
    engine().run("MATCH (n:Country) RETURN sum(9223372036854775807 + n.mentions * 0)");
    FAIL();
  } catch (const QueryError& error) {
    EXPECT_THAT(error.message(), HasSubstr("integer overflow: `sum`()"));
  }
  EXPECT_THAT(rows("MATCH (n:Country) RETURN avg(9223372036854775807 + n.mentions * 0) > 9.2e18"),
              ElementsAre("true"));
}

}  // namespace
}  // namespace kg::query
