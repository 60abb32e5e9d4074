// DOCX and ODT to text: libzip finds the part, libxml2 parses it, a walk
// of the tree without recursion writes its paragraphs as lines.
#include "text/office.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>

#include "base/errors.h"
#include "text/libxml.h"

namespace kg::text {
namespace {

constexpr std::string_view kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kOdfTextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kOdfOfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kOdtMimeType = "application/vnd.oasis.opendocument.text";
// text:s c="N": more spaces than this is no writing.
constexpr long kMaxSpaces = 1024;

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ContextFree {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

std::unique_ptr<zip_t, ZipCloser> open_archive(std::string_view bytes, const std::string& source_name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    throw FormatError(source_name, 0, 0, "cannot read the zip archive");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw FormatError(source_name, 0, 0, "not a readable zip archive (" + why + ")");
  }
  zip_error_fini(&error);
  return std::unique_ptr<zip_t, ZipCloser>(archive);
}

// The entry's bytes, or nothing when the archive has no such entry.
std::optional<std::string> read_entry(zip_t* archive, const char* name, const std::string& source_name) {
  const zip_int64_t index = zip_name_locate(archive, name, 0);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    throw FormatError(source_name, 0, 0, std::string("cannot read the zip entry ") + name);
  }
  auto too_large = [&] {
    return FormatError(source_name, 0, 0,
                       std::string("zip entry ") + name + " is larger than " +
                           std::to_string(kMaxZipEntryBytes >> 20) +
                           " MiB uncompressed (refused: a zip bomb?)");
  };
  if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > kMaxZipEntryBytes) throw too_large();
  std::unique_ptr<zip_file_t, ZipFileCloser> file(
      zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (!file) {
    throw FormatError(source_name, 0, 0,
                      std::string("cannot open the zip entry ") + name + " (" + zip_strerror(archive) + ")");
  }
  // The recorded size may lie: reading stops past the cap whatever it says.
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) {
      throw FormatError(
          source_name, 0, 0,
          std::string("cannot read the zip entry ") + name + " (" + zip_file_strerror(file.get()) + ")");
    }
    if (got == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(got));
    if (bytes.size() > kMaxZipEntryBytes) throw too_large();
  }
  return bytes;
}

std::unique_ptr<xmlDoc, DocFree> parse_xml(const std::string& xml, const std::string& source_name,
                                           const char* entry) {
  initialize_libxml();
  std::unique_ptr<xmlParserCtxt, ContextFree> context(xmlNewParserCtxt());
  if (!context) throw FormatError(source_name, 0, 0, "out of memory parsing XML");
  // No entity substitution and no network: a document cannot make the parser expand or fetch anything.
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlCtxtReadMemory(context.get(), xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc || !context->wellFormed) {
    const xmlError* error = xmlCtxtGetLastError(context.get());
    std::string why = error != nullptr && error->message != nullptr ? error->message : "not well-formed";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    const int line = error != nullptr ? std::max(error->line, 0) : 0;
    throw FormatError(source_name, 0, 0,
                      std::string(entry) + (line > 0 ? ":" + std::to_string(line) : "") +
                          ": not well-formed XML (" + why + ")");
  }
  return doc;
}

bool is(const xmlNode* node, std::string_view ns, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && node->ns != nullptr && node->ns->href != nullptr &&
         std::string_view(reinterpret_cast<const char*>(node->ns->href)) == ns &&
         std::string_view(reinterpret_cast<const char*>(node->name)) == name;
}

// Visits the tree below `root` in document order without recursion:
// enter(node) says whether to go into its children, leave(node) follows them.
template <typename Enter, typename Leave>
void walk(const xmlNode* root, Enter enter, Leave leave) {
  const xmlNode* node = root;
  while (node != nullptr) {
    if (enter(node) && node->children != nullptr) {
      node = node->children;
      continue;
    }
    for (;;) {
      leave(node);
      if (node == root) return;
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
      if (node == nullptr) return;
    }
  }
}

void end_line(std::string& out) { out += '\n'; }

