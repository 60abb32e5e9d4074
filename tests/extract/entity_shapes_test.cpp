// The shapes of names on sentences written for these tests: where a person's
// name after a title ends, governments named after their country, events
// named with their edition, dates that are no part of a name.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "tests/extract/facts.h"
#include "text/input.h"

namespace kg::extract {
namespace {

using graph::NodeType;
using testing::entities;
using testing::Entity;

bool has(const std::set<Entity>& found, NodeType type, const std::string& name) {
  return found.count({type, name}) > 0;
}

std::set<std::string> persons(const std::set<Entity>& found) {
  std::set<std::string> out;
  for (const auto& [type, name] : found) {
    if (type == NodeType::Person) out.insert(name);
  }
  return out;
}

// A known name written with AI for 人工智能 (contractions.json word_forms)
// names the same entity, under its own name.
TEST(KnownName, WrittenWithAWordsOtherForm) {
  const auto found = entities("韩国与英国共同主办AI首尔峰会。各方在首尔AI峰会上发言。");
  EXPECT_TRUE(found.count({NodeType::Event, "人工智能首尔峰会"})) << ::testing::PrintToString(found);
  for (const auto& [type, name] : found) EXPECT_EQ(name.find("AI"), std::string::npos) << name;
  // 首尔峰会 is the AI summit's short name, not the G20's of 2010.
  const auto g20 = entities("2010年G20首尔峰会在韩国举行。");
  EXPECT_FALSE(g20.count({NodeType::Event, "人工智能首尔峰会"})) << ::testing::PrintToString(g20);
  // The short names Chinese writing gives the AI summits (首尔峰会, 巴黎峰会) are theirs.
  const auto hosted = testing::facts("2024年5月的首尔峰会由韩国与英国共同主办。");
  EXPECT_TRUE(hosted.count("韩国 HOSTED 人工智能首尔峰会")) << ::testing::PrintToString(hosted);
  EXPECT_TRUE(hosted.count("英国 HOSTED 人工智能首尔峰会")) << ::testing::PrintToString(hosted);
}

TEST(PersonAfterATitle, EndsBeforeAFunctionWord) {
  EXPECT_EQ(persons(entities("国务院总理李强在会上致辞。")), std::set<std::string>{"李强"});
  EXPECT_EQ(persons(entities("外交部长王毅于2024年访问巴西。")), std::set<std::string>{"王毅"});
  EXPECT_EQ(persons(entities("越南国家主席梁强和老挝代表出席。")), std::set<std::string>{"梁强"});
}

TEST(PersonAfterATitle, IsNoWordThatFollowsATitleNoun) {
  // 主席国 and 发言人 are followed by words, not names.
  EXPECT_TRUE(persons(entities("巴西担任金砖国家主席国期间推动数字合作。")).empty());
  EXPECT_TRUE(persons(entities("外交部发言人宣布了这一消息。")).empty());
  EXPECT_TRUE(persons(entities("他曾出任美国驻华大使。")).empty());
}

// 同志 after a name in official obituaries and notices (X同志生平) marks a
// person as a title does; comrades named by a word are no one (老同志, 同志们).
// A transliterated name ends before a title after it or a writer's verb: 琳达·霍尔姆|博士, 琳达·霍尔姆|合写.
TEST(TransliteratedPerson, EndsBeforeATitleOrAWritersVerb) {
  const auto titled = entities("学者琳达·霍尔姆博士和韩立峰研究员出席。");
  EXPECT_TRUE(has(titled, NodeType::Person, "琳达·霍尔姆")) << ::testing::PrintToString(titled);
  const auto wrote = entities("本章由旅居日内瓦的学者琳达·霍尔姆合写。");
  EXPECT_TRUE(has(wrote, NodeType::Person, "琳达·霍尔姆")) << ::testing::PrintToString(wrote);
}

TEST(PersonBeforeComrade, IsAPerson) {
  EXPECT_EQ(persons(entities("沈立衡同志生于江苏，此后多次出席乌镇峰会。")), std::set<std::string>{"沈立衡"});
  EXPECT_EQ(persons(entities("2014年，宋知远同志受邀出席首届世界互联网大会。")),
            std::set<std::string>{"宋知远"});
  EXPECT_TRUE(persons(entities("他作为老同志参加了文本征求意见座谈。")).empty());
  EXPECT_TRUE(persons(entities("同志们，我们出发去日内瓦。")).empty());
  EXPECT_TRUE(persons(entities("常驻联合国代表团的同志来接机，外交部等单位同志随行。")).empty());
  // A group's or a unit's word before it is no name either.
  EXPECT_TRUE(persons(entities("会上，许多同志表示，海关同志和宣传部同志也出席了。")).empty());
}

// 与 after a body's name joins two partners: the second name starts after it,
// while 与 inside a topic (人工智能与数字经济研究中心) stays in the name.
TEST(OrganizationName, AJoinerAfterABodysNameStartsTheNext) {
  const auto found = entities("滨江数据研究院与泰国曼谷数字政策研究所签署合作备忘录。\n");
  EXPECT_TRUE(has(found, NodeType::Organization, "泰国曼谷数字政策研究所"))
      << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, NodeType::Organization, "滨江数据研究院与泰国曼谷数字政策研究所"))
      << ::testing::PrintToString(found);
  const auto topic = entities("人工智能与数字经济研究中心发布了报告。\n");
  EXPECT_TRUE(has(topic, NodeType::Organization, "人工智能与数字经济研究中心"))
      << ::testing::PrintToString(topic);
}

// A title compounded into a role word (主席国, 主席团) names no one after it.
TEST(PersonAfterATitle, NoneAfterARoleWordMadeOfTheTitle) {
  EXPECT_TRUE(persons(entities("会议以轮值主席国身份发布了声明。")).empty());
  EXPECT_TRUE(persons(entities("秘鲁担任亚太经合组织主席国年的议程很满。")).empty());
  EXPECT_EQ(persons(entities("大会主席马嘉仁宣布开幕。")), std::set<std::string>{"马嘉仁"});
}

