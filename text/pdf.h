// PDF to plain text through poppler (poppler-cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

struct PdfText {
  std::string text;                        // UTF-8, pages in order, a blank line between two
  std::vector<std::uint64_t> page_starts;  // byte offset in `text` where each page begins
};

// Whether `bytes` start as a PDF does (%PDF-).
bool looks_like_pdf(std::string_view bytes);

// The text layer of each page, in poppler's reading order. Throws
// kg::FormatError naming `source_name` when poppler cannot read the file
// (damaged, truncated), when it is encrypted with a password, and when no
// page has text ("has no text layer (scanned?); kg does not OCR").
PdfText pdf_to_text(std::string_view bytes, const std::string& source_name);

}  // namespace kg::text
