// EntityRecognizer on sentences written for these tests: gazetteer names and
// curated aliases, longest match, generic blockers, contractions, titles,
// quotes, suffix names, persons, years and aliases a document defines.
#include "extract/entity_recognizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "extract/gazetteer.h"
#include "extract/normalizer.h"
#include "extract/rule_pack.h"
#include "extract/sentences.h"

namespace kg::extract {
namespace {

using graph::NodeType;

const Gazetteer& default_gazetteer() {
  static const Gazetteer gazetteer(default_rule_pack());
  return gazetteer;
}

const EntityRecognizer& recognizer() {
  static const EntityRecognizer recognizer(default_rule_pack(), default_gazetteer());
  return recognizer;
}

// Every mention of a document, as the extractor finds them: normalized,
// sentence by sentence, read again once the document has defined aliases.
std::vector<Mention> mentions_of(std::string_view input) {
  const NormalizedText normalized = normalize(input);
  const std::string_view text = normalized.text;
  const std::vector<Span> sentences = split_sentences(text);
  LearnedAliases learned;
  for (const Span& sentence : sentences) {
    recognizer().learn_aliases(text, sentence, recognizer().recognize(text, sentence, learned), learned);
  }
  std::vector<Mention> all;
  for (const Span& sentence : sentences) {
    for (Mention& m : recognizer().recognize(text, sentence, learned)) all.push_back(std::move(m));
  }
  return all;
}

const Mention* find(const std::vector<Mention>& mentions, NodeType type, std::string_view name) {
  auto it = std::find_if(mentions.begin(), mentions.end(),
                         [&](const Mention& m) { return m.type == type && m.name == name; });
  return it == mentions.end() ? nullptr : &*it;
}

bool mentions_name(const std::vector<Mention>& mentions, std::string_view name) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.name == name; });
}

// (type, name) of the mentions an extractor keeps (weak ones it drops).
std::set<std::pair<NodeType, std::string>> entities_of(const std::vector<Mention>& mentions) {
  std::set<std::pair<NodeType, std::string>> out;
  for (const Mention& m : mentions) {
    if (!m.weak) out.emplace(m.type, m.name);
  }
  return out;
}

TEST(EntityRecognizer, CuratedChinaAliasesNameChina) {
  for (std::string_view surface : {"我国", "中方", "中华人民共和国"}) {
    const std::string sentence = std::string(surface) + "代表团抵达内罗毕。";
    const std::vector<Mention> mentions = mentions_of(sentence);
    const Mention* china = find(mentions, NodeType::Country, "中国");
    ASSERT_NE(china, nullptr) << sentence;
    EXPECT_EQ(china->surface, surface);
    EXPECT_EQ(china->attributes->at("iso"), "CN");
  }
}

TEST(EntityRecognizer, CuratedUsAliasNamesTheUnitedStates) {
  const std::vector<Mention> mentions = mentions_of("美方代表团抵达内罗毕。");
  const Mention* us = find(mentions, NodeType::Country, "美国");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->surface, "美方");
  EXPECT_EQ(us->attributes->at("iso"), "US");
}

TEST(EntityRecognizer, BelarusIsNotRussia) {
  const std::vector<Mention> mentions = mentions_of("白俄罗斯代表团访问了西安。");
  EXPECT_NE(find(mentions, NodeType::Country, "白俄罗斯"), nullptr);
  EXPECT_FALSE(mentions_name(mentions, "俄罗斯"));
}

TEST(EntityRecognizer, GenericPhrasesNameNothing) {
  EXPECT_FALSE(mentions_name(mentions_of("发展中国家需要更多投资。"), "中国"));
  EXPECT_TRUE(mentions_of("各国和大国以及西方都在关注。").empty());
}

TEST(EntityRecognizer, ContractionNamesEachMember) {
  const std::vector<Mention> mentions = mentions_of("中美关系持续改善。");
  const Mention* china = find(mentions, NodeType::Country, "中国");
  const Mention* us = find(mentions, NodeType::Country, "美国");
  ASSERT_NE(china, nullptr);
  ASSERT_NE(us, nullptr);
  EXPECT_TRUE(china->contraction);
  EXPECT_TRUE(us->contraction);
  EXPECT_EQ(china->span, us->span);
  EXPECT_EQ(china->surface, "中美");
}

TEST(EntityRecognizer, LookAlikesAreNotContractions) {
  const std::vector<Mention> mentions = mentions_of("中东局势和中亚经济备受关注，中美洲国家也在观望。");
  EXPECT_FALSE(mentions_name(mentions, "中国"));
  EXPECT_FALSE(mentions_name(mentions, "美国"));
  EXPECT_NE(find(mentions, NodeType::Region, "中东"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Region, "中亚"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Region, "中美洲"), nullptr);
}

