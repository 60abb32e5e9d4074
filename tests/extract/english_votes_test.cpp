// How states act on a draft in English United Nations writing: votes for and
// against it (stated, or listed in a recorded vote's tally), co-sponsoring
// it, the draft named by its document symbol, and accession to a treaty.
// Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

// A vote names what it is on, or leaves it unsaid when the paragraph named it.
TEST(EnglishVotes, ForAndAgainstTheDraftNamedBefore) {
  const auto found = facts(
      "The Second Committee took up the Resolution on Ocean Data Sharing. Chile voted in favour. Peru voted "
      "against the draft. Kenya voted yes.\n");
  EXPECT_TRUE(found.count("智利 SUPPORTS Resolution on Ocean Data Sharing"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 OPPOSES Resolution on Ocean Data Sharing"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("肯尼亚 SUPPORTS Resolution on Ocean Data Sharing"))
      << ::testing::PrintToString(found);
}

// A record of statements gives each state's turn its own paragraph, headed by
// the state's name in capitals: a vote there is on the text the record is
// about, however many paragraphs back it was named, and "we" is the state
// whose turn it is (outside quotes).
TEST(EnglishVotes, TurnsOfARecordOfStatements) {
  const auto found = facts(
      "Action on the Resolution on Ocean Data Sharing\n\n"
      "The Resolution on Ocean Data Sharing was approved without objection.\n\n"
      "CHILE\nChile voted in favour. We support the Lima Charter on Open Seas.\n\n"
      "THE NETHERLANDS (on behalf of a group of states)\nWe voted against it.\n\n"
      "Peru welcomed the text. \"We signed the Lima Charter on Open Seas,\" a Kenyan delegate said.\n");
  EXPECT_TRUE(found.count("智利 SUPPORTS Resolution on Ocean Data Sharing"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 SUPPORTS Lima Charter on Open Seas")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("荷兰 OPPOSES Resolution on Ocean Data Sharing"))
      << ::testing::PrintToString(found);
  // (Quoted, "we" is whoever is quoted, not the paragraph's opening state.)
  EXPECT_FALSE(found.count("秘鲁 SIGNED Lima Charter on Open Seas")) << ::testing::PrintToString(found);
}

// A resolution's text declares its body on a line of its own; its paragraphs
// that open with their verb, numbered or not, are the body's acts.
TEST(EnglishVotes, AResolutionsParagraphsActForTheBodyItDeclares) {
  const auto found = facts(
      "The Ocean Assembly,\n\nRecalling its earlier work,\n\n1. Decides to establish the Ocean Data "
      "Panel;\n\n"
      "2. Welcomes the Lima Charter on Open Seas;\n");
  EXPECT_TRUE(found.count("Ocean Assembly PROPOSED Ocean Data Panel")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Ocean Assembly SUPPORTS Lima Charter on Open Seas"))
      << ::testing::PrintToString(found);
  // (A verb inside running text is no paragraph's opening.)
  const auto running =
      facts("The Ocean Assembly,\n\nDelegates said the report welcomes the Lima Charter on Open Seas.\n");
  EXPECT_FALSE(running.count("Ocean Assembly SUPPORTS Lima Charter on Open Seas"))
      << ::testing::PrintToString(running);
}

// A group a relative clause defines names its members after a roster verb:
// they are the subjects of the clause's verb.
TEST(EnglishVotes, TheMembersOfAGroupARelativeClauseDefines) {
  const auto found = facts(
      "The six countries that voted against the Lima Charter on Open Seas were Peru, Bolivia and Chile. The "
      "three states that backed Peru on the motion were Cuba and Kenya.\n");
  for (const char* against : {"秘鲁", "玻利维亚", "智利"}) {
    EXPECT_TRUE(found.count(std::string(against) + " OPPOSES Lima Charter on Open Seas"))
        << against << ::testing::PrintToString(found);
  }
  EXPECT_TRUE(found.count("古巴 SUPPORTS 秘鲁")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("肯尼亚 SUPPORTS 秘鲁")) << ::testing::PrintToString(found);
}

// A relative clause on a common noun has that noun for its subject, not the
// state named before it.
TEST(EnglishVotes, ARelativeClauseOnACommonNoun) {
  const auto found = facts(
      "Chile recalled the Lima Charter on Open Seas and urged delegations that have not yet endorsed it to "
      "do "
      "so.\n");
  EXPECT_FALSE(found.count("智利 REJECTED Lima Charter on Open Seas")) << ::testing::PrintToString(found);
}

// A recorded vote lists, in brackets right after "against", who voted so; the
// states after the count of those in favour did not vote for it.
TEST(EnglishVotes, ListedInTheTallyInBrackets) {
  const auto found = facts(
      "The Resolution on Ocean Data Sharing was approved by a recorded vote of 120 in favour to 3 against "
      "(Belarus, Mali, Niger), with 10 abstentions.\n");
  for (const char* against : {"白俄罗斯", "马里", "尼日尔"}) {
    EXPECT_TRUE(found.count(std::string(against) + " OPPOSES Resolution on Ocean Data Sharing"))
        << against << ::testing::PrintToString(found);
    EXPECT_FALSE(found.count(std::string(against) + " SUPPORTS Resolution on Ocean Data Sharing")) << against;
  }
}

// A draft named by its symbol is an initiative; "the draft" and its short symbol refer to it.
TEST(EnglishVotes, TheDraftNamedByItsSymbol) {
  EXPECT_TRUE(entities("Action on draft resolution A/C.2/79/L.31 followed.\n")
                  .count({graph::NodeType::Initiative, "A/C.2/79/L.31"}));
  const auto found = facts(
      "The committee took action on draft resolution A/C.2/79/L.31. The draft, tabled by Chile, was "
      "approved. "
      "Peru voted against the draft. Kenya was proud to co-sponsor L.31.\n");
  EXPECT_TRUE(found.count("智利 ISSUED A/C.2/79/L.31")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 OPPOSES A/C.2/79/L.31")) << ::testing::PrintToString(found);
  // Co-sponsoring co-signs the draft and takes part in it (guide: 联署).
  EXPECT_TRUE(found.count("肯尼亚 SIGNED A/C.2/79/L.31")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("肯尼亚 PARTICIPATED_IN A/C.2/79/L.31")) << ::testing::PrintToString(found);
  // A symbol that only cites a source, in a note, names nothing.
  EXPECT_FALSE(entities("[2] A/68/98 (2013).\n").count({graph::NodeType::Initiative, "A/68/98"}));
}

// Acceding to a treaty is becoming a party to it, not signing it.
TEST(EnglishTreaties, AccedingIsTakingPart) {
  const auto found = facts(
      "The Ocean Data Convention opened for signature in 2020. Benin and Fiji acceded in June 2024, and "
      "Chile "
      "acceded to the Ocean Data Convention a month later.\n");
  for (const char* party : {"贝宁", "斐济", "智利"}) {
    EXPECT_TRUE(found.count(std::string(party) + " PARTICIPATED_IN Ocean Data Convention"))
        << party << ::testing::PrintToString(found);
    EXPECT_FALSE(found.count(std::string(party) + " SIGNED Ocean Data Convention")) << party;
  }
}

// A passive's agents named after a counted group and a comma: by its three founding members, A, B and C.
TEST(EnglishTreaties, SignedByAGroupListedAfterIt) {
  const auto found = facts(
      "The Ocean Data Convention was signed in June 2020 by its three founding members, Chile, Peru and "
      "Kenya.\n");
  for (const char* signer : {"智利", "秘鲁", "肯尼亚"}) {
    EXPECT_TRUE(found.count(std::string(signer) + " SIGNED Ocean Data Convention"))
        << signer << ::testing::PrintToString(found);
  }
}

// An ordinal's infinitive names who did it: the list after it (the first to sign X were A and B), or the
// subject of the copula before it (X became the latest state to sign).
TEST(EnglishTreaties, TheFirstOrTheLatestToSign) {
  const auto first =
      facts("In Lima the first to sign the Ocean Data Convention were Chile, Peru and Kenya.\n");
  for (const char* signer : {"智利", "秘鲁", "肯尼亚"}) {
    EXPECT_TRUE(first.count(std::string(signer) + " SIGNED Ocean Data Convention"))
        << signer << ::testing::PrintToString(first);
  }
  const auto latest = facts("Fiji on Thursday became the latest state to sign the Ocean Data Convention.\n");
  EXPECT_TRUE(latest.count("斐济 SIGNED Ocean Data Convention")) << ::testing::PrintToString(latest);
}

// A treaty referred to by a pronoun is dated by the act on it; "The text" is the document named most.
TEST(EnglishTreaties, ActsOnATreatyReferredTo) {
  const auto found = facts(
      "The Ocean Data Convention opened for signature in 2001. Chile ratified it in 2006. The text was "
      "adopted "
      "by the Committee of Ministers in 2001.\n");
  EXPECT_TRUE(found.count("智利 ADOPTED Ocean Data Convention")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Ocean Data Convention IN_YEAR 2006")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Committee of Ministers ADOPTED Ocean Data Convention"))
      << ::testing::PrintToString(found);
}

// A passive participle opening the sentence is about the main clause's subject, after its agents.
TEST(EnglishTreaties, AParticipleOpeningTheSentence) {
  const auto found = facts(
      "Launched in June 2020 by fifteen founding members, among them Chile, Peru and Kenya, the Ocean Data "
      "Partnership now has 29 members.\n");
  for (const char* founder : {"智利", "秘鲁", "肯尼亚"}) {
    EXPECT_TRUE(found.count(std::string(founder) + " PROPOSED Ocean Data Partnership"))
        << founder << ::testing::PrintToString(found);
  }
}

// A participle coordinated with one before shares its object: opened for signature … and signed there by.
TEST(EnglishTreaties, ACoordinatedParticipleSharesItsObject) {
  const auto found = facts(
      "The Ocean Data Convention, opened for signature in Lima in June 2024 and signed there by Chile and "
      "Peru, enters into force next year. The Harbour Code was drafted in 2021 and adopted by Kenya.\n");
  EXPECT_TRUE(found.count("智利 SIGNED Ocean Data Convention")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 SIGNED Ocean Data Convention")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("肯尼亚 ADOPTED Harbour Code")) << ::testing::PrintToString(found);
}

// Those who signed alongside the subject, after a place and a date too, signed; "as did" after "it" too.
TEST(EnglishTreaties, SignedAlongsideAndAsDid) {
  const auto found = facts(
      "Chile signed the Ocean Data Convention in Lima on 5 June alongside Peru and Kenya. The Harbour Code "
      "came to a vote in 2019. When it did, Chile voted against it, as did Peru.\n");
  EXPECT_TRUE(found.count("秘鲁 SIGNED Ocean Data Convention")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Ocean Data Convention")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 OPPOSES Harbour Code")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("智利 OPPOSES 秘鲁")) << ::testing::PrintToString(found);
  // A date with its year between is a date too.
  const auto dated =
      facts("Chile signed the Ocean Data Convention in Lima in June 2025 together with Peru.\n");
  EXPECT_TRUE(dated.count("秘鲁 SIGNED Ocean Data Convention")) << ::testing::PrintToString(dated);
}

}  // namespace
}  // namespace kg::extract
