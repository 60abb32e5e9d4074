// Decoding a file's bytes to UTF-8: UTF-8 passes through, a byte order mark
// names UTF-16/32, anything else is detected with ICU and converted strictly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/text_position.h"

namespace kg::text {

struct DecodedText {
  std::string utf8;
  std::string encoding;    // "UTF-8", "UTF-16LE", "GB18030", "Big5", "windows-1252", …
  bool converted = false;  // false: the input is UTF-8 (a BOM included) and `utf8` is left empty
};

// Valid UTF-8 (with or without a BOM) is not copied: `converted` is false.
// UTF-16LE/BE and UTF-32LE/BE are recognised by their byte order mark only, which is dropped.
// Anything else is handed to ICU's charset detector and, when it is
// confident, converted from the detected encoding. Conversion is strict: a
// byte sequence the encoding does not define is an error, never U+FFFD.
// Throws kg::FormatError naming `source_name` with the line:column of the
// first bad byte when the text is binary (a NUL byte, or a NUL character in
// UTF-16/32), when the encoding cannot be told with confidence, or when the
// bytes are not valid in it.
//
// `declared` is the encoding the document names for itself (an HTML page's
// <meta charset>), as a WHATWG label: "gb2312", "GBK", "big5", "iso-8859-1", ….
// When the bytes are not UTF-8 it is used before any detection, with the
// label mapped as browsers map it (gb2312 and gbk read as GB18030, latin1 as
// windows-1252). A label ICU does not know, or bytes it does not define, fall
// back to detection; the declared encoding's error is the one reported when
// detection fails too.
DecodedText decode_to_utf8(std::string_view bytes, const std::string& source_name,
                           std::string_view declared = {});

// The first `max_characters` characters of a text whose byte order mark
// declares UTF-16 or UTF-32, each one outside ASCII (or NUL) as '?': enough
// to tell a format by its ASCII structure (markup, timings, keywords) before
// decoding. Empty for any other text.
std::string ascii_sketch_of_wide_text(std::string_view bytes, std::size_t max_characters);

// For a file read in pieces: checks that the piece `utf8`, starting at
// `start` (byte `start_offset` of the file), is UTF-8 text, and returns the
// position just past it. Throws kg::FormatError naming `source_name` with
// the line:column of the first invalid byte or NUL byte.
TextPosition check_utf8_piece(std::string_view utf8, const std::string& source_name, TextPosition start,
                              std::uint64_t start_offset);

}  // namespace kg::text
