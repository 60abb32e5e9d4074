// Concurrent writers of one graph (issue 16, finding 2): 19 concurrent
// `kg build --append` into one file kept 2 documents of 20. Each writer
// (build, --append, --update, remove, merge, export) now holds a lock on
// OUTPUT.lock for its whole read-modify-write.
#include <sys/file.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

#include "base/file_lock.h"
#include "graph/graph.h"
#include "graph/native_file.h"
#include "tests/app/kg_process.h"

namespace kg::testing {
namespace {

class Concurrency : public KgProcess {
 protected:
  // n documents that differ in content (each its own sha1).
  void write_documents(int n) const {
    for (int i = 0; i < n; ++i) {
      write("d" + std::to_string(i) + ".txt",
            "中国与巴西在数字经济领域开展合作。第" + std::to_string(i) + "次会谈推动网络空间治理。\n");
    }
  }
  // Waits (no deadline of its own: ctest's timeout is the bound) until kg's
  // standard error holds `text` or kg has ended; true if it holds it.
  bool wait_for_stderr(pid_t pid, const std::string& text) const {
    for (;;) {
      if (read_file(dir_ / ".stderr").find(text) != std::string::npos) return true;
      siginfo_t info{};
      info.si_pid = 0;
      ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT);
      if (info.si_pid == pid) return read_file(dir_ / ".stderr").find(text) != std::string::npos;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
};

TEST_F(Concurrency, TwentyConcurrentAppendersLoseNoDocument) {
  constexpr int kWriters = 20;
  write_documents(kWriters);
  std::vector<pid_t> writers;
  for (int i = 0; i < kWriters; ++i) {
    writers.push_back(start({"build", "-q", "--append", path("d" + std::to_string(i) + ".txt").string(), "-o",
                             path("g.kg.json").string()}));
  }
  for (pid_t pid : writers) {
    const CommandResult run = finish(pid);
    EXPECT_EQ(run.exit_code, 0) << "signal " << run.signal;
  }
  const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());
  EXPECT_EQ(graph.documents().size(), static_cast<std::size_t>(kWriters));
  // As if built in one go: appends in any order give the same bytes.
  std::string all;
  for (int i = 0; i < kWriters; ++i) all += " " + at("d" + std::to_string(i) + ".txt");
  ASSERT_EQ(kg("build" + all + " -o " + at("one.kg.json")).exit_code, 0);
  EXPECT_TRUE(read_file(path("g.kg.json")) == read_file(path("one.kg.json")));
}

TEST_F(Concurrency, ASecondWriterWaitsForTheFirstAndSaysSo) {
  write_documents(2);
  ASSERT_EQ(kg("build " + at("d0.txt") + " -o " + at("g.kg.json")).exit_code, 0);
  std::optional<FileLock> held(std::in_place, path("g.kg.json").string(), LockWait::kFail);
  const pid_t pid = start({"build", "--append", path("d1.txt").string(), "-o", path("g.kg.json").string()});
  ASSERT_TRUE(wait_for_stderr(pid, "kg build: waiting for another kg writing " + path("g.kg.json").string()))
      << read_file(dir_ / ".stderr");
  // Still waiting: the graph is as the first writer left it.
  EXPECT_EQ(graph::load_native(path("g.kg.json").string()).documents().size(), 1u);
  held.reset();
  const CommandResult run = finish(pid);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(graph::load_native(path("g.kg.json").string()).documents().size(), 2u);
}

TEST_F(Concurrency, NoWaitFailsWithExitCodeFiveAndChangesNothing) {
  write_documents(2);
  ASSERT_EQ(kg("build " + at("d0.txt") + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string before = read_file(path("g.kg.json"));
  {
    const FileLock held(path("g.kg.json").string(), LockWait::kFail);
    for (const std::string& args : {"build --no-wait --append " + at("d1.txt") + " -o " + at("g.kg.json"),
                                    "merge --no-wait " + at("d0.txt") + " -o " + at("g.kg.json"),
                                    "export --no-wait " + at("other.kg.json") + " -o " + at("g.kg.json")}) {
      SCOPED_TRACE(args);
      const CommandResult run = kg(args);
      EXPECT_EQ(run.exit_code, 5) << run.err;
      EXPECT_NE(run.err.find(path("g.kg.json").string() + ": another kg is writing it"), std::string::npos)
          << run.err;
      EXPECT_TRUE(read_file(path("g.kg.json")) == before);
    }
  }
  // Free again: the same command runs.
  ASSERT_EQ(kg("build --no-wait --append " + at("d1.txt") + " -o " + at("g.kg.json")).exit_code, 0);
  EXPECT_EQ(graph::load_native(path("g.kg.json").string()).documents().size(), 2u);
}

TEST_F(Concurrency, UpdatersAppendersAndRemoversTakeTurnsAndLoseNothing) {
  // Ten documents in the graph; then at once: five updaters each re-read an
  // edited one, five appenders each add a new one, and one remover takes one
  // out. Whatever the order they run in, the graph ends as a build of the
  // final files without the removed one.
  constexpr int kOld = 10, kNew = 5;
  write_documents(kOld + kNew);
  std::string first;
  for (int i = 0; i < kOld; ++i) first += " " + at("d" + std::to_string(i) + ".txt");
  ASSERT_EQ(kg("build" + first + " -o " + at("g.kg.json")).exit_code, 0);
  for (int i = 0; i < kNew; ++i) {
    write("d" + std::to_string(i) + ".txt",
          "俄罗斯与印度在网络安全领域开展合作。版本" + std::to_string(i) + "。\n");
  }
  std::vector<pid_t> writers;
  for (int i = 0; i < kNew; ++i) {
    writers.push_back(start({"build", "-q", "--update", path("d" + std::to_string(i) + ".txt").string(), "-o",
                             path("g.kg.json").string()}));
    writers.push_back(
        start({"build", "-q", "--append", path("d" + std::to_string(kOld + i) + ".txt").string(), "-o",
               path("g.kg.json").string()}));
  }
  writers.push_back(start({"remove", "-q", path("g.kg.json").string(), path("d9.txt").string()}));
  for (pid_t pid : writers) {
    const CommandResult run = finish(pid);
    EXPECT_EQ(run.exit_code, 0) << "signal " << run.signal;
  }
  std::string all;
  for (int i = 0; i < kOld + kNew; ++i) {
    if (i != 9) all += " " + at("d" + std::to_string(i) + ".txt");
  }
  ASSERT_EQ(kg("build" + all + " -o " + at("one.kg.json")).exit_code, 0);
  EXPECT_EQ(graph::load_native(path("g.kg.json").string()).documents().size(),
            static_cast<std::size_t>(kOld + kNew - 1));
  EXPECT_TRUE(read_file(path("g.kg.json")) == read_file(path("one.kg.json")));
}

TEST_F(Concurrency, RemoveWaitsForTheLockAndNoWaitFails) {
  write_documents(2);
  ASSERT_EQ(kg("build " + at("d0.txt") + " " + at("d1.txt") + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string before = read_file(path("g.kg.json"));
  {
    const FileLock held(path("g.kg.json").string(), LockWait::kFail);
    const CommandResult run = kg("remove --no-wait " + at("g.kg.json") + " " + at("d0.txt"));
    EXPECT_EQ(run.exit_code, 5) << run.err;
    EXPECT_TRUE(read_file(path("g.kg.json")) == before);
  }
  ASSERT_EQ(kg("remove --no-wait " + at("g.kg.json") + " " + at("d0.txt")).exit_code, 0);
  EXPECT_EQ(graph::load_native(path("g.kg.json").string()).documents().size(), 1u);
}

}  // namespace
}  // namespace kg::testing
