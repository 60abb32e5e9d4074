// Output planning, checking, locking and writing shared by the commands that
// write a graph.
#include "app/outputs.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "extract/name_lookup.h"
#include "extract/rule_pack.h"

namespace kg::app {
namespace {

// Two spellings of one place (./g and g, through a linked directory) compare
// equal; the file need not exist.
std::string comparable(const std::string& target) {
  std::error_code error;
  const std::filesystem::path canonical = std::filesystem::weakly_canonical(target, error);
  return error ? target : canonical.string();
}

}  // namespace

std::vector<Output> plan_outputs(const Arguments& args) {
  std::vector<std::string> paths = args.values("output");
  if (paths.empty()) throw UsageError("no output: say where to write the graph with -o FILE");
  std::optional<std::string> forced = args.value("format");
  if (forced && paths.size() > 1) throw UsageError("--format goes with a single -o");
  std::vector<Output> outputs;
  for (const std::string& path : paths) {
    if (path.empty())
      throw UsageError("the output name is empty: -o needs a file name (or - for standard output)");
    std::optional<exporter::Format> format =
        forced ? exporter::parse_format(*forced) : exporter::format_from_path(path);
    if (!format && forced)
      throw UsageError("unknown format '" + *forced + "' (known: " + exporter::format_names() + ")");
    if (path == kStandardOutput && !forced) {
      throw UsageError("-o - writes to standard output: name its format with --format");
    }
    if (!format) {
      throw UsageError("cannot tell the format of '" + path + "' from its extension (" +
                       exporter::supported_extensions() + "); or give --format");
    }
    if (path == kStandardOutput && exporter::writes_directory(*format)) {
      throw UsageError(std::string(exporter::to_string(*format)) +
                       " writes a directory of files, not one stream: -o needs a directory");
    }
    outputs.push_back({path, *format});
  }
  return outputs;
}

std::string extension_lines(std::string_view lead, std::size_t indent) {
  constexpr std::size_t kWidth = 80;
  const std::string list = exporter::supported_extensions();
  std::string lines;
  std::string line = std::string(indent, ' ') + std::string(lead);
  const auto has_text = [&line, indent] { return line.size() > indent; };
  for (std::size_t start = 0; start < list.size();) {
    std::size_t end = list.find(", ", start);
    end = end == std::string::npos ? list.size() : end + 1;  // the comma stays with its item
    const std::string_view item(list.data() + start, end - start);
    if (has_text() && line.size() + 1 + item.size() > kWidth) {
      lines += line + "\n";
      line.assign(indent, ' ');
    }
    if (has_text()) line += ' ';
    line += item;
    start = end < list.size() ? end + 1 : end;
  }
  return lines + line + "\n";
}

bool writes_standard_output(const std::vector<Output>& outputs) {
  return std::any_of(outputs.begin(), outputs.end(), [](const Output& output) { return output.to_stdout(); });
}

OutputFiles::OutputFiles(const std::vector<Output>& outputs, const std::vector<std::string>& extra,
                         std::span<const std::string> inputs) {
  struct Checked {
    std::string path;    // as given
    std::string target;  // where it lands
  };
  std::vector<Checked> checked;
  for (const Output& output : outputs) {
    if (output.to_stdout()) continue;
    const OutputKind kind =
        exporter::writes_directory(output.format) ? OutputKind::kDirectory : OutputKind::kFile;
    checked.push_back({output.path, check_output_path(output.path, kind)});
  }
  for (const std::string& path : extra) checked.push_back({path, check_output_path(path)});

  std::vector<std::pair<std::string, std::string>> seen;  // comparable target, path as given
  for (const Checked& file : checked) {
    const std::string key = comparable(file.target);
    auto same = std::find_if(seen.begin(), seen.end(), [&](const auto& entry) { return entry.first == key; });
    if (same != seen.end()) {
      throw UsageError("'" + same->second + "' and '" + file.path +
                       "' are the same file: write each output once");
    }
    seen.emplace_back(key, file.path);
    targets_.push_back(file.target);
    if (std::optional<FileIdentity> identity = identify_file(file.target)) existing_.push_back(*identity);
  }
  for (const std::string& input : inputs) {
    if (input == kStandardOutput) continue;  // `kg merge -`: standard input
    const std::optional<FileIdentity> identity = identify_file(input);
    if (!identity) continue;
    for (const Checked& file : checked) {
      if (identify_file(file.target) == identity) {
        throw UsageError("the output '" + file.path + "' is the input '" + input +
                         "': kg never writes over a file it reads");
      }
    }
  }
  std::sort(targets_.begin(), targets_.end());
}

void OutputFiles::lock(bool wait, bool quiet, std::ostream& err, std::string_view command) {
  for (const std::string& target : targets_) {
    // A directory output in a directory not made yet (-o new/csv) has no
    // place for its lock file until it is written: it goes unlocked.
    std::error_code error;
    const std::filesystem::path parent = std::filesystem::path(target).parent_path();
    if (!parent.empty() && !std::filesystem::is_directory(parent, error)) continue;
    locks_.emplace_back(target, wait ? LockWait::kWait : LockWait::kFail, [&] {
      if (!quiet)
        err << "kg " << command << ": waiting for another kg writing " << target << "...\n" << std::flush;
    });
  }
}

void write_outputs(const graph::KnowledgeGraph& graph, const std::vector<Output>& outputs,
                   std::ostream& standard_output, const exporter::WriteOptions& options,
                   const std::function<void(PendingWrites&)>& more) {
  // The view's search finds a node by every name kg knows for it, as kg
  // show does: the rule pack's and CLDR's names too.
  exporter::WriteOptions with_names = options;
  std::optional<extract::Gazetteer> gazetteer;
  std::optional<extract::NameLookup> names;
  const bool view = std::any_of(outputs.begin(), outputs.end(),
                                [](const Output& output) { return output.format == exporter::Format::Html; });
  if (view && !with_names.known_names) {
    names.emplace(graph, gazetteer.emplace(extract::default_rule_pack()));
    with_names.known_names = [&names](const graph::NodeData& node) { return names->known_names(node); };
  }
  PendingWrites pending;
  for (const Output& output : outputs) {
    if (!output.to_stdout()) exporter::stage(pending, graph, output.path, output.format, with_names);
  }
  if (more) more(pending);
  for (const Output& output : outputs) {
    if (output.to_stdout()) exporter::write(graph, standard_output, output.format, with_names);
  }
  pending.commit();
}

}  // namespace kg::app
