// Handing an export to a real consumer program: running commands, scratch
// files, and finding the consumers (node with tests/export/js, python3 with
// NetworkX, xmllint and the GEXF schema) or the reason to skip without them.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kg::exporter::testing {

// Runs a shell command; its standard output, and its exit status in `status`.
std::string run(const std::string& command, int& status);
bool have_program(const std::string& name);
// `text` in single quotes for a shell command line.
std::string shell_quote(const std::string& text);

// A path under the system's temporary directory, unique to this process.
std::string scratch_path(const std::string& name);
// scratch_path(name) holding `text`.
std::string temporary_file(const std::string& name, const std::string& text);

// tests/export/js, the npm project of JavaScript consumers.
std::string js_directory();
// Why the JavaScript consumers cannot run (node missing, or the npm project
// not set up), or nullopt when they can.
std::optional<std::string> js_consumers_missing();
// Why NetworkX cannot run, or nullopt.
std::optional<std::string> networkx_missing();
// The GEXF 1.3 XSD folder (tests/export/schemas/gexf-1.3, CC BY 4.0).
std::string gexf_schema();

// Runs `node tests/export/js/SCRIPT ARGS…` (arguments shell-quoted here);
// its standard output, and its exit status in `status`.
std::string run_js(const std::string& script, const std::vector<std::string>& args, int& status);

// The node_ids() id of the sample graph's node named kHardName.
std::string hard_node_id();

}  // namespace kg::exporter::testing
