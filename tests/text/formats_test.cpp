// Documents as people have them: HTML, DOCX, ODT and PDF, detected by
// content and converted to UTF-8 text (text/input.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/errors.h"
#include "tests/text/document_files.h"
#include "tests/text/encoded_text.h"
#include "text/html.h"
#include "text/input.h"

namespace kg::text {
namespace {

namespace fs = std::filesystem;
using testing::encoded;
using testing::read_bytes;

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("kg_formats_" + std::to_string(::getpid()) + "_" + next())) {
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  static std::string next() {
    static int count = 0;
    return std::to_string(++count);
  }
  fs::path path_;
};

std::string format_error(const std::string& id, const std::string& bytes) {
  try {
    make_document(id, bytes);
  } catch (const FormatError& error) {
    return error.what();
  }
  return "(no error)";
}

TEST(HtmlDocument, KeepsTheTitleDropsScriptsAndDecodesEntities) {
  const Document document = make_document(
      "page.html",
      "<!DOCTYPE html><html><head><title>Data &amp; security</title><style>p{color:red}</style>"
      "<script>var x = '2020年';</script></head><body><p>2020年9月，中国提出《全球数据安全倡议》。</p>"
      "<p>A &lt;b&gt; &eacute;t&eacute; &#x4E2D;</p></body></html>");
  EXPECT_EQ(document.format, "html");
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_EQ(document.text, "Data & security\n2020年9月，中国提出《全球数据安全倡议》。\nA <b> été 中\n");
}

TEST(HtmlDocument, BlockElementsEndLinesAndCellsAreSeparated) {
  EXPECT_EQ(html_to_text("<body><h1>Title</h1><div>one<br>two</div><ul><li>a</li><li>b</li></ul>"
                         "<table><tr><td>x</td><td>y</td></tr></table>end</body>",
                         "t.html"),
            "Title\none\ntwo\na\nb\nx y\nend\n");
}

TEST(HtmlDocument, WhiteSpaceCollapsesAndALineBreakBetweenChineseCharactersGoes) {
  EXPECT_EQ(html_to_text("<p>中国\n  提出   the\n   initiative</p><pre>a  b\nc</pre>", "t.html"),
            "中国提出 the initiative\na  b\nc\n");
}

TEST(HtmlDocument, IsDetectedByContentWhateverTheNameAndByExtensionWithMarkup) {
  EXPECT_EQ(make_document("notes.txt", "  <!-- saved --><HTML><body>x</body></HTML>").format, "html");
  EXPECT_EQ(make_document("page.htm", "<p>hello</p>").format, "html");
  // Text that mentions a tag is not a web page.
  EXPECT_EQ(make_document("notes.txt", "<p> is a paragraph tag").format, "text");
  EXPECT_EQ(make_document("notes.txt", "<p> is a paragraph tag").text, "<p> is a paragraph tag");
}

TEST(HtmlDocument, InALegacyEncodingIsDecodedFirst) {
  // "中国提出倡议。" repeated, in GB18030, inside markup.
  std::string gb;
  for (int i = 0; i < 20; ++i) gb += "\xD6\xD0\xB9\xFA\xCC\xE1\xB3\xF6\xB3\xAB\xD2\xE9\xA1\xA3";
  const Document document = make_document("gb.html", "<html><body><p>" + gb + "</p></body></html>");
  EXPECT_EQ(document.format, "html");
  EXPECT_EQ(document.encoding, "GB18030");
  EXPECT_TRUE(document.text.starts_with("中国提出倡议。")) << document.text;
}

TEST(HtmlDocument, AShortPageIsReadInTheEncodingItsMetaDeclares) {
  // Too short for ICU's statistics: without its declaration the page cannot be read.
  const std::string body = encoded("<body><p>中国提出倡议。</p></body></html>", "GBK");
  EXPECT_NE(format_error("gb.html", "<html><head><title>x</title></head>" + body).find("cannot be told"),
            std::string::npos);
  const Document gbk = make_document("gb.html", "<html><head><meta charset=\"gb2312\"></head>" + body);
  EXPECT_EQ(gbk.encoding, "GB18030");  // gb2312 is read as browsers read it, as its superset
  EXPECT_EQ(gbk.text, "中国提出倡议。\n");

  const Document big5 = make_document(
      "big5.html", "<HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Big5'></HEAD>" +
                       encoded("<BODY>美國簽署宣言。</BODY></HTML>", "Big5"));
  EXPECT_EQ(big5.text, "美國簽署宣言。\n");
}

TEST(HtmlDocument, AnUnknownOrUnfitDeclarationLeavesTheEncodingToDetection) {
  std::string gb;
  for (int i = 0; i < 20; ++i) gb += "\xD6\xD0\xB9\xFA\xCC\xE1\xB3\xF6\xB3\xAB\xD2\xE9\xA1\xA3";
  const Document unknown = make_document(
      "gb.html", "<html><head><meta charset=x-no-such-thing></head><body>" + gb + "</body></html>");
  EXPECT_EQ(unknown.encoding, "GB18030");
  EXPECT_TRUE(unknown.text.starts_with("中国提出倡议。")) << unknown.text;
  // A page that says UTF-8 but is not: detection, as with no declaration.
  const Document lying =
      make_document("gb.html", "<html><head><meta charset=utf-8></head><body>" + gb + "</body></html>");
  EXPECT_EQ(lying.encoding, "GB18030");
}

TEST(HtmlDocument, TheDeclarationIsFoundAsABrowserPrescanFindsIt) {
  EXPECT_EQ(declared_charset("<meta charset=\"GBK\">"), "gbk");
  EXPECT_EQ(declared_charset("<meta charset = 'big5' />"), "big5");
  EXPECT_EQ(declared_charset("<META http-equiv=\"content-type\" content=\"text/html;charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(declared_charset("<meta name=\"description\" content=\"a page\"><meta charset=gb18030>"),
            "gb18030");
  EXPECT_EQ(declared_charset("<p>charset=gbk is how a page declares it</p>"), "");
  EXPECT_EQ(declared_charset(std::string(1100, ' ') + "<meta charset=gbk>"), "");  // past the prescan
  EXPECT_EQ(declared_charset("<meta charset=>"), "");
}

TEST(OfficeDocument, DocxParagraphsAreLines) {
  TempDir dir;
  testing::write_docx(dir / "a.docx", {"2020年9月，中国提出《全球数据安全倡议》。", "Second &amp; last."});
  const Document document = make_document("a.docx", read_bytes(dir / "a.docx"));
  EXPECT_EQ(document.format, "docx");
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_EQ(document.text, "2020年9月，中国提出《全球数据安全倡议》。\nSecond & last.\n");
}

TEST(OfficeDocument, DocxTabsBreaksAndDeletedText) {
  TempDir dir;
  testing::write_docx(dir / "b.docx",
                      {"a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r><w:del><w:r><w:delText>gone"
                       "</w:delText></w:r></w:del><w:r><w:t>d"});
  EXPECT_EQ(make_document("b.docx", read_bytes(dir / "b.docx")).text, "a\tb\ncd\n");
}

TEST(OfficeDocument, OdtParagraphsHeadingsSpacesAndSpans) {
  TempDir dir;
  testing::write_odt(dir / "c.odt",
                     "<text:h>Heading</text:h><text:p>2020年9月，<text:span>中国</text:span>提出。</text:p>"
                     "<text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d</text:p>");
  const Document document = make_document("c.odt", read_bytes(dir / "c.odt"));
  EXPECT_EQ(document.format, "odt");
  EXPECT_EQ(document.text, "Heading\n2020年9月，中国提出。\na   b\tc\nd\n");
}

TEST(OfficeDocument, BadArchivesAreFormatErrorsNamingTheFile) {
  TempDir dir;
  testing::write_docx(dir / "ok.docx", {"text"});
  const std::string good = read_bytes(dir / "ok.docx");
  EXPECT_NE(format_error("t.docx", good.substr(0, good.size() / 2)).find("t.docx: "), std::string::npos);
  testing::write_zip(dir / "other.zip", {{"readme.txt", "hello"}});
  EXPECT_NE(format_error("other.zip", read_bytes(dir / "other.zip")).find("neither a DOCX"),
            std::string::npos);
  testing::write_zip(dir / "bad.docx", {{"word/document.xml", "<w:document><w:p>"}});
  EXPECT_NE(
      format_error("bad.docx", read_bytes(dir / "bad.docx")).find("word/document.xml:1: not well-formed XML"),
      std::string::npos);
  testing::write_zip(dir / "x.odt", {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}});
  EXPECT_NE(format_error("x.odt", read_bytes(dir / "x.odt")).find("not a text document"), std::string::npos);
}

