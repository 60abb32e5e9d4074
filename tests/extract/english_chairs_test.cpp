// Who chairs what in English, and the adjuncts that stand between a name and
// the clause about it: a state chairing a body takes part in it, a person
// chairing one leads it; a date or place (in brackets too) before a relative
// clause or a participle; a participle's partner, who shares no main verb; an
// apposition opening with "like", whose names act as the subject does; the
// follow-up meeting, which is no earlier one; and the year of a later clause,
// which dates nothing before it. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

// A state or body chairing a body takes part in it, active or passive; a
// person chairing one leads it, past their title's qualifiers (Foreign
// Secretary) and a state's possessive, which chairs nothing.
TEST(EnglishChairs, AStateChairingABodyTakesPartInIt) {
  const auto passive = facts("The Panel of Coastal Experts, chaired by Norway, reported in 2021.\n");
  EXPECT_TRUE(passive.count("挪威 PARTICIPATED_IN Panel of Coastal Experts"))
      << ::testing::PrintToString(passive);
  const auto active = facts("Chile chaired the Panel of Coastal Experts in 2022.\n");
  EXPECT_TRUE(active.count("智利 PARTICIPATED_IN Panel of Coastal Experts"))
      << ::testing::PrintToString(active);
  const auto person =
      facts("The Panel of Coastal Experts, chaired by Norway's Ambassador Tarn Olsen, reported in 2021.\n");
  EXPECT_TRUE(person.count("Tarn Olsen LEADS Panel of Coastal Experts")) << ::testing::PrintToString(person);
  EXPECT_FALSE(person.count("挪威 PARTICIPATED_IN Panel of Coastal Experts"))
      << ::testing::PrintToString(person);
  const auto apostrophe = facts(
      "The Panel of Coastal Experts, chaired by the United States' Ambassador Tarn Olsen, reported in "
      "2021.\n");
  EXPECT_FALSE(apostrophe.count("美国 PARTICIPATED_IN Panel of Coastal Experts"))
      << ::testing::PrintToString(apostrophe);
  // (A title alone stands for the state: launched by France's president.)
  const auto state = facts("The Coastal Data Initiative was launched by France's president in 2021.\n");
  EXPECT_TRUE(state.count("法国 PROPOSED Coastal Data Initiative")) << ::testing::PrintToString(state);
  const auto titled =
      facts("The Nordic Data Conference, chaired by Foreign Secretary Mara Lind, opened in Oslo in 2011.\n");
  EXPECT_TRUE(titled.count("Mara Lind PARTICIPATED_IN Nordic Data Conference"))
      << ::testing::PrintToString(titled);
}

// Chairing with the event left unsaid is chairing the one just named.
TEST(EnglishChairs, CoChairingTheEventJustNamed) {
  const auto found = facts(
      "The Nordic Data Summit was held in Oslo in March 2025. Tarn Olsen hosted it and Mara Lind "
      "co-chaired.\n");
  EXPECT_TRUE(found.count("Mara Lind PARTICIPATED_IN Nordic Data Summit")) << ::testing::PrintToString(found);
  // (Not in a relative clause, whose object is its antecedent.)
  const auto relative = facts(
      "The Nordic Data Summit was held in Oslo in 2024. The working group, which Norway chaired, reported "
      "later.\n");
  EXPECT_FALSE(relative.count("挪威 PARTICIPATED_IN Nordic Data Summit"))
      << ::testing::PrintToString(relative);
}

// An earlier passive's agent before a finite verb is no object of the next
// passive: the meeting's co-chair leads no White House.
TEST(EnglishChairs, AnEarlierAgentIsNotWhatWasChaired) {
  const auto found = facts(
      "The Nordic Data Summit was held in Oslo in 2024. The meeting, which was hosted by the Nordic Council, "
      "was "
      "co-chaired by Tarn Olsen.\n");
  EXPECT_FALSE(found.count("Tarn Olsen LEADS Nordic Council")) << ::testing::PrintToString(found);
  // A participle after it is about it: drawn up by the X, chaired by Y.
  const auto participle = facts(
      "The text was drawn up by the Panel of Coastal Experts, chaired by Ambassador Tarn Olsen, in 2023.\n");
  EXPECT_TRUE(participle.count("Tarn Olsen LEADS Panel of Coastal Experts"))
      << ::testing::PrintToString(participle);
}