// What a speaker does right after a transliterated name is no part of it.
TEST(TransliteratedName, EndsBeforeASpeechVerb) {
  EXPECT_EQ(persons(entities("德国学者奥托·莱曼则介绍了欧盟的做法。")), std::set<std::string>{"奥托·莱曼"});
  EXPECT_EQ(persons(entities("会上，菲奥娜·卡特谈到数据跨境流动。")), std::set<std::string>{"菲奥娜·卡特"});
  EXPECT_EQ(persons(entities("阿利姆·萨比特补充说，合作还将扩大。")), std::set<std::string>{"阿利姆·萨比特"});
}

TEST(PersonAfterATitle, EndsAtNoFunctionWord) {
  // 于 may be a transliteration character, but not the last of a name before a date.
  EXPECT_EQ(persons(entities("世卫组织总干事谭德塞于2020年宣布。")), std::set<std::string>{"谭德塞"});
}

TEST(PersonKnownByFamilyName, WrittenInFullHasTheFullNameAsAlias) {
  static const Extractor extractor(default_rule_pack());
  const graph::KnowledgeGraph graph =
      extractor.extract(text::make_document("doc.txt", "秘书长安东尼奥·古特雷斯出席会议。"));
  const auto guterres = graph.find_node(NodeType::Person, "古特雷斯");
  ASSERT_TRUE(guterres);
  EXPECT_TRUE(graph.node(*guterres).aliases.count("安东尼奥·古特雷斯"));
  // Another given name is another person.
  EXPECT_EQ(persons(entities("梅琳达·盖茨和比尔·盖茨出席。")),
            (std::set<std::string>{"梅琳达·盖茨", "比尔·盖茨"}));
}

TEST(PersonAfterATitle, EndsBeforeLeadingADelegation) {
  EXPECT_EQ(persons(entities("巴西外交部副部长马科斯率团出席。")), std::set<std::string>{"马科斯"});
}

TEST(EventName, OfANumberedSessionOfADialogueNamingItsParties) {
  const auto found = entities("第三次中法数字经济对话在巴黎举行。中法数字经济对话机制运行良好。");
  EXPECT_TRUE(has(found, NodeType::Event, "第三次中法数字经济对话")) << ::testing::PrintToString(found);
  // A session naming no parties is no name; the mechanism is no event.
  const auto bare = entities("双方举行第三次高层对话。");
  EXPECT_TRUE(std::none_of(bare.begin(), bare.end(), [](const Entity& e) {
    return e.first == NodeType::Event;
  })) << ::testing::PrintToString(bare);
}

TEST(EventName, StartsAfterACountOfSessions) {
  const auto found = entities("中方先后在上海和北京举办两期数字贸易研讨班。");
  EXPECT_TRUE(has(found, NodeType::Event, "数字贸易研讨班")) << ::testing::PrintToString(found);
}

TEST(Government, NamesTheRulerItIsNamedAfterToo) {
  const auto found = entities("拜登政府于2022年10月出台新规。");
  EXPECT_TRUE(has(found, NodeType::Country, "美国")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, NodeType::Person, "拜登")) << ::testing::PrintToString(found);
}

TEST(DocumentName, ByItsNumberAndATopicBeforeItsKind) {
  const auto found = entities("特朗普撤销了第14110号人工智能行政令。");
  EXPECT_TRUE(has(found, NodeType::Initiative, "第14110号人工智能行政令")) << ::testing::PrintToString(found);
}

TEST(EventName, StartsAfterAYearWord) {
  const auto found = entities("当年七国集团广岛峰会发表公报。");
  EXPECT_TRUE(has(found, NodeType::Event, "七国集团广岛峰会")) << ::testing::PrintToString(found);
}

// A year said by its relation to another (同年, 次年), a verb of the writer's (继, 办好) and a count of
// meetings (两次) are no part of a name; nor a date alone before its kind, which leaves no name.
TEST(EventName, StartsAfterRelativeYearsVerbsAndCounts) {
  const auto same_year = entities("同年海洋数据合作论坛在苏瓦举行。");
  EXPECT_TRUE(has(same_year, NodeType::Event, "海洋数据合作论坛")) << ::testing::PrintToString(same_year);
  const auto after = entities("继2029年大会发表《海洋数据宣言》之后，二要办好2031海洋数据合作论坛。");
  EXPECT_TRUE(has(after, NodeType::Event, "2031海洋数据合作论坛")) << ::testing::PrintToString(after);
  EXPECT_FALSE(has(after, NodeType::Event, "继2029年大会")) << ::testing::PrintToString(after);
  const auto count = entities("日内瓦和突尼斯两次会议留下了什么？");
  EXPECT_FALSE(has(count, NodeType::Event, "突尼斯两次会议")) << ::testing::PrintToString(count);
  const auto date = entities("2029年8月委员会就草案达成一致。");
  EXPECT_TRUE(std::none_of(date.begin(), date.end(), [](const auto& e) {
    return e.first == NodeType::Organization;
  })) << ::testing::PrintToString(date);
}

