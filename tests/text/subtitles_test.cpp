// Subtitle files (SubRip, WebVTT): detected by content and read as the running
// text a viewer follows (text/subtitles.h). Files written for these tests.
#include "text/subtitles.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/text/encoded_text.h"
#include "text/input.h"

namespace kg::text {
namespace {

using testing::encoded;

// A sentence broken across lines and cues is one line again; the numbers and
// timings go; a caption and a speaker's label each start a line of their own.
TEST(SubRip, CuesRunOnAsOneLineWithoutNumbersAndTimings) {
  const std::string srt =
      "1\r\n00:00:01,200 --> 00:00:05,667\r\n[HARBOUR DATA PACT, EXPLAINED]\r\n\r\n"
      "2\r\n00:00:06,217 --> 00:00:10,617\r\nNARRATOR: In March 2031,\r\nKenya and Peru\r\n\r\n"
      "3\r\n00:00:10,767 --> 00:00:14,433\r\n<i>signed</i> the Harbour Data Pact &amp; more.\r\n\r\n"
      "4\r\n00:00:14,583 --> 00:00:17,850\r\nAMINA OKAFOR: We wanted it.\r\n- So did we.\r\n";
  EXPECT_EQ(subtitles_to_text(srt),
            "[HARBOUR DATA PACT, EXPLAINED]\n"
            "NARRATOR: In March 2031, Kenya and Peru signed the Harbour Data Pact & more.\n"
            "AMINA OKAFOR: We wanted it.\nSo did we.\n");
}

// Chinese cues run on with a space at each break, which the extractor reads as a comma.
TEST(SubRip, ChineseCuesRunOnWithASpace) {
  const std::string srt =
      "1\n00:00:00,600 --> 00:00:05,660\n【三分钟看懂海洋数据峰会】\n\n"
      "2\n00:00:05,860 --> 00:00:11,840\n这场会由肯尼亚主办\n秘鲁也去了\n\n"
      "3\n00:00:12,040 --> 00:00:15,490\n{\\an8}一起签了一份文件\n";
  EXPECT_EQ(subtitles_to_text(srt),
            "【三分钟看懂海洋数据峰会】\n这场会由肯尼亚主办 秘鲁也去了 一起签了一份文件\n");
}

// Files as tools write them: no blank line between cues, \r\r\n line ends, no
// cue numbers; a literal < and a cue that only opens with a bracket are words.
TEST(SubRip, CuesAsToolsWriteThem) {
  EXPECT_EQ(subtitles_to_text("1\r\r\n00:00:01,000 --> 00:00:02,000\r\r\nKenya and Peru\r\r\n\r\r\n"
                              "2\r\r\n00:00:02,100 --> 00:00:03,000\r\r\nsigned it.\r\r\n"),
            "Kenya and Peru signed it.\n");
  EXPECT_EQ(subtitles_to_text("1\n00:00:01,000 --> 00:00:02,000\nKenya and Peru\n2031\n00:00:02,100 --> "
                              "00:00:03,000\nsigned it.\n"),
            "Kenya and Peru signed it.\n");
  EXPECT_EQ(subtitles_to_text("00:00:01,000 --> 00:00:02,000\ngrowth < 5% but > 3%\n\n"
                              "00:00:02,100 --> 00:00:03,000\n(Laughs) We signed it (mostly).\n"),
            "growth < 5% but > 3% (Laughs) We signed it (mostly).\n");
}

TEST(WebVtt, HeaderNotesStylesAndVoicesAreHandled) {
  const std::string vtt =
      "WEBVTT - a test\n\nSTYLE\n::cue { color: yellow }\n\nNOTE written by hand\nover two lines\n\n"
      "intro\n00:01.000 --> 00:04.000 align:start\n<v Amina Okafor>We signed it\n\n"
      "00:04.500 --> 00:06.000\n<c.loud>in 2031.</c> <00:05.000>Then\n\n"
      "00:06.500 --> 00:08.000\n<v.narrator Narrator>Peru followed.\n";
  EXPECT_EQ(subtitles_to_text(vtt), "Amina Okafor: We signed it in 2031. Then\nNarrator: Peru followed.\n");
}

TEST(SubtitleDocument, IsDetectedByContentAndDecodedFirst) {
  const std::string srt =
      "1\n00:00:01,000 --> 00:00:02,000\n2031年3月，肯尼亚\n\n2\n00:00:02,100 --> "
      "00:00:03,000\n提出《海洋数据倡议》。\n";
  const Document document = make_document("talk.txt", srt);
  EXPECT_EQ(document.format, "srt");
  EXPECT_EQ(document.text, "2031年3月，肯尼亚 提出《海洋数据倡议》。\n");
  // In GB18030 it is decoded before it is read.
  const Document legacy = make_document("talk.srt", encoded(srt + srt.substr(2), "GB18030"));
  EXPECT_EQ(legacy.format, "srt");
  EXPECT_EQ(legacy.encoding, "GB18030");
  EXPECT_TRUE(legacy.text.starts_with("2031年3月，肯尼亚 提出《海洋数据倡议》。")) << legacy.text;
  EXPECT_EQ(make_document("talk.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n").format, "vtt");
  // A list that opens with a number, or a text about WEBVTT, is text.
  EXPECT_EQ(make_document("list.txt", "1\n2031年3月，肯尼亚提出倡议。\n").format, "text");
  EXPECT_EQ(make_document("notes.txt", "WEBVTTs are subtitles.\n").format, "text");
  EXPECT_EQ(make_document("notes.txt", "WEBVTT files\n\nare subtitles with timings.\n").format, "text");
  EXPECT_EQ(make_document("talk.srt", "00:00:01,000 --> 00:00:02,000\nHello\n").format, "srt");
}

// Windows tools save subtitles as UTF-16 with a byte order mark: the cue
// numbers and timings are there once the code units are read as characters.
TEST(SubtitleDocument, InUtf16OrUtf32IsDetectedByItsDecodedText) {
  const std::string srt =
      "1\r\n00:00:01,000 --> 00:00:02,000\r\n2031年3月，肯尼亚\r\n\r\n2\r\n00:00:02,100 --> "
      "00:00:03,000\r\n提出《海洋数据倡议》。\r\n";
  const Document little = make_document("talk.srt", "\xFF\xFE" + encoded(srt, "UTF-16LE"));
  EXPECT_EQ(little.format, "srt");
  EXPECT_EQ(little.encoding, "UTF-16LE");
  EXPECT_EQ(little.text, "2031年3月，肯尼亚 提出《海洋数据倡议》。\n");
  const std::string vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v 主持人>欢迎收看\n";
  const Document big = make_document("talk.vtt", std::string("\xFE\xFF") + encoded(vtt, "UTF-16BE"));
  EXPECT_EQ(big.format, "vtt");
  EXPECT_EQ(big.text, "主持人: 欢迎收看\n");
  EXPECT_EQ(make_document("talk.vtt", std::string("\xFF\xFE\0\0", 4) + encoded(vtt, "UTF-32LE")).format,
            "vtt");
  // So is an HTML page saved as UTF-16: its markup once decoded, its title a line of its text.
  const Document page = make_document(
      "page.htm",
      "\xFF\xFE" +
          encoded("<html><head><title>海洋数据</title></head><body><p>正文</p></body></html>", "UTF-16LE"));
  EXPECT_EQ(page.format, "html");
  EXPECT_TRUE(page.text.starts_with("海洋数据\n")) << page.text;
  // UTF-16 text with a line of digits first is still text.
  EXPECT_EQ(
      make_document("list.txt", "\xFF\xFE" + encoded("1\n2031年3月，肯尼亚提出倡议。\n", "UTF-16LE")).format,
      "text");
}

}  // namespace
}  // namespace kg::text
