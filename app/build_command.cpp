// `kg build`: text files in, one graph out (in every format asked for).
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>
#include <thread>

#include "app/commands.h"
#include "app/corpus_update.h"
#include "app/outputs.h"
#include "base/errors.h"
#include "base/terminal_text.h"
#include "export/export.h"
#include "extract/extractor.h"
#include "extract/file_extraction.h"
#include "extract/rule_pack.h"
#include "graph/graph.h"
#include "graph/native_file.h"
#include "text/input.h"

namespace kg::app {
namespace {

constexpr std::array kOptions = {
    OptionSpec{"output", 'o', true, true},   OptionSpec{"format", 'f', true, false},
    OptionSpec{"quiet", 'q', false, false},  OptionSpec{"rules", 'r', true, true},
    OptionSpec{"jobs", 'j', true, false},    OptionSpec{"report", '\0', true, false},
    OptionSpec{"append", 'a', false, false}, OptionSpec{"update", 'u', false, false},
    OptionSpec{"prune", '\0', false, false}, OptionSpec{"no-wait", '\0', false, false},
};

void print_help(std::ostream& out) {
  out << "Usage: kg build PATH... -o OUTPUT [-o OUTPUT...] [--format FORMAT] [--rules FILE]\n"
         "                [-j N] [--report FILE] [--append | --update [--prune]] [--no-wait]\n"
         "                [--quiet]\n\n"
         "Reads every text file named (a directory stands for the files below it, in\n"
         "sorted order, hidden entries skipped), extracts entities and relations, merges\n"
         "them into one graph and writes it. Below a directory, kg's own files are passed\n"
         "over: graphs (*.kg.json), locks (*.lock), temporaries (*.tmp.XXXXXX) and the\n"
         "outputs of this build. Files should be UTF-8; GB18030/GBK, Big5 and\n"
         "UTF-16 (with a byte order mark) are detected and converted, with a warning.\n"
         "HTML, DOCX, ODT and PDF files and SubRip or WebVTT subtitles (told by their\n"
         "content) are converted to text; evidence offsets are then in that text. A\n"
         "subtitle file's cues are read as running text (a sentence may span cues).\n"
         "kg does not OCR: a PDF with no text layer is skipped.\n"
         "A binary file, or one in no encoding kg can tell, is skipped with a message\n"
         "naming it and the position of the first bad byte (exit code 3). A text file\n"
         "over 8 MB is read in 4 MB segments, so memory stays bounded whatever its\n"
         "size; such a file must be UTF-8.\n\n"
         "Options:\n"
         "  -o, --output FILE   where to write; repeat to write several formats at once.\n"
      << extension_lines("The format follows the extension:", 22)
      << "                      '-o -' writes to standard output (with --format)\n"
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
         "                      replacing it; a document in it with the same content\n"
         "                      (sha1) is not read again, one with other content is an\n"
         "                      error (nothing written)\n"
         "  -u, --update        as --append, but a document whose content changed is read\n"
         "                      again: all it gave before (mentions, aliases, evidence,\n"
         "                      edges and nodes only it gave) is taken out first, so the\n"
         "                      graph equals a fresh build of the current files\n"
         "      --prune         with --update: also take out the documents whose file is\n"
         "                      gone (without it they stay, and kg says how many)\n"
         "      --no-wait       when another kg is writing an output, fail (exit code 5)\n"
         "                      instead of waiting for it\n"
         "  -q, --quiet         print nothing but errors (a progress line is shown on a\n"
         "                      terminal otherwise)\n\n"
         "A document is known by its path, lexically normalized: ./e/a.txt, e//a.txt and\n"
         "e/a.txt are one document, read once. The same content under two paths (a\n"
         "copy) is two documents, in every mode, and kg says so once per copy.\n"
         "'kg remove' takes documents out of a graph.\n\n"
         "Outputs are checked before any input is read, and locked (OUTPUT.lock) until\n"
         "kg ends, so builds into one graph take turns. Each is written to a temporary\n"
         "file, and all are renamed together once all are written, so a failure or a\n"
         "signal never leaves half a file, or some outputs new and others old. An\n"
         "output through a symbolic link replaces the link's target; an output may not\n"
         "be an input, a device, a FIFO or a read-only file.\n\n"
         "Examples:\n"
         "  kg build samples/ -o samples.kg.json\n"
         "  kg build news/2025/*.txt -o news.kg.json -o news.graphml -o news.dot\n"
         "  kg build news/ -o news.kg.json --update --prune\n";
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

// One warning per copy: the same content under another path is another
// document, counted again. Only copies among the documents read in this run
// are named (an --update does not repeat what earlier runs said).
void warn_about_copies(const graph::KnowledgeGraph& graph, const std::vector<std::string>& files,
                       const std::vector<char>& read_now, std::ostream& err) {
  std::set<std::string_view> read;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (read_now[i]) read.insert(files[i]);
  }
  std::map<std::string_view, std::string_view> first_with;  // sha1 -> the first path (in id order) with it
  for (const auto& [id, document] : graph.documents()) {
    auto [it, first] = first_with.emplace(document.sha1, id);
    if (!first && (read.count(id) || read.count(it->second))) {
      err << "kg build: warning: " << id << " has the same content as " << it->second
          << "; both are counted\n";
    }
  }
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

  // --append, --update: the previous graph is the native output as it
  // stands; its documents are known by id (path), see CorpusUpdate.
  std::optional<CorpusUpdate> update;
  if (args.has("prune") && !args.has("update")) throw UsageError("--prune goes with --update");
  if (args.has("append") || args.has("update")) {
    if (args.has("append") && args.has("update"))
      throw UsageError("--append and --update exclude each other");
    const std::string option = args.has("append") ? "--append" : "--update";
    const Output* native = nullptr;
    for (const Output& output : outputs) {
      if (output.format != exporter::Format::Native) continue;
      if (native) throw UsageError(option + " goes with a single .kg.json output");
      native = &output;
    }
    if (!native || native->to_stdout()) {
      throw UsageError(option + " needs a .kg.json output to add to (other formats cannot be read back)");
    }
    std::error_code error;
    const bool exists = std::filesystem::exists(native->path, error);
    if (error) throw IoError(native->path, "cannot read: " + error.message());
    update.emplace(exists ? graph::load_native(native->path) : graph::KnowledgeGraph(), args.has("update"));
  }

  std::size_t skipped = 0;
  auto warn = [&](const std::string& message) {
    context.err << "kg build: warning: " << printable_lines(message) << "\n";
    ++skipped;
  };
  std::vector<std::string> files =
      text::collect_input_files(args.positionals(), warn, output_files.existing());

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
  // The files extracted in this run (not a vector<bool>: workers write it).
  std::vector<char> read_now(files.size(), 0);
  std::vector<graph::KnowledgeGraph> partial(std::min(jobs, std::max<std::size_t>(files.size(), 1)));
  std::vector<std::exception_ptr> failures(partial.size());
  auto work = [&](std::size_t worker) {
    try {
      for (std::size_t i = next++; i < files.size(); i = next++) {
        extract::FileRead file;
        try {
          file = extract::extract_file(
              extractor, files[i], partial[worker], want_report ? &notes[i] : nullptr,
              [&](const graph::Document& record) { return !update || update->wants(record); });
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
        read_now[i] = 1;
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
    context.err << "kg build: warning: " << printable_lines(warning.message) << "\n";
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
  if (update) update->check_changes();
  // Into the first worker's graph: merging into an empty one would rebuild it.
  graph::KnowledgeGraph& graph = partial.front();
  std::size_t kept_gone = 0;
  step("merging the graphs of " + std::to_string(partial.size()) + " workers", [&] {
    for (std::size_t worker = 1; worker < partial.size(); ++worker) graph.merge(std::move(partial[worker]));
    if (update) {
      graph.merge(update->finish(args.has("prune"), kept_gone));
      // The previous graph may be from a kg that named nodes in no language.
      extractor.name_nodes(graph);
    }
  });
  warn_about_copies(graph, files, read_now, context.err);
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
    auto documents = [](std::size_t count) {
      return std::to_string(count) + (count == 1 ? " document" : " documents");
    };
    if (update) {
      // Only some documents were read: say so apart from what the graph holds.
      const auto read_count = static_cast<std::size_t>(std::count(read_now.begin(), read_now.end(), 1));
      said << "read " << documents(read_count) << " (" << human_size(bytes_read.load()) << "); the graph has "
           << documents(graph.documents().size()) << ": " << graph.node_count() << " nodes, "
           << graph.edge_count() << " edges\n";
    } else {
      said << "read " << documents(graph.documents().size()) << " (" << human_size(bytes_read.load())
           << "): " << graph.node_count() << " nodes, " << graph.edge_count() << " edges\n";
    }
    if (already_known > 0) {
      said << "kept " << already_known.load() << " document" << (already_known == 1 ? "" : "s")
           << " already in the graph (same path and sha1)\n";
    }
    if (kept_gone > 0) {
      said << "kept " << kept_gone << " document" << (kept_gone == 1 ? "" : "s")
           << " whose file no longer exists (--prune takes them out)\n";
    }
    for (const Output& output : outputs) {
      said << "wrote " << output.path << " (" << exporter::to_string(output.format) << ")\n";
    }
  }
  keep_until_exit(context, std::move(partial));
  return skipped > 0 ? kExitPartial : kExitOk;
}

}  // namespace kg::app
