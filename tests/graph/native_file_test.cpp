#include "graph/native_file.h"

#include <gtest/gtest.h>
#include <rapidjson/encodings.h>
#include <rapidjson/memorystream.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/errors.h"

namespace kg::graph {
namespace {

std::string to_text(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_native(graph, out);
  return out.str();
}

KnowledgeGraph sample_graph() {
  KnowledgeGraph graph;
  graph.add_document({"news/a.txt", 1234, "0123456789abcdef0123456789abcdef01234567"});
  auto china = graph.add_node(NodeType::Country, "中国");
  graph.add_alias(china, "我国", "rules");
  graph.add_alias(china, "China", "cldr");
  graph.set_attribute(china, "iso", "CN");
  graph.add_mentions(china, "news/a.txt", 3);
  auto odd = graph.add_node(NodeType::Initiative, "say \"hi\"\\ <&>\n\ttab \x01 😀 שלום");
  auto year = graph.add_node(NodeType::Year, "2020");
  auto proposed = graph.add_edge(china, RelationType::Proposed, odd, 2020);
  graph.add_evidence(proposed, {"news/a.txt", "2020年，中国提出“倡议”。\n", 18446744073709551615ull,
                                4294967295u, "proposed.subject-verb", "提出", 2020});
  graph.add_evidence(
      proposed, {"news/a.txt", "中国再次提出该倡议。", 7, 1, "proposed.subject-verb", "提出", std::nullopt});
  graph.add_edge(china, RelationType::Proposed, odd, -2023);
  graph.add_edge(odd, RelationType::InYear, year, std::nullopt);
  return graph;
}

KnowledgeGraph read_text(const std::string& text) { return read_native(text, "test.kg.json"); }

// The FormatError a text gives, or a failure.
FormatError error_of(const std::string& text) {
  try {
    read_text(text);
  } catch (const FormatError& error) {
    return error;
  }
  ADD_FAILURE() << "no FormatError for: " << text;
  return FormatError("", 0, 0, "");
}

TEST(NativeFile, RoundTripsExactly) {
  KnowledgeGraph graph = sample_graph();
  std::string text = to_text(graph);
  KnowledgeGraph loaded = read_text(text);
  EXPECT_EQ(loaded, graph);
  EXPECT_EQ(to_text(loaded), text);
}

TEST(NativeFile, SameGraphGivesSameBytesWhateverTheInsertionOrder) {
  KnowledgeGraph forward, backward;
  forward.add_node(NodeType::Country, "巴西");
  forward.add_node(NodeType::Country, "中国");
  backward.add_node(NodeType::Country, "中国");
  backward.add_node(NodeType::Country, "巴西");
  EXPECT_EQ(to_text(forward), to_text(backward));
}

TEST(NativeFile, EmptyGraphRoundTrips) {
  KnowledgeGraph empty;
  EXPECT_EQ(read_text(to_text(empty)), empty);
}

TEST(NativeFile, SaveAndLoadThroughAFile) {
  auto path = std::filesystem::temp_directory_path() /
              ("kg_native_file_test_" + std::to_string(::getpid()) + ".kg.json");
  save_native(sample_graph(), path.string());
  EXPECT_EQ(load_native(path.string()), sample_graph());
  std::filesystem::remove(path);
}

TEST(NativeFile, MalformedJsonNamesLineAndColumn) {
  FormatError error = error_of("{\n  \"format\": \"kg-graph\",\n  \"version\": 1,,\n}");
  EXPECT_EQ(error.path(), "test.kg.json");
  EXPECT_EQ(error.line(), 3u);
  EXPECT_EQ(error.column(), 16u);
  EXPECT_NE(std::string(error.what()).find("test.kg.json:3:16: not valid JSON"), std::string::npos)
      << error.what();
}

TEST(NativeFile, OtherJsonIsNotAGraph) {
  FormatError error = error_of("{\"nodes\": []}");
  EXPECT_NE(error.problem().find("not a kg graph file"), std::string::npos) << error.what();
  EXPECT_NE(error_of("[1, 2]").problem().find("expected an object"), std::string::npos);
}

TEST(NativeFile, NewerVersionIsRefusedWithBothVersions) {
  FormatError error =
      error_of(R"({"format": "kg-graph", "version": 99, "documents": [], "nodes": [], "edges": []})");
  EXPECT_EQ(error.problem(),
            "at /version: written by a newer kg (format version 99; this kg reads version 4 and "
            "older)");
  EXPECT_NE(error_of(R"({"format": "kg-graph", "version": 5, "documents": [], "nodes": [], "edges": []})")
                .problem()
                .find("format version 5;"),
            std::string::npos);
}

TEST(NativeFile, WritesVersionFourWithYearsAndEvidenceYears) {
  const std::string text = to_text(sample_graph());
  EXPECT_NE(text.find("\"version\": 4,"), std::string::npos);
  EXPECT_NE(text.find("\"relation\": \"PROPOSED\",\n   \"years\": [-2023, 2020],\n   \"evidence\""),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("\"year\": -2023"), std::string::npos) << "an edge's years are not an evidence year";
  EXPECT_NE(text.find("\"trigger\": \"提出\",\n     \"year\": 2020\n"), std::string::npos) << text;
  // An edge without years and an evidence item without a year leave the key out.
  EXPECT_EQ(text.find("\"years\": []"), std::string::npos);
  EXPECT_EQ(text.find("\"year\": null"), std::string::npos);
  // One line of JSON Lines, compact.
  std::ostringstream line;
  write_native_line(sample_graph(), line);
  EXPECT_NE(line.str().find("\"relation\":\"PROPOSED\",\"years\":[-2023,2020],\"evidence\""),
            std::string::npos)
      << line.str();
  EXPECT_EQ(read_native_line(line.str(), "parts.jsonl", 1), sample_graph());
}

TEST(NativeFile, AnEvidencePageIsWrittenOnlyWhenThereIsOneAndReadBack) {
  KnowledgeGraph graph = sample_graph();
  EXPECT_EQ(to_text(graph).find("\"page\""), std::string::npos);
  graph.add_document({"report.pdf", 10, "0123456789abcdef0123456789abcdef01234567"});
  auto china = *graph.find_node(NodeType::Country, "中国");
  auto year = *graph.find_node(NodeType::Year, "2020");
  auto edge = graph.add_edge(china, RelationType::InYear, year, std::nullopt);
  graph.add_evidence(edge, {"report.pdf", "中国。", 40, 3, "r", "t", std::nullopt, 2});
  const std::string text = to_text(graph);
  EXPECT_NE(text.find("\"offset\": 40,\n     \"page\": 2,"), std::string::npos) << text;
  EXPECT_EQ(read_text(text), graph);
}

// A version 1 file: the same triple in 2020, in 2021 and with no year (three
// edges), one sentence in two of them, a symmetric relation listed both ways.
constexpr const char* kVersionOne = R"({"format": "kg-graph", "version": 1,
  "documents": [{"id": "a.txt", "bytes": 120, "sha1": "0123456789abcdef0123456789abcdef01234567"}],
  "nodes": [{"type": "Country", "name": "中国", "aliases": {}, "attributes": {}, "mentions": {}},
            {"type": "Country", "name": "巴西", "aliases": {}, "attributes": {}, "mentions": {}},
            {"type": "Initiative", "name": "全球数据安全倡议", "aliases": {}, "attributes": {}, "mentions": {}}],
  "edges": [
    {"source": 0, "target": 2, "relation": "PROPOSED", "evidence": [
      {"doc": "a.txt", "line": 1, "offset": 0, "sentence": "中国提出该倡议。", "rule": "r", "trigger": "提出"},
      {"doc": "a.txt", "line": 3, "offset": 90, "sentence": "2021年中国再次提出。", "rule": "r", "trigger": "提出"}]},
    {"source": 0, "target": 2, "relation": "PROPOSED", "year": 2020, "evidence": [
      {"doc": "a.txt", "line": 2, "offset": 40, "sentence": "2020年中国提出该倡议。", "rule": "r", "trigger": "提出"}]},
    {"source": 0, "target": 2, "relation": "PROPOSED", "year": 2021, "evidence": [
      {"doc": "a.txt", "line": 3, "offset": 90, "sentence": "2021年中国再次提出。", "rule": "r", "trigger": "提出"}]},
    {"source": 0, "target": 1, "relation": "COOPERATES_WITH", "year": 2021, "evidence": []},
    {"source": 1, "target": 0, "relation": "COOPERATES_WITH", "evidence": []}]})";

