// Finding the text files a user names and reading each as a UTF-8 document.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_identity.h"

namespace kg::text {

// A file as read: its text as UTF-8, with what identifies its content.
// When the file was in another encoding (`encoding` is not "UTF-8"), `text`
// is its conversion to UTF-8 and byte offsets into `text` are offsets in that
// UTF-8 text, not in the file; `text_offset` is then 0. So for a document
// converted from another format (`format` is not "text"): offsets are in
// the extracted text (what `kg build` keeps as evidence), not in the file.
struct Document {
  std::string id;                 // document_id of the path as given (or as found below a directory)
  std::string text;               // UTF-8
  std::uint64_t text_offset = 0;  // byte offset of text[0] in the file: 3 after a UTF-8 BOM
  std::uint32_t first_line = 1;   // line of the file text[0] is on (> 1 for a later segment)
  std::uint64_t bytes = 0;        // size of the file as read
  std::string sha1;               // hex digest of the file's bytes
  std::string encoding;           // the file's encoding as found: "UTF-8", "GB18030", "UTF-16LE", …
  std::string format = "text";    // how it became text: "text", "html", "pdf", "docx", "odt", "vtt" or "srt"
  // A PDF's pages: the offset in `text` where each begins (empty for other formats).
  std::vector<std::uint64_t> page_starts;

  // The page (from 1) that the byte at `offset` of `text` is on; 0 when the document has no pages.
  std::uint32_t page_at(std::uint64_t offset) const;
};

// How a file's bytes are read, told by their content: a PDF (%PDF-), a zip
// archive (DOCX or ODT, told apart by office_to_text), HTML (looks_like_html,
// or a name ending .htm/.html and markup in the bytes), subtitles (WebVTT's
// header, or SubRip's first cue: text/subtitles.h), else text.
enum class InputFormat { kText, kHtml, kPdf, kZip, kWebVtt, kSubRip };
InputFormat detect_format(std::string_view bytes, std::string_view name);

// Whether the file at `path` must be read whole (its first bytes say it is
// a PDF, zip archive, HTML or subtitles), whatever its size; plain text need not.
bool needs_whole_reading(const std::string& path);

// Files of a converted format (not text) above this size are refused.
inline constexpr std::uint64_t kMaxConvertedBytes = 256u << 20;

// A document's id: its path, lexically normalized (./e/a.txt, e//a.txt and
// e/a.txt are one document), with '/' between the parts, and each byte that
// is not UTF-8 written as \xNN (utf8::escape_invalid), so that a graph file,
// which holds only UTF-8, can name it. The same content under two ids is two
// documents.
std::string document_id(std::string_view path);

// Every file the paths name, each once (a second path with the same
// document_id is dropped; the first is kept, as the path to open), in a
// stable order: a file as itself, a directory
// as the regular files below it (recursively, sorted by path, hidden entries
// and symbolic links to directories skipped so a link loop cannot recur).
// Below a directory, kg's own files are passed over without a word
// (is_kg_own_file), and so is every file of `excluded` (the outputs of the
// command walking the directory), so that a graph written into the corpus
// is never read back as a document of it.
// A path that does not exist is a kg::IoError: the user mistyped it.
// `warn` hears of entries passed over (unreadable directories, special files
// such as FIFOs and devices, named or found, which are never read).
std::vector<std::string> collect_input_files(std::span<const std::string> paths,
                                             const std::function<void(const std::string&)>& warn,
                                             std::span<const FileIdentity> excluded = {});

// Whether a file's name (its last component) is one kg writes: a graph
// (*.kg.json, in any case), a lock (*.lock, base/file_lock.h) or the
// temporary of an atomic write (*.tmp.XXXXXX, six letters or digits).
bool is_kg_own_file(std::string_view name);

// Reads a file as a document, decoded to UTF-8 by decode_to_utf8
// (text/charset.h). Throws kg::IoError when it cannot be read and
// kg::FormatError (with line and column) when it is not text: a NUL byte
// marks a binary file; bytes that are neither UTF-8 nor in an encoding ICU
// detects with confidence, or not valid in the detected one, are refused.
// A byte order mark is dropped.
Document read_document(const std::string& path);

// The same on bytes already in memory; `id` names them in errors, and its
// extension counts as a file name's does.
Document make_document(std::string id, std::string bytes);

// Files up to this size are read whole (read_document); larger ones in
// segments (read_document_segments), so memory stays bounded for any file.
inline constexpr std::uint64_t kWholeDocumentBytes = 8u << 20;
inline constexpr std::size_t kSegmentBytes = 4u << 20;

// Reads a file of any size piece by piece: `on_segment` gets consecutive
// segments of at most `segment_bytes` (more only for a longer line with no
// sentence end or space in it), each cut after a line end where there is one,
// else after a sentence end (。！？) or space, else between two characters.
// A segment is a Document with the file's id, its text, text_offset (where it
// starts in the file) and first_line; bytes, sha1 and encoding are left empty
// until the end. Returns the whole file's Document: id, bytes, sha1 and
// encoding "UTF-8", with an empty text. Only UTF-8 (a BOM is dropped) is read
// this way: bytes that are not UTF-8, or a NUL byte, throw kg::FormatError
// with line and column, after the segments before them were delivered —
// callers discard what they made of those. Throws kg::IoError when the
// file cannot be opened or read.
Document read_document_segments(const std::string& path, std::size_t segment_bytes,
                                const std::function<void(const Document&)>& on_segment);

}  // namespace kg::text
