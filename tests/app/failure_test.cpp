// How kg ends when something goes wrong: every failure is a message naming
// the command and a documented exit code, never an abort; and the exit code
// comes from what happened to each input, never from the words of a message.
#include <type_traits>

#include "app/cli.h"
#include "base/errors.h"
#include "tests/app/kg_process.h"

namespace kg::testing {
namespace {

class Failure : public KgProcess {};

// Main catches UsageError first (for its pointer to --help); being a
// kg::Error, it is also caught wherever kg's errors are.
static_assert(std::is_base_of_v<kg::Error, kg::app::UsageError>);

// Two sentences in GB18030 (the detector needs more than a few characters).
const std::string kGb18030 =
    "\xd6\xd0\xb9\xfa\xd3\xeb\xb0\xcd\xce\xf7\xd4\xda\xca\xfd\xd7\xd6\xbe\xad\xbc\xc3\xc1\xec"
    "\xd3\xf2\xbf\xaa\xd5\xb9\xba\xcf\xd7\xf7\xa1\xa3\xc1\xbd\xb9\xfa\xc7\xa9\xca\xf0\xc1\xcb"
    "\xb6\xe0\xcf\xee\xba\xcf\xd7\xf7\xce\xc4\xbc\xfe\xa3\xac\xcd\xc6\xb6\xaf\xcd\xf8\xc2\xe7"
    "\xbf\xd5\xbc\xe4\xd6\xce\xc0\xed\xa1\xa3\n";

// Once a std::filesystem::filesystem_error ("Too many levels of symbolic
// links") escaped main: std::terminate, exit 134.
TEST_F(Failure, OutputThroughASymbolicLinkLoopIsAnErrorNamingIt) {
  fs::create_directories(path("t"));
  fs::create_directory_symlink("loop", path("t/loop"));
  CommandResult run = kg("build " + samples_ + " -o " + at("t/loop/g.kg.json"));
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err.rfind("kg build: " + path("t/loop/g.kg.json").string() + ": ", 0), 0u) << run.err;
  EXPECT_NE(run.err.find("symbolic links"), std::string::npos) << run.err;
}

TEST_F(Failure, AppendingToAGraphThroughASymbolicLinkLoopIsAnErrorNamingIt) {
  fs::create_directories(path("t"));
  fs::create_directory_symlink("loop", path("t/loop"));
  CommandResult run = kg("build --append " + samples_ + " -o " + at("t/loop/g.kg.json"));
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err.rfind("kg build: " + path("t/loop/g.kg.json").string() + ": ", 0), 0u) << run.err;
}

TEST_F(Failure, ExportIntoADirectoryThroughASymbolicLinkLoopIsAnErrorNamingIt) {
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("g.kg.json")).exit_code, 0);
  fs::create_directories(path("t"));
  fs::create_directory_symlink("loop", path("t/loop"));
  CommandResult run = kg("export " + at("g.kg.json") + " -o " + at("t/loop/g.json"));
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err.rfind("kg export: ", 0), 0u) << run.err;
}

// A std::thread left unjoined when another cannot start calls std::terminate.
TEST_F(Failure, ThreadsThatCannotStartAreAnErrorNotAnAbort) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "ASan reserves terabytes of address space: ulimit -v would stop it";
#endif
  for (int i = 0; i < 300; ++i) write("in/" + std::to_string(i) + ".txt", "中国与巴西开展合作。\n");
  // 8 MB of stack each: 255 threads need 2 GB of address space, more than 800 MB.
  CommandResult run = kg("build -q -j 256 " + at("in") + " -o " + at("g.kg.json"), "ulimit -v 800000; ");
  EXPECT_EQ(run.exit_code, 4) << run.err;
  EXPECT_EQ(run.err.rfind("kg build: cannot start 256 threads (fewer with -j N): ", 0), 0u) << run.err;
  EXPECT_FALSE(fs::exists(path("g.kg.json")));
}

// A converted file is no skipped file, whatever its name says: the build
// once counted warnings holding the text "(skipped)" and exited 3 here.
TEST_F(Failure, ConvertedFileNamedSkippedBuildsWithExitZero) {
  write("in/gb(skipped).txt", kGb18030);
  CommandResult run = kg("build " + at("in") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("gb(skipped).txt: read as GB18030"), std::string::npos) << run.err;
}

TEST_F(Failure, ConvertedFileNamedSkippedExtractsWithExitZero) {
  write("in/gb(skipped).txt", kGb18030);
  CommandResult run = kg("extract " + at("in"));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("gb(skipped).txt: read as GB18030"), std::string::npos) << run.err;
}

TEST_F(Failure, ASkippedFileStillMakesTheBuildPartial) {
  write("in/gb(skipped).txt", kGb18030);
  write("in/binary.txt", std::string("text\0more", 9));
  CommandResult run = kg("build " + at("in") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 3) << run.err;
}

}  // namespace
}  // namespace kg::testing