TEST(NativeFile, ReadsVersionOneMergingTheYearsOfATripleIntoOneEdge) {
  KnowledgeGraph graph = read_text(kVersionOne);
  ASSERT_EQ(graph.edge_count(), 2u);
  auto china = *graph.find_node(NodeType::Country, "中国");
  auto brazil = *graph.find_node(NodeType::Country, "巴西");
  auto initiative = *graph.find_node(NodeType::Initiative, "全球数据安全倡议");
  const EdgeData& proposed = graph.edge(*graph.find_edge(china, RelationType::Proposed, initiative));
  EXPECT_EQ(proposed.years, (std::set<int>{2020, 2021}));
  ASSERT_EQ(proposed.weight(), 3u);  // the 2021 sentence once, with its edge's year
  std::vector<std::optional<int>> years;
  for (const Evidence& evidence : proposed.evidence) years.push_back(evidence.year);
  EXPECT_EQ(years, (std::vector<std::optional<int>>{std::nullopt, 2020, 2021}));
  EXPECT_EQ(graph.edge(*graph.find_edge(brazil, RelationType::CooperatesWith, china)).years,
            std::set<int>{2021});
  // Written back, it is a version 2 file that reads as the same graph.
  EXPECT_EQ(read_text(to_text(graph)), graph);
}

