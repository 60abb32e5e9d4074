// `kg build` end to end: --append, byte-identical outputs whatever the
// threads and input order, and no lost output when kg is killed.
#include <algorithm>
#include <csignal>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <vector>

#include "graph/graph.h"
#include "graph/native_file.h"
#include "tests/app/kg_process.h"

namespace kg::testing {
namespace {

class BuildCommand : public KgProcess {
 protected:
  // n small documents, each different, made of the samples' sentences.
  void write_documents(const std::string& folder, int n) const {
    std::vector<std::string> samples;
    for (const auto& entry : fs::directory_iterator(std::string(KG_SOURCE_DIR) + "/samples")) {
      samples.push_back(read_file(entry.path()));
    }
    std::sort(samples.begin(), samples.end());
    for (int i = 0; i < n; ++i) {
      write(folder + "/doc" + std::to_string(100 + i) + ".txt",
            samples[i % samples.size()] + "\n" + samples[(i / samples.size() + i + 1) % samples.size()] +
                "\n第" + std::to_string(i) + "篇。\n");
    }
  }
  std::string docs(const std::string& folder, const std::vector<int>& numbers) const {
    std::string list;
    for (int i : numbers) list += " " + at(folder + "/doc" + std::to_string(100 + i) + ".txt");
    return list;
  }
  std::vector<std::string> leftovers() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      std::string name = entry.path().filename().string();
      if (name.find(".tmp.") != std::string::npos) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
  }
};

TEST_F(BuildCommand, AppendAddsDocumentsAndKeepsWhatWasThere) {
  write_documents("in", 3);
  ASSERT_EQ(kg("build" + docs("in", {0, 1}) + " -o " + at("g.kg.json")).exit_code, 0);
  CommandResult run = kg("build --append" + docs("in", {2}) + " -o " + at("g.kg.json"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(kg("build" + docs("in", {0, 1, 2}) + " -o " + at("all.kg.json")).exit_code, 0);
  // Appending equals building from everything at once, to the byte.
  EXPECT_EQ(read_file(path("g.kg.json")), read_file(path("all.kg.json")));
  EXPECT_EQ(graph::load_native(path("g.kg.json").string()).documents().size(), 3u);
}

TEST_F(BuildCommand, AppendingADocumentAlreadyThereChangesNothing) {
  write_documents("in", 2);
  ASSERT_EQ(kg("build" + docs("in", {0, 1}) + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string before = read_file(path("g.kg.json"));
  // The same file again, named another way: the same path, the same sha1.
  // (A copy under another name is another document: see update_test.cpp.)
  CommandResult run = kg("build -a" + docs("in", {0, 1}) + " '" +
                         (dir_ / "in" / "." / "doc100.txt").string() + "' -o " + at("g.kg.json"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("kept 2 documents already in the graph"), std::string::npos) << run.out;
  EXPECT_EQ(read_file(path("g.kg.json")), before);
}

TEST_F(BuildCommand, AppendToAGraphNotYetWrittenBuildsIt) {
  write_documents("in", 1);
  ASSERT_EQ(kg("build --append" + docs("in", {0}) + " -o " + at("new.kg.json")).exit_code, 0);
  ASSERT_EQ(kg("build" + docs("in", {0}) + " -o " + at("plain.kg.json")).exit_code, 0);
  EXPECT_EQ(read_file(path("new.kg.json")), read_file(path("plain.kg.json")));
}

TEST_F(BuildCommand, AppendAlsoWritesTheOtherFormatsOfTheWholeGraph) {
  write_documents("in", 2);
  ASSERT_EQ(kg("build" + docs("in", {0}) + " -o " + at("g.kg.json")).exit_code, 0);
  ASSERT_EQ(
      kg("build --append" + docs("in", {1}) + " -o " + at("g.kg.json") + " -o " + at("g.graphml")).exit_code,
      0);
  ASSERT_EQ(kg("build" + docs("in", {0, 1}) + " -o " + at("all.graphml")).exit_code, 0);
  EXPECT_EQ(read_file(path("g.graphml")), read_file(path("all.graphml")));
}

TEST_F(BuildCommand, AppendNeedsOneNativeOutput) {
  write_documents("in", 1);
  CommandResult other = kg("build --append" + docs("in", {0}) + " -o " + at("g.graphml"));
  EXPECT_EQ(other.exit_code, 2);
  EXPECT_NE(other.err.find("--append needs a .kg.json output"), std::string::npos) << other.err;
  CommandResult two =
      kg("build --append" + docs("in", {0}) + " -o " + at("a.kg.json") + " -o " + at("b.kg.json"));
  EXPECT_EQ(two.exit_code, 2);
  EXPECT_NE(two.err.find("single .kg.json"), std::string::npos) << two.err;
  EXPECT_FALSE(fs::exists(path("g.graphml")));
}

// Issue "Extraction II": one edge per statement, with its years, weighed by
// distinct sentences.
TEST_F(BuildCommand, AStatementIsOneEdgeWithItsYearsWeighedBySentences) {
  write("in/a.txt", "2020年9月，中国提出《全球数据安全倡议》。\n中国再次提出《全球数据安全倡议》。\n");
  write("in/b.txt", "2023年，中国提出并发起《全球数据安全倡议》。\n");  // two triggers, one sentence
  for (const std::string jobs : {"1", "2"}) {
    ASSERT_EQ(kg("build -j " + jobs + " " + at("in") + " -o " + at("g.kg.json")).exit_code, 0);
    const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());
    auto china = graph.find_node(graph::NodeType::Country, "中国");
    auto initiative = graph.find_node(graph::NodeType::Initiative, "全球数据安全倡议");
    ASSERT_TRUE(china && initiative);
    auto proposed = graph.find_edge(*china, graph::RelationType::Proposed, *initiative);
    ASSERT_TRUE(proposed);
    const graph::EdgeData& edge = graph.edge(*proposed);
    EXPECT_EQ(edge.years, (std::set<int>{2020, 2023}));
    ASSERT_EQ(edge.weight(), 3u);
    std::vector<std::optional<int>> years;
    for (const graph::Evidence& evidence : edge.evidence) years.push_back(evidence.year);
    EXPECT_EQ(years, (std::vector<std::optional<int>>{2020, std::nullopt, 2023}));
    // Of the two triggers of b.txt's sentence, the record kept is the smaller: 发起 < 提出.
    EXPECT_EQ(std::prev(edge.evidence.end())->trigger, "发起");
  }
}

TEST_F(BuildCommand, AppendToAVersionOneGraphMergesItsYears) {
  // A version 1 file, as an older kg wrote it: the triple with the year 2021.
  write("old.kg.json", R"({"format": "kg-graph", "version": 1,
    "documents": [{"id": "old.txt", "bytes": 30, "sha1": "0123456789abcdef0123456789abcdef01234567"}],
    "nodes": [{"type": "Country", "name": "中国", "aliases": {}, "attributes": {"iso": "CN"}, "mentions": {}},
              {"type": "Initiative", "name": "全球数据安全倡议", "aliases": {}, "attributes": {}, "mentions": {}}],
    "edges": [{"source": 0, "target": 1, "relation": "PROPOSED", "year": 2021, "evidence": [
      {"doc": "old.txt", "line": 1, "offset": 0, "sentence": "2021年中国提出该倡议。", "rule": "r", "trigger": "提出"}]}]})");
  write("a.txt", "2020年9月，中国提出《全球数据安全倡议》。\n");
  ASSERT_EQ(kg("build --append " + at("a.txt") + " -o " + at("old.kg.json")).exit_code, 0);
  const std::string text = read_file(path("old.kg.json"));
  EXPECT_NE(text.find("\"version\": 4,"), std::string::npos);
  const graph::KnowledgeGraph graph = graph::load_native(path("old.kg.json").string());
  auto china = *graph.find_node(graph::NodeType::Country, "中国");
  auto initiative = *graph.find_node(graph::NodeType::Initiative, "全球数据安全倡议");
  const graph::EdgeData& edge =
      graph.edge(*graph.find_edge(china, graph::RelationType::Proposed, initiative));
  EXPECT_EQ(edge.years, (std::set<int>{2020, 2021}));
  EXPECT_EQ(edge.weight(), 2u);
}

TEST_F(BuildCommand, AppendOfAChangedDocumentIsAnErrorAndKeepsTheGraph) {
  write_documents("in", 1);
  ASSERT_EQ(kg("build" + docs("in", {0}) + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string before = read_file(path("g.kg.json"));
  write("in/doc100.txt", "中国与巴西开展合作。\n");
  CommandResult run = kg("build --append" + docs("in", {0}) + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(
      run.err.find("in the graph already with other content: " + path("in/doc100.txt").string() + " (sha1"),
      std::string::npos)
      << run.err;
  EXPECT_EQ(read_file(path("g.kg.json")), before);
}

TEST_F(BuildCommand, AppendToABadGraphIsAnErrorAndLeavesItAlone) {
  write_documents("in", 1);
  ASSERT_EQ(kg("build" + docs("in", {0}) + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string good = read_file(path("g.kg.json"));
  // Truncated at every tenth of its length, then from a newer kg.
  for (int tenth = 0; tenth < 10; ++tenth) {
    write("cut.kg.json", good.substr(0, good.size() * tenth / 10));
    CommandResult run = kg("build --append" + docs("in", {0}) + " -o " + at("cut.kg.json"));
    EXPECT_EQ(run.exit_code, 1) << "cut at tenth " << tenth << ": " << run.err;
    EXPECT_NE(run.err.find("cut.kg.json"), std::string::npos) << run.err;
    EXPECT_EQ(read_file(path("cut.kg.json")), good.substr(0, good.size() * tenth / 10));
  }
  std::string newer = std::regex_replace(good, std::regex("\"version\": [0-9]+"), "\"version\": 99");
  ASSERT_NE(newer, good) << "the native file spells its version otherwise: " << good.substr(0, 80);
  write("newer.kg.json", newer);
  CommandResult run = kg("build --append" + docs("in", {0}) + " -o " + at("newer.kg.json"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("99"), std::string::npos) << run.err;
  EXPECT_EQ(read_file(path("newer.kg.json")), newer);
  EXPECT_TRUE(leftovers().empty());
}

// Every format kg build writes, with its extension (or --format).
const std::vector<std::string> kFileOutputs = {"g.kg.json", "g.graphml", "g.dot", "g.gexf",
                                               "g.json",    "g.cyjs",    "g.svg"};

TEST_F(BuildCommand, SameBytesWhateverTheThreadsAndTheInputOrder) {
  write_documents("in", 12);
  std::vector<int> forward, backward;
  for (int i = 0; i < 12; ++i) forward.push_back(i), backward.insert(backward.begin(), i);
  struct Run {
    std::string name;
    std::string inputs;
    std::string jobs;
  };
  const std::vector<Run> runs = {{"j1", docs("in", forward), "1"},
                                 {"j2", docs("in", forward), "2"},
                                 {"j7", docs("in", backward), "7"},
                                 {"shuffled", docs("in", {5, 0, 11, 3, 8, 1, 10, 2, 9, 4, 7, 6}), "3"}};
  for (const Run& run : runs) {
    std::string outputs;
    for (const std::string& file : kFileOutputs) outputs += " -o " + at(run.name + "/" + file);
    fs::create_directories(path(run.name));
    CommandResult result = kg("build -j " + run.jobs + run.inputs + outputs);
    ASSERT_EQ(result.exit_code, 0) << run.name << ": " << result.err;
    for (const char* format : {"gexf-dynamic", "neo4j-csv", "kuzu-csv"}) {
      result = kg("build -q -j " + run.jobs + run.inputs + " -o " + at(run.name + "/" + format) +
                  " --format " + format);
      ASSERT_EQ(result.exit_code, 0) << run.name << " " << format << ": " << result.err;
    }
  }
  for (const auto& entry : fs::recursive_directory_iterator(path("j1"))) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), path("j1"));
    const std::string expected = read_file(entry.path());
    EXPECT_FALSE(expected.empty()) << relative;
    for (const Run& run : runs) {
      EXPECT_EQ(read_file(path(run.name) / relative), expected) << run.name << "/" << relative.string();
    }
  }
}

std::string describe(const CommandResult& run) {
  return run.signal ? "killed by signal " + std::to_string(run.signal) + " (" + strsignal(run.signal) + ")"
                    : "exit code " + std::to_string(run.exit_code) + ": " + run.err;
}

// Each output must be the previous one or, once all are written and
// renamed together, the new one, whole. The test chooses where kg is ended,
// with no clock:
// - mid-write: with its file size limited to N bytes (RLIMIT_FSIZE), kg is
//   ended by SIGXFSZ the moment a temporary output would pass N bytes; kg
//   removes its temporary files and dies of the signal (base/atomic_file.h);
// - before any output: SIGKILL while kg waits for its rules file, a FIFO,
//   after listing its inputs (FifoGate).
// A SIGKILL during a write would leave OUTPUT.tmp.XXXXXX behind, which kg
// never reads and the next build does not need gone (it is not removed: a
// temporary file may be another kg's, still writing).
TEST_F(BuildCommand, KilledBuildLeavesThePreviousOutputWhole) {
  const std::vector<std::string> outputs = {"g.kg.json", "g.graphml"};
  ASSERT_EQ(kg("build " + samples_ + " -o " + at("g.kg.json") + " -o " + at("g.graphml")).exit_code, 0);
  std::map<std::string, std::string> previous, next;
  for (const std::string& name : outputs) previous[name] = read_file(path(name));
  // The next build reads more documents: its outputs differ from the previous ones.
  write_documents("more", 6);
  const std::vector<std::string> args = {"build",
                                         "-q",
                                         std::string(KG_SOURCE_DIR) + "/samples",
                                         path("more"),
                                         "-o",
                                         path("g.kg.json"),
                                         "-o",
                                         path("g.graphml")};
  fs::create_directories(path("next"));
  ASSERT_EQ(kg("build -q " + samples_ + " " + at("more") + " -o " + at("next/g.kg.json") + " -o " +
               at("next/g.graphml"))
                .exit_code,
            0);
  std::uintmax_t smallest = UINTMAX_MAX, largest = 0;
  for (const std::string& name : outputs) {
    next[name] = read_file(path("next") / name);
    ASSERT_TRUE(next[name] != previous[name]) << name << " is the same in both builds";
    smallest = std::min<std::uintmax_t>(smallest, next[name].size());
    largest = std::max<std::uintmax_t>(largest, next[name].size());
  }

  // Cut at the first byte, mid-way, at the last byte of the smaller output,
  // and at the last byte of the larger (both are still temporaries then).
  for (const std::uintmax_t limit : {std::uintmax_t{0}, smallest / 2, smallest - 1, largest - 1}) {
    SCOPED_TRACE("file size limit " + std::to_string(limit));
    const std::vector<std::string> before = leftovers();
    const CommandResult run = finish(start(args, limit));
    ASSERT_EQ(run.signal, SIGXFSZ) << describe(run);
    // The temporary the write was cut in is gone, and no output was
    // renamed: they are renamed together once all are written.
    EXPECT_EQ(leftovers(), before);
    for (const std::string& name : outputs) {
      const std::string now = read_file(path(name));
      EXPECT_TRUE(now == previous[name])
          << name << " is not the previous output (" << now.size() << " bytes)";
    }
  }

  {
    const std::vector<std::string> before = leftovers();
    std::vector<std::string> gated = args;
    gated.insert(gated.end(), {"--rules", path("rules.json").string()});
    const pid_t pid = start(gated);
    FifoGate gate(path("rules.json"), pid);
    ASSERT_TRUE(gate.wait_until_opened()) << describe(finish(pid));
    ASSERT_EQ(::kill(pid, SIGKILL), 0);
    const CommandResult run = finish(pid);
    EXPECT_EQ(run.signal, SIGKILL) << describe(run);
    for (const std::string& name : outputs) EXPECT_TRUE(read_file(path(name)) == previous[name]) << name;
    EXPECT_EQ(leftovers(), before);
  }

  // A leftover temporary file (of a SIGKILL mid-write) is no obstacle to the next build.
  write("g.kg.json.tmp.Zz9Zz9", "{\"format\": \"kg-gr");
  ASSERT_FALSE(leftovers().empty());
  const CommandResult rerun = finish(start(args));
  ASSERT_EQ(rerun.exit_code, 0) << describe(rerun);
  for (const std::string& name : outputs) EXPECT_TRUE(read_file(path(name)) == next[name]) << name;
}

}  // namespace
}  // namespace kg::testing
