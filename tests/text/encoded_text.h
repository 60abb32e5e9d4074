// Text in a legacy encoding, made by ICU from the test's own UTF-8, so that
// no fixture file is needed.
#pragma once

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

namespace kg::text::testing {

inline std::string encoded(const std::string& utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 8, '\0');
  const int32_t length = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                      utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

}  // namespace kg::text::testing
