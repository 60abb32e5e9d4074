// libxml2's one-time set-up, shared by the HTML and office-document readers.
#pragma once

#include <libxml/parser.h>

#include <mutex>

namespace kg::text {

// libxml2 must be initialized once before threads parse with it.
inline void initialize_libxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace kg::text