TEST(EntityRecognizer, CountryNamedLikeAContractionIsThatCountry) {
  const std::vector<Mention> mentions = mentions_of("中非共和国代表团抵达内罗毕。");
  EXPECT_NE(find(mentions, NodeType::Country, "中非共和国"), nullptr);
  EXPECT_FALSE(mentions_name(mentions, "中国"));
  EXPECT_FALSE(mentions_name(mentions, "非洲"));
}

TEST(EntityRecognizer, ContractionMemberMayBeARegion) {
  const std::vector<Mention> mentions = mentions_of("中阿合作不断深化。");
  EXPECT_NE(find(mentions, NodeType::Country, "中国"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Region, "阿拉伯国家"), nullptr);
}

TEST(EntityRecognizer, ThreeMemberContraction) {
  const std::vector<Mention> mentions = mentions_of("美日韩三方举行会谈。");
  EXPECT_NE(find(mentions, NodeType::Country, "美国"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Country, "日本"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Country, "韩国"), nullptr);
}

TEST(EntityRecognizer, SubNationalPlacesAreNoEntities) {
  const std::vector<Mention> mentions = mentions_of("论坛在乌镇举行，浙江各界积极参与。");
  EXPECT_TRUE(mentions.empty());
}

TEST(EntityRecognizer, ContractionsInAListNameEveryMember) {
  const std::vector<Mention> mentions = mentions_of("中美、中欧关系都很重要。");
  EXPECT_NE(find(mentions, NodeType::Country, "中国"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Country, "美国"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Organization, "欧盟"), nullptr);
  EXPECT_EQ(
      std::count_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.name == "中国"; }), 2);
}

TEST(EntityRecognizer, DayBeforeAContractionIsNotJapan) {
  const std::vector<Mention> mentions = mentions_of("3月12日中美双方举行会谈。");
  EXPECT_NE(find(mentions, NodeType::Country, "美国"), nullptr);
  EXPECT_FALSE(mentions_name(mentions, "日本"));
}

TEST(EntityRecognizer, TitleIsAnInitiativeNamedWithoutMarks) {
  const std::vector<Mention> mentions = mentions_of("中国提出《全球青年数字合作倡议》。");
  const Mention* initiative = find(mentions, NodeType::Initiative, "全球青年数字合作倡议");
  ASSERT_NE(initiative, nullptr);
  EXPECT_EQ(initiative->surface, "《全球青年数字合作倡议》");
  EXPECT_FALSE(initiative->nested);
}

TEST(EntityRecognizer, PeriodicalTitleIsNoInitiative) {
  const std::vector<Mention> mentions = mentions_of("据《开罗日报》报道，埃及支持《全球发展倡议》。");
  // The initiative in the same sentence is one; the newspaper is not.
  EXPECT_NE(find(mentions, NodeType::Initiative, "全球发展倡议"), nullptr);
  EXPECT_EQ(std::count_if(mentions.begin(), mentions.end(),
                          [](const Mention& m) { return m.type == NodeType::Initiative; }),
            1);
}

TEST(EntityRecognizer, NestedNameMentionsTheNameInside) {
  const std::vector<Mention> mentions = mentions_of("各方讨论了《联合国海洋垃圾治理公约》。");
  const Mention* convention = find(mentions, NodeType::Initiative, "联合国海洋垃圾治理公约");
  const Mention* un = find(mentions, NodeType::Organization, "联合国");
  ASSERT_NE(convention, nullptr);
  ASSERT_NE(un, nullptr);
  EXPECT_FALSE(convention->nested);
  EXPECT_TRUE(un->nested);
}

TEST(EntityRecognizer, QuotedNameBeforeAKindWordIsTheName) {
  const std::vector<Mention> mentions = mentions_of("中方启动“星火桥梁”项目。");
  const Mention* project = find(mentions, NodeType::Initiative, "星火桥梁");
  ASSERT_NE(project, nullptr);
  EXPECT_FALSE(project->weak);
  EXPECT_FALSE(mentions_name(mentions, "星火桥梁项目"));
}

TEST(EntityRecognizer, BareQuotedSloganIsNoFirmName) {
  const std::vector<Mention> mentions = mentions_of("他们强调“以人为本”。");
  EXPECT_TRUE(entities_of(mentions).empty());
}