// A partner after a participle's "with" shares the participle, not the main
// verb; a co-actor's "together with" shares it.
TEST(EnglishChairs, AParticiplesPartnerIsNoSubject) {
  const auto found = facts("France, co-chairing with India, hosted the Nordic Data Summit in Oslo.\n");
  EXPECT_TRUE(found.count("法国 HOSTED Nordic Data Summit")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("印度 HOSTED Nordic Data Summit")) << ::testing::PrintToString(found);
  const auto together = facts("France, together with India, hosted the Nordic Data Summit in Oslo.\n");
  EXPECT_TRUE(together.count("印度 HOSTED Nordic Data Summit")) << ::testing::PrintToString(together);
}

// A place and a date, or a date in brackets, may stand between an event and
// the relative clause or participle about it.
TEST(EnglishChairs, AdjunctsBeforeTheClauseAboutAnEvent) {
  const auto relative = facts(
      "Delegates recalled the Nordic Data Summit in Oslo in February, which France and India co-chaired.\n");
  EXPECT_TRUE(relative.count("法国 PARTICIPATED_IN Nordic Data Summit"))
      << ::testing::PrintToString(relative);
  EXPECT_TRUE(relative.count("印度 PARTICIPATED_IN Nordic Data Summit"))
      << ::testing::PrintToString(relative);
  const auto bracketed = facts(
      "She joined the delegation to the Nordic Data Summit (May 2024), which Norway co-hosted with Chile.\n");
  EXPECT_TRUE(bracketed.count("挪威 HOSTED Nordic Data Summit @2024")) << ::testing::PrintToString(bracketed);
  EXPECT_TRUE(bracketed.count("智利 HOSTED Nordic Data Summit")) << ::testing::PrintToString(bracketed);
  const auto participle =
      facts("She attended the Nordic Data Summit in Oslo (February 2025), co-chaired by France and India.\n");
  EXPECT_TRUE(participle.count("法国 PARTICIPATED_IN Nordic Data Summit"))
      << ::testing::PrintToString(participle);
  EXPECT_TRUE(participle.count("Nordic Data Summit IN_YEAR 2025")) << ::testing::PrintToString(participle);
  const auto dated =
      facts("The Nordic Data Summit of February 2025, co-chaired by France and India, closed.\n");
  EXPECT_TRUE(dated.count("印度 PARTICIPATED_IN Nordic Data Summit")) << ::testing::PrintToString(dated);
  const auto days = facts(
      "The third, the Nordic Data Summit in Oslo on 10–11 February 2025, was co-chaired by France and "
      "India.\n");
  EXPECT_TRUE(days.count("法国 PARTICIPATED_IN Nordic Data Summit")) << ::testing::PrintToString(days);
  EXPECT_TRUE(days.count("Nordic Data Summit IN_YEAR 2025")) << ::testing::PrintToString(days);
}