// Before a quoted name and its kind, only a year, a known name or the parties' contraction belong to the
// name: not a date's month nor a city (2029年6月|“中国+中亚五国”外长会晤, 苏瓦|“海洋数据+”会议).
TEST(EventName, BeforeAQuotedNameOnlyAYearAKnownNameOrParties) {
  const auto dated = entities("2029年6月“中国+中亚五国”外长会晤期间发表了倡议。");
  EXPECT_TRUE(has(dated, NodeType::Event, "中国+中亚五国外长会晤")) << ::testing::PrintToString(dated);
  const auto city = entities("习近平在苏瓦“海洋数据+”会议上发表讲话。");
  EXPECT_TRUE(has(city, NodeType::Event, "海洋数据+会议")) << ::testing::PrintToString(city);
  const auto known = entities("2029年世界互联网大会“海洋之光”博览会开幕。");
  EXPECT_TRUE(has(known, NodeType::Event, "2029年世界互联网大会海洋之光博览会"))
      << ::testing::PrintToString(known);
  const auto parties = entities("第二届中国—东盟“海洋数据”论坛在南宁举行。");
  EXPECT_TRUE(has(parties, NodeType::Event, "第二届中国—东盟海洋数据论坛"))
      << ::testing::PrintToString(parties);
}

TEST(EventName, OfACitysSummitRightAfterItsDateAndOfADebate) {
  const auto found = entities("2024年10月喀山峰会举行。9月下旬第79届联大一般性辩论开幕。");
  EXPECT_TRUE(has(found, NodeType::Event, "喀山峰会")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, NodeType::Event, "第79届联大一般性辩论")) << ::testing::PrintToString(found);
  // Without its date a city's summit is too short a name to trust.
  EXPECT_FALSE(has(entities("喀山峰会很重要。"), NodeType::Event, "喀山峰会"));
}

TEST(EventName, IsNoMeetingWordUsedAsTheVerbMet) {
  // After 在 (the place) or 同 (the other party), 会晤 says who met.
  for (const std::string text : {"2023年11月，两国元首在美国旧金山会晤，同意加强对话。",
                                 "2024年，习近平主席在里约热内卢同斯塔默首相会晤。"}) {
    for (const Entity& entity : entities(text))
      EXPECT_NE(entity.first, NodeType::Event) << text << entity.second;
  }
  // A meeting named by its parties and place is one.
  EXPECT_TRUE(has(entities("中美元首旧金山会晤达成了共识。"), NodeType::Event, "中美元首旧金山会晤"));
}

TEST(EventName, StartsAfterAQuestionWord) {
  const auto found = entities("为什么2005年突尼斯峰会提出设立论坛？请问中方如何评价本届数字峰会？");
  for (const Entity& entity : found) {
    EXPECT_EQ(entity.second.find("什么"), std::string::npos) << entity.second;
    EXPECT_EQ(entity.second.find("评价"), std::string::npos) << entity.second;
  }
}

TEST(PersonInAByline, AfterACreditAndItsSeparator) {
  EXPECT_EQ(persons(entities("责编/董惠敏 美编/王梦雅\n[责任编辑:谢帅]")),
            (std::set<std::string>{"董惠敏", "王梦雅", "谢帅"}));
  EXPECT_EQ(persons(entities("文 | 中国现代国际关系研究院博士研究生 张哲 董倩雯 王晓悦")),
            (std::set<std::string>{"张哲", "董倩雯", "王晓悦"}));
}

TEST(PersonWithDots, TakesTheWholeTransliteratedName) {
  const auto found = persons(
      entities("微软总裁布拉德·史密斯于2017年提出倡议。美国常驻联合国代表琳达·托马斯-格林菲尔德介绍草案。"
               "俄罗斯联邦政府总理米·弗·米舒斯京出席。"));
  EXPECT_TRUE(found.count("布拉德·史密斯")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("琳达·托马斯-格林菲尔德")) << ::testing::PrintToString(found);
  // A person the gazetteer knows keeps its name there (the full form is an alias).
  EXPECT_TRUE(found.count("米舒斯京")) << ::testing::PrintToString(found);
  EXPECT_EQ(found.size(), 3u) << ::testing::PrintToString(found);
  // An invitation's host ends before 邀请.
  const auto invited = persons(entities("应智利总统安娜·罗哈斯邀请，秘鲁外长访问智利。"));
  EXPECT_TRUE(invited.count("安娜·罗哈斯")) << ::testing::PrintToString(invited);
}

TEST(Government, IsItsCountry) {
  const auto found = entities("中国政府与美国新一届政府和拜登政府都未回应。");
  EXPECT_TRUE(has(found, NodeType::Country, "中国"));
  EXPECT_TRUE(has(found, NodeType::Country, "美国"));
  for (const auto& [type, name] : found) EXPECT_NE(type, NodeType::Organization) << name;
}

TEST(EventName, KeepsItsEditionAndDropsTheDate) {
  const auto found = entities("2023年11月，英国主办首届人工智能安全峰会。2024年10月金砖国家喀山峰会举行。");
  EXPECT_TRUE(has(found, NodeType::Event, "首届人工智能安全峰会"));
  EXPECT_TRUE(has(found, NodeType::Event, "金砖国家喀山峰会"));
  EXPECT_FALSE(has(found, NodeType::Event, "2024年10月金砖国家喀山峰会"));
}

TEST(SingleAbbreviation, NamesItsCountryAfterAWordThatTakesOne) {
  EXPECT_TRUE(has(entities("美国再度升级对华芯片出口管制。"), NodeType::Country, "中国"));
  EXPECT_TRUE(has(entities("法国总统马克龙访华期间两国签署协议。"), NodeType::Country, "中国"));
  // Not where the character begins a word or a foreign name.
  EXPECT_FALSE(has(entities("会议在华盛顿举行。"), NodeType::Country, "中国"));
  EXPECT_FALSE(has(entities("首个项目已在德克萨斯州落地。"), NodeType::Country, "德国"));
  EXPECT_FALSE(has(entities("他们在华人社区开展活动。"), NodeType::Country, "中国"));
}

TEST(DocumentName, WithoutTitleMarksFromAboutToItsKind) {
  const auto found = entities(
      "中法两国发表了关于人工智能和全球治理的联合声明。金砖国家领导人关于人工智能全球治理的声明随后发布。");
  EXPECT_TRUE(has(found, NodeType::Initiative, "关于人工智能和全球治理的联合声明"));
  EXPECT_TRUE(has(found, NodeType::Initiative, "金砖国家领导人关于人工智能全球治理的声明"));
  // A description is no name: 首个关于…的决议.
  const auto described = entities("联合国大会通过首个关于致命性自主武器系统的决议。");
  for (const auto& [type, name] : described) EXPECT_NE(type, NodeType::Initiative) << name;
}

