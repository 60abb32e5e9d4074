// base/ascii.h: character classes that see only ASCII, never a UTF-8 byte.
#include "base/ascii.h"

#include <gtest/gtest.h>

#include <string_view>

namespace kg {
namespace {

TEST(Ascii, ClassesSeeNoByteOfAMultiByteCharacter) {
  // 全 is E5 85 A8; U+00A0 (no-break space) is C2 A0; U+0660 (Arabic-Indic zero) D9 A0.
  for (std::string_view character : {"全", "\u00A0", "\u0660", "\u2003"}) {
    for (char byte : character) {
      EXPECT_FALSE(is_ascii_space(byte));
      EXPECT_FALSE(is_ascii_digit(byte));
      EXPECT_FALSE(is_ascii_alnum(byte));
      EXPECT_EQ(ascii_lower(byte), byte);
    }
  }
}

TEST(Ascii, SpaceIsTheCLocalesSix) {
  for (char c : std::string_view(" \t\n\v\f\r")) EXPECT_TRUE(is_ascii_space(c)) << int(c);
  for (char c : std::string_view("\b\x0e\x1f"
                                 "a0_"))
    EXPECT_FALSE(is_ascii_space(c)) << int(c);
}

TEST(Ascii, LettersDigitsAndCase) {
  EXPECT_TRUE(is_ascii_alpha('q') && is_ascii_alpha('Q') && !is_ascii_alpha('@') && !is_ascii_alpha('['));
  EXPECT_TRUE(is_ascii_hex_digit('f') && is_ascii_hex_digit('F') && !is_ascii_hex_digit('g'));
  EXPECT_EQ(ascii_lower('G'), 'g');
  EXPECT_EQ(ascii_lower('g'), 'g');
  EXPECT_EQ(ascii_lower('['), '[');
}

TEST(Ascii, WholeTexts) {
  EXPECT_TRUE(all_ascii_digits("2025"));
  EXPECT_TRUE(all_ascii_digits(""));
  EXPECT_FALSE(all_ascii_digits("2025年"));
  EXPECT_TRUE(all_ascii("Signed by"));
  EXPECT_FALSE(all_ascii("签署方 Signatories"));
  EXPECT_FALSE(all_ascii("Caf\xc3\xa9"));  // a Latin letter outside ASCII
  EXPECT_TRUE(is_ascii_blank(" \r\n\t"));
  EXPECT_TRUE(is_ascii_blank(""));
  EXPECT_FALSE(is_ascii_blank("\u3000"));  // the ideographic space is not ASCII
  EXPECT_EQ(trim_ascii_space("\t 乌镇峰会 \r\n"), "乌镇峰会");
  EXPECT_EQ(trim_ascii_space(" \n "), "");
  EXPECT_EQ(trim_ascii_space("\u3000乌镇\u3000"), "\u3000乌镇\u3000");
  EXPECT_TRUE(equal_ignoring_ascii_case("Adopted", "ADOPTED"));
  EXPECT_FALSE(equal_ignoring_ascii_case("Adopted", "Adopte"));
  EXPECT_FALSE(equal_ignoring_ascii_case("通过", "通讯"));
  EXPECT_TRUE(ends_with_ignoring_ascii_case("talk.SRT", ".srt"));
  EXPECT_TRUE(ends_with_ignoring_ascii_case("page.Html", ".html"));
  EXPECT_FALSE(ends_with_ignoring_ascii_case("page.htm", ".html"));
  EXPECT_FALSE(ends_with_ignoring_ascii_case("srt", ".srt"));
}

}  // namespace
}  // namespace kg
