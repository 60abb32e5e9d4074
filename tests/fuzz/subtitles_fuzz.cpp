// Fuzz target: any bytes as a subtitle file (text/subtitles.h, after decoding
// as text/input.h does). Refusing them with kg::Error is fine; a crash, a
// sanitizer report, a hang or text that is not UTF-8 is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/errors.h"
#include "base/utf8.h"
#include "text/input.h"
#include "text/subtitles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    // The converter as it is, on any UTF-8 it is given; then as a document, detected and decoded.
    if (kg::utf8::is_valid(bytes) && !kg::utf8::is_valid(kg::text::subtitles_to_text(bytes))) std::abort();
    const kg::text::Document document = kg::text::make_document("fuzz.srt", bytes);
    if (!kg::utf8::is_valid(document.text)) std::abort();
  } catch (const kg::Error&) {
  }
  return 0;
}
