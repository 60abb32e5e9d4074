// English relations: each class of sentence the English frames read
// (extract/frames/en_frames.cpp, rules in extract/rules/relations_en.json),
// with a near sentence that must not give the edge. Sentences written for
// these tests; names invented where a real one would test the gazetteer.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/english_words.h"
#include "extract/sentences.h"
#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

TEST(EnglishWords, AreIcuWordsLowercased) {
  const std::string text = "UN Secretary-General met them.";
  std::vector<std::string> words;
  for (const EnglishToken& token : english_tokens(text, {0, text.size()})) words.push_back(token.lower);
  EXPECT_EQ(words, (std::vector<std::string>{"un", "secretary", "-", "general", "met", "them", "."}));
  EXPECT_TRUE(is_latin_sentence(text, {0, text.size()}));
  const std::string chinese = "中国签署了 Water Accord。";
  EXPECT_FALSE(is_latin_sentence(chinese, {0, chinese.size()}));
}

// Membership of a kind (permanent, full) is membership.
TEST(EnglishMembership, OfAKindIsMembership) {
  const auto found = facts("Kenya became a permanent member of the Open Data Council in 2024.\n");
  EXPECT_TRUE(found.count("肯尼亚 MEMBER_OF Open Data Council @2024")) << ::testing::PrintToString(found);
}

// A body that groups or comprises states has them as members; what groups
// other things (risks, kinds) names no member.
TEST(EnglishMembership, ABodyThatGroupsStates) {
  const auto groups = facts("The Pacific Data Council, which groups Kenya, Chile and Peru, met in Suva.\n");
  for (const char* state : {"肯尼亚", "智利", "秘鲁"})
    EXPECT_TRUE(groups.count(std::string(state) + " MEMBER_OF Pacific Data Council"))
        << state << ::testing::PrintToString(groups);
  const auto comprises = facts("The Pacific Data Council comprises Kenya and Chile.\n");
  EXPECT_TRUE(comprises.count("肯尼亚 MEMBER_OF Pacific Data Council"))
      << ::testing::PrintToString(comprises);
  const auto report = facts("The Pacific Data Council's report groups the risks into three kinds.\n");
  EXPECT_TRUE(report.empty()) << ::testing::PrintToString(report);
  // Its members follow the verb at once: not people from a state, nor a noun "groups".
  const auto people = facts("The Pacific Data Council comprises researchers from Kenya and Chile.\n");
  EXPECT_FALSE(people.count("肯尼亚 MEMBER_OF Pacific Data Council")) << ::testing::PrintToString(people);
  const auto noun =
      facts("The Pacific Data Council and regional groups such as the Coastal Union met in Suva.\n");
  EXPECT_FALSE(noun.count("Coastal Union MEMBER_OF Pacific Data Council")) << ::testing::PrintToString(noun);
  // A network named again as "the network" is the last network named; a body that brought parties
  // together for talks has no members by it.
  const auto network = facts(
      "In 2031 the Reef Data Network met in Suva. The network comprises Fiji and Samoa. The Coastal Union "
      "brought together Tonga and Chile for talks.\n");
  EXPECT_TRUE(network.count("斐济 MEMBER_OF Reef Data Network")) << ::testing::PrintToString(network);
  EXPECT_TRUE(network.count("萨摩亚 MEMBER_OF Reef Data Network")) << ::testing::PrintToString(network);
  EXPECT_FALSE(network.count("汤加 MEMBER_OF Coastal Union")) << ::testing::PrintToString(network);
}

// A member of an initiative (a coalition, a programme) takes part in it; a
// member of a body is its member. Korea alone is the Republic of Korea.
TEST(EnglishMembership, OfAnInitiativeIsTakingPart) {
  const auto initiative =
      facts("Korea is a member of the Coastal Data Initiative, which Chile launched in 2021.\n");
  EXPECT_TRUE(initiative.count("韩国 PARTICIPATED_IN Coastal Data Initiative"))
      << ::testing::PrintToString(initiative);
  EXPECT_FALSE(initiative.count("韩国 MEMBER_OF Coastal Data Initiative"))
      << ::testing::PrintToString(initiative);
  const auto body = facts("Korea is a member of the Pacific Data Council.\n");
  EXPECT_TRUE(body.count("韩国 MEMBER_OF Pacific Data Council")) << ::testing::PrintToString(body);
  const auto north = facts("North Korea is a member of the Pacific Data Council.\n");
  EXPECT_TRUE(north.count("朝鲜 MEMBER_OF Pacific Data Council")) << ::testing::PrintToString(north);
}

// An event followed by its place and date took place that year, past a host
// and places; a reference to another meeting is not dated by it.
TEST(EnglishDatedEvent, TakesTheYearAfterItsPlace) {
  const auto found = facts("Kenya spoke at the Open Data Summit in Nairobi in August 2023.\n");
  EXPECT_TRUE(found.count("Open Data Summit IN_YEAR 2023")) << ::testing::PrintToString(found);
  const auto hosted =
      facts("Delegates met at the G20 summit, hosted by India in New Delhi on 9 September 2023.\n");
  EXPECT_TRUE(hosted.count("二十国集团领导人峰会 IN_YEAR 2023")) << ::testing::PrintToString(hosted);
  const auto later = facts("Kenya attended the Open Data Summit. India will host the next summit in 2026.\n");
  EXPECT_FALSE(later.count("Open Data Summit IN_YEAR 2026")) << ::testing::PrintToString(later);
}

