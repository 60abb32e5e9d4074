// A recursive-descent parser for kg's Cypher subset. Each grammar rule of
// query/README.md is one method; errors name what was expected and what was found.
#include "query/parser.h"

#include <algorithm>
#include <array>

#include "query/parser_impl.h"

namespace kg::query {
namespace {

// Words that cannot name a variable unless written in backticks, sorted
// (is_reserved searches them).
constexpr std::array<std::string_view, 31> kReserved = {
    "ALL",        "AND",      "AS",    "ASC",      "ASCENDING", "BY",    "CONTAINS", "DESC",
    "DESCENDING", "DISTINCT", "ENDS",  "EXISTS",   "FALSE",     "IN",    "IS",       "LIMIT",
    "MATCH",      "NOT",      "NULL",  "OPTIONAL", "OR",        "ORDER", "RETURN",   "SKIP",
    "STARTS",     "TRUE",     "UNION", "UNWIND",   "WHERE",     "WITH",  "XOR",
};
static_assert(std::is_sorted(kReserved.begin(), kReserved.end()));

// Words of expressions that cannot name a variable either (END can: CASE
// knows where to look for it).
constexpr std::array<std::string_view, 4> kExpressionKeywords = {"CASE", "ELSE", "THEN", "WHEN"};
static_assert(std::is_sorted(kExpressionKeywords.begin(), kExpressionKeywords.end()));
constexpr std::size_t kLongestKeyword = 10;  // ASCENDING, DESCENDING

// Clauses of full Cypher that change the graph.
constexpr std::array<std::string_view, 6> kWrites = {"CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE"};
// Other clauses kg does not have.
constexpr std::array<std::string_view, 6> kUnsupported = {"CALL", "FOREACH", "LOAD", "USE", "SHOW", "START"};

}  // namespace

// statement := single_query ((UNION | UNION ALL) single_query)* [;]
Statement Parser::statement() {
  Statement statement;
  statement.queries.push_back(single_query());
  while (is_keyword("UNION")) {
    statement.union_positions.push_back(next().position);
    statement.union_all.push_back(accept_keyword("ALL"));
    statement.queries.push_back(single_query());
  }
  accept(TokenKind::Semicolon);
  if (peek().kind != TokenKind::End) {
    unsupported_or("expected the end of the query, found " + describe(peek()));
  }
  return statement;
}

// single_query := (match | unwind | with)* return
SingleQuery Parser::single_query() {
  SingleQuery query;
  query.clauses.reserve(4);  // most queries: MATCH ... [WITH ... MATCH ...] RETURN
  for (;;) {
    const Token& start = peek();
    Clause clause;
    clause.position = start.position;
    if (is_keyword("MATCH") || (is_keyword("OPTIONAL") && is_keyword("MATCH", 1))) {
      clause.kind = ClauseKind::Match;
      clause.optional = accept_keyword("OPTIONAL");
      next();
      clause.patterns.push_back(pattern());
      while (accept(TokenKind::Comma)) clause.patterns.push_back(pattern());
      if (accept_keyword("WHERE")) clause.where = expression();
    } else if (accept_keyword("UNWIND")) {
      clause.kind = ClauseKind::Unwind;
      clause.expr = expression();
      expect_keyword("AS", "after the list of `UNWIND`");
      clause.alias = name("a variable after `AS`");
    } else if (accept_keyword("WITH")) {
      clause.kind = ClauseKind::With;
      clause.projection = projection(start.position, "WITH");
      if (accept_keyword("WHERE")) clause.where = expression();
    } else if (accept_keyword("RETURN")) {
      clause.kind = ClauseKind::Return;
      clause.projection = projection(start.position, "RETURN");
      query.clauses.push_back(std::move(clause));
      return query;
    } else {
      const bool first = query.clauses.empty();
      unsupported_or(first ? "expected `MATCH`, `OPTIONAL MATCH`, `UNWIND`, `WITH` or `RETURN` at the start "
                             "of the query, found " +
                                 describe(peek())
                           : "expected `RETURN` or another clause (`MATCH`, `OPTIONAL MATCH`, `UNWIND`, "
                             "`WITH`), found " +
                                 describe(peek()));
    }
    query.clauses.push_back(std::move(clause));
  }
}

// projection := [DISTINCT] (* | item) (, item)* [ORDER BY ...] [SKIP n] [LIMIT n]
Projection Parser::projection(Position position, std::string_view clause) {
  Projection projection;
  projection.position = position;
  projection.distinct = accept_keyword("DISTINCT");
  bool more_items = true;
  if (accept(TokenKind::Star)) {
    projection.star = true;
    more_items = accept(TokenKind::Comma);
  }
  while (more_items) {
    projection.items.push_back(return_item());
    more_items = accept(TokenKind::Comma);
  }
  (void)clause;
  if (accept_keyword("ORDER")) {
    expect_keyword("BY", "after `ORDER`");
    do {
      SortItem item;
      item.expr = expression();
      if (accept_keyword("DESC") || accept_keyword("DESCENDING"))
        item.descending = true;
      else if (!accept_keyword("ASC"))
        accept_keyword("ASCENDING");
      projection.order_by.push_back(std::move(item));
    } while (accept(TokenKind::Comma));
  }
  if (accept_keyword("SKIP")) projection.skip = count("SKIP", projection.skip_parameter);
  if (accept_keyword("LIMIT")) projection.limit = count("LIMIT", projection.limit_parameter);
  return projection;
}

const Token& Parser::peek(std::size_t ahead) const {
  return tokens_[std::min(index_ + ahead, tokens_.size() - 1)];
}

const Token& Parser::next() {
  const Token& token = peek();
  if (index_ + 1 < tokens_.size()) ++index_;
  return token;
}

bool Parser::accept(TokenKind kind) {
  if (peek().kind != kind) return false;
  next();
  return true;
}

bool Parser::is_keyword(std::string_view keyword, std::size_t ahead) const {
  const Token& token = peek(ahead);
  return token.kind == TokenKind::Identifier && keyword_equals(token.text, keyword);
}

bool Parser::accept_keyword(std::string_view keyword) {
  if (!is_keyword(keyword)) return false;
  next();
  return true;
}

void Parser::fail(const Token& token, const std::string& message) const {
  throw QueryError(text_, token.position, message);
}

void Parser::fail_at(Position position, const std::string& message) const {
  throw QueryError(text_, position, message);
}

// Fails with `message`, unless the token starts a clause kg lacks.
void Parser::unsupported_or(const std::string& message) const {
  const Token& token = peek();
  if (token.kind == TokenKind::Identifier) {
    for (std::string_view word : kWrites) {
      if (keyword_equals(token.text, word)) {
        fail(token, "kg queries only read the graph: " + std::string(word) + " is not supported");
      }
    }
    for (std::string_view word : kUnsupported) {
      if (keyword_equals(token.text, word)) {
        std::string what(word);
        if (word == "CALL" && peek(1).kind == TokenKind::LBrace) what = "CALL { }";
        if (word == "LOAD") what = "LOAD CSV";
        fail(token, what + " is not supported");
      }
    }
  }
  fail(token, message);
}

const Token& Parser::expect(TokenKind kind, std::string_view what, std::string_view context) {
  if (peek().kind != kind) {
    fail(peek(),
         "expected `" + std::string(what) + "` " + std::string(context) + ", found " + describe(peek()));
  }
  return next();
}

void Parser::expect_keyword(std::string_view keyword, std::string_view context) {
  if (!accept_keyword(keyword)) {
    fail(peek(),
         "expected `" + std::string(keyword) + "` " + std::string(context) + ", found " + describe(peek()));
  }
}

bool Parser::is_reserved(const Token& token) {
  const std::string& text = token.text;
  if (token.kind != TokenKind::Identifier || text.size() < 2 || text.size() > kLongestKeyword) return false;
  // Keywords are ASCII and case-blind: compare the upper-cased word.
  std::array<char, kLongestKeyword> buffer;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    buffer[i] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  }
  const std::string_view word(buffer.data(), text.size());
  return std::binary_search(kReserved.begin(), kReserved.end(), word) ||
         std::binary_search(kExpressionKeywords.begin(), kExpressionKeywords.end(), word);
}

