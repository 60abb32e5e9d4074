// Fuzz target: any bytes as a DOCX or ODT file (text/office.h): the zip
// reader, the entry cap and the XML walk. Refusing them with kg::Error is
// fine; a crash, a sanitizer report or a hang is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/errors.h"
#include "text/office.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const kg::text::OfficeText office =
        kg::text::office_to_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.docx");
    if (office.format != "docx" && office.format != "odt") std::abort();
  } catch (const kg::Error&) {
  }
  return 0;
}
