// Input files: directory walking, decoding (text/charset.h) and hashing.
#include "text/input.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

#include "base/ascii.h"
#include "base/errors.h"
#include "base/utf8.h"
#include "base/whole_file.h"
#include "text/charset.h"
#include "text/html.h"
#include "text/office.h"
#include "text/pdf.h"
#include "text/sha1.h"
#include "text/subtitles.h"

namespace kg::text {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";  // UTF-8's, dropped from a document's text
// How much of a file's start tells its format.
constexpr std::size_t kSniffedBytes = 4096;

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// Where to end a segment of `text` when more of the file follows: after the
// last line end in its second half, else after the last sentence end or
// space there, else before the last character (which may be incomplete).
std::size_t segment_end(std::string_view text) {
  const std::size_t half = text.size() / 2;
  if (std::size_t line_end = text.rfind('\n'); line_end != std::string_view::npos && line_end >= half) {
    return line_end + 1;
  }
  std::size_t best = std::string_view::npos;
  for (std::string_view boundary : {"。", "！", "？", " "}) {
    std::size_t found = text.rfind(boundary);
    if (found != std::string_view::npos && found >= half &&
        (best == std::string_view::npos || found + boundary.size() > best)) {
      best = found + boundary.size();
    }
  }
  if (best != std::string_view::npos) return best;
  std::size_t cut = text.size();
  for (std::size_t back = 0; back < 4 && cut > 1; ++back) {
    --cut;
    if ((static_cast<unsigned char>(text[cut]) & 0xC0) != 0x80) return cut;  // a character starts here
  }
  return text.size();  // not UTF-8 here: the check of the segment says where
}

// Markup: a tag opened and closed somewhere in the first kilobytes.
bool has_markup(std::string_view bytes) {
  bytes = bytes.substr(0, kSniffedBytes);
  const std::size_t open = bytes.find('<');
  return open != std::string_view::npos && open + 1 < bytes.size() &&
         ((bytes[open + 1] | 0x20) >= 'a' && (bytes[open + 1] | 0x20) <= 'z') &&
         bytes.find('>', open) != std::string_view::npos;
}

void refuse_oversized(const Document& document) {
  if (document.bytes > kMaxConvertedBytes) {
    throw FormatError(document.id, 0, 0,
                      "a " + document.format + " file larger than " +
                          std::to_string(kMaxConvertedBytes >> 20) + " MiB (refused)");
  }
}

}  // namespace

std::uint32_t Document::page_at(std::uint64_t offset) const {
  const auto after = std::upper_bound(page_starts.begin(), page_starts.end(), offset);
  return static_cast<std::uint32_t>(after - page_starts.begin());
}

InputFormat detect_format(std::string_view bytes, std::string_view name) {
  if (looks_like_pdf(bytes)) return InputFormat::kPdf;
  if (looks_like_zip(bytes)) return InputFormat::kZip;
  // A UTF-16 or UTF-32 file shows its markup or timings only once its code
  // units are read as characters.
  const std::string wide = ascii_sketch_of_wide_text(bytes, kSniffedBytes);
  const std::string_view text = wide.empty() ? bytes : std::string_view(wide);
  if (looks_like_html(text)) return InputFormat::kHtml;
  if ((ends_with_ignoring_ascii_case(name, ".html") || ends_with_ignoring_ascii_case(name, ".htm")) &&
      has_markup(text)) {
    return InputFormat::kHtml;
  }
  if (looks_like_webvtt(text)) return InputFormat::kWebVtt;
  if (looks_like_subrip(text)) return InputFormat::kSubRip;
  return InputFormat::kText;
}

bool needs_whole_reading(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;  // reading it says why
  std::string start(kSniffedBytes, '\0');
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  start.resize(static_cast<std::size_t>(in.gcount()));
  return detect_format(start, path) != InputFormat::kText;
}

bool is_kg_own_file(std::string_view name) {
  auto ends_with = [&](std::string_view suffix) {
    return name.size() > suffix.size() && ends_with_ignoring_ascii_case(name, suffix);
  };
  if (ends_with(".kg.json") || ends_with(".lock")) return true;
  // mkstemp's TARGET.tmp.XXXXXX (base/atomic_file.cpp)
  constexpr std::string_view kTemporary = ".tmp.";
  constexpr std::size_t kRandom = 6;
  if (name.size() <= kTemporary.size() + kRandom) return false;
  const std::string_view tail = name.substr(name.size() - kRandom - kTemporary.size());
  return tail.starts_with(kTemporary) &&
         std::all_of(tail.begin() + kTemporary.size(), tail.end(), is_ascii_alnum);
}

std::string document_id(std::string_view path) {
  const std::string normal = fs::path(path).lexically_normal().generic_string();
  return utf8::escape_invalid(normal.empty() ? path : normal);
}

