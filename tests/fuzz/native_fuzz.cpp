// Fuzz target: any bytes as a native graph file (graph/native_file.h). A
// FormatError is the right answer to a damaged file; a crash, a sanitizer
// report or any other exception is a bug. A file that loads must save and
// load again to the same graph and the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

#include "base/errors.h"
#include "graph/native_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kg::graph::KnowledgeGraph graph;
  try {
    graph = kg::graph::read_native(text, "fuzz.kg.json");
  } catch (const kg::Error&) {
    return 0;
  }
  std::ostringstream saved;
  kg::graph::write_native(graph, saved);
  kg::graph::KnowledgeGraph again = kg::graph::read_native(saved.str(), "saved.kg.json");
  std::ostringstream saved_again;
  kg::graph::write_native(again, saved_again);
  if (!(again == graph) || saved_again.str() != saved.str()) std::abort();
  return 0;
}
