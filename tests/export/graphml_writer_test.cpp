// GraphML: byte-stable output, read back by Boost's read_graphml, by the
// evaluation script's way of reading (Python's ElementTree) and by xmllint.
#include "export/graphml_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <boost/graph/graphml.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "export/valid_text.h"
#include "tests/export/consumers.h"
#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using testing::have_program;
using testing::kHardName;
using testing::run;
using testing::sample_graph;
using testing::temporary_file;

std::string graphml(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  write_graphml(g, out);
  return out.str();
}

TEST(GraphmlWriter, MatchesGoldenFile) {
  testing::expect_matches_golden(graphml(sample_graph()), "export_sample.graphml");
}

TEST(GraphmlWriter, GivesSameBytesWhateverTheInsertionOrder) {
  using graph::NodeType;
  using graph::RelationType;
  graph::KnowledgeGraph forward;
  auto a = forward.add_node(NodeType::Country, "甲");
  auto b = forward.add_node(NodeType::Organization, "乙");
  forward.add_edge(a, RelationType::MemberOf, b, 2021);
  forward.add_edge(a, RelationType::MemberOf, b, 2020);
  graph::KnowledgeGraph backward;
  auto b2 = backward.add_node(NodeType::Organization, "乙");
  auto a2 = backward.add_node(NodeType::Country, "甲");
  backward.add_edge(a2, RelationType::MemberOf, b2, 2020);
  backward.add_edge(a2, RelationType::MemberOf, b2, 2021);
  EXPECT_EQ(graphml(forward), graphml(backward));
}

struct BoostNode {
  std::string label, type, name_en, name_zh, aliases, iso;
  long mentions = -1;
  int degree = -1;
};
struct BoostEdge {
  std::string relation, label, years, evidence, doc;
  int year = 0;
  long weight = -1;
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, BoostNode, BoostEdge>;

TEST(GraphmlWriter, IsReadBackByBoostReadGraphml) {
  BoostGraph read;
  boost::dynamic_properties properties;  // no generator: an undeclared key would throw
  properties.property("label", boost::get(&BoostNode::label, read));
  properties.property("type", boost::get(&BoostNode::type, read));
  properties.property("name_en", boost::get(&BoostNode::name_en, read));
  properties.property("name_zh", boost::get(&BoostNode::name_zh, read));
  properties.property("aliases", boost::get(&BoostNode::aliases, read));
  properties.property("iso", boost::get(&BoostNode::iso, read));
  properties.property("mentions", boost::get(&BoostNode::mentions, read));
  properties.property("degree", boost::get(&BoostNode::degree, read));
  properties.property("relation", boost::get(&BoostEdge::relation, read));
  properties.property("label", boost::get(&BoostEdge::label, read));
  properties.property("year", boost::get(&BoostEdge::year, read));
  properties.property("years", boost::get(&BoostEdge::years, read));
  properties.property("weight", boost::get(&BoostEdge::weight, read));
  properties.property("evidence", boost::get(&BoostEdge::evidence, read));
  properties.property("doc", boost::get(&BoostEdge::doc, read));
  std::istringstream in(graphml(sample_graph()));
  boost::read_graphml(in, read, properties);

  const graph::KnowledgeGraph g = sample_graph();
  ASSERT_EQ(boost::num_vertices(read), g.node_count());
  ASSERT_EQ(boost::num_edges(read), g.edge_count());

  std::map<std::string, BoostGraph::vertex_descriptor> by_label;
  for (auto v : boost::make_iterator_range(boost::vertices(read))) by_label[read[v].label] = v;
  ASSERT_TRUE(by_label.count("中国"));
  const BoostNode& china = read[by_label["中国"]];
  EXPECT_EQ(china.type, "Country");
  EXPECT_EQ(china.iso, "CN");
  EXPECT_EQ(china.name_en, "China");
  EXPECT_EQ(china.name_zh, "中国");
  EXPECT_EQ(china.aliases, "China|PRC\\|中国|中华人民共和国");
  EXPECT_EQ(china.mentions, 5);
  EXPECT_EQ(china.degree, 3);
  // The hard label survives the trip, with what XML cannot hold replaced.
  // Boost reads through property_tree's trim_whitespace, which turns the line
  // break into a space; Python's reader below gets it exactly.
  std::string hard = valid_text(kHardName);
  std::replace(hard.begin(), hard.end(), '\n', ' ');
  ASSERT_TRUE(by_label.count(hard)) << "hard label lost";
  EXPECT_EQ(read[by_label[hard]].type, "Initiative");

  int proposed = 0;
  for (auto e : boost::make_iterator_range(boost::edges(read))) {
    const BoostEdge& edge = read[e];
    if (edge.relation != "PROPOSED") continue;
    ++proposed;
    EXPECT_EQ(read[boost::source(e, read)].label, "中国");
    EXPECT_EQ(read[boost::target(e, read)].label, "全球数据安全倡议");
    EXPECT_EQ(edge.label, "PROPOSED");
    EXPECT_EQ(edge.year, 2020);  // the earliest of 2020 and 2021
    EXPECT_EQ(edge.years, "2020|2021");
    EXPECT_EQ(edge.weight, 4);
    // In document order; a sentence two documents share, once.
    EXPECT_EQ(edge.evidence,
              "中国提出《全球数据安全倡议》。|China proposed it \\| again.|2021年中国再次提出该倡议。");
    EXPECT_EQ(edge.doc, "docs/a.txt|docs/b.txt");
  }
  EXPECT_EQ(proposed, 1) << "one edge for the statements of 2020 and 2021";
}

// The reading of /work/shared/eval/score.py (read_graphml), in Python's own
// XML parser: a node's name is its `label` data, its type its `type` data, an
// edge's relation its `relation` data.
constexpr const char* kScoreStyleReader = R"PY(
import json, sys, xml.etree.ElementTree as ET
ns = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key")}
def data(el):
    return {keys[d.get("key")]: d.text or "" for d in el.findall(ns + "data")}
for n in root.iter(ns + "node"):
    d = data(n)
    print("node", n.get("id"), d["type"], json.dumps(d["label"], ensure_ascii=False))
for e in root.iter(ns + "edge"):
    d = data(e)
    print("edge", e.get("id"), e.get("source"), d["relation"], e.get("target"))
)PY";

