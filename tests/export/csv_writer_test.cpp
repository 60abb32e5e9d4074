// Bulk-load CSV: byte-stable files for Neo4j and Kùzu, and Kùzu's own
// COPY FROM loading them with the counts and values of the graph.
#include "export/csv_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "export/attributes.h"
#include "export/export.h"
#include "export/valid_text.h"
#include "tests/export/consumers.h"
#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using testing::kHardName;
using testing::sample_graph;

// Every file of a directory format, by name.
std::map<std::string, std::string> files_of(void (*writer)(const graph::KnowledgeGraph&, const FileSink&),
                                            const graph::KnowledgeGraph& g) {
  std::map<std::string, std::string> files;
  writer(g, [&](const std::string& name, const std::function<void(std::ostream&)>& write) {
    std::ostringstream out;
    write(out);
    EXPECT_FALSE(files.count(name)) << name << " written twice";
    files[name] = out.str();
  });
  return files;
}

// The files one after another, each under a "==> name <==" line, as one golden.
std::string listing(const std::map<std::string, std::string>& files) {
  std::string text;
  for (const auto& [name, content] : files) text.append("==> ").append(name).append(" <==\n").append(content);
  return text;
}

TEST(CsvWriter, MatchesGoldenFiles) {
  testing::expect_matches_golden(listing(files_of(write_neo4j_csv, sample_graph())),
                                 "export_sample_neo4j.txt");
  testing::expect_matches_golden(listing(files_of(write_kuzu_csv, sample_graph())), "export_sample_kuzu.txt");
}

TEST(CsvWriter, Neo4jHeadersFollowTheImportToolsSyntax) {
  const auto files = files_of(write_neo4j_csv, sample_graph());
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files.at("nodes.csv").substr(0, files.at("nodes.csv").find('\n')),
            "id:ID,name,name_en,name_zh,:LABEL,aliases:string[],iso,mentions:long,degree:int");
  EXPECT_EQ(files.at("relationships.csv").substr(0, files.at("relationships.csv").find('\n')),
            ":START_ID,:END_ID,:TYPE,key,year:int,years:int[],weight:int,evidence:string[],doc:string[]");
  // Arrays are split on U+001F only: an alias holding '|' or ';' stays whole.
  EXPECT_NE(files.at("nodes.csv").find("\"China\x1FPRC|中国\x1F中华人民共和国\""), std::string::npos);
  // Text is quoted with quotes doubled; the line break stays inside the quotes.
  EXPECT_NE(files.at("nodes.csv").find("\"Say \"\"hi\"\" \\ <b> & 'x'\nnext"), std::string::npos);
  // year is the earliest; years:int[] every one, split on U+001F as well.
  EXPECT_NE(files.at("relationships.csv")
                .find("\"PROPOSED\",\"e1\",2020,\"2020\x1F"
                      "2021\",4,"),
            std::string::npos);
  EXPECT_NE(files.at("relationships.csv").find("\"MEMBER_OF\",\"e2\",,,1,"), std::string::npos);
}

TEST(CsvWriter, KuzuHasATablePerTypeAndRelation) {
  const auto files = files_of(write_kuzu_csv, sample_graph());
  EXPECT_TRUE(files.count("nodes_Country.csv"));
  EXPECT_TRUE(files.count("nodes_Person.csv"));
  EXPECT_TRUE(files.count("rels_PROPOSED_Country_Initiative.csv"));
  const std::string& schema = files.at("schema.cypher");
  EXPECT_NE(schema.find("CREATE NODE TABLE `Country`(id STRING PRIMARY KEY"), std::string::npos);
  EXPECT_NE(schema.find("CREATE REL TABLE `HOSTED`(FROM `Event` TO `Initiative`, key STRING"),
            std::string::npos);
  EXPECT_EQ(schema.find("`OPPOSES`"), std::string::npos) << "no table for an unused relation";
  // years as a string joined like the other lists there.
  EXPECT_NE(schema.find("key STRING, year INT64, years STRING, weight INT64"), std::string::npos);
  EXPECT_NE(files.at("rels_PROPOSED_Country_Initiative.csv").find("\"e1\",2020,\"2020|2021\",4,"),
            std::string::npos);
}

TEST(CsvWriter, WritesEachFileOfTheDirectory) {
  const std::string directory = testing::scratch_path("neo4j") + "/nested";
  write(sample_graph(), directory, Format::Neo4jCsv);
  EXPECT_TRUE(std::filesystem::exists(directory + "/nodes.csv"));
  EXPECT_TRUE(std::filesystem::exists(directory + "/relationships.csv"));
  std::filesystem::remove_all(testing::scratch_path("neo4j"));
}

TEST(CsvWriter, IsLoadedByKuzuCopyFrom) {
  if (auto missing = testing::js_consumers_missing()) GTEST_SKIP() << *missing;
  const graph::KnowledgeGraph g = sample_graph();
  const std::string directory = testing::scratch_path("kuzu");
  const std::string database = testing::scratch_path("kuzu.db");
  write(g, directory, Format::KuzuCsv);
  int status = 0;
  const std::string output = testing::run_js("load_kuzu.mjs", {directory, database}, status);
  std::filesystem::remove_all(directory);
  std::filesystem::remove_all(database);
  std::filesystem::remove(database + ".wal");
  ASSERT_EQ(status, 0) << output;
  rapidjson::Document read;
  read.Parse(output.c_str());
  ASSERT_FALSE(read.HasParseError()) << output;
  EXPECT_EQ(read["nodes"].GetUint64(), g.node_count());
  EXPECT_EQ(read["rels"].GetUint64(), g.edge_count());
  EXPECT_STREQ(read["names"]["country:CN"].GetString(), "中国");
  const std::string hard = testing::hard_node_id();
  EXPECT_EQ(std::string(read["names"][hard.c_str()].GetString()), valid_text(kHardName));
  EXPECT_STREQ(read["aliases"]["country:CN"].GetString(), "China|PRC\\|中国|中华人民共和国");
  const auto& proposed = read["rels_by_key"]["e1"];
  EXPECT_STREQ(proposed["type"].GetString(), "PROPOSED");
  EXPECT_STREQ(proposed["source"].GetString(), "country:CN");
  EXPECT_EQ(proposed["year"].GetInt(), 2020);
  EXPECT_STREQ(proposed["years"].GetString(), "2020|2021");
  EXPECT_EQ(proposed["weight"].GetInt(), 4);
  const auto& cooperates = read["rels_by_key"]["e0"];
  EXPECT_STREQ(cooperates["type"].GetString(), "COOPERATES_WITH");
  EXPECT_TRUE(cooperates["year"].IsNull());
  EXPECT_TRUE(cooperates["years"].IsNull());
  EXPECT_EQ(std::string(cooperates["evidence"].GetString()), join_list({valid_text(kHardName)}));
}

}  // namespace
}  // namespace kg::exporter
