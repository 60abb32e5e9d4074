// Runs the built `kg` as a user would, in a scratch directory of its own per
// test: shared by the end-to-end tests of tests/app.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace kg::testing {

namespace fs = std::filesystem;

struct CommandResult {
  int exit_code;  // -1 when kg did not exit (a signal: a crash)
  std::string out;
  std::string err;
  int signal = 0;  // the signal that ended kg, if one did (KgProcess::finish only)
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
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err), 0};
  }

  // Starts kg with `args`, each one argument (no shell), and returns at once;
  // finish() waits for it. With `file_size_limit`, no file kg writes may
  // pass that many bytes: the write that would is ended by SIGXFSZ, whose
  // handler in kg only removes kg's temporary files before kg dies of it,
  // so kg dies mid-write where the test chose (no core file).
  pid_t start(const std::vector<std::string>& args, std::optional<rlim_t> file_size_limit = {}) const {
    const std::string out = (dir_ / ".stdout").string(), err = (dir_ / ".stderr").string();
    std::vector<char*> argv{const_cast<char*>(KG_BINARY)};
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
      const int in = ::open("/dev/null", O_RDONLY);
      const int to_out = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      const int to_err = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      if (in < 0 || to_out < 0 || to_err < 0 || ::dup2(in, 0) < 0 || ::dup2(to_out, 1) < 0 ||
          ::dup2(to_err, 2) < 0) {
        ::_exit(126);
      }
      // As a user's shell would have them, whatever the test process set.
      ::signal(SIGPIPE, SIG_DFL);
      ::signal(SIGXFSZ, SIG_DFL);
      if (file_size_limit) {
        const rlimit size{*file_size_limit, *file_size_limit}, no_core{0, 0};
        if (::setrlimit(RLIMIT_FSIZE, &size) != 0 || ::setrlimit(RLIMIT_CORE, &no_core) != 0) ::_exit(125);
      }
      ::execv(KG_BINARY, argv.data());
      ::_exit(127);
    }
    EXPECT_GT(pid, 0) << "fork failed";
    return pid;
  }
  CommandResult finish(pid_t pid) const {
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) ADD_FAILURE() << "waitpid " << pid << " failed";
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(dir_ / ".stdout"),
            read_file(dir_ / ".stderr"), WIFSIGNALED(status) ? WTERMSIG(status) : 0};
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

// A point in the middle of a kg run where a test acts, with no clock: kg
// blocks reading a FIFO (its --rules file: read after the inputs are listed,
// before any is opened), the test acts while kg waits, then release() gives
// kg the file's content and lets it go on.
//   FifoGate gate(path("rules.json"), pid);
//   ASSERT_TRUE(gate.wait_until_opened());
//   ... act ...
//   gate.release("{}");
// If kg ends without opening the FIFO, a guard thread opens it instead, so a
// broken kg fails the test rather than hanging it.
class FifoGate {
 public:
  // Makes the FIFO at `fifo`; `kg` is the process that is to read it.
  FifoGate(fs::path fifo, pid_t kg) : fifo_(std::move(fifo)), kg_(kg) {
    ::signal(SIGPIPE, SIG_IGN);  // a write to a FIFO kg closed fails, as it should, not the test
    if (::mkfifo(fifo_.c_str(), 0600) != 0) ADD_FAILURE() << "mkfifo " << fifo_;
  }
  FifoGate(const FifoGate&) = delete;
  FifoGate& operator=(const FifoGate&) = delete;
  ~FifoGate() {
    close_writer();
    if (guard_.joinable()) guard_.join();  // returns once kg has ended
    if (guard_fd_ >= 0) ::close(guard_fd_);
  }

  // Blocks until kg has opened the FIFO: true, kg waits for release();
  // false, kg ended first.
  bool wait_until_opened() {
    guard_ = std::thread([this] {
      siginfo_t info{};
      // WNOWAIT: kg stays to be reaped by finish(), so its pid is not reused meanwhile.
      ::waitid(P_PID, static_cast<id_t>(kg_), &info, WEXITED | WNOWAIT);
      kg_ended_ = true;
      guard_fd_ = ::open(fifo_.c_str(), O_RDONLY | O_NONBLOCK);  // unblocks the open below
    });
    writer_ = ::open(fifo_.c_str(), O_WRONLY);
    EXPECT_GE(writer_, 0) << "cannot open " << fifo_;
    return writer_ >= 0 && !kg_ended_;
  }

  // Writes `content` for kg to read and closes the FIFO: kg reads to its end.
  void release(std::string_view content) {
    for (std::size_t done = 0; writer_ >= 0 && done < content.size();) {
      const ssize_t wrote = ::write(writer_, content.data() + done, content.size() - done);
      if (wrote <= 0) break;  // kg is gone: what it did instead, the test checks
      done += static_cast<std::size_t>(wrote);
    }
    close_writer();
  }

 private:
  void close_writer() {
    if (writer_ >= 0) ::close(writer_);
    writer_ = -1;
  }

  fs::path fifo_;
  pid_t kg_;
  int writer_ = -1;
  int guard_fd_ = -1;
  std::atomic<bool> kg_ended_{false};
  std::thread guard_;
};

}  // namespace kg::testing
