// Internal to kg_query (not installed): the recursive-descent Parser, shared by
// parser.cpp (statements, clauses, patterns) and parser_expressions.cpp (expressions).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/ast.h"
#include "query/lexer.h"

namespace kg::query {

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text), tokens_(tokenize(text)) {}

  Statement statement();

 private:
  SingleQuery single_query();
  Projection projection(Position position, std::string_view clause);
  const Token& peek(std::size_t ahead = 0) const;
  const Token& next();
  bool accept(TokenKind kind);
  bool is_keyword(std::string_view keyword, std::size_t ahead = 0) const;
  bool accept_keyword(std::string_view keyword);
  [[noreturn]] void fail(const Token& token, const std::string& message) const;
  [[noreturn]] void fail_at(Position position, const std::string& message) const;
  [[noreturn]] void unsupported_or(const std::string& message) const;
  const Token& expect(TokenKind kind, std::string_view what, std::string_view context);
  void expect_keyword(std::string_view keyword, std::string_view context);
  static bool is_reserved(const Token& token);
  bool at_name() const;
  bool at_word() const;
  Name name(std::string_view what);
  std::optional<std::int64_t> count(std::string_view clause, std::optional<Name>& parameter);
  Pattern pattern();
  NodePattern node();
  std::vector<Name> alternatives(std::string_view what);
  Name label_name(std::string_view what);
  std::vector<PropertyEntry> properties();
  ExprPtr literal_value();
  RelPattern relationship();
  void range(RelPattern& rel);
  ReturnItem return_item();

  // Expressions: parser_expressions.cpp.
  ExprPtr make(ExprKind kind, Position position);
  ExprPtr binary(ExprKind kind, ExprPtr left, ExprPtr right);
  ExprPtr measured(ExprPtr expr);

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
  ExprPtr expression();
  ExprPtr xor_expression();
  ExprPtr and_expression();
  ExprPtr operator_chain(ExprKind kind, std::string_view keyword, ExprPtr (Parser::*operand)());
  ExprPtr chain(ExprKind kind, std::vector<ExprPtr>& operands, std::size_t begin, std::size_t end);
  ExprPtr not_expression();
  ExprPtr comparison();
  void no_chained_comparison();

  template <typename Operand>
  ExprPtr left_associative(Operand operand, std::initializer_list<std::pair<TokenKind, ExprKind>> ops);
  ExprPtr additive();
  ExprPtr multiplicative();
  ExprPtr power();
  ExprPtr unary();
  ExprPtr postfix();
  ExprPtr subscript(ExprPtr target);
  ExprPtr case_expression();
  ExprPtr map_literal();
  ExprPtr primary();
  ExprPtr pattern_predicate();
  ExprPtr exists();
  ExprPtr list_comprehension();
  ExprPtr true_literal(Position position);
  ExprPtr quantifier(const Token& function);
  static bool is_quantifier(std::string_view name);
  ExprPtr call();
  ExprPtr list_literal(bool literals_only);

  std::string_view text_;
  std::vector<Token> tokens_;
  std::size_t index_ = 0;
  int depth_ = 0;
};

}  // namespace kg::query
