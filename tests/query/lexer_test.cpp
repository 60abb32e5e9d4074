// The lexer: tokens, positions, Unicode names and the errors it reports.
#include "query/lexer.h"

#include <gtest/gtest.h>

namespace kg::query {
namespace {

std::vector<TokenKind> kinds(std::string_view text) {
  std::vector<TokenKind> result;
  for (const Token& token : tokenize(text)) result.push_back(token.kind);
  return result;
}

TEST(Lexer, SplitsARelationshipPatternIntoSingleCharacterTokens) {
  using K = TokenKind;
  EXPECT_EQ(kinds("(a)<-[r:T*1..3]->(b)"),
            (std::vector<K>{K::LParen,   K::Identifier, K::RParen,     K::Less,       K::Minus,
                            K::LBracket, K::Identifier, K::Colon,      K::Identifier, K::Star,
                            K::Integer,  K::DotDot,     K::Integer,    K::RBracket,   K::Minus,
                            K::Greater,  K::LParen,     K::Identifier, K::RParen,     K::End}));
}

TEST(Lexer, ReadsParametersWithTheirNames) {
  std::vector<Token> tokens = tokenize("$who = $`a name` $中国 $0 $x.y");
  ASSERT_EQ(tokens.size(), 9U);
  EXPECT_EQ(tokens[0].kind, TokenKind::Parameter);
  EXPECT_EQ(tokens[0].text, "who");
  EXPECT_EQ(tokens[0].position.column, 1U);
  EXPECT_EQ(tokens[2].kind, TokenKind::Parameter);
  EXPECT_EQ(tokens[2].text, "a name");
  EXPECT_EQ(tokens[2].position.column, 8U);
  EXPECT_EQ(tokens[3].text, "中国");
  EXPECT_EQ(tokens[4].text, "0");
  EXPECT_EQ(tokens[5].text, "x");
  EXPECT_EQ(tokens[6].kind, TokenKind::Dot);
}

TEST(Lexer, ADollarWithoutANameIsAnError) {
  for (const char* query : {"RETURN $", "RETURN $ x", "RETURN $(1)"}) {
    try {
      tokenize(query);
      ADD_FAILURE() << query;
    } catch (const QueryError& error) {
      EXPECT_EQ(error.message(), "expected a parameter name after `$`, as in $name") << query;
      EXPECT_EQ(error.column(), 8U) << query;
    }
  }
}

TEST(Lexer, ReadsARangeNotAFloat) {
  std::vector<Token> tokens = tokenize("1..3 1.5 .5 2e3");
  EXPECT_EQ(tokens[0].kind, TokenKind::Integer);
  EXPECT_EQ(tokens[1].kind, TokenKind::DotDot);
  EXPECT_EQ(tokens[2].integer, 3);
  EXPECT_EQ(tokens[3].kind, TokenKind::Float);
  EXPECT_DOUBLE_EQ(tokens[3].number, 1.5);
  EXPECT_DOUBLE_EQ(tokens[4].number, 0.5);
  EXPECT_DOUBLE_EQ(tokens[5].number, 2000);
}

TEST(Lexer, ComparisonOperators) {
  using K = TokenKind;
  EXPECT_EQ(kinds("= <> != < <= > >="), (std::vector<K>{K::Equal, K::NotEqual, K::NotEqual, K::Less,
                                                        K::LessEqual, K::Greater, K::GreaterEqual, K::End}));
}

TEST(Lexer, UnicodeIdentifiersAndColumnsInCharacters) {
  std::vector<Token> tokens = tokenize("(国家:Country {name: \"中国\"})");
  EXPECT_EQ(tokens[1].kind, TokenKind::Identifier);
  EXPECT_EQ(tokens[1].text, "国家");
  EXPECT_EQ(tokens[2].position.column, 4u);  // the colon: characters, not bytes
  EXPECT_EQ(tokens[7].kind, TokenKind::String);
  EXPECT_EQ(tokens[7].text, "中国");
}

TEST(Lexer, DecodesEscapesInStrings) {
  std::vector<Token> tokens = tokenize(R"('it\'s' "a\"b" "\u4e2d\n")");
  EXPECT_EQ(tokens[0].text, "it's");
  EXPECT_EQ(tokens[1].text, "a\"b");
  EXPECT_EQ(tokens[2].text, "中\n");
}

TEST(Lexer, BackticksQuoteNames) {
  std::vector<Token> tokens = tokenize("`my var` `a``b`");
  EXPECT_EQ(tokens[0].kind, TokenKind::QuotedIdentifier);
  EXPECT_EQ(tokens[0].text, "my var");
  EXPECT_EQ(tokens[1].text, "a`b");
}

TEST(Lexer, SkipsCommentsAndTracksLines) {
  std::vector<Token> tokens = tokenize("MATCH // find\n  /* all */ (n)");
  EXPECT_EQ(tokens[1].kind, TokenKind::LParen);
  EXPECT_EQ(tokens[1].position.line, 2u);
  EXPECT_EQ(tokens[1].position.column, 13u);
}

TEST(Lexer, KeywordsCompareWithoutCase) {
  EXPECT_TRUE(keyword_equals("match", "MATCH"));
  EXPECT_TRUE(keyword_equals("MaTcH", "MATCH"));
  EXPECT_FALSE(keyword_equals("matches", "MATCH"));
}

TEST(Lexer, RejectsUnknownCharactersWithTheirPosition) {
  try {
    tokenize("MATCH (n) # x");
    FAIL() << "no error";
  } catch (const QueryError& error) {
    EXPECT_EQ(error.column(), 11u);
    EXPECT_EQ(error.message(), "unexpected character `#`");
  }
}

TEST(Lexer, RejectsInvalidUtf8) {
  EXPECT_THROW(tokenize("MATCH (\xff)"), QueryError);
  EXPECT_THROW(tokenize("\"\xc3\""), QueryError);
}

TEST(Lexer, RejectsIntegersOutOfRange) {
  const std::vector<Token> largest = tokenize("9223372036854775807");
  ASSERT_EQ(largest.size(), 2u);
  EXPECT_EQ(largest[0].kind, TokenKind::Integer);
  EXPECT_EQ(largest[0].integer, INT64_MAX);
  EXPECT_THROW(tokenize("9223372036854775808"), QueryError);
}

TEST(Lexer, ArithmeticAndRegexOperators) {
  std::vector<Token> tokens = tokenize("a+b-c*d/e%f^g=~h = i");
  std::vector<TokenKind> kinds;
  for (const Token& token : tokens) kinds.push_back(token.kind);
  EXPECT_EQ(kinds, (std::vector<TokenKind>{
                       TokenKind::Identifier, TokenKind::Plus, TokenKind::Identifier, TokenKind::Minus,
                       TokenKind::Identifier, TokenKind::Star, TokenKind::Identifier, TokenKind::Slash,
                       TokenKind::Identifier, TokenKind::Percent, TokenKind::Identifier, TokenKind::Caret,
                       TokenKind::Identifier, TokenKind::RegexMatch, TokenKind::Identifier, TokenKind::Equal,
                       TokenKind::Identifier, TokenKind::End}));
  // A slash starts a comment only when doubled or followed by a star.
  EXPECT_EQ(tokenize("1 / 2 // half").size(), 4u);
}

}  // namespace
}  // namespace kg::query
