// utf8::next and utf8::previous read ASCII and 3-byte characters inline:
// they must read every byte sequence exactly as ICU's U8_NEXT and U8_PREV do.
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace kg::text {
namespace {

char32_t icu_read_next(std::string_view text, std::size_t& i) {
  UChar32 c;
  auto index = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index, static_cast<int32_t>(text.size()), c);
  i = static_cast<std::size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t icu_read_previous(std::string_view text, std::size_t& i) {
  UChar32 c;
  auto index = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, index, c);
  i = static_cast<std::size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

TEST(Utf8, ReadsCharactersOfEveryLength) {
  const std::string text = "a\u00e9\u4e2d\U0001F600";
  std::size_t i = 0;
  EXPECT_EQ(utf8::next(text, i), U'a');
  EXPECT_EQ(utf8::next(text, i), U'\u00e9');
  EXPECT_EQ(utf8::next(text, i), U'\u4e2d');
  EXPECT_EQ(utf8::next(text, i), U'\U0001F600');
  EXPECT_EQ(i, text.size());
  EXPECT_EQ(utf8::previous(text, i), U'\U0001F600');
  EXPECT_EQ(utf8::previous(text, i), U'\u4e2d');
  EXPECT_EQ(utf8::previous(text, i), U'\u00e9');
  EXPECT_EQ(utf8::previous(text, i), U'a');
  EXPECT_EQ(i, 0u);
}

TEST(Utf8, ReadsAnyBytesAsIcuDoes) {
  // Bytes drawn mostly from lead and continuation ranges, so that truncated,
  // overlong and surrogate sequences (E0 80.., ED A0..) come up often.
  const unsigned char pool[] = {'a',  0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4,
                                0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xB8, 0xAD, 0x8F, 0x90};
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (std::size_t n = 1 + random() % 12; n > 0; --n)
      text += static_cast<char>(pool[random() % sizeof pool]);
    for (std::size_t at = 0; at < text.size(); ++at) {
      std::size_t ours = at, theirs = at;
      ASSERT_EQ(utf8::next(text, ours), icu_read_next(text, theirs)) << "round " << round << " at " << at;
      ASSERT_EQ(ours, theirs);
    }
    for (std::size_t at = 1; at <= text.size(); ++at) {
      std::size_t ours = at, theirs = at;
      ASSERT_EQ(utf8::previous(text, ours), icu_read_previous(text, theirs))
          << "round " << round << " at " << at;
      ASSERT_EQ(ours, theirs);
    }
  }
}

TEST(Utf8, CharacterSetHoldsEveryCharacterOfItsText) {
  const utf8::CharacterSet set("王李·A\U0001F600");
  for (char32_t c : {U'王', U'李', U'·', U'A', U'\U0001F600'})
    EXPECT_TRUE(set.contains(c)) << static_cast<std::uint32_t>(c);
  for (char32_t c : {U'张', U'B', U'\0', U'\U0001F601', U'\uFFFD'})
    EXPECT_FALSE(set.contains(c)) << static_cast<std::uint32_t>(c);
}

}  // namespace
}  // namespace kg::text
