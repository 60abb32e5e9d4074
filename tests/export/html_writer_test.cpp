// The interactive view: one self-contained page whose embedded data parses,
// carries every name and every piece of evidence, and that no text from a
// document can break out of. (tests/view/ opens it in a browser.)
#include "export/html_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>

#include "tests/export/sample_graph.h"

namespace kg::exporter {
namespace {

using graph::NodeType;
using graph::RelationType;
using testing::sample_graph;

constexpr std::string_view kDataStart = R"(<script type="application/json" id="kg-data">)";

std::string html(const graph::KnowledgeGraph& g, const std::string& title = "",
                 const KnownNames& known = {}) {
  std::ostringstream out;
  write_html(g, out, title, known);
  return out.str();
}

// The text of the data element, as the browser hands it to JSON.parse.
std::string data_text(const std::string& page) {
  const std::size_t start = page.find(kDataStart);
  EXPECT_NE(start, std::string::npos);
  const std::size_t begin = start + kDataStart.size();
  const std::size_t end = page.find("</script>", begin);
  EXPECT_NE(end, std::string::npos);
  return page.substr(begin, end - begin);
}

rapidjson::Document data(const std::string& page) {
  rapidjson::Document document;
  const std::string text = data_text(page);
  document.Parse(text.c_str(), text.size());
  EXPECT_FALSE(document.HasParseError()) << text;
  return document;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// A graph whose text tries every way out of a <script> element.
graph::KnowledgeGraph hostile_graph(const std::string& sentence) {
  graph::KnowledgeGraph g;
  auto china = g.add_node(NodeType::Country, "中国</script><script>alert(1)</script>");
  auto gdsi = g.add_node(NodeType::Initiative, "<!--<script>");
  auto edge = g.add_edge(china, RelationType::Proposed, gdsi, 2020);
  g.add_evidence(edge, {"docs/</SCRIPT>.txt", sentence, 10, 3, "proposed", "提出", 2020});
  return g;
}

TEST(HtmlWriter, IsOnePageWithScriptAndStyleInlined) {
  const std::string page = html(sample_graph());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<style>"), std::string::npos);
  // No external resource: no script, stylesheet or image by URL.
  EXPECT_EQ(page.find("<script src"), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  // The app's placeholders are all filled, the bundle (sigma.js) is in.
  EXPECT_EQ(page.find("@KG_"), std::string::npos);
  EXPECT_NE(page.find("kgView"), std::string::npos);
  EXPECT_NE(page.find(R"(id="kg-search")"), std::string::npos);
  EXPECT_NE(page.find(R"(id="kg-save-png")"), std::string::npos);
}

TEST(HtmlWriter, EmbedsNodesAndEdgesWithTheirEvidence) {
  graph::KnowledgeGraph g;
  auto china = g.add_node(NodeType::Country, "中国");
  g.set_attribute(china, "iso", "CN");
  g.add_alias(china, "China", "cldr");
  auto gdsi = g.add_node(NodeType::Initiative, "全球数据安全倡议");
  auto russia = g.add_node(NodeType::Country, "俄罗斯");
  auto proposed = g.add_edge(china, RelationType::Proposed, gdsi, 2020);
  g.add_evidence(proposed, {"docs/a.txt", "中国提出《全球数据安全倡议》。", 40, 2, "proposed", "提出", 2020});
  g.add_edge(china, RelationType::CooperatesWith, russia, std::nullopt);
  const rapidjson::Document json = data(html(g));

  ASSERT_EQ(json["nodes"].Size(), 3u);
  const auto& first = json["nodes"][0];  // canonical order: Country 中国 first
  EXPECT_STREQ(first["key"].GetString(), "country:CN");
  EXPECT_STREQ(first["name"].GetString(), "中国");
  EXPECT_STREQ(first["type"].GetString(), "Country");
  EXPECT_STREQ(first["aliases"][0].GetString(), "China");
  EXPECT_STREQ(first["attributes"]["iso"].GetString(), "CN");
  EXPECT_EQ(first["degree"].GetUint(), 2u);
  EXPECT_STREQ(json["nodeTypes"]["Country"].GetString(), "#8dd3c7");

  ASSERT_EQ(json["edges"].Size(), 2u);
  const auto& edge = json["edges"][0];
  EXPECT_STREQ(edge["key"].GetString(), "e0");
  EXPECT_STREQ(edge["source"].GetString(), "country:CN");
  EXPECT_STREQ(edge["relation"].GetString(), "PROPOSED");
  EXPECT_FALSE(edge.HasMember("symmetric"));
  EXPECT_EQ(edge["years"][0].GetInt(), 2020);
  ASSERT_EQ(edge["evidence"].Size(), 1u);
  const auto& evidence = edge["evidence"][0];
  EXPECT_STREQ(json["sentences"][evidence[0].GetUint()].GetString(), "中国提出《全球数据安全倡议》。");
  EXPECT_STREQ(json["documents"][evidence[1].GetUint()].GetString(), "docs/a.txt");
  EXPECT_EQ(evidence[2].GetUint(), 2u);
  EXPECT_EQ(evidence[3].GetInt(), 2020);
  const auto& cooperates = json["edges"][1];
  EXPECT_STREQ(cooperates["key"].GetString(), "e1");
  EXPECT_TRUE(cooperates["symmetric"].GetBool());
  EXPECT_EQ(cooperates["years"].Size(), 0u);
}

TEST(HtmlWriter, WritesEachSentenceAndDocumentOnce) {
  graph::KnowledgeGraph g;
  auto a = g.add_node(NodeType::Country, "中国");
  auto b = g.add_node(NodeType::Country, "俄罗斯");
  auto i = g.add_node(NodeType::Initiative, "倡议");
  const std::string sentence = "中国和俄罗斯共同提出倡议，这是一个很长的句子。";
  g.add_evidence(g.add_edge(a, RelationType::Proposed, i, 2020),
                 {"d.txt", sentence, 0, 1, "r", "提出", 2020});
  g.add_evidence(g.add_edge(b, RelationType::Proposed, i, 2020),
                 {"d.txt", sentence, 0, 1, "r", "提出", 2020});
  const std::string page = html(g);
  EXPECT_EQ(count(page, sentence), 1u);
  const rapidjson::Document json = data(page);
  EXPECT_EQ(json["sentences"].Size(), 1u);
  EXPECT_EQ(json["documents"].Size(), 1u);
  EXPECT_EQ(json["edges"][0]["evidence"][0][0].GetUint(), json["edges"][1]["evidence"][0][0].GetUint());
}

TEST(HtmlWriter, NoTextCanEndTheDataScript) {
  const std::string sentence = "x</script><script>alert(2)</script><!--<script> y";
  const std::string page = html(hostile_graph(sentence));
  const std::string text = data_text(page);
  EXPECT_EQ(text.find("</"), std::string::npos);
  EXPECT_EQ(text.find("<!--"), std::string::npos);
  // The only closing tags are the page's own: the data's and the app's.
  EXPECT_EQ(count(page, "</script>"), 2u);
  // And JSON reads back exactly what the documents said.
  const rapidjson::Document json = data(page);
  EXPECT_EQ(json["sentences"][0].GetString(), sentence);
  EXPECT_STREQ(json["documents"][0].GetString(), "docs/</SCRIPT>.txt");
  EXPECT_STREQ(json["nodes"][1]["name"].GetString(), "<!--<script>");
}

TEST(HtmlWriter, EscapesTheTitle) {
  const std::string page = html(sample_graph(), "AI <governance> & \"data\"");
  EXPECT_NE(page.find("<title>AI &lt;governance&gt; &amp; \"data\"</title>"), std::string::npos);
  EXPECT_NE(page.find(R"(<h1 id="kg-title">AI &lt;governance&gt; &amp; "data"</h1>)"), std::string::npos);
  EXPECT_STREQ(data(page)["title"].GetString(), "AI <governance> & \"data\"");
  EXPECT_NE(html(sample_graph()).find("<title>kg</title>"), std::string::npos);
}

TEST(HtmlWriter, EmbedsTheKnownNamesTheCallerGives) {
  graph::KnowledgeGraph g;
  auto eu = g.add_node(NodeType::Organization, "欧盟");
  g.add_alias(eu, "欧洲联盟", "rules");
  g.add_node(NodeType::Country, "中国");
  const KnownNames known = [](const graph::NodeData& node) -> std::vector<std::string> {
    if (node.name != "欧盟") return {};
    return {"European Union", "EU", "欧洲联盟", "欧盟", "EU", ""};
  };
  const rapidjson::Document json = data(html(g, "", known));
  const auto& node = json["nodes"][1];  // Organization after Country
  ASSERT_STREQ(node["name"].GetString(), "欧盟");
  // Sorted, distinct, without the name, its aliases or empty names.
  ASSERT_EQ(node["known"].Size(), 2u);
  EXPECT_STREQ(node["known"][0].GetString(), "EU");
  EXPECT_STREQ(node["known"][1].GetString(), "European Union");
  EXPECT_EQ(json["nodes"][0]["known"].Size(), 0u);
}

TEST(HtmlWriter, EqualGraphsGiveEqualBytes) {
  graph::KnowledgeGraph forward;
  graph::KnowledgeGraph backward;
  {
    auto a = forward.add_node(NodeType::Country, "中国");
    auto b = forward.add_node(NodeType::Initiative, "倡议");
    forward.add_evidence(forward.add_edge(a, RelationType::Proposed, b, 2020),
                         {"a.txt", "句子一。", 0, 1, "r", "提出", 2020});
    forward.add_evidence(
        forward.add_edge(b, RelationType::InYear, forward.add_node(NodeType::Year, "2020"), 2020),
        {"b.txt", "句子二。", 5, 2, "r", "", 2020});
  }
  {
    auto y = backward.add_node(NodeType::Year, "2020");
    auto b = backward.add_node(NodeType::Initiative, "倡议");
    backward.add_evidence(backward.add_edge(b, RelationType::InYear, y, 2020),
                          {"b.txt", "句子二。", 5, 2, "r", "", 2020});
    backward.add_evidence(
        backward.add_edge(backward.add_node(NodeType::Country, "中国"), RelationType::Proposed, b, 2020),
        {"a.txt", "句子一。", 0, 1, "r", "提出", 2020});
  }
  EXPECT_EQ(html(forward, "t"), html(backward, "t"));
  EXPECT_EQ(html(sample_graph()), html(sample_graph()));
}

TEST(HtmlWriter, MakesInvalidTextValid) {
  const rapidjson::Document json = data(html(sample_graph()));
  bool found = false;
  for (const auto& node : json["nodes"].GetArray()) {
    const std::string name = node["name"].GetString();
    if (name.find("🌐") != std::string::npos) {
      found = true;
      EXPECT_NE(name.find("\xEF\xBF\xBD"), std::string::npos) << "the invalid byte became U+FFFD";
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace kg::exporter
