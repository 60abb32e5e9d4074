#include "text/input.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>

#include "base/errors.h"

namespace kg::text {
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
  EXPECT_EQ(error_of("a\xC0\xAF").column(), 2u);       // overlong '/'
  EXPECT_EQ(error_of("ab\xED\xA0\x80").column(), 3u);  // UTF-16 surrogate D800
  EXPECT_EQ(error_of("\xE4\xB8").column(), 1u);        // truncated sequence
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
           ("kg_input_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
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

TEST_F(InputFiles, MissingPathIsAnError) { EXPECT_THROW(collect({(dir_ / "nope").string()}), IoError); }

TEST_F(InputFiles, FileNamedExplicitlyIsKeptEvenIfHidden) {
  EXPECT_EQ(collect({(dir_ / ".hidden.txt").string()}).size(), 1u);
}

// A graph written into the corpus, its lock and a temporary left by a killed
// write are never read back as documents; nor is an output of the command.
TEST_F(InputFiles, KgsOwnFilesBelowADirectoryArePassedOverSilently) {
  for (const char* name :
       {"g.kg.json", "G.KG.JSON", "g.kg.json.lock", "g.kg.json.tmp.a1B2c3", "out.graphml"}) {
    std::ofstream(dir_ / "sub" / name) << "{}";
  }
  const std::optional<FileIdentity> output = identify_file((dir_ / "sub" / "out.graphml").string());
  ASSERT_TRUE(output);
  const std::vector<FileIdentity> excluded = {*output};
  std::vector<std::string> files = collect_input_files(
      std::vector{dir_.string()}, [this](const std::string& message) { warnings_.push_back(message); },
      excluded);
  std::vector<std::string> expected = {(dir_ / "a.txt").string(), (dir_ / "b.txt").string(),
                                       (dir_ / "sub/c.txt").string()};
  EXPECT_EQ(files, expected);
  EXPECT_TRUE(warnings_.empty());
  // Names that only look alike are documents like any other.
  EXPECT_FALSE(is_kg_own_file("notes.tmp.txt"));
  EXPECT_FALSE(is_kg_own_file("a.tmp.abcdefg"));
  EXPECT_FALSE(is_kg_own_file("graph.json"));
  EXPECT_TRUE(is_kg_own_file("x.txt.tmp.Zz9Zz9"));
}

TEST(Input, DocumentIdsOfNamesThatAreNotUtf8EscapeTheBadBytes) {
  EXPECT_EQ(document_id("in/\xe4\xb8\xad.txt"), "in/\xe4\xb8\xad.txt");
  EXPECT_EQ(document_id("in/\xe4\xb8\xad\xe5.txt"), "in/\xe4\xb8\xad\\xe5.txt");
  EXPECT_EQ(document_id("caf\xe9.txt"), "caf\\xe9.txt");
}

// Reading a large file piece by piece (files are written by each test).
class SegmentedReading : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() /
             ("kg_segments_" + std::to_string(::getpid()) + "_" +
              std::string(::testing::UnitTest::GetInstance()->current_test_info()->name())))
                .string();
  }
  void TearDown() override { fs::remove(path_); }

  void write(const std::string& bytes) const { std::ofstream(path_, std::ios::binary) << bytes; }

  std::vector<Document> read(std::size_t segment_bytes, Document* whole = nullptr) const {
    std::vector<Document> segments;
    Document record = read_document_segments(path_, segment_bytes,
                                             [&](const Document& segment) { segments.push_back(segment); });
    if (whole) *whole = record;
    return segments;
  }

  static std::string joined(const std::vector<Document>& segments) {
    std::string text;
    for (const Document& segment : segments) text += segment.text;
    return text;
  }

  std::string path_;
};

