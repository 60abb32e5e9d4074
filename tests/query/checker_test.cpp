// The checker on its own: what it resolves and the constraints it hands on.
#include "query/checker.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "query/parser.h"

namespace kg::query {
namespace {

CheckedQuery checked(std::string_view text, CheckOptions options = {}) {
  Schema schema;
  schema.attribute_keys = {"iso"};
  return std::move(check(parse(text), text, schema, options).queries[0]);
}

const PatternConstraint& first_pattern(const CheckedQuery& query) { return query.clauses[0].patterns[0]; }
const CheckedProjection& returned(const CheckedQuery& query) { return query.clauses.back().projection; }
const Projection& return_clause(const CheckedQuery& query) { return query.ast.clauses.back().projection; }

TEST(Checker, GivesEachVariableASlotAndAKind) {
  CheckedQuery query = checked("MATCH p = (a)-[r]->(b)-[s*2]->(a) RETURN a");
  ASSERT_EQ(query.variables.size(), 5u);
  EXPECT_EQ(query.variables[0].name, "a");
  EXPECT_EQ(query.variables[1].kind, VariableKind::Relationship);
  EXPECT_EQ(query.variables[3].kind, VariableKind::RelationshipList);
  EXPECT_EQ(query.variables[4].kind, VariableKind::Path);
  // The second (a) is the same node.
  EXPECT_EQ(first_pattern(query).nodes[2].slot, first_pattern(query).nodes[0].slot);
}

TEST(Checker, ResolvesLabelsTypesAndHops) {
  CheckedQuery query = checked("MATCH (a:Country|Organization)-[:PROPOSED|ADOPTED*..3]->(b) RETURN a", {4});
  const PatternConstraint& pattern = first_pattern(query);
  EXPECT_EQ(pattern.nodes[0].types.size(), 2u);
  EXPECT_EQ(pattern.rels[0].types.size(), 2u);
  EXPECT_EQ(pattern.rels[0].min_hops, 1);
  EXPECT_EQ(pattern.rels[0].max_hops, 3);
  EXPECT_EQ(first_pattern(checked("MATCH (a)-[*]->(b) RETURN a", {4})).rels[0].max_hops, 4);
  EXPECT_EQ(first_pattern(checked("MATCH (a)-[*7..]->(b) RETURN a", {4})).rels[0].max_hops, 7);
}

TEST(Checker, FindsGroupingKeysAndAggregates) {
  CheckedQuery query = checked("MATCH (a)-[r]->(b) RETURN a.name, count(*), b, collect(DISTINCT r.year)");
  EXPECT_TRUE(returned(query).aggregating);
  EXPECT_EQ(returned(query).group_keys, (std::vector<int>{0, 2}));
  EXPECT_EQ(returned(query).aggregate_count, 2);
}

TEST(Checker, OrderByReferencesReturnColumns) {
  CheckedQuery query = checked("MATCH (a) RETURN a.name AS n, count(*) ORDER BY count(*) DESC, n");
  EXPECT_EQ(return_clause(query).order_by[0].expr->kind, ExprKind::Column);
  EXPECT_EQ(return_clause(query).order_by[0].expr->column, 1);
  EXPECT_EQ(return_clause(query).order_by[1].expr->column, 0);
}

TEST(Checker, AcceptsAttributeKeysOfTheGraph) {
  // A key the graph's schema names: in a property map and after a dot.
  const std::string text = "MATCH (a {capital: '北京'}) RETURN a.capital";
  Schema schema;
  schema.attribute_keys = {"capital"};
  const CheckedQuery query = std::move(check(parse(text), text, schema).queries[0]);
  const auto& properties = first_pattern(query).nodes[0].properties;
  ASSERT_EQ(properties.size(), 1u);
  EXPECT_EQ(properties[0].first, "capital");
  ASSERT_TRUE(properties[0].second.is<std::string>());
  EXPECT_EQ(properties[0].second.as<std::string>(), "北京");
  EXPECT_EQ(return_clause(query).items[0].expr->property, "capital");
  // iso is always a node property, whatever the schema.
  EXPECT_EQ(return_clause(checked("MATCH (a) RETURN a.iso")).items[0].expr->property, "iso");
  // The same key is unknown to a graph without it.
  try {
    check(parse(text), text, Schema{});
    ADD_FAILURE() << "accepted a key the graph does not have";
  } catch (const QueryError& error) {
    EXPECT_NE(error.message().find("unknown node property `capital`"), std::string::npos) << error.what();
  }
}

TEST(Checker, ALaterMatchStartsFromTheVariablesBoundBeforeIt) {
  CheckedQuery query = checked("MATCH (a)-->(b) MATCH (b)-->(c) RETURN c");
  EXPECT_TRUE(query.clauses[0].bound_slots.empty());
  EXPECT_EQ(query.clauses[1].bound_slots, (std::vector<int>{0, 1}));
  EXPECT_EQ(query.clauses[1].patterns[0].nodes[0].slot, 1);
  EXPECT_EQ(query.clauses[1].patterns[0].nodes[1].slot, 2);
}

TEST(Checker, WithGivesItsColumnsNewSlotsAndDropsTheRest) {
  CheckedQuery query = checked("MATCH (a)-[r]->(b) WITH a, count(r) AS n MATCH (a)-->(c) RETURN a, n, c");
  const CheckedProjection& with = query.clauses[1].projection;
  ASSERT_EQ(with.slots.size(), 2u);
  EXPECT_EQ(query.variables[static_cast<std::size_t>(with.slots[0])].kind, VariableKind::Node);
  EXPECT_EQ(query.variables[static_cast<std::size_t>(with.slots[1])].kind, VariableKind::Value);
  // The MATCH after it sees a and n only, in their new slots.
  EXPECT_EQ(query.clauses[2].bound_slots, with.slots);
  EXPECT_EQ(query.clauses[2].patterns[0].nodes[0].slot, with.slots[0]);
  EXPECT_EQ(query.columns, (std::vector<std::string>{"a", "n", "c"}));
}

TEST(Checker, SubqueriesSeeTheOuterVariablesAndKeepTheirOwn) {
  CheckedQuery query = checked("MATCH (a) WHERE EXISTS { MATCH (a)-->(x) } AND (a)-->() RETURN a");
  ASSERT_EQ(query.subqueries.size(), 2u);
  EXPECT_EQ(query.subqueries[0].bound_slots, (std::vector<int>{0}));
  EXPECT_EQ(query.subqueries[0].patterns[0].nodes[0].slot, 0);
  EXPECT_GT(query.subqueries[0].patterns[0].nodes[1].slot, 0);
  // x is not in scope after it.
  EXPECT_THROW(checked("MATCH (a) WHERE EXISTS { MATCH (a)-->(x) } RETURN x"), QueryError);
}

TEST(Checker, UnionNeedsTheSameColumns) {
  Schema schema;
  const std::string ok = "MATCH (a) RETURN a.name AS n UNION MATCH (b) RETURN b.name AS n";
  EXPECT_EQ(check(parse(ok), ok, schema).columns, (std::vector<std::string>{"n"}));
  const std::string swapped = "MATCH (a) RETURN a, a.name AS n UNION MATCH (a) RETURN a.name AS n, a";
  EXPECT_THROW(check(parse(swapped), swapped, schema), QueryError);
}

TEST(Checker, SuggestsOnlyCloseNames) {
  EXPECT_EQ(suggest("Contry", {"Country", "Region"}), "Country");
  EXPECT_EQ(suggest("PROPOSE", {"PROPOSED", "OPPOSES"}), "PROPOSED");
  EXPECT_EQ(suggest("xyz", {"Country", "Region"}), "");
}

// The message of the error checking `text` raises, at line:column.
std::string check_error(std::string_view text) {
  try {
    checked(text);
  } catch (const QueryError& error) {
    return std::to_string(error.column()) + ": " + error.message();
  }
  return "no error";
}

TEST(Checker, TypesOfOperatorsAndFunctions) {
  EXPECT_EQ(check_error("MATCH (a) RETURN a.name - 1"), "25: `-` takes numbers, not a string and a number");
  EXPECT_EQ(check_error("MATCH (a) RETURN true + 1"),
            "23: `+` adds numbers, strings (to strings or numbers) and lists, not a boolean and a number");
  EXPECT_EQ(check_error("MATCH (a) RETURN a.mentions =~ 'x'"),
            "18: `=~` matches a string against a pattern string, not a number");
  EXPECT_EQ(check_error("MATCH (a) RETURN a.name =~ '['"),
            "28: invalid regular expression: missing close bracket (at character 2 of the pattern)");
  EXPECT_EQ(check_error("MATCH (a) RETURN a.name[0]"),
            "24: only lists (by position), maps, nodes and "
            "relationships (by key) take [ ], not a string; for "
            "strings use substring()");
  EXPECT_EQ(check_error("MATCH (a) RETURN a.aliases['x']"), "28: a list index is an integer, not a string");
  EXPECT_EQ(check_error("MATCH (a) RETURN a[0]"), "20: a key is a string, not a number");
  EXPECT_EQ(check_error("MATCH (a) RETURN a.name[1..2]"),
            "24: only lists can be sliced, not a string; for "
            "strings use substring()");
  EXPECT_EQ(
      check_error("MATCH (a)-[r]->(b) RETURN r:Country"),
      "29: unknown relationship type `Country` (relationship types: " +
          [] {
            std::string all;
            for (graph::RelationType t : graph::kAllRelationTypes)
              all += (all.empty() ? "" : ", ") + std::string(graph::to_string(t));
            return all;
          }() +
          ")");
  EXPECT_EQ(check_error("MATCH (a) RETURN a.name:Country"),
            "24: only nodes have labels (and relationships "
            "types), not a string");
  EXPECT_EQ(check_error("MATCH (a) RETURN sum(a.name)"), "22: `sum`() adds numbers, not a string");
  EXPECT_EQ(check_error("MATCH (a) RETURN substring(a.name, '1')"),
            "36: `substring`() takes an integer (the first code point, from 0) as its second argument, not a "
            "string");
  EXPECT_EQ(check_error("MATCH (a) RETURN toLowr(a.name)"),
            "18: unknown function `toLowr`; did you mean `toLower`?");
  EXPECT_EQ(check_error("MATCH (a) RETURN max(DISTINCT a.name)"),
            "18: DISTINCT is allowed only in count(), collect(), sum() and avg()");
  EXPECT_EQ(check_error("MATCH (a) RETURN {k: 1}.anything, properties(a).nmae"), "no error");
  EXPECT_EQ(check_error("MATCH (a) RETURN a.nmae"), "20: unknown node property `nmae`; did you mean `name`?");
}

TEST(Checker, CompilesAConstantPatternOnce) {
  CheckedQuery query = checked("MATCH (a) WHERE a.name =~ 'x.*' AND a.name =~ ('x' + '.*') RETURN a");
  const Expr& both = *query.ast.clauses[0].where;
  EXPECT_NE(both.args[0]->regex, nullptr);
  EXPECT_EQ(both.args[1]->regex, nullptr);  // computed: compiled when it runs
}

TEST(Checker, FunctionNamesIncludeTheNewFunctions) {
  std::vector<std::string> names = function_names();
  for (const char* name : {"sum", "avg", "toUpper", "substring", "range", "properties", "keys", "coalesce"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
}

}  // namespace
}  // namespace kg::query
