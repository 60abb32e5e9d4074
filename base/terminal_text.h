// Text from a graph or a query, made safe to print on a terminal: control
// characters and bidirectional overrides are shown as escapes, never sent.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// `text` with what a terminal would act on written visibly instead: C0
// controls, DEL and bytes that are not UTF-8 as \xHH (\x1b for ESC, \x00 for
// NUL), C1 controls and the bidirectional embeddings, overrides, isolates and
// marks as \uHHHH (\u202e). A backslash stays as it is. Line breaks and tabs
// are escaped too: a name is one line.
std::string printable(std::string_view text);

// printable, but a line break (\n) and a tab are kept: for a message of
// several lines, such as a query error with its caret line.
std::string printable_lines(std::string_view text);

}  // namespace kg