TEST(NativeFile, VersionOneListingATripleTwiceInOneYearIsAnError) {
  std::string undated = kVersionOne;
  undated.replace(undated.find("\"year\": 2021, \"evidence\": []"), 14, "");  // two undated COOPERATES_WITH
  EXPECT_EQ(error_of(undated).problem(), "at /edges/4: edge listed twice");
  // The PROPOSED triple again, after its undated, 2020 and 2021 listings.
  const std::string again = R"(, {"source": 0, "target": 2, "relation": "PROPOSED", )";
  for (const std::string& year :
       {std::string(), std::string(R"("year": 2020, )"), std::string(R"("year": 2021, )")}) {
    std::string text = kVersionOne;
    text.insert(text.rfind("]}"), again + year + R"("evidence": []})");
    EXPECT_EQ(error_of(text).problem(), "at /edges/5: edge listed twice") << year;
  }
  std::string other_year = kVersionOne;
  other_year.insert(other_year.rfind("]}"), again + R"("year": 2019, "evidence": []})");
  EXPECT_EQ(read_text(other_year).edge_count(), 2u);
}

TEST(NativeFile, VersionTwoListingATripleTwiceIsAnError) {
  FormatError error = error_of(
      R"({"format": "kg-graph", "version": 2, "documents": [],
          "nodes": [{"type": "Country", "name": "中国", "aliases": {}, "attributes": {}, "mentions": {}},
                    {"type": "Country", "name": "巴西", "aliases": {}, "attributes": {}, "mentions": {}}],
          "edges": [{"source": 0, "target": 1, "relation": "SUPPORTS", "years": [2020], "evidence": []},
                    {"source": 1, "target": 0, "relation": "SUPPORTS", "evidence": []},
                    {"source": 1, "target": 0, "relation": "COOPERATES_WITH", "evidence": []},
                    {"source": 0, "target": 1, "relation": "COOPERATES_WITH", "years": [2021], "evidence": []}]})");
  EXPECT_EQ(error.problem(), "at /edges/3: edge listed twice");
}

