// One open, fstat and read where the size is known: the stream buffers and
// the growing copies of an ostringstream cost more than the read itself.
#include "base/whole_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>

#include "base/errors.h"

namespace kg {
namespace {

struct FileCloser {
  int descriptor;
  ~FileCloser() { ::close(descriptor); }
};

[[noreturn]] void too_large(const std::string& path, const ReadLimit& limit) {
  const std::size_t megabytes = limit.max_bytes >> 20;
  const std::string size = megabytes > 0 && (limit.max_bytes & ((1u << 20) - 1)) == 0
                               ? std::to_string(megabytes) + " MB"
                               : std::to_string(limit.max_bytes) + " bytes";
  throw IoError(path, "larger than " + size + ", the most kg reads as " + limit.kind);
}

// Whether the text so far, read[0, size), shows its first byte after
// blanks and a byte order mark, which must be limit.opening (else an error);
// `from` is where the last read began.
bool check_opening(const std::string& path, const ReadLimit& limit, std::string_view read, std::size_t from) {
  std::size_t at = from;
  if (at < 3 && read.size() >= 3 && read.substr(0, 3) == "\xEF\xBB\xBF") at = 3;
  if (read.size() < 3 &&
      read.substr(0, read.size()) == std::string_view("\xEF\xBB\xBF").substr(0, read.size()))
    return false;  // perhaps a byte order mark: wait for more
  for (; at < read.size(); ++at) {
    const char c = read[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c == limit.opening) return true;
    constexpr char kHex[] = "0123456789abcdef";
    const auto byte = static_cast<unsigned char>(c);
    throw IoError(path, std::string("not ") + limit.kind + ": it begins with byte 0x" + kHex[byte >> 4] +
                            kHex[byte & 0xF] + ", not '" + limit.opening + "'");
  }
  return false;
}

}  // namespace

std::string read_whole_file(const std::string& path, const ReadLimit& limit) {
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  const FileCloser closer{descriptor};
  struct stat status {};
  std::string bytes;
  // One byte more than the size, so that the read finding the end needs no room.
  if (::fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode)) {
    if (static_cast<std::uint64_t>(status.st_size) > limit.max_bytes) too_large(path, limit);
    bytes.resize(static_cast<std::size_t>(status.st_size) + 1);
  }
  const bool sized = !bytes.empty();
  bool opened = limit.opening == '\0' || sized;  // a regular file is checked by its reader
  std::size_t size = 0;
  for (;;) {
    // Full: the file grew since, or did not say its size.
    if (size == bytes.size()) {
      if (size > limit.max_bytes) too_large(path, limit);
      // Room for one byte past the limit at most: that byte is the proof.
      const std::size_t cap =
          limit.max_bytes == std::numeric_limits<std::size_t>::max() ? limit.max_bytes : limit.max_bytes + 1;
      bytes.resize(std::min(std::max<std::size_t>(bytes.size() * 2, 64 << 10), cap));
    }
    const ssize_t got = ::read(descriptor, bytes.data() + size, bytes.size() - size);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      throw IoError(path, std::string("cannot read: ") + std::strerror(errno));
    }
    const std::size_t before = size;
    size += static_cast<std::size_t>(got);
    if (!opened) opened = check_opening(path, limit, std::string_view(bytes.data(), size), before);
  }
  if (size > limit.max_bytes) too_large(path, limit);
  bytes.resize(size);
  return bytes;
}

}  // namespace kg
