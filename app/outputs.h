// Where a command writes a graph: the -o FILE options (repeatable) and
// --format, shared by `kg build` and `kg merge`.
#pragma once

#include <string>
#include <vector>

#include "app/cli.h"
#include "export/export.h"

namespace kg::app {

struct Output {
  std::string path;
  exporter::Format format;
};

// The outputs asked for by `output` (-o) and `format` (--format); a format
// follows the extension unless --format names it. Throws UsageError.
std::vector<Output> plan_outputs(const Arguments& args);

}  // namespace kg::app