std::vector<std::string> collect_input_files(std::span<const std::string> paths,
                                             const std::function<void(const std::string&)>& warn,
                                             std::span<const FileIdentity> excluded) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) throw IoError(path, "no such file or directory");
    if (!fs::is_directory(status)) {
      // A FIFO would block for ever and /dev/zero never ends: like special
      // files below a directory, they are not read.
      if (fs::is_regular_file(status))
        files.push_back(path);
      else
        warn(path + ": not a regular file (skipped)");
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    if (error) throw IoError(path, "cannot list the directory: " + error.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (error) {  // the iterator cannot go on after an error: say what was left unread
        warn(path + ": stopped listing the directory: " + error.message() + " (the rest of it skipped)");
        break;
      }
      const fs::directory_entry& entry = *it;
      if (is_hidden(entry.path())) {
        if (entry.is_directory(error)) it.disable_recursion_pending();
        continue;
      }
      if (entry.is_symlink(error) && entry.is_directory(error)) {
        it.disable_recursion_pending();  // never follow: links can loop
        continue;
      }
      if (entry.is_directory(error)) continue;
      if (!entry.is_regular_file(error)) {
        warn(entry.path().string() + ": not a regular file (skipped)");
        continue;
      }
      if (is_kg_own_file(entry.path().filename().string())) continue;
      if (!excluded.empty()) {
        const std::optional<FileIdentity> identity = identify_file(entry.path().string());
        if (identity && std::find(excluded.begin(), excluded.end(), *identity) != excluded.end()) continue;
      }
      found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  std::vector<std::string> unique;
  std::set<std::string, std::less<>> seen;
  for (std::string& file : files) {
    // The path as found, to open; its id (normalized, escaped) only decides what is the same document.
    if (seen.insert(document_id(file)).second) unique.push_back(std::move(file));
  }
  return unique;
}

Document make_document(std::string id, std::string bytes) {
  Document document;
  document.bytes = bytes.size();
  document.sha1 = sha1_hex(bytes);
  document.id = std::move(id);
  const InputFormat format = detect_format(bytes, document.id);
  switch (format) {
    case InputFormat::kPdf: {
      document.format = "pdf";
      document.encoding = "UTF-8";
      refuse_oversized(document);
      PdfText pdf = pdf_to_text(bytes, document.id);
      document.text = std::move(pdf.text);
      document.page_starts = std::move(pdf.page_starts);
      return document;
    }
    case InputFormat::kZip: {
      document.format = "zip";
      document.encoding = "UTF-8";
      refuse_oversized(document);
      OfficeText office = office_to_text(bytes, document.id);
      document.text = std::move(office.text);
      document.format = std::move(office.format);
      return document;
    }
    case InputFormat::kHtml: {
      document.format = "html";
      refuse_oversized(document);
      DecodedText decoded = decode_to_utf8(bytes, document.id, declared_charset(bytes));
      document.encoding = std::move(decoded.encoding);
      std::string_view utf8 = decoded.converted ? std::string_view(decoded.utf8) : std::string_view(bytes);
      if (utf8.starts_with(kByteOrderMark)) utf8.remove_prefix(kByteOrderMark.size());
      document.text = html_to_text(utf8, document.id);
      return document;
    }
    case InputFormat::kWebVtt:
    case InputFormat::kSubRip: {
      document.format = format == InputFormat::kWebVtt ? "vtt" : "srt";
      refuse_oversized(document);
      DecodedText decoded = decode_to_utf8(bytes, document.id);
      document.encoding = std::move(decoded.encoding);
      document.text =
          subtitles_to_text(decoded.converted ? std::string_view(decoded.utf8) : std::string_view(bytes));
      return document;
    }
    case InputFormat::kText:
      break;
  }
  DecodedText decoded = decode_to_utf8(bytes, document.id);
  document.encoding = std::move(decoded.encoding);
  if (decoded.converted) {
    document.text = std::move(decoded.utf8);
    return document;
  }
  if (std::string_view(bytes).starts_with(kByteOrderMark)) {
    bytes.erase(0, kByteOrderMark.size());
    document.text_offset = kByteOrderMark.size();
  }
  document.text = std::move(bytes);
  return document;
}

Document read_document(const std::string& path) {
  return make_document(document_id(path), read_whole_file(path));
}

Document read_document_segments(const std::string& path, std::size_t segment_bytes,
                                const std::function<void(const Document&)>& on_segment) {
  segment_bytes = std::max<std::size_t>(segment_bytes, 64);  // so every cut leaves room to read on
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  Document whole;
  whole.id = document_id(path);
  whole.encoding = "UTF-8";
  Sha1 hash;
  std::string buffer;  // read, not yet delivered; never longer than segment_bytes
  buffer.reserve(segment_bytes);
  std::uint64_t buffer_offset = 0;  // where buffer[0] is in the file
  TextPosition position;            // where buffer[0] is, as line:column
  bool at_start = true;
  for (bool at_end = false; !at_end;) {
    const std::size_t wanted = segment_bytes - buffer.size();
    const std::size_t before = buffer.size();
    buffer.resize(segment_bytes);
    in.read(buffer.data() + before, static_cast<std::streamsize>(wanted));
    if (in.bad()) throw IoError(path, std::string("cannot read: ") + std::strerror(errno));
    const auto got = static_cast<std::size_t>(in.gcount());
    buffer.resize(before + got);
    hash.update(std::string_view(buffer).substr(before, got));
    whole.bytes += got;
    at_end = got < wanted;
    if (at_start && std::string_view(buffer).starts_with(kByteOrderMark)) {
      buffer.erase(0, kByteOrderMark.size());
      buffer_offset = whole.text_offset = kByteOrderMark.size();
    }
    at_start = false;
    if (buffer.empty()) continue;
    const std::size_t end = at_end ? buffer.size() : segment_end(buffer);
    const std::string_view text(buffer.data(), end);
    const TextPosition after = check_utf8_piece(text, path, position, buffer_offset);
    Document segment;
    segment.id = whole.id;
    segment.text = text;
    segment.text_offset = buffer_offset;
    segment.first_line = static_cast<std::uint32_t>(position.line);
    on_segment(segment);
    buffer.erase(0, end);
    buffer_offset += end;
    position = after;
  }
  whole.sha1 = hash.hex_digest();
  return whole;
}

}  // namespace kg::text
