// `kg build`: text files in, one graph out (in every format asked for).
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <mutex>
#include <set>
#include <sstream>
#include <system_error>
#include <thread>

#include "app/commands.h"
#include "app/outputs.h"
#include "base/errors.h"
#include "export/export.h"
#include "extract/extractor.h"
#include "extract/file_extraction.h"
#include "extract/input.h"
#include "extract/rule_pack.h"
#include "graph/graph.h"
#include "graph/native_file.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"output", 'o', true, true},   OptionSpec{"format", 'f', true, false},
    OptionSpec{"quiet", 'q', false, false},  OptionSpec{"rules", 'r', true, true},
    OptionSpec{"jobs", 'j', true, false},    OptionSpec{"report", '\0', true, false},
    OptionSpec{"append", 'a', false, false}, OptionSpec{"no-wait", '\0', false, false},
};

void print_help(std::ostream& out) {
  out << "Usage: kg build PATH... -o OUTPUT [-o OUTPUT...] [--format FORMAT] [--rules FILE]\n"
         "                [-j N] [--report FILE] [--append] [--no-wait] [--quiet]\n\n"
         "Reads every text file named (a directory stands for the files below it, in\n"
         "sorted order, hidden entries skipped), extracts entities and relations, merges\n"
         "them into one graph and writes it. Below a directory, kg's own files are passed\n"
         "over: graphs (*.kg.json), locks (*.lock), temporaries (*.tmp.XXXXXX) and the\n"
         "outputs of this build. Files should be UTF-8; GB18030/GBK, Big5 and\n"
         "UTF-16 (with a byte order mark) are detected and converted, with a warning.\n"
         "A binary file, or one in no encoding kg can tell, is skipped with a message\n"
         "naming it and the position of the first bad byte (exit code 3). A file over\n"
         "8 MB is read in 4 MB segments, so memory stays bounded whatever its size; such\n"
         "a file must be UTF-8.\n\n"
         "Options:\n"
         "  -o, --output FILE   where to write; repeat to write several formats at once.\n"
         "                      The format follows the extension: "
      << exporter::supported_extensions()
      << "\n"
         "                      '-o -' writes to standard output (with --format)\n"
         "  -f, --format NAME   the format for a single output whose extension says nothing\n"
         "  -r, --rules FILE    add a rules file to the built-in rule pack (repeatable;\n"
         "                      see extract/rules/README.md for its shape); an entity,\n"
         "                      relation rule or country in it replaces the built-in one\n"
         "  -j, --jobs N        documents read on N threads (default: all cores); the\n"
         "                      output is byte-identical whatever N is\n"
         "      --report FILE   write what the rules nearly matched: relations dropped as\n"
         "                      negated, forward-looking, or missing an argument, and\n"
         "                      names found by their shape only once\n"
         "  -a, --append        add to the graph already in the .kg.json output instead of\n"
         "                      replacing it; a document whose content (sha1) the graph\n"
         "                      has already is not read again\n"
         "      --no-wait       when another kg is writing an output, fail (exit code 5)\n"
         "                      instead of waiting for it\n"
         "  -q, --quiet         print nothing but errors (a progress line is shown on a\n"
         "                      terminal otherwise)\n\n"
         "Outputs are checked before any input is read, and locked (OUTPUT.lock) until\n"
         "kg ends, so builds into one graph take turns. Each is written to a temporary\n"
         "file, and all are renamed together once all are written, so a failure or a\n"
         "signal never leaves half a file, or some outputs new and others old. An\n"
         "output through a symbolic link replaces the link's target; an output may not\n"
         "be an input, a device, a FIFO or a read-only file.\n\n"
         "Examples:\n"
         "  kg build samples/ -o samples.kg.json\n"
         "  kg build news/2025/*.txt -o news.kg.json -o news.graphml -o news.dot\n";
}

std::string human_size(std::uint64_t bytes) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(1);
  if (bytes < 1024)
    text << bytes << " B";
  else if (bytes < std::uint64_t{1024} * 1024)
    text << bytes / 1024.0 << " KB";
  else
    text << bytes / (1024.0 * 1024.0) << " MB";
  return text.str();
}

}  // namespace

