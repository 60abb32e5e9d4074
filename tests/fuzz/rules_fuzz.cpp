// Fuzz target: any bytes as a rules file (`kg build --rules`, extract/rule_pack.h),
// added to an empty pack. A FormatError naming the file is the right answer
// to a bad one; a crash, a sanitizer report or any other exception is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/errors.h"
#include "extract/rule_pack.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  kg::extract::RulePack pack;
  try {
    kg::extract::add_rules(pack, json, "fuzz.json");
    // A second file on top: replacing entries must hold up too.
    kg::extract::add_rules(pack, json, "fuzz-again.json");
  } catch (const kg::Error&) {
  }
  return 0;
}
