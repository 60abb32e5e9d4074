// The relation frames on sentences written for these tests, one class of
// sentence per test: who the subject is (venues, adjuncts, generic and
// carried-over subjects, relative clauses), frames of participation and
// membership, names that pair partners (leadership and references back to
// named things have files of their own).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// Several sentences about China first, so that it is the document's main actor.
const std::string kChinaFirst =
    "中国积极参与全球数字治理。中国重视网络安全。中国倡导开放合作。中国推动数字经济发展。\n";

TEST(OneEdgePerStatement, DatedAndUndatedMentionsAreOneEdgeWeighedBySentences) {
  static const Extractor extractor(default_rule_pack());
  // A dated and an undated statement of one fact, and a sentence where two
  // triggers state it (提出 and 倡议 in one clause): one edge, its year, weight 3.
  const graph::KnowledgeGraph graph = extractor.extract(
      text::make_document("doc.txt",
                          "2020年9月，中国提出《全球数据安全倡议》。中国提出《全球数据安全倡议》"
                          "。中国倡议并提出《全球数据安全倡议》。"));
  std::size_t proposed = 0;
  for (auto id : graph.edges_in_canonical_order()) {
    const auto& data = graph.edge(id);
    if (data.relation != graph::RelationType::Proposed) continue;
    ++proposed;
    EXPECT_EQ(data.years, std::set<int>{2020});
    EXPECT_EQ(data.weight(), 3u);
  }
  EXPECT_EQ(proposed, 1u);
}

TEST(SubjectOfAVerb, IsNotTheVenueItWasSaidAt) {
  const auto found =
      facts("2023年10月，习近平主席在第三届“一带一路”国际合作高峰论坛上提出《全球人工智能治理倡议》。");
  EXPECT_TRUE(found.count("习近平 PROPOSED 全球人工智能治理倡议")) << ::testing::PrintToString(found);
  for (const std::string& fact : found) {
    EXPECT_EQ(fact.find("论坛 PROPOSED"), std::string::npos) << fact;
  }
}

TEST(SubjectOfAVerb, IsNotAnOrganizationInAnAdjunct) {
  const auto found = facts("在上海合作组织框架下，俄罗斯提出《国际信息安全行为准则》。");
  EXPECT_TRUE(found.count("俄罗斯 PROPOSED 国际信息安全行为准则")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("上海合作组织 PROPOSED 国际信息安全行为准则"));
}

