// Output planning shared by the commands that write a graph.
#include "app/outputs.h"

#include <optional>

namespace kg::app {

std::vector<Output> plan_outputs(const Arguments& args) {
  std::vector<std::string> paths = args.values("output");
  if (paths.empty()) throw UsageError("no output: say where to write the graph with -o FILE");
  std::optional<std::string> forced = args.value("format");
  if (forced && paths.size() > 1) throw UsageError("--format goes with a single -o");
  std::vector<Output> outputs;
  for (const std::string& path : paths) {
    std::optional<exporter::Format> format =
        forced ? exporter::parse_format(*forced) : exporter::format_from_path(path);
    if (!format && forced) throw UsageError("unknown format '" + *forced + "'");
    if (!format) {
      throw UsageError("cannot tell the format of '" + path + "' from its extension (" +
                       exporter::supported_extensions() + "); or give --format");
    }
    outputs.push_back({path, *format});
  }
  return outputs;
}

}  // namespace kg::app