// A document named by its topic takes part in relations as a name does.
TEST(EnglishDescriptiveTitle, IsTheObjectOfItsVerbAndTheSponsorsProposal) {
  const auto found = facts("In May 2022, Kenya and Chile issued a joint statement on ocean data.\n");
  EXPECT_TRUE(found.count("肯尼亚 ISSUED joint statement on ocean data @2022"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 ISSUED joint statement on ocean data @2022"))
      << ::testing::PrintToString(found);
  const auto sponsored =
      facts("In 2024 the assembly adopted a resolution proposed by Ghana on cooperation in AI.\n");
  EXPECT_TRUE(sponsored.count("加纳 PROPOSED resolution on cooperation in AI"))
      << ::testing::PrintToString(sponsored);
}

TEST(EnglishActiveVerb, StatesItsRelationAndYear) {
  const auto found = facts("In 2019, Kenya proposed the Open Data Compact.\n");
  EXPECT_TRUE(found.count("肯尼亚 PROPOSED Open Data Compact @2019")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Open Data Compact IN_YEAR 2019")) << ::testing::PrintToString(found);
  const auto later = facts("Kenya launched the Open Data Compact in November 2019.\n");
  EXPECT_TRUE(later.count("肯尼亚 PROPOSED Open Data Compact @2019")) << ::testing::PrintToString(later);
}

TEST(EnglishActiveVerb, HedgedOrUrgedStatesNothing) {
  for (const std::string text : {"Kenya is expected to propose the Open Data Compact.\n",
                                 "Kenya will launch the Open Data Compact.\n"}) {
    EXPECT_FALSE(facts(text).count("肯尼亚 PROPOSED Open Data Compact")) << text;
  }
  const auto urged = facts("Brazil urged Mexico to sign the Andean Data Accord.\n");
  EXPECT_FALSE(urged.count("墨西哥 SIGNED Andean Data Accord")) << ::testing::PrintToString(urged);
  EXPECT_FALSE(urged.count("巴西 SIGNED Andean Data Accord")) << ::testing::PrintToString(urged);
}

TEST(EnglishCoordination, EachSubjectAndObjectGetsTheEdge) {
  const auto found =
      facts("Brazil, Mexico and Chile signed the Andean Data Accord and the Coastal Cloud Charter.\n");
  for (const char* country : {"巴西", "墨西哥", "智利"}) {
    for (const char* document : {"Andean Data Accord", "Coastal Cloud Charter"}) {
      EXPECT_TRUE(found.count(std::string(country) + " SIGNED " + document))
          << ::testing::PrintToString(found);
    }
  }
  // A list closed by "including" names its members, not the group word before it.
  const auto members = facts(
      "Thirty countries including Ghana and Senegal, together with Peru, signed the Coastal Cloud "
      "Charter.\n");
  for (const char* country : {"加纳", "塞内加尔", "秘鲁"})
    EXPECT_TRUE(members.count(std::string(country) + " SIGNED Coastal Cloud Charter"))
        << ::testing::PrintToString(members);
  // As did: more subjects after the object.
  const auto also = facts("Ghana endorsed the Coastal Cloud Charter as talks ended, as did Senegal.\n");
  EXPECT_TRUE(also.count("塞内加尔 SIGNED Coastal Cloud Charter")) << ::testing::PrintToString(also);
}

TEST(EnglishPassive, TheAgentAfterByIsTheSubject) {
  const auto found = facts("The Water Accord was adopted by the Nordic Council in 2021.\n");
  EXPECT_TRUE(found.count("Nordic Council ADOPTED Water Accord @2021")) << ::testing::PrintToString(found);
  const auto reduced = facts("The Ocean Data Summit hosted by Portugal in 2022 drew many experts.\n");
  EXPECT_TRUE(reduced.count("葡萄牙 HOSTED Ocean Data Summit @2022")) << ::testing::PrintToString(reduced);
  EXPECT_TRUE(reduced.count("Ocean Data Summit IN_YEAR 2022")) << ::testing::PrintToString(reduced);
  // No agent: only the year.
  const auto dated = facts("The Harbor Data Report, published in March 2020, was widely read.\n");
  EXPECT_TRUE(dated.count("Harbor Data Report IN_YEAR 2020")) << ::testing::PrintToString(dated);
}

TEST(EnglishRelativeClause, TheNameBeforeWhichIsTheObject) {
  const auto found = facts("Leaders praised the Water Accord, which Norway signed.\n");
  EXPECT_TRUE(found.count("挪威 SIGNED Water Accord")) << ::testing::PrintToString(found);
  const auto subject = facts("Norway, which hosts many data centres, joined the Water Accord.\n");
  EXPECT_TRUE(subject.count("挪威 SIGNED Water Accord")) << ::testing::PrintToString(subject);
  // The subject of the relative clause may open with "the": which the Nordic Council endorsed in 2019.
  const auto the =
      facts("The Coastal Data Principles, which the Nordic Council endorsed in 2019, still apply.\n");
  EXPECT_TRUE(the.count("Nordic Council SIGNED Coastal Data Principles @2019"))
      << ::testing::PrintToString(the);
}

// A glossary's entry: the term alone on its line (its abbreviation in
// brackets allowed), then a definition that opens with a participle, or with
// an indefinite description and a participle, of the term.
TEST(EnglishDefinitions, AnOpeningParticipleIsOfTheTermHeadingIt) {
  const auto proposed = facts(
      "Coastal Data Principles (CDP)\nProposed by Norway in March 2021, it asks platforms to share data.\n");
  EXPECT_TRUE(proposed.count("挪威 PROPOSED Coastal Data Principles @2021"))
      << ::testing::PrintToString(proposed);
  const auto described = facts("Coastal Data Principles\nA voluntary charter launched by Norway in 2021.\n");
  EXPECT_TRUE(described.count("挪威 PROPOSED Coastal Data Principles @2021"))
      << ::testing::PrintToString(described);
  // With no agent, the participle still dates the term.
  const auto adopted = facts("Coastal Data Principles\nAdopted in May 2022 at the Open Data Summit.\n");
  EXPECT_TRUE(adopted.count("Coastal Data Principles IN_YEAR 2022")) << ::testing::PrintToString(adopted);
  // A heading of two names defines neither; a description naming something of its own is about that.
  const auto two = facts("Coastal Data Principles and the Water Accord\nProposed by Norway in 2021.\n");
  EXPECT_FALSE(two.count("挪威 PROPOSED Coastal Data Principles")) << ::testing::PrintToString(two);
  const auto named =
      facts("Coastal Data Principles\nA text of the Nordic Council launched by Norway in 2021.\n");
  EXPECT_FALSE(named.count("挪威 PROPOSED Coastal Data Principles")) << ::testing::PrintToString(named);
  // A participle whose main clause is about something else, or a description later in the entry, is not
  // the term's definition.
  const auto other = facts(
      "Coastal Data Principles\nLaunched by Norway in 2018, it has many supporters. Proposed by Kenya in "
      "2022, an "
      "amendment was adopted. A workshop hosted by Chile in 2023 trained staff.\n");
  EXPECT_TRUE(other.count("挪威 PROPOSED Coastal Data Principles @2018")) << ::testing::PrintToString(other);
  EXPECT_FALSE(other.count("肯尼亚 PROPOSED Coastal Data Principles")) << ::testing::PrintToString(other);
  EXPECT_FALSE(other.count("智利 HOSTED Coastal Data Principles")) << ::testing::PrintToString(other);
}

// The name a relative clause is on, past the place it met in (the X Summit in
// Geneva, which …) and past a first relative clause coordinated with it
// (which A hosted and which B attended); a negated clause states nothing.
TEST(EnglishRelativeClause, PastAPlaceAndACoordinatedClause) {
  const auto place =
      facts("Delegates met at the Water Summit in Geneva, which Kenya and Chile co-chaired.\n");
  EXPECT_TRUE(place.count("肯尼亚 PARTICIPATED_IN Water Summit")) << ::testing::PrintToString(place);
  EXPECT_TRUE(place.count("智利 PARTICIPATED_IN Water Summit")) << ::testing::PrintToString(place);
  const auto second =
      facts("Delegates met at the Water Summit in Geneva, which Kenya hosted and which Chile did attend.\n");
  EXPECT_TRUE(second.count("肯尼亚 HOSTED Water Summit")) << ::testing::PrintToString(second);
  EXPECT_TRUE(second.count("智利 PARTICIPATED_IN Water Summit")) << ::testing::PrintToString(second);
  const auto negated = facts(
      "Delegates met at the Water Summit in Geneva, which Kenya hosted and which Chile did not attend.\n");
  EXPECT_FALSE(negated.count("智利 PARTICIPATED_IN Water Summit")) << ::testing::PrintToString(negated);
}

TEST(EnglishNegation, RefusingToSignIsRejecting) {
  for (const std::string text :
       {"Norway declined to sign the Water Accord.\n", "Norway did not sign the Water Accord.\n",
        "Norway refused to sign the Water Accord.\n", "Norway has no plans to sign the Water Accord.\n",
        "Norway's refusal to sign the Water Accord surprised delegates.\n",
        "Norway announced its refusal to sign the Water Accord.\n"}) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count("挪威 REJECTED Water Accord")) << text << ::testing::PrintToString(found);
    EXPECT_FALSE(found.count("挪威 SIGNED Water Accord")) << text;
  }
  // A refusal no one is said to own names no refuser.
  const auto unowned = facts("Norway regretted the refusal to sign the Water Accord.\n");
  EXPECT_FALSE(unowned.count("挪威 REJECTED Water Accord")) << ::testing::PrintToString(unowned);
  const auto opposed = facts("Norway has never opposed the Water Accord.\n");
  EXPECT_FALSE(opposed.count("挪威 OPPOSES Water Accord")) << ::testing::PrintToString(opposed);
}

TEST(EnglishTitles, LeadersLeadDeputiesDoNot) {
  const auto found = facts("Kenyan President Amani Odhiambo opened the session.\n");
  EXPECT_TRUE(found.count("Amani Odhiambo LEADS 肯尼亚")) << ::testing::PrintToString(found);
  const auto deputy = facts("Kenyan Vice President Amani Odhiambo opened the session.\n");
  EXPECT_FALSE(deputy.count("Amani Odhiambo LEADS 肯尼亚")) << ::testing::PrintToString(deputy);
  const auto body = facts("Harbor Data Institute Director Lena Marsh spoke first.\n");
  EXPECT_TRUE(body.count("Lena Marsh LEADS Harbor Data Institute")) << ::testing::PrintToString(body);
  const auto after =
      facts("Lena Marsh, chief executive of the data firm Harbor Data Institute, spoke first.\n");
  EXPECT_TRUE(after.count("Lena Marsh LEADS Harbor Data Institute")) << ::testing::PrintToString(after);
  const auto researcher = facts("Lena Marsh, researcher at the Harbor Data Institute, spoke first.\n");
  EXPECT_FALSE(researcher.count("Lena Marsh LEADS Harbor Data Institute"))
      << ::testing::PrintToString(researcher);
}

TEST(EnglishTitles, PossessiveHolderInApposition) {
  const auto found = facts("Amani Odhiambo, Kenya's president, opened the session.\n");
  EXPECT_TRUE(found.count("Amani Odhiambo LEADS 肯尼亚")) << ::testing::PrintToString(found);
  const auto deputy = facts("Amani Odhiambo, Kenya's vice president, opened the session.\n");
  EXPECT_FALSE(deputy.count("Amani Odhiambo LEADS 肯尼亚")) << ::testing::PrintToString(deputy);
  const auto staff = facts("Amani Odhiambo, Kenya's envoy, opened the session.\n");
  EXPECT_FALSE(staff.count("Amani Odhiambo LEADS 肯尼亚")) << ::testing::PrintToString(staff);
}

TEST(EnglishNames, ADocumentKindGoesOnIntoItsTopic) {
  const auto found = facts("Kenya signed the Coastal Convention against Data Piracy.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Coastal Convention against Data Piracy"))
      << ::testing::PrintToString(found);
  const auto topic = facts("Kenya signed the Harbor Data Convention on Cross-Border Records.\n");
  EXPECT_TRUE(topic.count("肯尼亚 SIGNED Harbor Data Convention on Cross-Border Records"))
      << ::testing::PrintToString(topic);
  // A place or a date after the kind is no topic.
  const auto place = facts("Kenya signed the Coastal Convention in Mombasa.\n");
  EXPECT_TRUE(place.count("肯尼亚 SIGNED Coastal Convention")) << ::testing::PrintToString(place);
  const auto date = facts("Kenya signed the Coastal Convention on Monday.\n");
  EXPECT_TRUE(date.count("肯尼亚 SIGNED Coastal Convention")) << ::testing::PrintToString(date);
}

