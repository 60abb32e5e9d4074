// RFC 6901 section 3: the escaping of a reference token.
#include "base/json_pointer.h"

namespace kg {

std::string json_pointer_token(std::string_view key) {
  std::string token;
  token.reserve(key.size());
  for (const char c : key) {
    if (c == '~') {
      token += "~0";
    } else if (c == '/') {
      token += "~1";
    } else {
      token += c;
    }
  }
  return token;
}

std::string json_pointer_child(std::string_view pointer, std::string_view key) {
  std::string child(pointer);
  child += '/';
  child += json_pointer_token(key);
  return child;
}

}  // namespace kg
