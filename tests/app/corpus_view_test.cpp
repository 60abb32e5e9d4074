// The corpus as the graph sees it: `kg stats --documents`, `kg stats --format
// json`, and the documents on a node's card (`kg show`).
#include <rapidjson/document.h>

#include <utility>

#include "graph/graph.h"
#include "graph/native_file.h"
#include "tests/app/kg_process.h"

namespace kg::testing {
namespace {

class CorpusView : public KgProcess {};

TEST_F(CorpusView, StatsListsEveryDocumentWithItsHashAndWhatItGave) {
  write("in/a.txt", "2020年9月，中国提出《全球数据安全倡议》。中国与俄罗斯开展合作。\n");
  write("in/b.txt", "中国与巴西开展合作。\n");
  write("in/c.txt", "今天天气很好。\n");
  ASSERT_EQ(kg("build " + at("in") + " -o " + at("g.kg.json")).exit_code, 0);
  const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());

  CommandResult run = kg("stats " + at("g.kg.json") + " --documents");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const auto& [id, document] : graph.documents()) {
    // One row per document: its sha1, size and path on one line.
    const std::size_t row = run.out.find(document.sha1);
    ASSERT_NE(row, std::string::npos) << run.out;
    const std::string line = run.out.substr(row, run.out.find('\n', row) - row);
    EXPECT_NE(line.find(" " + std::to_string(document.bytes) + " "), std::string::npos) << line;
    EXPECT_TRUE(line.ends_with("  " + id)) << line;
  }
  // Columns: sha1, bytes, nodes, edges, mentions, path. a.txt names four
  // nodes (中国 twice) and states three edges (PROPOSED, its IN_YEAR,
  // COOPERATES_WITH); b.txt one edge; c.txt nothing.
  auto row_of = [&](const std::string& name) {
    const std::size_t end = run.out.find("  " + path(name).string() + "\n");
    return end == std::string::npos
               ? std::string()
               : run.out.substr(run.out.rfind('\n', end) + 1, end - run.out.rfind('\n', end) - 1);
  };
  auto numbers = [](const std::string& row) {
    std::istringstream fields(row);
    std::string sha1;
    std::vector<std::uint64_t> values(4);
    fields >> sha1 >> values[0] >> values[1] >> values[2] >> values[3];
    return std::vector<std::uint64_t>(values.begin() + 1, values.end());  // nodes, edges, mentions
  };
  EXPECT_EQ(numbers(row_of("in/a.txt")), (std::vector<std::uint64_t>{4, 3, 5})) << run.out;
  EXPECT_EQ(numbers(row_of("in/b.txt")), (std::vector<std::uint64_t>{2, 1, 2})) << run.out;
  EXPECT_EQ(numbers(row_of("in/c.txt")), (std::vector<std::uint64_t>{0, 0, 0})) << run.out;

  CommandResult plain = kg("stats " + at("g.kg.json"));
  EXPECT_EQ(plain.out.find(graph.documents().begin()->second.sha1), std::string::npos)
      << "documents are listed only when asked";
}

TEST_F(CorpusView, StatsAsJsonHasTheSameCounts) {
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("s.kg.json")).exit_code, 0);
  const graph::KnowledgeGraph graph = graph::load_native(path("s.kg.json").string());
  CommandResult run = kg("stats " + at("s.kg.json") + " --format json --documents --top 3");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  rapidjson::Document json;
  json.Parse(run.out.c_str());
  ASSERT_FALSE(json.HasParseError()) << run.out;
  EXPECT_EQ(json["document_count"].GetUint64(), graph.documents().size());
  EXPECT_EQ(json["node_count"].GetUint64(), graph.node_count());
  EXPECT_EQ(json["edge_count"].GetUint64(), graph.edge_count());
  std::uint64_t by_type = 0, by_relation = 0;
  for (const auto& member : std::as_const(json)["nodes_by_type"].GetObject())
    by_type += member.value.GetUint64();
  for (const auto& member : std::as_const(json)["edges_by_relation"].GetObject())
    by_relation += member.value.GetUint64();
  EXPECT_EQ(by_type, graph.node_count());
  EXPECT_EQ(by_relation, graph.edge_count());
  ASSERT_EQ(json["top_nodes"].Size(), 3u);
  EXPECT_GE(json["top_nodes"][0]["degree"].GetUint64(), json["top_nodes"][2]["degree"].GetUint64());
  ASSERT_EQ(json["documents"].Size(), graph.documents().size());
  auto document = graph.documents().begin();
  for (const auto& listed : std::as_const(json)["documents"].GetArray()) {
    EXPECT_EQ(listed["path"].GetString(), document->first);
    EXPECT_EQ(listed["sha1"].GetString(), document->second.sha1);
    EXPECT_EQ(listed["bytes"].GetUint64(), document->second.bytes);
    ++document;
  }
}

TEST_F(CorpusView, StatsRefusesAnUnknownFormat) {
  CommandResult run = kg("stats x.kg.json --format yaml");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unknown format 'yaml'"), std::string::npos) << run.err;
}

TEST_F(CorpusView, ShowListsTheDocumentsThatMentionANodeMostFirst) {
  graph::KnowledgeGraph graph;
  auto china = graph.add_node(graph::NodeType::Country, "中国");
  for (int i = 0; i < 12; ++i) {
    const std::string document = "doc" + std::to_string(10 + i) + ".txt";
    graph.add_document({document, 10, std::string(40, static_cast<char>('a' + i))});
    graph.add_mentions(china, document, i == 5 ? 9 : 1);
  }
  graph::save_native(graph, path("g.kg.json").string());

  CommandResult run = kg("show " + at("g.kg.json") + " 中国");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("mentions: 20 in 12 documents\n         9  doc15.txt\n         1  doc10.txt\n"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("… and 2 more"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("doc21.txt"), std::string::npos) << run.out;

  CommandResult all = kg("show " + at("g.kg.json") + " 中国 --documents 20");
  EXPECT_NE(all.out.find("doc21.txt"), std::string::npos) << all.out;
  EXPECT_EQ(all.out.find("more"), std::string::npos) << all.out;
}

}  // namespace
}  // namespace kg::testing