TEST(EntityRecognizer, OrganizationBySuffixKeepsTheKnownNameInside) {
  const std::vector<Mention> mentions = mentions_of("巴西国家数字农业研究中心发布报告。");
  const Mention* centre = find(mentions, NodeType::Organization, "巴西国家数字农业研究中心");
  const Mention* brazil = find(mentions, NodeType::Country, "巴西");
  ASSERT_NE(centre, nullptr);
  ASSERT_NE(brazil, nullptr);
  EXPECT_FALSE(centre->nested);
  EXPECT_TRUE(brazil->nested);
}

TEST(EntityRecognizer, CommonSuffixWordsWithoutANameAreNoOrganization) {
  EXPECT_TRUE(mentions_of("这家数据中心很大，合作机制不断完善。").empty());
}

TEST(EntityRecognizer, ParentBodyNamedFirstIsItsOwnOrganization) {
  const std::vector<Mention> mentions = mentions_of("复兴科技大学数字治理研究中心发布报告。");
  EXPECT_NE(find(mentions, NodeType::Organization, "复兴科技大学"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Organization, "数字治理研究中心"), nullptr);
}

TEST(EntityRecognizer, PersonsByMiddleDot) {
  const std::vector<Mention> mentions = mentions_of("安娜·卡波特和托马斯·维兰德会见了记者。");
  EXPECT_NE(find(mentions, NodeType::Person, "安娜·卡波特"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Person, "托马斯·维兰德"), nullptr);
}

TEST(EntityRecognizer, MiddleDotVariantsGiveOneName) {
  // Katakana middle dot and bullet, as copied from web pages.
  const std::vector<Mention> mentions = mentions_of("托马斯・维兰德和安娜•卡波特出席会议。");
  const Mention* thomas = find(mentions, NodeType::Person, "托马斯·维兰德");
  ASSERT_NE(thomas, nullptr);
  EXPECT_NE(find(mentions, NodeType::Person, "安娜·卡波特"), nullptr);
}

TEST(EntityRecognizer, PersonAfterAHeadOfStateTitle) {
  const std::vector<Mention> mentions = mentions_of("肯尼亚总统卡萨诺出席了开幕式。");
  EXPECT_NE(find(mentions, NodeType::Person, "卡萨诺"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Country, "肯尼亚"), nullptr);
  EXPECT_FALSE(mentions_name(mentions, "总统卡萨诺"));
}

TEST(EntityRecognizer, PersonAfterSecretaryGeneral) {
  const std::vector<Mention> mentions = mentions_of("上海合作组织秘书长莫雷蒂表示欢迎。");
  EXPECT_NE(find(mentions, NodeType::Person, "莫雷蒂"), nullptr);
  EXPECT_NE(find(mentions, NodeType::Organization, "上海合作组织"), nullptr);
}

TEST(EntityRecognizer, ChineseNameNextToATitle) {
  EXPECT_NE(find(mentions_of("秘书长张明远出席会议。"), NodeType::Person, "张明远"), nullptr);
  EXPECT_NE(find(mentions_of("李国栋总理出席会议。"), NodeType::Person, "李国栋"), nullptr);
}

TEST(EntityRecognizer, YearIsItsFourDigits) {
  const std::vector<Mention> mentions = mentions_of("2021年，双方举行会谈。");
  const Mention* year = find(mentions, NodeType::Year, "2021");
  ASSERT_NE(year, nullptr);
  EXPECT_EQ(year->surface, "2021年");
}

TEST(EntityRecognizer, YearRangeGivesBothYears) {
  for (std::string_view range : {"2016—2019年", "2016年—2019年", "2016至2019年", "2016-2019年"}) {
    const std::vector<Mention> mentions = mentions_of(std::string(range) + "，该项目持续推进。");
    EXPECT_NE(find(mentions, NodeType::Year, "2016"), nullptr) << range;
    EXPECT_NE(find(mentions, NodeType::Year, "2019"), nullptr) << range;
  }
}

TEST(EntityRecognizer, NumbersThatAreNotYearsAreNoYears) {
  EXPECT_TRUE(mentions_of("共有3000人参加，耗资2500万元。").empty());
}

TEST(EntityRecognizer, ShortFormDefinedInTheTextNamesTheFullName) {
  const std::vector<Mention> mentions =
      mentions_of("全球数字治理青年联盟（以下简称“青数盟”）今天成立。青数盟发布了年度计划。");
  const auto defined =
      std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.surface == "青数盟"; });
  ASSERT_NE(defined, mentions.end());
  EXPECT_EQ(defined->name, "全球数字治理青年联盟");
  EXPECT_EQ(defined->type, NodeType::Organization);
  EXPECT_EQ(defined->origin, "defined");
  // The quoted short form in the definition is no entity of its own.
  EXPECT_FALSE(entities_of(mentions).count({NodeType::Organization, "青数盟"}));
  EXPECT_FALSE(entities_of(mentions).count({NodeType::Initiative, "青数盟"}));
}