bool Parser::at_name() const {
  const Token& token = peek();
  return token.kind == TokenKind::QuotedIdentifier ||
         (token.kind == TokenKind::Identifier && !is_reserved(token));
}

// An identifier, keyword or not (name() says so if it is one).
bool Parser::at_word() const {
  return peek().kind == TokenKind::Identifier || peek().kind == TokenKind::QuotedIdentifier;
}

Name Parser::name(std::string_view what) {
  const Token& token = peek();
  if (token.kind == TokenKind::Identifier && is_reserved(token)) {
    fail(token, "`" + token.text + "` is a keyword and cannot be " + std::string(what) +
                    "; write it in backticks: `" + token.text + "`");
  }
  // Not reserved (checked above): a name if it is an identifier at all.
  if (token.kind != TokenKind::Identifier && token.kind != TokenKind::QuotedIdentifier)
    fail(token, "expected " + std::string(what) + ", found " + describe(token));
  next();
  return Name{token.text, token.position};
}

// A whole number, or a parameter (set in `parameter`) that must hold one.
std::optional<std::int64_t> Parser::count(std::string_view clause, std::optional<Name>& parameter) {
  const Token& token = peek();
  if (token.kind == TokenKind::Parameter) {
    next();
    parameter = Name{token.text, token.position};
    return std::nullopt;
  }
  if (token.kind != TokenKind::Integer) {
    fail(token, "expected a whole number after `" + std::string(clause) + "`, found " + describe(token));
  }
  next();
  return token.integer;
}