TEST(ProgrammeName, HoldsWordsWithAFunctionWordsCharacter) {
  // 同 stops names (中国同巴西…), but not inside 协同.
  EXPECT_TRUE(
      has(entities("推动中欧工业智能协同研发计划落地。"), NodeType::Initiative, "中欧工业智能协同研发计划"));
}

TEST(QuotedPhrase, IsNoNameByAPlainWordAlone) {
  // “常设机制” is a phrase; 做法 ends in 法 but is no law; 人工智能公司 is generic.
  const auto found =
      entities("成果文件明确要建立“常设机制”。美欧“筑墙脱钩”做法受到批评。多家人工智能公司表态。");
  for (const auto& [type, name] : found) {
    EXPECT_TRUE(type != NodeType::Organization && type != NodeType::Initiative) << name;
  }
}

// A year right after a joiner starts the name there: 与|2015年第二届大会.
TEST(EventName, StartsAtAYearAfterAJoiner) {
  const auto found = entities("与2015年第二届海洋数据大会时不同，智利此次派团出席。\n");
  EXPECT_TRUE(has(found, NodeType::Event, "2015年第二届海洋数据大会")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, NodeType::Event, "与2015年第二届海洋数据大会")) << ::testing::PrintToString(found);
}

// English names: a common noun's possessive goes on inside one (not a
// name's), a document's number after its kind is part of it (not a year), a
// person's word of address is not, and none goes across a column's gap.
TEST(EnglishName, PossessivesNumbersAddressAndColumns) {
  const auto congress =
      entities("The Standing Committee of the National People's Congress met in Beijing.\n");
  EXPECT_TRUE(has(congress, NodeType::Organization, "Standing Committee of the National People's Congress"))
      << ::testing::PrintToString(congress);
  const auto possessive = entities("Kenya backed Chile's Coastal Data Initiative.\n");
  EXPECT_TRUE(has(possessive, NodeType::Initiative, "Coastal Data Initiative"))
      << ::testing::PrintToString(possessive);
  const auto order = entities("Kenya welcomed Executive Order 15020 and the Coastal Data Plan 2026.\n");
  EXPECT_TRUE(has(order, NodeType::Initiative, "Executive Order 15020")) << ::testing::PrintToString(order);
  EXPECT_FALSE(has(order, NodeType::Initiative, "Coastal Data Plan 2026")) << ::testing::PrintToString(order);
  const auto address = entities("Dr Mara Lindqvist and Mr Tarn Olsen spoke.\n");
  EXPECT_EQ(persons(address), (std::set<std::string>{"Mara Lindqvist", "Tarn Olsen"}));
  const auto timeline = entities("2019  Coastal Data Principles\n10:15  Panel 1\n");
  EXPECT_TRUE(has(timeline, NodeType::Initiative, "Coastal Data Principles"))
      << ::testing::PrintToString(timeline);
  for (const auto& [type, name] : timeline) {
    EXPECT_EQ(name.find("  "), std::string::npos) << name;
  }
}

TEST(DocumentName, ByItsNumber) {
  const auto found = entities(
      "联大通过第74/247号决议。拜登签署第14110号行政令《安全、可靠和值得信赖地开发和使用人工智能》。");
  EXPECT_TRUE(has(found, NodeType::Initiative, "第74/247号决议"));
  // A number and a title side by side name one document, by its title.
  EXPECT_TRUE(has(found, NodeType::Initiative, "安全、可靠和值得信赖地开发和使用人工智能"));
  EXPECT_FALSE(has(found, NodeType::Initiative, "第14110号行政令"));
}

TEST(EventName, OfAConferenceSeriesEdition) {
  // A conference series' edition is an event; a standing body's session is the body.
  const auto found =
      entities("2015年12月，在第二届世界互联网大会上，习近平主席提出四项原则。第78届联合国大会通过决议。");
  EXPECT_TRUE(has(found, NodeType::Event, "第二届世界互联网大会"));
  EXPECT_TRUE(has(found, NodeType::Organization, "联合国大会"));
}

TEST(EventName, OfAMinistersMeeting) {
  const auto found = entities("2016年4月　七国集团信息通信部长会议在日本高松举行。");
  EXPECT_TRUE(has(found, NodeType::Event, "七国集团信息通信部长会议")) << found.size();
}

TEST(EventName, OfAForumByItsShape) {
  // A forum named by its edition or its parties is an event, as a summit is.
  EXPECT_TRUE(has(entities("第三届全球数据论坛在吉隆坡开幕。"), NodeType::Event, "第三届全球数据论坛"));
  EXPECT_TRUE(has(entities("中拉数字技术合作论坛在圣保罗举行。"), NodeType::Event, "中拉数字技术合作论坛"));
}

TEST(OrganizationName, OfAForumWithAHeadOfItsOwn) {
  // …with a chair or a secretariat of its own it is a body.
  const auto found = entities("亚非“数字桥梁”论坛秘书长拉希德出席。");
  EXPECT_TRUE(has(found, NodeType::Organization, "亚非数字桥梁论坛")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, NodeType::Event, "亚非数字桥梁论坛"));
}

TEST(OrganizationName, StartsAfterTwoKnownNamesJoined) {
  // 中国和|东盟秘书处: the organ is the second name's, not one name of both.
  const auto found = entities("中国和东盟秘书处共同发表声明。");
  EXPECT_TRUE(has(found, NodeType::Organization, "东盟秘书处")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, NodeType::Country, "中国"));
}

