// English references: words that name again what the text named (the
// Convention, the Statement, it, we, the two sides, the Participants),
// resolved by extract/references.cpp with rules in
// extract/rules/references.json. Sentences written for these tests; names
// invented where a real one would test the gazetteer.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// He or she opening a clause is the last person of its paragraph named as a
// clause's subject: not one named inside an object, nor any before a blank
// line (a speaker's biography after another's).
TEST(EnglishReferences, HeOrSheIsTheParagraphsLastSubject) {
  const auto found =
      facts("Ambassador Marta Lindqvar opened the session. In 2024 she attended the Summit of the Future.\n");
  EXPECT_TRUE(found.count("Marta Lindqvar PARTICIPATED_IN 联合国未来峰会"))
      << ::testing::PrintToString(found);
  const auto object = facts(
      "The panel thanked Ambassador Marta Lindqvar for her support. She attended the Summit of the "
      "Future.\n");
  for (const std::string& fact : object) EXPECT_EQ(fact.find(" PARTICIPATED_IN "), std::string::npos) << fact;
  const auto apart = facts(
      "Ambassador Marta Lindqvar opened the session.\n\n"
      "The panel met in Geneva. She attended the Summit of the Future.\n");
  for (const std::string& fact : apart) EXPECT_EQ(fact.find(" PARTICIPATED_IN "), std::string::npos) << fact;
  // The last person named, if no clause's subject, is no reason to reach back past them.
  const auto moved_on = facts(
      "Ambassador Marta Lindqvar opened the session. Chile's foreign minister Alberto Ruiz then spoke. He "
      "attended the Summit of the Future.\n");
  EXPECT_FALSE(moved_on.count("Marta Lindqvar PARTICIPATED_IN 联合国未来峰会"))
      << ::testing::PrintToString(moved_on);
  // A Latin name in Chinese text is read as Chinese text reads its subjects.
  const auto chinese = facts("联合国秘书长Guterres在纽约会见了王毅。他表示支持《全球数据安全倡议》。");
  EXPECT_FALSE(chinese.count("王毅 SUPPORTS 全球数据安全倡议")) << ::testing::PrintToString(chinese);
}

TEST(EnglishReferences, TheConventionIsTheLastOneNamed) {
  const auto found = facts(
      "The Pacific Assembly adopted the Coastal Convention against Data Piracy in 2023. Kenya supported the "
      "Convention.\n");
  EXPECT_TRUE(found.count("肯尼亚 SUPPORTS Coastal Convention against Data Piracy"))
      << ::testing::PrintToString(found);
  const auto text = facts(
      "The Pacific Assembly adopted the Coastal Data Charter in 2023. Kenya and Ghana signed the text.\n");
  EXPECT_TRUE(text.count("肯尼亚 SIGNED Coastal Data Charter")) << ::testing::PrintToString(text);
  EXPECT_TRUE(text.count("加纳 SIGNED Coastal Data Charter")) << ::testing::PrintToString(text);
  // Another kind, or conventions in general, is no reference to it.
  const auto other = facts(
      "The Pacific Assembly adopted the Coastal Data Charter in 2023. Kenya supported the convention on "
      "whaling. Ghana criticised the conventions.\n");
  EXPECT_FALSE(other.count("肯尼亚 SUPPORTS Coastal Data Charter")) << ::testing::PrintToString(other);
  EXPECT_FALSE(other.count("加纳 OPPOSES Coastal Data Charter")) << ::testing::PrintToString(other);
}

// Capitalised, "the Convention" is the text's defined term: the convention it
// names and refers to most, though another was named last; lowercase, the last.
TEST(EnglishReferences, TheCapitalisedConventionIsTheDefinedTerm) {
  const std::string story =
      "The Pacific Assembly adopted the Coastal Convention against Data Piracy in 2023. The Convention opens "
      "for signature in Suva. It draws on the Harbour Convention on Shipping Records, known as the Suva "
      "Convention. ";
  const auto defined = facts(story + "Kenya supported the Convention.\n");
  EXPECT_TRUE(defined.count("肯尼亚 SUPPORTS Coastal Convention against Data Piracy"))
      << ::testing::PrintToString(defined);
  const auto last = facts(story + "Kenya supported the convention.\n");
  EXPECT_TRUE(last.count("肯尼亚 SUPPORTS Suva Convention")) << ::testing::PrintToString(last);
}

