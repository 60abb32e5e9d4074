// English verbs' arguments where something stands between them and the verb:
// an adjunct of time or manner before the object, "both" or another "by"
// before more agents, a counted group coordinated before a relative
// clause's subject (extract/frames/en_verbs.cpp, en_verb_arguments.cpp).
// Sentences written for these tests; names invented where a real one would
// test the gazetteer.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// An adjunct of time or manner may stand between a verb and its object: proposed in 2020 a Programme.
TEST(EnglishObjects, PastAnAdjunctOfTimeOrManner) {
  const auto dated = facts("Kenya and Ghana proposed in 2020 a Programme of Action on Ocean Data.\n");
  EXPECT_TRUE(dated.count("肯尼亚 PROPOSED Programme of Action on Ocean Data @2020"))
      << ::testing::PrintToString(dated);
  EXPECT_TRUE(dated.count("加纳 PROPOSED Programme of Action on Ocean Data"))
      << ::testing::PrintToString(dated);
  const auto manner =
      facts("The General Assembly adopted without a vote in March 2024 the Harbour Declaration on Data.\n");
  EXPECT_TRUE(manner.count("联合国大会 ADOPTED Harbour Declaration on Data @2024"))
      << ::testing::PrintToString(manner);
  // (Not past a relative clause's end to the next name: the X that China put forward in 2023 and the Y.)
  const auto relative = facts(
      "She outlined the Harbour Initiative that Kenya put forward in October 2023 and the Ocean Data "
      "Plan.\n");
  EXPECT_FALSE(relative.count("肯尼亚 PROPOSED Ocean Data Plan")) << ::testing::PrintToString(relative);
  EXPECT_TRUE(relative.count("肯尼亚 PROPOSED Harbour Initiative @2023"))
      << ::testing::PrintToString(relative);
  // (Nor past an apposition's: the X, launched in 2021, gave Brussels a channel.)
  const auto apposition = facts("The Harbour Council, launched in 2021, gave Brussels a channel.\n");
  for (const std::string& fact : apposition) EXPECT_EQ(fact.find("PROPOSED 欧盟"), std::string::npos) << fact;
}

// A passive's agents after "both", and more of them each after a "by" of its own.
TEST(EnglishPassive, AgentsAfterBothAndAfterMoreBys) {
  const auto both = facts("The Harbour Declaration was signed by both the United States and China.\n");
  EXPECT_TRUE(both.count("美国 SIGNED Harbour Declaration")) << ::testing::PrintToString(both);
  EXPECT_TRUE(both.count("中国 SIGNED Harbour Declaration")) << ::testing::PrintToString(both);
  const auto more = facts(
      "The Harbour Convention was signed by Andorra and Georgia, by two non-member States, Israel and the "
      "United States of America, and by the European Union.\n");
  for (const char* signer : {"安道尔", "格鲁吉亚", "以色列", "美国", "欧盟"})
    EXPECT_TRUE(more.count(std::string(signer) + " SIGNED Harbour Convention")) << signer;
  // (A text ending at "by the" ends them too.)
  EXPECT_NO_THROW(facts("The Harbour Convention was signed by Kenya, by the"));
  // (A "by" that is no agent's ends them: by Kenya, by a wide margin.)
  const auto margin = facts("The Harbour Convention was signed by Kenya, by all accounts a first.\n");
  EXPECT_TRUE(margin.count("肯尼亚 SIGNED Harbour Convention")) << ::testing::PrintToString(margin);
}

// A relative clause's subjects past a counted group coordinated first: which 28 countries and the EU
// endorsed.
TEST(EnglishRelative, SubjectsPastACountedGroupFirst) {
  const auto found = facts(
      "The Harbour Declaration, which 28 countries and the EU endorsed at the Ocean Data Summit, was "
      "short.\n");
  EXPECT_TRUE(found.count("欧盟 SIGNED Harbour Declaration")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("欧盟 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(found);
}

// A list before "were among the first ten signatories of X": past a count and an ordinal. "Join" signs.
TEST(EnglishRoster, AmongACountedOrdinalRole) {
  const auto among = facts(
      "Kenya, Chile and the European Union were among the first ten signatories of the Harbour "
      "Convention.\n");
  for (const char* signer : {"肯尼亚", "智利", "欧盟"})
    EXPECT_TRUE(among.count(std::string(signer) + " SIGNED Harbour Convention"))
        << ::testing::PrintToString(among);
  const auto founding = facts("Kenya and Chile were among the 12 founding members of the Harbour Council.\n");
  EXPECT_TRUE(founding.count("肯尼亚 MEMBER_OF Harbour Council")) << ::testing::PrintToString(founding);
  const auto join = facts("The following States join the Harbour Declaration: Kenya, Chile and Peru.\n");
  for (const char* signer : {"肯尼亚", "智利", "秘鲁"})
    EXPECT_TRUE(join.count(std::string(signer) + " SIGNED Harbour Declaration"))
        << ::testing::PrintToString(join);
  // (An invitation to join is no joining.)
  EXPECT_TRUE(facts("We invite Kenya to join the Harbour Declaration.\n").empty());
}

// Plans and attempts to join are no joining; a passive's agent may be a group its leaders name.
TEST(EnglishRoster, AttemptsToJoinAndGroupsLedBy) {
  for (const char* attempt : {"will soon join", "has yet to join", "is considering whether to join",
                              "tried to join", "is eager to join"}) {
    const auto found = facts(std::string("Kenya ") + attempt + " the Harbour Declaration.\n");
    EXPECT_FALSE(found.count("肯尼亚 SIGNED Harbour Declaration")) << attempt;
  }
  const auto led = facts(
      "The Harbour Programme was first put forward in 2020 by a group of States led by France and "
      "Egypt.\n");
  EXPECT_TRUE(led.count("法国 PROPOSED Harbour Programme")) << ::testing::PrintToString(led);
  EXPECT_TRUE(led.count("埃及 PROPOSED Harbour Programme")) << ::testing::PrintToString(led);
  // (A counted group with a word of kind before a relative clause's subject: 26 other countries and the EU.)
  const auto other = facts(
      "The Harbour Declaration, which 26 other countries and the EU endorsed, entered into "
      "force.\n");
  EXPECT_TRUE(other.count("欧盟 SIGNED Harbour Declaration")) << ::testing::PrintToString(other);
}

}  // namespace
}  // namespace kg::extract