TEST(Years, OfARangeBracketedAfterAPlan) {
  const auto found = entities("双方通过了《数字合作行动计划（2026—2030）》。");
  EXPECT_TRUE(has(found, NodeType::Year, "2026")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, NodeType::Year, "2030"));
  // Not any two numbers with a dash: 1000-2000 lies outside the years kg reads.
  EXPECT_FALSE(has(entities("罚款(1000-2000)元。"), NodeType::Year, "2000"));
}

TEST(OrganizationName, OfAKnownBodyNamesItsParentToo) {
  const auto found = entities("中国科学院自动化研究所研究员曾毅出席。");
  EXPECT_TRUE(has(found, NodeType::Organization, "中国科学院自动化研究所"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, NodeType::Organization, "中国科学院"));
}

TEST(PersonAfterATitle, OfMinistersEnvoysAndWritersAbroad) {
  EXPECT_EQ(persons(entities("英国外交发展大臣拉米出席。")), std::set<std::string>{"拉米"});
  EXPECT_EQ(persons(entities("加利福尼亚州州长纽森签署法案。")), std::set<std::string>{"纽森"});
  EXPECT_EQ(persons(entities("美国作家威廉·吉布森提出这一概念。")), std::set<std::string>{"威廉·吉布森"});
}

// A surname of two characters before a title; a name of six transliteration characters; no name opens with
// a joiner (主席和安瓦尔总理) or with how one comes (大使应邀出席); a verb ends a name (部长法米交换了).
TEST(PersonAfterATitle, CompoundSurnamesLongNamesAndWhatEndsThem) {
  EXPECT_EQ(persons(entities("司马文远大使出席研讨会。")), std::set<std::string>{"司马文远"});
  EXPECT_EQ(persons(entities("委员会主席斯波利亚里奇发言。")), std::set<std::string>{"斯波利亚里奇"});
  EXPECT_EQ(persons(entities("习近平主席和安瓦尔总理共同见证。")),
            (std::set<std::string>{"习近平", "安瓦尔"}));
  EXPECT_EQ(persons(entities("张明远大使应邀出席研讨会。")), std::set<std::string>{"张明远"});
  EXPECT_EQ(persons(entities("通讯部部长法米交换了合作文件。")), std::set<std::string>{"法米"});
}

// A joiner before a known name ends the name before it: 大使与|马来西亚通讯部 names the ministry alone.
TEST(OrganizationName, AJoinerBeforeAKnownNameStartsTheName) {
  const auto found = entities("张明远大使与马来西亚通讯部部长法米会见。");
  EXPECT_TRUE(has(found, NodeType::Organization, "马来西亚通讯部")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, NodeType::Organization, "与马来西亚通讯部")) << ::testing::PrintToString(found);
}

// A meeting about a document, named right after its title, is an event: 《…行动计划》宣介会.
TEST(EventName, AMeetingAboutADocument) {
  const auto found = entities("使馆举办《海洋数据行动计划》宣介会。");
  EXPECT_TRUE(has(found, NodeType::Event, "海洋数据行动计划宣介会")) << ::testing::PrintToString(found);
}

// English: a body's or a document's kind may open its name and go on into
// its topic (Ministry of …, Committee on …, Code of Conduct), a list after a
// comma included when "and" closes it; a title of the body, a second name
// after "and", a place or a date are no part of it.
TEST(EnglishNameShapes, AKindGoesOnIntoItsTopic) {
  const auto opening =
      entities("Officials of the Ministry of Coastal Affairs met the Committee of Harbour Pilots.\n");
  EXPECT_TRUE(has(opening, NodeType::Organization, "Ministry of Coastal Affairs"))
      << ::testing::PrintToString(opening);
  EXPECT_TRUE(has(opening, NodeType::Organization, "Committee of Harbour Pilots"))
      << ::testing::PrintToString(opening);
  const auto inside = entities(
      "Kenya welcomed the voluntary Coastal Code of Conduct and the Harbour Centre for Data and Trade.\n");
  EXPECT_TRUE(has(inside, NodeType::Initiative, "Coastal Code of Conduct"))
      << ::testing::PrintToString(inside);
  EXPECT_TRUE(has(inside, NodeType::Organization, "Harbour Centre for Data and Trade"))
      << ::testing::PrintToString(inside);
  // A known name ends before a topic no known name of its goes on into: the European Union on AI.
  const auto adjunct = entities("Chile has worked with the European Union on Data Governance since 2020.\n");
  EXPECT_FALSE(has(adjunct, NodeType::Organization, "European Union on Data Governance"))
      << ::testing::PrintToString(adjunct);
  EXPECT_TRUE(has(adjunct, NodeType::Organization, "欧盟")) << ::testing::PrintToString(adjunct);
  // A kind word after "and" in a field is the field's (Order, Policy), not a second name's.
  const auto field = entities(
      "Convened by the Harbour Institute for Shipping and Maritime Order, with the Centre for Ocean Law and "
      "the Ministry of Fisheries.\n");
  EXPECT_TRUE(has(field, NodeType::Organization, "Harbour Institute for Shipping and Maritime Order"))
      << ::testing::PrintToString(field);
  EXPECT_TRUE(has(field, NodeType::Organization, "Centre for Ocean Law")) << ::testing::PrintToString(field);
  EXPECT_TRUE(has(field, NodeType::Organization, "Ministry of Fisheries")) << ::testing::PrintToString(field);
  // A body of its own after "and" is a second name: University is a body's kind.
  const auto two = entities("Funded by the Harbour Institute for Data Science and Northhaven University.\n");
  EXPECT_FALSE(
      has(two, NodeType::Organization, "Harbour Institute for Data Science and Northhaven University"))
      << ::testing::PrintToString(two);
  const auto list = entities(
      "Ghana signed the Lagoon Convention on Fishing and Data Rights, Coastal Safety and the Rule of Law.\n");
  EXPECT_TRUE(has(list, NodeType::Initiative,
                  "Lagoon Convention on Fishing and Data Rights, Coastal Safety and the Rule of Law"))
      << ::testing::PrintToString(list);
  // A known name after the comma is the next list member, not the topic's.
  const auto members = entities("Under the Lagoon Convention on Fishing, Kenya and Ghana share data.\n");
  EXPECT_TRUE(has(members, NodeType::Initiative, "Lagoon Convention on Fishing"))
      << ::testing::PrintToString(members);
}