TEST(OfficeDocument, AnEntryAboveTheCapIsRefused) {
  TempDir dir;
  // Compresses to a few hundred kilobytes, 65 MiB uncompressed.
  testing::write_zip(dir / "bomb.docx", {{"word/document.xml", std::string((65u << 20), ' ')}});
  EXPECT_NE(format_error("bomb.docx", read_bytes(dir / "bomb.docx")).find("larger than 64 MiB"),
            std::string::npos);
}

TEST(PdfDocument, TextOfEachPageWithAPageMap) {
  TempDir dir;
  testing::write_pdf(dir / "two.pdf", {{"The first page says hello."}, {"The second page says goodbye."}});
  const Document document = make_document("two.pdf", read_bytes(dir / "two.pdf"));
  EXPECT_EQ(document.format, "pdf");
  ASSERT_EQ(document.page_starts.size(), 2u);
  const std::size_t second = document.text.find("The second page");
  ASSERT_NE(second, std::string::npos) << document.text;
  EXPECT_NE(document.text.find("The first page says hello."), std::string::npos) << document.text;
  EXPECT_EQ(document.page_starts[0], 0u);
  EXPECT_EQ(document.page_starts[1], second);
  EXPECT_EQ(document.page_at(0), 1u);
  EXPECT_EQ(document.page_at(second - 1), 1u);
  EXPECT_EQ(document.page_at(second), 2u);
  EXPECT_EQ(document.page_at(document.text.size() - 1), 2u);
  EXPECT_EQ(make_document("a.txt", "text").page_at(2), 0u);  // not paged
}

