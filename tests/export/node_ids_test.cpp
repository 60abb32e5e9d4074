// Node ids: readable, derived from content, XML names, unique.
#include "export/node_ids.h"

#include <gtest/gtest.h>

#include <set>

namespace kg::exporter {
namespace {

using graph::NodeType;

TEST(NodeIds, UsesTypePrefixAndCanonicalName) {
  graph::KnowledgeGraph g;
  auto sco = g.add_node(NodeType::Organization, "上海合作组织");
  auto year = g.add_node(NodeType::Year, "2020");
  auto gdsi = g.add_node(NodeType::Initiative, "全球数据安全倡议");
  auto person = g.add_node(NodeType::Person, "王毅");
  auto event = g.add_node(NodeType::Event, "世界互联网大会");
  auto region = g.add_node(NodeType::Region, "中亚");
  auto ids = node_ids(g);
  EXPECT_EQ(ids[sco], "org:上海合作组织");
  EXPECT_EQ(ids[year], "year:2020");
  EXPECT_EQ(ids[gdsi], "initiative:全球数据安全倡议");
  EXPECT_EQ(ids[person], "person:王毅");
  EXPECT_EQ(ids[event], "event:世界互联网大会");
  EXPECT_EQ(ids[region], "region:中亚");
}

TEST(NodeIds, UsesIsoCodeOfCountryWhenPresent) {
  graph::KnowledgeGraph g;
  auto china = g.add_node(NodeType::Country, "中国");
  g.set_attribute(china, "iso", "CN");
  auto atlantis = g.add_node(NodeType::Country, "Atlantis");
  auto ids = node_ids(g);
  EXPECT_EQ(ids[china], "country:CN");
  EXPECT_EQ(ids[atlantis], "country:Atlantis");
}

TEST(NodeIds, ReplacesCharactersThatAreNotXmlNameCharacters) {
  graph::KnowledgeGraph g;
  auto node = g.add_node(NodeType::Initiative, "A \"b\" & <c>\n《数据》 🌐");
  // 《 and 》 (U+300A/B) and the emoji are NameChars in XML 1.0 fifth edition.
  EXPECT_EQ(node_ids(g)[node], "initiative:A__b_____c__《数据》_🌐");
}

TEST(NodeIds, TellsTwinsApartWithSuffixInCanonicalOrderIsoFirst) {
  graph::KnowledgeGraph g;
  auto named_cn = g.add_node(NodeType::Country, "CN");  // sorts before 中国
  auto china = g.add_node(NodeType::Country, "中国");
  g.set_attribute(china, "iso", "CN");
  auto a = g.add_node(NodeType::Organization, "A B");
  auto b = g.add_node(NodeType::Organization, "A&B");
  auto ids = node_ids(g);
  EXPECT_EQ(ids[china], "country:CN");
  EXPECT_EQ(ids[named_cn], "country:CN.2");
  EXPECT_EQ(ids[a], "org:A_B");
  EXPECT_EQ(ids[b], "org:A_B.2");
}

TEST(NodeIds, DoesNotDependOnInsertionOrder) {
  graph::KnowledgeGraph first;
  first.add_node(NodeType::Organization, "A B");
  first.add_node(NodeType::Organization, "A&B");
  graph::KnowledgeGraph second;
  second.add_node(NodeType::Organization, "A&B");
  second.add_node(NodeType::Organization, "A B");
  auto ids_first = node_ids(first);
  auto ids_second = node_ids(second);
  EXPECT_EQ(ids_first[*first.find_node(NodeType::Organization, "A&B")],
            ids_second[*second.find_node(NodeType::Organization, "A&B")]);
  EXPECT_EQ(std::set(ids_first.begin(), ids_first.end()), std::set(ids_second.begin(), ids_second.end()));
}

}  // namespace
}  // namespace kg::exporter
