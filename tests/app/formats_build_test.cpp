// `kg build` on documents as people have them: an HTML page, a DOCX, an ODT,
// a PDF and a subtitle file in one directory each give edges with evidence from the
// document, offsets in its extracted text; a damaged one is skipped with
// its name, as an unreadable text file is.
#include <set>

#include "graph/graph.h"
#include "graph/native_file.h"
#include "tests/app/kg_process.h"
#include "tests/text/document_files.h"

namespace kg::testing {
namespace {

constexpr const char* kSentence = "2020年9月，中国提出《全球数据安全倡议》。";

class FormatsBuild : public KgProcess {};

TEST_F(FormatsBuild, EachFormatGivesEdgesWithEvidenceFromItsText) {
  write("in/page.html",
        std::string("<!DOCTYPE html><html><head><title>Notes</title><script>x()</script></head>"
                    "<body><p>") +
            kSentence + "</p></body></html>");
  fs::create_directories(path("in"));
  text::testing::write_docx(path("in/memo.docx"), {"Memo", kSentence});
  text::testing::write_odt(path("in/brief.odt"), std::string("<text:p>") + kSentence + "</text:p>");
  text::testing::write_pdf(path("in/report.pdf"), {{"Report"}, {kSentence}}, "Noto Sans CJK SC");
  const CommandResult run = kg("build " + at("in") + " -o " + at("g.kg.json"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());
  const auto china = graph.find_node(graph::NodeType::Country, "中国");
  const auto initiative = graph.find_node(graph::NodeType::Initiative, "全球数据安全倡议");
  ASSERT_TRUE(china && initiative);
  const auto proposed = graph.find_edge(*china, graph::RelationType::Proposed, *initiative);
  ASSERT_TRUE(proposed);
  std::set<std::string> documents;
  for (const graph::Evidence& evidence : graph.edge(*proposed).evidence) {
    const std::string name = evidence.document.substr(evidence.document.rfind('/') + 1);
    documents.insert(name);
    EXPECT_EQ(evidence.sentence, kSentence) << name;
    EXPECT_EQ(evidence.year, 2020) << name;
  }
  EXPECT_EQ(documents, (std::set<std::string>{"brief.odt", "memo.docx", "page.html", "report.pdf"}));
  // The offset is in the text kg extracted: after the title line, the first paragraph, the first page.
  for (const graph::Evidence& evidence : graph.edge(*proposed).evidence) {
    if (evidence.document.ends_with("page.html")) {
      EXPECT_EQ(evidence.offset, std::string("Notes\n").size());
    }
    if (evidence.document.ends_with("memo.docx")) {
      EXPECT_EQ(evidence.offset, std::string("Memo\n").size());
    }
    if (evidence.document.ends_with("brief.odt")) {
      EXPECT_EQ(evidence.offset, 0u);
    }
    // The PDF's sentence is on its second page; no other format has pages.
    EXPECT_EQ(evidence.page,
              evidence.document.ends_with("report.pdf") ? std::optional<std::uint32_t>(2) : std::nullopt);
  }
}

TEST_F(FormatsBuild, APdfsPageIsShownWhereverItsEvidenceIs) {
  fs::create_directories(path("in"));
  text::testing::write_pdf(path("in/report.pdf"), {{"Report"}, {kSentence}}, "Noto Sans CJK SC");
  ASSERT_EQ(kg("build " + at("in") + " -o " + at("g.kg.json")).exit_code, 0);

  const CommandResult show = kg("show " + at("g.kg.json") + " 全球数据安全倡议");
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("report.pdf:3, page 2)"), std::string::npos) << show.out;

  const CommandResult query =
      kg("query " + at("g.kg.json") + " \"MATCH ()-[r:PROPOSED]->() RETURN r\" --format json");
  ASSERT_EQ(query.exit_code, 0) << query.err;
  EXPECT_NE(query.out.find("\"page\":2"), std::string::npos) << query.out;

  const CommandResult exported = kg("export " + at("g.kg.json") + " -f node-link -o -");
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_NE(exported.out.find("report.pdf p. 2\""), std::string::npos) << exported.out;
  ASSERT_EQ(kg("export " + at("g.kg.json") + " -o " + at("g.graphml")).exit_code, 0);
  EXPECT_NE(read_file(path("g.graphml")).find("<data key=\"e_pages\">"), std::string::npos)
      << read_file(path("g.graphml"));
  ASSERT_EQ(kg("export " + at("g.kg.json") + " -o " + at("g.gexf")).exit_code, 0);
  EXPECT_NE(read_file(path("g.gexf")).find("for=\"pages\" value=\""), std::string::npos);
}

// A subtitle file's sentence, broken across two cues, is one sentence of evidence.
TEST_F(FormatsBuild, ASubtitleFilesSentenceRunsAcrossItsCues) {
  write("in/talk.srt",
        "1\n00:00:01,000 --> 00:00:02,500\nIn September 2020, China\n\n"
        "2\n00:00:02,700 --> 00:00:04,000\nproposed the Global Initiative\non Data Security.\n");
  const CommandResult run = kg("build " + at("in") + " -o " + at("g.kg.json"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());
  const auto china = graph.find_node(graph::NodeType::Country, "中国");
  const auto initiative = graph.find_node(graph::NodeType::Initiative, "全球数据安全倡议");
  ASSERT_TRUE(china && initiative);
  const auto proposed = graph.find_edge(*china, graph::RelationType::Proposed, *initiative);
  ASSERT_TRUE(proposed);
  ASSERT_EQ(graph.edge(*proposed).evidence.size(), 1u);
  const graph::Evidence& evidence = *graph.edge(*proposed).evidence.begin();
  EXPECT_EQ(evidence.sentence, "In September 2020, China proposed the Global Initiative on Data Security.");
  EXPECT_EQ(evidence.year, 2020);
}

TEST_F(FormatsBuild, ADamagedDocumentIsSkippedWithItsNameAndTheOthersRead) {
  write("in/page.html", std::string("<html><body><p>") + kSentence + "</p></body></html>");
  write("in/broken.pdf", "%PDF-1.7\n1 0 obj <<");
  write("in/broken.docx", std::string("PK\x03\x04", 4) + "truncated");
  const CommandResult run = kg("build " + at("in") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 3) << run.err;  // partial: some input skipped
  EXPECT_NE(run.err.find("broken.pdf: a PDF poppler cannot read"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("broken.docx: not a readable zip archive"), std::string::npos) << run.err;
  const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());
  EXPECT_TRUE(graph.find_node(graph::NodeType::Initiative, "全球数据安全倡议"));
}

}  // namespace
}  // namespace kg::testing
