// HTML to text: libxml2 parses (it recovers from any markup), a walk of the
// tree without recursion writes the text a reader sees.
#include "text/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>

#include "base/ascii.h"
#include "base/errors.h"
#include "text/libxml.h"
#include "text/utf8.h"

namespace kg::text {
namespace {

// HTML's white space, which the standard defines without \v.
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool name_is(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && node->name != nullptr &&
         std::string_view(reinterpret_cast<const char*>(node->name)) == name;
}

bool name_in(const xmlNode* node, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    if (name_is(node, name)) return true;
  }
  return false;
}

// Content no reader sees (head: its <title> is written apart, first).
bool is_hidden(const xmlNode* node) {
  return name_in(node, {"head", "script", "style", "template", "noscript", "title"});
}

bool is_block(const xmlNode* node) {
  return name_in(
      node,
      {"p",          "div",        "br",      "li",     "h1",      "h2",       "h3",      "h4",      "h5",
       "h6",         "tr",         "table",   "ul",     "ol",      "dl",       "dt",      "dd",      "pre",
       "hr",         "section",    "article", "header", "footer",  "nav",      "aside",   "main",    "figure",
       "figcaption", "blockquote", "address", "form",   "caption", "fieldset", "details", "summary", "body"});
}

// A wide East Asian character: a line break between two of them is no space (CSS Text 3).
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Writes text the way a browser lays it out, white space collapsed.
class TextWriter {
 public:
  void text(std::string_view piece, bool preformatted) {
    if (preformatted) {
      flush_space(piece);
      out_ += piece;
      return;
    }
    std::size_t i = 0;
    while (i < piece.size()) {
      if (is_html_space(piece[i])) {
        space_ = true;
        space_has_line_break_ = space_has_line_break_ || piece[i] == '\n' || piece[i] == '\r';
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < piece.size() && !is_html_space(piece[end])) ++end;
      flush_space(piece.substr(i, end - i));
      out_.append(piece.substr(i, end - i));
      i = end;
    }
  }

  void cell_break() {
    if (!out_.empty() && out_.back() != '\n') {
      space_ = true;
      space_has_line_break_ = false;
    }
  }

  void line_break(bool always = false) {
    space_ = false;
    space_has_line_break_ = false;
    if (out_.empty()) return;
    if (always || out_.back() != '\n') out_ += '\n';
  }

  std::string take() {
    line_break();
    return std::move(out_);
  }

 private:
  void flush_space(std::string_view next) {
    if (!space_) return;
    const bool drop = out_.empty() || out_.back() == '\n' || (space_has_line_break_ && between_wide(next));
    space_ = false;
    space_has_line_break_ = false;
    if (!drop) out_ += ' ';
  }

  bool between_wide(std::string_view next) const {
    if (next.empty()) return false;
    std::size_t end = out_.size();
    std::size_t start = 0;
    const char32_t before = utf8::icu_previous(out_, end);
    const char32_t after = utf8::icu_next(next, start);
    return is_wide(before) && is_wide(after);
  }