// After a subject, 在 and a body are where it acted, a verb right after or not: 中方在联合国大会提出…. (With
// no subject before, 在X推动…时 makes X the subject of a clause of time.)
TEST(SubjectOfAVerb, IsNotTheBodyItActedAtAfterItsSubject) {
  const auto found = facts("智利此前曾在联合国大会提出《海洋数据决议》。");
  EXPECT_TRUE(found.count("智利 PROPOSED 海洋数据决议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("联合国大会 PROPOSED 海洋数据决议")) << ::testing::PrintToString(found);
}

// A title its body's last character begins (外交部|长) heads the person after it, who acts in a later clause.
TEST(SubjectOfAVerb, IsThePersonATitleStraddlingTheBodyHeads) {
  const auto found = facts("外交部长王毅在纽约出席海洋数据高级别会议时，提出《海洋数据普惠计划》。");
  EXPECT_TRUE(found.count("王毅 PROPOSED 海洋数据普惠计划")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("外交部 PROPOSED 海洋数据普惠计划")) << ::testing::PrintToString(found);
}

TEST(SubjectOfAVerb, IsNotCarriedIntoAClauseWithAGenericSubject) {
  const std::string sentence =
      "2024年美国的人工智能投资增长显著，而54个非洲国家直到2025年才共同签署了《非洲人工智能宣言》。";
  for (const std::string& text : {sentence, kChinaFirst + sentence}) {
    const auto found = facts(text);
    EXPECT_FALSE(found.count("美国 SIGNED 非洲人工智能宣言")) << text;
    EXPECT_FALSE(found.count("中国 SIGNED 非洲人工智能宣言")) << text;
    // The signing is still dated.
    EXPECT_TRUE(found.count("非洲人工智能宣言 IN_YEAR 2025")) << ::testing::PrintToString(found);
  }
}

TEST(SubjectOfAVerb, IsTheMainActorWhenTheClauseNamesOnlyPartners) {
  const auto found = facts(kChinaFirst + "截至2023年，与30个国家签署了《电子商务合作谅解备忘录》。");
  EXPECT_TRUE(found.count("中国 SIGNED 电子商务合作谅解备忘录")) << ::testing::PrintToString(found);
}

TEST(SubjectOfAVerb, IsTheHeadOfARelativeClauseBeforeIt) {
  const auto found = facts("七国集团主导的“广岛人工智能进程”排斥发展中国家参与。");
  EXPECT_FALSE(found.count("七国集团 OPPOSES 广岛人工智能进程")) << ::testing::PrintToString(found);
  // The head acts: 俄罗斯主导的|集体安全条约组织 supports, not 俄罗斯.
  const auto led = facts("俄罗斯主导的集体安全条约组织支持《全球安全倡议》。");
  EXPECT_TRUE(led.count("集体安全条约组织 SUPPORTS 全球安全倡议")) << ::testing::PrintToString(led);
  EXPECT_FALSE(led.count("俄罗斯 SUPPORTS 全球安全倡议")) << ::testing::PrintToString(led);
}

TEST(SubjectOfAVerb, IsTheCountryAnEventIsHostedIn) {
  const auto found = facts("2024年5月，人工智能首尔峰会在韩国举办。");
  EXPECT_TRUE(found.count("韩国 HOSTED 人工智能首尔峰会")) << ::testing::PrintToString(found);
  // Held (举行) somewhere names only the place (the guide: 举行 with a host).
  const auto held = facts("2024年5月，中美人工智能政府间对话首次会议在瑞士日内瓦举行。");
  EXPECT_FALSE(held.count("瑞士 HOSTED 中美人工智能政府间对话首次会议")) << ::testing::PrintToString(held);
  EXPECT_TRUE(held.count("中美人工智能政府间对话首次会议 IN_YEAR 2024")) << ::testing::PrintToString(held);
}

TEST(SubjectOfAVerb, IsAnEventOrDocumentThatActsItself) {
  // The meeting adopted the compact: no actor named before is its subject,
  // only the body whose meeting it is (联合国|未来峰会).
  const auto found = facts(kChinaFirst + "2024年9月，联合国未来峰会在纽约举行，会议通过《未来契约》。");
  EXPECT_FALSE(found.count("中国 ADOPTED 未来契约")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("联合国 ADOPTED 未来契约")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("未来契约 IN_YEAR 2024")) << ::testing::PrintToString(found);
  const auto unnamed = facts(kChinaFirst + "2024年7月，世界人工智能大会在上海举行，会议发表《上海宣言》。");
  for (const std::string& fact : unnamed) EXPECT_EQ(fact.find("ISSUED"), std::string::npos) << fact;
  // An earlier verb's object is no subject: 从发布《A》到发布《B》.
  const auto chain =
      facts(kChinaFirst + "从发布《网络空间国际合作战略》到发布《全球数据安全倡议》，中国积极推动全球治理。");
  EXPECT_TRUE(chain.count("中国 ISSUED 全球数据安全倡议")) << ::testing::PrintToString(chain);
}

TEST(SubjectOfAVerb, CarriedIsTheSubjectOfAnEarlierClauseNotItsObject) {
  const auto found =
      facts("中国积极参与并推动联合国框架下的国际规则进程，在联合国信息安全开放式工作组中发挥建设性作用。");
  EXPECT_TRUE(found.count("中国 PARTICIPATED_IN 联合国信息安全开放式工作组"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("联合国 PARTICIPATED_IN 联合国信息安全开放式工作组"))
      << ::testing::PrintToString(found);
  // Through a clause whose subject is unsaid too: …出席…会议，宣布《…》，提出“…”.
  const auto chain = facts(
      "同年9月，王毅外长在纽约出席人工智能能力建设国际合作高级别会议，宣布《人工智能能力建设普惠计划》，提出“"
      "五大愿景”。");
  EXPECT_TRUE(chain.count("王毅 PROPOSED 五大愿景")) << ::testing::PrintToString(chain);
  // From a clause opened by a date written with dots or dashes, as timelines write them.
  for (const char* date : {"2019.10 ", "2019-10-21 "}) {
    const auto dotted = facts(std::string(date) + "智利外长出席海岸数据论坛开幕式，提出《海岸数据倡议》。\n");
    EXPECT_TRUE(dotted.count("智利 PROPOSED 海岸数据倡议")) << date << ::testing::PrintToString(dotted);
  }
  // Not through a clause whose subject is no name: 以…为代表的区域组织发挥…，发布….
  const auto ended =
      facts(kChinaFirst + "以上海合作组织为代表的区域组织发挥了关键作用，发布《上合组织人工智能合作方案》。");
  EXPECT_FALSE(ended.count("中国 ISSUED 上合组织人工智能合作方案")) << ::testing::PrintToString(ended);
}

TEST(SubjectOfAVerb, IsNoSpeakerNamedBeforeAColon) {
  const auto found = facts("新华社记者：人工智能行动峰会在巴黎举行，请问中方如何评价？");
  EXPECT_FALSE(found.count("新华社 HOSTED 人工智能行动峰会")) << ::testing::PrintToString(found);
  // The clause after the colon still has its own subject: 在法国举办 names the host.
  const auto hosted = facts("新华社记者：人工智能行动峰会在法国举办，请问中方如何评价？");
  EXPECT_TRUE(hosted.count("法国 HOSTED 人工智能行动峰会")) << ::testing::PrintToString(hosted);
  EXPECT_FALSE(hosted.count("新华社 HOSTED 人工智能行动峰会")) << ::testing::PrintToString(hosted);
}

TEST(CoordinatedSubjects, IncludePartnersAJoiningVerbTook) {
  const auto found = facts("北京智源人工智能研究院联合北京大学、清华大学发布《人工智能北京共识》。");
  for (const char* issuer : {"北京智源人工智能研究院", "北京大学", "清华大学"}) {
    EXPECT_TRUE(found.count(std::string(issuer) + " ISSUED 人工智能北京共识"))
        << issuer << ::testing::PrintToString(found);
  }
  // Not a country that only qualifies the partner: 法国|相关博物馆.
  const auto qualified = facts("中国联合法国相关博物馆举办“敦煌数字保护”线上研讨会。");
  for (const std::string& fact : qualified) EXPECT_NE(fact.rfind("法国 HOSTED", 0), 0u) << fact;
}

TEST(CoordinatedObjects, RunOnPastANoteInBrackets) {
  const auto found =
      facts("中方陆续提出《全球数据安全倡议》(2020年9月发布)、《全球人工智能治理倡议》(2023年10月发布)。");
  EXPECT_TRUE(found.count("中国 PROPOSED 全球数据安全倡议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 PROPOSED 全球人工智能治理倡议")) << ::testing::PrintToString(found);
}

TEST(CoordinatedSubjects, RunOnThroughAClosedList) {
  const auto found = facts("美国、中国、巴西等28个国家和欧盟共同签署《布莱奇利宣言》。");
  for (const char* signer : {"美国", "中国", "巴西", "欧盟"}) {
    EXPECT_TRUE(found.count(std::string(signer) + " SIGNED 布莱切利宣言"))
        << signer << ::testing::PrintToString(found);
  }
  const auto included = facts("包括中国、美国在内的28个国家以及欧盟签署了《布莱奇利宣言》。");
  for (const char* signer : {"美国", "中国", "欧盟"}) {
    EXPECT_TRUE(included.count(std::string(signer) + " SIGNED 布莱切利宣言")) << signer;
  }
}

// A paragraph that opens with its object unsaid finds it at the end of the
// paragraph before; one that names a document of its own does not.
TEST(UnsaidObjects, OpeningAParagraphAreNamedAtTheEndOfTheOneBefore) {
  const auto found = facts("峰会闭幕前，《海洋数据合作宣言》摆上了桌。\n\n智利签了，肯尼亚、挪威也签了。\n");
  for (const char* signer : {"智利", "肯尼亚", "挪威"}) {
    EXPECT_TRUE(found.count(std::string(signer) + " SIGNED 海洋数据合作宣言"))
        << signer << ::testing::PrintToString(found);
  }
  const auto own = facts("峰会闭幕前，《海洋数据合作宣言》摆上了桌。\n\n智利签署了合作文件。\n");
  EXPECT_FALSE(own.count("智利 SIGNED 海洋数据合作宣言")) << ::testing::PrintToString(own);
}

TEST(UnsaidObjects, AreTheDocumentOrEventNamedJustBefore) {
  const auto found = facts("中国签署《巴黎人工智能宣言》，但美国拒签。");
  EXPECT_TRUE(found.count("美国 REJECTED 巴黎人工智能宣言")) << ::testing::PrintToString(found);
  const auto next = facts("《人工智能框架公约》在维尔纽斯开放签署。安道尔、挪威、英国和欧盟首批签署。");
  for (const char* signer : {"安道尔", "挪威", "英国", "欧盟"}) {
    EXPECT_TRUE(next.count(std::string(signer) + " SIGNED 人工智能与人权、民主和法治框架公约"))
        << signer << ::testing::PrintToString(next);
  }
  const auto attended = facts("人工智能行动峰会在巴黎举行，国务院副总理张国清作为习近平主席特别代表出席。");
  EXPECT_TRUE(attended.count("张国清 PARTICIPATED_IN 人工智能行动峰会"))
      << ::testing::PrintToString(attended);
  EXPECT_FALSE(attended.count("习近平 PARTICIPATED_IN 人工智能行动峰会"))
      << ::testing::PrintToString(attended);
  // A verb with an object of its own takes none from before.
  EXPECT_FALSE(
      facts("中国签署《巴黎人工智能宣言》，美国签署了双边协议。").count("美国 SIGNED 巴黎人工智能宣言"));
}

TEST(UnsaidObjects, ReachBackThroughTheLineButNotToAnotherYearsFact) {
  // A chronology's line: the event named first is what the next sentences chair and attend.
  const auto line = facts(
      "2021年3月　数字治理部长会议在里斯本举行。葡萄牙、佛得角共同主持。"
      "巴西外长维埃拉作为总统特别代表出席。");
  EXPECT_TRUE(line.count("葡萄牙 PARTICIPATED_IN 数字治理部长会议")) << ::testing::PrintToString(line);
  EXPECT_TRUE(line.count("佛得角 PARTICIPATED_IN 数字治理部长会议")) << ::testing::PrintToString(line);
  EXPECT_TRUE(line.count("维埃拉 PARTICIPATED_IN 数字治理部长会议")) << ::testing::PrintToString(line);
  // A sentence with a date of its own is a new fact: the earlier year's event is not its object.
  const auto dated =
      facts("2019年6月，数字治理部长会议在里斯本举行。2020年5月，智利、秘鲁以观察员身份与会。");
  EXPECT_FALSE(dated.count("智利 PARTICIPATED_IN 数字治理部长会议")) << ::testing::PrintToString(dated);
}

TEST(Refusals, DecliningToSignOrJoinIsRejected) {
  const auto found = facts("美国和英国没有签署《巴黎人工智能宣言》。阿根廷宣布不加入金砖国家。");
  EXPECT_TRUE(found.count("美国 REJECTED 巴黎人工智能宣言")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("英国 REJECTED 巴黎人工智能宣言")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("阿根廷 REJECTED 金砖国家")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("美国 SIGNED 巴黎人工智能宣言"));
  // Not yet is no refusal.
  EXPECT_TRUE(facts("印度尚未签署《巴黎人工智能宣言》。").empty());
}

TEST(Chronology, ADateHeadingALineDatesItsSentences) {
  const auto found = facts(
      "2023年5月　七国集团广岛峰会。启动“广岛人工智能进程”。\n2024年9月　联合国未来峰会在纽约举行。通过《未来"
      "契约》。");
  EXPECT_TRUE(found.count("七国集团广岛峰会 IN_YEAR 2023")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("广岛人工智能进程 IN_YEAR 2023")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("未来契约 IN_YEAR 2024")) << ::testing::PrintToString(found);
  // In running text a date opening a paragraph governs only its own sentence.
  const auto prose = facts("2020年11月，上海合作组织举行视频峰会。中国提出《全球数据安全倡议》。");
  EXPECT_FALSE(prose.count("全球数据安全倡议 IN_YEAR 2020")) << ::testing::PrintToString(prose);
}

// A slide's or table's timeline: a dotted date heads the line, an arrow leads to the entry's outcome.
TEST(Chronology, ADottedDateAndAnArrowDateTheLinesNames) {
  const auto found = facts(
      "时间线\n2031.04  南极数据峰会 → 《南极数据宣言》\n2030.11  《海洋数据倡议》\n"
      "2029年6月　肯尼亚 →《内罗毕数据原则》\n");
  EXPECT_TRUE(found.count("南极数据峰会 IN_YEAR 2031")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("南极数据宣言 IN_YEAR 2031")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("海洋数据倡议 IN_YEAR 2030")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("内罗毕数据原则 IN_YEAR 2029")) << ::testing::PrintToString(found);
  // A document that only opens a longer noun is not the entry's (its working group met then).
  const auto qualifier = facts("2029年6月　《海洋数据倡议》工作组在内罗毕举行首次会议。");
  EXPECT_FALSE(qualifier.count("海洋数据倡议 IN_YEAR 2029")) << ::testing::PrintToString(qualifier);
  // A document right after the date with its verb is dated too.
  const auto issued = facts("2030.11　《南极数据倡议》发布\n");
  EXPECT_TRUE(issued.count("南极数据倡议 IN_YEAR 2030")) << ::testing::PrintToString(issued);
  // Only the first arrow's outcome: a chain's later links, or one with a date of its own, came later.
  const auto chain = facts(
      "2031.04  南极数据峰会 → 北极数据峰会 → 海洋数据峰会\n2030.11  《海洋数据倡议》 → "
      "《海洋数据原则》(2032.05)\n");
  EXPECT_TRUE(chain.count("北极数据峰会 IN_YEAR 2031")) << ::testing::PrintToString(chain);
  EXPECT_FALSE(chain.count("海洋数据峰会 IN_YEAR 2031")) << ::testing::PrintToString(chain);
  EXPECT_FALSE(chain.count("海洋数据原则 IN_YEAR 2030")) << ::testing::PrintToString(chain);
}

TEST(Dates, InBracketsRightAfterADocument) {
  const auto found =
      facts("中方陆续提出《全球数据安全倡议》(2020年9月)、《全球人工智能治理倡议》(2023年10月)。");
  EXPECT_TRUE(found.count("全球数据安全倡议 IN_YEAR 2020")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("全球人工智能治理倡议 IN_YEAR 2023")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("全球人工智能治理倡议 IN_YEAR 2020")) << ::testing::PrintToString(found);
}

TEST(Founding, LaunchesABodyNamedRightAfterTheVerb) {
  const auto found = facts("中国与赞比亚共同发起成立“人工智能能力建设国际合作之友小组”。");
  EXPECT_TRUE(found.count("中国 PROPOSED 人工智能能力建设国际合作之友小组"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("赞比亚 PROPOSED 人工智能能力建设国际合作之友小组"))
      << ::testing::PrintToString(found);
  // A body that only qualifies the document after it is not what was launched.
  const auto qualified = facts("中国共同发起联合国大会《加强人工智能能力建设国际合作决议》。");
  EXPECT_FALSE(qualified.count("中国 PROPOSED 联合国大会")) << ::testing::PrintToString(qualified);
}

TEST(NamesPairingActors, StateCooperationNotAttendance) {
  // A meeting's name pairs the two sides: they cooperate; who attended, the name does not say.
  const auto found =
      facts("2024年5月，中美人工智能政府间对话首次会议在日内瓦举行。欧盟重视“东盟—欧盟战略伙伴关系”。");
  EXPECT_TRUE(found.count("中国 COOPERATES_WITH 美国") || found.count("美国 COOPERATES_WITH 中国"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("中国 PARTICIPATED_IN 中美人工智能政府间对话首次会议"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中美人工智能政府间对话首次会议 IN_YEAR 2024")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("东盟 COOPERATES_WITH 欧盟") || found.count("欧盟 COOPERATES_WITH 东盟"))
      << ::testing::PrintToString(found);
}

TEST(NamesPairingActors, InAListACooperationWordCloses) {
  const auto found = facts("开展中国-东盟、中国-中亚、中阿、中非等多边与区域电商合作。");
  for (const char* partner : {"东盟", "中亚", "阿拉伯国家", "非洲"}) {
    EXPECT_TRUE(found.count(std::string("中国 COOPERATES_WITH ") + partner) ||
                found.count(std::string(partner) + " COOPERATES_WITH 中国"))
        << partner << ::testing::PrintToString(found);
  }
}

TEST(Venues, TakePartInEachListedBodyOrEvent) {
  const auto found = facts("欧盟在联合国、经合组织、二十国集团等多边框架下积极倡导人工智能治理。");
  for (const char* body : {"联合国", "经合组织", "二十国集团"}) {
    EXPECT_TRUE(found.count(std::string("欧盟 PARTICIPATED_IN ") + body))
        << body << ::testing::PrintToString(found);
  }
  const auto fronted = facts("在美欧贸易与技术委员会框架下，美国与欧盟协调人工智能战略。");
  EXPECT_TRUE(fronted.count("美国 PARTICIPATED_IN 美欧贸易和技术委员会"))
      << ::testing::PrintToString(fronted);
  EXPECT_TRUE(fronted.count("欧盟 PARTICIPATED_IN 美欧贸易和技术委员会"))
      << ::testing::PrintToString(fronted);
  const auto opening = facts("国务院总理李强在2025世界人工智能大会开幕式上致辞。");
  EXPECT_TRUE(opening.count("李强 PARTICIPATED_IN 2025世界人工智能大会"))
      << ::testing::PrintToString(opening);
}

TEST(GovernedVerbs, StateNoActOfTheirOwn) {
  // 推动制定: promoting the drafting is support, not issuing (a wrong fact once).
  const auto found = facts("中国推动制定《联合国打击网络犯罪公约》。");
  EXPECT_FALSE(found.count("中国 ISSUED 联合国打击网络犯罪公约")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 SUPPORTS 联合国打击网络犯罪公约")) << ::testing::PrintToString(found);
}

TEST(Objects, AreNoPlaceInAnAdjunct) {
  const auto found = facts("中国支持在共建“一带一路”国家建设绿色数据中心。");
  EXPECT_FALSE(found.count("中国 SUPPORTS 一带一路")) << ::testing::PrintToString(found);
  // The end of a verb is no preposition: 反对 takes its object.
  EXPECT_TRUE(facts("中国反对美欧将技术竞争政治化。").count("中国 OPPOSES 美国"));
}

TEST(NamesPairingActors, OnlyWhenADocumentNamesTheCooperationItself) {
  EXPECT_TRUE(facts("上海合作组织发布《中国—上合组织国家人工智能应用合作中心建设方案》。")
                  .count("中国 COOPERATES_WITH 上海合作组织") == 0);
  const auto partnership = facts("欧盟重视“东盟—欧盟战略伙伴关系”。");
  EXPECT_TRUE(partnership.count("东盟 COOPERATES_WITH 欧盟") ||
              partnership.count("欧盟 COOPERATES_WITH 东盟"));
}

TEST(Participation, InAProgrammeBuiltTogether) {
  const auto found = facts("中国与非洲20多个国家合作共建“万村通”项目。中国高质量共建“一带一路”。");
  EXPECT_TRUE(found.count("中国 PARTICIPATED_IN 万村通")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 COOPERATES_WITH 非洲") || found.count("非洲 COOPERATES_WITH 中国"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 PARTICIPATED_IN 一带一路")) << ::testing::PrintToString(found);
}

TEST(Objects, StandBeforeTheProcessTheyAreTheTopicOf) {
  const auto found =
      facts("中国大力推进“数字丝绸之路”建设，在联合国框架下主导《联合国打击网络犯罪公约》谈判。");
  EXPECT_TRUE(found.count("中国 SUPPORTS 数字丝绸之路")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 PARTICIPATED_IN 联合国打击网络犯罪公约")) << ::testing::PrintToString(found);
}

TEST(Objects, AreNotANameThatOnlyPossessesWhatTheVerbActsOn) {
  // 发布…的解读: what was issued is the commentary, not the initiative.
  const auto commentary = facts("外交部发布《全球数据安全倡议》的官方解读。");
  EXPECT_FALSE(commentary.count("外交部 ISSUED 全球数据安全倡议")) << ::testing::PrintToString(commentary);
  // A process the name is the topic of, or a quoted phrase naming the
  // content of the noun after it, is still the object.
  EXPECT_TRUE(
      facts("巴西积极推动《联合国打击网络犯罪公约》的达成。").count("巴西 SUPPORTS 联合国打击网络犯罪公约"));
  EXPECT_TRUE(facts("越南提出“数字共建”的合作理念。").count("越南 PROPOSED 数字共建"));
  // A name after 的 is the object itself.
  EXPECT_TRUE(facts("法国发布本国的《国家人工智能战略》。").count("法国 ISSUED 国家人工智能战略"));
}

TEST(SubjectOfAVerb, AfterZaiBeforeAVerbIsAClausesSubject) {
  // 在美国推动…时: 美国 acts in the clause 在 opens, it is no place.
  const auto found = facts("在美国推动“清洁网络”计划时，欧盟部分响应。");
  EXPECT_TRUE(found.count("美国 SUPPORTS 清洁网络计划")) << ::testing::PrintToString(found);
}

TEST(Membership, InACountrysAlliancesListedBeforeIt) {
  const auto found = facts("美国依托北约、七国集团、四方安全对话等美国盟伴体系协调立场。");
  for (const char* group : {"北约", "七国集团", "四方安全对话"}) {
    EXPECT_TRUE(found.count(std::string("美国 MEMBER_OF ") + group))
        << group << ::testing::PrintToString(found);
  }
}

TEST(Venues, WithAVerbAfterThemHaveTheClausesCarriedActor) {
  // The venue's clause goes on with a verb: its actor is the carried subject, not a name further on.
  const auto found = facts("中国积极参与联合国进程，在政府专家组中发挥建设性作用，支持联合国发挥核心作用。");
  EXPECT_TRUE(found.count("中国 PARTICIPATED_IN 联合国信息安全政府专家组"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("联合国 PARTICIPATED_IN 联合国信息安全政府专家组"))
      << ::testing::PrintToString(found);
}

// Parts of the event between it and 中: its opening ceremony, a keynote speech.
TEST(Venues, PastTheCeremonyAndTheKeynoteGiven) {
  const auto found = facts("习近平主席在第三届海岸数字论坛开幕式主旨演讲中宣布了八项行动。");
  EXPECT_TRUE(found.count("习近平 PARTICIPATED_IN 第三届海岸数字论坛")) << ::testing::PrintToString(found);
}

TEST(Venues, AfterAnAcronymInBrackets) {
  const auto found = facts("中国在联合国信息安全开放式工作组(OEWG)和政府专家组(GGE)中发挥建设性作用。");
  EXPECT_TRUE(found.count("中国 PARTICIPATED_IN 联合国信息安全开放式工作组"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 PARTICIPATED_IN 联合国信息安全政府专家组"))
      << ::testing::PrintToString(found);
}

TEST(Dates, AfterAFootnoteMark) {
  // ③ is a footnote mark, not a digit run into the year.
  const auto found = facts("③2023年，习近平主席在世界互联网大会乌镇峰会的视频致辞中提出“三个倡导”。");
  EXPECT_TRUE(found.count("三个倡导 IN_YEAR 2023")) << ::testing::PrintToString(found);
}

TEST(Support, ForPrinciplesNamedInQuotes) {
  const auto found = facts("中国秉持“合作安全”理念，坚持“智能向善”的价值导向。");
  EXPECT_TRUE(found.count("中国 SUPPORTS 合作安全")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 SUPPORTS 智能向善")) << ::testing::PrintToString(found);
}

TEST(ForwardLooking, StatesWhatAnAnnouncementAnnounces) {
  const auto found = facts("2025年2月，冯德莱恩在出席人工智能行动峰会时宣布，欧盟将出台“投资人工智能”倡议。");
  EXPECT_TRUE(found.count("欧盟 ISSUED 投资人工智能")) << ::testing::PrintToString(found);
  // Without an announcement, the future states nothing.
  EXPECT_FALSE(facts("欧盟将出台“投资人工智能”倡议。").count("欧盟 ISSUED 投资人工智能"));
}

TEST(Opposition, TargetsMarkedBeforeTheVerbOrAfterIt) {
  const auto found = facts(
      "美国对中国实施出口管制。美国商务部将华为、中芯国际列入实体清单。美国副总统万斯在峰会上批评欧洲对科技行"
      "业过度监管。");
  EXPECT_TRUE(found.count("美国 OPPOSES 中国")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("美国商务部 OPPOSES 华为")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("美国商务部 OPPOSES 中芯国际")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("万斯 OPPOSES 欧洲")) << ::testing::PrintToString(found);
  // What is listed must be an actor, and the actor listed is not the one listing.
  EXPECT_FALSE(found.count("华为 OPPOSES 中芯国际"));
}

TEST(Support, ForBodiesCountriesAndInitiatives) {
  const auto found = facts(
      "中方支持联合国发挥核心作用。俄方积极评价《全球人工智能治理倡议》。中方支持俄方担任金砖国家主席国。");
  EXPECT_TRUE(found.count("中国 SUPPORTS 联合国")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("俄罗斯 SUPPORTS 全球人工智能治理倡议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("中国 SUPPORTS 俄罗斯")) << ::testing::PrintToString(found);
  // Support stated for what was just named, and for an actor in what it does.
  const auto stated = facts("2024年7月，联大通过《数字合作决议》，巴西亦表示支持。");
  EXPECT_TRUE(stated.count("巴西 SUPPORTS 数字合作决议")) << ::testing::PrintToString(stated);
  EXPECT_TRUE(facts("中方支持俄方担任金砖国家主席国。").count("中国 SUPPORTS 俄罗斯"));
  // A speaker's word is not support for their own country.
  EXPECT_FALSE(facts("肯尼亚总统鲁托表示支持。").count("鲁托 SUPPORTS 肯尼亚"));
}

TEST(Partners, NamedWithAWordOfActingTogetherActToo) {
  const auto found = facts("2019年5月，智利还与秘鲁、哥伦比亚等一道，在利马签署了《数字经济伙伴关系协定》。");
  for (const char* signer : {"智利", "秘鲁", "哥伦比亚"}) {
    EXPECT_TRUE(found.count(std::string(signer) + " SIGNED 数字经济伙伴关系协定"))
        << signer << ::testing::PrintToString(found);
  }
  // Partners of another actor's act earlier in the sentence do not act in this clause.
  const auto other =
      facts("由智利与秘鲁共同主办的数字部长会议上，阿根廷与巴西拒绝签署《数字经济伙伴关系协定》。");
  EXPECT_FALSE(other.count("秘鲁 REJECTED 数字经济伙伴关系协定")) << ::testing::PrintToString(other);
}

// The partners' list may open with 包括 (包括A、B在内的N国): the actor before
// the partner marker acts with them.
TEST(Partners, AListOpeningWithIncludingStillHasTheActorBeforeTheMarker) {
  const auto found = facts("2023年，巴西同包括智利、秘鲁在内的20个国家共同签署了《海洋数据宣言》。");
  for (const char* signer : {"巴西", "智利", "秘鲁"}) {
    EXPECT_TRUE(found.count(std::string(signer) + " SIGNED 海洋数据宣言"))
        << signer << ::testing::PrintToString(found);
  }
}

TEST(Places, ANameBeforeAPlaceNounIsWhereNotWho) {
  const auto found = facts("2023年5月，巴西和智利在纽约联合国总部共同举办数字治理部长会议。");
  EXPECT_TRUE(found.count("巴西 HOSTED 数字治理部长会议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 HOSTED 数字治理部长会议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("联合国 HOSTED 数字治理部长会议")) << ::testing::PrintToString(found);
}

TEST(Participation, ByCountriesThatSentDelegatesToTheEventJustNamed) {
  const auto found = facts("2023年5月，数字治理部长会议在里斯本举行，秘鲁、智利等20个国家派员参会。");
  EXPECT_TRUE(found.count("秘鲁 PARTICIPATED_IN 数字治理部长会议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 PARTICIPATED_IN 数字治理部长会议")) << ::testing::PrintToString(found);
}

TEST(Signatories, ListedByTheRoleNounAfterOrBeforeIt) {
  const auto after = facts("2019年5月，《数字贸易协定》开放签署，首批签署方包括智利、秘鲁和新西兰。");
  for (const char* signer : {"智利", "秘鲁", "新西兰"}) {
    EXPECT_TRUE(after.count(std::string(signer) + " SIGNED 数字贸易协定"))
        << signer << ::testing::PrintToString(after);
  }
  const auto before = facts("《数字贸易协定》于2019年开放签署。智利、秘鲁都在首批签署方之列。");
  EXPECT_TRUE(before.count("智利 SIGNED 数字贸易协定")) << ::testing::PrintToString(before);
  EXPECT_TRUE(before.count("秘鲁 SIGNED 数字贸易协定")) << ::testing::PrintToString(before);
  // Sponsors listed so put the draft forward.
  const auto sponsors = facts("2021年，联大通过《数据治理决议》。该决议草案的提案国包括埃及、伊朗等。");
  EXPECT_TRUE(sponsors.count("埃及 PROPOSED 数据治理决议")) << ::testing::PrintToString(sponsors);
  // A role noun with no parties listed names nobody.
  EXPECT_FALSE(
      facts("《数字贸易协定》的签署方承诺开放数据。智利表示欢迎。").count("智利 SIGNED 数字贸易协定"));
}

// A carried-over subject brings the list it opens: A、B…，支持… — both support.
TEST(CarriedSubject, BringsItsWholeList) {
  const auto found = facts("智利、秘鲁作为亚太经合组织成员国，支持《数字贸易协定》。");
  EXPECT_TRUE(found.count("智利 SUPPORTS 数字贸易协定")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 SUPPORTS 数字贸易协定")) << ::testing::PrintToString(found);
  // Names after the subject that are no list member stay out: 智利同秘鲁会谈后，支持… is 智利's act.
  const auto partner = facts("智利在会上同秘鲁交换意见，支持《数字贸易协定》。");
  EXPECT_FALSE(partner.count("秘鲁 SUPPORTS 数字贸易协定")) << ::testing::PrintToString(partner);
}

// A list "as members" of a body: A、B作为X成员国 — they are its members.
TEST(Members, ListedAsMembersOfABody) {
  const auto found = facts("智利、秘鲁作为亚太经合组织成员国，支持数据自由流动。");
  EXPECT_TRUE(found.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("秘鲁 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(found);
  // Acting toward a body's members is no membership.
  const auto toward = facts("智利、秘鲁欢迎亚太经合组织成员国支持数据自由流动。");
  EXPECT_FALSE(toward.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(toward);
}

// The phrase fronting a clause: 作为X成员国，A… — A, the clause's subject, is the member; so is a
// permanent member of a council.
TEST(Members, NamedAfterThePhraseThatFrontsTheirClause) {
  const auto fronted = facts("作为亚太经合组织成员国，智利积极推动数据自由流动。");
  EXPECT_TRUE(fronted.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(fronted);
  const auto council = facts("法国是联合国安理会常任理事国。");
  EXPECT_TRUE(council.count("法国 MEMBER_OF 联合国安理会")) << ::testing::PrintToString(council);
  // A name in the fronting phrase's own adjunct is no member.
  const auto adjunct = facts("作为亚太经合组织成员国，在秘鲁举行的会议上，智利提出《数据倡议》。");
  EXPECT_FALSE(adjunct.count("秘鲁 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(adjunct);
}

// Members of the body named last, becoming members with no body named again: 伊朗成为第九个正式成员国.
TEST(Members, BecomingMembersOfTheBodyNamedLast) {
  const auto found =
      facts("亚太经合组织2024年迎来扩员。智利和秘鲁于2024年1月1日成为正式成员国，厄瓜多尔成为第九个成员国。");
  for (const char* member : {"智利", "秘鲁", "厄瓜多尔"}) {
    EXPECT_TRUE(found.count(std::string(member) + " MEMBER_OF 亚太经合组织"))
        << member << ::testing::PrintToString(found);
  }
  // A membership noun qualifying another noun names no membership.
  const auto representatives = facts("亚太经合组织召开会议。智利派出了成员国代表。");
  EXPECT_FALSE(representatives.count("智利 MEMBER_OF 亚太经合组织"))
      << ::testing::PrintToString(representatives);
}

// A body admitting states, and states named together as members (智利与秘鲁同为…).
TEST(Members, AdmittedByTheBodyOrNamedTogether) {
  const auto admitted = facts("亚太经合组织2017年接纳智利和秘鲁。");
  EXPECT_TRUE(admitted.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(admitted);
  EXPECT_TRUE(admitted.count("秘鲁 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(admitted);
  const auto together = facts("智利与秘鲁同为联合国安理会非常任理事国。");
  EXPECT_TRUE(together.count("智利 MEMBER_OF 联合国安理会")) << ::testing::PrintToString(together);
  EXPECT_TRUE(together.count("秘鲁 MEMBER_OF 联合国安理会")) << ::testing::PrintToString(together);
}

// Founding a body is putting it forward, in the passive too (该组织由A、B创立).
TEST(Founders, PutTheBodyForward) {
  const auto found = facts("亚太经合组织1989年由智利、秘鲁和墨西哥创立。");
  for (const char* founder : {"智利", "秘鲁", "墨西哥"}) {
    EXPECT_TRUE(found.count(std::string(founder) + " PROPOSED 亚太经合组织"))
        << founder << ::testing::PrintToString(found);
  }
}

// Putting forward, pejoratively (抛出所谓“…”计划); founders named by a contraction and its count
// (中赞两国共同发起成立…); launching a body (推出了…研究院).
TEST(Founders, ByContractionAndLaunchedBodies) {
  const auto thrown = facts("蓬佩奥抛出所谓“清洁海洋”计划。");
  EXPECT_TRUE(thrown.count("蓬佩奥 PROPOSED 清洁海洋")) << ::testing::PrintToString(thrown);
  const auto pair = facts("中赞两国共同发起成立了“海洋数据之友小组”。");
  EXPECT_TRUE(pair.count("中国 PROPOSED 海洋数据之友小组")) << ::testing::PrintToString(pair);
  EXPECT_TRUE(pair.count("赞比亚 PROPOSED 海洋数据之友小组")) << ::testing::PrintToString(pair);
  const auto launched = facts("2024年，智利推出了海洋数据研究院。");
  EXPECT_TRUE(launched.count("智利 PROPOSED 海洋数据研究院")) << ::testing::PrintToString(launched);
}

// Co-sponsors listed before their role noun co-sign the draft and take part in it; the main sponsor proposes
// it.
TEST(Cosponsors, ListedBeforeTheirRoleNoun) {
  const auto found =
      facts("2024年，第一委员会审议《海洋数据决议》草案。智利、秘鲁、墨西哥等国是最早的一批共同提案国。");
  for (const char* sponsor : {"智利", "秘鲁", "墨西哥"}) {
    EXPECT_TRUE(found.count(std::string(sponsor) + " SIGNED 海洋数据决议"))
        << sponsor << ::testing::PrintToString(found);
    EXPECT_TRUE(found.count(std::string(sponsor) + " PARTICIPATED_IN 海洋数据决议")) << sponsor;
    EXPECT_FALSE(found.count(std::string(sponsor) + " PROPOSED 海洋数据决议")) << sponsor;
  }
}

// 我方, as 我国 and 中方, is China speaking of itself: the co-sponsor, not the body that adopted the text.
TEST(Cosponsors, WeOnOurSideIsChina) {
  const auto found = facts("2031年3月，联合国大会通过由智利提出的《海洋数据决议》，我方参与联署。");
  EXPECT_TRUE(found.count("中国 SIGNED 海洋数据决议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("联合国大会 SIGNED 海洋数据决议")) << ::testing::PrintToString(found);
}

// A recorded vote's tally names who voted how in brackets; those who abstained are no subject of the verb
// after the tally; 该草案 is the draft named before.
TEST(Votes, ListedInTheTallyInBrackets) {
  const auto found = facts(
      "2023年，第一委员会审议《海洋数据决议》草案。该草案由智利提出。委员会以120票赞成、3票反对（白俄罗斯、马"
      "里、"
      "尼日尔）、8票弃权（秘鲁、伊朗）批准该草案。");
  for (const char* against : {"白俄罗斯", "马里", "尼日尔"}) {
    EXPECT_TRUE(found.count(std::string(against) + " OPPOSES 海洋数据决议"))
        << against << ::testing::PrintToString(found);
  }
  EXPECT_TRUE(found.count("智利 PROPOSED 海洋数据决议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("秘鲁 ADOPTED 海洋数据决议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("智利 ADOPTED 海洋数据决议")) << ::testing::PrintToString(found);
}

// A draft a description leaves unnamed is named by its symbol in brackets; 该草案 and the tally refer to it.
// After a name, a bracketed symbol is the name's alias, no node of its own.
TEST(Votes, OnADraftNamedByItsSymbolInBrackets) {
  const auto found = facts(
      "第二委员会核准了一项关于海洋数据的新决议草案（A/C.2/79/"
      "L.31）。该草案由智利提出。委员会以120票赞成、3票反对"
      "（白俄罗斯、马里、尼日尔）核准该草案。");
  EXPECT_TRUE(found.count("智利 PROPOSED A/C.2/79/L.31")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("马里 OPPOSES A/C.2/79/L.31")) << ::testing::PrintToString(found);
  EXPECT_FALSE(testing::entities("2024年，联大通过《海洋数据决议》（A/79/L.31）。")
                   .count({graph::NodeType::Initiative, "A/79/L.31"}));
}

// A relative clause with no subject of its own takes none from the sentence before: 在上海举行的大会.
TEST(RelativeClauses, WithNoSubjectTakeNoneFromBefore) {
  const auto found = facts(
      "美国商务部与欧盟委员会举行会谈，双方就出口管制交换意见。该计划于7月在上海举行的2025海洋数据大会上发布"
      "。");
  EXPECT_FALSE(found.count("美国商务部 HOSTED 2025海洋数据大会")) << ::testing::PrintToString(found);
}

// A cleft names the voters after the verb; the resolution is the one the sentence before named.
TEST(Votes, NamedAfterACleft) {
  const auto found = facts(
      "2024年，联大通过《海洋数据决议》。投反对票的是美国和巴拉圭，投赞成票的有智利、秘鲁等120个国家。");
  EXPECT_TRUE(found.count("美国 OPPOSES 海洋数据决议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("巴拉圭 OPPOSES 海洋数据决议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 SUPPORTS 海洋数据决议")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("美国 SUPPORTS 海洋数据决议")) << ::testing::PrintToString(found);
}

TEST(Lists, ClosedByTheirCountGoOnAfterIt) {
  const auto found =
      facts("2019年，智利、秘鲁、墨西哥3国及东盟通过了《数字贸易宣言》及其附件《数字贸易合作路线图》。");
  for (const char* adopter : {"智利", "秘鲁", "墨西哥", "东盟"}) {
    // (合作 inside the annex's title is no second verb that would make 通过 "by means of".)
    EXPECT_TRUE(found.count(std::string(adopter) + " ADOPTED 数字贸易宣言"))
        << adopter << ::testing::PrintToString(found);
  }
}

TEST(Announcements, PutForwardWhatIsAnnouncedByName) {
  const auto named = facts("2022年6月，卢拉总统在巴西利亚宣布《数字包容计划》。");
  EXPECT_TRUE(named.count("卢拉 PROPOSED 数字包容计划")) << ::testing::PrintToString(named);
  // The announcer puts forward what the country issues; the country's own act stays its own.
  const auto through = facts("2022年6月，卢拉总统在峰会上宣布，巴西发布《数字包容计划》。");
  EXPECT_TRUE(through.count("卢拉 PROPOSED 数字包容计划")) << ::testing::PrintToString(through);
  EXPECT_TRUE(through.count("巴西 ISSUED 数字包容计划")) << ::testing::PrintToString(through);
  // Announcing a withdrawal puts nothing forward.
  EXPECT_FALSE(facts("2017年，特朗普宣布退出《巴黎协定》。").count("特朗普 PROPOSED 巴黎协定"));
}

TEST(Membership, ListedInABodysRoster) {
  const auto after = facts("二十国集团于1999年成立，成员包括阿根廷、澳大利亚和巴西。");
  for (const char* member : {"阿根廷", "澳大利亚", "巴西"}) {
    EXPECT_TRUE(after.count(std::string(member) + " MEMBER_OF 二十国集团"))
        << member << ::testing::PrintToString(after);
  }
  const auto before = facts("新加坡、越南等10个东盟成员发表声明。");
  EXPECT_TRUE(before.count("新加坡 MEMBER_OF 东盟")) << ::testing::PrintToString(before);
  // A list joined to the body's members by a coordinator is no roster.
  EXPECT_FALSE(facts("美国和欧盟成员国发表声明。").count("美国 MEMBER_OF 欧盟"));
}

TEST(Hosting, ByTheAgentsOfARelativeClauseBeforeTheEvent) {
  const auto two = facts("2025年5月，由商务部主办、复旦大学承办的第三期数字贸易研讨班在上海开班。");
  EXPECT_TRUE(two.count("商务部 HOSTED 第三期数字贸易研讨班")) << ::testing::PrintToString(two);
  EXPECT_TRUE(two.count("复旦大学 HOSTED 第三期数字贸易研讨班")) << ::testing::PrintToString(two);
  // An event named only as the head of such a clause is still an event.
  const auto attended = facts("2024年9月，卢拉出席巴西和智利共同主办的南美数字经济合作高级别会议。");
  EXPECT_TRUE(attended.count("巴西 HOSTED 南美数字经济合作高级别会议")) << ::testing::PrintToString(attended);
  EXPECT_TRUE(attended.count("卢拉 PARTICIPATED_IN 南美数字经济合作高级别会议"))
      << ::testing::PrintToString(attended);
}

TEST(Membership, OfFoundersListedAfterAColonAndOfTheCountryInTheChair) {
  const auto founders = facts("2019年5月　数字经济伙伴关系协定委员会成立。创始成员：阿根廷、智利、秘鲁。");
  EXPECT_TRUE(founders.count("秘鲁 MEMBER_OF 数字经济伙伴关系协定委员会"))
      << ::testing::PrintToString(founders);
  const auto chair = facts("智利接任亚太经合组织轮值主席国。");
  EXPECT_TRUE(chair.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(chair);
}

TEST(Lists, GoOnThroughAnAnnex) {
  const auto found = facts("2024年9月，联合国大会通过《数字合作宣言》及其附件《数据治理原则》。");
  EXPECT_TRUE(found.count("联合国大会 ADOPTED 数据治理原则")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("数据治理原则 IN_YEAR 2024")) << ::testing::PrintToString(found);
}

TEST(Opposition, ToWhatTheSentenceBeforeDidAndInAVote) {
  const auto reaction = facts("2023年5月，荷兰外交部将多家中国企业列入出口管制名单。中方对此表示坚决反对。");
  EXPECT_TRUE(reaction.count("中国 OPPOSES 荷兰外交部") || reaction.count("中国 OPPOSES 荷兰"))
      << ::testing::PrintToString(reaction);
  const auto vote = facts(
      "2019年12月，联大通过《数据治理决议》，提案国包括埃及、伊朗等，巴拉圭和智利投了反对票，秘鲁投了赞成票"
      "。");
  EXPECT_TRUE(vote.count("巴拉圭 OPPOSES 数据治理决议")) << ::testing::PrintToString(vote);
  EXPECT_TRUE(vote.count("智利 OPPOSES 数据治理决议")) << ::testing::PrintToString(vote);
  // A comma after a list closed by 等 ends that list: the sponsors did not vote against.
  EXPECT_FALSE(vote.count("伊朗 OPPOSES 数据治理决议")) << ::testing::PrintToString(vote);
}

TEST(Venues, EveryoneActingThereTookPart) {
  // The subject, its list and the partners named with 同 were all at the event.
  const auto found =
      facts("2019年11月，巴西同印度、南非等国在金砖国家领导人第十一次会晤上共同发表《巴西利亚宣言》。");
  for (const char* country : {"巴西", "印度", "南非"}) {
    EXPECT_TRUE(found.count(std::string(country) + " PARTICIPATED_IN 金砖国家领导人第十一次会晤"))
        << country << ::testing::PrintToString(found);
  }
}

TEST(Lists, OfPersonsWithTheirTitlesAreListsOfThePersons) {
  // 德国总理|朔尔茨: the country qualifies the person; the list goes on through it.
  const auto found = facts("法国总统马克龙、德国总理朔尔茨和意大利总理梅洛尼出席了七国集团峰会。");
  for (const char* person : {"马克龙", "朔尔茨", "梅洛尼"}) {
    EXPECT_TRUE(found.count(std::string(person) + " PARTICIPATED_IN 七国集团峰会"))
        << person << ::testing::PrintToString(found);
  }
  EXPECT_FALSE(found.count("德国 PARTICIPATED_IN 七国集团峰会"));
  EXPECT_FALSE(found.count("意大利 PARTICIPATED_IN 七国集团峰会"));
}

TEST(Participation, AttendingThenDoingSomethingElseLeavesTheEventUnsaid) {
  const auto found = facts("2024年5月，第二届全球数字经济论坛在阿布扎比开幕，阿联酋总统穆罕默德出席并致辞。");
  EXPECT_TRUE(found.count("穆罕默德 PARTICIPATED_IN 第二届全球数字经济论坛"))
      << ::testing::PrintToString(found);
}

// A summit called by its venue (布莱奇利峰会, as 首尔峰会 is the Seoul one) is the summit.
TEST(Participation, AtASummitCalledByItsVenue) {
  const auto found = facts("布莱奇利峰会由英国政府主办，首相苏纳克出席。");
  EXPECT_TRUE(found.count("英国 HOSTED 人工智能安全峰会")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("苏纳克 PARTICIPATED_IN 人工智能安全峰会")) << ::testing::PrintToString(found);
}

TEST(Participation, OfPersonsHoldingTalksTogether) {
  const auto found =
      facts("2023年11月，法国总统马克龙同巴西总统卢拉在贝伦举行第五次中法高级别经济财金对话。");
  EXPECT_TRUE(found.count("马克龙 PARTICIPATED_IN 第五次中法高级别经济财金对话"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("卢拉 PARTICIPATED_IN 第五次中法高级别经济财金对话"))
      << ::testing::PrintToString(found);
}

TEST(Participation, OfTheCountriesABodyIsLedBy) {
  // The passive's subject is what they lead, not the place it was set up in.
  const auto found = facts("2022年，“数字信任工作组”在日内瓦成立，由瑞士和新加坡共同牵头。");
  EXPECT_TRUE(found.count("瑞士 PARTICIPATED_IN 数字信任工作组")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("新加坡 PARTICIPATED_IN 数字信任工作组"));
  for (const std::string& fact : found)
    EXPECT_EQ(fact.find("PARTICIPATED_IN 日内瓦"), std::string::npos) << fact;
  // Leading the making of something else is no part in the body named before.
  const auto drafting = facts("美国支持“数字信任工作组”的建议，并提议由经合组织牵头制定全球数据标准。");
  EXPECT_FALSE(drafting.count("经合组织 PARTICIPATED_IN 数字信任工作组"))
      << ::testing::PrintToString(drafting);
}

TEST(Signatories, ListedAfterACountedGroupUnnamed) {
  const auto found = facts("2021年，《数字贸易协定》在惠灵顿签署，签署方是20多个国家和非洲联盟。");
  EXPECT_TRUE(found.count("非盟 SIGNED 数字贸易协定")) << ::testing::PrintToString(found);
}

TEST(Signatories, WhoSaySoPlainly) {
  // 签了: the document is the one named before.
  const auto found = facts("《数字伙伴关系宣言》于2023年3月发布。韩国签了，新加坡也签了。");
  EXPECT_TRUE(found.count("韩国 SIGNED 数字伙伴关系宣言")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("新加坡 SIGNED 数字伙伴关系宣言"));
}

TEST(Signatories, JoiningAConventionOrNot) {
  // Acceding to a convention is becoming a party to it; never acceding, refusing it.
  const auto found = facts("加拿大和以色列后来也加入了《网络犯罪公约》，巴西则一直未加入。");
  EXPECT_TRUE(found.count("加拿大 SIGNED 网络犯罪公约")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("以色列 SIGNED 网络犯罪公约"));
  EXPECT_TRUE(found.count("巴西 REJECTED 网络犯罪公约"));
  EXPECT_FALSE(found.count("巴西 SIGNED 网络犯罪公约"));
  // Joining a body is still membership.
  EXPECT_TRUE(facts("2023年，芬兰正式加入北约。").count("芬兰 MEMBER_OF 北约"));
}

TEST(Dates, OfAnEventNamedRightAfterThem) {
  const auto found = facts(
      "2019年6月大阪峰会上，日本提出“大阪轨道”。2021年11月在达喀尔举行的会议之外，2022年9月于上合组织撒马尔罕"
      "峰会期间，各方发表声明。");
  EXPECT_TRUE(found.count("大阪峰会 IN_YEAR 2019")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("上合组织撒马尔罕峰会 IN_YEAR 2022")) << ::testing::PrintToString(found);
  // Not across other words: the year of 2021年11月在达喀尔举行的 is no date of a later name.
  for (const std::string& fact : found) EXPECT_EQ(fact.find("IN_YEAR 2021"), std::string::npos) << fact;
}

TEST(Founding, ABodyIsLaunchingIt) {
  const auto found = facts(
      "2019年，世卫组织总干事谭德塞宣布成立数字健康咨询委员会。次年，欧盟理事会决定设立网络外交工作组。");
  EXPECT_TRUE(found.count("谭德塞 PROPOSED 数字健康咨询委员会")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("欧盟理事会 PROPOSED 网络外交工作组")) << ::testing::PrintToString(found);
}

TEST(Proposals, OfADraftOrAnOutlineAreOfTheDocument) {
  // 《…》草案, “…”构想: the name is still what is put forward.
  const auto found = facts("2016年，日本提出《数据自由流动公约》草案。2018年，法国提出“数字和平条约”构想。");
  EXPECT_TRUE(found.count("日本 PROPOSED 数据自由流动公约")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("法国 PROPOSED 数字和平条约")) << ::testing::PrintToString(found);
}

TEST(Meetings, OfABodyActForIt) {
  // 东盟|峰会发表…: the body whose meeting it is issues it, named there or before.
  const auto found = facts("2023年9月，东盟雅加达峰会举行。峰会发表《东盟数字转型宣言》。");
  EXPECT_TRUE(found.count("东盟 ISSUED 东盟数字转型宣言")) << ::testing::PrintToString(found);
  // A meeting no body's name opens names no actor.
  const auto unnamed = facts("2024年，全球人工智能安全峰会发表《伦敦宣言》。");
  for (const std::string& fact : unnamed) EXPECT_EQ(fact.find(" ISSUED "), std::string::npos) << fact;
}

TEST(Opposition, ByThePersonATitlePhraseHeadsCarriedIntoTheNextClause) {
  const auto found = facts("2024年6月，美国国务卿布林肯在记者会上发表讲话，批评俄罗斯。");
  EXPECT_TRUE(found.count("布林肯 OPPOSES 俄罗斯")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("美国 OPPOSES 俄罗斯"));
}

TEST(Opposition, ByTheSubjectBeforeTheObjectAPrepositionPutsFirst) {
  // 日本经产省|将…韩国企业列入清单: 韩国 only qualifies the companies.
  const auto found = facts("日本经济产业省将三星电子、SK海力士等韩国企业列入管制清单。");
  EXPECT_FALSE(found.count("韩国 OPPOSES 三星")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("日本经济产业省 OPPOSES 三星")) << ::testing::PrintToString(found);
}

TEST(Opposition, AStanceAnswersTheActOfTheSentenceBefore) {
  const auto found = facts("荷兰政府宣布限制阿斯麦光刻机对华出口。中方表示坚决反对。");
  EXPECT_TRUE(found.count("中国 OPPOSES 荷兰")) << ::testing::PrintToString(found);
  // A restriction with its object unsaid answers nothing.
  const auto restricted = facts("荷兰政府发布新规。此后阿斯麦部分设备的出口受到限制。");
  for (const std::string& fact : restricted) EXPECT_EQ(fact.find("OPPOSES 荷兰"), std::string::npos) << fact;
  // Nor does a passive stance: the object stands before 遭.
  const auto passive = facts("美国发布《芯片出口规则》。该规则遭英伟达强烈反对。");
  EXPECT_FALSE(passive.count("英伟达 OPPOSES 美国")) << ::testing::PrintToString(passive);
  EXPECT_TRUE(passive.count("英伟达 OPPOSES 芯片出口规则")) << ::testing::PrintToString(passive);
}

TEST(Membership, OfTheCountryInTheChairOfABodyWhoseNameEndsLikeATitle) {
  // 金砖国家|主席国: 国家主席 across the name's end is no title; a year may stand before the body.
  const auto found = facts("南非担任2023年金砖国家主席国。印度担任二十国集团主席国。");
  EXPECT_TRUE(found.count("南非 MEMBER_OF 金砖国家")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("印度 MEMBER_OF 二十国集团"));
  // A title sharing only the body's last character still is one: 外交|部|长.
  EXPECT_TRUE(facts("巴西外交部长维埃拉出席会议。").count("维埃拉 LEADS 外交部"));
}

TEST(Venues, WhereAnActorWillActStateNothingYet) {
  EXPECT_TRUE(facts("中国在上合组织框架下积极推动合作。").count("中国 PARTICIPATED_IN 上海合作组织"));
  for (const char* text : {"中方将在联合国框架内推进设立科学小组。", "中国愿在上合组织框架下加强合作。"}) {
    const auto found = facts(text);
    for (const std::string& fact : found)
      EXPECT_EQ(fact.find("PARTICIPATED_IN"), std::string::npos) << text << fact;
  }
}

TEST(SubjectOfAVerb, IsNoDestinationOfAMotionVerb) {
  // 各国来|华出席: China is where they come, not who attends.
  const auto found = facts("我们欢迎各国来华出席2025世界人工智能大会。");
  EXPECT_FALSE(found.count("中国 PARTICIPATED_IN 2025世界人工智能大会")) << ::testing::PrintToString(found);
  // 近年来 is no motion verb: the name after it still acts.
  EXPECT_TRUE(facts("近年来中国积极支持联合国。").count("中国 SUPPORTS 联合国"));
}

TEST(Dates, OfAnEventsOwnNameDateWhatIsDoneThere) {
  const auto found = facts("七国集团2023年广岛峰会通过了《数字技术部长宣言》。");
  EXPECT_TRUE(found.count("数字技术部长宣言 IN_YEAR 2023")) << ::testing::PrintToString(found);
  // A year in a document's title dates nothing done with it.
  const auto titled = facts("韩国发布《2024年数字经济白皮书》。");
  EXPECT_FALSE(titled.count("2024年数字经济白皮书 IN_YEAR 2024")) << ::testing::PrintToString(titled);
}

TEST(Dates, OfALawTakingEffect) {
  const auto found =
      facts("《数据安全条例》自2025年1月1日起施行。《网络公约》于2001年开放签署，2004年7月生效。");
  EXPECT_TRUE(found.count("数据安全条例 IN_YEAR 2025")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("网络公约 IN_YEAR 2004")) << ::testing::PrintToString(found);
  // What will take effect is not dated yet.
  EXPECT_FALSE(facts("《算法条例》将于2027年起施行。").count("算法条例 IN_YEAR 2027"));
}

TEST(Passives, WithTheAgentAfter获) {
  const auto found = facts("《人工智能伦理公约》于2024年12月获欧洲议会通过。");
  EXPECT_TRUE(found.count("欧洲议会 ADOPTED 人工智能伦理公约")) << ::testing::PrintToString(found);
}

TEST(Signatories, OnTheDocumentAndNotOnIt) {
  // 在《…》上签字: the document is what is signed; a negation before the place refuses it.
  const auto found = facts(
      "2023年，峰会发表《数字信任宣言》。印度和巴西没有在《数字信任宣言》上签字。"
      "德国、日本等30个国家以及欧盟在上面签了字。");
  EXPECT_TRUE(found.count("印度 REJECTED 数字信任宣言")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("印度 SIGNED 数字信任宣言"));
  EXPECT_TRUE(found.count("德国 SIGNED 数字信任宣言")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("欧盟 SIGNED 数字信任宣言"));
}

TEST(Partners, AListClosedByItsKindActsWithTheSubject) {
  // …联合A、B等单位发布: A and B are the members of the list, not modifiers of 单位.
  const auto found =
      facts("2021年，上海人工智能实验室联合复旦大学、上海交通大学等单位发布《人工智能安全倡议》。");
  EXPECT_TRUE(found.count("复旦大学 ISSUED 人工智能安全倡议")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("上海交通大学 ISSUED 人工智能安全倡议")) << ::testing::PrintToString(found);
}

TEST(Participation, AtAMeetingReferredToAsTheMeetingOrByItsParts) {
  const auto found = facts(
      "2024年3月，联合国大会举行人工智能问题高级别会议，巴西常驻联合国代表维埃拉在会上发言。"
      "2024年6月，第三届全球数据论坛在吉隆坡开幕，马来西亚总理安瓦尔出席开幕式并致辞。");
  EXPECT_TRUE(found.count("维埃拉 PARTICIPATED_IN 人工智能问题高级别会议"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("安瓦尔 PARTICIPATED_IN 第三届全球数据论坛")) << ::testing::PrintToString(found);
  // 会 refers only in 会上: 在会见时 names no meeting.
  const auto met = facts("2024年3月，东盟峰会在万象举行。泰国总理赛塔在会见时表示支持。");
  EXPECT_FALSE(met.count("赛塔 PARTICIPATED_IN 东盟峰会")) << ::testing::PrintToString(met);
}

TEST(Participation, OfAPersonActingAfterTheEventIsHeld) {
  const auto found = facts(
      "2023年10月，第二届数字丝路论坛在西安举行，王毅提出《数字互联倡议》。"
      "2023年11月，第三届数字论坛在北京开幕，李强出席并致辞。");
  EXPECT_TRUE(found.count("王毅 PARTICIPATED_IN 第二届数字丝路论坛")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("李强 PARTICIPATED_IN 第三届数字论坛")) << ::testing::PrintToString(found);
  // One who only sends a letter is not there.
  const auto letter = facts("2023年12月，第四届数字论坛在南京开幕，习近平致贺信。");
  EXPECT_FALSE(letter.count("习近平 PARTICIPATED_IN 第四届数字论坛")) << ::testing::PrintToString(letter);
}

TEST(SubjectOfAVerb, IsNoWireInTheDateline) {
  // 新华社日内瓦3月5日电（记者…）: the agency reports; it acts in nothing that follows.
  const auto found =
      facts("新华社日内瓦3月5日电（记者王明）世卫组织5日在日内瓦召开会议，决定设立“数字健康专家组”。");
  for (const std::string& fact : found) EXPECT_NE(fact.rfind("新华社 ", 0), 0u) << fact;
}

// A treaty's party takes part in it; the body that opens a treaty for signature
// signs nothing: the opening dates the treaty.
TEST(Participation, OfATreatysParty) {
  const auto found = facts(
      "日本是《利马海洋数据公约》缔约国。\n"
      "智利不是《利马海洋数据公约》缔约国。\n");
  EXPECT_TRUE(found.count("日本 PARTICIPATED_IN 利马海洋数据公约")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("智利 PARTICIPATED_IN 利马海洋数据公约")) << ::testing::PrintToString(found);
}

TEST(Signing, NotByTheBodyThatOpensATreatyForSignature) {
  const auto found = facts(
      "2022年5月，欧洲委员会在利马开放《利马海洋数据公约》供签署。\n"
      "2023年，非盟通过《基多海洋数据公约》，同年9月在基多开放签署，智利、秘鲁首批签署。\n");
  EXPECT_FALSE(found.count("欧洲委员会 SIGNED 利马海洋数据公约")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("非盟 SIGNED 基多海洋数据公约")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("利马海洋数据公约 IN_YEAR 2022")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 SIGNED 基多海洋数据公约")) << ::testing::PrintToString(found);
}

TEST(Support, ForABodyWhoseFoundingIsPromoted) {
  const auto found = facts("2019年，法国推动成立了“全球人工智能伙伴组织”。");
  EXPECT_TRUE(found.count("法国 SUPPORTS 全球人工智能伙伴组织")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract
