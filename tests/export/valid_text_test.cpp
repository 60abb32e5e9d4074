// valid_text: what XML 1.0 and Graphviz would reject is replaced, the rest kept.
#include "export/valid_text.h"

#include <gtest/gtest.h>

namespace kg::exporter {
namespace {

const std::string kFffd(kReplacementCharacter);

TEST(ValidText, KeepsValidTextIncludingCjkEmojiAndRtl) {
  const std::string text = "中国 🌐 مرحبا\ttab\nline\r\n";
  EXPECT_EQ(valid_text(text), text);
}

TEST(ValidText, ReplacesControlCharactersOtherThanTabAndLineBreaks) {
  EXPECT_EQ(valid_text(std::string("a\x01"
                                   "b\x1F"
                                   "c",
                                   5)),
            "a" + kFffd + "b" + kFffd + "c");
  EXPECT_EQ(valid_text(std::string("a\0b", 3)), "a" + kFffd + "b");
}

TEST(ValidText, ReplacesEachByteOfAnInvalidSequence) {
  EXPECT_EQ(valid_text("\xFF"), kFffd);
  EXPECT_EQ(valid_text("a\x80"
                       "b"),
            "a" + kFffd + "b");                                              // stray continuation
  EXPECT_EQ(valid_text("\xC0\xAF"), kFffd + kFffd);                          // overlong '/'
  EXPECT_EQ(valid_text("\xED\xA0\x80"), kFffd + kFffd + kFffd);              // surrogate U+D800
  EXPECT_EQ(valid_text("\xF4\x90\x80\x80"), kFffd + kFffd + kFffd + kFffd);  // > U+10FFFF
  EXPECT_EQ(valid_text("\xE4\xB8"), kFffd + kFffd);                          // truncated 中
}

TEST(ValidText, ReplacesTheNoncharactersXmlForbids) {
  EXPECT_EQ(valid_text("\xEF\xBF\xBE\xEF\xBF\xBF"), kFffd + kFffd);
  EXPECT_EQ(valid_text("\xEF\xBF\xBD"), kFffd);  // U+FFFD itself is fine
}

}  // namespace
}  // namespace kg::exporter