TEST(NativeFile, BadYearsAreNamedByTheirJsonPointer) {
  const std::string head =
      R"({"format": "kg-graph", "version": 2, "documents": [{"id": "a", "bytes": 1, "sha1": "x"}],
      "nodes": [{"type": "Country", "name": "中国", "aliases": {}, "attributes": {}, "mentions": {}}],
      "edges": [{"source": 0, "target": 0, "relation": "SUPPORTS", )";
  EXPECT_EQ(error_of(head + R"("years": 2020, "evidence": []}]})").problem(),
            "at /edges/0/years: expected an array");
  EXPECT_EQ(error_of(head + R"("years": [2020, "2021"], "evidence": []}]})").problem(),
            "at /edges/0/years/1: expected a whole number");
  EXPECT_EQ(error_of(head + R"("evidence": [{"doc": "a", "line": 1, "offset": 0, "sentence": "s",)"
                            R"( "rule": "r", "trigger": "t", "year": 2020.5}]}]})")
                .problem(),
            "at /edges/0/evidence/0/year: expected a whole number");
}

TEST(NativeFile, WrongValueIsNamedByItsJsonPointer) {
  FormatError error = error_of(
      R"({"format": "kg-graph", "version": 1, "documents": [],
          "nodes": [{"type": "Country", "name": "中国", "aliases": {}, "attributes": {}, "mentions": {}},
                    {"type": "country", "name": "巴西", "aliases": {}, "attributes": {}, "mentions": {}}],
          "edges": []})");
  EXPECT_EQ(error.problem(), "at /nodes/1/type: unknown node type \"country\"");
}

TEST(NativeFile, EdgeToAMissingNodeIsAnError) {
  FormatError error = error_of(
      R"({"format": "kg-graph", "version": 1, "documents": [],
          "nodes": [{"type": "Country", "name": "中国", "aliases": {}, "attributes": {}, "mentions": {}}],
          "edges": [{"source": 0, "target": 7, "relation": "SUPPORTS", "evidence": []}]})");
  EXPECT_EQ(error.problem(), "at /edges/0/target: node index 7 is out of range (1 nodes)");
}

TEST(NativeFile, DuplicateNodeIsAnError) {
  FormatError error = error_of(
      R"({"format": "kg-graph", "version": 1, "documents": [],
          "nodes": [{"type": "Country", "name": "中国", "aliases": {}, "attributes": {}, "mentions": {}},
                    {"type": "Country", "name": "中国", "aliases": {}, "attributes": {}, "mentions": {}}],
          "edges": []})");
  EXPECT_NE(error.problem().find("listed twice"), std::string::npos);
}

TEST(NativeFile, InvalidUtf8IsAnError) {
  std::string text = to_text(sample_graph());
  text.replace(text.find("中国"), 1, "\xFF");
  EXPECT_NE(error_of(text).problem().find("not valid JSON"), std::string::npos);
}

TEST(NativeFile, EveryTruncationIsACleanError) {
  std::string text = to_text(sample_graph());
  for (int tenth = 0; tenth < 10; ++tenth) {
    std::string cut = text.substr(0, text.size() * tenth / 10);
    EXPECT_THROW(read_text(cut), FormatError) << "cut at " << cut.size() << " bytes";
  }
}

TEST(NativeFile, MissingAndEmptyFilesAreErrorsNamingThem) {
  auto dir = std::filesystem::temp_directory_path();
  try {
    load_native((dir / "kg_no_such_graph.kg.json").string());
    FAIL();
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("kg_no_such_graph.kg.json: cannot open"), std::string::npos);
  }
  auto empty = dir / "kg_empty_graph.kg.json";
  std::ofstream(empty).close();
  EXPECT_THROW(load_native(empty.string()), FormatError);
  std::filesystem::remove(empty);
}

TEST(NativeFile, KeepsWhichDocumentsGaveEachAlias) {
  KnowledgeGraph graph;
  for (const char* document : {"a.txt", "b.txt"})
    graph.add_document({document, 1, std::string("sha-") + document});
  auto china = graph.add_node(NodeType::Country, "中国");
  graph.add_mentions(china, "a.txt");
  graph.add_mentions(china, "b.txt");
  graph.add_alias(china, "中国", "rules", "a.txt");  // by every document that mentions it: not listed
  graph.add_alias(china, "中国", "rules", "b.txt");
  graph.add_alias(china, "中方", "text", "a.txt");  // by one of them
  graph.add_alias(china, "中方", "defined", "b.txt");
  graph.add_alias(china, "我国", "rules");  // by none
  const std::string text = to_text(graph);
  EXPECT_NE(text.find("\"alias_documents\": {\n    \"中方\": {\n     \"a.txt\": \"text\",\n     \"b.txt\": "
                      "\"defined\"\n    },\n    \"我国\": {\n     \"\": \"rules\"\n    }\n   }"),
            std::string::npos)
      << text;
  KnowledgeGraph back = read_text(text);
  EXPECT_EQ(back, graph);
  back.remove_documents({"b.txt"});
  graph.remove_documents({"b.txt"});
  EXPECT_EQ(back, graph);
  EXPECT_EQ(back.node(china).aliases.at("中方"), "text");
  EXPECT_EQ(back.node(china).aliases.count("我国"), 1u);
}