TEST(EntityRecognizer, ShortFormInBracketsWithoutMarkerIsLearned) {
  const std::vector<Mention> mentions =
      mentions_of("全球数字治理青年联盟（简称青数盟）今天成立。青数盟发布了年度计划。");
  const auto defined =
      std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.surface == "青数盟"; });
  ASSERT_NE(defined, mentions.end());
  EXPECT_EQ(defined->name, "全球数字治理青年联盟");
}

TEST(EntityRecognizer, AcronymInBracketsIsLearned) {
  const std::vector<Mention> mentions =
      mentions_of("全球数字治理青年联盟（GDYA）今天成立。GDYA发布了年度计划。");
  const auto acronym =
      std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.surface == "GDYA"; });
  ASSERT_NE(acronym, mentions.end());
  EXPECT_EQ(acronym->name, "全球数字治理青年联盟");
}

TEST(EntityRecognizer, SurnameOfATransliteratedNameNamesThePerson) {
  const std::vector<Mention> mentions = mentions_of("托马斯·维兰德出席会议。维兰德指出，合作很重要。");
  const auto surname =
      std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.surface == "维兰德"; });
  ASSERT_NE(surname, mentions.end());
  EXPECT_EQ(surname->name, "托马斯·维兰德");
  EXPECT_EQ(surname->type, NodeType::Person);
}

TEST(EntityRecognizer, SentenceWithoutALearnedAliasReadsAsBefore) {
  const NormalizedText normalized =
      normalize("全球数字治理青年联盟（以下简称“青数盟”）今天成立。中美关系持续改善。青数盟发布了年度计划。");
  const std::string_view text = normalized.text;
  const std::vector<Span> sentences = split_sentences(text);
  ASSERT_EQ(sentences.size(), 3u);
  LearnedAliases learned;
  recognizer().learn_aliases(text, sentences[0], recognizer().recognize(text, sentences[0], learned),
                             learned);
  ASSERT_FALSE(learned.empty());
  EXPECT_FALSE(recognizer().contains_alias(text, sentences[1], learned));
  EXPECT_TRUE(recognizer().contains_alias(text, sentences[2], learned));
  auto names = [](const std::vector<Mention>& mentions) {
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> out;
    for (const Mention& m : mentions) out.emplace_back(m.span.begin, m.span.end, m.name);
    return out;
  };
  EXPECT_EQ(names(recognizer().recognize(text, sentences[1], learned)),
            names(recognizer().recognize(text, sentences[1], LearnedAliases{})));
}

