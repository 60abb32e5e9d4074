// A recursive-descent parser for kg's Cypher subset. Each grammar rule of
// query/README.md is one method; errors name what was expected and what was found.
#include "query/parser.h"

#include <algorithm>
#include <array>

#include "query/lexer.h"

namespace kg::query {
namespace {

// Words that cannot name a variable unless written in backticks.
constexpr std::array<std::string_view, 31> kReserved = {
    "MATCH",     "WHERE", "RETURN",     "DISTINCT", "AS",     "ORDER", "BY",    "ASC",
    "ASCENDING", "DESC",  "DESCENDING", "SKIP",     "LIMIT",  "AND",   "OR",    "XOR",
    "NOT",       "IN",    "CONTAINS",   "STARTS",   "ENDS",   "WITH",  "IS",    "NULL",
    "TRUE",      "FALSE", "OPTIONAL",   "UNION",    "UNWIND", "ALL",   "EXISTS"};

// Words of expressions that cannot name a variable either (END can: CASE
// knows where to look for it).
constexpr std::array<std::string_view, 4> kExpressionKeywords = {"CASE", "WHEN", "THEN", "ELSE"};

// Clauses of full Cypher that change the graph.
constexpr std::array<std::string_view, 6> kWrites = {"CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE"};
// Other clauses kg does not have.
constexpr std::array<std::string_view, 6> kUnsupported = {"CALL", "FOREACH", "LOAD", "USE", "SHOW", "START"};

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text), tokens_(tokenize(text)) {}

