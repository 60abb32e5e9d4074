#include "extract/input.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "graph/errors.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

FormatError error_of(const std::string& bytes) {
  try {
    make_document("doc.txt", bytes);
  } catch (const FormatError& error) {
    return error;
  }
  ADD_FAILURE() << "accepted";
  return FormatError("", 0, 0, "");
}

TEST(Input, AcceptsUtf8AndHashesTheBytes) {
  Document document = make_document("doc.txt", "中国提出倡议。\n");
  EXPECT_EQ(document.text, "中国提出倡议。\n");
  EXPECT_EQ(document.bytes, 22u);
  EXPECT_EQ(document.sha1.size(), 40u);
  EXPECT_EQ(make_document("x", "abc").sha1, "a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST(Input, DropsAByteOrderMarkButKeepsItsOffset) {
  Document document = make_document("doc.txt", "\xEF\xBB\xBF中国");
  EXPECT_EQ(document.text, "中国");
  EXPECT_EQ(document.text_offset, 3u);
  EXPECT_EQ(document.bytes, 9u);
}

TEST(Input, InvalidUtf8NamesLineAndColumn) {
  FormatError error = error_of("第一行\n中国\xB2\xE2");
  EXPECT_EQ(error.line(), 2u);
  EXPECT_EQ(error.column(), 3u);
  EXPECT_NE(error.problem().find("not valid UTF-8 (byte 0xB2"), std::string::npos) << error.what();
}

TEST(Input, OverlongAndSurrogateEncodingsAreRejected) {
  EXPECT_EQ(error_of("a\xC0\xAF").column(), 2u);        // overlong '/'
  EXPECT_EQ(error_of("ab\xED\xA0\x80").column(), 3u);   // UTF-16 surrogate D800
  EXPECT_EQ(error_of("\xE4\xB8").column(), 1u);         // truncated sequence
}

TEST(Input, RecordsTheEncoding) {
  EXPECT_EQ(make_document("doc.txt", "中国").encoding, "UTF-8");
  Document document = make_document("doc.txt", std::string("\xFF\xFE\x2D\x4E\xFD\x56", 6));  // UTF-16LE 中国
  EXPECT_EQ(document.encoding, "UTF-16LE");
  EXPECT_EQ(document.text, "中国");
  EXPECT_EQ(document.text_offset, 0u);  // offsets are in the converted text
  EXPECT_EQ(document.bytes, 6u);
}

TEST(Input, NulByteMeansBinary) {
  EXPECT_NE(error_of(std::string("ELF\0\x01", 5)).problem().find("binary file"), std::string::npos);
}

class InputFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kg_input_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub");
    fs::create_directories(dir_ / ".git");
    for (const char* name : {"b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/config"}) {
      std::ofstream(dir_ / name) << "text";
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> collect(const std::vector<std::string>& paths) {
    return collect_input_files(paths, [this](const std::string& message) { warnings_.push_back(message); });
  }

  fs::path dir_;
  std::vector<std::string> warnings_;
};

TEST_F(InputFiles, DirectoryGivesItsFilesSortedWithoutHiddenOnes) {
  std::vector<std::string> files = collect({dir_.string()});
  std::vector<std::string> expected = {(dir_ / "a.txt").string(), (dir_ / "b.txt").string(),
                                       (dir_ / "sub/c.txt").string()};
  EXPECT_EQ(files, expected);
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(InputFiles, SymlinkLoopDoesNotRecur) {
  fs::create_directory_symlink(dir_, dir_ / "sub" / "loop");
  std::vector<std::string> files = collect({dir_.string()});
  EXPECT_EQ(files.size(), 3u);
}

TEST_F(InputFiles, MissingPathIsAnError) {
  EXPECT_THROW(collect({(dir_ / "nope").string()}), IoError);
}

TEST_F(InputFiles, FileNamedExplicitlyIsKeptEvenIfHidden) {
  EXPECT_EQ(collect({(dir_ / ".hidden.txt").string()}).size(), 1u);
}

}  // namespace
}  // namespace kg::extract
