#include "base/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "base/errors.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

class AtomicFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kg_atomic_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string read(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::size_t files_in_dir() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  std::size_t temporaries() const {
    std::size_t n = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir_)) {
      if (entry.path().filename().string().find(".tmp.") != std::string::npos) ++n;
    }
    return n;
  }
  static void put(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }

  fs::path dir_;
};

TEST_F(AtomicFile, WritesANewFile) {
  write_file_atomically((dir_ / "out.txt").string(), [](std::ostream& out) { out << "hello"; });
  EXPECT_EQ(read(dir_ / "out.txt"), "hello");
  EXPECT_EQ(files_in_dir(), 1u);
}

TEST_F(AtomicFile, FailedWriteKeepsThePreviousFileAndLeavesNoTemporary) {
  auto path = dir_ / "graph.kg.json";
  write_file_atomically(path.string(), [](std::ostream& out) { out << "previous"; });
  EXPECT_THROW(write_file_atomically(path.string(),
                                     [](std::ostream& out) {
                                       out << "half of the new one";
                                       throw std::runtime_error("disk full");
                                     }),
               std::runtime_error);
  EXPECT_EQ(read(path), "previous");
  EXPECT_EQ(files_in_dir(), 1u);
}

TEST_F(AtomicFile, MissingDirectoryIsAnIoErrorNamingThePath) {
  auto path = dir_ / "no" / "such" / "dir" / "out.txt";
  try {
    write_file_atomically(path.string(), [](std::ostream& out) { out << "x"; });
    FAIL();
  } catch (const IoError& error) {
    EXPECT_EQ(error.path(), path.string());
  }
}

TEST_F(AtomicFile, RefusesToReplaceADirectory) {
  EXPECT_THROW(write_file_atomically(dir_.string(), [](std::ostream& out) { out << "x"; }), IoError);
}

TEST_F(AtomicFile, PendingWritesChangeNothingUntilCommitted) {
  put(dir_ / "a.txt", "old a");
  put(dir_ / "b.txt", "old b");
  {
    PendingWrites pending;
    pending.stage((dir_ / "a.txt").string(), [](std::ostream& out) { out << "new a"; });
    pending.stage((dir_ / "b.txt").string(), [](std::ostream& out) { out << "new b"; });
    EXPECT_EQ(read(dir_ / "a.txt"), "old a");
    EXPECT_EQ(temporaries(), 2u);
    pending.commit();
  }
  EXPECT_EQ(read(dir_ / "a.txt"), "new a");
  EXPECT_EQ(read(dir_ / "b.txt"), "new b");
  EXPECT_EQ(temporaries(), 0u);
}

TEST_F(AtomicFile, AFailedStageLeavesEveryOutputAsItWas) {
  put(dir_ / "a.txt", "old a");
  put(dir_ / "b.txt", "old b");
  {
    PendingWrites pending;
    pending.stage((dir_ / "a.txt").string(), [](std::ostream& out) { out << "new a"; });
    EXPECT_THROW(pending.stage((dir_ / "b.txt").string(),
                               [](std::ostream&) { throw std::runtime_error("the writer failed"); }),
                 std::runtime_error);
  }  // never committed
  EXPECT_EQ(read(dir_ / "a.txt"), "old a");
  EXPECT_EQ(read(dir_ / "b.txt"), "old b");
  EXPECT_EQ(files_in_dir(), 2u);
}

TEST_F(AtomicFile, ADirectoryMadeForWritesNeverCommittedIsRemoved) {
  {
    PendingWrites pending;
    pending.make_directory((dir_ / "new" / "csv").string());
    pending.stage((dir_ / "new" / "csv" / "nodes.csv").string(), [](std::ostream& out) { out << "x"; });
    EXPECT_TRUE(fs::is_directory(dir_ / "new" / "csv"));
  }
  EXPECT_FALSE(fs::exists(dir_ / "new"));
}

TEST_F(AtomicFile, WritesThroughASymbolicLinkToItsTarget) {
  fs::create_directories(dir_ / "real");
  put(dir_ / "real" / "g.txt", "old");
  fs::create_symlink("real/g.txt", dir_ / "link.txt");
  write_file_atomically((dir_ / "link.txt").string(), [](std::ostream& out) { out << "new"; });
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.txt"));
  EXPECT_EQ(read(dir_ / "real" / "g.txt"), "new");
  // A dangling link: the write makes its target.
  fs::create_symlink("real/made.txt", dir_ / "dangling.txt");
  write_file_atomically((dir_ / "dangling.txt").string(), [](std::ostream& out) { out << "made"; });
  EXPECT_EQ(read(dir_ / "real" / "made.txt"), "made");
  EXPECT_EQ(temporaries(), 0u);
}

TEST_F(AtomicFile, RefusesSpecialFilesAndLeavesThemAsTheyWere) {
  ASSERT_EQ(::mkfifo((dir_ / "fifo").c_str(), 0600), 0);
  try {
    write_file_atomically((dir_ / "fifo").string(), [](std::ostream& out) { out << "x"; });
    FAIL() << "a FIFO was replaced";
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("is a FIFO"), std::string::npos) << error.what();
  }
  EXPECT_TRUE(fs::is_fifo(dir_ / "fifo"));
  try {
    check_output_path("/dev/null");
    FAIL() << "/dev/null accepted as an output";
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("is a character device"), std::string::npos) << error.what();
  }
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  EXPECT_EQ(temporaries(), 0u);
}

TEST_F(AtomicFile, RefusesAReadOnlyFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes a file whatever its mode";
  put(dir_ / "ro.txt", "kept");
  fs::permissions(dir_ / "ro.txt", fs::perms::owner_read);
  EXPECT_THROW(write_file_atomically((dir_ / "ro.txt").string(), [](std::ostream& out) { out << "x"; }),
               IoError);
  EXPECT_EQ(read(dir_ / "ro.txt"), "kept");
}

TEST_F(AtomicFile, AMissingDirectoryIsNamed) {
  try {
    check_output_path((dir_ / "nodir" / "x.txt").string());
    FAIL();
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("nodir does not exist"), std::string::npos) << error.what();
  }
}

// A process killed by a catchable signal while it writes removes its
// temporary file and still dies of the signal. The child blocks inside the
// writer (the parent chooses the moment, no clock) and the parent kills it.
TEST_F(AtomicFile, CatchableSignalsRemoveTheTemporaryFile) {
  for (int signal_number : {SIGTERM, SIGINT, SIGHUP}) {
    SCOPED_TRACE(strsignal(signal_number));
    put(dir_ / "out.txt", "previous");
    int in_writer[2], release[2];
    ASSERT_EQ(::pipe(in_writer), 0);
    ASSERT_EQ(::pipe(release), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      write_file_atomically((dir_ / "out.txt").string(), [&](std::ostream& out) {
        out << "half of the new" << std::flush;
        char byte = 'w';
        (void)!::write(in_writer[1], &byte, 1);
        (void)!::read(release[0], &byte, 1);  // never released: the signal comes first
      });
      ::_exit(0);
    }
    char byte = 0;
    ASSERT_EQ(::read(in_writer[0], &byte, 1), 1);
    EXPECT_EQ(temporaries(), 1u);
    ASSERT_EQ(::kill(child, signal_number), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal_number) << "status " << status;
    EXPECT_EQ(temporaries(), 0u);
    EXPECT_EQ(read(dir_ / "out.txt"), "previous");
    for (int fd : {in_writer[0], in_writer[1], release[0], release[1]}) ::close(fd);
  }
}

}  // namespace
}  // namespace kg
