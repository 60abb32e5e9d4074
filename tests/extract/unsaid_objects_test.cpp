// An object left unsaid where the verb ends its clause: the last thing named
// that the verb could act on (印度于2017年加入 after the body was named).
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// A vote or approval ending its clause is of the text the sentence named;
// a text that received approval names no approver, and a negated one none.
TEST(UnsaidObjects, AVoteOrApprovalEndingItsClause) {
  const auto chain = facts(
      "欧盟委员会于2021年4月提出《海岸数据法》草案，欧洲议会于2024年3月表决通过，欧盟理事会于同年5月批准。");
  EXPECT_TRUE(chain.count("欧洲议会 ADOPTED 海岸数据法 @2024")) << ::testing::PrintToString(chain);
  EXPECT_TRUE(chain.count("欧盟理事会 ADOPTED 海岸数据法")) << ::testing::PrintToString(chain);
  const auto received = facts("由秘鲁提出的《海港决议》获得批准。");
  EXPECT_FALSE(received.count("秘鲁 ADOPTED 海港决议")) << ::testing::PrintToString(received);
  const auto negated = facts("智利提交《海港公约》，但秘鲁尚未批准。");
  EXPECT_FALSE(negated.count("秘鲁 ADOPTED 海港公约")) << ::testing::PrintToString(negated);
}

// An entry headed by its term alone on a line, as glossaries and
// encyclopedias write them: the definition's passive and its verbs with their
// object unsaid are of the term. A heading that names more than one thing
// heads nothing.
TEST(UnsaidObjects, AnEntrysTermHeadsItsDefinition) {
  const auto entry =
      facts("《海岸数据原则》\n2021年3月由挪威提出，旨在推动数据共享。肯尼亚、智利随后签署。\n");
  EXPECT_TRUE(entry.count("挪威 PROPOSED 海岸数据原则 @2021")) << ::testing::PrintToString(entry);
  EXPECT_TRUE(entry.count("肯尼亚 SIGNED 海岸数据原则")) << ::testing::PrintToString(entry);
  EXPECT_TRUE(entry.count("智利 SIGNED 海岸数据原则")) << ::testing::PrintToString(entry);
  const auto two = facts("《海岸数据原则》与《水资源协定》\n2021年3月由挪威提出，旨在推动数据共享。\n");
  EXPECT_FALSE(two.count("挪威 PROPOSED 海岸数据原则")) << ::testing::PrintToString(two);
  EXPECT_FALSE(two.count("挪威 PROPOSED 水资源协定")) << ::testing::PrintToString(two);
  // Not a relative clause on another event, nor the first sentence's own object.
  const auto forum = facts("第三届海岸数据论坛\n2023年由肯尼亚主办。2024年由智利主办的分论坛在利马举行。\n");
  EXPECT_TRUE(forum.count("肯尼亚 HOSTED 第三届海岸数据论坛")) << ::testing::PrintToString(forum);
  EXPECT_FALSE(forum.count("智利 HOSTED 第三届海岸数据论坛")) << ::testing::PrintToString(forum);
  const auto own = facts("《海岸数据原则》\n美国拒签，欧盟则签署了《水资源协定》。\n");
  EXPECT_FALSE(own.count("美国 REJECTED 海岸数据原则")) << ::testing::PrintToString(own);
  // A line of prose is no heading: what it names is no term the next line defines.
  const auto prose = facts("肯尼亚欢迎《海岸数据原则》。\n2021年3月由挪威提出，旨在推动数据共享。\n");
  EXPECT_FALSE(prose.count("挪威 PROPOSED 海岸数据原则")) << ::testing::PrintToString(prose);
}

// A glossary's definition whose active verb ends its clause, the definition
// naming nothing it could act on, acts on the term; not where the line named
// another document first, nor under a title a blank line above.
TEST(UnsaidObjects, AGlossarysDefinitionActsOnItsTerm) {
  const auto active =
      facts("《海岸数据原则》（Coastal Data Principles）\n2021年3月，挪威外交大臣在奥斯陆论坛上提出。\n");
  EXPECT_TRUE(active.count("挪威 PROPOSED 海岸数据原则 @2021")) << ::testing::PrintToString(active);
  const auto other = facts(
      "《海岸数据原则》\n2021年由挪威提出。2023年，智利起草了《海洋数据宪章》。次年，智利在利马正式发布。\n");
  EXPECT_FALSE(other.count("智利 ISSUED 海岸数据原则")) << ::testing::PrintToString(other);
  const auto title = facts("《海岸数据原则》\n\n挪威与智利举行会议，一致同意发表本原则并提出。\n");
  EXPECT_FALSE(title.count("挪威 PROPOSED 海岸数据原则")) << ::testing::PrintToString(title);
}

