// The sample graph, and golden files compared byte for byte.
#include "tests/export/sample_graph.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace kg::exporter::testing {

using graph::NodeType;
using graph::RelationType;

graph::KnowledgeGraph sample_graph() {
  graph::KnowledgeGraph g;
  auto china = g.add_node(NodeType::Country, "中国");
  g.set_attribute(china, "iso", "CN");
  g.add_alias(china, "中华人民共和国", "rules");
  g.add_alias(china, "China", "cldr");
  g.add_alias(china, "PRC|中国", "text");
  g.add_mentions(china, "docs/a.txt", 3);
  g.add_mentions(china, "docs/b.txt", 2);
  g.set_name(china, graph::Language::English, "China");
  g.set_name(china, graph::Language::Chinese, "中国");
  auto atlantis = g.add_node(NodeType::Country, "Atlantis Republic");
  auto sco = g.add_node(NodeType::Organization, "上海合作组织");
  g.add_alias(sco, "SCO", "rules");
  g.add_mentions(sco, "docs/a.txt", 1);
  g.set_name(sco, graph::Language::English, "Shanghai Cooperation Organisation");
  g.set_name(sco, graph::Language::Chinese, "上海合作组织");
  auto gdsi = g.add_node(NodeType::Initiative, "全球数据安全倡议");
  auto hard = g.add_node(NodeType::Initiative, kHardName);
  auto year = g.add_node(NodeType::Year, "2020");
  auto person = g.add_node(NodeType::Person, "王毅");
  auto event = g.add_node(NodeType::Event, "World Internet Conference");
  g.set_name(event, graph::Language::English, "World Internet Conference");
  g.set_name(event, graph::Language::Chinese, "世界互联网大会");
  auto region = g.add_node(NodeType::Region, "Central Asia");

  auto proposed = g.add_edge(china, RelationType::Proposed, gdsi, 2020);
  g.add_evidence(proposed,
                 {"docs/b.txt", "中国提出《全球数据安全倡议》。", 120, 4, "proposed-1", "提出", 2020});
  g.add_evidence(proposed,
                 {"docs/a.txt", "中国提出《全球数据安全倡议》。", 40, 2, "proposed-1", "提出", 2020});
  g.add_evidence(proposed,
                 {"docs/a.txt", "China proposed it | again.", 90, 3, "proposed-2", "proposed", 2020});
  auto again = g.add_edge(china, RelationType::Proposed, gdsi, 2021);
  g.add_evidence(again, {"docs/a.txt", "2021年中国再次提出该倡议。", 200, 7, "proposed-1", "提出", 2021});
  g.add_edge(china, RelationType::Supports, gdsi, std::nullopt);  // parallel to PROPOSED
  g.add_edge(gdsi, RelationType::InYear, year, std::nullopt);
  g.add_edge(china, RelationType::MemberOf, sco, std::nullopt);
  auto cooperates = g.add_edge(sco, RelationType::CooperatesWith, atlantis, std::nullopt);
  g.add_evidence(cooperates, {"docs/c.txt", kHardName, 0, 1, "cooperates-1", "&", std::nullopt});
  g.add_edge(person, RelationType::ParticipatedIn, event, 2020);
  g.add_edge(event, RelationType::Hosted, hard, std::nullopt);
  g.add_edge(region, RelationType::Supports, hard, std::nullopt);
  return g;
}

std::string golden_path(const std::string& name) {
  return std::string(KG_SOURCE_DIR) + "/tests/golden/" + name;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void expect_matches_golden(const std::string& actual, const std::string& name) {
  const std::string path = golden_path(name);
  if (const char* update = std::getenv("KG_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << actual;
    return;
  }
  const std::string expected = read_file(path);
  ASSERT_FALSE(expected.empty()) << path << " is missing; run with KG_UPDATE_GOLDEN=1 to create it";
  EXPECT_EQ(actual, expected) << "output differs from " << path
                              << "; if the change is intended, rerun with KG_UPDATE_GOLDEN=1";
}

}  // namespace kg::exporter::testing
