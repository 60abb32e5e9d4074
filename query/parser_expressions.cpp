// The expression grammar of the Parser (query/parser_impl.h): operators by
// precedence, literals, CASE, subscripts, calls, comprehensions and quantifiers.
#include <algorithm>
#include <array>
#include <memory>

#include "query/parser_impl.h"

namespace kg::query {

ExprPtr Parser::make(ExprKind kind, Position position) {
  auto expr = std::make_unique<Expr>();
  expr->kind = kind;
  expr->position = position;
  return expr;
}

ExprPtr Parser::binary(ExprKind kind, ExprPtr left, ExprPtr right) {
  ExprPtr expr = make(kind, left->position);
  expr->end = right->end;
  expr->args.push_back(std::move(left));
  expr->args.push_back(std::move(right));
  return measured(std::move(expr));
}

// Sets the height of a node whose arguments are in place. Long chains such
// as a AND b AND ... are loops here but trees later, walked recursively by
// the checker and evaluator: bounding the height keeps every stage's stack small.
ExprPtr Parser::measured(ExprPtr expr) {
  for (const ExprPtr& arg : expr->args) expr->height = std::max(expr->height, arg->height + 1);
  if (expr->height > kMaxDepth) fail_at(expr->position, kTooDeep);
  return expr;
}

// expr := or ; or := xor (OR xor)* ; xor := and (XOR and)* ; and := not (AND not)*
ExprPtr Parser::expression() {
  Depth depth(*this);
  return operator_chain(ExprKind::Or, "OR", &Parser::xor_expression);
}

ExprPtr Parser::xor_expression() { return operator_chain(ExprKind::Xor, "XOR", &Parser::and_expression); }

ExprPtr Parser::and_expression() { return operator_chain(ExprKind::And, "AND", &Parser::not_expression); }

// operand (KEYWORD operand)*, as chain() builds it. Most expressions have no
// such operator: they are returned as parsed, without a list of operands.
ExprPtr Parser::operator_chain(ExprKind kind, std::string_view keyword, ExprPtr (Parser::*operand)()) {
  ExprPtr first = (this->*operand)();
  if (!is_keyword(keyword)) return first;
  std::vector<ExprPtr> operands;
  operands.push_back(std::move(first));
  while (accept_keyword(keyword)) operands.push_back((this->*operand)());
  return chain(kind, operands, 0, operands.size());
}

// a OR b OR c ... as a balanced tree, ((a OR b) OR c) for three: AND, OR
// and XOR are associative (nulls included), and its height grows with the
// logarithm of its length, so 200 flat terms are not 200 levels of nesting.
ExprPtr Parser::chain(ExprKind kind, std::vector<ExprPtr>& operands, std::size_t begin, std::size_t end) {
  if (end - begin == 1) return std::move(operands[begin]);
  const std::size_t middle = begin + (end - begin + 1) / 2;
  ExprPtr left = chain(kind, operands, begin, middle);
  return binary(kind, std::move(left), chain(kind, operands, middle, end));
}

ExprPtr Parser::not_expression() {
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
ExprPtr Parser::comparison() {
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

void Parser::no_chained_comparison() {
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
ExprPtr Parser::left_associative(Operand operand, std::initializer_list<std::pair<TokenKind, ExprKind>> ops) {
  ExprPtr left = (this->*operand)();
  for (;;) {
    const Token& token = peek();
    auto found = std::find_if(ops.begin(), ops.end(), [&](const auto& op) { return op.first == token.kind; });
    if (found == ops.end()) return left;
    Position at = next().position;
    left = binary(found->second, std::move(left), (this->*operand)());
    left->name_position = at;
  }
}

// additive := multiplicative ((+ | -) multiplicative)*
ExprPtr Parser::additive() {
  ExprPtr sum = left_associative(&Parser::multiplicative,
                                 {{TokenKind::Plus, ExprKind::Add}, {TokenKind::Minus, ExprKind::Subtract}});
  if (peek().kind == TokenKind::Pipe && peek(1).kind == TokenKind::Pipe &&
      peek(1).position.offset == peek().end) {
    fail(peek(), "`||` is not supported: concatenate strings and lists with `+`");
  }
  return sum;
}

// multiplicative := power ((* | / | %) power)*
ExprPtr Parser::multiplicative() {
  return left_associative(&Parser::power, {{TokenKind::Star, ExprKind::Multiply},
                                           {TokenKind::Slash, ExprKind::Divide},
                                           {TokenKind::Percent, ExprKind::Modulo}});
}

// power := unary (^ unary)*   (left-associative, as in openCypher)
ExprPtr Parser::power() { return left_associative(&Parser::unary, {{TokenKind::Caret, ExprKind::Power}}); }

// unary := (- | +) unary | postfix
ExprPtr Parser::unary() {
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
ExprPtr Parser::postfix() {
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
ExprPtr Parser::subscript(ExprPtr target) {
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
ExprPtr Parser::case_expression() {
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
ExprPtr Parser::map_literal() {
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

ExprPtr Parser::primary() {
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
ExprPtr Parser::pattern_predicate() {
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
ExprPtr Parser::exists() {
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
ExprPtr Parser::list_comprehension() {
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

ExprPtr Parser::true_literal(Position position) {
  ExprPtr expr = make(ExprKind::Literal, position);
  expr->value = Value(true);
  expr->end = position.offset;
  return expr;
}

// any(x IN list WHERE predicate), and all, none, single
ExprPtr Parser::quantifier(const Token& function) {
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

bool Parser::is_quantifier(std::string_view name) {
  return keyword_equals(name, "any") || keyword_equals(name, "all") || keyword_equals(name, "none") ||
         keyword_equals(name, "single");
}

ExprPtr Parser::call() {
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

ExprPtr Parser::list_literal(bool literals_only) {
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

}  // namespace kg::query
