// The --format option of the commands that print query results
// (query, neighbors, path): table, json or csv.
#pragma once

#include "app/cli.h"
#include "query/query.h"

namespace kg::app {

// The format --format names (table when absent); UsageError for another word.
query::Format result_format(const Arguments& arguments);

}  // namespace kg::app