TEST(UnsaidObject, ABodyJoinedIsTheOneNamedBefore) {
  const auto clause = facts("亚太经合组织成立于1989年，智利于1994年加入。");
  EXPECT_TRUE(clause.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(clause);
  // A topic line: the body before the colon, members joining in later clauses.
  const auto topic = facts("亚太经合组织：1989年成立；智利、秘鲁先后加入，2024年起越南正式成为成员。");
  EXPECT_TRUE(topic.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(topic);
  EXPECT_TRUE(topic.count("秘鲁 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(topic);
  EXPECT_TRUE(topic.count("越南 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(topic);
}

// What was named last decides: after a document, joining is becoming a party
// to it, and a body named before it is not what was joined.
TEST(UnsaidObject, IsTheLastThingNamedTheVerbCouldActOn) {
  const auto document = facts("亚太经合组织成员智利签署了《海洋数据合作规划》。次年秘鲁加入。");
  EXPECT_TRUE(document.count("秘鲁 SIGNED 海洋数据合作规划")) << ::testing::PrintToString(document);
  EXPECT_FALSE(document.count("秘鲁 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(document);
  // Not joining a document is no refusal of the body named before it.
  const auto refused = facts("亚太经合组织推动制定《海洋数据合作规划》，秘鲁一直未加入。");
  EXPECT_FALSE(refused.count("秘鲁 REJECTED 亚太经合组织")) << ::testing::PrintToString(refused);
}

// An act denied as what another amounts to (并不等同于已加入) is not stated.
TEST(UnsaidObject, JoiningDeniedAsWhatAttendingAmountsTo) {
  const auto found = facts("亚太经合组织召开会议。智利派员与会，但派员与会并不等同于已加入亚太经合组织。");
  EXPECT_FALSE(found.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(found);
  const auto stated = facts("亚太经合组织召开会议。智利派员与会，并已加入亚太经合组织。");
  EXPECT_TRUE(stated.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(stated);
}

// Declining politely is a refusal: no membership, a rejection.
TEST(UnsaidObject, JoiningDeclinedIsRejected) {
  const auto found = facts("亚太经合组织邀请智利入会。智利婉拒加入。");
  EXPECT_TRUE(found.count("智利 REJECTED 亚太经合组织")) << ::testing::PrintToString(found);
  EXPECT_FALSE(found.count("智利 MEMBER_OF 亚太经合组织")) << ::testing::PrintToString(found);
}

// A chair's summary names who took part after a colon, or says they
// attended, the summit unsaid: the one the text is about, where the paragraph
// names none. Not past a preposition (took part in the work of a body), and
// one attends events, not documents.
TEST(UnsaidObjects, WhoTookPartInTheSummitTheTextIsAbout) {
  const std::string summary =
      "OCEAN DATA SUMMIT 2031\n\n1. Peru hosted the first Ocean Data Summit in Lima in March 2031.\n\n";
  const auto found =
      facts(summary +
            "2. The following governments took part: Kenya, Chile and Japan, together with the "
            "European Union. Representatives of the OECD and UNESCO also attended.\n");
  for (const char* actor : {"肯尼亚", "智利", "日本", "欧盟", "经合组织", "联合国教科文组织"})
    EXPECT_TRUE(found.count(std::string(actor) + " PARTICIPATED_IN Ocean Data Summit"))
        << actor << ::testing::PrintToString(found);
  const auto body = facts(summary + "2. Kenya takes part in the work of the Group of Experts.\n");
  EXPECT_FALSE(body.count("肯尼亚 PARTICIPATED_IN Ocean Data Summit")) << ::testing::PrintToString(body);
  const auto document =
      facts("The Harbour Data Charter was adopted in 2031. The Charter is open to all.\n\nKenya attended.\n");
  EXPECT_FALSE(document.count("肯尼亚 PARTICIPATED_IN Harbour Data Charter"))
      << ::testing::PrintToString(document);
}

// Unable or not allowed to act is not acting: 没有办法签署, 无法签署, 不能签署.
TEST(UnsaidObjects, AnInabilityIsNoAct) {
  for (const char* unable : {"无法签署该公约", "不能签署该公约", "不是会员国，没有办法签署"}) {
    const auto found = facts(std::string("欧洲委员会通过了《海港数据公约》。日本") + unable + "。\n");
    EXPECT_FALSE(found.count("日本 SIGNED 海港数据公约")) << unable << ::testing::PrintToString(found);
  }
  EXPECT_TRUE(
      facts("欧洲委员会通过了《海港数据公约》。日本签署了该公约。\n").count("日本 SIGNED 海港数据公约"));
}

}  // namespace
}  // namespace kg::extract
