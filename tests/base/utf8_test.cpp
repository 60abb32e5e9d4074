// base/utf8.h: the one definition of well-formed UTF-8, checked against ICU's
// U8_NEXT over every short sequence of the bytes where the rules change.
#include "base/utf8.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

namespace kg::utf8 {
namespace {

TEST(Utf8, AcceptsAsciiCjkAndFourByteCharacters) {
  EXPECT_TRUE(is_valid(""));
  EXPECT_TRUE(is_valid("plain ASCII text, longer than eight bytes"));
  EXPECT_TRUE(is_valid("中华人民共和国 🌐 Ünïcödé \xF4\x8F\xBF\xBF"));  // U+10FFFF is the last
}

TEST(Utf8, RejectsOverlongForms) {
  EXPECT_FALSE(is_valid("\xC0\xAF"));  // '/' in two bytes
  EXPECT_FALSE(is_valid("\xC1\xBF"));
  EXPECT_FALSE(is_valid("\xE0\x80\xAF"));      // '/' in three bytes
  EXPECT_FALSE(is_valid("\xE0\x9F\xBF"));      // U+07FF in three bytes
  EXPECT_FALSE(is_valid("\xF0\x8F\xBF\xBF"));  // U+FFFF in four bytes
}

TEST(Utf8, RejectsSurrogates) {
  EXPECT_FALSE(is_valid("\xED\xA0\x80"));  // U+D800
  EXPECT_FALSE(is_valid("\xED\xBF\xBF"));  // U+DFFF
  EXPECT_TRUE(is_valid("\xED\x9F\xBF"));   // U+D7FF, just below
  // In a run of Chinese, where the fast path reads three bytes at a time.
  EXPECT_EQ(first_invalid("中文\xED\xA0\x80中文"), 6u);
}

TEST(Utf8, RejectsCodePointsPastU10FFFF) {
  EXPECT_FALSE(is_valid("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(is_valid("\xF5\x80\x80\x80"));
  EXPECT_FALSE(is_valid("\xFF"));
}

TEST(Utf8, RejectsStrayAndTruncatedSequences) {
  EXPECT_EQ(first_invalid("abcdefghij\x80"), 10u);
  EXPECT_EQ(first_invalid("ab\xE4\xB8"), 2u);  // 中 cut short at the end
  EXPECT_EQ(first_invalid("ab\xE4\xB8x"), 2u);
  EXPECT_EQ(first_invalid("\xF0\x9F\x8C"), 0u);
}

TEST(Utf8, SequenceAtGivesTheMaximalIllFormedSubpart) {
  EXPECT_EQ(sequence_at("\xE4\xB8\xAD", 0).length, 3u);
  EXPECT_TRUE(sequence_at("\xE4\xB8\xAD", 0).well_formed);
  const Sequence truncated = sequence_at("\xE4\xB8x", 0);
  EXPECT_EQ(truncated.length, 2u);
  EXPECT_FALSE(truncated.well_formed);
  const Sequence surrogate = sequence_at("\xED\xA0\x80", 0);
  EXPECT_EQ(surrogate.length, 1u);  // A0 is no second byte of ED: one byte alone
  EXPECT_FALSE(surrogate.well_formed);
}

// Every sequence of up to four bytes drawn from the bytes at which the table
// of well-formed sequences changes, alone and after ASCII and CJK text (the
// fast paths): validity and the length of each step exactly as ICU's.
TEST(Utf8, AgreesWithIcuOnEveryShortSequence) {
  const std::vector<unsigned char> bytes = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                            0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                            0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
  std::size_t checked = 0;
  for (std::size_t length = 1; length <= 4; ++length) {
    std::size_t combinations = 1;
    for (std::size_t i = 0; i < length; ++i) combinations *= bytes.size();
    for (std::size_t n = 0; n < combinations; ++n) {
      std::string sequence;
      for (std::size_t i = 0, rest = n; i < length; ++i, rest /= bytes.size()) {
        sequence += static_cast<char>(bytes[rest % bytes.size()]);
      }
      for (const std::string& text : {sequence, "abcdefgh" + sequence, "中" + sequence + "文"}) {
        bool icu_valid = true;
        for (std::size_t at = 0; at < text.size();) {
          auto index = static_cast<int32_t>(at);
          UChar32 c;
          U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index, static_cast<int32_t>(text.size()), c);
          const Sequence step = sequence_at(text, at);
          ASSERT_EQ(step.length, static_cast<std::size_t>(index) - at) << testing::PrintToString(text);
          ASSERT_EQ(step.well_formed, c >= 0) << testing::PrintToString(text);
          icu_valid = icu_valid && c >= 0;
          at = static_cast<std::size_t>(index);
        }
        ASSERT_EQ(is_valid(text), icu_valid) << testing::PrintToString(text);
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 1'000'000u);
}

TEST(Utf8, EscapeInvalidWritesEachBadByteInHexAndKeepsTheRest) {
  EXPECT_EQ(escape_invalid("中国.txt"), "中国.txt");
  EXPECT_EQ(escape_invalid("caf\xE9.txt"), "caf\\xe9.txt");
  // A truncated sequence, a surrogate and a stray continuation byte.
  EXPECT_EQ(escape_invalid("\xE4\xB8|\xED\xA0\x80|\x80"), "\\xe4\\xb8|\\xed\\xa0\\x80|\\x80");
  EXPECT_TRUE(is_valid(escape_invalid("\xFF\xFE\xC0\xAF")));
}

}  // namespace
}  // namespace kg::utf8
