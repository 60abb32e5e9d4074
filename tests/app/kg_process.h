// Runs the built `kg` as a user would, in a scratch directory of its own per
// test: shared by the end-to-end tests of tests/app.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kg::testing {

namespace fs = std::filesystem;

struct CommandResult {
  int exit_code;  // -1 when kg did not exit (a signal: a crash)
  std::string out;
  std::string err;
};

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class KgProcess : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("kg_" + std::to_string(::getpid()) + "_" + info->test_suite_name() + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ignored;  // a test may leave an unreadable file behind
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(dir_, ignored);
  }

  // `args` is spliced into a shell command line: quote paths in it (at()).
  // `prefix` runs before kg in the same shell: "ulimit -v N; ", say.
  CommandResult kg(const std::string& args, const std::string& prefix = "") const {
    const fs::path out = dir_ / ".stdout", err = dir_ / ".stderr";
    std::string command = prefix + std::string(KG_BINARY) + " " + args + " >'" + out.string() + "' 2>'" +
                          err.string() + "' </dev/null";
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
  }

  std::string at(const std::string& name) const { return "'" + (dir_ / name).string() + "'"; }
  fs::path path(const std::string& name) const { return dir_ / name; }
  void write(const std::string& name, const std::string& content) const {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }

  const std::string samples_ = "'" + std::string(KG_SOURCE_DIR) + "/samples'";
  fs::path dir_;
};

}  // namespace kg::testing
