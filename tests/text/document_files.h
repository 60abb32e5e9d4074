// Writing the documents the format tests read: DOCX and ODT archives
// (libzip) and PDFs (cairo), made by the tests, not checked in.
#pragma once

#include <cairo-pdf.h>
#include <cairo.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <list>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace kg::text::testing {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;  // name, content

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_zip(const std::filesystem::path& path, const ZipEntries& entries) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open failed");
  for (const auto& [name, content] : entries) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
      zip_source_free(source);
      zip_discard(archive);
      throw std::runtime_error("zip_file_add failed");
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close failed");
}

// A DOCX whose body has one paragraph per element of `paragraphs`.
inline void write_docx(const std::filesystem::path& path, const std::vector<std::string>& paragraphs) {
  std::string body;
  for (const std::string& paragraph : paragraphs)
    body += "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p>";
  write_zip(path, {{"[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
                    "PartName=\"/word/document.xml\" "
                    "ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
                   {"word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                        body + "</w:body></w:document>"}});
}

// An ODT whose text is `body_xml` (text:p, text:h … elements).
inline void write_odt(const std::filesystem::path& path, const std::string& body_xml) {
  write_zip(path,
            {{"mimetype", "application/vnd.oasis.opendocument.text"},
             {"content.xml",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
              "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
              "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>" +
                  body_xml + "</office:text></office:body></office:document-content>"}});
}

// A PDF with one page per element of `pages`, each line of a page drawn
// with `font` (a CJK font family for Chinese text).
inline void write_pdf(const std::filesystem::path& path, const std::vector<std::vector<std::string>>& pages,
                      const char* font = "DejaVu Sans") {
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 595, 842);
  cairo_t* cr = cairo_create(surface);
  cairo_select_font_face(cr, font, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 14);
  for (const std::vector<std::string>& lines : pages) {
    double y = 72;
    for (const std::string& line : lines) {
      cairo_move_to(cr, 72, y);
      cairo_show_text(cr, line.c_str());
      y += 24;
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
}

}  // namespace kg::text::testing