TEST(EnglishActiveVerb, AQuantityBeforeTheObject) {
  const auto found = facts("Kenya welcomed a set of Coastal Data Principles.\n");
  EXPECT_TRUE(found.count("肯尼亚 SUPPORTS Coastal Data Principles")) << ::testing::PrintToString(found);
  const auto series = facts("Kenya welcomed a series of Coastal Data Principles.\n");
  EXPECT_TRUE(series.count("肯尼亚 SUPPORTS Coastal Data Principles")) << ::testing::PrintToString(series);
  // A preposition is no quantity: welcomed the critics of X supports no X.
  const auto critics = facts("Kenya welcomed the critics of the Coastal Data Principles.\n");
  EXPECT_FALSE(critics.count("肯尼亚 SUPPORTS Coastal Data Principles")) << ::testing::PrintToString(critics);
}

TEST(EnglishParticipation, HostsPartnersAndAttendees) {
  const auto hosted = facts("Chile hosted the Ocean Data Summit jointly with Peru.\n");
  EXPECT_TRUE(hosted.count("智利 HOSTED Ocean Data Summit")) << ::testing::PrintToString(hosted);
  EXPECT_TRUE(hosted.count("秘鲁 HOSTED Ocean Data Summit")) << ::testing::PrintToString(hosted);
  const auto partner = facts("Chile signed the Water Accord with Peru.\n");
  EXPECT_FALSE(partner.count("秘鲁 SIGNED Water Accord")) << ::testing::PrintToString(partner);
  const auto drew =
      facts("The Ocean Data Summit drew delegates from 40 countries, among them Chile and Peru.\n");
  EXPECT_TRUE(drew.count("智利 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(drew);
  EXPECT_TRUE(drew.count("秘鲁 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(drew);
  const auto venue = facts("At the Ocean Data Summit, Chile signed the Water Accord.\n");
  EXPECT_TRUE(venue.count("智利 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(venue);
  // An edition's ordinal may stand between the venue word and the name.
  const auto edition = facts(
      "Chile proposed the Water Accord at the third Ocean Data Summit. Peru signed it at the fourth Ocean "
      "Data Summit.\n");
  EXPECT_TRUE(edition.count("智利 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(edition);
  EXPECT_TRUE(edition.count("秘鲁 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(edition);
  const auto reference = facts(
      "Chile hosted the Ocean Data Summit.\nPeru was represented at the summit by Minister Rosa Quispe.\n");
  EXPECT_TRUE(reference.count("秘鲁 PARTICIPATED_IN Ocean Data Summit"))
      << ::testing::PrintToString(reference);
  EXPECT_TRUE(reference.count("Rosa Quispe PARTICIPATED_IN Ocean Data Summit"))
      << ::testing::PrintToString(reference);
}

TEST(EnglishNames, AcronymsAndSurnamesAreTheSameEntity) {
  // The surname alone, after the full name, is the same person.
  const auto found = facts("Senator Lena Marsh arrived.\nMarsh criticised the Coastal Cloud Charter.\n");
  EXPECT_TRUE(found.count("Lena Marsh OPPOSES Coastal Cloud Charter")) << ::testing::PrintToString(found);
  // An acronym in brackets is the name again, not a second argument.
  const auto acronym = facts(
      "The Coastal Data Agency (CDA) issued the Harbor Data Report.\nLater the CDA adopted the Water "
      "Accord.\n");
  EXPECT_TRUE(acronym.count("Coastal Data Agency ISSUED Harbor Data Report"))
      << ::testing::PrintToString(acronym);
  EXPECT_TRUE(acronym.count("Coastal Data Agency ADOPTED Water Accord")) << ::testing::PrintToString(acronym);
}

TEST(EnglishRules, LeaveChineseTextAlone) {
  // English triggers inside a Chinese sentence are not read as English.
  const auto found = facts("中国 signed 《数据安全倡议》。\n");
  EXPECT_FALSE(found.count("中国 SIGNED 数据安全倡议")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract

namespace kg::extract {
namespace {

using testing::facts;

TEST(EnglishCooperation, AmongTheMembersOfAList) {
  const auto found = facts("Kenya and the African Union cooperate on digital identity.\n");
  EXPECT_TRUE(found.count("肯尼亚 COOPERATES_WITH 非盟") || found.count("非盟 COOPERATES_WITH 肯尼亚"))
      << ::testing::PrintToString(found);
  const auto between = facts("Officials praised a partnership between Chile and Peru.\n");
  EXPECT_TRUE(between.count("智利 COOPERATES_WITH 秘鲁") || between.count("秘鲁 COOPERATES_WITH 智利"))
      << ::testing::PrintToString(between);
  // British spelling, and an agreement to strengthen cooperation.
  const auto british = facts("The OECD co-operates with the African Union on statistics.\n");
  EXPECT_TRUE(british.count("经合组织 COOPERATES_WITH 非盟")) << ::testing::PrintToString(british);
  const auto agreed = facts("Chile and Peru agreed to strengthen cooperation on data protection.\n");
  EXPECT_TRUE(agreed.count("智利 COOPERATES_WITH 秘鲁") || agreed.count("秘鲁 COOPERATES_WITH 智利"))
      << ::testing::PrintToString(agreed);
  const auto coordinated = facts("Chile coordinates closely with Peru.\n");
  EXPECT_TRUE(coordinated.count("智利 COOPERATES_WITH 秘鲁")) << ::testing::PrintToString(coordinated);
  // One actor alone cooperates with no one named.
  const auto alone = facts("Kenya cooperates on digital identity.\n");
  EXPECT_TRUE(alone.empty()) << ::testing::PrintToString(alone);
}

TEST(EnglishPassive, AgentsAfterADateOrAGroup) {
  const auto dated = facts("The Water Accord was adopted in May 2019 by the Nordic Council.\n");
  EXPECT_TRUE(dated.count("Nordic Council ADOPTED Water Accord @2019")) << ::testing::PrintToString(dated);
  const auto group = facts("The Water Accord was signed by 28 countries and Norway.\n");
  EXPECT_TRUE(group.count("挪威 SIGNED Water Accord")) << ::testing::PrintToString(group);
}

TEST(EnglishPersons, SigningAnOrderIssuesIt) {
  const auto found = facts("President Amani Odhiambo of Kenya signed the Data Protection Act in 2019.\n");
  EXPECT_TRUE(found.count("Amani Odhiambo ISSUED Data Protection Act @2019"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Amani Odhiambo LEADS 肯尼亚")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("肯尼亚 SIGNED Data Protection Act")) << ::testing::PrintToString(found);
  // A declaration is signed, not issued, by a person who signs it.
  const auto declaration = facts("Amani Odhiambo signed the Water Declaration.\n");
  EXPECT_FALSE(declaration.count("Amani Odhiambo ISSUED Water Declaration"))
      << ::testing::PrintToString(declaration);
}

TEST(EnglishNames, NamesEndWhereAnotherThingStarts) {
  // A kind word then "and": two names; a date after a connector: no part of the name.
  const auto found = facts("Ghana adopted the Water Accord and the Coastal Cloud Charter in June 2020.\n");
  EXPECT_TRUE(found.count("加纳 ADOPTED Water Accord @2020")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 ADOPTED Coastal Cloud Charter @2020")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract

namespace kg::extract {
namespace {

TEST(EnglishSentences, AbbreviationsStayInside) {
  const std::string text =
      "The tone was set by U.S. Vice President JD Vance on Feb. 11 in Paris. Dr. Lena Marsh agreed.";
  const std::vector<Span> sentences = split_sentences(text);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin), "Dr. Lena Marsh agreed.");
}

// Heading a body, said with a verb: active, or passive after the body and its
// acronym; a state "leading" a text leads nothing.
TEST(EnglishLeads, HeadedOrChairedByAPerson) {
  const auto passive =
      facts("The Harbour Data Committee (HDC), chaired by Swiss official Lena Marsh, met in May.\n");
  EXPECT_TRUE(passive.count("Lena Marsh LEADS Harbour Data Committee")) << ::testing::PrintToString(passive);
  const auto now = facts("The Coastal Board, now headed by Secretary Amani Odhiambo, announced the plan.\n");
  EXPECT_TRUE(now.count("Amani Odhiambo LEADS Coastal Board")) << ::testing::PrintToString(now);
  const auto state = facts("The Coastal Board was led by Kenya until 2020.\n");
  EXPECT_FALSE(state.count("肯尼亚 LEADS Coastal Board")) << ::testing::PrintToString(state);
  const auto cochairs =
      facts("The Coastal Board was co-chaired by Secretary Amani Odhiambo and Director Lena Marsh.\n");
  EXPECT_TRUE(cochairs.count("Amani Odhiambo LEADS Coastal Board")) << ::testing::PrintToString(cochairs);
  EXPECT_TRUE(cochairs.count("Lena Marsh LEADS Coastal Board")) << ::testing::PrintToString(cochairs);
  const auto heading = facts("Since 2021 Secretary Amani Odhiambo has been heading the Coastal Board.\n");
  EXPECT_TRUE(heading.count("Amani Odhiambo LEADS Coastal Board")) << ::testing::PrintToString(heading);
}

// PERSON became / was elected / served as TITLE of HOLDER: the holder is led, not
// by a deputy, and not when the title is no head's.
TEST(EnglishLeads, APersonWhoBecameOrWasElectedItsHead) {
  const auto became =
      facts("In 2020 Secretary Amani Odhiambo became chief executive of the Harbor Data Institute.\n");
  EXPECT_TRUE(became.count("Amani Odhiambo LEADS Harbor Data Institute")) << ::testing::PrintToString(became);
  const auto elected = facts("Professor Lena Marsh was elected chair of the Coastal Board in 2019.\n");
  EXPECT_TRUE(elected.count("Lena Marsh LEADS Coastal Board")) << ::testing::PrintToString(elected);
  const auto deputy = facts("Professor Lena Marsh was elected deputy chair of the Coastal Board in 2019.\n");
  EXPECT_FALSE(deputy.count("Lena Marsh LEADS Coastal Board")) << ::testing::PrintToString(deputy);
  const auto member = facts("Professor Lena Marsh became a member of the Coastal Board in 2019.\n");
  EXPECT_FALSE(member.count("Lena Marsh LEADS Coastal Board")) << ::testing::PrintToString(member);
}

// A career told plainly, as biographies tell it: PERSON was [adverb] TITLE of HOLDER, was sworn in as the
// first head of it, directed it, was appointed to chair it. Not a deputy, a member, a negation or a plan.
TEST(EnglishLeads, ACareerToldPlainly) {
  const auto found = facts(
      "Professor Lena Marsh was previously chief executive of the Harbor Data Institute. Secretary Amani "
      "Odhiambo was earlier Director General of the Coastal Board. Ambassador Tomas Reyes was sworn in as "
      "the "
      "first head of the Reef Policy Bureau. In 2023 Professor Kofi Mensah was appointed to chair the Lagoon "
      "Data Council.\n");
  EXPECT_TRUE(found.count("Lena Marsh LEADS Harbor Data Institute")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Amani Odhiambo LEADS Coastal Board")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Tomas Reyes LEADS Reef Policy Bureau")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Kofi Mensah LEADS Lagoon Data Council")) << ::testing::PrintToString(found);
  const auto not_head = facts(
      "Professor Lena Marsh was previously deputy chair of the Coastal Board. Secretary Amani Odhiambo was "
      "never chair of the Reef Policy Bureau. Professor Kofi Mensah is expected to chair the Lagoon Data "
      "Council. Professor Ines Duarte was head of the Kenyan delegation. Professor Tomas Reyes is a director "
      "of "
      "the Atoll Statistics Office. In 2031 President Ines Duarte directed the Reef Policy Bureau to publish "
      "standards.\n");
  EXPECT_FALSE(not_head.count("Lena Marsh LEADS Coastal Board")) << ::testing::PrintToString(not_head);
  EXPECT_FALSE(not_head.count("Ines Duarte LEADS 肯尼亚")) << ::testing::PrintToString(not_head);
  EXPECT_FALSE(not_head.count("Tomas Reyes LEADS Atoll Statistics Office"))
      << ::testing::PrintToString(not_head);
  EXPECT_FALSE(not_head.count("Ines Duarte LEADS Reef Policy Bureau")) << ::testing::PrintToString(not_head);
  EXPECT_FALSE(not_head.count("Amani Odhiambo LEADS Reef Policy Bureau"))
      << ::testing::PrintToString(not_head);
  EXPECT_FALSE(not_head.count("Kofi Mensah LEADS Lagoon Data Council")) << ::testing::PrintToString(not_head);
}

// A head title alone: the body the gazetteer knows the person heads, where the
// document names it; a former holder leads nothing.
TEST(EnglishLeads, ATitleAloneImpliesTheBodyTheDocumentNames) {
  const auto state =
      facts("India and Kenya signed the Water Accord. Prime Minister Narendra Modi spoke first.\n");
  EXPECT_TRUE(state.count("莫迪 LEADS 印度")) << ::testing::PrintToString(state);
  const auto company = facts("Nvidia opened a lab in Nairobi. Chief Executive Jensen Huang attended.\n");
  EXPECT_TRUE(company.count("黄仁勋 LEADS 英伟达")) << ::testing::PrintToString(company);
  const auto unnamed = facts("Prime Minister Narendra Modi spoke first.\n");
  EXPECT_FALSE(unnamed.count("莫迪 LEADS 印度")) << ::testing::PrintToString(unnamed);
  const auto former = facts("The United States joined the talks. Former President Barack Obama spoke.\n");
  EXPECT_FALSE(former.count("奥巴马 LEADS 美国")) << ::testing::PrintToString(former);
}

// The agents of a passive may be a group the text counts, then names: by 30
// companies, including A and B.
TEST(EnglishPassive, AgentsAGroupsListOpenerNames) {
  const auto found = facts(
      "The Coastal Tech Accord was launched in 2018 by 30 companies, including Microsoft and Google.\n");
  EXPECT_TRUE(found.count("微软 PROPOSED Coastal Tech Accord @2018")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("谷歌 PROPOSED Coastal Tech Accord @2018")) << ::testing::PrintToString(found);
}

// Founding a body or programme is launching it; a panel is a body.
TEST(EnglishActiveVerb, SettingUpABodyProposesIt) {
  const auto found = facts("The UN General Assembly agreed to set up the Coastal Data Panel.\n");
  EXPECT_TRUE(found.count("联合国大会 PROPOSED Coastal Data Panel")) << ::testing::PrintToString(found);
  const auto established = facts("In 2021 Kenya established the Harbour Data Office.\n");
  EXPECT_TRUE(established.count("肯尼亚 PROPOSED Harbour Data Office @2021"))
      << ::testing::PrintToString(established);
}

// Voting against or objecting to a text opposes it.
TEST(EnglishActiveVerb, VotingAgainstOpposes) {
  const auto found = facts("Peru voted against the Ocean Pact, and Chile objected to the Water Accord.\n");
  EXPECT_TRUE(found.count("秘鲁 OPPOSES Ocean Pact")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 OPPOSES Water Accord")) << ::testing::PrintToString(found);
}

// Straight quotes mark a name as curly ones do; a bare quoted phrase is a name
// only as what a verb naming its object acts on, not what one supports.
TEST(EnglishQuotes, AStraightQuotedPhraseIsWhatAProposalNames) {
  const auto found = facts("In 2021 Kenya proposed building a \"harbour data bridge\" with Ghana.\n");
  EXPECT_TRUE(found.count("肯尼亚 PROPOSED harbour data bridge @2021")) << ::testing::PrintToString(found);
  const auto stance = facts("Kenya supported the \"open\" approach.\n");
  EXPECT_TRUE(stance.empty()) << ::testing::PrintToString(stance);
}

// A person named in full is called by the surname later: the last word, or
// the first where family names come first (Xi Jinping is Xi).
TEST(EnglishNames, ASurnameLaterIsThePersonNamedInFull) {
  const auto found = facts(
      "Xi Jinping spoke in Nairobi in 2019. Later, Xi proposed the Ocean Data Plan.\n\n"
      "Senator Lena Marsh spoke too. Marsh launched the Harbour Data Plan.\n");
  EXPECT_TRUE(found.count("习近平 PROPOSED Ocean Data Plan")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Lena Marsh PROPOSED Harbour Data Plan")) << ::testing::PrintToString(found);
}

// A demonym with a government word is its state: the Kenyan government.
TEST(EnglishNames, ADemonymsGovernmentIsItsState) {
  const auto found = facts("The Kenyan government released the Harbour Data Strategy in 2022.\n");
  EXPECT_TRUE(found.count("肯尼亚 ISSUED Harbour Data Strategy @2022")) << ::testing::PrintToString(found);
}

// A word of address between the title and the name: Prime Minister Shri X.
TEST(EnglishLeads, AWordOfAddressStandsBetweenTitleAndName) {
  const auto found = facts("India hosted the talks. Prime Minister Shri Narendra Modi opened them.\n");
  EXPECT_TRUE(found.count("莫迪 LEADS 印度")) << ::testing::PrintToString(found);
}

// Founding members are members; proposing the creation of a body proposes the
// body, not proposing a body's admission.
TEST(EnglishActiveVerb, FoundingMembersAndProposedBodies) {
  const auto members =
      facts("Kenya and Peru were among the founding members of the Harbour Data Alliance.\n");
  EXPECT_TRUE(members.count("肯尼亚 MEMBER_OF Harbour Data Alliance")) << ::testing::PrintToString(members);
  const auto body = facts("In 2025 Kenya proposed the creation of a Coastal Data Organization.\n");
  EXPECT_TRUE(body.count("肯尼亚 PROPOSED Coastal Data Organization @2025"))
      << ::testing::PrintToString(body);
  const auto admission = facts("Kenya proposed the African Union's admission to the bloc.\n");
  EXPECT_FALSE(admission.count("肯尼亚 PROPOSED 非盟")) << ::testing::PrintToString(admission);
}

// A participle opening the sentence has the main clause's subject, a title
// before it allowed; the participle is no part of a name. A person who hosts
// an event takes part in it.
TEST(EnglishActiveVerb, AnOpeningParticipleHasTheMainClausesSubject) {
  const auto found = facts(
      "Opening the Harbour Data Summit in Mombasa, President Lena Marsh proposed the Coastal Data Plan.\n\n"
      "Senator Amani Odhiambo hosted the Nairobi Cyber Forum in 2024.\n");
  EXPECT_TRUE(found.count("Lena Marsh PARTICIPATED_IN Harbour Data Summit"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Lena Marsh PROPOSED Coastal Data Plan")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Amani Odhiambo PARTICIPATED_IN Nairobi Cyber Forum @2024"))
      << ::testing::PrintToString(found);
}

// Signing and drafting said with other verbs: put their names to X; X was drawn up by Y.
TEST(EnglishActiveVerb, OtherWaysToSignAndDraft) {
  const auto names = facts("Kenya, Ghana and Peru also put their names to the Water Accord.\n");
  EXPECT_TRUE(names.count("秘鲁 SIGNED Water Accord")) << ::testing::PrintToString(names);
  EXPECT_TRUE(names.count("肯尼亚 SIGNED Water Accord")) << ::testing::PrintToString(names);
  const auto drafted = facts("The Water Accord was drawn up over two years by the Nordic Council.\n");
  EXPECT_TRUE(drafted.count("Nordic Council ISSUED Water Accord")) << ::testing::PrintToString(drafted);
}

// The agent after "by" may follow a common noun's possessive: by the organisation's Committee.
TEST(EnglishPassive, AgentAfterAPossessive) {
  const auto found = facts(
      "The Lagoon Convention on Fishing was adopted by the organisation's Committee of Ministers in Oslo on "
      "17 May 2024.\n");
  EXPECT_TRUE(found.count("Committee of Ministers ADOPTED Lagoon Convention on Fishing @2024"))
      << ::testing::PrintToString(found);
}

// X and its (27) member states acting: X acts.
TEST(EnglishActiveVerb, ABodyAndItsMembers) {
  const auto found =
      facts("The Pacific Assembly and its 14 member states backed the Coastal Data Charter.\n");
  EXPECT_TRUE(found.count("Pacific Assembly SUPPORTS Coastal Data Charter"))
      << ::testing::PrintToString(found);
}

// A subject set off from its verb by an apposition that names things of its
// own: Kenya, then chair of the Pacific Assembly, launched X.
TEST(EnglishActiveVerb, SubjectBeforeAnAppositionWithNames) {
  const auto found = facts(
      "In May 2023 Kenya, then holding the Pacific Assembly (PA) presidency, launched the Coastal Data "
      "Process.\n");
  EXPECT_TRUE(found.count("肯尼亚 PROPOSED Coastal Data Process @2023")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("Pacific Assembly PROPOSED Coastal Data Process"))
      << ::testing::PrintToString(found);
  // Not across a barrier: the name before "but" is another clause's.
  const auto barrier = facts(
      "Kenya objected, but the Pacific Assembly, meeting in Suva, launched the Coastal Data Process.\n");
  EXPECT_FALSE(barrier.count("肯尼亚 PROPOSED Coastal Data Process")) << ::testing::PrintToString(barrier);
  EXPECT_TRUE(barrier.count("Pacific Assembly PROPOSED Coastal Data Process"))
      << ::testing::PrintToString(barrier);
}

// A participle after "and" in an apposition dates the name the apposition follows.
TEST(EnglishDated, ASecondParticipleInAnApposition) {
  const auto found = facts(
      "The Coastal Data Report, drafted by nearly 100 experts under the chairmanship of Lena Marsh, and "
      "published in January 2025, was widely read.\n");
  EXPECT_TRUE(found.count("Coastal Data Report IN_YEAR 2025")) << ::testing::PrintToString(found);
  const auto known = facts(
      "Kenya cited the Harbour Convention on Shipping Records, known as the Suva Convention and opened for "
      "signature in 2001.\n");
  EXPECT_TRUE(known.count("Harbour Convention on Shipping Records IN_YEAR 2001"))
      << ::testing::PrintToString(known);
}

// Timelines and headlines state acts in the present: EU adopts X; A and B propose Y; X submitted by A.
TEST(EnglishActiveVerb, HeadlinePresentTense) {
  const auto found = facts(
      "June 2017 — Pacific Assembly adopts its Coastal Data Toolbox.\n"
      "October 2020 — Peru and Chile propose a Programme of Action.\n"
      "September 2011 — Kenya and Ghana submit a Harbour Code of Conduct.\n"
      "November 2021 — Norway joins the Lima Charter for Port Safety.\n");
  EXPECT_TRUE(found.count("Pacific Assembly ADOPTED Coastal Data Toolbox @2017"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 PROPOSED Programme of Action @2020")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 ISSUED Harbour Code of Conduct @2011")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("挪威 SIGNED Lima Charter for Port Safety")) << ::testing::PrintToString(found);
}

// Sponsoring or calling for a document proposes it; "leaders of X" act for X.
TEST(EnglishActiveVerb, SponsorsCallersAndLeadersOfABody) {
  const auto sponsored = facts("The Assembly adopted resolution 81/112, sponsored by Peru.\n");
  EXPECT_TRUE(sponsored.count("秘鲁 PROPOSED resolution 81/112")) << ::testing::PrintToString(sponsored);
  const auto call = facts("Minister Amani Odhiambo called for a Harbour Convention on Port Records.\n");
  EXPECT_TRUE(call.count("Amani Odhiambo PROPOSED Harbour Convention on Port Records"))
      << ::testing::PrintToString(call);
  const auto leaders = facts("Leaders of the Pacific Assembly adopted the Suva Leaders' Declaration.\n");
  EXPECT_TRUE(leaders.count("Pacific Assembly ADOPTED Suva Leaders' Declaration"))
      << ::testing::PrintToString(leaders);
  // Other people "of" a body do not act for it.
  const auto critics = facts("Critics of the Pacific Assembly adopted the Suva Leaders' Declaration.\n");
  EXPECT_FALSE(critics.count("Pacific Assembly ADOPTED Suva Leaders' Declaration"))
      << ::testing::PrintToString(critics);
}

// A passive after an appositive noun; a date right after "of".
TEST(EnglishPassive, AfterAnAppositiveNounAndDatedByOf) {
  const auto law =
      facts("The Lagoon Data Act, a law first proposed by the Nordic Council in April 2021, took effect.\n");
  EXPECT_TRUE(law.count("Nordic Council PROPOSED Lagoon Data Act @2021")) << ::testing::PrintToString(law);
  const auto of =
      facts("Kenya cited the Coastal Data Principles of 2019 and resolution 81/112 of 3 December 2026.\n");
  EXPECT_TRUE(of.count("Coastal Data Principles IN_YEAR 2019")) << ::testing::PrintToString(of);
  EXPECT_TRUE(of.count("resolution 81/112 IN_YEAR 2026")) << ::testing::PrintToString(of);
  // "of" with no date right after dates nothing, whatever year the sentence has.
  const auto none = facts("In 2019 Kenya cited the Coastal Data Principles of the Pacific Assembly.\n");
  EXPECT_FALSE(none.count("Coastal Data Principles IN_YEAR 2019")) << ::testing::PrintToString(none);
}

// A place or date of the name's between it and its auxiliary: the passive's
// object is still the name (not where a place is named with no auxiliary).
TEST(EnglishPassive, PastAPlaceOrDateBeforeTheAuxiliary) {
  const auto place = facts("The Ocean Data Summit in Lima was co-chaired by Chile and Peru.\n");
  EXPECT_TRUE(place.count("智利 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(place);
  EXPECT_TRUE(place.count("秘鲁 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(place);
  const auto date = facts("The Coastal Data Principles of 2019 were endorsed by Kenya and Ghana.\n");
  EXPECT_TRUE(date.count("肯尼亚 SIGNED Coastal Data Principles")) << ::testing::PrintToString(date);
  EXPECT_TRUE(date.count("加纳 SIGNED Coastal Data Principles")) << ::testing::PrintToString(date);
  const auto talks = facts("The Ocean Data Summit closed; talks in Lima were later hosted by Chile.\n");
  EXPECT_FALSE(talks.count("智利 HOSTED Ocean Data Summit")) << ::testing::PrintToString(talks);
  const auto side = facts("A side event of the Ocean Data Summit in Lima was hosted by Chile.\n");
  EXPECT_FALSE(side.count("智利 HOSTED Ocean Data Summit")) << ::testing::PrintToString(side);
}

// A bracket between the name and its participle stands aside (a regulation's
// number); a number after a document's kind is part of its name.
TEST(EnglishPassive, PastABracketAfterTheNameAndWithTheNumberOfAnOrder) {
  const auto law = facts(
      "The Lagoon Data Act (Regulation (EU) 2026/2211), first proposed by the Nordic Council in April "
      "2021, took effect.\n");
  EXPECT_TRUE(law.count("Nordic Council PROPOSED Lagoon Data Act @2021")) << ::testing::PrintToString(law);
  EXPECT_FALSE(law.count("Lagoon Data Act IN_YEAR 2026")) << ::testing::PrintToString(law);
  const auto order = facts("Executive Order 15020, signed by the Nordic Council in May 2026, took effect.\n");
  EXPECT_TRUE(order.count("Executive Order 15020 IN_YEAR 2026")) << ::testing::PrintToString(order);
}

// An administration named after the head of government the gazetteer knows is its state acting.
TEST(EnglishActiveVerb, TheAdministrationOfAKnownLeaderIsItsState) {
  const auto found = facts(
      "In January 2025 the outgoing Biden administration published the Framework for Data Diffusion.\n");
  EXPECT_TRUE(found.count("美国 ISSUED Framework for Data Diffusion @2025"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("拜登 ISSUED Framework for Data Diffusion")) << ::testing::PrintToString(found);
  // A name the gazetteer knows no government of is no state.
  const auto other = facts("The Odhiambo administration published the Framework for Data Diffusion.\n");
  EXPECT_TRUE(other.empty()) << ::testing::PrintToString(other);
}

// An object left unsaid is the last document or event the paragraph named:
// A and B also signed; C took part; D signed on behalf of E.
TEST(EnglishUnsaidObject, TheLastOneTheParagraphNamed) {
  const auto found = facts(
      "The Lagoon Convention on Fishing opened for signature in Suva in May 2024. Kenya and Ghana also "
      "signed. Peru took part as an observer.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Lagoon Convention on Fishing")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 SIGNED Lagoon Convention on Fishing")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 PARTICIPATED_IN Lagoon Convention on Fishing"))
      << ::testing::PrintToString(found);
  // Not when nothing was named before, nor for a verb whose object is something else.
  const auto none = facts("Kenya and Ghana also signed.\n");
  EXPECT_TRUE(none.empty()) << ::testing::PrintToString(none);
  const auto other = facts(
      "The Lagoon Convention on Fishing opened for signature in Suva. Kenya signed a separate trade deal.\n");
  EXPECT_FALSE(other.count("肯尼亚 SIGNED Lagoon Convention on Fishing")) << ::testing::PrintToString(other);
  // Past an adjunct of time (that day, later that year) the clause still ends; not past "that day's …".
  const auto that_day = facts(
      "The Lagoon Convention on Fishing opened for signature in Suva. Kenya, Ghana and Peru also signed that "
      "day.\n");
  for (const char* state : {"肯尼亚", "加纳", "秘鲁"})
    EXPECT_TRUE(that_day.count(std::string(state) + " SIGNED Lagoon Convention on Fishing"))
        << state << ::testing::PrintToString(that_day);
  const auto later = facts(
      "The Lagoon Convention on Fishing opened for signature in Suva. Kenya also signed later that year.\n");
  EXPECT_TRUE(later.count("肯尼亚 SIGNED Lagoon Convention on Fishing")) << ::testing::PrintToString(later);
  const auto possessive = facts(
      "The Lagoon Convention on Fishing opened for signature in Suva. Kenya signed that day's trade deal.\n");
  EXPECT_FALSE(possessive.count("肯尼亚 SIGNED Lagoon Convention on Fishing"))
      << ::testing::PrintToString(possessive);
}

// A counted group's members after a colon: the passive's agents (signed by
// twenty companies: A, B and C), an active verb's subjects (Ten countries
// and the EU endorsed it: A, B and C) or its objects (adopted two texts: …);
// a colon after no counted group opens no list.
TEST(EnglishLists, ACountedGroupsMembersFollowItsColon) {
  const auto passive =
      facts("The Harbour Accord was signed by three companies: Google, Microsoft and Nvidia.\n");
  for (const char* company : {"谷歌", "微软", "英伟达"})
    EXPECT_TRUE(passive.count(std::string(company) + " SIGNED Harbour Accord"))
        << ::testing::PrintToString(passive);
  const auto active = facts(
      "The Harbour Accord was published in May. Three countries and the EU endorsed it: Peru, Chile and "
      "Kenya.\n");
  for (const char* signer : {"秘鲁", "智利", "肯尼亚", "欧盟"})
    EXPECT_TRUE(active.count(std::string(signer) + " SIGNED Harbour Accord"))
        << ::testing::PrintToString(active);
  const auto objects = facts("Kenya adopted two texts: the Harbour Accord and the Coastal Data Charter.\n");
  EXPECT_TRUE(objects.count("肯尼亚 ADOPTED Harbour Accord")) << ::testing::PrintToString(objects);
  EXPECT_TRUE(objects.count("肯尼亚 ADOPTED Coastal Data Charter")) << ::testing::PrintToString(objects);
  const auto uncounted = facts("The Harbour Accord was signed by the ministers: Peru had asked for it.\n");
  EXPECT_FALSE(uncounted.count("秘鲁 SIGNED Harbour Accord")) << ::testing::PrintToString(uncounted);
}

// Two passive participles joined by "and" (or a relative clause then the
// main verb) share their object: hosted by Japan and chaired by A.
TEST(EnglishPassive, ASecondParticipleSharesTheFirstOnesObject) {
  const auto joined = facts(
      "The Harbour Summit was hosted by Japan in May 2023 and chaired by Prime Minister Fumio Kishida.\n");
  EXPECT_TRUE(joined.count("日本 HOSTED Harbour Summit @2023")) << ::testing::PrintToString(joined);
  EXPECT_TRUE(joined.count("岸田文雄 PARTICIPATED_IN Harbour Summit")) << ::testing::PrintToString(joined);
  const auto relative = facts(
      "The Harbour Summit, which was hosted by the White House, was co-chaired by Prime Minister Fumio "
      "Kishida.\n");
  EXPECT_TRUE(relative.count("岸田文雄 PARTICIPATED_IN Harbour Summit"))
      << ::testing::PrintToString(relative);
  // A new clause with a name of its own between: no sharing.
  const auto apart = facts(
      "The Harbour Summit was hosted by Japan, and the Coastal Data Charter was drafted by Prime Minister "
      "Fumio Kishida.\n");
  EXPECT_FALSE(apart.count("岸田文雄 PARTICIPATED_IN Harbour Summit")) << ::testing::PrintToString(apart);
}

// An actor after the venue acts there only with no other thing named
// between; the place that stands for a summit of the field (Bletchley Park)
// names it.
TEST(EnglishVenue, AnActorAfterTheVenueWithNothingNamedBetween) {
  const auto apart = facts(
      "The Harbour Summit, hosted by Japan at the Coastal Forum in 2023, and the Harbour Process launched by "
      "Peru drew attention.\n");
  EXPECT_FALSE(apart.count("秘鲁 PARTICIPATED_IN Coastal Forum")) << ::testing::PrintToString(apart);
  const auto fronted = facts("At the Coastal Forum in May, Peru launched the Harbour Process.\n");
  EXPECT_TRUE(fronted.count("秘鲁 PARTICIPATED_IN Coastal Forum")) << ::testing::PrintToString(fronted);
  const auto coordinated = facts(
      "Britain, which hosted the Harbour Summit at the Coastal Forum in 2023, and Japan, which launched the "
      "Harbour Process, will attend.\n");
  EXPECT_FALSE(coordinated.count("日本 PARTICIPATED_IN Coastal Forum"))
      << ::testing::PrintToString(coordinated);
  const auto place = facts("Kenya signed the declaration at Bletchley Park in November 2023.\n");
  EXPECT_TRUE(place.count("人工智能安全峰会 IN_YEAR 2023")) << ::testing::PrintToString(place);
  // Named by its venue in passing, it is no antecedent of a later "the summit".
  const auto passing = facts(
      "Leaders gathered at the AI Action Summit in Paris. The series began at Bletchley Park in 2023. On the "
      "margins of the summit, Canada signed the Harbour Accord.\n");
  EXPECT_TRUE(passing.count("加拿大 PARTICIPATED_IN 人工智能行动峰会")) << ::testing::PrintToString(passing);
  EXPECT_FALSE(passing.count("加拿大 PARTICIPATED_IN 人工智能安全峰会")) << ::testing::PrintToString(passing);
}

// The object before a relative pronoun past a preposition (to which) or a
// date of the name's (of February 2025); every subject of the clause acts,
// and a co-actor after the verb with them.
TEST(EnglishRelative, AnObjectBeforeToWhichOrADate) {
  const auto adhered = facts(
      "The Coastal Principles, to which Peru, Chile and Ghana adhered in 2021, were revised in 2024.\n");
  for (const char* party : {"秘鲁", "智利", "加纳"})
    EXPECT_TRUE(adhered.count(std::string(party) + " SIGNED Coastal Principles"))
        << ::testing::PrintToString(adhered);
  const auto dated = facts(
      "The Harbour Summit of February 2025, which Kenya co-chaired with Ghana, ended with a declaration.\n");
  EXPECT_TRUE(dated.count("肯尼亚 PARTICIPATED_IN Harbour Summit")) << ::testing::PrintToString(dated);
  EXPECT_TRUE(dated.count("加纳 PARTICIPATED_IN Harbour Summit")) << ::testing::PrintToString(dated);
  // Another preposition, or a verb with an object of its own after it: no object before "which".
  const auto through = facts("The EU funds the Global Gateway, through which Kenya signed 12 agreements.\n");
  EXPECT_FALSE(through.count("肯尼亚 SIGNED Global Gateway")) << ::testing::PrintToString(through);
  const auto two = facts(
      "The Coastal Data Initiative, which Prime Minister Rishi Sunak and President Joe Biden launched in "
      "February, "
      "was renewed.\n");
  EXPECT_TRUE(two.count("苏纳克 PROPOSED Coastal Data Initiative")) << ::testing::PrintToString(two);
  EXPECT_TRUE(two.count("拜登 PROPOSED Coastal Data Initiative")) << ::testing::PrintToString(two);
}

// The passive's object past a relative clause between it and the verb, or
// "it" before the verb: the last document named before.
TEST(EnglishPassive, AnObjectPastARelativeClauseOrIt) {
  const auto relative = facts(
      "The Harbour Accord, which was agreed on the second day, was signed by Peru and the African Union.\n");
  EXPECT_TRUE(relative.count("秘鲁 SIGNED Harbour Accord")) << ::testing::PrintToString(relative);
  EXPECT_TRUE(relative.count("非盟 SIGNED Harbour Accord")) << ::testing::PrintToString(relative);
  const auto pronoun = facts(
      "The Harbour Accord was agreed in May. That day it was signed by Peru, Chile and Kenya, together with "
      "Japan.\n");
  for (const char* party : {"秘鲁", "智利", "肯尼亚", "日本"})
    EXPECT_TRUE(pronoun.count(std::string(party) + " SIGNED Harbour Accord"))
        << ::testing::PrintToString(pronoun);
  // A passive whose agent is no name names nothing, and reads nothing past the sentence's names.
  EXPECT_TRUE(facts("The plan was drafted by hand over many months.\n").empty());
  // The "it" of "It was announced by X that …" names nothing.
  const auto dummy = facts(
      "The Coastal Data Act was published in May. It was announced by the European Commission that the act "
      "would apply from 2026.\n");
  EXPECT_FALSE(dummy.count("欧盟委员会 PROPOSED Coastal Data Act")) << ::testing::PrintToString(dummy);
  // A clause with a barrier inside is no relative clause to skip: the name before it is not the object.
  const auto barrier = facts(
      "Chile drafted the Harbour Accord; the Coastal Charter, which Peru wrote, was signed by Kenya.\n");
  EXPECT_FALSE(barrier.count("肯尼亚 SIGNED Harbour Accord")) << ::testing::PrintToString(barrier);
}

// A clause on what happened at an event (", where" after it): who it names
// first took part, leaders of a state standing for the state; a where-clause
// after a place that is no event says nothing of the event before it.
TEST(EnglishVenue, WhoAWhereClauseAfterAnEventNamesTookPart) {
  const auto leaders = facts(
      "The plan began at the Harbour Summit, hosted by Japan in May, where leaders of Peru and Chile met.\n");
  EXPECT_TRUE(leaders.count("秘鲁 PARTICIPATED_IN Harbour Summit")) << ::testing::PrintToString(leaders);
  EXPECT_TRUE(leaders.count("智利 PARTICIPATED_IN Harbour Summit")) << ::testing::PrintToString(leaders);
  const auto counted =
      facts("Kenya convened the Harbour Summit, where 20 countries and the EU signed the Harbour Accord.\n");
  EXPECT_TRUE(counted.count("欧盟 PARTICIPATED_IN Harbour Summit")) << ::testing::PrintToString(counted);
  const auto apart = facts(
      "Kenya convened the Harbour Summit; later, in Lima, where Peru signed the Harbour Accord, it "
      "rained.\n");
  EXPECT_FALSE(apart.count("秘鲁 PARTICIPATED_IN Harbour Summit")) << ::testing::PrintToString(apart);
}

// A state's head named by a possessive title, before or after the name
// (then between: the holder at the time); a deputy leads nothing.
TEST(EnglishTitles, APossessiveHoldersTitleBeforeOrAfterTheName) {
  const auto after = facts("Fumio Kishida, then Japan's prime minister, opened the forum.\n");
  EXPECT_TRUE(after.count("岸田文雄 LEADS 日本")) << ::testing::PrintToString(after);
  const auto before = facts("Japan's prime minister, Fumio Kishida, opened the forum.\n");
  EXPECT_TRUE(before.count("岸田文雄 LEADS 日本")) << ::testing::PrintToString(before);
  const auto deputy = facts("Japan's deputy prime minister, Fumio Kishida, opened the forum.\n");
  EXPECT_FALSE(deputy.count("岸田文雄 LEADS 日本")) << ::testing::PrintToString(deputy);
}

// Voting no opposes the text voted on, named after "on" or before the
// sentence; "with X voting against" makes X no co-actor of the verb.
TEST(EnglishActiveVerb, VotingNoOpposesTheTextVotedOn) {
  const auto named = facts("Peru and Chile voted no on the Harbour Resolution.\n");
  EXPECT_TRUE(named.count("秘鲁 OPPOSES Harbour Resolution")) << ::testing::PrintToString(named);
  EXPECT_TRUE(named.count("智利 OPPOSES Harbour Resolution")) << ::testing::PrintToString(named);
  const auto unsaid = facts("The Harbour Resolution was adopted in 2022. Peru voted no.\n");
  EXPECT_TRUE(unsaid.count("秘鲁 OPPOSES Harbour Resolution")) << ::testing::PrintToString(unsaid);
  const auto against =
      facts("The Harbour Resolution was adopted by the General Assembly, with Peru voting against.\n");
  EXPECT_FALSE(against.count("秘鲁 ADOPTED Harbour Resolution")) << ::testing::PrintToString(against);
}

// The parties a role noun lists act on what it belongs to: a possessor
// before it, "of X" after it, else the last one of its kind named.
// The list may come before the role noun: A, B and C were among its first
// signatories; a list that is no party of it says nothing.
TEST(EnglishRosters, AListBeforeAmongARoleNoun) {
  const auto among = facts(
      "The Harbour Code opened for signature in Lima in 2022, where Peru, Chile and the EU were among its "
      "first "
      "signatories.\n");
  for (const char* party : {"秘鲁", "智利", "欧盟"})
    EXPECT_TRUE(among.count(std::string(party) + " SIGNED Harbour Code")) << ::testing::PrintToString(among);
  const auto owned = facts("Kenya and Peru are among the Harbour Code's signatories.\n");
  EXPECT_TRUE(owned.count("秘鲁 SIGNED Harbour Code")) << ::testing::PrintToString(owned);
  // "Of X" after the role noun is what it belongs to, not the last thing named.
  const auto of = facts(
      "The Harbour Code was published in May. Kenya and Peru were among the first signatories of the Coastal "
      "Charter.\n");
  EXPECT_FALSE(of.count("秘鲁 SIGNED Harbour Code")) << ::testing::PrintToString(of);
  EXPECT_TRUE(of.count("秘鲁 SIGNED Coastal Charter")) << ::testing::PrintToString(of);
  const auto not_among =
      facts("The Harbour Code was published in May. Kenya and Peru discussed its signatories.\n");
  EXPECT_FALSE(not_among.count("秘鲁 SIGNED Harbour Code")) << ::testing::PrintToString(not_among);
}

TEST(EnglishRosters, ARoleNounsListActsOnWhatItBelongsTo) {
  const auto owned = facts("The Harbour Code's signatories include Kenya and Peru.\n");
  EXPECT_TRUE(owned.count("肯尼亚 SIGNED Harbour Code")) << ::testing::PrintToString(owned);
  EXPECT_TRUE(owned.count("秘鲁 SIGNED Harbour Code")) << ::testing::PrintToString(owned);
  const auto of = facts("Among the sponsors of the Harbour Resolution were Kenya and Peru.\n");
  EXPECT_TRUE(of.count("肯尼亚 PROPOSED Harbour Resolution")) << ::testing::PrintToString(of);
  const auto earlier = facts(
      "The Coastal Data Network was launched in 2024. Its founding members were Kenya, Peru and the European "
      "Union.\n");
  for (const char* member : {"肯尼亚", "秘鲁", "欧盟"})
    EXPECT_TRUE(earlier.count(std::string(member) + " MEMBER_OF Coastal Data Network"))
        << ::testing::PrintToString(earlier);
  const auto listed = facts(
      "The Harbour Code was published in July. Signatories listed by the Commission include Google and "
      "IBM.\n");
  EXPECT_TRUE(listed.count("谷歌 SIGNED Harbour Code")) << ::testing::PrintToString(listed);
  // The states to sign it (or the X named right after) were A and B; a signatory list includes A.
  const auto first = facts(
      "The Harbour Code opened for signature in May. The first states to sign it were Kenya, Peru and "
      "Chile.\n");
  for (const char* party : {"肯尼亚", "秘鲁", "智利"})
    EXPECT_TRUE(first.count(std::string(party) + " SIGNED Harbour Code")) << ::testing::PrintToString(first);
  const auto named = facts(
      "The Harbour Code was published in July. The first countries to sign the Coastal Data Charter were "
      "Kenya and Peru.\n");
  EXPECT_TRUE(named.count("肯尼亚 SIGNED Coastal Data Charter")) << ::testing::PrintToString(named);
  EXPECT_FALSE(named.count("肯尼亚 SIGNED Harbour Code")) << ::testing::PrintToString(named);
  const auto list = facts(
      "The Harbour Code was published in July. The signatory list, some 40 in all, includes Kenya and "
      "Peru.\n");
  EXPECT_TRUE(list.count("秘鲁 SIGNED Harbour Code")) << ::testing::PrintToString(list);
  // No list verb after the role noun: no roster.
  const auto none = facts("The Harbour Code was published in July. Its signatories met Kenya and Peru.\n");
  EXPECT_FALSE(none.count("肯尼亚 SIGNED Harbour Code")) << ::testing::PrintToString(none);
}

// A date in brackets right after a document's or an event's name dates it,
// as a citation does; other words in the brackets do not.
// "of" and a date right after a name dates it, in either order of day and month: resolution 91/17 of 3
// December 2029; Executive Order 14999 of October 30, 2029. Not a date past other words.
TEST(EnglishDated, OfADateAfterTheName) {
  const auto found = facts(
      "Executive Order 14999 of October 30, 2029, directed agencies to act. The Assembly, in resolution "
      "91/17 of 3 "
      "December 2030, set up a committee.\n");
  EXPECT_TRUE(found.count("Executive Order 14999 IN_YEAR 2029")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("resolution 91/17 IN_YEAR 2030")) << ::testing::PrintToString(found);
  const auto far = facts("The Harbour Data Charter of the coastal states, in 2031, gained members.\n");
  EXPECT_FALSE(far.count("Harbour Data Charter IN_YEAR 2031")) << ::testing::PrintToString(far);
}

// A process whose topic is the thing acted on stands between the verb and it: supported the adoption of X,
// the proposal for Y; taking part, present perfect or actively, is taking part. Not when it will be, or was
// not.
TEST(EnglishObjects, PastAProcessNounAndTakingPartInAnyTense) {
  const auto found = facts(
      "Kenya supported the adoption of the Harbour Data Charter. Ghana backed the proposal for a Coastal "
      "Programme "
      "of Action. Peru has taken an active part in the Counter Ransomware Initiative since 2021.\n");
  EXPECT_TRUE(found.count("肯尼亚 SUPPORTS Harbour Data Charter")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 SUPPORTS Coastal Programme of Action")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 PARTICIPATED_IN Counter Ransomware Initiative"))
      << ::testing::PrintToString(found);
  const auto not_yet = facts(
      "Chile will take part in the Counter Ransomware Initiative. Chile did not take part in the Coastal "
      "Data Summit.\n");
  EXPECT_TRUE(not_yet.empty()) << ::testing::PrintToString(not_yet);
}

TEST(EnglishDated, ADateInBracketsAfterTheName) {
  const auto found = facts(
      "The compact builds on the Coastal Data Charter (29 March 2024) and the Coastal Summit (October "
      "2023).\n");
  EXPECT_TRUE(found.count("Coastal Data Charter IN_YEAR 2024")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Coastal Summit IN_YEAR 2023")) << ::testing::PrintToString(found);
  const auto other = facts("The compact builds on the Coastal Data Charter (in force since 2024).\n");
  EXPECT_FALSE(other.count("Coastal Data Charter IN_YEAR 2024")) << ::testing::PrintToString(other);
}

}  // namespace
}  // namespace kg::extract
