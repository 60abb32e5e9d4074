// One open, fstat and read where the size is known: the stream buffers and
// the growing copies of an ostringstream cost more than the read itself.
#include "base/whole_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/errors.h"

namespace kg {
namespace {

struct FileCloser {
  int descriptor;
  ~FileCloser() { ::close(descriptor); }
};

}  // namespace

std::string read_whole_file(const std::string& path) {
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  const FileCloser closer{descriptor};
  struct stat status {};
  std::string bytes;
  // One byte more than the size, so that the read finding the end needs no room.
  if (::fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode)) {
    bytes.resize(static_cast<std::size_t>(status.st_size) + 1);
  }
  std::size_t size = 0;
  for (;;) {
    // Full: the file grew since, or did not say its size.
    if (size == bytes.size()) bytes.resize(std::max<std::size_t>(bytes.size() * 2, 64 << 10));
    const ssize_t got = ::read(descriptor, bytes.data() + size, bytes.size() - size);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      throw IoError(path, std::string("cannot read: ") + std::strerror(errno));
    }
    size += static_cast<std::size_t>(got);
  }
  bytes.resize(size);
  return bytes;
}

}  // namespace kg
