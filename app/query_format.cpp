// The --format option shared by kg query, kg neighbors and kg path.
#include "app/query_format.h"

namespace kg::app {

query::Format result_format(const Arguments& arguments) {
  std::optional<std::string> name = arguments.value("format");
  if (!name) return query::Format::Table;
  if (std::optional<query::Format> format = query::format_named(*name)) return *format;
  throw UsageError("--format takes table, json or csv, not '" + *name + "'");
}

}  // namespace kg::app
