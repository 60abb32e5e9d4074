// Consumer programs for the export tests.
#include "tests/export/consumers.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "export/node_ids.h"
#include "tests/export/sample_graph.h"

namespace kg::exporter::testing {

std::string run(const std::string& command, int& status) {
  std::string output;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) {
    status = -1;
    return output;
  }
  char buffer[4096];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, read);
  status = ::pclose(pipe);
  return output;
}

bool have_program(const std::string& name) {
  int status = 0;
  run("command -v " + name + " >/dev/null 2>&1", status);
  return status == 0;
}

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'')
      quoted += "'\\''";
    else
      quoted += c;
  }
  return quoted + "'";
}

std::string scratch_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("kg_export_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

std::string temporary_file(const std::string& name, const std::string& text) {
  std::string path = scratch_path(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::string js_directory() { return std::string(KG_SOURCE_DIR) + "/tests/export/js"; }

std::optional<std::string> js_consumers_missing() {
  if (!have_program("node")) return "node is not installed (Debian packages nodejs and npm)";
  const std::filesystem::path modules = std::filesystem::path(js_directory()) / "node_modules";
  for (const char* needed : {"graphology-gexf", "graphology-graphml", "cytoscape", "kuzu/kuzujs.node"}) {
    if (!std::filesystem::exists(modules / needed)) {
      return std::string("tests/export/js is not set up (") + needed +
             " missing): run tests/export/js/setup.sh";
    }
  }
  return std::nullopt;
}

std::optional<std::string> networkx_missing() {
  if (!have_program("python3")) return "python3 is not installed";
  int status = 0;
  run("python3 -c 'import networkx' >/dev/null 2>&1", status);
  if (status != 0) return "NetworkX is not installed (Debian package python3-networkx)";
  return std::nullopt;
}

std::string gexf_schema() {
  return (std::filesystem::path(KG_SOURCE_DIR) / "tests" / "export" / "schemas" / "gexf-1.3").string();
}

std::string run_js(const std::string& script, const std::vector<std::string>& args, int& status) {
  std::string command = "cd " + shell_quote(js_directory()) + " && node " + shell_quote(script);
  for (const std::string& arg : args) command += " " + shell_quote(arg);
  return run(command + " 2>&1", status);
}

}  // namespace kg::exporter::testing

namespace kg::exporter::testing {

std::string hard_node_id() {
  const graph::KnowledgeGraph g = sample_graph();
  const auto ids = node_ids(g);
  for (auto node : g.nodes_in_canonical_order()) {
    if (g.node(node).name == kHardName) return ids[node];
  }
  return {};
}

}  // namespace kg::exporter::testing