// pattern := [p =] [shortestPath( | allShortestPaths(] node (rel node)* [)]
Pattern Parser::pattern() {
  Pattern pattern;
  pattern.position = peek().position;
  if (at_name() && peek(1).kind == TokenKind::Equal) {
    pattern.path_variable = name("a path variable");
    next();
  }
  bool wrapped = false;
  if (peek().kind == TokenKind::Identifier && peek(1).kind == TokenKind::LParen) {
    if (keyword_equals(peek().text, "shortestPath"))
      pattern.kind = PathKind::Shortest;
    else if (keyword_equals(peek().text, "allShortestPaths"))
      pattern.kind = PathKind::AllShortest;
    else
      fail(peek(),
           "expected a node pattern `(`, `shortestPath(` or `allShortestPaths(`, found " + describe(peek()));
    pattern.position = next().position;
    next();
    wrapped = true;
  }
  pattern.nodes.push_back(node());
  while (peek().kind == TokenKind::Minus || peek().kind == TokenKind::Less) {
    pattern.rels.push_back(relationship());
    pattern.nodes.push_back(node());
  }
  if (wrapped) expect(TokenKind::RParen, ")", "to close the shortest-path pattern");
  return pattern;
}

// node := ( [var] [:Label(|Label)*] [{key: literal, ...}] )
NodePattern Parser::node() {
  NodePattern node;
  const Token& open = peek();
  if (open.kind != TokenKind::LParen) {
    fail(open, "expected a node pattern `(`, found " + describe(open));
  }
  node.position = next().position;
  if (at_word()) node.variable = name("a variable");
  if (accept(TokenKind::Colon)) node.labels = alternatives("a label");
  if (peek().kind == TokenKind::LBrace) node.properties = properties();
  expect(TokenKind::RParen, ")", "to close the node pattern");
  return node;
}

std::vector<Name> Parser::alternatives(std::string_view what) {
  std::vector<Name> names;
  names.push_back(label_name(what));
  while (accept(TokenKind::Pipe)) {
    accept(TokenKind::Colon);  // both :A|B and :A|:B are Cypher
    names.push_back(label_name(what));
  }
  if (peek().kind == TokenKind::Colon) {
    fail(peek(), "a node has one label: write `:A|B` for either, not `:A:B`");
  }
  return names;
}