  std::string out_;
  bool space_ = false;
  bool space_has_line_break_ = false;
};

const xmlNode* find_title(const xmlNode* root) {
  for (const xmlNode* node = root; node != nullptr;) {
    if (name_is(node, "title")) return node;
    if (node->children != nullptr && !name_in(node, {"script", "style"})) {
      node = node->children;
      continue;
    }
    while (node != nullptr && node->next == nullptr) node = node->parent;
    if (node != nullptr) node = node->next;
  }
  return nullptr;
}

std::string title_text(const xmlNode* title) {
  TextWriter writer;
  for (const xmlNode* child = title->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE && child->content != nullptr) {
      writer.text(reinterpret_cast<const char*>(child->content), false);
    }
  }
  return writer.take();
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string declared_charset(std::string_view html_bytes) {
  constexpr std::size_t kPrescanBytes = 1024;  // where HTML requires the declaration to be
  std::string head(html_bytes.substr(0, kPrescanBytes));
  std::transform(head.begin(), head.end(), head.begin(), lower_ascii);
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 1)) {
    const std::string_view tag = std::string_view(head).substr(meta, head.find('>', meta) - meta);
    const std::size_t charset = tag.find("charset");
    if (charset == std::string_view::npos) continue;
    std::size_t at = charset + 7;
    while (at < tag.size() && is_html_space(tag[at])) ++at;
    if (at == tag.size() || tag[at] != '=') continue;
    ++at;
    while (at < tag.size() && (is_html_space(tag[at]) || tag[at] == '"' || tag[at] == '\'')) ++at;
    std::size_t end = at;
    while (end < tag.size() && (is_ascii_alnum(tag[end]) || tag[end] == '-' || tag[end] == '_' ||
                                tag[end] == '.' || tag[end] == ':')) {
      ++end;
    }
    if (end > at) return std::string(tag.substr(at, end - at));
  }
  return {};
}

bool looks_like_html(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  for (;;) {
    while (!bytes.empty() && is_html_space(bytes.front())) bytes.remove_prefix(1);
    if (!bytes.starts_with("<!--")) break;
    const std::size_t end = bytes.find("-->");
    if (end == std::string_view::npos) return false;
    bytes.remove_prefix(end + 3);
  }
  auto starts_ignoring_case = [&](std::string_view prefix) {
    if (bytes.size() < prefix.size()) return false;
    if (!std::equal(prefix.begin(), prefix.end(), bytes.begin(),
                    [](char wanted, char c) { return ascii_lower(c) == wanted; })) {
      return false;
    }
    // `<html>`, `<html lang=…>`, not `<htmlish>`
    return bytes.size() == prefix.size() ||
           !((bytes[prefix.size()] | 0x20) >= 'a' && (bytes[prefix.size()] | 0x20) <= 'z');
  };
  return starts_ignoring_case("<!doctype html") || starts_ignoring_case("<html") ||
         starts_ignoring_case("<head") || starts_ignoring_case("<body");
}

std::string html_to_text(std::string_view utf8_html, const std::string& source_name) {
  initialize_libxml();
  if (utf8_html.size() > static_cast<std::size_t>(INT_MAX)) {
    throw FormatError(source_name, 0, 0, "HTML document too large to parse (over 2 GiB)");
  }
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(utf8_html.data(), static_cast<int>(utf8_html.size()), nullptr, "UTF-8",
                     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER |
                         HTML_PARSE_NOIMPLIED));
  if (!doc) throw FormatError(source_name, 0, 0, "not an HTML document libxml2 can read");

  std::string out;
  const xmlNode* root = doc->children;
  if (const xmlNode* title = find_title(root)) out = title_text(title);

  TextWriter writer;
  int preformatted = 0;
  const xmlNode* node = root;
  while (node != nullptr) {
    bool enter = false;
    if (node->type == XML_ELEMENT_NODE && !is_hidden(node)) {
      if (is_block(node)) writer.line_break(name_is(node, "br"));
      if (name_in(node, {"td", "th"})) writer.cell_break();
      if (name_is(node, "pre")) ++preformatted;
      enter = node->children != nullptr;
    } else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
               node->content != nullptr) {
      writer.text(reinterpret_cast<const char*>(node->content), preformatted > 0);
    } else if (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE) {
      enter = node->children != nullptr;
    }
    if (enter) {
      node = node->children;
      continue;
    }
    // Leave the node, and every parent whose last child it was.
    for (;;) {
      if (node->type == XML_ELEMENT_NODE && !is_hidden(node)) {
        if (is_block(node)) writer.line_break();
        if (name_is(node, "pre")) --preformatted;
      }
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
      if (node == nullptr || node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE) {
        node = nullptr;
        break;
      }
    }
  }
  return out + writer.take();
}

}  // namespace kg::text
