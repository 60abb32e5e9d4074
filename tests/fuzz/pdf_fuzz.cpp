// Fuzz target: any bytes as a PDF file (text/pdf.h, through poppler).
// Refusing them with kg::Error is fine; a crash, a sanitizer report or a
// page map that does not fit the text is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/errors.h"
#include "text/pdf.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const kg::text::PdfText pdf =
        kg::text::pdf_to_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.pdf");
    std::uint64_t previous = 0;
    for (std::uint64_t start : pdf.page_starts) {
      if (start < previous || start > pdf.text.size()) std::abort();
      previous = start;
    }
  } catch (const kg::Error&) {
  }
  return 0;
}
