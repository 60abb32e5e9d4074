// Who acts when a list is named with more than its members: partners after a
// joint marker (会同), a clause that only counts the list, a country
// qualifying a member (中国的智谱AI). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::entities;
using testing::facts;

// The partners after 会同 act with the subject, with no word of acting together.
TEST(PartnersActingAlong, AfterAJointMarker) {
  const auto found = facts("2024年5月，教育部会同科技部、公安部公布《校园数据安全办法》。\n");
  for (const char* issuer : {"教育部", "科技部", "公安部"}) {
    EXPECT_TRUE(found.count(std::string(issuer) + " ISSUED 校园数据安全办法 @2024"))
        << issuer << ::testing::PrintToString(found);
  }
}

// A counted group of others before the partners a 与 governs leaves the
// subject before 与 the actor (中方与另外27国及欧盟共同签署).
TEST(PartnersActingAlong, AfterACountedGroupOfOthers) {
  for (const char* text :
       {"2024年，智利与另外12国及欧盟共同签署《海洋数据宣言》。\n",
        "在首届海洋数据峰会上，智利曾与其他十二个国家和欧盟共同签署《海洋数据宣言》。\n"}) {
    const auto found = facts(text);
    EXPECT_TRUE(found.count("智利 SIGNED 海洋数据宣言")) << text << ::testing::PrintToString(found);
    EXPECT_TRUE(found.count("欧盟 SIGNED 海洋数据宣言")) << text << ::testing::PrintToString(found);
  }
}

// A role noun after the document's possessive (是《X》的发起方) names its
// party, a few qualifying characters between or not.
TEST(ListSubjects, APartyIsTheDocumentsRoleNoun) {
  const auto found = facts("智利是《海洋数据倡议》的发起方，秘鲁是《海洋数据宣言》最早的签署方之一。");
  EXPECT_TRUE(found.count("智利 PROPOSED 海洋数据倡议")) << ::testing::PrintToString(found);
  const auto qualified = facts("秘鲁是《海洋数据宣言》的首批签署方。");
  EXPECT_TRUE(qualified.count("秘鲁 SIGNED 海洋数据宣言")) << ::testing::PrintToString(qualified);
}

// Members listed in brackets right after a body's name, nothing else in
// them, are its members; one name alone (an alias, a gloss) or a bracket with
// other words is no list of members.
// A list goes on past a comma and 以及: …肯尼亚，以及欧盟和非洲联盟.
TEST(ListSubjects, ALastPartAfterACommaAndYiji) {
  const auto found = facts("巴黎峰会发表了《海港宣言》。签署方包括秘鲁、智利、肯尼亚，以及欧盟和非洲联盟。");
  for (const char* party : {"秘鲁", "肯尼亚", "欧盟", "非盟"})
    EXPECT_TRUE(found.count(std::string(party) + " SIGNED 海港宣言"))
        << party << ::testing::PrintToString(found);
}

TEST(ListSubjects, MembersInBracketsAfterTheBody) {
  const auto zh = facts("太平洋数据联盟（智利、秘鲁和厄瓜多尔）发布声明。\n");
  for (const char* member : {"智利", "秘鲁", "厄瓜多尔"}) {
    EXPECT_TRUE(zh.count(std::string(member) + " MEMBER_OF 太平洋数据联盟"))
        << member << ::testing::PrintToString(zh);
  }
  const auto en = facts("The Pacific Data Alliance (Chile, Peru and Ecuador) issued a statement.\n");
  EXPECT_TRUE(en.count("智利 MEMBER_OF Pacific Data Alliance")) << ::testing::PrintToString(en);
  EXPECT_TRUE(en.count("厄瓜多尔 MEMBER_OF Pacific Data Alliance")) << ::testing::PrintToString(en);
  const auto other = facts("太平洋数据联盟（由智利、秘鲁倡议）发布声明。太平洋数据联盟（智利）成立。\n");
  EXPECT_FALSE(other.count("智利 MEMBER_OF 太平洋数据联盟")) << ::testing::PrintToString(other);
}

// A clause that only counts the list before it leaves the list the subject;
// a country before 的 qualifies a member of the list, and is none.
TEST(ListSubjects, ACountingClauseAndACountryQualifyingAMember) {
  const auto found = facts("亚马逊、微软以及法国的Mistral AI，共3家企业签署了《海洋数据承诺》。\n");
  for (const char* signer : {"亚马逊", "微软", "Mistral AI"}) {
    EXPECT_TRUE(found.count(std::string(signer) + " SIGNED 海洋数据承诺"))
        << signer << ::testing::PrintToString(found);
  }
  EXPECT_FALSE(found.count("法国 SIGNED 海洋数据承诺")) << ::testing::PrintToString(found);
}

// Co-sponsors (联署, 共提) co-sign the resolution just named and take part in it (guide: 联署 is
// PARTICIPATED_IN).
TEST(ListSubjects, CoSponsorsOfTheResolutionJustNamed) {
  const auto found =
      facts("2024年7月，联大通过《海洋数据能力建设决议》，美国、智利等140多个国家参加联署。\n");
  for (const char* sponsor : {"美国", "智利"}) {
    EXPECT_TRUE(found.count(std::string(sponsor) + " PARTICIPATED_IN 海洋数据能力建设决议"))
        << sponsor << ::testing::PrintToString(found);
    EXPECT_TRUE(found.count(std::string(sponsor) + " SIGNED 海洋数据能力建设决议"))
        << sponsor << ::testing::PrintToString(found);
  }
}