TEST(EnglishNameShapes, WhatEndsANameBeforeItsTopicRunsOut) {
  const auto title =
      entities("Amani Odhiambo, Executive Director of the Harbour Office on Data and Trade, spoke.\n");
  EXPECT_TRUE(has(title, NodeType::Organization, "Harbour Office on Data and Trade"))
      << ::testing::PrintToString(title);
  EXPECT_TRUE(has(title, NodeType::Person, "Amani Odhiambo")) << ::testing::PrintToString(title);
  const auto two = entities("The Ministry of Coastal Affairs and the Ministry of Inland Trade agreed.\n");
  EXPECT_TRUE(has(two, NodeType::Organization, "Ministry of Coastal Affairs"))
      << ::testing::PrintToString(two);
  EXPECT_TRUE(has(two, NodeType::Organization, "Ministry of Inland Trade")) << ::testing::PrintToString(two);
  // A kind closing the run after the topic names the thing: the Council of the Coast Convention.
  const auto closing = entities("Peru ratified the Council of the Coast Convention.\n");
  EXPECT_TRUE(has(closing, NodeType::Initiative, "Council of the Coast Convention"))
      << ::testing::PrintToString(closing);
  // Inside a document's topic, a body is the topic's: the Report of the Group of ….
  const auto report = entities(
      "They cited the Report of the Group of Harbour Experts on Safe Data in Ports in the Context of "
      "Trade.\n");
  EXPECT_TRUE(has(report, NodeType::Initiative,
                  "Report of the Group of Harbour Experts on Safe Data in Ports in the Context of Trade"))
      << ::testing::PrintToString(report);
  // A place after "in", a holder's title and name, a date: no part of the name.
  const auto place = entities(
      "The Ministry of Coastal Affairs in Mombasa met the Committee on Fishing Secretary Lena Marsh on 13 "
      "May 2025.\n");
  EXPECT_TRUE(has(place, NodeType::Organization, "Ministry of Coastal Affairs"))
      << ::testing::PrintToString(place);
  EXPECT_TRUE(has(place, NodeType::Organization, "Committee on Fishing")) << ::testing::PrintToString(place);
  const auto date = entities("On 13 May 2025 the Harbour Department announced it.\n");
  EXPECT_TRUE(has(date, NodeType::Organization, "Harbour Department")) << ::testing::PrintToString(date);
}

TEST(EnglishNameShapes, NumbersHyphensAndPossessivesInNames) {
  const auto resolution = entities("The Assembly adopted resolution 81/112 of 3 December 2026.\n");
  EXPECT_TRUE(has(resolution, NodeType::Initiative, "resolution 81/112"))
      << ::testing::PrintToString(resolution);
  const auto leaders = entities("They adopted the Suva Leaders' Declaration on Ocean Data.\n");
  EXPECT_TRUE(has(leaders, NodeType::Initiative, "Suva Leaders' Declaration on Ocean Data"))
      << ::testing::PrintToString(leaders);
  const auto prefix = entities("The Organisation for Harbour Co-operation and Trade met.\n");
  EXPECT_TRUE(has(prefix, NodeType::Organization, "Organisation for Harbour Co-operation and Trade"))
      << ::testing::PrintToString(prefix);
  // A country's "-based", "-led" is no part of the name after it.
  const auto based = entities("The Kenya-based Harbour Data Institute met.\n");
  EXPECT_TRUE(has(based, NodeType::Organization, "Harbour Data Institute"))
      << ::testing::PrintToString(based);
  const auto kinds =
      entities("Peru and Chile proposed a Programme of Action and the Lima Manual on Port Records.\n");
  EXPECT_TRUE(has(kinds, NodeType::Initiative, "Programme of Action")) << ::testing::PrintToString(kinds);
  EXPECT_TRUE(has(kinds, NodeType::Initiative, "Lima Manual on Port Records"))
      << ::testing::PrintToString(kinds);
  // Two bodies joined by the last "and" that opens a name.
  const auto two =
      entities("The Committee on Harbour Trade and Port Safety and the Committee on Fishing met.\n");
  EXPECT_TRUE(has(two, NodeType::Organization, "Committee on Harbour Trade and Port Safety"))
      << ::testing::PrintToString(two);
}

TEST(EnglishNameShapes, PersonsByWhatTheyDo) {
  const auto chaired = entities(
      "The group, chaired by Peru's Lena Marsh Quispe, met. The panel was co-chaired by Amani Odhiambo, a "
      "former minister, and Tomas Berg.\n");
  EXPECT_TRUE(has(chaired, NodeType::Person, "Lena Marsh Quispe")) << ::testing::PrintToString(chaired);
  EXPECT_TRUE(has(chaired, NodeType::Person, "Amani Odhiambo")) << ::testing::PrintToString(chaired);
  EXPECT_TRUE(has(chaired, NodeType::Person, "Tomas Berg")) << ::testing::PrintToString(chaired);
  // A date or a heading in capitals before a title is no person.
  const auto date = entities("At the forum in July 2025, Premier Amani Odhiambo spoke.\n");
  EXPECT_FALSE(has(date, NodeType::Person, "July 2025")) << ::testing::PrintToString(date);
  EXPECT_TRUE(has(date, NodeType::Person, "Amani Odhiambo")) << ::testing::PrintToString(date);
  const auto heading = entities("OPENING STATEMENT OF SENATOR LENA MARSH, CHAIR OF THE SUBCOMMITTEE\n");
  EXPECT_FALSE(has(heading, NodeType::Person, "OF THE SUBCOMMITTEE")) << ::testing::PrintToString(heading);
}

