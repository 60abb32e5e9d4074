// Names per language in every format: each writes name_en and name_zh where
// known, and labels nodes in the language asked for (kg export --lang).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "export/csv_writer.h"
#include "export/export.h"
#include "graph/native_file.h"
#include "tests/export/consumers.h"

namespace kg::exporter {
namespace {

using graph::Language;
using graph::NodeType;
using graph::RelationType;

// 欧盟 known in both languages, "Foo Institute" only in English, a year in none.
graph::KnowledgeGraph named_graph() {
  graph::KnowledgeGraph g;
  auto eu = g.add_node(NodeType::Organization, "欧盟");
  g.set_name(eu, Language::English, "European Union");
  g.set_name(eu, Language::Chinese, "欧盟");
  auto foo = g.add_node(NodeType::Organization, "Foo Institute");
  g.set_name(foo, Language::English, "Foo Institute");
  auto year = g.add_node(NodeType::Year, "2020");
  g.add_edge(eu, RelationType::CooperatesWith, foo, 2020);
  g.add_edge(foo, RelationType::InYear, year, std::nullopt);
  return g;
}

std::string written(Format format, std::optional<Language> language) {
  std::ostringstream out;
  WriteOptions options;
  options.language = language;
  write(named_graph(), out, format, options);
  return out.str();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(LanguageNames, GraphmlWritesTheNamesAndLabelsByLanguage) {
  const std::string canonical = written(Format::GraphML, std::nullopt);
  EXPECT_TRUE(has(canonical, R"(<key id="n_name_en" for="node" attr.name="name_en" attr.type="string"/>)"));
  EXPECT_TRUE(has(canonical, R"(<data key="n_label">欧盟</data>)")) << canonical;
  EXPECT_TRUE(has(canonical, R"(<data key="n_name_en">European Union</data>)"));
  EXPECT_TRUE(has(canonical, R"(<data key="n_name_zh">欧盟</data>)"));
  const std::string english = written(Format::GraphML, Language::English);
  EXPECT_TRUE(has(english, R"(<data key="n_label">European Union</data>)")) << english;
  EXPECT_TRUE(has(english, R"(<node id="org:欧盟">)")) << "ids stay canonical";
  const std::string chinese = written(Format::GraphML, Language::Chinese);
  EXPECT_TRUE(has(chinese, R"(<data key="n_label">Foo Institute</data>)")) << "no Chinese name: canonical";
}

TEST(LanguageNames, GexfWritesTheNamesAndLabelsByLanguage) {
  const std::string english = written(Format::Gexf, Language::English);
  EXPECT_TRUE(has(english, R"(<attribute id="name_zh" title="name_zh" type="string"/>)"));
  EXPECT_TRUE(has(english, R"(label="European Union")")) << english;
  EXPECT_TRUE(has(english, R"(<attvalue for="name_zh" value="欧盟"/>)"));
  EXPECT_TRUE(has(written(Format::Gexf, std::nullopt), R"(label="欧盟")"));
  EXPECT_TRUE(has(written(Format::GexfDynamic, Language::English), R"(label="European Union")"));
}

TEST(LanguageNames, JsonWritesTheNamesAndLabelsByLanguage) {
  const std::string node_link = written(Format::NodeLink, Language::English);
  EXPECT_TRUE(has(node_link, R"("label": "European Union",)")) << node_link;
  EXPECT_TRUE(has(node_link, R"("name_en": "European Union",)"));
  EXPECT_TRUE(has(node_link, R"("name_zh": "欧盟",)"));
  EXPECT_TRUE(has(written(Format::NodeLink, std::nullopt), R"("label": "欧盟",)"));
  const std::string cytoscape = written(Format::Cytoscape, Language::English);
  EXPECT_TRUE(has(cytoscape, R"("name": "European Union",)")) << cytoscape;
  EXPECT_TRUE(has(cytoscape, R"("name_zh": "欧盟",)"));
}

TEST(LanguageNames, DiagramsLabelNodesByLanguage) {
  const std::string english = written(Format::Dot, Language::English);
  EXPECT_TRUE(has(english, "\"European Union\"")) << english;
  EXPECT_FALSE(has(english, "label=欧盟"));
  EXPECT_TRUE(has(written(Format::Dot, std::nullopt), "label=欧盟"));
}

TEST(LanguageNames, TheViewShowsTheNameInTheLanguageAndFindsTheOthers) {
  const std::string english = written(Format::Html, Language::English);
  EXPECT_TRUE(
      has(english,
          R"("name":"European Union","type":"Organization","name_en":"European Union","name_zh":"欧盟")"))
      << english.substr(english.find("kg-data"), 600);
  // Searching for the canonical name still finds the node.
  EXPECT_TRUE(has(english, R"("known":["欧盟"])"));
  const std::string canonical = written(Format::Html, std::nullopt);
  EXPECT_TRUE(has(canonical, R"("name":"欧盟","type":"Organization")"));
  EXPECT_TRUE(has(canonical, R"("known":["European Union"])"));
}

TEST(LanguageNames, CsvHasAColumnPerLanguage) {
  std::map<std::string, std::string> files;
  const FileSink sink = [&](const std::string& name, const std::function<void(std::ostream&)>& write_file) {
    std::ostringstream out;
    write_file(out);
    files[name] = out.str();
  };
  write_neo4j_csv(named_graph(), sink);
  EXPECT_TRUE(has(files["nodes.csv"], "id:ID,name,name_en,name_zh,:LABEL,"));
  EXPECT_TRUE(has(files["nodes.csv"], R"("org:欧盟","欧盟","European Union","欧盟","Organization")"))
      << files["nodes.csv"];
  EXPECT_TRUE(
      has(files["nodes.csv"], R"("org:Foo_Institute","Foo Institute","Foo Institute",,"Organization")"))
      << files["nodes.csv"];
  files.clear();
  write_kuzu_csv(named_graph(), sink);
  EXPECT_TRUE(has(files["schema.cypher"], "name STRING, name_en STRING, name_zh STRING,"));
  EXPECT_TRUE(has(files["nodes_Organization.csv"], "id,name,name_en,name_zh,aliases,"));
  EXPECT_TRUE(has(files["nodes_Organization.csv"], R"("org:欧盟","欧盟","European Union","欧盟",)"));
}

// `kg export --lang` as a user runs it.
TEST(LanguageNames, ExportCommandTakesLang) {
  namespace fs = std::filesystem;
  const std::string directory = testing::scratch_path("language_names_export");
  fs::remove_all(directory);
  fs::create_directories(directory);
  const std::string graph_file = directory + "/g.kg.json";
  graph::save_native(named_graph(), graph_file);
  const auto kg = [&](const std::string& args, int& status) {
    return testing::run(
        std::string(KG_BINARY) + " export " + testing::shell_quote(graph_file) + " " + args + " 2>&1",
        status);
  };
  int status = 0;
  const std::string out = kg("-o - --format graphml --lang en -q", status);
  EXPECT_EQ(WEXITSTATUS(status), 0) << out;
  EXPECT_TRUE(has(out, R"(<data key="n_label">European Union</data>)")) << out;
  const std::string bad = kg("-o - --format graphml --lang fr", status);
  EXPECT_EQ(WEXITSTATUS(status), 2) << bad;
  EXPECT_TRUE(has(bad, "--lang takes en or zh, not 'fr'")) << bad;
  const std::string help = kg("--help", status);
  EXPECT_TRUE(has(help, "--lang en|zh")) << help;
  EXPECT_TRUE(has(help, "kg export samples.kg.json -o samples-en.svg --lang en"));
  fs::remove_all(directory);
}

}  // namespace
}  // namespace kg::exporter
