// Where a command writes a graph: the -o FILE options (repeatable) and
// --format, shared by `kg build`, `kg merge` and `kg export`; the checks and
// locks taken before any input is read, and the all-or-nothing write.
#pragma once

#include <functional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli.h"
#include "base/atomic_file.h"
#include "base/file_identity.h"
#include "base/file_lock.h"
#include "export/export.h"
#include "graph/graph.h"

namespace kg::app {

// `-o -`: the graph goes to standard output, in the format --format names.
inline constexpr std::string_view kStandardOutput = "-";

struct Output {
  std::string path;
  exporter::Format format;
  bool to_stdout() const { return path == kStandardOutput; }
};

// The outputs asked for by `output` (-o) and `format` (--format); a format
// follows the extension unless --format names it. Throws UsageError: no -o,
// an empty name, an unknown format, `-o -` without --format or with a
// directory format.
std::vector<Output> plan_outputs(const Arguments& args);

// Whether one of the outputs is standard output: what the command has to
// say then goes to standard error.
bool writes_standard_output(const std::vector<Output>& outputs);

// For --help: `lead` and then the extensions exporter::format_from_path
// knows, wrapped into lines of at most 80 columns indented by `indent`
// spaces, each ending in a newline.
std::string extension_lines(std::string_view lead, std::size_t indent);

// The files a command is to write, checked before it reads anything and
// locked for as long as it runs.
class OutputFiles {
 public:
  // Checks the outputs and `extra` files (--report) with
  // kg::check_output_path (a directory that does not exist or cannot be
  // written, a special file, a read-only file: kg::IoError), and throws
  // UsageError when two name the same file or one is the same file as one
  // of `inputs` (compared by device and inode, not by name).
  OutputFiles(const std::vector<Output>& outputs, const std::vector<std::string>& extra,
              std::span<const std::string> inputs);

  // Takes the lock of every file (kg::FileLock), in one order for every
  // process so that two commands never wait for each other. When one is
  // held: with `wait`, says so on `err` (unless `quiet`) and waits; else
  // throws kg::LockBusy. A CSV directory to be made in a directory that does
  // not exist yet is not locked (its lock file would have nowhere to go).
  void lock(bool wait, bool quiet, std::ostream& err, std::string_view command);

  // Those of the files that exist now, for input walks to pass over.
  std::span<const FileIdentity> existing() const { return existing_; }

 private:
  std::vector<std::string> targets_;  // where each write lands, sorted, once each
  std::vector<FileIdentity> existing_;
  std::vector<FileLock> locks_;
};

// Writes `graph` to every output, all or nothing: each file is staged
// (exporter::stage), `more` stages others in the same commit (the report),
// standard output is written, and only then are the files renamed into
// place. Throws what the writers throw, leaving every file as it was.
void write_outputs(const graph::KnowledgeGraph& graph, const std::vector<Output>& outputs,
                   std::ostream& standard_output, const exporter::WriteOptions& options = {},
                   const std::function<void(PendingWrites&)>& more = {});

}  // namespace kg::app
