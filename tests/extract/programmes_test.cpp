// A programme's lists of persons: the person after a role label (主持人:X)
// and the guests listed a line each below one (对话嘉宾: / Y 单位职务) take part
// in the event the programme is of, the last one named above its lines; a
// quoted name with its kind word right after the quote names the session; a
// guest's post after the name leads its body; a table's columns, by their
// header, name who took part and what was adopted when.
// Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

TEST(ProgrammeLists, TheModeratorAndTheGuestsListedBelowALabel) {
  const auto found = facts(
      "2026年“海洋数据治理”圆桌对话\n"
      "\n"
      "主持人：李明远　东海大学海洋法研究院教授\n"
      "对话嘉宾：\n"
      "　　王清禾　南岭数字经济论坛研究员\n"
      "　　赵书亭　东海大学计算机学院副教授\n"
      "\n"
      "李明远：各位嘉宾，下午好。\n");
  for (const char* person : {"李明远", "王清禾", "赵书亭"}) {
    EXPECT_TRUE(found.count(std::string(person) + " PARTICIPATED_IN 2026年海洋数据治理圆桌对话"))
        << person << ::testing::PrintToString(found);
  }
  // (A guest's affiliation is no event the programme is of.)
  EXPECT_FALSE(found.count("赵书亭 PARTICIPATED_IN 南岭数字经济论坛")) << ::testing::PrintToString(found);
}

TEST(ProgrammeLists, RunningTextAndBlankLinesEndTheList) {
  const auto found = facts(
      "2026年“海洋数据治理”圆桌对话于6月在杭州举行。\n"
      "对话嘉宾：\n"
      "\n"
      "王清禾　南岭数字经济论坛研究员\n");
  EXPECT_FALSE(found.count("王清禾 PARTICIPATED_IN 2026年海洋数据治理圆桌对话"))
      << ::testing::PrintToString(found);
  // (Nor is a speaker's label alone a person: 关键词:人工智能.)
  EXPECT_FALSE(entities("关键词：人工智能治理\n").count({graph::NodeType::Person, "关键词"}));
}

// A guest list's line gives the post after the name, a space (or a comma)
// between: its holder leads the body the post is of, an acronym in brackets
// or not; not a deputy, nor a name in running text before another body.
TEST(GuestLists, APostAfterTheNameLeadsItsBody) {
  const auto found = facts(
      "拟邀嘉宾：\n"
      "林书远　东海数字经济研究院院长\n"
      "周启航　东海数据安全协会（EDSA）理事长\n"
      "吴清远　东海数字经济研究院副院长\n"
      "郑书平表示，东海数字经济研究院院长将出席。\n");
  EXPECT_TRUE(found.count("林书远 LEADS 东海数字经济研究院")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("周启航 LEADS 东海数据安全协会")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("吴清远 LEADS 东海数字经济研究院")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("郑书平 LEADS 东海数字经济研究院")) << ::testing::PrintToString(found);
}

