// Temporary file + fsync + rename(2): the POSIX way to replace a file
// atomically; a registry of the live temporaries that a signal handler
// removes, with nothing but async-signal-safe calls, before the process dies.
#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>

#include "base/errors.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

std::string errno_text() { return std::strerror(errno); }

// As the kernel's own limit on a path's chain of symbolic links (MAXSYMLINKS).
constexpr int kMaxLinks = 40;

// ---- The registry of live temporary files, read by the signal handler.
//
// A fixed table, so the handler allocates nothing and takes no lock. A slot's
// path is changed only between two increments of its version (odd while it
// changes); the handler copies a live path and unlinks the copy only when
// the version was even and the same before and after, so it never unlinks a
// path half overwritten by a new registration. A temporary that finds no
// free slot (more than kSlots at once) is still removed on every other exit.
constexpr std::size_t kSlots = 64;

struct Slot {
  std::atomic<bool> taken{false};
  std::atomic<unsigned> version{0};
  std::atomic<bool> live{false};
  std::array<char, PATH_MAX> path{};
};

std::array<Slot, kSlots> slots;

constexpr std::array kCleanupSignals = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGXFSZ};

extern "C" void remove_temporaries_and_die(int signal_number) {
  const int saved_errno = errno;
  std::array<char, PATH_MAX> copy{};
  for (Slot& slot : slots) {
    if (!slot.live.load()) continue;
    const unsigned before = slot.version.load();
    if (before % 2 != 0) continue;
    std::memcpy(copy.data(), slot.path.data(), copy.size());
    std::atomic_signal_fence(std::memory_order_seq_cst);
    if (slot.version.load() != before || !slot.live.load()) continue;
    copy.back() = '\0';
    ::unlink(copy.data());
  }
  errno = saved_errno;
  // SA_RESETHAND put the default action back, and the signal is blocked
  // while this runs: it ends the process as the handler returns, with the
  // status a shell expects of it. (SIGXFSZ from a write is not sent again.)
  ::raise(signal_number);
}

void install_cleanup_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int signal_number : kCleanupSignals) {
      struct sigaction current {};
      if (::sigaction(signal_number, nullptr, &current) != 0) continue;
      // An ignored signal (nohup) or a program's own handler is left alone.
      if ((current.sa_flags & SA_SIGINFO) != 0 || current.sa_handler != SIG_DFL) continue;
      struct sigaction cleanup {};
      cleanup.sa_handler = remove_temporaries_and_die;
      sigemptyset(&cleanup.sa_mask);
      cleanup.sa_flags = SA_RESETHAND;
      ::sigaction(signal_number, &cleanup, nullptr);
    }
  });
}

// The slot holding `path`, or kSlots when none is free or the path too long.
std::size_t register_temporary(const std::string& path) {
  if (path.size() >= PATH_MAX) return kSlots;
  for (std::size_t i = 0; i < kSlots; ++i) {
    Slot& slot = slots[i];
    bool expected = false;
    if (!slot.taken.compare_exchange_strong(expected, true)) continue;
    slot.version.fetch_add(1);
    std::memcpy(slot.path.data(), path.c_str(), path.size() + 1);
    slot.version.fetch_add(1);
    slot.live.store(true);
    return i;
  }
  return kSlots;
}

void unregister_temporary(std::size_t index) {
  if (index >= kSlots) return;
  slots[index].live.store(false);
  slots[index].taken.store(false);
}

// Blocks the cleanup signals on this thread for its lifetime: between
// mkstemp and the registration, the temporary has a name no handler knows.
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t held;
    sigemptyset(&held);
    for (int signal_number : kCleanupSignals) sigaddset(&held, signal_number);
    ::pthread_sigmask(SIG_BLOCK, &held, &previous_);
  }
  ~SignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t previous_{};
};

// The mode a new file gets from open(2) with 0666, or the existing file's.
mode_t final_mode(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// TARGET.tmp.XXXXXX beside `target`, removed unless released: every early
// exit, and every signal of kCleanupSignals, cleans up.
class TemporaryFile {
 public:
  TemporaryFile(const std::string& target, const std::string& reported_path) {
    install_cleanup_handlers();
    std::string name = target + ".tmp.XXXXXX";
    const SignalsHeld held;
    const int fd = ::mkstemp(name.data());
    if (fd < 0) throw IoError(reported_path, "cannot create a temporary file beside it: " + errno_text());
    ::close(fd);
    path_ = std::move(name);
    slot_ = register_temporary(path_);
  }
  ~TemporaryFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
    unregister_temporary(slot_);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return path_; }
  // After the rename: the name is the target's now.
  void release() {
    path_.clear();
    unregister_temporary(slot_);
    slot_ = kSlots;
  }

 private:
  std::string path_;
  std::size_t slot_ = kSlots;
};

void sync_to_disk(const std::string& path, const std::string& reported_path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    std::string problem = errno_text();
    if (fd >= 0) ::close(fd);
    throw IoError(reported_path, "cannot flush to disk: " + problem);
  }
  ::close(fd);
}

std::string describe_special(mode_t mode) {
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  return "a special file";
}