// "The Participants" are the two parties an agreement defines: the states, not
// the ministries that represent them; without a definition they are no one.
// "The summit" is the last summit named in its paragraph; past a paragraph
// that recalled another, the one the report's title names.
// "we" quoted in the brackets after a name is that name's: Microsoft ("we");
// not after a bracket closed before the quote: Microsoft (MSFT) said "we ….
TEST(EnglishReferences, WeDefinedInBracketsAfterAName) {
  const auto defined = facts(
      "Microsoft (\"Microsoft\", \"we\", \"the company\") reports on its year. We attended the Ocean Data "
      "Summit "
      "in Lima.\n");
  EXPECT_TRUE(defined.count("微软 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(defined);
  const auto quoted = facts(
      "Microsoft (MSFT) said \"we will look at it.\" Google said: \"We attended the Ocean Data Summit.\"\n");
  EXPECT_FALSE(quoted.count("微软 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(quoted);
}

TEST(EnglishReferences, TheSummitPastARecallingParagraphIsTheTitledOne) {
  const std::string story =
      "Ocean Data Summit Closes in Lima\n\nThe Ocean Data Summit closed in Lima on Friday.\n\n"
      "The series began in 2021. The Harbour Data Summit in Santiago was co-hosted by Chile and Peru last "
      "year.";
  const auto past = facts(story + "\n\nKenya's president attended the summit.\n");
  EXPECT_TRUE(past.count("肯尼亚 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(past);
  EXPECT_FALSE(past.count("肯尼亚 PARTICIPATED_IN Harbour Data Summit")) << ::testing::PrintToString(past);
  const auto within = facts(story + " Kenya's president attended the summit.\n");
  EXPECT_TRUE(within.count("肯尼亚 PARTICIPATED_IN Harbour Data Summit")) << ::testing::PrintToString(within);
}

// "The Convention" of a document whose head (the lines before its first sentence) names a convention is
// that one, past others discussed in its opening paragraphs, unless one of them was named recently.
TEST(EnglishReferences, TheConventionTheHeadNamesPastOthersNamedLongBefore) {
  const std::string head =
      "Harbour Treaty Series - No. 9\n\nExplanatory Report to the Convention on Ocean Data Flows\n\nI. "
      "Introduction\n\n1. The Convention on Cybercrime was opened for signature in 2001. It is known as the "
      "Budapest Convention. Many states outside Europe joined it.";
  std::string filler;
  for (int i = 0; i < 9; ++i) filler += " The drafters met again.";
  const auto later =
      facts(head + filler + "\n\n2. On that day the Convention was signed by Kenya and Ghana.\n");
  EXPECT_TRUE(later.count("肯尼亚 SIGNED Convention on Ocean Data Flows")) << ::testing::PrintToString(later);
  EXPECT_FALSE(later.count("肯尼亚 SIGNED 布达佩斯公约")) << ::testing::PrintToString(later);
  // (A head naming two of the kind leaves it open: the most named.)
  const auto two = facts(
      "The Budapest Convention and the Convention on Ocean Data Flows: a comparison\n\nThe Convention on "
      "Ocean "
      "Data Flows was adopted in 2024. The Convention on Ocean Data Flows has ten articles." +
      filler + "\n\nThe Convention was signed by Kenya.\n");
  EXPECT_TRUE(two.count("肯尼亚 SIGNED Convention on Ocean Data Flows")) << ::testing::PrintToString(two);
  const auto recent = facts(head + " The Convention was signed by Kenya in 2005.\n");
  EXPECT_TRUE(recent.count("肯尼亚 SIGNED 布达佩斯公约")) << ::testing::PrintToString(recent);
}

// A labelled line of the head naming a state makes it the document's voice: a position paper's "our
// delegation" and "our country" are that state.
TEST(EnglishReferences, OurDelegationIsTheStateTheHeadNames) {
  const auto found = facts(
      "Harbour Model United Nations 2025\nCommittee: First Committee\nDelegation: The French Republic\n\nI. "
      "Background\n\nOur delegation supports the Budapest Convention.\n");
  EXPECT_TRUE(found.count("法国 SUPPORTS 布达佩斯公约")) << ::testing::PrintToString(found);
  // (A label after the prose has begun names no voice.)
  const auto late = facts(
      "Background\n\nStudents met in Lima.\nDelegation: The French Republic\nOur delegation supports the "
      "Budapest Convention.\n");
  EXPECT_FALSE(late.count("法国 SUPPORTS 布达佩斯公约")) << ::testing::PrintToString(late);
}

TEST(EnglishReferences, TheParticipantsAnAgreementDefines) {
  const auto found = facts(
      "The Government of Kenya, represented by the Ministry of ICT, and the Government of Ghana, represented "
      "by the Ministry of Communications (hereinafter \"the Participants\"),\n\nThe Participants hereby "
      "establish a Joint Working Group on Ocean Data.\n\nBoth Participants are founding members of the "
      "Coastal "
      "Data Alliance.\n");
  EXPECT_TRUE(found.count("肯尼亚 PROPOSED Joint Working Group on Ocean Data"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 PROPOSED Joint Working Group on Ocean Data"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 MEMBER_OF Coastal Data Alliance")) << ::testing::PrintToString(found);
  const auto undefined = facts(
      "Kenya and Ghana met in Accra. The Parties hereby establish a Joint Working Group on Ocean Data.\n");
  EXPECT_FALSE(undefined.count("肯尼亚 PROPOSED Joint Working Group on Ocean Data"))
      << ::testing::PrintToString(undefined);
}

// A later section on another convention: "the Convention" there is the one
// that section names, not the one the document named most.
TEST(EnglishReferences, TheConventionOfALaterSectionIsTheOneItNames) {
  const std::string earlier =
      "The Pacific Assembly adopted the Coastal Convention against Data Piracy in 2023. The Convention "
      "opens for signature in Suva. Kenya ratified the Coastal Convention against Data Piracy. Ghana "
      "welcomed it. Peru studied it. Chile followed. Fiji waited. Tonga watched. Samoa hesitated. Palau "
      "joined later.\n\n";
  const auto found =
      facts(earlier +
            "Maritime records\n\nThe Harbour Convention on Shipping Records was agreed in 2024. "
            "Norway signed the Convention that year.\n");
  EXPECT_TRUE(found.count("挪威 SIGNED Harbour Convention on Shipping Records"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("挪威 SIGNED Coastal Convention against Data Piracy"))
      << ::testing::PrintToString(found);
}

// A defined term used throughout stays the one meant though another of its
// kind is named in passing a few sentences before.
TEST(EnglishReferences, TheDefinedTermUsedThroughoutStays) {
  const auto found = facts(
      "The Pacific Assembly adopted the Coastal Convention against Data Piracy in 2020. Chile ratified it. "
      "Peru studied it. Fiji waited. Tonga watched. Samoa hesitated. Palau joined. Nauru followed. Tuvalu "
      "waited. Kiribati watched. The Convention opened for signature. Ghana supported the Convention. The "
      "Convention draws on the Harbour Convention on Shipping Records. Kenya signed the Convention.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Coastal Convention against Data Piracy"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("肯尼亚 SIGNED Harbour Convention on Shipping Records"))
      << ::testing::PrintToString(found);
}

// Capitalised, a statement, declaration or recommendation named again by its
// kind is the last of the kind named, at a sentence's opening too.
TEST(EnglishReferences, AStatementOrDeclarationNamedAgainByItsKind) {
  const auto statement = facts(
      "Leaders met in Suva to discuss the Suva Statement on Ocean Data. The Statement was endorsed by "
      "Kenya and Ghana.\n");
  EXPECT_TRUE(statement.count("肯尼亚 SIGNED Suva Statement on Ocean Data"))
      << ::testing::PrintToString(statement);
  EXPECT_TRUE(statement.count("加纳 SIGNED Suva Statement on Ocean Data"))
      << ::testing::PrintToString(statement);
  const auto declaration = facts(
      "Ministers agreed the Apia Declaration on Data Flows. The Declaration was later endorsed by Peru.\n");
  EXPECT_TRUE(declaration.count("秘鲁 SIGNED Apia Declaration on Data Flows"))
      << ::testing::PrintToString(declaration);
  // Lowercase, a statement is any statement.
  const auto lowercase = facts(
      "Leaders met in Suva to discuss the Suva Statement on Ocean Data. Kenya criticised the statement of "
      "the organisers.\n");
  EXPECT_FALSE(lowercase.count("肯尼亚 OPPOSES Suva Statement on Ocean Data"))
      << ::testing::PrintToString(lowercase);
}

// "The two sides" are the last two actors named together; an arrangement is a document.
TEST(EnglishReferences, TheTwoSidesAreTheLastPairNamed) {
  const auto found = facts(
      "Kenya and Ghana held talks in Accra on 3 May 2023. The two sides signed the Coastal Research "
      "Arrangement.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Coastal Research Arrangement")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("加纳 SIGNED Coastal Research Arrangement")) << ::testing::PrintToString(found);
}

// A communiqué's "we" is the speaker it declares (We, the Leaders of X, …);
// a "we" no text declared is no one, and "we" inside a word is no reference.
TEST(EnglishReferences, WeIsTheSpeakerTheTextDeclares) {
  const auto found = facts(
      "1. We, the Leaders of the G20, met in Nairobi in 2031. We welcome the Harbour Data Framework.\n\n"
      "2. We reaffirm our commitment to the Coastal Data Principles.\n");
  EXPECT_TRUE(found.count("二十国集团 SUPPORTS Harbour Data Framework")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("二十国集团 SUPPORTS Coastal Data Principles")) << ::testing::PrintToString(found);
  const auto undeclared =
      facts("\"We welcome the Harbour Data Framework,\" a Kenyan diplomat said in Geneva.\n");
  EXPECT_TRUE(undeclared.empty()) << ::testing::PrintToString(undeclared);
}

// A document whose cover names the government it comes from speaks in that state's voice: "we", "our
// country" and "the Government" are the state. Not past the cover, nor a government named in the text.
TEST(EnglishReferences, WeIsTheStateWhoseGovernmentTheCoverNames) {
  const auto found = facts(
      "COASTAL DATA STRATEGY 2031\nGovernment of the Republic of Kenya\n\nChapter 4\n\n"
      "In 2029 we signed the Harbour Data Framework. Our country endorsed the Coastal Data Principles. In "
      "2030 "
      "the Government hosted the Nairobi Data Conference.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Harbour Data Framework")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Coastal Data Principles")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("肯尼亚 HOSTED Nairobi Data Conference")) << ::testing::PrintToString(found);
  const auto in_text = facts(
      "COASTAL DATA STRATEGY 2031\n\nThe report was welcomed by the Government of the Republic of Kenya.\n"
      "In 2029 we signed the Harbour Data Framework.\n");
  EXPECT_FALSE(in_text.count("肯尼亚 SIGNED Harbour Data Framework")) << ::testing::PrintToString(in_text);
  // Not another state's government, nor a quotation, nor a cover naming two governments or with no blank
  // line.
  const auto others = facts(
      "COASTAL DATA STRATEGY 2031\nGovernment of the Republic of Kenya\n\nThe Government of Japan signed the "
      "Harbour Data Framework. Peru said: \"Our country will never sign the Coastal Data Principles.\"\n");
  EXPECT_TRUE(others.count("日本 SIGNED Harbour Data Framework")) << ::testing::PrintToString(others);
  EXPECT_FALSE(others.count("肯尼亚 SIGNED Harbour Data Framework")) << ::testing::PrintToString(others);
  EXPECT_FALSE(others.count("肯尼亚 REJECTED Coastal Data Principles")) << ::testing::PrintToString(others);
  const auto agreement = facts(
      "Memorandum of Understanding\nThe Government of the Republic of Kenya\nand\nThe Government of Japan\n\n"
      "We welcome the Harbour Data Framework.\n");
  EXPECT_TRUE(agreement.empty()) << ::testing::PrintToString(agreement);
  const auto no_cover = facts(
      "Joint Communique\nGovernment of Japan\nThe Government hosted the Nairobi Data Conference in 2030.\n");
  EXPECT_FALSE(no_cover.count("日本 HOSTED Nairobi Data Conference")) << ::testing::PrintToString(no_cover);
}

// "it" after a verb is the last document or event named before, in the
// sentence or the paragraph, never an actor.
TEST(EnglishReferences, ItIsTheLastDocumentNamed) {
  const auto found = facts(
      "Kenya published the Coastal Code of Practice in May 2025. Ghana and Peru signed it, and Chile "
      "criticised "
      "it.\n\nNvidia praised Microsoft, and Intel also criticised it.\n");
  EXPECT_TRUE(found.count("加纳 SIGNED Coastal Code of Practice")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 SIGNED Coastal Code of Practice")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 OPPOSES Coastal Code of Practice")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("英伟达 SUPPORTS 微软")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("英特尔 OPPOSES 微软")) << ::testing::PrintToString(found);
}

// A body named again by its kind, capitalised, is the last one of that kind;
// a gazetteer entity has the kind through its English name (the Union).
TEST(EnglishReferences, TheAssemblyTheUnion) {
  const auto assembly =
      facts("The Pacific Assembly met in Suva in May. The Assembly adopted the Coastal Data Charter.\n");
  EXPECT_TRUE(assembly.count("Pacific Assembly ADOPTED Coastal Data Charter"))
      << ::testing::PrintToString(assembly);
  const auto union_ =
      facts("The European Union sent its envoy to Suva. The Union later backed the Coastal Data Charter.\n");
  EXPECT_TRUE(union_.count("欧盟 SUPPORTS Coastal Data Charter")) << ::testing::PrintToString(union_);
  // No body of that kind named: no reference.
  const auto none = facts("Kenya sent its envoy to Suva. The Union later backed the Coastal Data Charter.\n");
  EXPECT_FALSE(none.count("肯尼亚 SUPPORTS Coastal Data Charter")) << ::testing::PrintToString(none);
}

// A committee or working group named again in lowercase by its kind is the
// last one named; with none named, no body.
TEST(EnglishReferences, TheCommitteeTheWorkingGroup) {
  const auto committee = facts(
      "Kenya proposed a Coastal Data Committee in 2020. The committee, chaired by Amani Odhiambo, met "
      "twice.\n");
  EXPECT_TRUE(committee.count("Amani Odhiambo LEADS Coastal Data Committee"))
      << ::testing::PrintToString(committee);
  const auto group = facts(
      "Chile joined the Open Data Working Group. The working group, chaired by Amani Odhiambo, met in "
      "Suva.\n");
  EXPECT_TRUE(group.count("Amani Odhiambo LEADS Open Data Working Group")) << ::testing::PrintToString(group);
  const auto none =
      facts("Chile joined the Open Data Council. The working group, chaired by Amani Odhiambo, met.\n");
  EXPECT_FALSE(none.count("Amani Odhiambo LEADS Open Data Council")) << ::testing::PrintToString(none);
}

// "the text" is the document the text is about, though another was named last.
TEST(EnglishReferences, TheTextIsTheDocumentMostNamed) {
  const auto found = facts(
      "The Pacific Assembly adopted the Coastal Data Charter in 2023. The Coastal Data Charter opens for "
      "signature in Suva. Its drafters cited the Harbour Records Accord. Kenya signed the text.\n");
  EXPECT_TRUE(found.count("肯尼亚 SIGNED Coastal Data Charter")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("肯尼亚 SIGNED Harbour Records Accord")) << ::testing::PrintToString(found);
}

// "that resolution", "the accord": the last resolution or accord named.
TEST(EnglishReferences, TheResolutionOrTheAccordIsTheLastOneNamed) {
  const auto resolution =
      facts("In 2020 the Assembly adopted Resolution 75/240. Peru sponsored that resolution.\n");
  EXPECT_TRUE(resolution.count("秘鲁 PROPOSED Resolution 75/240")) << ::testing::PrintToString(resolution);
  const auto accord = facts("The Harbour Accord was announced in May. Kenya signed the accord in June.\n");
  EXPECT_TRUE(accord.count("肯尼亚 SIGNED Harbour Accord")) << ::testing::PrintToString(accord);
}

}  // namespace
}  // namespace kg::extract
