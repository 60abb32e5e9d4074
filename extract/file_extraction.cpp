// Choosing between whole-file and segment-wise reading by the file's size.
#include "extract/file_extraction.h"

#include <filesystem>

namespace kg::extract {

FileRead extract_file(const Extractor& extractor, const std::string& path, graph::KnowledgeGraph& graph,
                      CurationNotes* notes, const std::function<bool(const graph::Document&)>& keep,
                      const ReadLimits& limits) {
  FileRead read;
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  // An unreadable file: read_document says why; a PDF, DOCX, ODT or HTML file is converted whole.
  if (error || size <= limits.whole_document_bytes || text::needs_whole_reading(path)) {
    const text::Document document = text::read_document(path);
    read.record = {document.id, document.bytes, document.sha1};
    read.encoding = document.encoding;
    read.kept = !keep || keep(read.record);
    if (read.kept) {
      graph.add_document(read.record);
      extractor.extract_into(document, graph, notes);
    }
    return read;
  }
  // A graph of its own until the file is read to its end: a bad byte in a
  // late segment must leave nothing of the file in `graph`.
  graph::KnowledgeGraph file_graph;
  const text::Document whole = text::read_document_segments(
      path, limits.segment_bytes,
      [&](const text::Document& segment) { extractor.extract_into(segment, file_graph, notes); });
  read.record = {whole.id, whole.bytes, whole.sha1};
  read.encoding = whole.encoding;
  read.kept = !keep || keep(read.record);
  if (read.kept) {
    file_graph.add_document(read.record);
    graph.merge(std::move(file_graph));
  }
  return read;
}

}  // namespace kg::extract
