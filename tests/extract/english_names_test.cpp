// English names by their shape: where a run of capitalised words begins and
// ends (extract/recognizers/english_names.cpp, english_scan.cpp). Sentences
// written for these tests; names invented where a real one would test the
// gazetteer.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

bool named(const std::set<testing::Entity>& found, const std::string& name) {
  for (const auto& [type, entity] : found) {
    if (entity == name) return true;
  }
  return false;
}

// A kind word with only a place after "in" is no name: the Convention, adopted there.
TEST(EnglishKindName, AKindAndOnlyAPlaceIsNoName) {
  const auto found =
      entities("The Committee of Ministers adopted the Convention in Strasbourg on 17 May 2024.\n");
  EXPECT_FALSE(named(found, "Convention in Strasbourg")) << ::testing::PrintToString(found);
  EXPECT_FALSE(named(entities("Kenya hosted the Forum in Nairobi in 2024.\n"), "Forum in Nairobi"));
  // (A name before the kind keeps it, and a topic after it is the name's: the Convention on Data Flows.)
  EXPECT_TRUE(named(entities("Lumeria adopted the Convention on Data Flows in Oslo in 2021.\n"),
                    "Convention on Data Flows"));
}

// A hyphenated word's lowercase part stays in the name: Security and Co-operation.
TEST(EnglishKindName, AHyphenatedWordsLowercasePartIsTheNames) {
  const auto found = entities("The Organization for Harbour Security and Co-operation met in May.\n");
  EXPECT_TRUE(named(found, "Organization for Harbour Security and Co-operation"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(named(found, "Organization for Harbour Security and Co"));
}

// A word right before "the" opens no name: Although|the Harbour Council.
TEST(EnglishKindName, AWordBeforeTheOpensNone) {
  const auto found = entities("Although the Harbour Data Council met twice, it adopted nothing.\n");
  EXPECT_TRUE(named(found, "Harbour Data Council")) << ::testing::PrintToString(found);
  EXPECT_FALSE(named(found, "Although the Harbour Data Council"));
  // (Inside a name "the" follows a connector: the Ministry of the Interior.)
  EXPECT_TRUE(named(entities("Lumeria's Ministry of the Interior met.\n"), "Ministry of the Interior"));
}

// A name followed by a known acronym in brackets is the acronym's entity, quoted too, as filings and
// treaties define their terms.
TEST(EnglishKindName, AQuotedKnownAcronymInBracketsNamesItsEntity) {
  const auto found = facts(
      "The Organisation for Economic Co-operation and Development (\"OECD\") adopted the Harbour Principles "
      "in 2019.\n");
  EXPECT_TRUE(found.count("经合组织 ADOPTED Harbour Principles")) << ::testing::PrintToString(found);
  const auto act = entities("The Artificial Intelligence Act (\"AI Act\") applies from 2026.\n");
  EXPECT_TRUE(named(act, "人工智能法案")) << ::testing::PrintToString(act);
  EXPECT_FALSE(named(act, "Artificial Intelligence Act"));
}

// Mechanisms a body sets up and calls leaders launch are names of their kind.
TEST(EnglishKindName, MechanismsAndCalls) {
  const auto found = facts("In May 2019, with Lumeria, Kenya launched the Harbour Call.\n");
  EXPECT_TRUE(found.count("肯尼亚 PROPOSED Harbour Call @2019")) << ::testing::PrintToString(found);
  EXPECT_TRUE(named(entities("The Assembly set up the Harbour Mechanism in 2025.\n"), "Harbour Mechanism"));
}

// A lowercase document name ends before who brought it, and a topic that only points back names none.
TEST(EnglishDescriptiveTitle, EndsBeforeItsSponsorsParticipleAndNeedsATopic) {
  const auto found = facts(
      "In July 2024 the Assembly adopted a resolution on ocean data capacity-building put forward by "
      "Kenya.\n");
  EXPECT_TRUE(found.count("肯尼亚 PROPOSED resolution on ocean data capacity-building"))
      << ::testing::PrintToString(found);
  const auto introduced =
      entities("It adopted a resolution on safe and trustworthy AI introduced by Ghana.\n");
  EXPECT_TRUE(named(introduced, "resolution on safe and trustworthy AI"))
      << ::testing::PrintToString(introduced);
  const auto generic = entities("Russia tabled a resolution on the subject in 1998.\n");
  EXPECT_FALSE(named(generic, "resolution on the subject")) << ::testing::PrintToString(generic);
}

// A kind word's quoted title after "entitled" is its name whole, whatever its words: a joint statement
// entitled "From words to deeds: …" (not only a title-case quote with a kind word in it).
TEST(EnglishKindName, AQuotedTitleAfterEntitledIsTheKindsName) {
  const auto found = entities(
      "We transmit a joint statement entitled \"From words to deeds: advancing responsible behaviour in the "
      "use "
      "of harbour data\" (see annex).\n");
  EXPECT_TRUE(named(found, "From words to deeds: advancing responsible behaviour in the use of harbour data"))
      << ::testing::PrintToString(found);
  for (const auto& [type, name] : found) {
    if (name.starts_with("From words")) {
      EXPECT_EQ(type, graph::NodeType::Initiative);
    }
  }
  // (A two-word kind before it too, and the title is the verb's object.)
  const auto signed_it =
      facts("Chile signed a joint statement entitled \"From words to deeds: next steps\" in May.\n");
  EXPECT_TRUE(signed_it.count("智利 SIGNED From words to deeds: next steps"))
      << ::testing::PrintToString(signed_it);
  // (Not a body's: a panel entitled "What next?" is no organization.)
  for (const auto& [type, name] :
       entities("The forum held a panel entitled \"What next for harbour data?\".\n")) {
    EXPECT_NE(type, graph::NodeType::Organization) << name;
  }
}

}  // namespace
}  // namespace kg::extract
