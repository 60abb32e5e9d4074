// Word-processor documents to plain text: DOCX (Office Open XML) and ODT
// (OpenDocument Text), both zip archives of XML parts (libzip, libxml2).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text {

// An archive entry larger than this, uncompressed, is refused: a zip bomb
// must not take the machine's memory.
inline constexpr std::uint64_t kMaxZipEntryBytes = 64u << 20;

struct OfficeText {
  std::string text;    // UTF-8, one line per paragraph
  std::string format;  // "docx" or "odt"
};

// Whether `bytes` start as a zip archive does (PK\3\4).
bool looks_like_zip(std::string_view bytes);

// The text of a DOCX (word/document.xml: each w:p a line, w:t its text,
// w:tab a tab, w:br a line break, deleted text left out) or an ODT
// (content.xml: each text:p and text:h a line, text:s spaces, text:tab,
// text:line-break; notes and annotations left out). Which one is told by
// the archive's content: a `mimetype` entry naming OpenDocument text, or a
// word/document.xml entry. Throws kg::FormatError naming `source_name` when
// the archive cannot be read, is neither, an entry is above
// kMaxZipEntryBytes, or its XML is not well formed (with line).
OfficeText office_to_text(std::string_view bytes, const std::string& source_name);

}  // namespace kg::text