// A passive's agents summed up by a reference after them (两国, 双方) are still its agents: the reference
// stands for the names, not between them and 由.
TEST(ListSubjects, APassivesAgentsSummedUpByAReference) {
  const auto contracted = facts("第二届海洋数据合作论坛由韩英两国共同主办。\n");
  EXPECT_TRUE(contracted.count("韩国 HOSTED 第二届海洋数据合作论坛")) << ::testing::PrintToString(contracted);
  EXPECT_TRUE(contracted.count("英国 HOSTED 第二届海洋数据合作论坛")) << ::testing::PrintToString(contracted);
  const auto listed = facts("《海洋数据安全倡议》由巴西、南非两国政府共同提出。\n");
  EXPECT_TRUE(listed.count("巴西 PROPOSED 海洋数据安全倡议")) << ::testing::PrintToString(listed);
  EXPECT_TRUE(listed.count("南非 PROPOSED 海洋数据安全倡议")) << ::testing::PrintToString(listed);
  // (A reference after a name that is not one of those it stands for sums up nothing: the earlier pair.)
  const auto other = facts("中国和巴西举行会谈。第二届海洋数据合作论坛由南非双方共同主办。\n");
  EXPECT_FALSE(other.count("南非 HOSTED 第二届海洋数据合作论坛")) << ::testing::PrintToString(other);
}

// A counted group acts, and the clause after names some of its members: they acted too, whether an opener
// leads the names (其中包括) or a word after them counts them in (在列, 也在其中). Not a clause that says
// more of them, nor the kind a closer heads.
TEST(ListSubjects, MembersOfACountedGroupNamedAfterItsAct) {
  const auto opened = facts("2024年共有40个国家签署《海洋数据安全倡议》，其中包括巴西、南非等国。\n");
  EXPECT_TRUE(opened.count("巴西 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(opened);
  EXPECT_TRUE(opened.count("南非 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(opened);
  const auto counted = facts("《海洋数据安全倡议》共有40多个会员国参与联署，智利也在其中。\n");
  EXPECT_TRUE(counted.count("智利 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(counted);
  const auto with_named = facts("与会20国和欧盟签署《海洋数据安全倡议》，秘鲁在列。\n");
  EXPECT_TRUE(with_named.count("秘鲁 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(with_named);
  EXPECT_TRUE(with_named.count("欧盟 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(with_named);
  const auto companies = facts("12家企业签署《海洋数据安全承诺》，其中包括美国的OpenAI和谷歌。\n");
  EXPECT_TRUE(companies.count("OpenAI SIGNED 海洋数据安全承诺")) << ::testing::PrintToString(companies);
  EXPECT_FALSE(companies.count("美国 SIGNED 海洋数据安全承诺")) << ::testing::PrintToString(companies);
  const auto kind = facts("40个国家签署《海洋数据安全倡议》，其中包括巴西和南非等金砖国家。\n");
  EXPECT_TRUE(kind.count("巴西 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(kind);
  EXPECT_FALSE(kind.count("金砖国家 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(kind);
  const auto more = facts("40个国家签署《海洋数据安全倡议》，其中巴西和南非提出了保留意见。\n");
  EXPECT_FALSE(more.count("巴西 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(more);
  const auto closed_more = facts("40个国家签署《海洋数据安全倡议》，其中巴西等国持保留意见。\n");
  EXPECT_FALSE(closed_more.count("巴西 SIGNED 海洋数据安全倡议")) << ::testing::PrintToString(closed_more);
  // (The verb's own counted object is the group 其中 names: 支持…的10个机构，其中包括A.)
  const auto object_group = facts("28个国家支持联合国的10个机构，其中包括世界卫生组织和联合国教科文组织。\n");
  EXPECT_FALSE(object_group.count("世界卫生组织 SUPPORTS 联合国")) << ::testing::PrintToString(object_group);
}

// A list's last member a coordinator closes is a member too, a Latin name the rules do not know taking the
// kind of those they do (、Naver以及G42); and 均在其列 closes the members of a counted group.
TEST(ListSubjects, ALatinLastMemberAndClosersOfACountedGroup) {
  const auto found = facts(
      "峰会期间，OpenAI、谷歌、微软、Lumerica以及阿联酋的G42等共16家企业签署《前沿人工智能安全承诺》，承诺公"
      "开各自的安全框架、"
      "设定风险阈值。\n");
  for (const char* signer : {"OpenAI", "谷歌", "微软", "Lumerica", "G42"})
    EXPECT_TRUE(found.count(std::string(signer) + " SIGNED 前沿人工智能安全承诺")) << signer;
  // (Not an acronym of letters alone, nor a member 等 closes: products and things as often as companies.)
  for (const auto& [type, name] :
       entities("谷歌、微软、亚马逊、ChatGPT等产品广受欢迎。华为、微软、谷歌、GPU以及芯片供应商都在其中。\n"))
    EXPECT_TRUE(name != "ChatGPT" && name != "GPU") << name;
  const auto closed = facts("2025年，30个国家签署《海港数据公约》，肯尼亚、加纳均在其列。\n");
  EXPECT_TRUE(closed.count("肯尼亚 SIGNED 海港数据公约")) << ::testing::PrintToString(closed);
  EXPECT_TRUE(closed.count("加纳 SIGNED 海港数据公约")) << ::testing::PrintToString(closed);
}

// 连同 coordinates the subjects: A、B等28个国家连同欧盟签署.
TEST(ListSubjects, LianTongJoinsTheList) {
  const auto found = facts("美国、中国等28个国家连同欧盟签署了《海港数据宣言》。\n");
  for (const char* signer : {"美国", "中国", "欧盟"})
    EXPECT_TRUE(found.count(std::string(signer) + " SIGNED 海港数据宣言")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kg::extract
