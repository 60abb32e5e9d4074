// Which file a path names, as the file system sees it: two paths name the
// same file when they have the same device and inode, whatever their words
// (./a and a, a hard link, a symbolic link).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kg {

struct FileIdentity {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// The identity of the file at `path`, through symbolic links; nullopt when
// there is none (absent, a dangling link, a directory that cannot be searched).
std::optional<FileIdentity> identify_file(const std::string& path);

}  // namespace kg
