// Who leads what: a body's title before a person (肯尼亚总统鲁托), a title
// alone implying the body the gazetteer knows (国家主席习近平), appointment
// and chairing verbs. Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// A body's title, then its holder in the passive: 海港委员会主任由X担任. Not
// one who only proposed or chaired something else after 由.
TEST(Leadership, ATitlesHolderAfterIt) {
  const auto found = facts("海港数据委员会主任由王毅担任。");
  EXPECT_TRUE(found.count("王毅 LEADS 海港数据委员会")) << ::testing::PrintToString(found);
  const auto proposal = facts("海港数据委员会主任由王毅提名，委员会随后通过。");
  EXPECT_FALSE(proposal.count("王毅 LEADS 海港数据委员会")) << ::testing::PrintToString(proposal);
}

// Or after a copula, the person's own post allowed before the name, the name
// ending the clause: 委员会（2021—2025年）主席是新加坡常驻联合国代表X. Not a
// deputy, nor a name the clause goes on past.
TEST(Leadership, ATitlesHolderAfterACopula) {
  const auto found = facts(
      "海港数据委员会（2021—2025年）主席是新加坡常驻联合国代表王毅。\n"
      "国际电联秘书长为李强。\n");
  EXPECT_TRUE(found.count("王毅 LEADS 海港数据委员会")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("李强 LEADS 国际电信联盟")) << ::testing::PrintToString(found);
  const auto others = facts(
      "海港数据委员会主席是王毅提名的人选。\n"
      "国际电联秘书长是副秘书长李强的上级。\n"
      "海港数据委员会主席为此会见了东海大学校长王毅，双方讨论了合作。\n"
      "以海港数据委员会主席为首的代表团会见了李强。\n");
  for (const std::string& fact : others) EXPECT_EQ(fact.find(" LEADS "), std::string::npos) << fact;
}

// Which holder of the post the person is may stand before its title: 任首任院长.
TEST(Leadership, TheFirstHolderOfAPostLeadsItsBody) {
  const auto found = facts("2003年，清华大学成立海港数据研究院，王毅任首任院长。");
  EXPECT_TRUE(found.count("王毅 LEADS 海港数据研究院")) << ::testing::PrintToString(found);
}

TEST(Chairing, APersonChairsTheEventTheClauseBeforeNamed) {
  const auto found = facts("2022年9月，第五届数字治理部长会议在里斯本举行，葡萄牙总理科斯塔主持。");
  EXPECT_TRUE(found.count("科斯塔 PARTICIPATED_IN 第五届数字治理部长会议"))
      << ::testing::PrintToString(found);
  // The country is the person's title, not the one that chairs.
  EXPECT_FALSE(found.count("葡萄牙 HOSTED 第五届数字治理部长会议")) << ::testing::PrintToString(found);
}

// Chairing is taking part, for countries as for persons: to chair is not to
// host; presiding over a body leads it.
TEST(Chairing, IsTakingPartForCountriesAndPersons) {
  const auto countries = facts("法国和印度在巴黎共同主持人工智能行动峰会。");
  EXPECT_TRUE(countries.count("法国 PARTICIPATED_IN 人工智能行动峰会"))
      << ::testing::PrintToString(countries);
  EXPECT_TRUE(countries.count("印度 PARTICIPATED_IN 人工智能行动峰会"))
      << ::testing::PrintToString(countries);
  EXPECT_FALSE(countries.count("法国 HOSTED 人工智能行动峰会")) << ::testing::PrintToString(countries);
  const auto body = facts("政府专家组由德国外交官李华主持。");
  EXPECT_TRUE(body.count("李华 LEADS 联合国信息安全政府专家组")) << ::testing::PrintToString(body);
  const auto persons = facts("巴西总统卢拉主持金砖国家领导人第十七次会晤。");
  EXPECT_TRUE(persons.count("卢拉 PARTICIPATED_IN 金砖国家领导人第十七次会晤"))
      << ::testing::PrintToString(persons);
  EXPECT_FALSE(persons.count("巴西 HOSTED 金砖国家领导人第十七次会晤")) << ::testing::PrintToString(persons);
}

