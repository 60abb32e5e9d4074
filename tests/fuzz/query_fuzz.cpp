// Fuzz target: any bytes as a query, parsed, checked and run on the
// governance fixture. A QueryError is the right answer to nonsense; a crash,
// a sanitizer report or any other exception is a bug.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "graph/native_file.h"
#include "query/query.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kg::graph::KnowledgeGraph graph =
      kg::graph::load_native(KG_SOURCE_DIR "/tests/query/data/governance.kg.json");
  static const kg::query::Engine engine(graph);
  kg::query::Options options;
  options.max_steps = 200'000;  // each input runs in milliseconds
  // $who, $n, ... resolve; any other $name is a QueryError.
  options.parameters = {{"who", kg::query::Value("中国")},
                        {"n", kg::query::Value(3)},
                        {"years", kg::query::Value(kg::query::List{2020, 2023})},
                        {"s", kg::query::Value("3")},
                        {"nothing", kg::query::Value()}};
  std::string_view query(reinterpret_cast<const char*>(data), size);
  try {
    kg::query::Result result = engine.run(query, options);
    for (auto format : {kg::query::Format::Table, kg::query::Format::Json, kg::query::Format::Csv}) {
      std::ostringstream out;
      kg::query::write_result(engine, result, format, out);
    }
    std::ostringstream out;
    kg::query::write_explanation(engine, result, out);
  } catch (const kg::query::QueryError&) {
  }
  return 0;
}