bool exists_unfollowed(const fs::path& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0;
}

}  // namespace

struct PendingWrites::Staged {
  std::unique_ptr<TemporaryFile> temporary;
  std::string target;         // where it lands (through symbolic links)
  std::string reported_path;  // as the caller named it
};

std::string resolve_output_path(const std::string& path) {
  std::string current = path;
  for (int links = 0;; ++links) {
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0) {
      // Absent: written as a new file (a missing directory is the caller's to report).
      if (errno == ENOENT) return current;
      throw IoError(path, "cannot write: " + errno_text());
    }
    if (!S_ISLNK(info.st_mode)) return current;
    if (links == kMaxLinks) throw IoError(path, "cannot write: " + std::string(std::strerror(ELOOP)));
    std::error_code error;
    const fs::path target = fs::read_symlink(current, error);
    if (error) throw IoError(path, "cannot read the symbolic link: " + error.message());
    current = target.is_absolute() ? target.string() : (fs::path(current).parent_path() / target).string();
  }
}

std::string check_output_path(const std::string& given, OutputKind kind) {
  if (given.empty()) throw IoError(given, "the output name is empty");
  std::string path = given;
  if (kind == OutputKind::kDirectory) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
  }
  std::string target = resolve_output_path(path);
  struct stat info {};
  if (::lstat(target.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) {
      if (kind == OutputKind::kFile) throw IoError(given, "is a directory");
      if (::access(target.c_str(), W_OK | X_OK) != 0) {
        throw IoError(given, "cannot write in the directory: " + errno_text());
      }
      return target;
    }
    if (kind == OutputKind::kDirectory) throw IoError(given, "exists and is not a directory");
    if (!S_ISREG(info.st_mode)) {
      throw IoError(given, "is " + describe_special(info.st_mode) +
                               ", not a regular file: kg writes an output by renaming a new file over it");
    }
    if (::access(target.c_str(), W_OK) != 0) {
      throw IoError(given,
                    "is read-only (" + errno_text() + "): kg does not replace a file it may not write");
    }
  } else if (errno != ENOENT) {
    throw IoError(given, "cannot write: " + errno_text());
  }
  // The directory the file and its temporary go in; for a directory output
  // not made yet, the nearest existing one it is to be made in.
  fs::path parent = fs::path(target).parent_path();
  if (kind == OutputKind::kDirectory) {
    while (!parent.empty() && !exists_unfollowed(parent) && parent != parent.parent_path()) {
      parent = parent.parent_path();
    }
  }
  if (parent.empty()) parent = ".";
  struct stat directory {};
  if (::stat(parent.c_str(), &directory) != 0) {
    if (errno == ENOENT) throw IoError(given, "the directory " + parent.string() + " does not exist");
    throw IoError(given, "cannot write in " + parent.string() + ": " + errno_text());
  }
  if (!S_ISDIR(directory.st_mode)) throw IoError(given, parent.string() + " is not a directory");
  if (::access(parent.c_str(), W_OK | X_OK) != 0) {
    throw IoError(given, "cannot write in the directory " + parent.string() + ": " + errno_text());
  }
  return target;
}

PendingWrites::PendingWrites() = default;

PendingWrites::~PendingWrites() {
  staged_.clear();  // each TemporaryFile removes itself
  for (auto it = made_directories_.rbegin(); it != made_directories_.rend(); ++it) ::rmdir(it->c_str());
}

void PendingWrites::stage(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const std::string target = check_output_path(path);
  auto temporary = std::make_unique<TemporaryFile>(target, path);
  {
    std::ofstream out(temporary->path(), std::ios::binary | std::ios::trunc);
    if (!out) throw IoError(path, "cannot write: " + errno_text());
    write(out);
    out.close();  // close here: a full disk may only show when the buffer goes out
    if (!out) throw IoError(path, "write failed: " + errno_text());
  }
  if (::chmod(temporary->path().c_str(), final_mode(target)) != 0) {
    throw IoError(path, "cannot set permissions: " + errno_text());
  }
  sync_to_disk(temporary->path(), path);
  staged_.push_back({std::move(temporary), target, path});
}

void PendingWrites::make_directory(const std::string& path) {
  const std::string target = check_output_path(path, OutputKind::kDirectory);
  std::vector<fs::path> missing;  // innermost first
  for (fs::path at = target; !at.empty() && !exists_unfollowed(at) && at != at.parent_path();
       at = at.parent_path()) {
    missing.push_back(at);
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0777) != 0) {
      if (errno == EEXIST) continue;  // made meanwhile: not ours to remove
      throw IoError(path, "cannot create the directory: " + errno_text());
    }
    made_directories_.push_back(it->string());
  }
}

void PendingWrites::commit() {
  for (Staged& file : staged_) {
    if (::rename(file.temporary->path().c_str(), file.target.c_str()) != 0) {
      throw IoError(file.reported_path, "cannot replace: " + errno_text());
    }
    file.temporary->release();
  }
  staged_.clear();
  made_directories_.clear();
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  PendingWrites pending;
  pending.stage(path, write);
  pending.commit();
}

}  // namespace kg