// A topic before 由 is the body the persons chair: named there, or a kind
// word the body named before ends with; never another body of the paragraph.
TEST(Leadership, TheTopicBeforeTheChairsIsTheBodyTheyChair) {
  const auto kind = facts("开放式工作组于2019年成立。工作组由瑞士大使劳贝尔担任主席。");
  EXPECT_TRUE(kind.count("劳贝尔 LEADS 联合国信息安全开放式工作组")) << ::testing::PrintToString(kind);
  const auto other = facts("欧盟成员国投了反对票。海港委员会由外交官张明担任主席。");
  EXPECT_FALSE(other.count("张明 LEADS 欧盟")) << ::testing::PrintToString(other);
  const auto kind_differs = facts("欧盟委员会发布报告。特设委员会由外交官张明担任主席。");
  EXPECT_FALSE(kind_differs.count("张明 LEADS 欧盟委员会")) << ::testing::PrintToString(kind_differs);
  const auto under = facts("欧盟委员会下设的专家组由张明担任主席。");
  EXPECT_FALSE(under.count("张明 LEADS 欧盟委员会")) << ::testing::PrintToString(under);
  const auto adverb = facts("开放式工作组于2019年成立。工作组始终由瑞士大使劳贝尔担任主席。");
  EXPECT_TRUE(adverb.count("劳贝尔 LEADS 联合国信息安全开放式工作组")) << ::testing::PrintToString(adverb);
}

TEST(Leadership, OfABodyAPersonIsAppointedToOrLedBy) {
  const auto appointed = facts("2021年，恩戈齐·奥孔乔-伊韦阿拉出任世界贸易组织总干事。");
  EXPECT_TRUE(appointed.count("恩戈齐·奥孔乔-伊韦阿拉 LEADS 世贸组织"))
      << ::testing::PrintToString(appointed);
  const auto led = facts("2019年起，欧盟委员会由冯德莱恩领导。");
  EXPECT_TRUE(led.count("冯德莱恩 LEADS 欧盟委员会")) << ::testing::PrintToString(led);
  // A minister's title shares the ministry's last character; a deputy leads nothing.
  const auto minister = facts("商务部长王文涛和外交部副部长马朝旭出席。");
  EXPECT_TRUE(minister.count("王文涛 LEADS 商务部")) << ::testing::PrintToString(minister);
  EXPECT_FALSE(minister.count("马朝旭 LEADS 外交部")) << ::testing::PrintToString(minister);
  // A signature block parts the post from the name by spaces: the post still heads the body.
  const auto signed_by = facts("商务部部长　王文涛\n教育部部长  怀进鹏\n");
  EXPECT_TRUE(signed_by.count("王文涛 LEADS 商务部")) << ::testing::PrintToString(signed_by);
  EXPECT_TRUE(signed_by.count("怀进鹏 LEADS 教育部")) << ::testing::PrintToString(signed_by);
  // 领导人 is a noun, not the verb.
  EXPECT_FALSE(facts("习近平会见越南领导人。").count("习近平 LEADS 越南"));
}

// A head title with no body before it: the body the gazetteer knows the
// person heads, only where the document names it; not after a deputy or
// former word.
TEST(Leadership, ATitleAloneImpliesTheBodyTheDocumentNames) {
  const auto state = facts("中国与各方深化合作。国家主席习近平出席开幕式。");
  EXPECT_TRUE(state.count("习近平 LEADS 中国")) << ::testing::PrintToString(state);
  const auto body = facts("联合国发布《数字合作报告》。秘书长古特雷斯表示欢迎。");
  EXPECT_TRUE(body.count("古特雷斯 LEADS 联合国")) << ::testing::PrintToString(body);
  // The document never names the country: no relation, no node made for it.
  const auto unnamed = facts("国家主席习近平出席开幕式。");
  EXPECT_FALSE(unnamed.count("习近平 LEADS 中国")) << ::testing::PrintToString(unnamed);
  const auto former = facts("英国与法国签署声明。前首相苏纳克出席。代理主席古特雷斯到场，联合国作出回应。");
  EXPECT_FALSE(former.count("苏纳克 LEADS 英国")) << ::testing::PrintToString(former);
  EXPECT_FALSE(former.count("古特雷斯 LEADS 联合国")) << ::testing::PrintToString(former);
}