// A name the rules do not know, listed with two or more they know as
// companies (and nothing of another kind), is a company too; a capitalised
// word before a known name is no part of it; one known name proves nothing.
TEST(EnglishNameShapes, UnknownNamesTakeTheKindOfTheirListPeers) {
  const auto companies = entities("Harbourlight, Google, Microsoft and Quillstone Labs signed the pledge.\n");
  EXPECT_TRUE(has(companies, NodeType::Organization, "Harbourlight")) << ::testing::PrintToString(companies);
  EXPECT_TRUE(has(companies, NodeType::Organization, "Quillstone Labs"))
      << ::testing::PrintToString(companies);
  const auto lone = entities("Harbourlight, Google and Quillstone Labs signed the pledge.\n");
  EXPECT_FALSE(has(lone, NodeType::Organization, "Harbourlight")) << ::testing::PrintToString(lone);
  const auto mixed = entities("Harbourlight, Google, Microsoft and Kenya signed the pledge.\n");
  EXPECT_FALSE(has(mixed, NodeType::Organization, "Harbourlight")) << ::testing::PrintToString(mixed);
  const auto opening = entities("Yesterday Google, Microsoft and Quillstone Labs signed the pledge.\n");
  EXPECT_FALSE(has(opening, NodeType::Organization, "Yesterday Google")) << ::testing::PrintToString(opening);
}

// A company's abbreviated legal form keeps its dot and does not end the list.
TEST(EnglishNameShapes, ALegalFormsDotIsPartOfAListedName) {
  const auto found =
      entities("Harbourlight, Google, Quillstone Inc., Microsoft and Vantor signed the pledge.\n");
  EXPECT_TRUE(has(found, NodeType::Organization, "Quillstone Inc.")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, NodeType::Organization, "Vantor")) << ::testing::PrintToString(found);
}

// A name in double quotes is whole: its date and lowercase words are part of it.
TEST(EnglishNameShapes, AQuotedTitleIsOneName) {
  const auto found = entities(
      "The council welcomed the \"Harbour Accord to Counter Deceptive Media in 2026 Elections,\" today.\n");
  EXPECT_TRUE(has(found, NodeType::Initiative, "Harbour Accord to Counter Deceptive Media in 2026 Elections"))
      << ::testing::PrintToString(found);
  // A quoted phrase with no kind word is no name: "safety" for "security".
  const auto words = entities("Britain swapped \"Safety\" for \"Security\" in the name.\n");
  EXPECT_FALSE(has(words, NodeType::Initiative, "Safety")) << ::testing::PrintToString(words);
}

// A name whose kind word carries a possessive ends there, without it.
TEST(EnglishNameShapes, APossessiveKindWordEndsTheName) {
  const auto found = entities("The Harbour Code's signatories met in Lima.\n");
  EXPECT_TRUE(has(found, NodeType::Initiative, "Harbour Code")) << ::testing::PrintToString(found);
}

// A transcript's speaker label names a person in capitals; the person is
// then found where the text writes the name as usual. A heading is no label.
TEST(EnglishNameShapes, ASpeakerLabelNamesAPerson) {
  const std::string transcript =
      "THE POLICY HOUR\n\nMARA QUILLON: Welcome back.\nOSKAR VALDT: Thanks.\nOVERSIGHT OF AI: a hearing.\n"
      "MARA QUILLON: Oskar Valdt attended the AI Seoul Summit.\n";
  const auto found = entities(transcript);
  EXPECT_EQ(persons(found), (std::set<std::string>{"Mara Quillon", "Oskar Valdt"}))
      << ::testing::PrintToString(found);
  const auto facts = testing::facts(transcript);
  EXPECT_TRUE(facts.count("Oskar Valdt PARTICIPATED_IN 人工智能首尔峰会")) << ::testing::PrintToString(facts);
}

// A lowercase summit after a body the rules know or a place's one word is a
// meeting of that name; after a topic's acronym it is none.
TEST(EnglishNameShapes, ASummitNamedInLowercase) {
  const auto body = entities("Ministers met at the OECD summit in Paris.\n");
  EXPECT_TRUE(has(body, NodeType::Event, "OECD summit")) << ::testing::PrintToString(body);
  // (A body whose summit the rules know names that meeting: the BRICS summit.)
  const auto known_body = entities("Leaders met at the BRICS summit in Kazan.\n");
  EXPECT_TRUE(has(known_body, NodeType::Event, "金砖国家领导人会晤")) << ::testing::PrintToString(known_body);
  const auto place = entities("The leaders gathered at NATO's Vilnius summit.\n");
  EXPECT_TRUE(has(place, NodeType::Event, "Vilnius summit")) << ::testing::PrintToString(place);
  // A place a known meeting's English name holds is that meeting: the Seoul summit, the Paris summit.
  const auto known = entities("Kenya attended the Seoul summit and later the Paris summit.\n");
  EXPECT_TRUE(has(known, NodeType::Event, "人工智能首尔峰会")) << ::testing::PrintToString(known);
  EXPECT_TRUE(has(known, NodeType::Event, "人工智能行动峰会")) << ::testing::PrintToString(known);
  EXPECT_FALSE(has(known, NodeType::Event, "Seoul summit")) << ::testing::PrintToString(known);
  const auto topic = entities("Officials prepared for the AI summit.\n");
  EXPECT_FALSE(has(topic, NodeType::Event, "AI summit")) << ::testing::PrintToString(topic);
  // A two-word city after "in" ends a name's topic as one word does.
  const auto city = entities("Ministers attended the Summit of the Future in New York.\n");
  EXPECT_TRUE(has(city, NodeType::Event, "联合国未来峰会")) << ::testing::PrintToString(city);
}