TEST(GraphmlWriter, IsReadByTheEvaluationScriptsReader) {
  if (!have_program("python3")) GTEST_SKIP() << "python3 is not installed";
  const std::string file = temporary_file("score.graphml", graphml(sample_graph()));
  const std::string script = temporary_file("score_reader.py", kScoreStyleReader);
  int status = 0;
  const std::string output = run("PYTHONIOENCODING=utf-8 python3 " + script + " " + file, status);
  std::filesystem::remove(file);
  std::filesystem::remove(script);
  ASSERT_EQ(status, 0) << output;
  EXPECT_NE(output.find("node country:CN Country \"中国\"\n"), std::string::npos) << output;
  EXPECT_NE(output.find("node year:2020 Year \"2020\"\n"), std::string::npos) << output;
  EXPECT_NE(output.find("edge e0 country:Atlantis_Republic COOPERATES_WITH org:上海合作组织\n"),
            std::string::npos)
      << output;
  EXPECT_NE(output.find(" country:CN MEMBER_OF org:上海合作组织\n"), std::string::npos) << output;
  EXPECT_NE(output.find("PROPOSED initiative:全球数据安全倡议\n"), std::string::npos) << output;
  // Python reads the escaped line break, quotes and the replaced bytes back.
  EXPECT_NE(output.find(" Initiative \"Say \\\"hi\\\" \\\\ <b> & 'x'\\nnext\uFFFD \uFFFD 🌐 مرحبا\"\n"),
            std::string::npos)
      << output;
}

TEST(GraphmlWriter, IsWellFormedForXmllint) {
  if (!have_program("xmllint")) GTEST_SKIP() << "xmllint is not installed";
  const std::string file = temporary_file("lint.graphml", graphml(sample_graph()));
  int status = 0;
  const std::string output = run("xmllint --noout " + file + " 2>&1", status);
  std::filesystem::remove(file);
  EXPECT_EQ(status, 0) << output;
}

TEST(GraphmlWriter, IsReadByGephiLitesParserWithAttributes) {
  if (auto missing = testing::js_consumers_missing()) GTEST_SKIP() << *missing;
  const graph::KnowledgeGraph g = sample_graph();
  const std::string file = temporary_file("graphology.graphml", graphml(g));
  int status = 0;
  const std::string output = testing::run_js("read_graph.mjs", {"graphml", file}, status);
  std::filesystem::remove(file);
  ASSERT_EQ(status, 0) << output;
  rapidjson::Document read;
  read.Parse(output.c_str());
  ASSERT_FALSE(read.HasParseError()) << output;
  EXPECT_EQ(read["order"].GetUint(), g.node_count());
  EXPECT_EQ(read["size"].GetUint(), g.edge_count());
  const auto& china = read["nodes"]["country:CN"];
  EXPECT_STREQ(china["label"].GetString(), "中国");
  EXPECT_STREQ(china["type"].GetString(), "Country");
  EXPECT_STREQ(china["aliases"].GetString(), "China|PRC\\|中国|中华人民共和国");
  EXPECT_EQ(china["mentions"].GetInt(), 5);
  EXPECT_EQ(china["degree"].GetInt(), 3);
  const std::string hard = testing::hard_node_id();
  EXPECT_EQ(std::string(read["nodes"][hard.c_str()]["label"].GetString()), valid_text(kHardName));
  int proposed = 0;
  for (const auto& edge : read["edges"].GetArray()) {
    const auto& attributes = edge["attributes"];
    if (std::string(attributes["relation"].GetString()) != "PROPOSED") continue;
    ++proposed;
    EXPECT_STREQ(edge["source"].GetString(), "country:CN");
    EXPECT_EQ(attributes["year"].GetInt(), 2020);
    EXPECT_STREQ(attributes["years"].GetString(), "2020|2021");
    EXPECT_EQ(attributes["weight"].GetInt(), 4);
  }
  EXPECT_EQ(proposed, 1);
}

}  // namespace
}  // namespace kg::exporter
