#include "base/whole_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/errors.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

TEST(WholeFile, ReadsEveryByteOfARegularFile) {
  const fs::path path = fs::temp_directory_path() / ("kg_whole_file_" + std::to_string(::getpid()) + ".bin");
  std::string bytes;
  for (int i = 0; i < 200000; ++i) bytes.push_back(static_cast<char>(i * 7));  // NULs included
  std::ofstream(path, std::ios::binary) << bytes;
  EXPECT_EQ(read_whole_file(path.string()), bytes);
  std::ofstream(path, std::ios::binary | std::ios::trunc).close();
  EXPECT_EQ(read_whole_file(path.string()), "");
  fs::remove(path);
}

TEST(WholeFile, ReadsAFileThatDoesNotSayItsSize) {
  // /proc files report size 0: the reader grows its buffer as it reads.
  const std::string status = read_whole_file("/proc/self/status");
  EXPECT_NE(status.find("Name:"), std::string::npos);
}

TEST(WholeFile, MissingFileAndDirectoryAreErrorsNamingThem) {
  try {
    read_whole_file("/nonexistent/kg_no_such_file.txt");
    FAIL();
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("kg_no_such_file.txt: cannot open"), std::string::npos)
        << error.what();
  }
  try {
    read_whole_file(fs::temp_directory_path().string());
    FAIL();
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("cannot read"), std::string::npos) << error.what();
  }
}

TEST(WholeFile, StopsAtTheLimitWithTheKindOfFileInTheMessage) {
  const fs::path path = fs::temp_directory_path() / ("kg_whole_file_limit_" + std::to_string(::getpid()));
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(2048, 'x');
  }
  EXPECT_EQ(read_whole_file(path.string(), {2048, "a query file"}).size(), 2048u);
  try {
    read_whole_file(path.string(), {2047, "a query file"});
    FAIL() << "no error";
  } catch (const IoError& error) {
    EXPECT_EQ(std::string(error.what()),
              path.string() + ": larger than 2047 bytes, the most kg reads as a query file");
  }
  fs::remove(path);
}

TEST(WholeFile, AStreamThatBeginsOtherwiseThanItMustIsRefusedAtOnce) {
  try {
    read_whole_file("/dev/zero", {std::size_t{1} << 40, "a graph file", '{'});
    FAIL() << "no error";
  } catch (const IoError& error) {
    EXPECT_STREQ(error.what(), "/dev/zero: not a graph file: it begins with byte 0x00, not '{'");
  }
  // A regular file is left to its reader, whatever it begins with.
  EXPECT_EQ(read_whole_file("/proc/self/status", {1 << 20, "a graph file", 'N'}).substr(0, 5), "Name:");
}

TEST(WholeFile, AnEndlessDeviceStopsAtTheLimit) {
  // /dev/zero says no size and never ends: without the limit, memory would run out.
  try {
    read_whole_file("/dev/zero", {std::size_t{3} << 20, "a graph file"});
    FAIL() << "no error";
  } catch (const IoError& error) {
    EXPECT_STREQ(error.what(), "/dev/zero: larger than 3 MB, the most kg reads as a graph file");
  }
}

}  // namespace
}  // namespace kg
