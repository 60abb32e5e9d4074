// Text that every consumer of an export accepts: valid UTF-8 made only of
// characters XML 1.0 allows. Names and sentences come from arbitrary input
// files, so a stray byte must not make an output file unreadable.
#pragma once

#include <string>
#include <string_view>

namespace kg::exporter {

// U+FFFD REPLACEMENT CHARACTER, what replaces anything a reader would reject.
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// `text` with each byte that is not part of a well-formed UTF-8 sequence
// (stray continuation bytes, truncated or overlong sequences, surrogates,
// code points above U+10FFFF), each control character other than tab, line
// feed and carriage return (U+0000-U+001F), and U+FFFE and U+FFFF replaced by
// U+FFFD. These are exactly what XML 1.0 forbids; replacing rather than
// dropping leaves a visible mark where the input was damaged.
std::string valid_text(std::string_view text);

}  // namespace kg::exporter