// A document named by its topic in lowercase is an Initiative of that name,
// its topic ending at a date, a place, a clause or punctuation.
TEST(EnglishNameShapes, ADocumentNamedByItsTopicInLowercase) {
  const auto joint =
      entities("Kenya and Chile issued a joint statement on ocean data and digital trade in June 2022.\n");
  EXPECT_TRUE(has(joint, NodeType::Initiative, "joint statement on ocean data and digital trade"))
      << ::testing::PrintToString(joint);
  const auto listed =
      entities("The assembly adopted a resolution on open, fair and inclusive AI, which Peru drafted.\n");
  EXPECT_TRUE(has(listed, NodeType::Initiative, "resolution on open, fair and inclusive AI"))
      << ::testing::PrintToString(listed);
  // A sponsor between the kind and the topic is no part of the name, and stays a name of its own.
  const auto sponsored = entities("Delegates backed a resolution tabled by Ghana on cooperation in AI.\n");
  EXPECT_TRUE(has(sponsored, NodeType::Initiative, "resolution on cooperation in AI"))
      << ::testing::PrintToString(sponsored);
  EXPECT_TRUE(has(sponsored, NodeType::Country, "加纳")) << ::testing::PrintToString(sponsored);
  const auto placed =
      entities("Chile signed a memorandum of understanding on data centres in Lima on Monday.\n");
  EXPECT_TRUE(has(placed, NodeType::Initiative, "memorandum of understanding on data centres"))
      << ::testing::PrintToString(placed);
}

// Legislatures, services and laboratories are bodies; bills,
// directives and measures are documents, a measure's kind opening its name.
TEST(EnglishNameShapes, LegislaturesServicesBillsAndMeasures) {
  const auto bodies = entities(
      "The Federal Senate and the National Diet heard the Coastal Research Service, the "
      "Harbour Standards Institution and the Northern Physics Laboratory.\n");
  for (const char* body : {"Federal Senate", "National Diet", "Coastal Research Service",
                           "Harbour Standards Institution", "Northern Physics Laboratory"})
    EXPECT_TRUE(has(bodies, NodeType::Organization, body)) << body << ::testing::PrintToString(bodies);
  const auto documents = entities(
      "Peru tabled the Coastal Data Bill, Chile drafted the Harbour Security Directive, and Kenya issued the "
      "Measures "
      "for Labelling Synthetic Content.\n");
  for (const char* document :
       {"Coastal Data Bill", "Harbour Security Directive", "Measures for Labelling Synthetic Content"})
    EXPECT_TRUE(has(documents, NodeType::Initiative, document))
        << document << ::testing::PrintToString(documents);
  // (A first name is no bill: Bill Morgan is a person. A treaty's State Party is no body.)
  const auto person = entities("Bill Morgan said the Senate would vote.\n");
  EXPECT_FALSE(has(person, NodeType::Initiative, "Bill Morgan")) << ::testing::PrintToString(person);
  const auto party = entities("Each State Party shall adopt such measures.\n");
  EXPECT_FALSE(has(party, NodeType::Organization, "State Party")) << ::testing::PrintToString(party);
}

TEST(EnglishNameShapes, NoDocumentFromAHypotheticalKindOrAnAdjunct) {
  const auto hypothetical = entities("Several states called for a binding convention on AI.\n");
  EXPECT_EQ(std::count_if(hypothetical.begin(), hypothetical.end(),
                          [](const Entity& e) { return e.first == NodeType::Initiative; }),
            0)
      << ::testing::PrintToString(hypothetical);
  const auto dated = entities("The two sides reached an agreement on Monday.\n");
  EXPECT_EQ(std::count_if(dated.begin(), dated.end(),
                          [](const Entity& e) { return e.first == NodeType::Initiative; }),
            0)
      << ::testing::PrintToString(dated);
  // A capitalised word the rules do not know makes the kind part of a name: the Lisbon declaration on ….
  const auto named = entities("Chile endorsed the Lisbon declaration on ocean data.\n");
  EXPECT_FALSE(has(named, NodeType::Initiative, "declaration on ocean data"))
      << ::testing::PrintToString(named);
}

// In a Chinese list, Latin names between two list commas take the kind of
// their known peers; one known peer proves nothing.
TEST(OrganizationName, LatinNamesInAChineseListOfCompanies) {
  const auto found = entities("亚马逊、Harbourlight、谷歌、微软、Quill Labs、英伟达等企业签署了承诺。\n");
  EXPECT_TRUE(has(found, NodeType::Organization, "Harbourlight")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, NodeType::Organization, "Quill Labs")) << ::testing::PrintToString(found);
  const auto lone = entities("肯尼亚、Harbourlight、谷歌、Quill Labs等签署了承诺。\n");
  EXPECT_FALSE(has(lone, NodeType::Organization, "Harbourlight")) << ::testing::PrintToString(lone);
}

// A body of a parent's officials is named with its parent, not split at the title (部长委员会, 部长理事会).
TEST(OrganizationName, ABodyOfAParentsOfficialsKeepsItsParent) {
  const auto found = entities("欧洲委员会部长委员会和欧盟部长理事会先后通过了《海洋数据公约》。\n");
  EXPECT_TRUE(has(found, NodeType::Organization, "欧洲委员会部长委员会")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, NodeType::Organization, "欧盟部长理事会")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, NodeType::Organization, "长委员会")) << ::testing::PrintToString(found);
  // (A body of its own after its parent is still its own: 教育部|国际传播联合研究院.)
  const auto own = entities("教育部国际传播联合研究院发布了报告。\n");
  EXPECT_TRUE(has(own, NodeType::Organization, "国际传播联合研究院")) << ::testing::PrintToString(own);
}

}  // namespace
}  // namespace kg::extract
