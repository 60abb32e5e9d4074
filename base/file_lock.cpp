// flock(2) on a lock file beside the file it guards, removed by its holder.
#include "base/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace kg {
namespace {

std::string errno_text() { return std::strerror(errno); }

}  // namespace

FileLock::FileLock(const std::string& target, LockWait wait, const std::function<void()>& on_wait)
    : path_(lock_path(target)) {
  bool said = false;
  for (;;) {
    // Read-only is enough for flock; O_NOFOLLOW and O_NONBLOCK so that a link
    // or a FIFO planted at the lock's name neither redirects nor blocks it.
    const int fd = ::open(path_.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0666);
    if (fd < 0) throw IoError(path_, "cannot open the lock file: " + errno_text());
    struct stat locked {};
    if (::fstat(fd, &locked) != 0 || !S_ISREG(locked.st_mode)) {
      ::close(fd);
      throw IoError(path_, "the lock file is not a regular file");
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      if (errno != EWOULDBLOCK) {
        const std::string problem = errno_text();
        ::close(fd);
        throw IoError(path_, "cannot lock: " + problem);
      }
      if (wait == LockWait::kFail) {
        ::close(fd);
        throw LockBusy(target, "another kg is writing it (the lock " + path_ + " is held)");
      }
      if (!said && on_wait) on_wait();
      said = true;
      while (::flock(fd, LOCK_EX) != 0) {
        if (errno == EINTR) continue;
        const std::string problem = errno_text();
        ::close(fd);
        throw IoError(path_, "cannot lock: " + problem);
      }
    }
    // The holder before us may have removed the file we locked: then the
    // lock guards nothing, and the one at the name now is to be taken.
    struct stat named {};
    if (::stat(path_.c_str(), &named) == 0 && named.st_dev == locked.st_dev &&
        named.st_ino == locked.st_ino) {
      fd_ = fd;
      return;
    }
    ::close(fd);
  }
}

void FileLock::release() {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());  // while still held: no one can hold this file's lock now
  ::close(fd_);
  fd_ = -1;
}

FileLock::~FileLock() { release(); }

FileLock::FileLock(FileLock&& other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    release();
    path_ = std::move(other.path_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

}  // namespace kg
