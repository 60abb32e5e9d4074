// A file in, its graph out: read whole or in segments by its size, so that
// memory stays bounded whatever the file (a 1 GB single line included).
#pragma once

#include <functional>
#include <string>

#include "extract/extractor.h"
#include "graph/graph.h"
#include "text/input.h"

namespace kg::extract {

// What extract_file() read.
struct FileRead {
  graph::Document record;  // id, bytes, sha1
  std::string encoding;    // as read: "UTF-8", "GB18030", …
  bool kept = true;        // false: `keep` said no and nothing was extracted
};

// When a file is read whole and how it is cut otherwise (tests make them small).
struct ReadLimits {
  std::uint64_t whole_document_bytes = text::kWholeDocumentBytes;
  std::size_t segment_bytes = text::kSegmentBytes;
};

// Adds the graph of the file at `path` to `graph`, which may hold other
// files' graphs already (extracting straight into it spares building a graph
// per file and merging it). A file up to limits.whole_document_bytes (8 MB)
// is read whole (read_document) and decoded before anything is added; a
// larger one in segments of limits.segment_bytes (4 MB;
// read_document_segments: UTF-8 only) into a graph of its own, merged in once
// the whole file has been read — so peak memory is bounded by the segment and
// the graph, not by the file. `keep`, when given, sees the file's record
// before extraction (for a file read in segments, after it) and returning
// false skips the file. Throws kg::IoError or kg::FormatError as the readers
// do, leaving `graph` as it was.
FileRead extract_file(const Extractor& extractor, const std::string& path, graph::KnowledgeGraph& graph,
                      CurationNotes* notes = nullptr,
                      const std::function<bool(const graph::Document&)>& keep = {},
                      const ReadLimits& limits = {});

}  // namespace kg::extract