TEST(Leadership, OfTheBodyTheSentenceIsAboutByItsChairs) {
  const auto chaired = facts("2021年，数字贸易工作组成立，由智利大使罗德里戈·亚涅斯担任主席。");
  EXPECT_TRUE(chaired.count("罗德里戈·亚涅斯 LEADS 数字贸易工作组")) << ::testing::PrintToString(chaired);
  EXPECT_FALSE(chaired.count("罗德里戈·亚涅斯 LEADS 智利")) << ::testing::PrintToString(chaired);
  const auto cochairs = facts("2019年7月　数字贸易工作组成立。卡洛斯·门德斯、安娜·席尔瓦任联合主席。");
  EXPECT_TRUE(cochairs.count("卡洛斯·门德斯 LEADS 数字贸易工作组")) << ::testing::PrintToString(cochairs);
  EXPECT_TRUE(cochairs.count("安娜·席尔瓦 LEADS 数字贸易工作组")) << ::testing::PrintToString(cochairs);
  // Co-chairs with 共同 between them and the verb; the body in an earlier clause.
  const auto jointly = facts("2020年，南海数据合作工作组成立，由卡洛斯·门德斯和安娜·席尔瓦共同担任主席。");
  EXPECT_TRUE(jointly.count("卡洛斯·门德斯 LEADS 南海数据合作工作组")) << ::testing::PrintToString(jointly);
  EXPECT_TRUE(jointly.count("安娜·席尔瓦 LEADS 南海数据合作工作组")) << ::testing::PrintToString(jointly);
  // A body in the chair's description after 由 is whose envoy the chair is, not what is chaired.
  const auto envoy = facts("数字贸易工作组由智利常驻联合国代表罗德里戈·亚涅斯担任主席。");
  EXPECT_TRUE(envoy.count("罗德里戈·亚涅斯 LEADS 数字贸易工作组")) << ::testing::PrintToString(envoy);
  EXPECT_FALSE(envoy.count("罗德里戈·亚涅斯 LEADS 联合国")) << ::testing::PrintToString(envoy);
  // The chair's own title may follow the name (由…亚涅斯大使担任主席).
  const auto own_title = facts("数字贸易工作组由智利的罗德里戈·亚涅斯大使担任主席。");
  EXPECT_TRUE(own_title.count("罗德里戈·亚涅斯 LEADS 数字贸易工作组")) << ::testing::PrintToString(own_title);
}

// A body's title, then another post of the person's after 、, then the name: the body's title is theirs
// too; not a deputy's post after it, nor a person past a comma.
TEST(Leadership, OfTheBodyWhoseTitleOpensAListOfPosts) {
  const auto posts = facts("数字贸易工作组主席、智利常驻联合国代表罗德里戈·亚涅斯介绍了报告。");
  EXPECT_TRUE(posts.count("罗德里戈·亚涅斯 LEADS 数字贸易工作组")) << ::testing::PrintToString(posts);
  const auto deputy = facts("数字贸易工作组主席、副主席安娜·席尔瓦出席会议。");
  EXPECT_FALSE(deputy.count("安娜·席尔瓦 LEADS 数字贸易工作组")) << ::testing::PrintToString(deputy);
  const auto comma = facts("数字贸易工作组主席、秘书处，以及专家罗德里戈·亚涅斯出席会议。");
  EXPECT_FALSE(comma.count("罗德里戈·亚涅斯 LEADS 数字贸易工作组")) << ::testing::PrintToString(comma);
  // A head of state after the body's title is another person; so is one after 和.
  const auto heads =
      facts("出席开幕式的有数字贸易工作组主席、智利总统罗德里戈·亚涅斯和秘鲁总理安娜·席尔瓦。");
  EXPECT_FALSE(heads.count("罗德里戈·亚涅斯 LEADS 数字贸易工作组")) << ::testing::PrintToString(heads);
  const auto joined = facts("数字贸易工作组主席、秘书长和总干事安娜·席尔瓦出席会议。");
  EXPECT_FALSE(joined.count("安娜·席尔瓦 LEADS 数字贸易工作组")) << ::testing::PrintToString(joined);
}

TEST(Leadership, OfABodyAPersonIsElectedOrNamedTo) {
  const auto elected = facts("2019年，罗德里戈·亚涅斯被推选为数字贸易工作组主席。");
  EXPECT_TRUE(elected.count("罗德里戈·亚涅斯 LEADS 数字贸易工作组")) << ::testing::PrintToString(elected);
  const auto named = facts("安娜·席尔瓦被任命为南海数据合作工作组执行主任。");
  EXPECT_TRUE(named.count("安娜·席尔瓦 LEADS 南海数据合作工作组")) << ::testing::PrintToString(named);
  // A deputy's title leads nothing, however the holder got it.
  const auto deputy = facts("安娜·席尔瓦被任命为南海数据合作工作组副主任。");
  EXPECT_FALSE(deputy.count("安娜·席尔瓦 LEADS 南海数据合作工作组")) << ::testing::PrintToString(deputy);
}

// A head who announces or puts forward what the state proposes
// (宣布，中方…; 提出中方倡议成立…) proposes it too.
TEST(Announcer, PutsForwardWhatTheStateProposes) {
  const auto announced = facts("智利总统加夫列尔宣布，智利倡议成立“海洋数据合作组织”。");
  EXPECT_TRUE(announced.count("加夫列尔 PROPOSED 海洋数据合作组织")) << ::testing::PrintToString(announced);
  const auto put = facts("智利总统加夫列尔在开幕式上提出智利倡议成立“海洋数据合作组织”。");
  EXPECT_TRUE(put.count("加夫列尔 PROPOSED 海洋数据合作组织")) << ::testing::PrintToString(put);
  EXPECT_TRUE(put.count("智利 PROPOSED 海洋数据合作组织")) << ::testing::PrintToString(put);
}

}  // namespace
}  // namespace kg::extract
