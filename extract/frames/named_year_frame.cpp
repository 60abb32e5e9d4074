// The named-year frame: an event named with its year took place then —
// 2023年世界互联网大会乌镇峰会. The first year the name holds dates it; no
// trigger in running text.
#include <string>

#include "extract/frames/reading.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

// The first year (four digits alone, 1900-2100) in `name`, and where it stands.
std::optional<std::string_view> year_in(std::string_view name) {
  auto digit = [&](std::size_t at) {
    return at < name.size() && utf8::is_ascii_digit(static_cast<unsigned char>(name[at]));
  };
  for (std::size_t at = 0; at + 4 <= name.size(); ++at) {
    if (!digit(at) || (at > 0 && digit(at - 1))) continue;
    std::size_t end = at;
    while (digit(end)) ++end;
    if (end - at == 4) {
      const int year = std::stoi(std::string(name.substr(at, 4)));
      if (year >= 1900 && year <= 2100) return name.substr(at, 4);
    }
    at = end;
  }
  return std::nullopt;
}

}  // namespace

void read_named_year(const FrameGrammar&, SentenceReading& reading, const RelationRule& rule) {
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (!type_in(named.type, rule.object_types) || named.weak) continue;
    if (const auto year = year_in(named.name))
      reading.emit_year(named, std::stoi(std::string(*year)), rule, *year);
  }
}

}  // namespace kg::extract