TEST_F(SegmentedReading, SegmentsJoinToTheFileAndKnowWhereTheyStart) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "第" + std::to_string(i) + "行：中国与巴西开展合作。\n";
  write("\xEF\xBB\xBF" + text);
  Document whole;
  const std::vector<Document> segments = read(256, &whole);
  ASSERT_GT(segments.size(), 10u);
  EXPECT_EQ(joined(segments), text);
  std::uint64_t offset = 3;  // after the BOM
  std::uint32_t line = 1;
  for (const Document& segment : segments) {
    EXPECT_LE(segment.text.size(), 256u);
    EXPECT_EQ(segment.text.back(), '\n') << "lines are short: every cut is at a line end";
    EXPECT_EQ(segment.text_offset, offset);
    EXPECT_EQ(segment.first_line, line);
    EXPECT_EQ(segment.id, path_);
    offset += segment.text.size();
    line += static_cast<std::uint32_t>(std::count(segment.text.begin(), segment.text.end(), '\n'));
  }
  const Document at_once = make_document(path_, "\xEF\xBB\xBF" + text);
  EXPECT_EQ(whole.sha1, at_once.sha1);
  EXPECT_EQ(whole.bytes, at_once.bytes);
  EXPECT_EQ(whole.text_offset, 3u);
  EXPECT_EQ(whole.encoding, "UTF-8");
  EXPECT_TRUE(whole.text.empty());
}

TEST_F(SegmentedReading, ALineLongerThanASegmentIsCutAfterASentenceEnd) {
  std::string text;
  while (text.size() < 5000) text += "中国提出倡议！巴西表示支持。";
  write(text);
  const std::vector<Document> segments = read(500);
  EXPECT_EQ(joined(segments), text);
  for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
    const std::string& piece = segments[i].text;
    EXPECT_TRUE(piece.ends_with("。") || piece.ends_with("！")) << piece;
    EXPECT_EQ(segments[i].first_line, 1u);
  }
}

TEST_F(SegmentedReading, ALineWithNoBreakAtAllIsCutBetweenCharacters) {
  std::string text = "a";  // one ASCII byte, so characters do not line up with segment sizes
  while (text.size() < 5000) text += "数字经济网络空间治理𠀀";  // 3- and 4-byte characters
  write(text);
  const std::vector<Document> segments = read(100);
  EXPECT_EQ(joined(segments), text);
  ASSERT_GT(segments.size(), 40u);
  // Joined, they are the text: so each also ends where the next character starts.
  for (const Document& segment : segments) {
    ASSERT_FALSE(segment.text.empty());
    EXPECT_NE(static_cast<unsigned char>(segment.text.front()) & 0xC0, 0x80)
        << "the segment at byte " << segment.text_offset << " starts inside a character";
  }
}

TEST_F(SegmentedReading, InvalidUtf8InALaterSegmentNamesItsLineColumnAndOffset) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "中国提出倡议。\n";
  const std::size_t bad = text.size() + 2;
  text +=
      "ab\xFF"
      "cd\n";
  write(text);
  std::size_t delivered = 0;
  try {
    read_document_segments(path_, 64, [&](const Document&) { ++delivered; });
    ADD_FAILURE() << "accepted";
  } catch (const FormatError& error) {
    EXPECT_EQ(error.path(), path_);
    EXPECT_EQ(error.line(), 51u);
    EXPECT_EQ(error.column(), 3u);
    EXPECT_NE(error.problem().find("byte 0xFF at byte offset " + std::to_string(bad)), std::string::npos)
        << error.what();
    EXPECT_NE(error.problem().find("iconv"), std::string::npos) << error.what();
  }
  EXPECT_GT(delivered, 0u) << "the segments before the fault were read";
}

TEST_F(SegmentedReading, ANulByteIsABinaryFile) {
  write(std::string(300, 'a') + '\0' + "b");
  try {
    read(64);
    ADD_FAILURE() << "accepted";
  } catch (const FormatError& error) {
    EXPECT_EQ(error.column(), 301u);
    EXPECT_NE(error.problem().find("binary"), std::string::npos) << error.what();
  }
}

TEST_F(SegmentedReading, AnEmptyFileHasNoSegments) {
  write("");
  Document whole;
  EXPECT_TRUE(read(64, &whole).empty());
  EXPECT_EQ(whole.bytes, 0u);
  EXPECT_EQ(whole.sha1, make_document("x", "").sha1);
}

TEST_F(SegmentedReading, AMissingFileIsAnIoError) { EXPECT_THROW(read(64), IoError); }

}  // namespace
}  // namespace kg::text
