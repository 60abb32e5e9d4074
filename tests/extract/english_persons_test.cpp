// English persons no title introduces, found by what stands around their
// names: a role word before (co-rapporteurs A and B), a verb only people do
// after (A said), a description after a comma (A, a vice-president of …; A,
// who …). Names invented for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

std::set<std::string> persons(const std::string& text) {
  std::set<std::string> out;
  for (const auto& [type, name] : entities(text)) {
    if (type == graph::NodeType::Person) out.insert(name);
  }
  return out;
}

TEST(EnglishPersonsInContext, AfterARoleWordAListOfNames) {
  EXPECT_EQ(persons("The text was steered by co-rapporteurs Tomas Brandt and Ilse Marnow.\n"),
            (std::set<std::string>{"Ilse Marnow", "Tomas Brandt"}));
  EXPECT_EQ(
      persons("The memorandum was signed by Ms. Vell and her counterpart, Anja Roos.\n").count("Anja Roos"),
      1U);
}

TEST(EnglishPersonsInContext, BeforeAVerbOfSayingOrADescription) {
  EXPECT_EQ(persons("Tomas Brandt said the vote was close.\n"), std::set<std::string>{"Tomas Brandt"});
  EXPECT_EQ(persons("Hanna Vell, a vice-president of the Ocean Commission, signed the accord.\n"),
            std::set<std::string>{"Hanna Vell"});
  EXPECT_EQ(persons("Ilse Marnow, who chairs the panel, agreed.\n"), std::set<std::string>{"Ilse Marnow"});
}

// A word of address names a person; a programme's role label names one after its colon.
TEST(EnglishPersonsInContext, AfterAWordOfAddressOrARoleLabel) {
  EXPECT_EQ(persons("Dr Tomas Brandt opened the session.\n"), std::set<std::string>{"Tomas Brandt"});
  EXPECT_EQ(persons("Rapporteur: Ilse Marnow, Ocean Policy Network (Chile)\n"),
            std::set<std::string>{"Ilse Marnow"});
  EXPECT_TRUE(persons("Chair: Ocean Policy Network\n").empty());
}

// The persons a programme lists by role took part in the event it is the programme of.
TEST(EnglishPersonsInContext, ListedByRoleTakePartInTheEventInFocus) {
  const auto found = facts(
      "The Ocean Data Forum opened in Lima on Monday.\n\nModerator: Dr Tomas Brandt, Ocean Policy Network "
      "(Chile)\nRapporteur: Ilse Marnow, Ocean Policy Network (Peru)\n");
  EXPECT_TRUE(found.count("Tomas Brandt PARTICIPATED_IN Ocean Data Forum"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Ilse Marnow PARTICIPATED_IN Ocean Data Forum")) << ::testing::PrintToString(found);
}

// After a verb only people do, a title that a role word ends is no part of the
// name: co-chaired by National Security Advisor A.
TEST(EnglishPersonsInContext, AnAgentAfterATitleARoleWordEnds) {
  EXPECT_EQ(persons("The dialogue was co-chaired by National Ocean Advisor Tomas Brandt and Ilse Marnow.\n"),
            (std::set<std::string>{"Ilse Marnow", "Tomas Brandt"}));
}

// A middle initial and a generational suffix are part of the name, and the
// initial's full stop ends no sentence.
TEST(EnglishPersonsInContext, AMiddleInitialAndASuffix) {
  EXPECT_EQ(persons("President Tomas R. Brandt Jr. of Chile spoke.\n"),
            std::set<std::string>{"Tomas R. Brandt Jr."});
  const auto found = facts("President Tomas R. Brandt Jr. of Chile spoke.\n");
  EXPECT_TRUE(found.count("Tomas R. Brandt Jr. LEADS 智利")) << ::testing::PrintToString(found);
}

// Places and outlets say things too; acronyms and known names are no persons.
TEST(EnglishPersonsInContext, NotAPlaceAnOutletOrAnAcronym) {
  EXPECT_TRUE(persons("Downing Street said it would wait.\n").empty());
  EXPECT_TRUE(persons("Bletchley Park, the old estate, was chosen.\n").empty());
  EXPECT_TRUE(persons("Scale AI said it would sign.\n").empty());
}

// The definite title before the name, in apposition: the title's holder is
// the body after "of", or the one the gazetteer knows the person heads.
TEST(EnglishLeaders, TheTitleInAppositionBeforeTheName) {
  const auto found = facts("The President of the Ocean Data Agency, Mara Lind, opened the session.\n");
  EXPECT_TRUE(found.count("Mara Lind LEADS Ocean Data Agency")) << ::testing::PrintToString(found);
  const auto known =
      facts("The United Nations hosted the talks. The Secretary-General, António Guterres, spoke first.\n");
  EXPECT_TRUE(known.count("古特雷斯 LEADS 联合国")) << ::testing::PrintToString(known);
  // (Not a list after a title: the Secretary-General, Member States and observers.)
  EXPECT_TRUE(persons("The Secretary-General, Member States and observers agreed.\n").empty());
}

// A title after "its" is held at the body named last: the Commission and its president, X.
TEST(EnglishLeaders, ItsTitleAndTheHolder) {
  const auto found = facts("The Ocean Data Agency and its president, Mara Lind, welcomed the text.\n");
  EXPECT_TRUE(found.count("Mara Lind LEADS Ocean Data Agency")) << ::testing::PrintToString(found);
  // A deputy leads nothing.
  const auto deputy = facts("The Ocean Data Agency and its vice president, Tarn Olsen, welcomed the text.\n");
  EXPECT_FALSE(deputy.count("Tarn Olsen LEADS Ocean Data Agency")) << ::testing::PrintToString(deputy);
}

// A hyphen joins a name's parts (Jean-Marc, Ban Ki-moon), not an adjective (Nairobi-based) nor a title's
// (Vice-Chair, Co-Chair); a title after "the" takes the name before it only as a body's (the chief executive
// of X), the name no part of a longer capitalised run (On Human Rights Day, the Secretary-General said).
TEST(EnglishPersonsInContext, HyphensJoinNamesNotAdjectivesOrTitles) {
  EXPECT_FALSE(
      persons("The session was chaired by Nairobi-based Amara Okoye.\n").count("Nairobi-based Amara Okoye"));
  EXPECT_EQ(persons("The session was chaired by Vice-Chair Amara Okoye.\n"),
            std::set<std::string>{"Amara Okoye"});
  const auto co_chair = facts("The session was chaired by Co-Chair Jonas Vikander of Norway.\n");
  EXPECT_TRUE(co_chair.count("Jonas Vikander LEADS 挪威")) << ::testing::PrintToString(co_chair);
  EXPECT_EQ(persons("Foreign Minister Lee Tae-yul spoke first.\n"), std::set<std::string>{"Lee Tae-yul"});
  EXPECT_TRUE(persons("On Human Rights Day, the Secretary-General said the deal was done.\n").empty());
  // (An incoming or late holder leads nothing now.)
  const auto incoming = facts("It quotes the incoming UN Secretary-General, Amara Okoye, who spoke.\n");
  EXPECT_FALSE(incoming.count("Amara Okoye LEADS 联合国")) << ::testing::PrintToString(incoming);
}

}  // namespace
}  // namespace kg::extract
