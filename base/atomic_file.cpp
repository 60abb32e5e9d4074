// Temporary file + fsync + rename(2): the POSIX way to replace a file atomically.
#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "base/errors.h"

namespace kg {
namespace {

std::string errno_text() { return std::strerror(errno); }

// The mode a new file gets from open(2) with 0666, or the existing file's.
mode_t final_mode(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// Removes the temporary file unless released: every early exit cleans up.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& target) {
    std::vector<char> name(target.begin(), target.end());
    const char suffix[] = ".tmp.XXXXXX";
    name.insert(name.end(), suffix, suffix + sizeof suffix);  // with the NUL
    int fd = ::mkstemp(name.data());
    if (fd < 0) throw IoError(target, "cannot create a temporary file beside it: " + errno_text());
    ::close(fd);
    path_ = name.data();
  }
  ~TemporaryFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return path_; }
  void release() { path_.clear(); }

 private:
  std::string path_;
};

void sync_to_disk(const std::string& path, const std::string& reported_path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0 || ::fsync(fd) != 0) {
    std::string problem = errno_text();
    if (fd >= 0) ::close(fd);
    throw IoError(reported_path, "cannot flush to disk: " + problem);
  }
  ::close(fd);
}

}  // namespace

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  // Without an error_code this throws std::filesystem::filesystem_error (a
  // symbolic link loop in the path); a path that cannot be looked at fails
  // below, with the system's reason, when the temporary file is created.
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw IoError(path, "is a directory");
  TemporaryFile temporary(path);
  {
    std::ofstream out(temporary.path(), std::ios::binary | std::ios::trunc);
    if (!out) throw IoError(path, "cannot write: " + errno_text());
    write(out);
    out.close();  // close here: a full disk may only show when the buffer goes out
    if (!out) throw IoError(path, "write failed: " + errno_text());
  }
  if (::chmod(temporary.path().c_str(), final_mode(path)) != 0) {
    throw IoError(path, "cannot set permissions: " + errno_text());
  }
  sync_to_disk(temporary.path(), path);
  if (::rename(temporary.path().c_str(), path.c_str()) != 0) {
    throw IoError(path, "cannot replace: " + errno_text());
  }
  temporary.release();
}

}  // namespace kg