int run_build(std::span<const std::string> raw_args, CommandContext& context) {
  Arguments args(raw_args, kOptions);
  if (args.wants_help()) {
    print_help(context.out);
    return kExitOk;
  }
  if (args.positionals().empty()) throw UsageError("no input: name the text files or directories to read");
  std::vector<Output> outputs = plan_outputs(args);
  const bool quiet = args.has("quiet");
  // Before anything is read: every output can be written, none is an input;
  // then held until the end, so a concurrent --append cannot lose documents.
  std::vector<std::string> read_first = args.positionals();
  for (const std::string& rules : args.values("rules")) read_first.push_back(rules);
  const std::optional<std::string> report_path = args.value("report");
  OutputFiles output_files(outputs, report_path ? std::vector{*report_path} : std::vector<std::string>{},
                           read_first);
  output_files.lock(!args.has("no-wait"), quiet, context.err, "build");
  std::ostream& said = writes_standard_output(outputs) ? context.err : context.out;

  // --append: the previous graph is the native output as it stands; its
  // documents are known by content, so reading one again adds nothing.
  graph::KnowledgeGraph previous;
  std::set<std::string, std::less<>> known_sha1;
  if (args.has("append")) {
    const Output* native = nullptr;
    for (const Output& output : outputs) {
      if (output.format != exporter::Format::Native) continue;
      if (native) throw UsageError("--append goes with a single .kg.json output");
      native = &output;
    }
    if (!native || native->to_stdout()) {
      throw UsageError("--append needs a .kg.json output to add to (other formats cannot be read back)");
    }
    std::error_code error;
    const bool exists = std::filesystem::exists(native->path, error);
    if (error) throw IoError(native->path, "cannot read: " + error.message());
    if (exists) previous = graph::load_native(native->path);
    for (const auto& [id, document] : previous.documents()) known_sha1.insert(document.sha1);
  }

  std::size_t skipped = 0;
  auto warn = [&](const std::string& message) {
    context.err << "kg build: warning: " << message << "\n";
    ++skipped;
  };
  std::vector<std::string> files =
      extract::collect_input_files(args.positionals(), warn, output_files.existing());

  extract::RulePack pack = extract::default_rule_pack();
  for (const std::string& path : args.values("rules")) extract::add_rules_file(pack, path);
  const extract::Extractor extractor(pack);
  const auto cores = std::max(1u, std::thread::hardware_concurrency());
  const auto jobs = static_cast<std::size_t>(args.number("jobs", 1, 256).value_or(cores));
  const bool progress = !quiet && ::isatty(STDERR_FILENO);
  const bool want_report = args.value("report").has_value();

  // Each worker extracts its documents into a graph of its own, which adds
  // what merging each document's graph would; merging is order-independent,
  // so the result is the same for any number of workers.
  std::atomic<std::size_t> next{0};
  std::atomic<std::uint64_t> bytes_read{0};
  std::atomic<std::size_t> done{0};
  std::atomic<std::size_t> already_known{0};
  std::mutex report_mutex;
  // What happened to an input is kept as a value: a file's name may hold any words.
  struct Warning {
    std::string message;
    bool skipped;  // the file is not in the graph: the build is partial (exit 3)
  };
  std::vector<Warning> warnings;
  std::vector<extract::CurationNotes> notes(files.size());
  std::vector<graph::KnowledgeGraph> partial(std::min(jobs, std::max<std::size_t>(files.size(), 1)));
  std::vector<std::exception_ptr> failures(partial.size());
  auto work = [&](std::size_t worker) {
    try {
      for (std::size_t i = next++; i < files.size(); i = next++) {
        extract::FileRead file;
        try {
          file = extract::extract_file(
              extractor, files[i], partial[worker], want_report ? &notes[i] : nullptr,
              [&](const graph::Document& record) { return known_sha1.count(record.sha1) == 0; });
        } catch (const Error& error) {
          std::lock_guard lock(report_mutex);
          warnings.push_back({std::string(error.what()) + " (skipped)", true});
          ++done;
          continue;
        }
        if (!file.kept) {
          ++already_known;
          ++done;
          continue;
        }
        if (file.encoding != "UTF-8") {
          std::lock_guard lock(report_mutex);
          warnings.push_back({files[i] + ": read as " + file.encoding + " and converted to UTF-8", false});
        }
        bytes_read += file.record.bytes;
        ++done;
      }
    } catch (...) {
      failures[worker] = std::current_exception();
    }
  };
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  std::thread reporter;
  std::atomic<bool> finished{false};
  // A std::thread destroyed unjoined calls std::terminate: when one cannot
  // be started (std::system_error: out of address space for its stack, or
  // of processes), the others stop after their current document and are
  // joined before the error goes on to main.
  auto stop_and_join = [&] {
    next = files.size();
    finished = true;
    for (std::thread& thread : threads) thread.join();
    if (reporter.joinable()) reporter.join();
  };
  auto start = [&](const auto& make_thread) {
    try {
      make_thread();
    } catch (const std::system_error& error) {
      stop_and_join();
      throw std::system_error(
          error.code(), "cannot start " + std::to_string(partial.size()) + " threads (fewer with -j N)");
    } catch (...) {
      stop_and_join();
      throw;
    }
  };
  start([&] {
    for (std::size_t worker = 1; worker < partial.size(); ++worker) threads.emplace_back(work, worker);
  });
  if (progress) {
    start([&] {
      reporter = std::thread([&] {
        while (!finished) {
          std::this_thread::sleep_for(std::chrono::milliseconds(250));
          const double seconds =
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
          const std::size_t count = done;
          const double rate = seconds > 0 ? bytes_read / seconds / (1024.0 * 1024.0) : 0;
          const double eta = count > 0 ? seconds * (files.size() - count) / count : 0;
          std::lock_guard lock(report_mutex);
          context.err << "\r" << count << "/" << files.size() << " documents, " << std::fixed
                      << std::setprecision(1) << rate << " MB/s, ETA " << std::setprecision(0) << eta
                      << " s   " << std::flush;
        }
      });
    });
  }
  work(0);
  for (std::thread& thread : threads) thread.join();
  finished = true;
  if (reporter.joinable()) {
    reporter.join();
    context.err << "\r" << std::string(60, ' ') << "\r";
  }
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
  // Warnings in path order, not in the order threads happened to finish.
  std::sort(warnings.begin(), warnings.end(),
            [](const Warning& a, const Warning& b) { return a.message < b.message; });
  for (const Warning& warning : warnings) {
    context.err << "kg build: warning: " << warning.message << "\n";
    if (warning.skipped) ++skipped;
  }

  // A step that takes seconds on a large corpus, named on a terminal while
  // it runs; the line is cleared however the step ends.
  auto step = [&](const std::string& what, const auto& run) {
    const std::string line = what + "...";
    auto clear = [&] {
      if (progress) context.err << "\r" << std::string(line.size(), ' ') << "\r" << std::flush;
    };
    if (progress) context.err << line << std::flush;
    try {
      run();
    } catch (...) {
      clear();
      throw;
    }
    clear();
  };
  // Into the first worker's graph: merging into an empty one would rebuild it.
  graph::KnowledgeGraph& graph = partial.front();
  step("merging the graphs of " + std::to_string(partial.size()) + " workers", [&] {
    for (std::size_t worker = 1; worker < partial.size(); ++worker) graph.merge(std::move(partial[worker]));
    graph.merge(std::move(previous));
  });
  if (graph.documents().empty()) {
    throw Error(files.empty()
                    ? "no files found in the paths given"
                    : "none of the " + std::to_string(files.size()) + " files could be read as text");
  }
  const auto write_report = [&](PendingWrites& pending) {
    if (!report_path) return;
    pending.stage(*report_path, [&](std::ostream& out) {
      for (const std::string& conflict : extractor.gazetteer_conflicts()) {
        out << "rules: a form claimed twice: " << conflict << "\n";
      }
      for (const extract::CurationNotes& note : notes) {
        for (const std::string& line : note.lines) out << line << "\n";
      }
    });
  };
  step("writing", [&] { write_outputs(graph, outputs, context.out, {}, write_report); });

  if (!quiet) {
    said << "read " << graph.documents().size() << " document" << (graph.documents().size() == 1 ? "" : "s")
         << " (" << human_size(bytes_read.load()) << "): " << graph.node_count() << " nodes, "
         << graph.edge_count() << " edges\n";
    if (already_known > 0) {
      said << "kept " << already_known.load() << " document" << (already_known == 1 ? "" : "s")
           << " already in the graph (same sha1)\n";
    }
    for (const Output& output : outputs) {
      said << "wrote " << output.path << " (" << exporter::to_string(output.format) << ")\n";
    }
  }
  keep_until_exit(context, std::move(partial));
  return skipped > 0 ? kExitPartial : kExitOk;
}

}  // namespace kg::app
