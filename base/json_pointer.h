// JSON pointers (RFC 6901), the way errors name a value inside a JSON file.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// `key` as one reference token of a pointer: '~' becomes "~0" and '/' "~1",
// so that a key holding either still names one member.
std::string json_pointer_token(std::string_view key);

// The pointer to member `key` of the value at `pointer`: pointer + "/" + token.
std::string json_pointer_child(std::string_view pointer, std::string_view key);

}  // namespace kg