TEST(GuestLists, EnglishTitleAfterTheNameThenTheBody) {
  const auto found = facts(
      "Speakers\n"
      "Dr Mara Lindqvist, Director, Nordic Institute for Data Policy\n"
      "Prof. Tarn Olsen, Professor of Maritime Law and Chair, Oslo Centre for Ocean Law\n"
      "Ilse Marnow, Deputy Director, Nordic Institute for Data Policy\n"
      "Anja Roos, Research Fellow, Oslo Centre for Ocean Law\n");
  EXPECT_TRUE(found.count("Mara Lindqvist LEADS Nordic Institute for Data Policy"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Tarn Olsen LEADS Oslo Centre for Ocean Law")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("Ilse Marnow LEADS Nordic Institute for Data Policy"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("Anja Roos LEADS Oslo Centre for Ocean Law")) << ::testing::PrintToString(found);
  // The word of address is no part of the name; a centre "for" a field of law is a body.
  const auto named = entities("Dr Mara Lindqvist, Director, Oslo Centre for Ocean Law\n");
  EXPECT_TRUE(named.count({graph::NodeType::Person, "Mara Lindqvist"})) << ::testing::PrintToString(named);
  EXPECT_TRUE(named.count({graph::NodeType::Organization, "Oslo Centre for Ocean Law"}))
      << ::testing::PrintToString(named);
}

// A table's rows under a header naming its columns: the participants column's
// names took part in the event the row names, the outcome column's documents
// date from the row's first cell; a row under no header gives nothing.
TEST(TableRows, ParticipantsAndOutcomesByTheirColumns) {
  const auto zh = facts(
      "时间｜事件｜参与方｜成果文件\n"
      "2024年5月｜第一届海洋数据论坛在利马举行｜智利、秘鲁｜《利马海洋数据宣言》\n"
      "2025年6月｜第二届海洋数据论坛在基多举行｜厄瓜多尔｜《基多行动计划》\n");
  EXPECT_TRUE(zh.count("智利 PARTICIPATED_IN 第一届海洋数据论坛")) << ::testing::PrintToString(zh);
  EXPECT_TRUE(zh.count("秘鲁 PARTICIPATED_IN 第一届海洋数据论坛")) << ::testing::PrintToString(zh);
  EXPECT_TRUE(zh.count("厄瓜多尔 PARTICIPATED_IN 第二届海洋数据论坛")) << ::testing::PrintToString(zh);
  EXPECT_TRUE(zh.count("利马海洋数据宣言 IN_YEAR 2024")) << ::testing::PrintToString(zh);
  EXPECT_TRUE(zh.count("基多行动计划 IN_YEAR 2025")) << ::testing::PrintToString(zh);
  EXPECT_FALSE(zh.count("厄瓜多尔 PARTICIPATED_IN 第一届海洋数据论坛")) << ::testing::PrintToString(zh);
  const auto en = facts(
      "Date | Event | Participants | Outcome\n"
      "May 2024 | First Ocean Data Forum, Lima | Chile, Peru | Lima Declaration on Ocean Data\n");
  EXPECT_TRUE(en.count("智利 PARTICIPATED_IN First Ocean Data Forum")) << ::testing::PrintToString(en);
  EXPECT_TRUE(en.count("Lima Declaration on Ocean Data IN_YEAR 2024")) << ::testing::PrintToString(en);
  const auto headless = facts("2024年5月｜第一届海洋数据论坛在利马举行｜智利、秘鲁｜《利马海洋数据宣言》\n");
  EXPECT_FALSE(headless.count("智利 PARTICIPATED_IN 第一届海洋数据论坛"))
      << ::testing::PrintToString(headless);
}

// A table's columns named by who acted (Adopted by, Signatories, Issued by,
// 发布方) act on what the row names before them, and its date column dates
// that by every year in the cell; a column naming a meeting, or headed by a
// word that only starts with a trigger (Co-sponsors, Adopted by for Adopted),
// states nothing of the kind.
TEST(TableRows, WhoActedAndWhenByTheirColumns) {
  const auto en = facts(
      "Instrument | Adopted by | Date | Signatories / parties | Notes\n"
      "Lima Declaration on Ocean Data | African Union | 4 March 2022; revised May 2024 | Chile, Peru and the "
      "European Union | Non-binding.\n"
      "Quito Declaration on Ocean Data | Ocean Data Summit, co-hosted by Ecuador and Colombia | June 2025 | "
      "About "
      "20 states, including Chile | Voluntary.\n");
  EXPECT_TRUE(en.count("非盟 ADOPTED Lima Declaration on Ocean Data")) << ::testing::PrintToString(en);
  for (const char* party : {"智利", "秘鲁", "欧盟"}) {
    EXPECT_TRUE(en.count(std::string(party) + " SIGNED Lima Declaration on Ocean Data"))
        << party << ::testing::PrintToString(en);
  }
  EXPECT_TRUE(en.count("Lima Declaration on Ocean Data IN_YEAR 2022")) << ::testing::PrintToString(en);
  EXPECT_TRUE(en.count("Lima Declaration on Ocean Data IN_YEAR 2024")) << ::testing::PrintToString(en);
  EXPECT_TRUE(en.count("智利 SIGNED Quito Declaration on Ocean Data")) << ::testing::PrintToString(en);
  EXPECT_TRUE(en.count("Quito Declaration on Ocean Data IN_YEAR 2025")) << ::testing::PrintToString(en);
  EXPECT_FALSE(en.count("厄瓜多尔 ADOPTED Quito Declaration on Ocean Data")) << ::testing::PrintToString(en);
  EXPECT_FALSE(en.count("秘鲁 SIGNED Quito Declaration on Ocean Data")) << ::testing::PrintToString(en);
  const auto cosponsors = facts(
      "Resolution | Co-sponsors | Adopted by | Vote\n"
      "Lima Declaration on Ocean Data | Chile, Peru | 4 March 2022 | Without a vote\n");
  EXPECT_FALSE(cosponsors.count("智利 PROPOSED Lima Declaration on Ocean Data"))
      << ::testing::PrintToString(cosponsors);
  EXPECT_FALSE(cosponsors.count("Lima Declaration on Ocean Data IN_YEAR 2022"))
      << ::testing::PrintToString(cosponsors);
  // What a row acts on is what its first cell names, not a name in another
  // column (a framework) or in a note, nor one in a later sentence of the row.
  const auto other_cells = facts(
      "Text | Framework | Signatories\n"
      "Lima Declaration on Ocean Data | Andean Data Process | Chile, Peru\n"
      "Instrument | Notes | Signatories\n"
      "Quito Declaration on Ocean Data | Amends nothing. Replaced by the Lima Declaration on Ocean Data | "
      "Ecuador\n");
  EXPECT_TRUE(other_cells.count("智利 SIGNED Lima Declaration on Ocean Data"))
      << ::testing::PrintToString(other_cells);
  EXPECT_FALSE(other_cells.count("智利 SIGNED Andean Data Process")) << ::testing::PrintToString(other_cells);
  // (The row's second sentence holds the signatories: it names the row's
  // name no more, so nothing is read from it rather than the wrong name.)
  EXPECT_FALSE(other_cells.count("厄瓜多尔 SIGNED Lima Declaration on Ocean Data"))
      << ::testing::PrintToString(other_cells);
  // Participants before the event, an outcome that carries its own year, a
  // header of the participants "and observers": as before.
  const auto layouts = facts(
      "Participants and observers | Event | Outcome document\n"
      "Chile, Peru | Ocean Data Summit | Lima Declaration on Ocean Data\n");
  EXPECT_TRUE(layouts.count("智利 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(layouts);
  const auto outcome = facts(
      "时间｜会议｜成果文件\n"
      "2023年11月｜第一届海洋数据论坛｜《利马海洋数据宣言》（2024年修订）\n");
  EXPECT_TRUE(outcome.count("利马海洋数据宣言 IN_YEAR 2023")) << ::testing::PrintToString(outcome);
  EXPECT_TRUE(outcome.count("第一届海洋数据论坛 IN_YEAR 2023")) << ::testing::PrintToString(outcome);
  // A negated or shared header states no signing or proposing.
  const auto negated = facts(
      "公约｜非签署方｜共同提案国｜日期\n"
      "《利马海洋数据公约》｜智利、秘鲁｜厄瓜多尔｜2022年3月\n");
  EXPECT_FALSE(negated.count("智利 SIGNED 利马海洋数据公约")) << ::testing::PrintToString(negated);
  EXPECT_FALSE(negated.count("厄瓜多尔 PROPOSED 利马海洋数据公约")) << ::testing::PrintToString(negated);
  EXPECT_TRUE(negated.count("利马海洋数据公约 IN_YEAR 2022")) << ::testing::PrintToString(negated);
  const auto zh = facts(
      "文件｜发布方｜日期｜备注\n"
      "《海洋数据安全倡议》｜智利、秘鲁｜2023年5月｜首份同类文件\n");
  EXPECT_TRUE(zh.count("智利 ISSUED 海洋数据安全倡议")) << ::testing::PrintToString(zh);
  EXPECT_TRUE(zh.count("秘鲁 ISSUED 海洋数据安全倡议")) << ::testing::PrintToString(zh);
  EXPECT_TRUE(zh.count("海洋数据安全倡议 IN_YEAR 2023")) << ::testing::PrintToString(zh);
}

// A record's field lines act on what its name field (or the title line above
// its fields) names: parties listed, each dated by the year after it; a date
// field dates it. A field with no record name above, or a label of no rule,
// states nothing.
TEST(Records, FieldsActOnTheRecordsName) {
  const auto zh = facts(
      "记录3\n"
      "名称：《利马海洋数据协定》\n"
      "类别：多边协定\n"
      "缔约方或签署方：智利；秘鲁；厄瓜多尔\n"
      "签署日期：2022年3月4日\n"
      "生效日期：2023年1月\n");
  for (const char* party : {"智利", "秘鲁", "厄瓜多尔"})
    EXPECT_TRUE(zh.count(std::string(party) + " SIGNED 利马海洋数据协定")) << ::testing::PrintToString(zh);
  EXPECT_TRUE(zh.count("利马海洋数据协定 IN_YEAR 2022")) << ::testing::PrintToString(zh);
  EXPECT_FALSE(zh.count("利马海洋数据协定 IN_YEAR 2023")) << ::testing::PrintToString(zh);
  const auto en = facts(
      "Ocean Data Act (Regulation 2024/77)\n"
      "Proposed by: European Commission, April 2021\n"
      "Adopted: European Parliament, 13 March 2024; Council of the EU, 21 May 2024\n"
      "Status: Enacted\n");
  EXPECT_TRUE(en.count("欧盟委员会 PROPOSED Ocean Data Act @2021")) << ::testing::PrintToString(en);
  EXPECT_TRUE(en.count("欧洲议会 ADOPTED Ocean Data Act @2024")) << ::testing::PrintToString(en);
  EXPECT_TRUE(en.count("Ocean Data Act IN_YEAR 2021")) << ::testing::PrintToString(en);
  // An infobox's full-name field names what its other fields are about.
  const auto infobox = facts(
      "Full name: Ocean Data Summit\n"
      "Host country: Chile\n"
      "Date: 4 May 2022\n");
  EXPECT_TRUE(infobox.count("智利 HOSTED Ocean Data Summit")) << ::testing::PrintToString(infobox);
  EXPECT_TRUE(infobox.count("Ocean Data Summit IN_YEAR 2022")) << ::testing::PrintToString(infobox);
  // A paragraph above the fields is no record's title; a field under a blank line has no record; a
  // headline over one field line is no record; a negated label states nothing.
  const auto prose = facts(
      "Chile and Peru discussed the Ocean Data Act in Lima.\n"
      "Proposed by: European Commission, April 2021\n"
      "Status: pending\n");
  EXPECT_FALSE(prose.count("欧盟委员会 PROPOSED Ocean Data Act")) << ::testing::PrintToString(prose);
  const auto apart = facts(
      "Ocean Data Act\n\n"
      "Proposed by: Chile\n"
      "Status: pending\n");
  EXPECT_FALSE(apart.count("智利 PROPOSED Ocean Data Act")) << ::testing::PrintToString(apart);
  const auto headline = facts("《海洋数据倡议》发布四周年\n发布时间：2024年5月15日\n\n");
  EXPECT_FALSE(headline.count("海洋数据倡议 IN_YEAR 2024")) << ::testing::PrintToString(headline);
  // A notification's one field under the treaty's name alone lists who acted; under a headline it
  // dates nothing.
  const auto notification = facts(
      "Ref. OD-17/2023        Date: 30 November 2023\n"
      "Lima Convention on Ocean Data (LCOD)\n"
      "Signatures: Chile; Peru\n"
      "\n"
      "Lima Convention on Ocean Data (LCOD)\n"
      "Ratification: Ecuador\n"
      "\n"
      "Chile and Peru welcome the Quito Convention on Ocean Data\n"
      "Signatures: Colombia\n");
  EXPECT_TRUE(notification.count("智利 SIGNED Lima Convention on Ocean Data"))
      << ::testing::PrintToString(notification);
  EXPECT_TRUE(notification.count("秘鲁 SIGNED Lima Convention on Ocean Data"))
      << ::testing::PrintToString(notification);
  EXPECT_TRUE(notification.count("厄瓜多尔 ADOPTED Lima Convention on Ocean Data"))
      << ::testing::PrintToString(notification);
  EXPECT_FALSE(notification.count("哥伦比亚 SIGNED Quito Convention on Ocean Data"))
      << ::testing::PrintToString(notification);
  // (A lone field that says more than names states no act: pending, refused, 未加入.)
  const auto hedged = facts(
      "Lima Convention on Ocean Data\n"
      "Ratification: pending in Chile; refused by Peru\n"
      "\n"
      "《利马海洋数据公约》\n"
      "缔约方：厄瓜多尔等12国，巴西未加入\n");
  for (const std::string& fact : hedged) {
    EXPECT_EQ(fact.find(" ADOPTED "), std::string::npos) << fact;
    EXPECT_EQ(fact.find("巴西 SIGNED"), std::string::npos) << fact;
  }
  const auto negated = facts(
      "名称：《利马海洋数据协定》\n"
      "非缔约方：巴西\n"
      "缔约方：智利\n");
  EXPECT_FALSE(negated.count("巴西 SIGNED 利马海洋数据协定")) << ::testing::PrintToString(negated);
  EXPECT_TRUE(negated.count("智利 SIGNED 利马海洋数据协定")) << ::testing::PrintToString(negated);
}

// A treaty's chart of signatures, a row per state under its title line: a
// date in the Signature column is the row's state signing the treaty that
// year, one in the Ratification column ratifying it; an empty cell, a table
// whose first column names no actor, or a chart with no title above states
// nothing. Markdown's leading and trailing bars and its rule line are no cells.
TEST(TableRows, ATreatyChartsRowsAreItsActorsActs) {
  const auto chart = facts(
      "Lima Convention on Ocean Data (LCOD)\n"
      "\n"
      "The Convention was opened for signature in Lima. The chart below lists the states concerned.\n"
      "\n"
      "State            | Signature  | Ratification | Notes\n"
      "-----------------+------------+--------------+------\n"
      "Chile            | 04/03/2022 | 19/01/2024   | 2\n"
      "Peru             | 04/03/2022 |              |\n"
      "Republic of Moldova | 11/11/2023 |           |\n");
  EXPECT_TRUE(chart.count("智利 SIGNED Lima Convention on Ocean Data @2022"))
      << ::testing::PrintToString(chart);
  EXPECT_TRUE(chart.count("智利 ADOPTED Lima Convention on Ocean Data @2024"))
      << ::testing::PrintToString(chart);
  EXPECT_TRUE(chart.count("秘鲁 SIGNED Lima Convention on Ocean Data @2022"))
      << ::testing::PrintToString(chart);
  EXPECT_TRUE(chart.count("摩尔多瓦 SIGNED Lima Convention on Ocean Data @2023"))
      << ::testing::PrintToString(chart);
  EXPECT_FALSE(chart.count("秘鲁 ADOPTED Lima Convention on Ocean Data")) << ::testing::PrintToString(chart);
  const auto markdown = facts(
      "Quito Convention on Ocean Data\n"
      "\n"
      "| Country | Signed | Ratified |\n"
      "|---------|--------|----------|\n"
      "| Ecuador | 2021 | - |\n");
  EXPECT_TRUE(markdown.count("厄瓜多尔 SIGNED Quito Convention on Ocean Data @2021"))
      << ::testing::PrintToString(markdown);
  EXPECT_FALSE(markdown.count("厄瓜多尔 ADOPTED Quito Convention on Ocean Data"))
      << ::testing::PrintToString(markdown);
  // (A first column of no actor: what the rows are about is no state's act.)
  const auto events = facts(
      "Quito Convention on Ocean Data\n"
      "\n"
      "Meeting | Signature | Host\n"
      "Chile | 04/03/2022 | Peru\n");
  for (const std::string& fact : events) EXPECT_EQ(fact.find(" SIGNED "), std::string::npos) << fact;
  // (A cell that only names a year, a heading on another document between, a Chinese header that only
  // ends with the trigger: no act.)
  const auto notes = facts(
      "Lima Convention on Ocean Data\n"
      "\n"
      "State | Signature | Ratification\n"
      "Peru | expected in 2026 | -\n"
      "Chile | 04/03/2022 | withdrawn 2024\n"
      "\n"
      "## Status of the Quito Convention on Ocean Data\n"
      "State | Signature | Ratification\n"
      "Ecuador | 04/03/2022 |\n"
      "\n"
      "《利马海洋数据公约》\n"
      "\n"
      "国家｜申请加入日期｜进展\n"
      "哥伦比亚｜2021年9月16日｜审议中\n");
  EXPECT_TRUE(notes.count("智利 SIGNED Lima Convention on Ocean Data @2022"))
      << ::testing::PrintToString(notes);
  EXPECT_FALSE(notes.count("秘鲁 SIGNED Lima Convention on Ocean Data")) << ::testing::PrintToString(notes);
  EXPECT_FALSE(notes.count("智利 ADOPTED Lima Convention on Ocean Data")) << ::testing::PrintToString(notes);
  EXPECT_FALSE(notes.count("厄瓜多尔 SIGNED Lima Convention on Ocean Data"))
      << ::testing::PrintToString(notes);
  for (const std::string& fact : notes) EXPECT_EQ(fact.find(" PARTICIPATED_IN "), std::string::npos) << fact;
  // (No title line naming the treaty alone: a paragraph's name is no chart's.)
  const auto untitled = facts(
      "Chile and Peru discussed the Quito Convention on Ocean Data in Lima.\n"
      "\n"
      "State | Signature | Ratification\n"
      "Chile | 04/03/2022 |\n");
  for (const std::string& fact : untitled) EXPECT_EQ(fact.find(" SIGNED "), std::string::npos) << fact;
}

// An actor's profile (a country scorecard): its fields list what the actor its
// title line names did, each dated by a year in the bracket right after it; a
// bracket's names are in passing, a year after "since" starts a state, and a
// negated label ("Not signed") states nothing.
TEST(Records, AProfilesFieldsAreWhatItsActorDid) {
  const auto found = facts(
      "Scorecards\n\n"
      "CHILE\n"
      "Score: 61 (up 2)\n"
      "Memberships: Budapest Convention (Party since 2017); APEC (via its digital working group, with OECD)\n"
      "Signed: Bletchley Declaration (2023); Seoul Declaration. Not signed: Hiroshima AI Process\n"
      "Trend: stable\n");
  EXPECT_TRUE(found.count("智利 SIGNED 布莱切利宣言 @2023")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("布莱切利宣言 IN_YEAR 2023")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 PARTICIPATED_IN 布达佩斯公约")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("布达佩斯公约 IN_YEAR 2017")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("智利 MEMBER_OF 经合组织")) << ::testing::PrintToString(found);
  for (const std::string& fact : found) EXPECT_EQ(fact.find("Hiroshima"), std::string::npos) << fact;
  // A document's title that names a body is no actor's profile; nothing after a refusal was done.
  const auto record = facts(
      "Bletchley Declaration (OECD summary)\n"
      "Endorsed: Seoul Declaration\n"
      "Status: in force\n");
  for (const std::string& fact : record) EXPECT_EQ(fact.find(" SIGNED "), std::string::npos) << fact;
  const auto refused = facts(
      "KENYA\n"
      "Score: 50\n"
      "Signed: Seoul Declaration; declined the Bletchley Declaration\n");
  EXPECT_TRUE(refused.count("肯尼亚 SIGNED Seoul Declaration")) << ::testing::PrintToString(refused);
  EXPECT_FALSE(refused.count("肯尼亚 SIGNED 布莱切利宣言")) << ::testing::PrintToString(refused);
}

// A kind word right after the quote names the session whole, a known name inside the quote or not.
TEST(ProgrammeLists, AQuotedSessionNameAndItsKind) {
  EXPECT_TRUE(entities("2026年“共建全球南方”圆桌对话在上海举行。\n")
                  .count({graph::NodeType::Event, "2026年共建全球南方圆桌对话"}));
}

}  // namespace
}  // namespace kg::extract