// The names an apposition opening with "like" lists act as the subject does;
// "unlike" names no one who did.
TEST(EnglishChairs, LikeItsPeersTheSubjectSigned) {
  const auto found = facts("Canada, like Chile and Japan, had signed the Coastal Data Charter in 2021.\n");
  EXPECT_TRUE(found.count("加拿大 SIGNED Coastal Data Charter")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 SIGNED Coastal Data Charter")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("日本 SIGNED Coastal Data Charter")) << ::testing::PrintToString(found);
  const auto unlike = facts("Canada, unlike Chile and Japan, had signed the Coastal Data Charter in 2021.\n");
  EXPECT_TRUE(unlike.count("加拿大 SIGNED Coastal Data Charter")) << ::testing::PrintToString(unlike);
  EXPECT_FALSE(unlike.count("智利 SIGNED Coastal Data Charter")) << ::testing::PrintToString(unlike);
}

// Subscribing to a declaration signs it; conceiving or beginning an
// initiative or a body proposes it.
TEST(EnglishChairs, SubscribingConceivingBeginning) {
  const auto subscribed = facts("In 2023, Chile and Norway subscribed to the Coastal Data Declaration.\n");
  EXPECT_TRUE(subscribed.count("智利 SIGNED Coastal Data Declaration"))
      << ::testing::PrintToString(subscribed);
  const auto conceived =
      facts("The Coastal Data Partnership, conceived by Canada and France, began work in 2020.\n");
  EXPECT_TRUE(conceived.count("加拿大 PROPOSED Coastal Data Partnership"))
      << ::testing::PrintToString(conceived);
  const auto begun = facts(
      "The Coastal Data Charter, begun by Prime Minister Tarn Olsen and President Mara Lind in 2019, "
      "grew.\n");
  EXPECT_TRUE(begun.count("Mara Lind PROPOSED Coastal Data Charter")) << ::testing::PrintToString(begun);
}

// The follow-up meeting, the next summit, is another one than the one named:
// its hosts host nothing named.
TEST(EnglishChairs, TheFollowUpMeetingIsAnotherOne) {
  const auto found = facts(
      "Chile attended the Nordic Data Summit in Oslo in 2023. The follow-up meeting, co-hosted by Peru and "
      "Norway, drew fewer states.\n");
  EXPECT_TRUE(found.count("智利 PARTICIPATED_IN Nordic Data Summit")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("秘鲁 HOSTED Nordic Data Summit")) << ::testing::PrintToString(found);
  // (An ordinal may be the named one's own: the Second Nordic Data Meeting, the second meeting.)
  const auto second = facts(
      "The Second Nordic Data Meeting opened in Oslo in 2024. The second meeting was hosted by Norway.\n");
  EXPECT_TRUE(second.count("挪威 HOSTED Second Nordic Data Meeting")) << ::testing::PrintToString(second);
}

// An adjunct set off by commas may stand between a verb and its object.
TEST(EnglishChairs, AnAdjunctBetweenTheVerbAndItsObject) {
  const auto found =
      facts("In March 2024 the Nordic Council adopted, without a vote, the Coastal Data Charter.\n");
  EXPECT_TRUE(found.count("Nordic Council ADOPTED Coastal Data Charter @2024"))
      << ::testing::PrintToString(found);
}

// The year of a later clause after ", and" dates nothing before it.
TEST(EnglishChairs, ALaterClausesYearDatesNothingBefore) {
  const auto found = facts(
      "In October 2023 Tarn Olsen announced the Coastal Data Initiative at the Nordic Data Summit, and in "
      "July "
      "2025 Mara Lind proposed the Lagoon Data Charter.\n");
  EXPECT_TRUE(found.count("Coastal Data Initiative IN_YEAR 2023")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("Coastal Data Initiative IN_YEAR 2025")) << ::testing::PrintToString(found);
  // (A list's serial comma goes on with the list: its year is the act's.)
  const auto serial =
      facts("The Coastal Data Charter was signed by Canada, Chile, and Japan on 5 May 2019.\n");
  EXPECT_TRUE(serial.count("日本 SIGNED Coastal Data Charter @2019")) << ::testing::PrintToString(serial);
  EXPECT_TRUE(serial.count("加拿大 SIGNED Coastal Data Charter @2019")) << ::testing::PrintToString(serial);
}

// A CV's or a log's past tense and its preposition open no name.
TEST(EnglishChairs, APastTenseOpeningALineIsNoName) {
  const auto found = entities("Reported on the Nordic Data Conference held in Oslo in November 2011.\n");
  EXPECT_TRUE(found.count({graph::NodeType::Event, "Nordic Data Conference"}))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count({graph::NodeType::Event, "Reported on the Nordic Data Conference"}))
      << ::testing::PrintToString(found);
  const auto bullet = entities("- Reported on the Nordic Data Conference held in Oslo in November 2011.\n");
  EXPECT_TRUE(bullet.count({graph::NodeType::Event, "Nordic Data Conference"}))
      << ::testing::PrintToString(bullet);
  const auto joined = entities("Joined the Nordic Data Forum in 2019.\n");
  EXPECT_TRUE(joined.count({graph::NodeType::Event, "Nordic Data Forum"}))
      << ::testing::PrintToString(joined);
}

