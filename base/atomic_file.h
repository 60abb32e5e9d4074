// Writing outputs so that a failure, or a catchable signal, never leaves half
// a file behind, and several outputs change together or not at all.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace kg {

// What an output path is to hold.
enum class OutputKind {
  kFile,       // a regular file, replaced whole
  kDirectory,  // a directory of files (made if absent)
};

// Where a write to `path` lands: `path` itself, or, when `path` is a symbolic
// link, the file at the end of its chain of links (which need not exist yet),
// so that writing through a link replaces its target and keeps the link.
// Throws kg::IoError naming `path`: a link loop, a component that is not a
// directory, a directory that cannot be searched.
std::string resolve_output_path(const std::string& path);

// Checks, without writing anything, that `path` can be written as `kind`, and
// returns where the write lands (resolve_output_path). Refused, with a
// kg::IoError naming `path`: an empty name; a device, FIFO or socket (kg
// replaces an output by renaming a new file over it, which would put a
// regular file where the special one was); a directory given as a file, or a
// file as a directory; an existing file the user may not write (read-only:
// kg does not replace what is protected; root's writes are not checked, as
// the system does not check them); a directory that does not exist, is not a
// directory, or is not writable, where the file or its temporary would go.
std::string check_output_path(const std::string& path, OutputKind kind = OutputKind::kFile);

// Files written to temporaries beside their targets and renamed over them
// together by commit(): a command that writes several outputs changes all of
// them or none. Each temporary is fsync'ed before any rename, so what fails
// (a full disk, a throwing writer, a file too large) fails before the first
// rename. What remains is the window between the renames of commit(): a
// SIGKILL or a power cut there leaves the first outputs new and the rest old,
// each file whole; a rename itself failing (the target turned into a
// directory meanwhile) stops commit() with the files before it renamed.
//
// While a temporary file exists, SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE
// and SIGXFSZ remove it before the process ends with the signal's default
// action (handlers are installed once, for signals whose action is still the
// default; signals the caller ignores or handles are left alone).
class PendingWrites {
 public:
  PendingWrites();
  // Removes every temporary not committed, and the directories
  // make_directory made (when they are empty again).
  ~PendingWrites();
  PendingWrites(const PendingWrites&) = delete;
  PendingWrites& operator=(const PendingWrites&) = delete;

  // Writes what will replace `path` (check_output_path) to a temporary file
  // beside where it lands, flushed to disk. Throws kg::IoError naming `path`;
  // rethrows what `write` throws. Either way the temporary is removed.
  void stage(const std::string& path, const std::function<void(std::ostream&)>& write);
  // Makes the directory `path` and its missing parents; they are removed
  // again (if empty) when the writes are not committed.
  void make_directory(const std::string& path);
  // Renames every staged file over its target, in the order staged.
  void commit();

 private:
  struct Staged;
  std::vector<Staged> staged_;
  std::vector<std::string> made_directories_;  // outermost first
};

// One file through PendingWrites: a reader, or a crash, sees the previous
// file or the new one, never a part. Throws kg::IoError naming the file;
// rethrows what `write` throws, after removing the temporary file.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kg
