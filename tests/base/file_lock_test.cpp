#include "base/file_lock.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace kg {
namespace {

namespace fs = std::filesystem;

class FileLockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kg_lock_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(FileLockTest, ASecondLockerIsRefusedUntilTheFirstLetsGo) {
  const std::string target = (dir_ / "g.kg.json").string();
  {
    FileLock first(target, LockWait::kFail);
    EXPECT_TRUE(fs::exists(dir_ / "g.kg.json.lock"));
    try {
      FileLock second(target, LockWait::kFail);
      FAIL() << "two exclusive locks at once";
    } catch (const LockBusy& busy) {
      EXPECT_EQ(busy.path(), target);
    }
    // Moved, the lock is still held.
    FileLock moved(std::move(first));
    EXPECT_THROW(FileLock(target, LockWait::kFail), LockBusy);
  }
  EXPECT_FALSE(fs::exists(dir_ / "g.kg.json.lock"));  // released: no lock file stays behind
  bool waited = false;
  FileLock again(target, LockWait::kWait, [&] { waited = true; });
  EXPECT_FALSE(waited);  // free: taken at once, with no word
}

// A lock file left by a holder that crashed is no lock.
TEST_F(FileLockTest, ALeftoverLockFileIsTakenAndRemoved) {
  const std::string target = (dir_ / "g.kg.json").string();
  std::ofstream(dir_ / "g.kg.json.lock") << "";
  { const FileLock lock(target, LockWait::kFail); }
  EXPECT_FALSE(fs::exists(dir_ / "g.kg.json.lock"));
}

TEST_F(FileLockTest, ALockFileThatCannotBeMadeIsAnIoErrorNamingIt) {
  const std::string target = (dir_ / "nodir" / "g.kg.json").string();
  try {
    FileLock lock(target, LockWait::kWait);
    FAIL();
  } catch (const IoError& error) {
    EXPECT_EQ(error.path(), target + ".lock");
  }
}

}  // namespace
}  // namespace kg
