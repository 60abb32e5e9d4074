#include "text/charset.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include "base/errors.h"
#include "tests/text/encoded_text.h"

namespace kg::text {
namespace {

using testing::encoded;

FormatError error_of(const std::string& bytes) {
  try {
    decode_to_utf8(bytes, "in.txt");
  } catch (const FormatError& error) {
    return error;
  }
  ADD_FAILURE() << "accepted";
  return FormatError("", 0, 0, "");
}

const std::string kSimplified =
    "数字经济的快速发展给全球治理带来了新的挑战。各国政府正在制定规则，以保护个人信息并促进数据跨境流动。\n"
    "专家认为，国际社会应当加强对话，共同应对网络攻击、虚假信息和算法歧视等问题。"
    "多边机构也在讨论如何让发展中国家分享技术进步的红利。\n";
const std::string kTraditional =
    "數位經濟的快速發展為全球治理帶來了新的挑戰。各國政府正在制定規則，以保護個人資料並促進資料跨境流動。\n"
    "專家認為，國際社會應當加強對話，共同應對網路攻擊、假訊息和演算法歧視等問題。"
    "多邊機構也在討論如何讓開發中國家分享技術進步的紅利。\n";

TEST(Charset, Utf8PassesThroughUncopied) {
  DecodedText decoded = decode_to_utf8("中国 and 美国\n", "in.txt");
  EXPECT_TRUE(decoded.utf8.empty()) << "the input is the text: no copy";
  EXPECT_EQ(decoded.encoding, "UTF-8");
  EXPECT_FALSE(decoded.converted);
}

TEST(Charset, Utf8ByteOrderMarkIsValidUtf8) {
  DecodedText decoded = decode_to_utf8("\xEF\xBB\xBF中国", "in.txt");
  EXPECT_EQ(decoded.encoding, "UTF-8");
  EXPECT_FALSE(decoded.converted);
}

TEST(Charset, Gb18030IsDetectedAndConverted) {
  DecodedText decoded = decode_to_utf8(encoded(kSimplified, "GB18030"), "in.txt");
  EXPECT_EQ(decoded.encoding, "GB18030");
  EXPECT_TRUE(decoded.converted);
  EXPECT_EQ(decoded.utf8, kSimplified);
}

TEST(Charset, Big5IsDetectedAndConverted) {
  DecodedText decoded = decode_to_utf8(encoded(kTraditional, "Big5"), "in.txt");
  EXPECT_EQ(decoded.encoding, "Big5");
  EXPECT_TRUE(decoded.converted);
  EXPECT_EQ(decoded.utf8, kTraditional);
}

TEST(Charset, LatinTextIsDetectedAsASingleByteEncoding) {
  const std::string french =
      "La coopération numérique entre les États européens et l'Amérique latine a été discutée à Genève. "
      "Les délégués ont souligné l'importance de la protection des données personnelles, de la sécurité "
      "des réseaux et de la régulation de l'intelligence artificielle.\n";
  DecodedText decoded = decode_to_utf8(encoded(french, "ISO-8859-1"), "in.txt");
  EXPECT_TRUE(decoded.encoding == "ISO-8859-1" || decoded.encoding == "windows-1252") << decoded.encoding;
  EXPECT_EQ(decoded.utf8, french);
}

TEST(Charset, Utf16WithByteOrderMarkIsConvertedEitherWay) {
  const std::string text = "中国 and 美国\n𠀀\n";  // a supplementary character too
  DecodedText little = decode_to_utf8("\xFF\xFE" + encoded(text, "UTF-16LE"), "in.txt");
  EXPECT_EQ(little.encoding, "UTF-16LE");
  EXPECT_TRUE(little.converted);
  EXPECT_EQ(little.utf8, text);  // the byte order mark is dropped
  DecodedText big = decode_to_utf8("\xFE\xFF" + encoded(text, "UTF-16BE"), "in.txt");
  EXPECT_EQ(big.encoding, "UTF-16BE");
  EXPECT_EQ(big.utf8, text);
}

TEST(Charset, Utf32WithByteOrderMarkIsNotMistakenForUtf16) {
  DecodedText decoded =
      decode_to_utf8(std::string("\xFF\xFE\0\0", 4) + encoded("中国", "UTF-32LE"), "in.txt");
  EXPECT_EQ(decoded.encoding, "UTF-32LE");
  EXPECT_EQ(decoded.utf8, "中国");
}

TEST(Charset, LoneSurrogateInUtf16IsAnErrorWithItsPosition) {
  const std::string bytes =
      "\xFF\xFE" + encoded("ab\n中", "UTF-16LE") + std::string("\x00\xD8", 2) + encoded("c", "UTF-16LE");
  FormatError error = error_of(bytes);
  EXPECT_EQ(error.line(), 2u);
  EXPECT_EQ(error.column(), 2u);
  EXPECT_NE(error.problem().find("not valid UTF-16LE"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("byte offset 10"), std::string::npos) << error.what();
  EXPECT_EQ(error_of("\xFF\xFE" + encoded("ab", "UTF-16LE") + std::string("\x00\xDC", 2)).column(), 3u);
}

TEST(Charset, TruncatedUtf16IsAnError) {
  EXPECT_NE(error_of("\xFE\xFF" + encoded("中", "UTF-16BE") + "\x4E").problem().find("truncated"),
            std::string::npos);
}

TEST(Charset, NulInUtf16MeansBinary) {
  EXPECT_NE(
      error_of("\xFF\xFE" + encoded("ab", "UTF-16LE") + std::string("\0\0", 2)).problem().find("binary"),
      std::string::npos);
}

TEST(Charset, NulByteMeansBinaryWithItsPosition) {
  FormatError error = error_of(std::string("第一行\nab\0cd", 15));
  EXPECT_NE(error.problem().find("looks like a binary file"), std::string::npos);
  EXPECT_EQ(error.line(), 2u);
  EXPECT_EQ(error.column(), 3u);
  EXPECT_EQ(error.path(), "in.txt");
}

TEST(Charset, InvalidBytesInTheDetectedEncodingAreAnErrorNotReplaced) {
  // 0x81 starts a GB18030 sequence that 0x20 cannot continue.
  std::string bytes = encoded(kSimplified, "GB18030") + encoded("第三行", "GB18030") + "\x81 ";
  FormatError error = error_of(bytes);
  EXPECT_EQ(error.line(), 3u);
  EXPECT_EQ(error.column(), 4u);
  EXPECT_NE(error.problem().find("not valid GB18030"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("iconv"), std::string::npos);
}

TEST(Charset, DamagedUtf8IsReportedAsUtf8NotGuessed) {
  FormatError error = error_of(kSimplified + "第三行\xFF后面");
  EXPECT_EQ(error.line(), 3u);
  EXPECT_EQ(error.column(), 4u);
  EXPECT_NE(error.problem().find("not valid UTF-8 (byte 0xFF"), std::string::npos) << error.what();
}

TEST(Charset, UndetectableBytesAreAnErrorNamingTheFirstBadByte) {
  // Three Chinese characters in GB18030: far too little for a confident guess.
  FormatError error = error_of("ok\n" + encoded("网络", "GB18030"));
  EXPECT_EQ(error.path(), "in.txt");
  EXPECT_EQ(error.line(), 2u);
  EXPECT_EQ(error.column(), 1u);
  EXPECT_NE(error.problem().find("not valid UTF-8"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("cannot be told"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("iconv"), std::string::npos);
}

// The ASCII a wide text's start shows once read by code units, for telling its format: each other
// character (and a surrogate half, and NUL) a '?', a last unit cut short dropped, no more than asked.
TEST(WideTextSketch, ShowsTheAsciiOfUtf16AndUtf32) {
  const std::string text = "1\n00:00:01,000 --> 全";
  EXPECT_EQ(ascii_sketch_of_wide_text("\xFF\xFE" + encoded(text, "UTF-16LE"), 100), "1\n00:00:01,000 --> ?");
  EXPECT_EQ(ascii_sketch_of_wide_text("\xFE\xFF" + encoded(text, "UTF-16BE"), 100), "1\n00:00:01,000 --> ?");
  EXPECT_EQ(ascii_sketch_of_wide_text(std::string("\xFF\xFE\0\0", 4) + encoded(text, "UTF-32LE"), 100),
            "1\n00:00:01,000 --> ?");
  EXPECT_EQ(ascii_sketch_of_wide_text(std::string("\0\0\xFE\xFF", 4) + encoded(text, "UTF-32BE"), 100),
            "1\n00:00:01,000 --> ?");
  EXPECT_EQ(ascii_sketch_of_wide_text("\xFF\xFE" + encoded("a\U0001F600b", "UTF-16LE"), 100), "a??b");
  EXPECT_EQ(ascii_sketch_of_wide_text("\xFF\xFE" + encoded("abc", "UTF-16LE") + "x", 100), "abc");
  EXPECT_EQ(ascii_sketch_of_wide_text("\xFF\xFE" + encoded("abcdef", "UTF-16LE"), 3), "abc");
  EXPECT_EQ(ascii_sketch_of_wide_text(std::string("\xFF\xFE"
                                                  "a\0\0\0",
                                                  6),
                                      100),
            "a?");
  // No byte order mark, or UTF-8's: nothing to sketch.
  EXPECT_EQ(ascii_sketch_of_wide_text("1\n00:00:01,000 -->", 100), "");
  EXPECT_EQ(ascii_sketch_of_wide_text("\xEF\xBB\xBFWEBVTT", 100), "");
}

}  // namespace
}  // namespace kg::text