TEST(NativeFile, AVersionTwoFileHasAliasesNoDocumentGave) {
  KnowledgeGraph graph = read_text(R"({"format": "kg-graph", "version": 2,
    "documents": [{"id": "a.txt", "bytes": 1, "sha1": "x"}, {"id": "b.txt", "bytes": 1, "sha1": "y"}],
    "nodes": [{"type": "Country", "name": "中国", "aliases": {"中方": "text"}, "attributes": {},
               "mentions": {"a.txt": 1, "b.txt": 1}}], "edges": []})");
  auto china = *graph.find_node(NodeType::Country, "中国");
  EXPECT_EQ(graph.node(china).alias_documents.at("中方").count(""), 1u);
  graph.remove_documents({"a.txt"});
  china = *graph.find_node(NodeType::Country, "中国");
  EXPECT_EQ(graph.node(china).aliases.count("中方"), 1u) << "no document is known to give it: it stays";
}

TEST(NativeFile, AliasDocumentsMustMatchTheAliases) {
  const std::string head = R"({"format": "kg-graph", "version": 3,
    "documents": [{"id": "a.txt", "bytes": 1, "sha1": "x"}],
    "nodes": [{"type": "Country", "name": "中国", "aliases": {"中方": "text"}, "attributes": {},
               "mentions": {}, "alias_documents": )";
  EXPECT_NE(
      error_of(head + R"({"我国": {"a.txt": "text"}}}], "edges": []})").problem().find("not in the node's"),
      std::string::npos);
  EXPECT_NE(error_of(head + R"({"中方": {"a.txt": "rules"}}}], "edges": []})").problem().find("do not match"),
            std::string::npos);
  EXPECT_NE(error_of(head + R"({"中方": {"b.txt": "text"}}}], "edges": []})")
                .problem()
                .find("not in \"documents\""),
            std::string::npos);
}
}  // namespace
}  // namespace kg::graph

namespace kg::graph {
namespace {

TEST(NativeFile, RefusesToWriteTextThatIsNotUtf8) {
  KnowledgeGraph graph;
  graph.add_node(NodeType::Country, "bad \xFF name");
  std::ostringstream out;
  EXPECT_THROW(write_native(graph, out), Error);
}

TEST(NativeFile, WritesAndReadsWhatRapidJsonAcceptsAndRefusesTheRest) {
  // Every 1- to 4-byte string over bytes at the edges of UTF-8's ranges:
  // what write_native writes, read_native must read, and what it refuses,
  // RapidJSON's own validation refuses too.
  const unsigned char edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  auto rapidjson_accepts = [](const std::string& text) {
    rapidjson::MemoryStream in(text.data(), text.size());
    struct Discard {
      void Put(char) {}
    } discard;
    while (in.Tell() < text.size()) {
      if (!rapidjson::UTF8<>::Validate(in, discard)) return false;
    }
    return true;
  };
  std::vector<std::string> texts{""};
  for (int length = 1; length <= 3; ++length) {
    std::vector<std::string> longer;
    for (const std::string& text : texts) {
      if (static_cast<int>(text.size()) != length - 1) continue;
      for (unsigned char byte : edges) longer.push_back(text + static_cast<char>(byte));
    }
    texts.insert(texts.end(), longer.begin(), longer.end());
  }
  // Four bytes: the leads of 4-byte forms, with trails at the range edges.
  const unsigned char trails[] = {0x41, 0x80, 0x8F, 0x90, 0xBF, 0xC0};
  for (unsigned char lead : {0xF0, 0xF1, 0xF4, 0xF5}) {
    for (unsigned char b1 : trails) {
      for (unsigned char b2 : trails) {
        for (unsigned char b3 : trails) {
          texts.push_back(std::string{static_cast<char>(lead), static_cast<char>(b1), static_cast<char>(b2),
                                      static_cast<char>(b3)});
        }
      }
    }
  }
  for (const std::string& text : texts) {
    KnowledgeGraph graph;
    graph.add_node(NodeType::Country, "x" + text);
    std::ostringstream out;
    bool written = true;
    try {
      write_native(graph, out);
    } catch (const Error&) {
      written = false;
    }
    ASSERT_EQ(written, rapidjson_accepts(text)) << "bytes: " << ::testing::PrintToString(text);
    // The reader skips RapidJSON's own check where its faster one passes:
    // it must refuse exactly what RapidJSON refuses (and raw control
    // characters, which JSON strings cannot hold).
    const bool has_control = std::any_of(text.begin(), text.end(), [](char c) { return c >= 0 && c < 0x20; });
    const std::string file = R"({"format": "kg-graph", "version": 1, "documents": [], "nodes": [)"
                             R"({"type": "Country", "name": "x)" +
                             text + R"(", "aliases": {}, "attributes": {}, "mentions": {}}], "edges": []})";
    bool read = true;
    try {
      read_text(file);
    } catch (const FormatError&) {
      read = false;
    }
    ASSERT_EQ(read, rapidjson_accepts(text) && !has_control) << "bytes: " << ::testing::PrintToString(text);
  }
}