std::string docx_text(const xmlDoc* doc) {
  std::string out;
  int in_text = 0;
  walk(
      xmlDocGetRootElement(const_cast<xmlDoc*>(doc)),
      [&](const xmlNode* node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
          if (in_text > 0 && node->content != nullptr) out += reinterpret_cast<const char*>(node->content);
          return false;
        }
        if (node->type != XML_ELEMENT_NODE) return false;
        // Deleted text, field instructions: not what the document reads.
        if (is(node, kWordNamespace, "del") || is(node, kWordNamespace, "instrText") ||
            is(node, kWordNamespace, "delText")) {
          return false;
        }
        if (is(node, kWordNamespace, "t")) ++in_text;
        if (is(node, kWordNamespace, "tab")) out += '\t';
        if (is(node, kWordNamespace, "br") || is(node, kWordNamespace, "cr")) end_line(out);
        return true;
      },
      [&](const xmlNode* node) {
        if (is(node, kWordNamespace, "t")) --in_text;
        if (is(node, kWordNamespace, "p")) end_line(out);
      });
  return out;
}

std::string odt_text(const xmlDoc* doc) {
  std::string out;
  int in_paragraph = 0;
  walk(
      xmlDocGetRootElement(const_cast<xmlDoc*>(doc)),
      [&](const xmlNode* node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
          if (in_paragraph > 0 && node->content != nullptr)
            out += reinterpret_cast<const char*>(node->content);
          return false;
        }
        if (node->type != XML_ELEMENT_NODE) return false;
        if (is(node, kOdfTextNamespace, "note") || is(node, kOdfTextNamespace, "tracked-changes") ||
            is(node, kOdfOfficeNamespace, "annotation") ||
            is(node, kOdfOfficeNamespace, "automatic-styles") ||
            is(node, kOdfOfficeNamespace, "font-face-decls")) {
          return false;
        }
        if (is(node, kOdfTextNamespace, "p") || is(node, kOdfTextNamespace, "h")) ++in_paragraph;
        if (is(node, kOdfTextNamespace, "tab")) out += '\t';
        if (is(node, kOdfTextNamespace, "line-break")) end_line(out);
        if (is(node, kOdfTextNamespace, "s")) {
          long count = 1;
          if (xmlChar* c = xmlGetNsProp(const_cast<xmlNode*>(node), reinterpret_cast<const xmlChar*>("c"),
                                        reinterpret_cast<const xmlChar*>(kOdfTextNamespace.data()))) {
            count = std::clamp(std::strtol(reinterpret_cast<const char*>(c), nullptr, 10), 1L, kMaxSpaces);
            xmlFree(c);
          }
          out.append(static_cast<std::size_t>(count), ' ');
        }
        return true;
      },
      [&](const xmlNode* node) {
        if (is(node, kOdfTextNamespace, "p") || is(node, kOdfTextNamespace, "h")) {
          --in_paragraph;
          // A paragraph inside a paragraph (a frame's text box) ends its own line only.
          end_line(out);
        }
      });
  return out;
}

}  // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

OfficeText office_to_text(std::string_view bytes, const std::string& source_name) {
  const auto archive = open_archive(bytes, source_name);
  const std::optional<std::string> mimetype = read_entry(archive.get(), "mimetype", source_name);
  if (mimetype) {
    std::string_view type = *mimetype;
    while (!type.empty() && (type.back() == '\n' || type.back() == '\r' || type.back() == ' '))
      type.remove_suffix(1);
    if (type != kOdtMimeType) {
      throw FormatError(source_name, 0, 0,
                        "a zip archive of type " + std::string(type.substr(0, 80)) +
                            ", not a text document kg reads (DOCX or ODT)");
    }
    const std::optional<std::string> content = read_entry(archive.get(), "content.xml", source_name);
    if (!content) throw FormatError(source_name, 0, 0, "an OpenDocument text without content.xml");
    return {odt_text(parse_xml(*content, source_name, "content.xml").get()), "odt"};
  }
  const std::optional<std::string> document = read_entry(archive.get(), "word/document.xml", source_name);
  if (!document) {
    throw FormatError(source_name, 0, 0,
                      "a zip archive that is neither a DOCX (word/document.xml) nor an ODT (mimetype)");
  }
  return {docx_text(parse_xml(*document, source_name, "word/document.xml").get()), "docx"};
}

}  // namespace kg::text
