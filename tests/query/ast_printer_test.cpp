// The AST printer on trees built by hand: every node type and field it shows,
// and that trees differing in any field the parser sets print differently.
#include "query/ast_printer.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "query/parser.h"

namespace kg::query {
namespace {

ExprPtr literal(Value value) {
  auto expr = std::make_unique<Expr>();
  expr->kind = ExprKind::Literal;
  expr->value = std::move(value);
  return expr;
}

ExprPtr variable(std::string name) {
  auto expr = std::make_unique<Expr>();
  expr->kind = ExprKind::Variable;
  expr->name = std::move(name);
  return expr;
}

ExprPtr make(ExprKind kind, ExprPtr a = nullptr, ExprPtr b = nullptr) {
  auto expr = std::make_unique<Expr>();
  expr->kind = kind;
  if (a) expr->args.push_back(std::move(a));
  if (b) expr->args.push_back(std::move(b));
  return expr;
}

ExprPtr named(ExprKind kind, std::string name, ExprPtr a = nullptr, ExprPtr b = nullptr) {
  ExprPtr expr = make(kind, std::move(a), std::move(b));
  expr->name = std::move(name);
  return expr;
}

TEST(AstPrinter, PrintsEveryExpressionKind) {
  auto compare = [](CompareOp op) {
    ExprPtr expr = make(ExprKind::Compare, variable("a"), literal(1));
    expr->op = op;
    return print_ast(*expr);
  };
  EXPECT_EQ(print_ast(*literal(7)), "7");
  EXPECT_EQ(print_ast(*make(ExprKind::ListLiteral, literal(1), variable("x"))), "[1, x]");
  EXPECT_EQ(print_ast(*make(ExprKind::ListLiteral)), "[]");
  EXPECT_EQ(print_ast(*variable("n")), "n");
  EXPECT_EQ(print_ast(*named(ExprKind::Property, "name", variable("n"))), "n.name");
  EXPECT_EQ(print_ast(*named(ExprKind::Call, "coalesce", variable("a"), literal("b"))), "coalesce(a, \"b\")");
  ExprPtr distinct = named(ExprKind::Call, "collect", variable("a"));
  distinct->distinct = true;
  EXPECT_EQ(print_ast(*distinct), "collect(distinct a)");
  EXPECT_EQ(print_ast(*named(ExprKind::Call, "f")), "f()");
  EXPECT_EQ(print_ast(*named(ExprKind::CountStar, "Count")), "Count(*)");
  EXPECT_EQ(print_ast(*make(ExprKind::Not, variable("a"))), "(not a)");
  EXPECT_EQ(print_ast(*make(ExprKind::And, variable("a"), variable("b"))), "(and a b)");
  EXPECT_EQ(print_ast(*make(ExprKind::Or, variable("a"), variable("b"))), "(or a b)");
  EXPECT_EQ(print_ast(*make(ExprKind::Xor, variable("a"), variable("b"))), "(xor a b)");
  EXPECT_EQ(compare(CompareOp::Equal), "(= a 1)");
  EXPECT_EQ(compare(CompareOp::NotEqual), "(<> a 1)");
  EXPECT_EQ(compare(CompareOp::Less), "(< a 1)");
  EXPECT_EQ(compare(CompareOp::LessEqual), "(<= a 1)");
  EXPECT_EQ(compare(CompareOp::Greater), "(> a 1)");
  EXPECT_EQ(compare(CompareOp::GreaterEqual), "(>= a 1)");
  EXPECT_EQ(print_ast(*make(ExprKind::In, variable("a"), variable("b"))), "(in a b)");
  EXPECT_EQ(print_ast(*make(ExprKind::Contains, variable("a"), variable("b"))), "(contains a b)");
  EXPECT_EQ(print_ast(*make(ExprKind::StartsWith, variable("a"), variable("b"))), "(starts-with a b)");
  EXPECT_EQ(print_ast(*make(ExprKind::EndsWith, variable("a"), variable("b"))), "(ends-with a b)");
  ExprPtr is_null = make(ExprKind::IsNull, variable("a"));
  EXPECT_EQ(print_ast(*is_null), "(is-null a)");
  is_null->negated = true;
  EXPECT_EQ(print_ast(*is_null), "(is-not-null a)");
  EXPECT_EQ(print_ast(*make(ExprKind::Negate, literal(2))), "(- 2)");
  ExprPtr column = make(ExprKind::Column);
  column->column = 3;
  EXPECT_EQ(print_ast(*column), "(column 3)");
}

TEST(AstPrinter, PrintsLiteralsAsJsonDoes) {
  EXPECT_EQ(print_ast(*literal(Value())), "null");
  EXPECT_EQ(print_ast(*literal(true)), "true");
  EXPECT_EQ(print_ast(*literal(false)), "false");
  EXPECT_EQ(print_ast(*literal(std::int64_t{-9223372036854775807 - 1})), "-9223372036854775808");
  EXPECT_EQ(print_ast(*literal(2.5)), "2.5");
  EXPECT_EQ(print_ast(*literal(2.0)), "2.0") << "a float stays apart from the integer 2";
  EXPECT_EQ(print_ast(*literal(1e100)), "1e+100");
  EXPECT_EQ(print_ast(*literal("say \"hi\"\\\n\t\x01")), R"("say \"hi\"\\\n\t\u0001")");
  EXPECT_EQ(print_ast(*literal("中国")), "\"中国\"");
  EXPECT_EQ(print_ast(*literal(List{1, "a", Value()})), "[1, \"a\", null]");
  // Not made by the parser, but a Literal may hold any value.
  EXPECT_EQ(print_ast(*literal(NodeRef{4})), "(node-ref 4)");
  EXPECT_EQ(print_ast(*literal(EdgeRef{5})), "(edge-ref 5)");
  EXPECT_EQ(print_ast(*literal(PathRef{{1, 2}, {0}})), "(path-ref (nodes 1 2) (edges 0))");
}

TEST(AstPrinter, QuotesNamesThatAreNotPlainWords) {
  EXPECT_EQ(print_ast(*variable("plain_1")), "plain_1");
  EXPECT_EQ(print_ast(*variable("国家")), "国家");
  EXPECT_EQ(print_ast(*variable("two words")), "`two words`");
  EXPECT_EQ(print_ast(*variable("1st")), "`1st`");
  EXPECT_EQ(print_ast(*variable("a`b")), "`a``b`");
  EXPECT_EQ(print_ast(*variable("")), "``");
  // A variable named like a literal is not the literal.
  EXPECT_EQ(print_ast(*variable("null")), "`null`");
  EXPECT_EQ(print_ast(*variable("TRUE")), "`TRUE`");
  EXPECT_EQ(print_ast(*named(ExprKind::Call, "f", variable("distinct"))), "f(`distinct`)");
  EXPECT_EQ(print_ast(*named(ExprKind::Property, "my key", variable("n"))), "n.`my key`");
}

TEST(AstPrinter, PrintsEveryPatternField) {
  NodePattern node;
  EXPECT_EQ(print_ast(node), "(node)");
  node.variable = Name{"a", {}};
  node.labels = {Name{"Country", {}}, Name{"Organization", {}}};
  node.properties.push_back(PropertyEntry{Name{"iso", {}}, literal("CN")});
  node.properties.push_back(PropertyEntry{Name{"n", {}}, make(ExprKind::Negate, literal(1))});
  EXPECT_EQ(print_ast(node), "(node a :Country|Organization {iso: \"CN\", n: (- 1)})");

  RelPattern rel;
  EXPECT_EQ(print_ast(rel), "(rel ->)");
  rel.direction = Direction::Left;
  EXPECT_EQ(print_ast(rel), "(rel <-)");
  rel.direction = Direction::Both;
  rel.variable = Name{"r", {}};
  rel.types = {Name{"A", {}}};
  rel.variable_length = true;
  EXPECT_EQ(print_ast(rel), "(rel -- r :A *)");
  rel.min_hops = rel.max_hops = 2;
  EXPECT_EQ(print_ast(rel), "(rel -- r :A *2)");
  rel.has_range_dots = true;
  EXPECT_EQ(print_ast(rel), "(rel -- r :A *2..2)");
  rel.min_hops.reset();
  EXPECT_EQ(print_ast(rel), "(rel -- r :A *..2)");
  rel.max_hops.reset();
  EXPECT_EQ(print_ast(rel), "(rel -- r :A *..)");
  rel.min_hops = 1;
  rel.properties.push_back(PropertyEntry{Name{"year", {}}, literal(2020)});
  EXPECT_EQ(print_ast(rel), "(rel -- r :A *1.. {year: 2020})");

  Pattern pattern;
  pattern.nodes.emplace_back();
  pattern.nodes.push_back(std::move(node));
  pattern.rels.push_back(std::move(rel));
  EXPECT_EQ(print_ast(pattern),
            "(pattern (node) (rel -- r :A *1.. {year: 2020}) (node a :Country|Organization {iso: \"CN\", n: "
            "(- 1)}))");
  pattern.path_variable = Name{"p", {}};
  pattern.kind = PathKind::Shortest;
  EXPECT_EQ(print_ast(pattern).substr(0, 29), "(pattern p = shortest (node) ");
  pattern.kind = PathKind::AllShortest;
  EXPECT_EQ(print_ast(pattern).substr(0, 33), "(pattern p = all-shortest (node) ");
  pattern.nodes.pop_back();  // malformed: a relationship with no node after it
  EXPECT_EQ(print_ast(pattern), "(pattern p = all-shortest (node) (rel -- r :A *1.. {year: 2020}))");
}

TEST(AstPrinter, PrintsEveryClause) {
  Statement statement;
  statement.queries.emplace_back();
  std::vector<Clause>& clauses = statement.queries[0].clauses;
  clauses.emplace_back();
  clauses[0].patterns.emplace_back();
  clauses[0].patterns[0].nodes.emplace_back();
  clauses.emplace_back();
  clauses[1].kind = ClauseKind::Return;
  Projection& projection = clauses[1].projection;
  projection.items.push_back(ReturnItem{literal(1), std::nullopt, "1"});
  EXPECT_EQ(print_ast(statement), "(match (pattern (node))) (return 1)");
  clauses[0].patterns.push_back(Pattern{});
  clauses[0].where = literal(true);
  projection.distinct = true;
  projection.items.push_back(ReturnItem{variable("n"), Name{"m", {}}, "n"});
  projection.order_by.push_back(SortItem{variable("m"), false});
  projection.order_by.push_back(SortItem{make(ExprKind::Column), true});
  projection.order_by[1].expr->column = 0;
  projection.skip = 3;
  projection.limit = 4;
  EXPECT_EQ(print_ast(statement),
            "(match (pattern (node)) (pattern)) (where true) (return distinct 1 (as n m)) "
            "(order-by m (desc (column 0))) (skip 3) (limit 4)");
  clauses[0].optional = true;
  projection.star = true;
  Clause unwind;
  unwind.kind = ClauseKind::Unwind;
  unwind.expr = variable("l");
  unwind.alias = Name{"x", {}};
  clauses.insert(clauses.begin() + 1, std::move(unwind));
  Clause with;
  with.kind = ClauseKind::With;
  with.projection.items.push_back(ReturnItem{variable("x"), std::nullopt, "x"});
  with.where = literal(false);
  clauses.insert(clauses.begin() + 2, std::move(with));
  statement.queries.emplace_back();
  statement.queries[1].clauses.emplace_back();
  statement.queries[1].clauses[0].kind = ClauseKind::Return;
  statement.queries[1].clauses[0].projection.items.push_back(ReturnItem{literal(2), std::nullopt, "2"});
  statement.union_all.push_back(true);
  EXPECT_EQ(print_ast(statement),
            "(optional-match (pattern (node)) (pattern)) (where true) (unwind l x) (with x) (where false) "
            "(return distinct * 1 (as n m)) (order-by m (desc (column 0))) (skip 3) (limit 4) "
            "union-all (return 2)");
}

// The point of the printer in tests: a change to any field the parser sets
// changes the text, so a test comparing text misses no difference in the tree.
TEST(AstPrinter, TreesDifferingInAnyParsedFieldPrintDifferently) {
  const std::string text =
      "MATCH p = shortestPath((a:A|B {k: 1})-[r:T*1..2 {y: -2}]->(b)) WHERE NOT a.x = 1 AND b.y IN [1] "
      "RETURN DISTINCT count(DISTINCT a) AS c, b ORDER BY c DESC SKIP 1 LIMIT 2";
  const std::vector<std::function<void(Statement&)>> changes = {
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].path_variable.reset(); },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].path_variable->text = "q"; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].kind = PathKind::AllShortest; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].kind = PathKind::Plain; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].nodes[0].variable.reset(); },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].nodes[0].labels.pop_back(); },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].nodes[0].labels[1].text = "C"; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].nodes[0].properties.clear(); },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].nodes[0].properties[0].key.text = "j"; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].nodes[1].variable->text = "c"; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels[0].variable.reset(); },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels[0].types.clear(); },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels[0].direction = Direction::Left; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels[0].direction = Direction::Both; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels[0].variable_length = false; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels[0].min_hops = 0; },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels[0].max_hops.reset(); },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels[0].properties[0].value = literal(-2); },
      [](Statement& q) { q.queries[0].clauses[0].patterns[0].rels.clear(); },
      [](Statement& q) { q.queries[0].clauses[0].where.reset(); },
      [](Statement& q) { q.queries[0].clauses[0].where->kind = ExprKind::Or; },
      [](Statement& q) { q.queries[0].clauses[0].where->args[0]->args[0]->op = CompareOp::NotEqual; },
      [](Statement& q) { q.queries[0].clauses[0].where->args[0]->args[0]->args[0]->name = "z"; },
      [](Statement& q) { q.queries[0].clauses[0].where->args[1]->args[1]->args[0]->value = Value(1.0); },
      [](Statement& q) { q.queries[0].clauses[1].projection.distinct = false; },
      [](Statement& q) { q.queries[0].clauses[1].projection.items[0].alias.reset(); },
      [](Statement& q) { q.queries[0].clauses[1].projection.items[0].expr->distinct = false; },
      [](Statement& q) { q.queries[0].clauses[1].projection.items[0].expr->name = "collect"; },
      [](Statement& q) { q.queries[0].clauses[1].projection.items.pop_back(); },
      [](Statement& q) { q.queries[0].clauses[1].projection.order_by[0].descending = false; },
      [](Statement& q) { q.queries[0].clauses[1].projection.order_by.clear(); },
      [](Statement& q) { q.queries[0].clauses[1].projection.skip.reset(); },
      [](Statement& q) { q.queries[0].clauses[1].projection.limit = 3; },
  };
  const std::string original = print_ast(parse(text));
  std::set<std::string> seen = {original};
  for (std::size_t i = 0; i < changes.size(); ++i) {
    Statement query = parse(text);
    changes[i](query);
    const std::string printed = print_ast(query);
    EXPECT_TRUE(seen.insert(printed).second) << "change " << i << " prints like another tree: " << printed;
  }
}

}  // namespace
}  // namespace kg::query