// A version 2 file with one document, one node mentioned in it and an edge
// with one evidence item: `nodes` and `edges` (or the whole) replaced to make
// each hostile shape.
std::string strict_file(const std::string& documents, const std::string& mentions, const std::string& doc) {
  return R"({"format": "kg-graph", "version": 2, "documents": )" + documents +
         R"(, "nodes": [{"type": "Country", "name": "中国", "aliases": {}, "attributes": {}, "mentions": )" +
         mentions + R"(}], "edges": [{"source": 0, "target": 0, "relation": "SUPPORTS", "evidence": [)" +
         R"({"doc": )" + doc +
         R"(, "line": 1, "offset": 0, "sentence": "s", "rule": "r", "trigger": "t"}]}]})";
}
const std::string kOneDocument =
    R"([{"id": "a.txt", "bytes": 10, "sha1": "0123456789abcdef0123456789abcdef01234567"}])";

TEST(NativeFile, StrictFileOfOneDocumentReads) {
  const KnowledgeGraph graph = read_text(strict_file(kOneDocument, R"({"a.txt": 2})", R"("a.txt")"));
  EXPECT_EQ(graph.node(*graph.find_node(NodeType::Country, "中国")).mention_count(), 2u);
}

TEST(NativeFile, DeepNestingIsAnErrorNotACrash) {
  // 400 KB of brackets overflowed the stack of RapidJSON's recursive parser.
  const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
  FormatError error = error_of(deep);
  EXPECT_EQ(error.line(), 1u);
  EXPECT_NE(error.problem().find("nested deeper than"), std::string::npos) << error.what();
  // Deep inside a graph's value, the same.
  error = error_of(strict_file(kOneDocument, std::string(1000, '[') + std::string(1000, ']'), R"("a.txt")"));
  EXPECT_NE(error.problem().find("nested deeper than"), std::string::npos) << error.what();
}

TEST(NativeFile, ALoneSurrogateEscapeIsAnError) {
  // RapidJSON 1.1 turned "\udc00" into bytes that are not UTF-8, which kg
  // printed and then could not save.
  for (const char* name : {R"(x\udc00)", R"(\ud800)", R"(\uDBFFx)"}) {
    std::string text = strict_file(kOneDocument, "{}", R"("a.txt")");
    text.replace(text.find("中国"), std::string("中国").size(), name);
    const FormatError error = error_of(text);
    EXPECT_NE(error.problem().find("lone surrogate"), std::string::npos) << name << ": " << error.what();
    EXPECT_EQ(error.line(), 1u);
  }
  std::string pair = strict_file(kOneDocument, "{}", R"("a.txt")");
  pair.replace(pair.find("中国"), std::string("中国").size(), R"(\ud83d\ude00)");
  EXPECT_TRUE(read_text(pair).find_node(NodeType::Country, "😀").has_value());
}

