// Names per language: kept by the graph, merged, saved and read back.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "base/errors.h"
#include "graph/graph.h"
#include "graph/native_file.h"

namespace kg::graph {
namespace {

std::string to_text(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_native(graph, out);
  return out.str();
}

KnowledgeGraph named_graph() {
  KnowledgeGraph graph;
  auto eu = graph.add_node(NodeType::Organization, "欧盟");
  graph.set_name(eu, Language::English, "European Union");
  graph.set_name(eu, Language::Chinese, "欧盟");
  auto unknown = graph.add_node(NodeType::Organization, "Foo Institute");
  graph.set_name(unknown, Language::English, "Foo Institute");
  graph.add_node(NodeType::Year, "2020");
  return graph;
}

TEST(NodeNames, LanguagesHaveTheirCommandLineSpelling) {
  EXPECT_EQ(parse_language("en"), Language::English);
  EXPECT_EQ(parse_language("zh"), Language::Chinese);
  EXPECT_FALSE(parse_language("EN"));
  EXPECT_FALSE(parse_language("fr"));
  EXPECT_EQ(to_string(Language::Chinese), "zh");
}

TEST(NodeNames, ScriptTellsTheLanguageOfAName) {
  EXPECT_EQ(language_of_script("欧盟"), Language::Chinese);
  EXPECT_EQ(language_of_script("G20峰会"), Language::Chinese) << "a Han character makes it Chinese";
  EXPECT_EQ(language_of_script("European Union"), Language::English);
  EXPECT_EQ(language_of_script("António Guterres"), Language::English);
  EXPECT_FALSE(language_of_script("2020"));
  EXPECT_FALSE(language_of_script("Москва"));
  EXPECT_FALSE(language_of_script(""));
}

TEST(NodeNames, DisplayNameFallsBackToTheCanonicalName) {
  const KnowledgeGraph graph = named_graph();
  const NodeData& eu = graph.node(*graph.find_node(NodeType::Organization, "欧盟"));
  EXPECT_EQ(eu.display_name(Language::English), "European Union");
  EXPECT_EQ(eu.display_name(Language::Chinese), "欧盟");
  EXPECT_EQ(eu.display_name(std::nullopt), "欧盟");
  const NodeData& foo = graph.node(*graph.find_node(NodeType::Organization, "Foo Institute"));
  EXPECT_EQ(foo.display_name(Language::Chinese), "Foo Institute") << "no Chinese name known";
}

TEST(NodeNames, MergingKeepsBothNamesWhateverTheOrder) {
  KnowledgeGraph english;
  english.set_name(english.add_node(NodeType::Organization, "欧盟"), Language::English, "European Union");
  KnowledgeGraph chinese;
  chinese.set_name(chinese.add_node(NodeType::Organization, "欧盟"), Language::Chinese, "欧盟");
  KnowledgeGraph one = english;
  one.merge(chinese);
  KnowledgeGraph other = chinese;
  other.merge(KnowledgeGraph(english));
  EXPECT_EQ(one, other);
  const NodeData& eu = one.node(*one.find_node(NodeType::Organization, "欧盟"));
  EXPECT_EQ(eu.name_en, "European Union");
  EXPECT_EQ(eu.name_zh, "欧盟");
}

TEST(NodeNames, OfTwoDifferentNamesTheSmallerStays) {
  KnowledgeGraph a;
  a.set_name(a.add_node(NodeType::Organization, "欧盟"), Language::English, "the EU");
  KnowledgeGraph b;
  b.set_name(b.add_node(NodeType::Organization, "欧盟"), Language::English, "European Union");
  KnowledgeGraph ab = a;
  ab.merge(b);
  KnowledgeGraph ba = b;
  ba.merge(a);
  EXPECT_EQ(ab, ba);
  EXPECT_EQ(ab.node(0).name_en, "European Union");
}

TEST(NodeNames, RemovingADocumentKeepsTheNamesOfTheNodesLeft) {
  KnowledgeGraph graph;
  graph.add_document({"a.txt", 1, "x"});
  graph.add_document({"b.txt", 1, "y"});
  auto eu = graph.add_node(NodeType::Organization, "欧盟");
  graph.set_name(eu, Language::English, "European Union");
  graph.add_mentions(eu, "a.txt");
  graph.add_mentions(graph.add_node(NodeType::Country, "中国"), "b.txt");
  graph.remove_documents({"b.txt"});
  ASSERT_EQ(graph.node_count(), 1u);
  EXPECT_EQ(graph.node(0).name_en, "European Union");
}

TEST(NodeNames, RoundTripThroughTheNativeFile) {
  const KnowledgeGraph graph = named_graph();
  const std::string text = to_text(graph);
  EXPECT_NE(text.find("\"name\": \"欧盟\",\n   \"name_en\": \"European Union\",\n   \"name_zh\": \"欧盟\","),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("\"name_zh\": \"Foo"), std::string::npos) << "an unknown name is left out";
  const KnowledgeGraph back = read_native(text, "names.kg.json");
  EXPECT_EQ(back, graph);
  EXPECT_EQ(to_text(back), text);
}

TEST(NodeNames, AnOlderFileIsNamedByScriptAndTheRulesEnglishName) {
  const KnowledgeGraph graph = read_native(R"({"format": "kg-graph", "version": 3, "documents": [],
    "nodes": [
      {"type": "Organization", "name": "欧盟", "aliases": {}, "attributes": {"en": "European Union"},
       "mentions": {}},
      {"type": "Organization", "name": "Foo Institute", "aliases": {}, "attributes": {}, "mentions": {}},
      {"type": "Year", "name": "2020", "aliases": {}, "attributes": {}, "mentions": {}}],
    "edges": []})",
                                           "old.kg.json");
  const NodeData& eu = graph.node(*graph.find_node(NodeType::Organization, "欧盟"));
  EXPECT_EQ(eu.name_en, "European Union");
  EXPECT_EQ(eu.name_zh, "欧盟");
  const NodeData& foo = graph.node(*graph.find_node(NodeType::Organization, "Foo Institute"));
  EXPECT_EQ(foo.name_en, "Foo Institute");
  EXPECT_EQ(foo.name_zh, "");
  const NodeData& year = graph.node(*graph.find_node(NodeType::Year, "2020"));
  EXPECT_EQ(year.name_en, "");
  EXPECT_EQ(year.name_zh, "");
  // Written again, as a version 4 file with the names.
  EXPECT_NE(to_text(graph).find("\"name_en\": \"European Union\""), std::string::npos);
}

