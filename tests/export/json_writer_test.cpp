// JSON: byte-stable node-link and Cytoscape.js output, parsed back by
// RapidJSON, loaded by NetworkX and by Cytoscape.js.
#include "export/json_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <sstream>

#include "export/valid_text.h"
#include "tests/export/consumers.h"
#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using testing::kHardName;
using testing::sample_graph;

std::string node_link(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  write_node_link_json(g, out);
  return out.str();
}

std::string cytoscape(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  write_cytoscape_json(g, out);
  return out.str();
}

rapidjson::Document parsed(const std::string& text) {
  rapidjson::Document document;
  document.Parse(text.c_str());
  EXPECT_FALSE(document.HasParseError()) << text;
  return document;
}

TEST(JsonWriter, MatchesGoldenFiles) {
  testing::expect_matches_golden(node_link(sample_graph()), "export_sample.json");
  testing::expect_matches_golden(cytoscape(sample_graph()), "export_sample.cyjs");
}

TEST(JsonWriter, NodeLinkHasNetworkxShape) {
  const rapidjson::Document json = parsed(node_link(sample_graph()));
  EXPECT_TRUE(json["directed"].GetBool());
  EXPECT_TRUE(json["multigraph"].GetBool());
  EXPECT_TRUE(json["graph"].IsObject());
  ASSERT_EQ(json["nodes"].Size(), 9u);
  ASSERT_EQ(json["links"].Size(), 8u);
  const auto& link = json["links"][0];
  EXPECT_STREQ(link["source"].GetString(), "country:Atlantis_Republic");
  EXPECT_STREQ(link["key"].GetString(), "e0");
  EXPECT_TRUE(link["evidence"].IsArray());
  EXPECT_FALSE(link.HasMember("year"));
  EXPECT_EQ(link["years"].Size(), 0u);
  const auto& proposed = json["links"][1];
  EXPECT_STREQ(proposed["relation"].GetString(), "PROPOSED");
  EXPECT_EQ(proposed["year"].GetInt(), 2020);
  ASSERT_EQ(proposed["years"].Size(), 2u);
  EXPECT_EQ(proposed["years"][1].GetInt(), 2021);
}

TEST(JsonWriter, KeepsTheHardLabelExactlyAsValidText) {
  const rapidjson::Document json = parsed(node_link(sample_graph()));
  bool found = false;
  for (const auto& node : json["nodes"].GetArray()) {
    if (std::string(node["id"].GetString()) != testing::hard_node_id()) continue;
    found = true;
    EXPECT_EQ(std::string(node["label"].GetString(), node["label"].GetStringLength()), valid_text(kHardName));
  }
  EXPECT_TRUE(found);
  // Lists are arrays: an alias holding the separator needs no escaping.
  EXPECT_NE(node_link(sample_graph()).find("\"PRC|中国\""), std::string::npos);
}

// Loads the file with networkx.node_link_graph(data), its defaults, under
// `python`; returns what read_node_link.py printed.
rapidjson::Document read_with_networkx(const std::string& python, const std::string& file) {
  int status = 0;
  const std::string output =
      testing::run(testing::shell_quote(python) + " " +
                       testing::shell_quote(std::string(KG_SOURCE_DIR) + "/tests/export/read_node_link.py") +
                       " " + testing::shell_quote(file) + " 2>&1",
                   status);
  EXPECT_EQ(status, 0) << python << ": " << output;
  rapidjson::Document read;
  read.Parse(output.c_str());
  EXPECT_FALSE(read.HasParseError()) << python << ": " << output;
  return read;
}

