// An exclusive lock that serializes the kg processes writing one file: held
// across a whole read-modify-write (`kg build --append`), so that concurrent
// writers queue instead of overwriting each other's work.
#pragma once

#include <functional>
#include <string>

#include "base/errors.h"

namespace kg {

// The lock is held by another process and the caller chose not to wait.
class LockBusy : public IoError {
 public:
  using IoError::IoError;
};

enum class LockWait {
  kWait,  // block until the lock is free
  kFail,  // throw LockBusy at once
};

// An exclusive flock(2) on the file TARGET.lock beside `target`, made if
// absent (with the umask's permissions) and removed again when the lock is
// released, so no lock file stays beside an output. Removing a lock file is
// safe because a locker checks, once it holds the lock, that the file it
// locked is still the one at TARGET.lock, and starts again if not (a
// holder removed it meanwhile). After a crash, a lock file may stay: it is
// no lock (the kernel released it with the process) and the next locker
// removes it. Locks are advisory: they order kg's processes, not other
// programs. Two FileLocks on one target in one process wait for each other
// (each open file has its own lock): take each target once.
class FileLock {
 public:
  // `on_wait` is called once, before blocking, when another holds the lock.
  // Throws kg::IoError naming the lock file when it cannot be made or
  // locked, LockBusy (naming `target`) under LockWait::kFail.
  FileLock(const std::string& target, LockWait wait, const std::function<void()>& on_wait = {});
  ~FileLock();
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

  static std::string lock_path(const std::string& target) { return target + ".lock"; }

 private:
  void release();

  std::string path_;
  int fd_ = -1;
};

}  // namespace kg