TEST(NodeNames, AVersionFourFileIsTakenAsWritten) {
  const KnowledgeGraph graph = read_native(R"({"format": "kg-graph", "version": 4, "documents": [],
    "nodes": [{"type": "Organization", "name": "欧盟", "aliases": {}, "attributes": {"en": "EU"},
               "mentions": {}}],
    "edges": []})",
                                           "new.kg.json");
  EXPECT_EQ(graph.node(0).name_en, "") << "no name_en written: none is known";
}

TEST(NodeNames, AnEmptyOrNonStringNameIsAnErrorThatSaysWhere) {
  const auto problem = [](const std::string& names) {
    try {
      read_native(R"({"format": "kg-graph", "version": 4, "documents": [],
        "nodes": [{"type": "Organization", "name": "欧盟", )" +
                      names + R"(, "aliases": {}, "attributes": {}, "mentions": {}}], "edges": []})",
                  "bad.kg.json");
    } catch (const FormatError& error) {
      return error.problem();
    }
    return std::string("no error");
  };
  EXPECT_NE(problem(R"("name_en": "")").find("at /nodes/0/name_en: an empty name"), std::string::npos);
  EXPECT_NE(problem(R"("name_zh": 3)").find("at /nodes/0/name_zh"), std::string::npos);
}

}  // namespace
}  // namespace kg::graph
