// PDF to text: poppler reads the file, each page's text in reading order.
#include "text/pdf.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>

#include "base/ascii.h"
#include "base/errors.h"

namespace kg::text {
namespace {

// poppler prints what it repairs to stderr: the error kg gives says what matters.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) { return bytes.starts_with("%PDF-"); }

PdfText pdf_to_text(std::string_view bytes, const std::string& source_name) {
  silence_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    throw FormatError(source_name, 0, 0, "PDF too large to read (over 2 GiB)");
  }
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) {
    throw FormatError(source_name, 0, 0, "a PDF poppler cannot read (damaged or truncated?)");
  }
  if (document->is_locked()) {
    throw FormatError(source_name, 0, 0, "an encrypted PDF (it needs a password; kg cannot read it)");
  }
  PdfText out;
  const int pages = document->pages();
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    if (!out.text.empty()) out.text += "\n\n";  // pages never run together
    out.page_starts.push_back(out.text.size());
    if (!page) continue;
    const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    std::string_view text(utf8.data(), utf8.size());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\f' || text.back() == ' '))
      text.remove_suffix(1);
    // A form feed inside a page's text is no character of the writing.
    for (char c : text) out.text += c == '\f' ? '\n' : c;
  }
  if (pages == 0) throw FormatError(source_name, 0, 0, "a PDF with no pages");
  if (is_ascii_blank(out.text)) {
    throw FormatError(source_name, 0, 0, "PDF has no text layer (scanned?); kg does not OCR");
  }
  out.text += '\n';
  return out;
}

}  // namespace kg::text