  // statement := single_query ((UNION | UNION ALL) single_query)* [;]
  Statement statement() {
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

 private:
  // single_query := (match | unwind | with)* return
  SingleQuery single_query() {
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
        unsupported_or(first
                           ? "expected `MATCH`, `OPTIONAL MATCH`, `UNWIND`, `WITH` or `RETURN` at the start "
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
  Projection projection(Position position, std::string_view clause) {
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

  const Token& peek(std::size_t ahead = 0) const {
    return tokens_[std::min(index_ + ahead, tokens_.size() - 1)];
  }
  const Token& next() {
    const Token& token = peek();
    if (index_ + 1 < tokens_.size()) ++index_;
    return token;
  }
  bool accept(TokenKind kind) {
    if (peek().kind != kind) return false;
    next();
    return true;
  }
  bool is_keyword(std::string_view keyword, std::size_t ahead = 0) const {
    const Token& token = peek(ahead);
    return token.kind == TokenKind::Identifier && keyword_equals(token.text, keyword);
  }
  bool accept_keyword(std::string_view keyword) {
    if (!is_keyword(keyword)) return false;
    next();
    return true;
  }

  [[noreturn]] void fail(const Token& token, const std::string& message) const {
    throw QueryError(text_, token.position, message);
  }
  [[noreturn]] void fail_at(Position position, const std::string& message) const {
    throw QueryError(text_, position, message);
  }
  // Fails with `message`, unless the token starts a clause kg lacks.
  [[noreturn]] void unsupported_or(const std::string& message) const {
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

  const Token& expect(TokenKind kind, std::string_view what, std::string_view context) {
    if (peek().kind != kind) {
      fail(peek(),
           "expected `" + std::string(what) + "` " + std::string(context) + ", found " + describe(peek()));
    }
    return next();
  }
  void expect_keyword(std::string_view keyword, std::string_view context) {
    if (!accept_keyword(keyword)) {
      fail(peek(),
           "expected `" + std::string(keyword) + "` " + std::string(context) + ", found " + describe(peek()));
    }
  }

  static bool is_reserved(const Token& token) {
    if (token.kind != TokenKind::Identifier) return false;
    for (std::string_view word : kReserved) {
      if (keyword_equals(token.text, word)) return true;
    }
    for (std::string_view word : kExpressionKeywords) {
      if (keyword_equals(token.text, word)) return true;
    }
    return false;
  }
  bool at_name() const {
    const Token& token = peek();
    return token.kind == TokenKind::QuotedIdentifier ||
           (token.kind == TokenKind::Identifier && !is_reserved(token));
  }
  // An identifier, keyword or not (name() says so if it is one).
  bool at_word() const {
    return peek().kind == TokenKind::Identifier || peek().kind == TokenKind::QuotedIdentifier;
  }
  Name name(std::string_view what) {
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
  std::optional<std::int64_t> count(std::string_view clause, std::optional<Name>& parameter) {
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
  Pattern pattern() {
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
        fail(peek(), "expected a node pattern `(`, `shortestPath(` or `allShortestPaths(`, found " +
                         describe(peek()));
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
  NodePattern node() {
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

  std::vector<Name> alternatives(std::string_view what) {
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
  Name label_name(std::string_view what) {
    const Token& token = peek();
    if (token.kind != TokenKind::Identifier && token.kind != TokenKind::QuotedIdentifier) {
      fail(token, "expected " + std::string(what) + ", found " + describe(token));
    }
    next();
    return Name{token.text, token.position};
  }

  std::vector<PropertyEntry> properties() {
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
  ExprPtr literal_value() {
    const Token& token = peek();
    ExprPtr expr;
    if (token.kind == TokenKind::String || token.kind == TokenKind::Integer ||
        token.kind == TokenKind::Float || token.kind == TokenKind::Minus ||
        token.kind == TokenKind::Parameter || is_keyword("TRUE") || is_keyword("FALSE") ||
        is_keyword("NULL")) {
      expr = unary();
    } else if (token.kind == TokenKind::LBracket) {
      expr = list_literal(true);
    } else {
      fail(token,
           "expected a literal value (a string, number, true, false, null, list or $parameter), found " +
               describe(token));
    }
    return expr;
  }

  // rel := -[ ... ]->  |  <-[ ... ]-  |  -[ ... ]-  (and the bare --> <-- --)
  RelPattern relationship() {
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
  void range(RelPattern& rel) {
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

  ReturnItem return_item() {
    ReturnItem item;
    std::size_t start = peek().position.offset;
    item.expr = expression();
    item.text = std::string(text_.substr(start, item.expr->end - start));
    if (accept_keyword("AS")) item.alias = name("a column name after `AS`");
    return item;
  }

  ExprPtr make(ExprKind kind, Position position) {
    auto expr = std::make_unique<Expr>();
    expr->kind = kind;
    expr->position = position;
    return expr;
  }
  ExprPtr binary(ExprKind kind, ExprPtr left, ExprPtr right) {
    ExprPtr expr = make(kind, left->position);
    expr->end = right->end;
    expr->args.push_back(std::move(left));
    expr->args.push_back(std::move(right));
    return measured(std::move(expr));
  }
  // Sets the height of a node whose arguments are in place. Long chains such
  // as a AND b AND ... are loops here but trees later, walked recursively by
  // the checker and evaluator: bounding the height keeps every stage's stack small.
  ExprPtr measured(ExprPtr expr) {
    for (const ExprPtr& arg : expr->args) expr->height = std::max(expr->height, arg->height + 1);
    if (expr->height > kMaxDepth) fail_at(expr->position, kTooDeep);
    return expr;
  }

  // Guards the recursion of nested parentheses, lists and NOTs, so no query
  // text can exhaust the stack.
  struct Depth {
    explicit Depth(Parser& parser) : parser_(parser) {
      if (++parser_.depth_ > static_cast<int>(kMaxDepth)) parser_.fail(parser_.peek(), kTooDeep);
    }
    ~Depth() { --parser_.depth_; }
    Parser& parser_;
  };
  static constexpr std::uint32_t kMaxDepth = 200;
  static constexpr const char* kTooDeep =
      "the expression nests too deeply (more than 200 levels of parentheses, lists, NOTs or operators)";

  // expr := or ; or := xor (OR xor)* ; xor := and (XOR and)* ; and := not (AND not)*
  ExprPtr expression() {
    Depth depth(*this);
    std::vector<ExprPtr> operands;
    do {
      operands.push_back(xor_expression());
    } while (accept_keyword("OR"));
    return chain(ExprKind::Or, operands, 0, operands.size());
  }
  ExprPtr xor_expression() {
    std::vector<ExprPtr> operands;
    do {
      operands.push_back(and_expression());
    } while (accept_keyword("XOR"));
    return chain(ExprKind::Xor, operands, 0, operands.size());
  }
  ExprPtr and_expression() {
    std::vector<ExprPtr> operands;
    do {
      operands.push_back(not_expression());
    } while (accept_keyword("AND"));
    return chain(ExprKind::And, operands, 0, operands.size());
  }
  // a OR b OR c ... as a balanced tree, ((a OR b) OR c) for three: AND, OR
  // and XOR are associative (nulls included), and its height grows with the
  // logarithm of its length, so 200 flat terms are not 200 levels of nesting.
  ExprPtr chain(ExprKind kind, std::vector<ExprPtr>& operands, std::size_t begin, std::size_t end) {
    if (end - begin == 1) return std::move(operands[begin]);
    const std::size_t middle = begin + (end - begin + 1) / 2;
    ExprPtr left = chain(kind, operands, begin, middle);
    return binary(kind, std::move(left), chain(kind, operands, middle, end));
  }
  ExprPtr not_expression() {
    if (is_keyword("NOT")) {
      Depth depth(*this);
      Position position = next().position;
      ExprPtr operand = not_expression();
      ExprPtr expr = make(ExprKind::Not, position);
      expr->end = operand->end;
      expr->args.push_back(std::move(operand));
      return measured(std::move(expr));
    }
    return comparison();
  }

  // comparison := additive [(= <> < <= > >= =~) additive | IN additive
  //               | CONTAINS additive | STARTS WITH additive | ENDS WITH additive
  //               | IS [NOT] NULL]
  ExprPtr comparison() {
    ExprPtr left = additive();
    static constexpr std::array<std::pair<TokenKind, CompareOp>, 6> kOps = {{
        {TokenKind::Equal, CompareOp::Equal},
        {TokenKind::NotEqual, CompareOp::NotEqual},
        {TokenKind::Less, CompareOp::Less},
        {TokenKind::LessEqual, CompareOp::LessEqual},
        {TokenKind::Greater, CompareOp::Greater},
        {TokenKind::GreaterEqual, CompareOp::GreaterEqual},
    }};
    for (auto [kind, op] : kOps) {
      if (accept(kind)) {
        ExprPtr expr = binary(ExprKind::Compare, std::move(left), additive());
        expr->op = op;
        no_chained_comparison();
        return expr;
      }
    }
    if (peek().kind == TokenKind::RegexMatch) {
      Position at = next().position;
      ExprPtr expr = binary(ExprKind::RegexMatch, std::move(left), additive());
      expr->name_position = at;
      no_chained_comparison();
      return expr;
    }
    if (accept_keyword("IN")) return binary(ExprKind::In, std::move(left), additive());
    if (accept_keyword("CONTAINS")) return binary(ExprKind::Contains, std::move(left), additive());
    if (accept_keyword("STARTS")) {
      expect_keyword("WITH", "after `STARTS`");
      return binary(ExprKind::StartsWith, std::move(left), additive());
    }
    if (accept_keyword("ENDS")) {
      expect_keyword("WITH", "after `ENDS`");
      return binary(ExprKind::EndsWith, std::move(left), additive());
    }
    if (is_keyword("IS")) {
      next();
      ExprPtr expr = make(ExprKind::IsNull, left->position);
      expr->negated = accept_keyword("NOT");
      const Token& null = peek();
      expect_keyword("NULL", expr->negated ? "after `IS NOT`" : "after `IS`");
      expr->end = null.end;
      expr->args.push_back(std::move(left));
      return measured(std::move(expr));
    }
    return left;
  }
  void no_chained_comparison() {
    switch (peek().kind) {
      case TokenKind::Equal:
      case TokenKind::NotEqual:
      case TokenKind::Less:
      case TokenKind::LessEqual:
      case TokenKind::Greater:
      case TokenKind::GreaterEqual:
      case TokenKind::RegexMatch:
        fail(peek(), "comparisons do not chain: write `a < b AND b < c`");
      default:
        return;
    }
  }

  // Left-associative binary operators: each `operand` is the next tighter
  // level. The operator's position is kept in name_position, for errors.
  template <typename Operand>
  ExprPtr left_associative(Operand operand, std::initializer_list<std::pair<TokenKind, ExprKind>> ops) {
    ExprPtr left = (this->*operand)();
    for (;;) {
      const Token& token = peek();
      auto found =
          std::find_if(ops.begin(), ops.end(), [&](const auto& op) { return op.first == token.kind; });
      if (found == ops.end()) return left;
      Position at = next().position;
      left = binary(found->second, std::move(left), (this->*operand)());
      left->name_position = at;
    }
  }
  // additive := multiplicative ((+ | -) multiplicative)*
  ExprPtr additive() {
    ExprPtr sum = left_associative(
        &Parser::multiplicative, {{TokenKind::Plus, ExprKind::Add}, {TokenKind::Minus, ExprKind::Subtract}});
    if (peek().kind == TokenKind::Pipe && peek(1).kind == TokenKind::Pipe &&
        peek(1).position.offset == peek().end) {
      fail(peek(), "`||` is not supported: concatenate strings and lists with `+`");
    }
    return sum;
  }
  // multiplicative := power ((* | / | %) power)*
  ExprPtr multiplicative() {
    return left_associative(&Parser::power, {{TokenKind::Star, ExprKind::Multiply},
                                             {TokenKind::Slash, ExprKind::Divide},
                                             {TokenKind::Percent, ExprKind::Modulo}});
  }
  // power := unary (^ unary)*   (left-associative, as in openCypher)
  ExprPtr power() { return left_associative(&Parser::unary, {{TokenKind::Caret, ExprKind::Power}}); }

  // unary := (- | +) unary | postfix
  ExprPtr unary() {
    if (peek().kind == TokenKind::Minus) {
      Depth depth(*this);
      Position position = next().position;
      ExprPtr operand = unary();
      ExprPtr expr = make(ExprKind::Negate, position);
      expr->end = operand->end;
      expr->args.push_back(std::move(operand));
      return measured(std::move(expr));
    }
    if (peek().kind == TokenKind::Plus) {  // +x is x, as in openCypher
      Depth depth(*this);
      next();
      return unary();
    }
    return postfix();
  }

  // postfix := primary (.key | [index] | [from..to] | :Label(|Label)*)*
  ExprPtr postfix() {
    ExprPtr expr = primary();
    for (;;) {
      if (peek().kind == TokenKind::Dot) {
        next();
        Name key = label_name("a property name after `.`");
        ExprPtr property = make(ExprKind::Property, expr->position);
        property->name = key.text;
        property->name_position = key.position;
        property->end = tokens_[index_ - 1].end;
        property->args.push_back(std::move(expr));
        expr = measured(std::move(property));
      } else if (peek().kind == TokenKind::LBracket) {
        expr = subscript(std::move(expr));
      } else if (peek().kind == TokenKind::Colon) {
        Position at = next().position;
        ExprPtr test = make(ExprKind::HasLabel, expr->position);
        test->name_position = at;
        test->labels = alternatives("a label");
        test->end = tokens_[index_ - 1].end;
        test->args.push_back(std::move(expr));
        expr = measured(std::move(test));
      } else {
        return expr;
      }
    }
  }

  // [index] or [from..to], either bound left out.
  ExprPtr subscript(ExprPtr target) {
    Depth depth(*this);
    Position at = next().position;  // [
    ExprPtr expr = make(ExprKind::Index, target->position);
    expr->name_position = at;
    expr->args.push_back(std::move(target));
    ExprPtr from;
    if (peek().kind != TokenKind::DotDot) from = expression();
    if (accept(TokenKind::DotDot)) {
      expr->kind = ExprKind::Slice;
      if (from) {
        expr->slice_from = true;
        expr->args.push_back(std::move(from));
      }
      if (peek().kind != TokenKind::RBracket) {
        expr->slice_to = true;
        expr->args.push_back(expression());
      }
    } else {
      expr->args.push_back(std::move(from));
    }
    expr->end = expect(TokenKind::RBracket, "]", "to close the subscript").end;
    return measured(std::move(expr));
  }

  // CASE [subject] (WHEN value THEN value)+ [ELSE value] END
  ExprPtr case_expression() {
    Depth depth(*this);
    ExprPtr expr = make(ExprKind::Case, next().position);
    if (!is_keyword("WHEN")) {
      expr->case_subject = true;
      expr->args.push_back(expression());
    }
    if (!is_keyword("WHEN")) fail(peek(), "expected `WHEN` in CASE, found " + describe(peek()));
    while (accept_keyword("WHEN")) {
      expr->args.push_back(expression());
      expect_keyword("THEN", "after the WHEN condition");
      expr->args.push_back(expression());
    }
    if (accept_keyword("ELSE")) {
      expr->case_else = true;
      expr->args.push_back(expression());
    }
    const Token& end = peek();
    expect_keyword("END", "to close CASE");
    expr->end = end.end;
    return measured(std::move(expr));
  }

  // {key: value, ...}: keys sorted, each once.
  ExprPtr map_literal() {
    Depth depth(*this);
    ExprPtr expr = make(ExprKind::MapLiteral, next().position);
    std::vector<std::pair<Name, ExprPtr>> entries;
    if (peek().kind != TokenKind::RBrace) {
      do {
        Name key = label_name("a key in the map");
        for (const auto& entry : entries) {
          if (entry.first.text == key.text)
            fail_at(key.position, "the key `" + key.text + "` is in the map twice");
        }
        expect(TokenKind::Colon, ":", "after the map key");
        entries.emplace_back(std::move(key), expression());
      } while (accept(TokenKind::Comma));
    }
    expr->end = expect(TokenKind::RBrace, "}", "to close the map").end;
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.first.text < b.first.text; });
    for (auto& entry : entries) {
      expr->keys.push_back(entry.first.text);
      expr->args.push_back(std::move(entry.second));
    }
    return measured(std::move(expr));
  }

  ExprPtr primary() {
    const Token& token = peek();
    switch (token.kind) {
      case TokenKind::Integer:
      case TokenKind::Float:
      case TokenKind::String: {
        next();
        ExprPtr expr = make(ExprKind::Literal, token.position);
        expr->end = token.end;
        if (token.kind == TokenKind::Integer)
          expr->value = Value(token.integer);
        else if (token.kind == TokenKind::Float)
          expr->value = Value(token.number);
        else
          expr->value = Value(token.text);
        return expr;
      }
      case TokenKind::Parameter: {
        next();
        ExprPtr expr = make(ExprKind::Parameter, token.position);
        expr->name = token.text;
        expr->end = token.end;
        return expr;
      }
      case TokenKind::LBracket:
        if ((peek(1).kind == TokenKind::Identifier || peek(1).kind == TokenKind::QuotedIdentifier) &&
            is_keyword("IN", 2)) {
          return list_comprehension();
        }
        return list_literal(false);
      case TokenKind::LBrace:
        return map_literal();
      case TokenKind::LParen: {
        Depth depth(*this);
        if (ExprPtr predicate = pattern_predicate()) return predicate;
        next();
        ExprPtr inner = expression();
        const Token& close = expect(TokenKind::RParen, ")", "to close the parenthesis");
        inner->end = close.end;
        return inner;
      }
      case TokenKind::QuotedIdentifier: {
        next();
        ExprPtr expr = make(ExprKind::Variable, token.position);
        expr->name = token.text;
        expr->end = token.end;
        return expr;
      }
      case TokenKind::Identifier:
        break;
      default:
        fail(token,
             "expected a value (a literal, a parameter, a variable, a property or a function call), found " +
                 describe(token));
    }
    if (keyword_equals(token.text, "TRUE") || keyword_equals(token.text, "FALSE") ||
        keyword_equals(token.text, "NULL")) {
      next();
      ExprPtr expr = make(ExprKind::Literal, token.position);
      expr->end = token.end;
      if (!keyword_equals(token.text, "NULL")) expr->value = Value(keyword_equals(token.text, "TRUE"));
      return expr;
    }
    if ((peek(1).kind == TokenKind::LBrace || peek(1).kind == TokenKind::LParen) &&
        keyword_equals(token.text, "EXISTS")) {
      return exists();
    }
    if (peek(1).kind == TokenKind::LParen) return call();
    if (keyword_equals(token.text, "CASE")) return case_expression();
    if (is_reserved(token)) fail(token, "expected a value, found the keyword " + describe(token));
    next();
    ExprPtr expr = make(ExprKind::Variable, token.position);
    expr->name = token.text;
    expr->end = token.end;
    return expr;
  }

  // A pattern with at least one relationship where a value may stand, as in
  // WHERE NOT (a)-[:SIGNED]->(): true when it has a match. Anything else in
  // parentheses is tried as an expression instead.
  ExprPtr pattern_predicate() {
    const std::size_t start = index_;
    Pattern found;
    try {
      found = pattern();
    } catch (const QueryError&) {
      index_ = start;
      return nullptr;
    }
    if (found.rels.empty()) {
      index_ = start;
      return nullptr;
    }
    ExprPtr expr = make(ExprKind::PatternPredicate, found.position);
    expr->end = tokens_[index_ - 1].end;
    expr->subquery = std::make_shared<Subquery>();
    expr->subquery->patterns.push_back(std::move(found));
    return expr;
  }

  // EXISTS { [MATCH] pattern (, pattern)* [WHERE expr] }, or exists(pattern)
  ExprPtr exists() {
    Depth depth(*this);
    const Token& keyword = next();
    ExprPtr expr = make(ExprKind::Exists, keyword.position);
    expr->subquery = std::make_shared<Subquery>();
    if (accept(TokenKind::LParen)) {
      expr->subquery->patterns.push_back(pattern());
      expr->end = expect(TokenKind::RParen, ")", "to close `exists(`").end;
      return expr;
    }
    next();  // {
    accept_keyword("MATCH");
    expr->subquery->patterns.push_back(pattern());
    while (accept(TokenKind::Comma)) expr->subquery->patterns.push_back(pattern());
    if (accept_keyword("WHERE")) {
      expr->subquery->where = expression();
      expr->height = expr->subquery->where->height + 1;
    }
    if (is_keyword("RETURN") || is_keyword("WITH") || is_keyword("MATCH") || is_keyword("UNWIND")) {
      fail(peek(), "EXISTS { } takes one MATCH with patterns and a WHERE; " + describe(peek()) +
                       " in it is not supported");
    }
    expr->end = expect(TokenKind::RBrace, "}", "to close `EXISTS {`").end;
    return expr;
  }

  // [x IN list [WHERE predicate] [| expression]]
  ExprPtr list_comprehension() {
    Depth depth(*this);
    ExprPtr expr = make(ExprKind::ListComprehension, next().position);
    Name variable = name("a variable");
    expr->name = variable.text;
    expr->variable_position = variable.position;
    next();  // IN
    expr->args.push_back(expression());
    expr->has_where = accept_keyword("WHERE");
    expr->args.push_back(expr->has_where ? expression() : true_literal(expr->position));
    expr->has_map = accept(TokenKind::Pipe);
    if (expr->has_map) {
      expr->args.push_back(expression());
    } else {
      ExprPtr self = make(ExprKind::Variable, variable.position);
      self->name = variable.text;
      self->end = variable.position.offset + variable.text.size();
      expr->args.push_back(std::move(self));
    }
    expr->end = expect(TokenKind::RBracket, "]", "to close the list comprehension").end;
    return measured(std::move(expr));
  }

  ExprPtr true_literal(Position position) {
    ExprPtr expr = make(ExprKind::Literal, position);
    expr->value = Value(true);
    expr->end = position.offset;
    return expr;
  }

  // any(x IN list WHERE predicate), and all, none, single
  ExprPtr quantifier(const Token& function) {
    ExprPtr expr = make(ExprKind::Quantifier, function.position);
    expr->name_position = function.position;
    if (keyword_equals(function.text, "all")) expr->quantifier = QuantifierKind::All;
    if (keyword_equals(function.text, "none")) expr->quantifier = QuantifierKind::None;
    if (keyword_equals(function.text, "single")) expr->quantifier = QuantifierKind::Single;
    Name variable = name("a variable");
    expr->name = variable.text;
    expr->variable_position = variable.position;
    next();  // IN
    expr->args.push_back(expression());
    expect_keyword("WHERE", "in `" + function.text + "(x IN list WHERE predicate)`");
    expr->has_where = true;
    expr->args.push_back(expression());
    expr->end = expect(TokenKind::RParen, ")", "to close `" + function.text + "(`").end;
    return measured(std::move(expr));
  }

  static bool is_quantifier(std::string_view name) {
    return keyword_equals(name, "any") || keyword_equals(name, "all") || keyword_equals(name, "none") ||
           keyword_equals(name, "single");
  }

  ExprPtr call() {
    Depth depth(*this);
    const Token& function = next();
    next();  // (
    if ((peek().kind == TokenKind::Identifier || peek().kind == TokenKind::QuotedIdentifier) &&
        is_keyword("IN", 1) && is_quantifier(function.text)) {
      return quantifier(function);
    }
    if (keyword_equals(function.text, "count") && peek().kind == TokenKind::Star) {
      next();
      const Token& close = expect(TokenKind::RParen, ")", "after `count(*`");
      ExprPtr expr = make(ExprKind::CountStar, function.position);
      expr->name = function.text;
      expr->name_position = function.position;
      expr->end = close.end;
      return expr;
    }
    ExprPtr expr = make(ExprKind::Call, function.position);
    expr->name = function.text;
    expr->name_position = function.position;
    expr->distinct = accept_keyword("DISTINCT");
    if (peek().kind != TokenKind::RParen) {
      do {
        expr->args.push_back(expression());
      } while (accept(TokenKind::Comma));
    }
    expr->end = expect(TokenKind::RParen, ")", "to close the argument list of `" + function.text + "`").end;
    return measured(std::move(expr));
  }

  ExprPtr list_literal(bool literals_only) {
    Depth depth(*this);
    ExprPtr expr = make(ExprKind::ListLiteral, next().position);
    if (peek().kind != TokenKind::RBracket) {
      do {
        expr->args.push_back(literals_only ? literal_value() : expression());
      } while (accept(TokenKind::Comma));
    }
    expr->end = expect(TokenKind::RBracket, "]", "to close the list").end;
    return measured(std::move(expr));
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::size_t index_ = 0;
  int depth_ = 0;
};

}  // namespace

Statement parse(std::string_view query) { return Parser(query).statement(); }

}  // namespace kg::query