TEST(NativeFile, CountsAbove2To53AreErrors) {
  // 2^64-1 bytes and mentions wrapped when summed: stats printed
  // 18446744073709551614 bytes, a query -2 mentions.
  const std::string huge = "18446744073709551615";
  std::string documents = kOneDocument;
  documents.replace(documents.find("10"), 2, huge);
  EXPECT_EQ(error_of(strict_file(documents, "{}", R"("a.txt")")).problem(),
            "at /documents/0/bytes: expected a whole number from 0 to 9007199254740992");
  EXPECT_EQ(error_of(strict_file(kOneDocument, R"({"a.txt": )" + huge + "}", R"("a.txt")")).problem(),
            "at /nodes/0/mentions/a.txt: expected a whole number from 0 to 9007199254740992");
  EXPECT_EQ(error_of(strict_file(kOneDocument, R"({"a.txt": -2})", R"("a.txt")")).problem(),
            "at /nodes/0/mentions/a.txt: expected a whole number from 0 to 9007199254740992");
  // 2^53 itself is read, and sums of counts saturate rather than wrap.
  KnowledgeGraph graph = read_text(strict_file(kOneDocument, R"({"a.txt": 9007199254740992})", R"("a.txt")"));
  const auto china = *graph.find_node(NodeType::Country, "中国");
  for (int i = 0; i < 3000; ++i) graph.add_mentions(china, "d" + std::to_string(i), kMaxNativeCount);
  EXPECT_EQ(graph.node(china).mention_count(), std::numeric_limits<std::uint64_t>::max());
}

TEST(NativeFile, MentionsAndEvidenceOfAnAbsentDocumentAreErrors) {
  EXPECT_EQ(error_of(strict_file(kOneDocument, R"({"b.txt": 1})", R"("a.txt")")).problem(),
            "at /nodes/0/mentions/b.txt: a document not in \"documents\"");
  EXPECT_EQ(error_of(strict_file(kOneDocument, "{}", R"("gone.txt")")).problem(),
            "at /edges/0/evidence/0/doc: a document not in \"documents\"");
  EXPECT_EQ(error_of(strict_file("[]", R"({"a.txt": 1})", R"("a.txt")")).problem(),
            "at /nodes/0/mentions/a.txt: a document not in \"documents\"");
}

TEST(NativeFile, AKeyGivenTwiceIsAnError) {
  // RapidJSON keeps both members; the reader took the first.
  EXPECT_EQ(error_of(strict_file(kOneDocument, R"({"a.txt": 1, "a.txt": 5})", R"("a.txt")")).problem(),
            "at /nodes/0/mentions/a.txt: the key \"a.txt\" is given twice");
  std::string text = strict_file(kOneDocument, "{}", R"("a.txt")");
  text.replace(text.find(R"("version": 2)"), 12, R"("version": 2, "version": 1)");
  EXPECT_EQ(error_of(text).problem(), "at /version: the key \"version\" is given twice");
  text = strict_file(kOneDocument, "{}", R"("a.txt")");
  text.replace(text.find(R"("aliases": {})"), 13, R"("aliases": {"x": "rules", "x": "text"})");
  EXPECT_EQ(error_of(text).problem(), "at /nodes/0/aliases/x: the key \"x\" is given twice");
  text = strict_file(kOneDocument, "{}", R"("a.txt", "doc": "a.txt")");
  EXPECT_EQ(error_of(text).problem(), "at /edges/0/evidence/0/doc: the key \"doc\" is given twice");
}

TEST(NativeFile, AFileLargerThanTheCapIsRefusedBeforeItIsRead) {
  // Sparse: past the cap by its size, with no disk used and nothing read.
  const std::filesystem::path huge =
      std::filesystem::temp_directory_path() / ("kg_native_huge_" + std::to_string(::getpid()) + ".kg.json");
  std::ofstream(huge).close();
  std::filesystem::resize_file(huge, kMaxNativeFileBytes + 1);
  try {
    load_native(huge.string());
    ADD_FAILURE() << "no error";
  } catch (const IoError& error) {
    EXPECT_EQ(std::string(error.what()), huge.string() + ": larger than " +
                                             std::to_string(kMaxNativeFileBytes >> 20) +
                                             " MB, the most kg reads as a graph file");
  }
  std::filesystem::remove(huge);
}

}  // namespace
}  // namespace kg::graph