void expect_sample_graph(const rapidjson::Document& read) {
  EXPECT_TRUE(read["directed"].GetBool());
  EXPECT_TRUE(read["multigraph"].GetBool());
  EXPECT_EQ(read["order"].GetInt(), 9);
  EXPECT_EQ(read["size"].GetInt(), 8);
  const auto& china = read["nodes"]["country:CN"];
  EXPECT_STREQ(china["label"].GetString(), "中国");
  EXPECT_EQ(china["mentions"].GetInt(), 5);
  EXPECT_EQ(china["aliases"].Size(), 3u);
  const std::string hard = testing::hard_node_id();
  EXPECT_EQ(std::string(read["nodes"][hard.c_str()]["label"].GetString()), valid_text(kHardName));
  int proposed = 0;
  for (const auto& edge : read["edges"].GetArray()) {
    if (std::string(edge["attributes"]["relation"].GetString()) != "PROPOSED") continue;
    ++proposed;
    EXPECT_STREQ(edge["source"].GetString(), "country:CN");
    EXPECT_EQ(edge["attributes"]["year"].GetInt(), 2020);  // the earliest
    EXPECT_EQ(edge["attributes"]["years"].Size(), 2u);
    EXPECT_EQ(edge["attributes"]["weight"].GetInt(), 4);
  }
  EXPECT_EQ(proposed, 1);
}

// Debian 12's NetworkX 2.8 reads edges from "links" by default, 3.6 from
// "edges"; `networkx.node_link_graph(data)` must work in both.
TEST(JsonWriter, IsLoadedByDebiansNetworkxWithItsDefaults) {
  // scripts/install-deps.sh installs python3-networkx: missing is a failure.
  const std::string file = testing::temporary_file("networkx.json", node_link(sample_graph()));
  const rapidjson::Document read = read_with_networkx("/usr/bin/python3", file);
  std::filesystem::remove(file);
  ASSERT_TRUE(read.IsObject());
  expect_sample_graph(read);
}

TEST(JsonWriter, IsLoadedByTheNetworkxOnPathWithItsDefaults) {
  if (auto missing = testing::networkx_missing()) GTEST_SKIP() << *missing;
  const std::string file = testing::temporary_file("networkx.json", node_link(sample_graph()));
  const rapidjson::Document read = read_with_networkx("python3", file);
  std::filesystem::remove(file);
  ASSERT_TRUE(read.IsObject());
  expect_sample_graph(read);
  // SUPPORTS between the same two nodes is a parallel edge, kept apart by its key.
  EXPECT_EQ(read["size"].GetInt(), 8);
}

TEST(JsonWriter, NodeLinkWritesTheEdgesUnderBothKeys) {
  const rapidjson::Document json = parsed(node_link(sample_graph()));
  ASSERT_EQ(json["edges"].Size(), json["links"].Size());
  for (rapidjson::SizeType i = 0; i < json["edges"].Size(); ++i)
    EXPECT_EQ(json["edges"][i], json["links"][i]);
}

TEST(JsonWriter, IsLoadedByCytoscapeJs) {
  if (auto missing = testing::js_consumers_missing()) GTEST_SKIP() << *missing;
  const std::string file = testing::temporary_file("graph.cyjs", cytoscape(sample_graph()));
  int status = 0;
  const std::string output = testing::run_js("read_graph.mjs", {"cytoscape", file}, status);
  std::filesystem::remove(file);
  ASSERT_EQ(status, 0) << output;
  const rapidjson::Document read = parsed(output);
  EXPECT_EQ(read["order"].GetInt(), 9);
  EXPECT_EQ(read["size"].GetInt(), 8);
  EXPECT_STREQ(read["nodes"]["org:上海合作组织"]["name"].GetString(), "上海合作组织");
  const std::string hard = testing::hard_node_id();
  EXPECT_EQ(std::string(read["nodes"][hard.c_str()]["name"].GetString()), valid_text(kHardName));
  bool member_of = false;
  for (const auto& edge : read["edges"].GetArray()) {
    if (std::string(edge["attributes"]["interaction"].GetString()) == "MEMBER_OF") {
      member_of = true;
      EXPECT_STREQ(edge["source"].GetString(), "country:CN");
      EXPECT_STREQ(edge["target"].GetString(), "org:上海合作组织");
    }
  }
  EXPECT_TRUE(member_of);
}

}  // namespace
}  // namespace kg::exporter
