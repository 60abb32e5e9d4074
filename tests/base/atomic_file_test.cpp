#include "base/atomic_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

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

}  // namespace
}  // namespace kg
