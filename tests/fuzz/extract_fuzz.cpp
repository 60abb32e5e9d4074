// Fuzz target: any bytes as a text file through the whole extractor with the
// default rules: decoding (text/input.h), normalization, entities and
// relations. Refusing the bytes with kg::Error is fine; a crash, a sanitizer
// report or any other exception is a bug, and so is a graph the native
// writer refuses (text that is not UTF-8, evidence outside the document).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "base/errors.h"
#include "extract/extractor.h"
#include "graph/native_file.h"
#include "text/input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kg::extract::Extractor extractor(kg::extract::default_rule_pack());
  kg::text::Document document;
  try {
    document = kg::text::make_document("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  } catch (const kg::Error&) {
    return 0;
  }
  kg::extract::CurationNotes notes;
  kg::graph::KnowledgeGraph graph = extractor.extract(document, &notes);
  // Offsets are in the file, or in its UTF-8 conversion (text/input.h).
  const std::uint64_t end = document.text_offset + document.text.size();
  for (auto edge : graph.edges_in_canonical_order()) {
    for (const auto& evidence : graph.edge(edge).evidence) {
      if (evidence.offset > end || evidence.offset + evidence.sentence.size() > end) std::abort();
    }
  }
  std::ostringstream out;
  kg::graph::write_native(graph, out);
  return 0;
}
