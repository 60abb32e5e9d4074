// stat(2)'s st_dev and st_ino.
#include "base/file_identity.h"

#include <sys/stat.h>

namespace kg {

std::optional<FileIdentity> identify_file(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileIdentity{static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino)};
}

}  // namespace kg