// Labels and types may be keywords (`:IN_YEAR` is not, but `:Event` could be).
Name Parser::label_name(std::string_view what) {
  const Token& token = peek();
  if (token.kind != TokenKind::Identifier && token.kind != TokenKind::QuotedIdentifier) {
    fail(token, "expected " + std::string(what) + ", found " + describe(token));
  }
  next();
  return Name{token.text, token.position};
}

std::vector<PropertyEntry> Parser::properties() {
  std::vector<PropertyEntry> entries;
  next();  // {
  if (accept(TokenKind::RBrace)) return entries;
  do {
    PropertyEntry entry;
    entry.key = label_name("a property name");
    expect(TokenKind::Colon, ":", "after the property name");
    // A variable bound by an earlier clause (or its property) also stands
    // here: UNWIND $names AS n MATCH (c {name: n}); the checker sees to it.
    entry.value = at_name() ? unary() : literal_value();
    entries.push_back(std::move(entry));
  } while (accept(TokenKind::Comma));
  expect(TokenKind::RBrace, "}", "to close the properties");
  return entries;
}

// A literal in a property map: a string, number, boolean, null or list of them.
ExprPtr Parser::literal_value() {
  const Token& token = peek();
  ExprPtr expr;
  if (token.kind == TokenKind::String || token.kind == TokenKind::Integer || token.kind == TokenKind::Float ||
      token.kind == TokenKind::Minus || token.kind == TokenKind::Parameter || is_keyword("TRUE") ||
      is_keyword("FALSE") || is_keyword("NULL")) {
    expr = unary();
  } else if (token.kind == TokenKind::LBracket) {
    expr = list_literal(true);
  } else {
    fail(token, "expected a literal value (a string, number, true, false, null, list or $parameter), found " +
                    describe(token));
  }
  return expr;
}

// rel := -[ ... ]->  |  <-[ ... ]-  |  -[ ... ]-  (and the bare --> <-- --)
RelPattern Parser::relationship() {
  RelPattern rel;
  rel.position = peek().position;
  bool left = accept(TokenKind::Less);
  expect(TokenKind::Minus, "-",
         left ? "after `<` in a relationship pattern" : "to start a relationship pattern");
  if (accept(TokenKind::LBracket)) {
    if (at_word()) rel.variable = name("a relationship variable");
    if (accept(TokenKind::Colon)) rel.types = alternatives("a relationship type");
    if (peek().kind == TokenKind::Star) range(rel);
    if (peek().kind == TokenKind::LBrace) rel.properties = properties();
    expect(TokenKind::RBracket, "]", "to close the relationship pattern");
  }
  expect(TokenKind::Minus, "-", "after the relationship pattern");
  bool right = accept(TokenKind::Greater);
  if (left && right)
    fail_at(rel.position, "a relationship points one way: write <-[]- or -[]->, or -[]- for either");
  rel.direction = left ? Direction::Left : right ? Direction::Right : Direction::Both;
  return rel;
}

// *[min][..max]
void Parser::range(RelPattern& rel) {
  rel.variable_length = true;
  rel.range_position = next().position;
  if (peek().kind == TokenKind::Integer) rel.min_hops = next().integer;
  if (accept(TokenKind::DotDot)) {
    rel.has_range_dots = true;
    if (peek().kind == TokenKind::Integer) rel.max_hops = next().integer;
  } else if (rel.min_hops) {
    rel.max_hops = rel.min_hops;  // *2 is exactly two hops
  }
}

ReturnItem Parser::return_item() {
  ReturnItem item;
  std::size_t start = peek().position.offset;
  item.expr = expression();
  item.text = std::string(text_.substr(start, item.expr->end - start));
  if (accept_keyword("AS")) item.alias = name("a column name after `AS`");
  return item;
}

Statement parse(std::string_view query) { return Parser(query).statement(); }

}  // namespace kg::query