// A title between commas after or before a person, its holder named before it or after "of", its time
// ("then") before it.
TEST(EnglishTitles, AppositionsWithTheHoldersNameOrItsTime) {
  const auto qualified = facts("The meeting was opened by the UN Secretary-General, Amara Okoye.\n");
  EXPECT_TRUE(qualified.count("Amara Okoye LEADS 联合国")) << ::testing::PrintToString(qualified);
  const auto then =
      facts("Ms Amara Okoye, then Secretary General of the Council of Europe, called it historic.\n");
  EXPECT_TRUE(then.count("Amara Okoye LEADS 欧洲委员会")) << ::testing::PrintToString(then);
  const auto its = facts(
      "UNESCO adopted the Harbour Recommendation under the leadership of its then Director-General, Amara "
      "Okoye.\n");
  EXPECT_TRUE(its.count("Amara Okoye LEADS 联合国教科文组织")) << ::testing::PrintToString(its);
  // (A deputy leads nothing: the UN Deputy Secretary-General, X.)
  const auto deputy = facts("The meeting was opened by the UN Deputy Secretary-General, Amara Okoye.\n");
  EXPECT_FALSE(deputy.count("Amara Okoye LEADS 联合国")) << ::testing::PrintToString(deputy);
}

// A title's apposition names a person no gazetteer knows: after "the" or a possessive, perhaps past a time
// and the body, the name closed by a comma, a semicolon or the sentence's end; a hyphenated name whole.
TEST(EnglishTitles, UnknownHoldersAfterADefiniteTitle) {
  const auto possessive = facts("Kenya's Prime Minister, Amara Wanjiku Okoye, spoke after him.\n");
  EXPECT_TRUE(possessive.count("Amara Wanjiku Okoye LEADS 肯尼亚")) << ::testing::PrintToString(possessive);
  const auto sentence_end =
      facts("They were appointed in April by the President of Kenya, Tomas Halvorsen.\n");
  EXPECT_TRUE(sentence_end.count("Tomas Halvorsen LEADS 肯尼亚")) << ::testing::PrintToString(sentence_end);
  const auto listed = facts(
      "Then came the speakers: the President of Chile, Tomas Halvorsen; the Prime Minister of Peru, "
      "Amara Okoye.\n");
  EXPECT_TRUE(listed.count("Tomas Halvorsen LEADS 智利")) << ::testing::PrintToString(listed);
  const auto outgoing =
      facts("It quotes the outgoing Council of Europe Secretary General, Amara Okoye, who hoped for more.\n");
  EXPECT_TRUE(outgoing.count("Amara Okoye LEADS 欧洲委员会")) << ::testing::PrintToString(outgoing);
  const auto hyphenated = facts("The session was opened by the President of Peru, Jean-Marc Tae-yul.\n");
  EXPECT_TRUE(hyphenated.count("Jean-Marc Tae-yul LEADS 秘鲁")) << ::testing::PrintToString(hyphenated);
  const auto before =
      facts("She sat beside Hans-Petter Okoye, the chief executive of OpenAI, in the hall.\n");
  EXPECT_TRUE(before.count("Hans-Petter Okoye LEADS OpenAI")) << ::testing::PrintToString(before);
  // (A former holder's time word is a deputy's: no one leads by it.)
  const auto former = facts("It quotes the former UN Secretary-General, Amara Okoye, who hoped for more.\n");
  EXPECT_FALSE(former.count("Amara Okoye LEADS 联合国")) << ::testing::PrintToString(former);
  // (A place before the title's comma is no person: In New York, the President of Kenya spoke.)
  for (const auto& [type, name] : entities("In New York, the President of Kenya spoke.\n"))
    EXPECT_NE(type, graph::NodeType::Person) << name;
}

// A body's title with a copula before its holder, the body named before (its first chair was X; Its chair is
// Y), and a person who chairs a body leads it.
TEST(EnglishTitles, ItsChairWasAndChairs) {
  const auto first = facts("The Harbour Council was set up in 2022; its first chair was Amara Okoye.\n");
  EXPECT_TRUE(first.count("Amara Okoye LEADS Harbour Council")) << ::testing::PrintToString(first);
  const auto is = facts("The Harbour Council met in May. Its chair is Jonas Vikander.\n");
  EXPECT_TRUE(is.count("Jonas Vikander LEADS Harbour Council")) << ::testing::PrintToString(is);
  const auto chairs = facts("Amara Okoye chairs the Harbour Council.\n");
  EXPECT_TRUE(chairs.count("Amara Okoye LEADS Harbour Council")) << ::testing::PrintToString(chairs);
  // (A state after the copula is no person: its chair was Kenya.)
  EXPECT_TRUE(facts("The Harbour Council met in May; its chair was unable to attend.\n").empty());
}

}  // namespace
}  // namespace kg::extract