TEST(PdfDocument, ChineseTextComesBackWhole) {
  TempDir dir;
  testing::write_pdf(dir / "zh.pdf", {{"2020年9月，中国提出《全球数据安全倡议》。"}}, "Noto Sans CJK SC");
  const Document document = make_document("zh.pdf", read_bytes(dir / "zh.pdf"));
  EXPECT_NE(document.text.find("2020年9月，中国提出《全球数据安全倡议》。"), std::string::npos)
      << document.text;
}

TEST(PdfDocument, NoTextLayerAndTruncatedAreClearErrors) {
  TempDir dir;
  testing::write_pdf(dir / "blank.pdf", {{}});
  EXPECT_NE(format_error("blank.pdf", read_bytes(dir / "blank.pdf"))
                .find("has no text layer (scanned?); kg does not OCR"),
            std::string::npos);
  testing::write_pdf(dir / "t.pdf", {{"Some text here."}});
  const std::string good = read_bytes(dir / "t.pdf");
  const std::string truncated = format_error("t.pdf", good.substr(0, 40));
  EXPECT_TRUE(truncated.starts_with("t.pdf: ")) << truncated;
  EXPECT_EQ(format_error("junk.pdf", "%PDF-1.4\nnothing else"),
            "junk.pdf: a PDF poppler cannot read (damaged or truncated?)");
}

// A one-page PDF under the standard security handler whose user password is
// not empty: its /U entry matches no password a reader could try unasked.
std::string password_protected_pdf() {
  const std::string hex32(64, 'a');
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
      "<< /Filter /Standard /V 1 /R 2 /O <" + hex32 + "> /U <" + hex32 + "> /P -44 >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj " + objects[i] + " endobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    const std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  const std::string id = "<00112233445566778899aabbccddeeff>";
  pdf += "trailer << /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Encrypt 4 0 R /ID [" + id +
         " " + id + "] >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(PdfDocument, APasswordProtectedPdfIsAClearError) {
  EXPECT_EQ(format_error("locked.pdf", password_protected_pdf()),
            "locked.pdf: an encrypted PDF (it needs a password; kg cannot read it)");
}

TEST(InputFormat, ConvertedFormatsAreReadWholeWhateverTheirSize) {
  TempDir dir;
  testing::write_docx(dir / "a.docx", {"x"});
  testing::write_pdf(dir / "a.pdf", {{"x"}});
  {
    std::ofstream(dir / "a.html") << "<!doctype html><p>x</p>";
    std::ofstream(dir / "a.txt") << "plain text";
  }
  EXPECT_TRUE(needs_whole_reading((dir / "a.docx").string()));
  EXPECT_TRUE(needs_whole_reading((dir / "a.pdf").string()));
  EXPECT_TRUE(needs_whole_reading((dir / "a.html").string()));
  EXPECT_FALSE(needs_whole_reading((dir / "a.txt").string()));
  EXPECT_FALSE(needs_whole_reading((dir / "missing").string()));  // reading it says why
  EXPECT_EQ(read_document((dir / "a.docx").string()).format, "docx");
}

}  // namespace
}  // namespace kg::text
