// The second stage: tokens to a Statement tree, by recursive descent.
#pragma once

#include <string_view>

#include "query/ast.h"

namespace kg::query {

// Parses one query (an optional trailing `;` is allowed). Throws QueryError
// at the first token that does not fit the grammar in query/README.md.
Statement parse(std::string_view query);

}  // namespace kg::query
