// base/terminal_text.h: what a terminal would act on is shown, not sent.
#include "base/terminal_text.h"

#include <gtest/gtest.h>

#include <string>

namespace kg {
namespace {

TEST(TerminalText, KeepsOrdinaryTextAsItIs) {
  EXPECT_EQ(printable("中国 and Brazil \\ 2024"), "中国 and Brazil \\ 2024");
  EXPECT_EQ(printable(""), "");
}

TEST(TerminalText, EscapesC0ControlsAndDel) {
  EXPECT_EQ(printable("\x1b[2Jgone"), "\\x1b[2Jgone");
  EXPECT_EQ(printable(std::string("a\0b\a\r\n\t\x7f", 8)), "a\\x00b\\x07\\x0d\\x0a\\x09\\x7f");
}

TEST(TerminalText, EscapesC1ControlsAndBidiOverrides) {
  EXPECT_EQ(printable("\xC2\x9B"
                      "31m"),
            "\\u009b31m");  // CSI in its one-character form
  EXPECT_EQ(printable("abc\xE2\x80\xAE"
                      "fed"),
            "abc\\u202efed");
  EXPECT_EQ(printable("\xE2\x81\xA6x\xE2\x81\xA9\xE2\x80\x8F"), "\\u2066x\\u2069\\u200f");
}

TEST(TerminalText, EscapesBytesThatAreNotUtf8) {
  EXPECT_EQ(printable("a\xFF"
                      "b\xED\xB0\x80"),
            "a\\xffb\\xed\\xb0\\x80");
}

TEST(TerminalText, MessagesKeepTheirLinesButNotOtherControls) {
  EXPECT_EQ(printable_lines("1:5: bad\n  MATCH\x1b]0;x\x07\n  ^\tend"),
            "1:5: bad\n  MATCH\\x1b]0;x\\x07\n  ^\tend");
}

}  // namespace
}  // namespace kg
