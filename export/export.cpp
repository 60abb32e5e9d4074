// Format names and extensions, and dispatch to the writer of each format.
#include "export/export.h"

#include <array>

#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "graph/atomic_file.h"
#include "graph/errors.h"
#include "graph/native_file.h"

namespace kg::exporter {
namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
};

constexpr std::array kFormats = {
    FormatInfo{Format::Native, "native"},
    FormatInfo{Format::GraphML, "graphml"},
    FormatInfo{Format::Dot, "dot"},
};

struct Extension {
  std::string_view suffix;
  Format format;
};

constexpr std::array kExtensions = {
    Extension{graph::kNativeExtension, Format::Native},
    Extension{".graphml", Format::GraphML},
    Extension{".dot", Format::Dot},
    Extension{".gv", Format::Dot},
};

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  text.remove_prefix(text.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (ascii_lower(text[i]) != suffix[i]) return false;
  }
  return true;
}

void write_unchecked(const graph::KnowledgeGraph& graph, std::ostream& out, Format format) {
  switch (format) {
    case Format::Native: graph::write_native(graph, out); return;
    case Format::GraphML: write_graphml(graph, out); return;
    case Format::Dot: write_dot(graph, out); return;
  }
}

}  // namespace

std::string_view to_string(Format format) {
  for (const FormatInfo& info : kFormats) {
    if (info.format == format) return info.name;
  }
  return "?";
}

std::optional<Format> parse_format(std::string_view name) {
  for (const FormatInfo& info : kFormats) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

std::optional<Format> format_from_path(std::string_view path) {
  for (const Extension& extension : kExtensions) {
    // A bare ".graphml" is a hidden file with no extension, not a GraphML file.
    if (path.size() > extension.suffix.size() && ends_with_ignoring_case(path, extension.suffix)) {
      return extension.format;
    }
  }
  return std::nullopt;
}

std::string supported_extensions() {
  std::string list;
  for (const Extension& extension : kExtensions) {
    if (!list.empty()) list += ", ";
    list += extension.suffix;
  }
  return list;
}

void write(const graph::KnowledgeGraph& graph, std::ostream& out, Format format) {
  write_unchecked(graph, out, format);
  out.flush();
  if (!out) throw IoError("<output>", "write failed");
}

void write(const graph::KnowledgeGraph& graph, const std::string& path, Format format) {
  // write_file_atomically checks the stream itself, and names the file.
  write_file_atomically(path, [&](std::ostream& out) { write_unchecked(graph, out, format); });
}

}  // namespace kg::exporter