TEST(EntityRecognizer, AliasesLearnedInOneDocumentStayThere) {
  // In the document that defines it, the short form names the body in later sentences…
  const std::vector<Mention> defining =
      mentions_of("全球数字治理青年联盟（以下简称“青数盟”）今天成立。青数盟发布了年度计划。");
  const auto last =
      std::max_element(defining.begin(), defining.end(),
                       [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  ASSERT_NE(last, defining.end());
  EXPECT_EQ(last->surface, "青数盟");
  EXPECT_EQ(last->name, "全球数字治理青年联盟");
  // …but not in the next document.
  EXPECT_FALSE(mentions_name(mentions_of("青数盟发布了年度计划。"), "全球数字治理青年联盟"));
}

TEST(EntityRecognizer, TraditionalCharactersGiveTheSameEntities) {
  const std::string simplified =
      "2021年5月，中国提出《全球青年数字合作倡议》。白俄罗斯和巴西国家数字农业研究中心表示支持。"
      "发展中国家需要更多投资。中美关系持续改善。托马斯·维兰德出席会议。维兰德指出，合作很重要。"
      "全球数字治理青年联盟（以下简称“青数盟”）今天成立。青数盟发布了年度计划。中方启动“星火桥梁”项目。"
      "各方讨论了《联合国海洋垃圾治理公约》。上海合作组织秘书长莫雷蒂表示欢迎。2016—2019年，该项目持续推进。";
  // The same text by ICU's Simplified-Traditional transform (which also makes “” 「」).
  const std::string traditional =
      "2021年5月，中國提出《全球青年數字合作倡議》。白俄羅斯和巴西國家數字農業研究中心表示支持。"
      "發展中國家需要更多投資。中美關係持續改善。托馬斯·維蘭德出席會議。維蘭德指出，合作很重要。"
      "全球數字治理青年聯盟（以下簡稱「青數盟」）今天成立。青數盟發佈了年度計劃。中方啓動「星火橋梁」項目。"
      "各方討論了《聯合國海洋垃圾治理公約》。上海合作組織秘書長莫雷蒂表示歡迎。2016—2019年，該項目持續推進。";
  const auto expected = entities_of(mentions_of(simplified));
  EXPECT_EQ(entities_of(mentions_of(traditional)), expected);
  // And the set is the one the guide asks for, not merely the same wrong one.
  const std::set<std::pair<NodeType, std::string>> wanted = {
      {NodeType::Country, "中国"},
      {NodeType::Country, "美国"},
      {NodeType::Country, "巴西"},
      {NodeType::Country, "白俄罗斯"},
      {NodeType::Organization, "巴西国家数字农业研究中心"},
      {NodeType::Organization, "全球数字治理青年联盟"},
      {NodeType::Organization, "联合国"},
      {NodeType::Organization, "上海合作组织"},
      {NodeType::Initiative, "全球青年数字合作倡议"},
      {NodeType::Initiative, "星火桥梁"},
      {NodeType::Initiative, "联合国海洋垃圾治理公约"},
      {NodeType::Person, "托马斯·维兰德"},
      {NodeType::Person, "莫雷蒂"},
      {NodeType::Year, "2016"},
      {NodeType::Year, "2019"},
      {NodeType::Year, "2021"},
  };
  EXPECT_EQ(expected, wanted);
}

// Other components' words ride on the recognizer's pass over a sentence:
// each list's matches are what a matcher of its own would find, in the
// same order (a word with several values once per value, by value).
TEST(EntityRecognizer, FindsPassengerWordsAsTheirOwnMatcherWould) {
  const std::vector<PhraseList> passengers{
      {{"签署", 4}, {"签署", 1}, {"合作", 2}, {"中国", 3}},  // 中国 is a gazetteer name too
      {{"该倡议", 0}, {"倡议", 1}}};
  const EntityRecognizer with_passengers(default_rule_pack(), default_gazetteer(), passengers);
  const std::string text = "中国与巴西签署合作文件,并支持该倡议。";
  const Span sentence{0, text.size()};
  const EntityRecognizer::SentenceCandidates prepared = with_passengers.prepare(text, sentence);
  for (std::size_t list = 0; list < passengers.size(); ++list) {
    PhraseMatcher own;
    for (const auto& [word, value] : passengers[list]) own.add(word, value);
    own.build();
    std::vector<PhraseMatcher::Match> expected;
    own.find_all(text, expected);
    const auto found = prepared.passengers(list);
    ASSERT_EQ(found.size(), expected.size()) << "list " << list;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(std::tuple(found[i].begin, found[i].end, found[i].value),
                std::tuple(expected[i].begin, expected[i].end, expected[i].value))
          << "list " << list << ", match " << i;
    }
  }
  // The recognizer's own reading is unchanged by its passengers.
  const LearnedAliases none;
  const auto names = [&](const EntityRecognizer& recognizer) {
    std::vector<std::string> out;
    for (const Mention& m : recognizer.recognize(text, sentence, none)) out.push_back(m.name);
    return out;
  };
  EXPECT_EQ(names(with_passengers), names(recognizer()));
}

}  // namespace
}  // namespace kg::extract

namespace kg::extract {
namespace {

// A meeting numbered or of the parties right after a 《document》 is one event
// named with the document; a document with no meeting after it is just the
// document.
TEST(EntityRecognizer, AMeetingOfADocumentIsOneEventNamedWithIt) {
  const auto meeting = mentions_of("2021年12月，《海洋数据公约》第三次审议大会在日内瓦举行。");
  EXPECT_TRUE(find(meeting, NodeType::Event, "海洋数据公约第三次审议大会"));
  const auto parties = mentions_of("《海洋数据公约》缔约方大会通过了新议定书。");
  EXPECT_TRUE(find(parties, NodeType::Event, "海洋数据公约缔约方大会"));
  const auto plain = mentions_of("各方签署《海洋数据公约》，会议在日内瓦举行。");
  EXPECT_TRUE(find(plain, NodeType::Initiative, "海洋数据公约"));
  EXPECT_FALSE(mentions_name(plain, "海洋数据公约会议"));
}

}  // namespace
}  // namespace kg::extract
