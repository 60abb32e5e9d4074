// Who acts in English sentences beyond a verb's plain subject: people who met
// or spoke at a meeting, a body's session as the venue, a seat of government
// standing for its state, the members a label lists, and where a clause
// joined by ", and" starts. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

// Meeting or speaking at an event is taking part in it, for every person of the list, titles between.
TEST(EnglishVenueActs, WhoMetOnTheSidelinesTookPart) {
  const auto found = facts(
      "Prime Minister Tarn Olsen and President Mara Lind met in Oslo on the sidelines of the Nordic Data "
      "Summit.\n");
  EXPECT_TRUE(found.count("Tarn Olsen PARTICIPATED_IN Nordic Data Summit"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Mara Lind PARTICIPATED_IN Nordic Data Summit")) << ::testing::PrintToString(found);
}

// Announcing something at an event, named or not, is taking part in it; a
// passive's "announced by" names no announcer before it.
TEST(EnglishVenueActs, WhoAnnouncedThereTookPart) {
  const auto found = facts(
      "Prime Minister Tarn Olsen announced at the Nordic Data Summit that Norway would join the pact.\n");
  EXPECT_TRUE(found.count("Tarn Olsen PARTICIPATED_IN Nordic Data Summit"))
      << ::testing::PrintToString(found);
  const auto row = facts(
      "Instrument | Issued by | Date | Notes\n"
      "Lagoon Data Charter | Norway | May 2024 | Announced by Tarn Olsen at the Nordic Data Summit.\n");
  EXPECT_FALSE(row.count("挪威 PARTICIPATED_IN Nordic Data Summit")) << ::testing::PrintToString(row);
  const auto passives = facts(
      "Instrument | Issued by | Date | Notes\n"
      "Lagoon Data Charter | Norway | May 2024 | Announced at the Nordic Data Summit by Tarn Olsen.\n"
      "\n"
      "Norway's new charter was announced at the Nordic Data Summit.\n");
  EXPECT_FALSE(passives.count("挪威 PARTICIPATED_IN Nordic Data Summit"))
      << ::testing::PrintToString(passives);
}

// A list of attendees after "attended by", each described (a title, a role, an
// affiliation) between commas, all took part; a part of the event (the opening
// ceremony) stands for the event named before.
// A part's word inside an event's name is the name, not a part of another
// event (attended the Summit of the Future; the opening session of the X).
TEST(EnglishVenueActs, APartsWordInsideAName) {
  const auto found = facts("Chile attended the Summit of the Future in 2024.\n");
  EXPECT_TRUE(found.count("智利 PARTICIPATED_IN 联合国未来峰会")) << ::testing::PrintToString(found);
  const auto part = facts("Chile attended the opening session of the Ocean Data Summit.\n");
  EXPECT_TRUE(part.count("智利 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(part);
}

TEST(EnglishVenueActs, AttendedByPersonsEachDescribed) {
  const auto found = facts(
      "The Lima Ocean Forum opened on 3 May. The opening ceremony was attended by Tomas Brandt, Chile's "
      "ocean "
      "minister Ilse Marnow, the founder of the Ocean Policy Network Anja Roos, and the activist Hanna Vell; "
      "the mayor, Tarn Olsen, sent a message.\n");
  for (const char* person : {"Tomas Brandt", "Ilse Marnow", "Anja Roos", "Hanna Vell"}) {
    EXPECT_TRUE(found.count(std::string(person) + " PARTICIPATED_IN Lima Ocean Forum"))
        << person << ::testing::PrintToString(found);
  }
  // (After the clause's end, no one is on the list.)
  EXPECT_FALSE(found.count("Tarn Olsen PARTICIPATED_IN Lima Ocean Forum")) << ::testing::PrintToString(found);
}

// Stances a record of a meeting states in other words: dissociating from a
// text opposes it, siding with a state supports it, co-facilitating a text's
// negotiation takes part in it.
TEST(EnglishStances, DissociatingSidingAndCoFacilitating) {
  const auto found = facts(
      "The Lima Charter on Open Seas, which Chile and Kenya co-facilitated, was adopted. Peru dissociated "
      "itself from the Lima Charter on Open Seas. Bolivia, which had sided with Peru, abstained.\n");
  EXPECT_TRUE(found.count("智利 PARTICIPATED_IN Lima Charter on Open Seas"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("肯尼亚 PARTICIPATED_IN Lima Charter on Open Seas"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 OPPOSES Lima Charter on Open Seas")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("玻利维亚 SUPPORTS 秘鲁")) << ::testing::PrintToString(found);
}

// An act on a named text dated in its sentence dates the text though no one
// named did it; a participle after an article is an adjective, and a year
// after "since" opens a span, neither a date of the act.
TEST(EnglishDated, AnActByNoOneNamedStillDatesTheText) {
  const auto found = facts(
      "World leaders adopted the Lima Charter on Open Seas in September 2024. Delegates debated the proposed "
      "Ocean Data Code in 2025. The city has hosted the Lima Ocean Forum every year since 2014.\n");
  EXPECT_TRUE(found.count("Lima Charter on Open Seas IN_YEAR 2024")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("Ocean Data Code IN_YEAR 2025")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("Lima Ocean Forum IN_YEAR 2014")) << ::testing::PrintToString(found);
}

// A part of a body's meeting is the venue of the body; a body named only as a
// place (at the White House, where …) is none.
TEST(EnglishVenueActs, ABodysSessionIsItsMeetingButNotItsBuilding) {
  const auto found = facts(
      "The Ocean Data Initiative, which President Mara Lind proposed at the general debate of the 80th "
      "session "
      "of the UN General Assembly in September 2025, drew wide support.\n");
  EXPECT_TRUE(found.count("Mara Lind PROPOSED Ocean Data Initiative")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Mara Lind PARTICIPATED_IN 联合国大会")) << ::testing::PrintToString(found);
  const auto place =
      facts("Kenya signed the Ocean Data Accord at the White House, where Chile also signed it.\n");
  EXPECT_TRUE(place.count("肯尼亚 SIGNED Ocean Data Accord")) << ::testing::PrintToString(place);
  for (const std::string& fact : place) EXPECT_EQ(fact.find("PARTICIPATED_IN"), std::string::npos) << fact;
}

// A seat of government that acts is its state; one in a place's position is no actor.
// The official names the UN and treaty depositaries list states by are the states; a chart's numeric
// date and a table cell's bare year are years.
TEST(EnglishStates, ByTheirOfficialNamesAndNumericDates) {
  const auto found = entities(
      "Signatories include the United States of America, the Republic of Moldova and the Holy See.\n"
      "Chile | 27/02/2023 | 2021 |\n");
  for (const char* state : {"美国", "摩尔多瓦", "梵蒂冈"})
    EXPECT_TRUE(found.count({graph::NodeType::Country, state})) << state << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count({graph::NodeType::Year, "2023"})) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count({graph::NodeType::Year, "2021"})) << ::testing::PrintToString(found);
  // (Not a document symbol's last part: A/78/2023 is no date.)
  EXPECT_FALSE(entities("Document A/78/2023 was circulated.\n").count({graph::NodeType::Year, "2023"}));
}

TEST(EnglishSeatsOfGovernment, ActForTheirStateButNotAsPlaces) {
  const auto found = facts("Washington signed the Ocean Data Accord. Beijing's export controls followed.\n");
  EXPECT_TRUE(found.count("美国 SIGNED Ocean Data Accord")) << ::testing::PrintToString(found);
  const auto places = entities("Ocean data talks were held in Tokyo and Seoul last week.\n");
  EXPECT_FALSE(places.count({graph::NodeType::Country, "日本"}));
  EXPECT_FALSE(places.count({graph::NodeType::Country, "韩国"}));
  const auto named = entities("The Seoul summit adopted the Tokyo Declaration on Ocean Data.\n");
  EXPECT_FALSE(named.count({graph::NodeType::Country, "韩国"}));
  EXPECT_FALSE(named.count({graph::NodeType::Country, "日本"}));
}

// A label and a colon list the members of what was just named; non-members are none.
TEST(EnglishRosters, AColonAfterTheRoleListsTheMembers) {
  const auto found =
      facts("The Nordic Data Network was launched in 2024. Members: Kenya, Chile, the EU and Peru.\n");
  for (const char* member : {"肯尼亚", "智利", "欧盟", "秘鲁"}) {
    EXPECT_TRUE(found.count(std::string(member) + " MEMBER_OF Nordic Data Network"))
        << member << ::testing::PrintToString(found);
  }
  const auto outside = facts(
      "Talks were hosted by the Nordic Data Network. Participants included the network and three non-member "
      "states: Kenya, Chile and Peru.\n");
  for (const std::string& fact : outside) EXPECT_EQ(fact.find("MEMBER_OF"), std::string::npos) << fact;
}

// ", and" with a new subject and verb starts a clause: the name before is the earlier verb's object.
// A relative clause with names of its own stands between a subject and its
// verb's auxiliary: the body before "which" acts.
// A state's people after "the" act for it; a capitalised word after is a
// name's (the British Red Cross), a noun after an invariable one no act.
TEST(EnglishStates, APeopleActsForItsState) {
  const auto found =
      facts("The Americans signed the Budapest Convention in 2001. The British held the talks.\n");
  EXPECT_TRUE(found.count("美国 SIGNED 布达佩斯公约 @2001")) << ::testing::PrintToString(found);
  const auto name =
      facts("The British Red Cross signed the Paris Call for Trust and Security in Cyberspace.\n");
  EXPECT_FALSE(name.count("英国 SIGNED 网络空间信任与安全巴黎倡议")) << ::testing::PrintToString(name);
  const auto noun = facts("Kenya endorsed the Japanese proposal in 2023.\n");
  EXPECT_FALSE(noun.count("肯尼亚 SUPPORTS 日本")) << ::testing::PrintToString(noun);
}

TEST(EnglishClauses, PastARelativeClauseWithItsOwnNames) {
  const auto found = facts(
      "The ITU, which Chile now chairs, has organised the Ocean Data Summit in Geneva every year since "
      "2019.\n");
  EXPECT_TRUE(found.count("国际电信联盟 HOSTED Ocean Data Summit")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("智利 HOSTED Ocean Data Summit")) << ::testing::PrintToString(found);
}

TEST(EnglishClauses, AndAfterAnObjectStartsANewSubject) {
  const auto found =
      facts("Premier Lin Ka proposed a Blue Data Council, and Beijing issued the Ocean Data Plan.\n");
  EXPECT_TRUE(found.count("中国 ISSUED Ocean Data Plan")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("Blue Data Council ISSUED Ocean Data Plan")) << ::testing::PrintToString(found);
  const auto listed = facts("Kenya, Chile, and Peru signed the Ocean Data Accord.\n");
  EXPECT_TRUE(listed.count("肯尼亚 SIGNED Ocean Data Accord")) << ::testing::PrintToString(listed);
}

// A document named by its topic ends before a participle saying what was done to it.
TEST(EnglishDescriptiveTitle, EndsBeforeAParticiple) {
  const auto found =
      facts("Kenya signed the statement on open ocean data issued at the end of the summit.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED statement on open ocean data")) << ::testing::PrintToString(found);
}

// "So did X" repeats for X what the sentence before stated.
TEST(EnglishEllipsis, SoDidRepeatsTheActsOfTheSentenceBefore) {
  const auto found = facts("Kenya and Chile signed the Ocean Data Accord in 2023. So did Peru and the EU.\n");
  EXPECT_TRUE(found.count("秘鲁 SIGNED Ocean Data Accord @2023")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("欧盟 SIGNED Ocean Data Accord @2023")) << ::testing::PrintToString(found);
  EXPECT_TRUE(facts("So did Peru.\n").empty());  // nothing before to repeat
}

// A name, a hyphen and a participle before a document say who did it.
TEST(EnglishCompounds, AHyphenatedParticipleStatesWhoDidIt) {
  const auto found = facts(
      "The Ocean Assembly adopted a Kenya-drafted resolution on ocean data. It welcomed the Chile-led Blue "
      "Data "
      "Initiative.\n");
  EXPECT_TRUE(found.count("肯尼亚 ISSUED resolution on ocean data")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Ocean Assembly ADOPTED resolution on ocean data"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 PROPOSED Blue Data Initiative")) << ::testing::PrintToString(found);
  // (Not every hyphen: a well-known accord names no one.)
  const auto plain = facts("Kenya signed the long-awaited Ocean Data Accord.\n");
  EXPECT_TRUE(plain.count("肯尼亚 SIGNED Ocean Data Accord")) << ::testing::PrintToString(plain);
}

// A timeline's entry headed by its date, a colon or a dash after it, is dated so.
TEST(EnglishTimeline, AnEntryHeadedByItsDateIsDated) {
  const auto found = facts(
      "March 2024: the Ocean Assembly adopts the Blue Data Compact.\n"
      "January 2025 \u2014 the Nordic Data Council issues the Ocean Data Plan.\n");
  EXPECT_TRUE(found.count("Ocean Assembly ADOPTED Blue Data Compact @2024"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Nordic Data Council ISSUED Ocean Data Plan @2025"))
      << ::testing::PrintToString(found);
}

// Attending a part of an event is attending the event; a co-chair named after "with" takes part too.
TEST(EnglishEventParts, APartOfTheEventIsTheEvent) {
  const auto found = facts(
      "The Nordic Data Summit opened in Oslo. Premier Lin Ka attended the summit's opening ceremony.\n"
      "Premier Tarn Olsen co-chaired the Nordic Data Summit with President Mara Lind.\n");
  EXPECT_TRUE(found.count("Lin Ka PARTICIPATED_IN Nordic Data Summit")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Tarn Olsen PARTICIPATED_IN Nordic Data Summit"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Mara Lind PARTICIPATED_IN Nordic Data Summit")) << ::testing::PrintToString(found);
}

// Two parties joined by an en dash open one name (the normalizer writes the dash as an em dash); a
// numbered meeting of a named initiative is an event, its acronym left out.
TEST(EnglishNamesOfPairsAndEditions, AreOneNameEach) {
  const auto named = entities("In 2025 Kenya issued the Kenya\u2013Chile Declaration on Ocean Data.\n");
  EXPECT_TRUE(named.count({graph::NodeType::Initiative, "Kenya\u2014Chile Declaration on Ocean Data"}));
  EXPECT_FALSE(named.count({graph::NodeType::Initiative, "Chile Declaration on Ocean Data"}));
  const auto meeting = facts(
      "In October 2021 Kenya convened the first Ocean Data Initiative (ODI) meeting, held virtually.\n");
  EXPECT_TRUE(meeting.count("肯尼亚 HOSTED first Ocean Data Initiative meeting @2021"))
      << ::testing::PrintToString(meeting);
}

// A predicate coordinated with the one before shares its subjects, an adjunct set off by commas between.
TEST(EnglishCoordination, APredicateAfterAndSharesTheSubjects) {
  const auto found = facts(
      "Chile and Peru backed the statement and, on the margins of the summit, also signed the Ocean Data "
      "Convention.\n");
  EXPECT_TRUE(found.count("智利 SIGNED Ocean Data Convention")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 SIGNED Ocean Data Convention")) << ::testing::PrintToString(found);
  // A second clause with a subject of its own is not coordinated: Kenya signed, not Chile.
  const auto own = facts("Chile backed the statement, but Kenya signed the Ocean Data Convention.\n");
  EXPECT_FALSE(own.count("智利 SIGNED Ocean Data Convention")) << ::testing::PrintToString(own);
}

// A relative clause's subject may carry an honorific: the initiative that Mr Xi put forward.
TEST(EnglishRelativeClauses, SubjectWithAnHonorific) {
  const auto found = facts(
      "President Xi Jinping spoke in Beijing. Delegates praised the Ocean Data Initiative that Mr Xi put "
      "forward in October 2023.\n");
  EXPECT_TRUE(found.count("习近平 PROPOSED Ocean Data Initiative")) << ::testing::PrintToString(found);
}

// Signers named after "by, among others,", a state on whose behalf a person
// signed, and states that agreed a named text.
TEST(EnglishSigners, AmongOthersOnBehalfOfAndAgreed) {
  const auto among = facts(
      "The Coastal Convention was opened for signature in Suva and signed that day by, among others, Kenya, "
      "Ghana and Peru.\n");
  EXPECT_TRUE(among.count("肯尼亚 SIGNED Coastal Convention")) << ::testing::PrintToString(among);
  EXPECT_TRUE(among.count("秘鲁 SIGNED Coastal Convention")) << ::testing::PrintToString(among);
  const auto behalf = facts("Minister Lena Marsh signed the Coastal Convention on behalf of Kenya.\n");
  EXPECT_TRUE(behalf.count("肯尼亚 SIGNED Coastal Convention")) << ::testing::PrintToString(behalf);
  const auto agreed =
      facts("At the summit, 28 countries, including Kenya and Ghana, agreed the Apia Declaration.\n");
  EXPECT_TRUE(agreed.count("加纳 SIGNED Apia Declaration")) << ::testing::PrintToString(agreed);
  // Agreeing to act on a text, or to act at all, is no signature of it.
  const auto implement = facts("Kenya agreed to implement the Apia Declaration.\n");
  EXPECT_FALSE(implement.count("肯尼亚 SIGNED Apia Declaration")) << ::testing::PrintToString(implement);
  const auto act =
      facts("Kenya adopted the Apia Declaration. Ghana agreed in 2023 to create a points of contact list.\n");
  EXPECT_FALSE(act.count("加纳 SIGNED Apia Declaration")) << ::testing::PrintToString(act);
}

// A passive's agents may be the people acting for the states named after them: by representatives of A and
// B, by delegations from C.
TEST(EnglishSigners, ThePeopleActingForTheStatesAfterBy) {
  const auto of = facts("The Coastal Convention was signed by representatives of Kenya and Ghana in 2024.\n");
  EXPECT_TRUE(of.count("肯尼亚 SIGNED Coastal Convention")) << ::testing::PrintToString(of);
  EXPECT_TRUE(of.count("加纳 SIGNED Coastal Convention")) << ::testing::PrintToString(of);
  const auto from = facts("The Apia Declaration was adopted by delegations from Peru and Chile.\n");
  EXPECT_TRUE(from.count("秘鲁 ADOPTED Apia Declaration")) << ::testing::PrintToString(from);
  EXPECT_TRUE(from.count("智利 ADOPTED Apia Declaration")) << ::testing::PrintToString(from);
  // Not the people of what a state's possessive qualifies, nor critics of a government.
  const auto bank = facts("The Coastal Convention was signed by officials of Kenya's largest bank.\n");
  EXPECT_FALSE(bank.count("肯尼亚 SIGNED Coastal Convention")) << ::testing::PrintToString(bank);
  const auto critics = facts("Critics of the government of Kenya opposed the Apia Declaration.\n");
  EXPECT_FALSE(critics.count("肯尼亚 OPPOSES Apia Declaration")) << ::testing::PrintToString(critics);
}

// A list closed by a counted group acts with the names an apposition adds (together with), after a serial
// comma too; a state's government acts for it.
TEST(EnglishSigners, AListClosedByACountedGroupWithItsApposition) {
  const auto found = facts(
      "In 2030 Kenya, Ghana, and 26 other countries, together with the African Union, endorsed the Apia "
      "Declaration.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Apia Declaration")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 SIGNED Apia Declaration")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("非盟 SIGNED Apia Declaration")) << ::testing::PrintToString(found);
  // (Not a list a lowercase word governs, in a relative clause.)
  const auto relative = facts(
      "Kenya, which met with Ghana and 26 other countries, together with the African Union, endorsed the "
      "Apia "
      "Declaration.\n");
  EXPECT_FALSE(relative.count("加纳 SIGNED Apia Declaration")) << ::testing::PrintToString(relative);
  const auto government = facts("In 2030 the Government of Kenya convened the Nairobi Data Conference.\n");
  EXPECT_TRUE(government.count("肯尼亚 HOSTED Nairobi Data Conference"))
      << ::testing::PrintToString(government);
}

// Passives in a list, each with its auxiliary, share the first one's subject: X was opened …, was signed
// by A that month, and was ratified by A in 2030.
TEST(EnglishSigners, PassivesInAListWithTheirAuxiliaries) {
  const auto found = facts(
      "The Coastal Convention was opened for signature in May 2028, was signed by Kenya that month, and was "
      "ratified by Ghana in 2030.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Coastal Convention")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 ADOPTED Coastal Convention")) << ::testing::PrintToString(found);
}

// A state's full official name is the state, not a state its last words name
// (the United Kingdom of Great Britain and Northern Ireland is no Ireland); a
// demonym before a head's title is the state the head leads.
TEST(EnglishStates, FullNamesAndDemonyms) {
  const auto full =
      facts("The United Kingdom of Great Britain and Northern Ireland signed the Coastal Convention.\n");
  EXPECT_TRUE(full.count("英国 SIGNED Coastal Convention")) << ::testing::PrintToString(full);
  EXPECT_FALSE(full.count("爱尔兰 SIGNED Coastal Convention")) << ::testing::PrintToString(full);
  const auto demonym =
      facts("Serbian Prime Minister Lena Marsh and Peruvian President Amani Odhiambo spoke.\n");
  EXPECT_TRUE(demonym.count("Lena Marsh LEADS 塞尔维亚")) << ::testing::PrintToString(demonym);
  EXPECT_TRUE(demonym.count("Amani Odhiambo LEADS 秘鲁")) << ::testing::PrintToString(demonym);
}

// Acting on the margins of an event is acting at it, as on its sidelines.
TEST(EnglishVenue, OnTheMarginsOfAnEvent) {
  const auto found =
      facts("On the margins of the Coastal Summit, Kenya and Ghana signed the Apia Declaration.\n");
  EXPECT_TRUE(found.count("肯尼亚 PARTICIPATED_IN Coastal Summit")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 SIGNED Apia Declaration")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract
