// How kg writes: outputs checked before any input is read, never among the
// inputs, special files and symbolic links handled deliberately, several
// outputs and CSV directories written all or nothing, and the messages of a
// command line that cannot be run (issue 16, findings 3-7, 12 and 13).
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <vector>

#include "graph/graph.h"
#include "graph/native_file.h"
#include "tests/app/kg_process.h"

namespace kg::testing {
namespace {

const std::string kChinese =
    "中国与巴西在数字经济领域开展合作。两国签署了多项合作文件，推动网络空间治理。"
    "上海合作组织成员国支持《全球数据安全倡议》。\n";

class OutputSafety : public KgProcess {
 protected:
  // Every *.tmp.* below the scratch directory.
  std::vector<std::string> temporaries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::recursive_directory_iterator(dir_)) {
      const std::string name = entry.path().filename().string();
      if (name.find(".tmp.") != std::string::npos) names.push_back(entry.path().string());
    }
    return names;
  }
  static bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }
};

// Finding 3: the graph written into the corpus, and a temporary file left
// beside it, were read back as documents: weights grew 1 -> 85 in four runs.
TEST_F(OutputSafety, BuildingIntoTheCorpusFourTimesGivesTheSameGraph) {
  write("o/a.txt", kChinese);
  write("o/g.kg.json.tmp.AbC123", "中国与巴西开展合作。中国与巴西开展合作。\n");  // as a killed build leaves
  std::string first;
  for (int run = 0; run < 4; ++run) {
    SCOPED_TRACE("run " + std::to_string(run + 1));
    CommandResult result = kg("build " + at("o") + " -o " + at("o/g.kg.json"));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string now = read_file(path("o/g.kg.json"));
    if (run == 0) first = now;
    EXPECT_TRUE(now == first) << "the graph changed on run " << run + 1;
    const graph::KnowledgeGraph graph = graph::load_native(path("o/g.kg.json").string());
    ASSERT_EQ(graph.documents().size(), 1u);
    EXPECT_EQ(graph.documents().begin()->first, path("o/a.txt").string());
  }
  // The graph of the one text file, as if nothing else were there.
  ASSERT_EQ(kg("build " + at("o/a.txt") + " -o " + at("alone.kg.json")).exit_code, 0);
  EXPECT_TRUE(read_file(path("alone.kg.json")) == first);
  // An output of another format in the corpus is passed over too.
  ASSERT_EQ(kg("build " + at("o") + " -o " + at("o/g.kg.json") + " -o " + at("o/g.graphml")).exit_code, 0);
  CommandResult again = kg("build " + at("o") + " -o " + at("o/g.kg.json") + " -o " + at("o/g.graphml"));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(read_file(path("o/g.kg.json")) == first);
}

// Finding 4: kg build x.txt -o x.txt overwrote its own input; so did --report.
TEST_F(OutputSafety, AnOutputThatIsAnInputIsRefusedBeforeAnythingIsRead) {
  write("x.txt", kChinese);
  write("rules.json", "{}");
  ASSERT_EQ(::link(path("x.txt").c_str(), path("hard-link.txt").c_str()), 0);
  for (const std::string& args : {
           "build " + at("x.txt") + " -o " + at("x.txt") + " --format native",
           "build " + at("x.txt") + " -o " + at("g.kg.json") + " --report " + at("x.txt"),
           "build " + at("x.txt") + " -o " + at("g.kg.json") + " --report " + at("hard-link.txt"),
           "build " + at(".") + "/x.txt -o " + at("g.kg.json") + " --report " + at("x.txt"),
           "build " + at("x.txt") + " --rules " + at("rules.json") + " -o " + at("g.kg.json") + " --report " +
               at("rules.json"),
       }) {
    SCOPED_TRACE(args);
    CommandResult run = kg(args);
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_TRUE(has(run.err, "kg never writes over a file it reads")) << run.err;
    EXPECT_EQ(read_file(path("x.txt")), kChinese);
    EXPECT_EQ(read_file(path("rules.json")), "{}");
    EXPECT_FALSE(fs::exists(path("g.kg.json")));
  }
  ASSERT_EQ(kg("build " + at("x.txt") + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string graph = read_file(path("g.kg.json"));
  for (const std::string& args : {"merge " + at("g.kg.json") + " -o " + at("g.kg.json"),
                                  "export " + at("g.kg.json") + " -o " + at("g.kg.json")}) {
    CommandResult run = kg(args);
    EXPECT_EQ(run.exit_code, 2) << args << ": " << run.err;
    EXPECT_TRUE(read_file(path("g.kg.json")) == graph);
  }
}

TEST_F(OutputSafety, TheSameOutputTwiceIsRefused) {
  write("x.txt", kChinese);
  CommandResult run = kg("build " + at("x.txt") + " -o " + at("g.kg.json") + " -o " + at(".") + "/g.kg.json");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_TRUE(has(run.err, "are the same file")) << run.err;
}

// Finding 5: a symbolic link as output was replaced by a regular file, and
// --append through it never updated its target.
TEST_F(OutputSafety, AnOutputThroughASymbolicLinkReplacesItsTarget) {
  write("a.txt", kChinese);
  write("b.txt", "欧盟提出《人工智能法案》。\n");
  fs::create_directories(path("real"));
  fs::create_symlink("real/g.kg.json", path("link.kg.json"));
  ASSERT_EQ(kg("build " + at("a.txt") + " -o " + at("link.kg.json")).exit_code, 0);
  EXPECT_TRUE(fs::is_symlink(path("link.kg.json")));
  EXPECT_EQ(graph::load_native(path("real/g.kg.json").string()).documents().size(), 1u);
  CommandResult run = kg("build --append " + at("b.txt") + " -o " + at("link.kg.json"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(fs::is_symlink(path("link.kg.json")));
  EXPECT_EQ(graph::load_native(path("real/g.kg.json").string()).documents().size(), 2u);
  EXPECT_TRUE(temporaries().empty());
}

// Finding 5: a FIFO or a device as output was replaced by a regular file (as
// root, -o /dev/null replaced the system's /dev/null). The device here is a
// null device of the test's own, made where root may (never the system's:
// a kg with the bug would replace it).
TEST_F(OutputSafety, DevicesFifosAndDirectoriesAreRefusedAsOutputs) {
  write("a.txt", kChinese);
  ASSERT_EQ(::mkfifo(path("fifo.kg.json").c_str(), 0600), 0);
  fs::create_directories(path("dir.kg.json"));
  const bool device = ::mknod(path("null.kg.json").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0;
  struct Case {
    std::string output;
    std::string message;
  };
  std::vector<Case> cases = {{at("fifo.kg.json"), "is a FIFO, not a regular file"},
                             {at("dir.kg.json"), "is a directory"}};
  if (device) cases.push_back({at("null.kg.json"), "is a character device, not a regular file"});
  for (const Case& c : cases) {
    SCOPED_TRACE(c.output);
    CommandResult run = kg("build " + at("a.txt") + " -o " + c.output);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_TRUE(has(run.err, c.message)) << run.err;
  }
  EXPECT_TRUE(fs::is_fifo(path("fifo.kg.json")));
  EXPECT_TRUE(fs::is_directory(path("dir.kg.json")));
  if (device) {
    EXPECT_TRUE(fs::is_character_file(path("null.kg.json")));
  }
  EXPECT_TRUE(temporaries().empty());
  if (!device) GTEST_SKIP() << "mknod needs root: the device case was not run";
}

// `-o -` is standard output, where a FIFO or a pipe is written as a stream.
TEST_F(OutputSafety, DashIsStandardOutputWithItsFormatNamed) {
  write("a.txt", kChinese);
  CommandResult run = kg("build " + at("a.txt") + " -o - --format native");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(graph::read_native(run.out, "<stdout>").documents().size(), 1u);
  EXPECT_TRUE(has(run.err, "wrote - (native)")) << run.err;  // what kg says goes to stderr then
  ASSERT_EQ(kg("build " + at("a.txt") + " -o " + at("g.kg.json")).exit_code, 0);
  CommandResult exported = kg("export " + at("g.kg.json") + " -o - --format graphml");
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.out.rfind("<?xml", 0), 0u) << exported.out.substr(0, 80);

  CommandResult no_format = kg("build " + at("a.txt") + " -o -");
  EXPECT_EQ(no_format.exit_code, 2);
  EXPECT_TRUE(has(no_format.err, "-o - writes to standard output: name its format with --format"))
      << no_format.err;
  CommandResult directory = kg("export " + at("g.kg.json") + " -o - --format neo4j-csv");
  EXPECT_EQ(directory.exit_code, 2);
  EXPECT_TRUE(has(directory.err, "writes a directory of files")) << directory.err;
}

TEST_F(OutputSafety, AReadOnlyOutputIsRefusedNotReplaced) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes a file whatever its mode";
  write("a.txt", kChinese);
  write("g.kg.json", "kept");
  fs::permissions(path("g.kg.json"), fs::perms::owner_read);
  CommandResult run = kg("build " + at("a.txt") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(has(run.err, "is read-only")) << run.err;
  EXPECT_EQ(read_file(path("g.kg.json")), "kept");
}

// Finding 13: -o nodir/x.kg.json failed only after every input was read.
// The rules file is a FIFO kg would block on were it read: kg ends without
// opening it, so it read nothing (no clock involved).
TEST_F(OutputSafety, OutputPathsAreCheckedBeforeAnyInputIsRead) {
  write("a.txt", kChinese);
  const pid_t pid =
      start({"build", path("a.txt"), "--rules", path("rules.json"), "-o", path("nodir/x.kg.json")});
  FifoGate gate(path("rules.json"), pid);
  const bool opened = gate.wait_until_opened();
  if (opened) gate.release("{}");  // a broken kg goes on, and fails the test rather than hang it
  EXPECT_FALSE(opened) << "kg opened its rules before checking its output";
  const CommandResult run = finish(pid);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(has(run.err, "kg build: " + path("nodir/x.kg.json").string() + ": the directory " +
                               path("nodir").string() + " does not exist"))
      << run.err;
  EXPECT_FALSE(has(run.err, "documents")) << run.err;  // no progress line, no summary
  // A second output that cannot be written: the first one is not written either.
  CommandResult both = kg("build " + at("a.txt") + " -o " + at("a.kg.json") + " -o " + at("nodir/b.graphml"));
  EXPECT_EQ(both.exit_code, 1) << both.err;
  EXPECT_FALSE(fs::exists(path("a.kg.json")));
}

// Finding 7: with -o a.kg.json -o b.graphml the first output was committed
// although the second failed. Here the second fails while it is written
// (the file size limit, with SIGXFSZ ignored so the write returns EFBIG).
TEST_F(OutputSafety, SeveralOutputsAreWrittenAllOrNothing) {
  write("small/a.txt", kChinese);
  ASSERT_EQ(kg("build " + at("small") + " -o " + at("g.dot") + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string old_dot = read_file(path("g.dot")), old_native = read_file(path("g.kg.json"));
  fs::create_directories(path("next"));
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("next/g.dot") + " -o " + at("next/g.kg.json")).exit_code, 0);
  const auto dot_size = fs::file_size(path("next/g.dot")),
             native_size = fs::file_size(path("next/g.kg.json"));
  ASSERT_LT(dot_size + 1024, native_size) << "the test needs the .dot output to be the smaller";
  // ulimit -f counts 512-byte blocks in sh: room for the .dot, not the graph.
  const std::string limit = "trap '' XFSZ; ulimit -f " + std::to_string((dot_size + 512) / 512 + 1) + "; ";
  CommandResult run = kg("build " + samples_ + " -o " + at("g.dot") + " -o " + at("g.kg.json"), limit);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(has(run.err, "g.kg.json: write failed")) << run.err;
  EXPECT_TRUE(read_file(path("g.dot")) == old_dot) << "the first output was committed alone";
  EXPECT_TRUE(read_file(path("g.kg.json")) == old_native);
  EXPECT_TRUE(temporaries().empty()) << temporaries().front();
}

// Finding 7: a neo4j-csv export failing half-way left a new nodes.csv beside
// the old relationships.csv.
TEST_F(OutputSafety, ACsvDirectoryExportFailingHalfWayLeavesTheOldFiles) {
  write("small/a.txt", kChinese);
  ASSERT_EQ(kg("build " + at("small") + " -o " + at("small.kg.json")).exit_code, 0);
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("big.kg.json")).exit_code, 0);
  ASSERT_EQ(kg("export " + at("small.kg.json") + " -o " + at("csv") + " --format neo4j-csv").exit_code, 0);
  ASSERT_EQ(kg("export " + at("big.kg.json") + " -o " + at("next") + " --format neo4j-csv").exit_code, 0);
  const std::string old_nodes = read_file(path("csv/nodes.csv"));
  const std::string old_relationships = read_file(path("csv/relationships.csv"));
  const auto nodes_size = fs::file_size(path("next/nodes.csv"));
  ASSERT_LT(nodes_size + 1024, fs::file_size(path("next/relationships.csv")));
  ASSERT_TRUE(read_file(path("next/nodes.csv")) != old_nodes);
  const std::string limit = "trap '' XFSZ; ulimit -f " + std::to_string((nodes_size + 512) / 512 + 1) + "; ";
  CommandResult run = kg("export " + at("big.kg.json") + " -o " + at("csv") + " --format neo4j-csv", limit);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(has(run.err, "relationships.csv: write failed")) << run.err;
  EXPECT_TRUE(read_file(path("csv/nodes.csv")) == old_nodes)
      << "nodes.csv is new beside the old relationships";
  EXPECT_TRUE(read_file(path("csv/relationships.csv")) == old_relationships);
  EXPECT_TRUE(temporaries().empty());
  // A directory the failed export made is not left behind.
  run = kg("export " + at("big.kg.json") + " -o " + at("made/csv") + " --format neo4j-csv", limit);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(has(run.err, "relationships.csv: write failed")) << run.err;
  EXPECT_FALSE(fs::exists(path("made")));
  // Without the limit, the directory and its parent are made.
  run = kg("export " + at("big.kg.json") + " -o " + at("made/csv") + " --format neo4j-csv");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(read_file(path("made/csv/nodes.csv")) == read_file(path("next/nodes.csv")));
}

// Finding 12: SIGXFSZ (as SIGTERM, SIGINT, SIGHUP: tests/base) during a write
// left OUTPUT.tmp.XXXXXX behind. kg removes it and still dies of the signal.
TEST_F(OutputSafety, ASignalDuringAWriteLeavesNoTemporaryFile) {
  write("small/a.txt", kChinese);
  ASSERT_EQ(kg("build " + at("small") + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string previous = read_file(path("g.kg.json"));
  for (const rlim_t limit : {rlim_t{0}, rlim_t{4096}}) {
    const CommandResult run = finish(start(
        {"build", "-q", std::string(KG_SOURCE_DIR) + "/samples", "-o", path("g.kg.json").string()}, limit));
    EXPECT_EQ(run.signal, SIGXFSZ) << run.exit_code << ": " << run.err;
    EXPECT_TRUE(temporaries().empty()) << temporaries().front();
    EXPECT_TRUE(read_file(path("g.kg.json")) == previous);
  }
}

// Finding 6: one file whose name is not UTF-8 failed the whole .kg.json build.
TEST_F(OutputSafety, AFileNameThatIsNotUtf8IsADocumentWithTheBadBytesEscaped) {
  write("in/caf\xE9.txt", kChinese);
  CommandResult run = kg("build " + at("in") + " -o " + at("g.kg.json") + " -o " + at("g.graphml"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());
  ASSERT_EQ(graph.documents().size(), 1u);
  EXPECT_EQ(graph.documents().begin()->first, path("in").string() + "/caf\\xe9.txt");
  // --append knows it again by its content.
  CommandResult again = kg("build --append " + at("in") + " -o " + at("g.kg.json"));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(has(again.out, "kept 1 document already in the graph")) << again.out;
}

// Finding 13: messages of command lines that cannot be run as written.
TEST_F(OutputSafety, AnEmptyOutputNameIsSaidToBeEmpty) {
  write("a.txt", kChinese);
  CommandResult run = kg("build " + at("a.txt") + " -o ''");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_TRUE(has(run.err, "the output name is empty")) << run.err;
}

TEST_F(OutputSafety, ShortOptionsTakeTheirValueAttached) {
  write("a.txt", kChinese);
  CommandResult run = kg("build " + at("a.txt") + " -j1 -o" + at("g.kg.json"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // Flags together, the last one with its value: -qj2 is -q -j 2.
  CommandResult quiet = kg("build " + at("a.txt") + " -qj2 -o " + at("h.kg.json"));
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(read_file(path("g.kg.json")), read_file(path("h.kg.json")));
  CommandResult unknown = kg("build " + at("a.txt") + " -qz -o " + at("g.kg.json"));
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(has(unknown.err, "unknown option '-z'")) << unknown.err;
  CommandResult bad = kg("build " + at("a.txt") + " -j0 -o " + at("g.kg.json"));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(has(bad.err, "'--jobs' needs a whole number from 1")) << bad.err;
}

TEST_F(OutputSafety, APathFromANodeToItselfIsSaidToHaveOneEnd) {
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("g.kg.json")).exit_code, 0);
  CommandResult run = kg("path " + at("g.kg.json") + " 中国 中国");
  EXPECT_EQ(run.exit_code, 1) << run.out;
  EXPECT_TRUE(has(run.err, "'中国' and '中国' are the same node")) << run.err;
  EXPECT_FALSE(has(run.out, "no path")) << run.out;
}

}  // namespace
}  // namespace kg::testing
