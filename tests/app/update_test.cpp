// Documents that change: `kg build --update [--prune]`, `kg remove`, and one
// identity for a document (its normalized path) in every mode.
#include <random>
#include <set>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/native_file.h"
#include "tests/app/kg_process.h"

namespace kg::testing {
namespace {

class UpdateCommand : public KgProcess {
 protected:
  // Lines that state relations the default rules read: the samples' lines,
  // and a few more with a defined alias, dates and other countries.
  static std::vector<std::string> sentence_pool() {
    std::vector<std::string> lines;
    for (const auto& entry : fs::directory_iterator(std::string(KG_SOURCE_DIR) + "/samples")) {
      std::istringstream text(read_file(entry.path()));
      for (std::string line; std::getline(text, line);) {
        if (!line.empty()) lines.push_back(line);
      }
    }
    std::sort(lines.begin(), lines.end());
    // Statements of one edge in several years, twice as likely as a sample
    // line: removing one of them must take its year off the edge.
    for (int twice = 0; twice < 2; ++twice) {
      for (const char* line :
           {"全球数字治理青年联盟（简称青数盟）今天成立。青数盟发布了年度计划。",
            "2019年，中国与巴西签署《数字经济合作备忘录》。",
            "2022年，中国与巴西签署《数字经济合作备忘录》。", "2023年，中国再次提出《全球数据安全倡议》。",
            "俄罗斯于2021年加入《全球数据安全倡议》。",
            "中华人民共和国与巴基斯坦共同发表《中巴数据安全合作倡议》。",
            "巴西、阿根廷两国在金砖国家峰会期间举行会谈。"}) {
        lines.emplace_back(line);
      }
    }
    return lines;
  }

  std::string graph_file(const std::string& name) const { return read_file(path(name)); }
};

// The property: after any sequence of edits, removals, additions and copies,
// --update --prune gives the bytes of a fresh build of the files as they are.
TEST_F(UpdateCommand, UpdateAfterRandomEditsEqualsAFreshBuild) {
  const std::vector<std::string> pool = sentence_pool();
  for (unsigned seed : {1u, 2u, 3u}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
    const std::string corpus = "corpus" + std::to_string(seed);
    std::vector<std::string> files;  // relative to dir_
    int next_name = 0;
    auto text = [&] {
      std::string content;
      for (std::size_t lines = 1 + pick(3); lines > 0; --lines) content += pool[pick(pool.size())] + "\n";
      return content;
    };
    auto add = [&] {
      const std::string name =
          corpus + (pick(2) ? "/sub/" : "/") + "d" + std::to_string(next_name++) + ".txt";
      write(name, text());
      files.push_back(name);
    };
    for (int i = 0; i < 3; ++i) add();
    // Given as ./corpus/ to the updates: the same documents as corpus.
    const std::string odd_path = "'" + (dir_ / "." / (corpus + "/")).string() + "'";
    ASSERT_EQ(kg("build " + odd_path + " -o " + at("u.kg.json")).exit_code, 0);
    for (int step = 0; step < 10; ++step) {
      const std::size_t op = pick(5);
      std::string what;
      if (op == 0 || files.size() < 2) {
        add();
        what = "add " + files.back();
      } else if (op == 1) {
        const std::size_t i = pick(files.size());
        write(files[i], text());
        what = "edit " + files[i];
      } else if (op == 2) {
        const std::size_t i = pick(files.size());
        fs::remove(path(files[i]));
        what = "remove " + files[i];
        files.erase(files.begin() + static_cast<std::ptrdiff_t>(i));
      } else if (op == 3) {
        const std::string source = files[pick(files.size())];
        const std::string name = corpus + "/copy" + std::to_string(next_name++) + ".txt";
        fs::copy_file(path(source), path(name));
        files.push_back(name);
        what = "copy " + source;
        what += " to " + name;
      } else {
        const std::size_t i = pick(files.size());
        write(files[i], read_file(path(files[i])) + pool[pick(pool.size())] + "\n");
        what = "extend " + files[i];
      }
      SCOPED_TRACE("step " + std::to_string(step) + ": " + what);
      CommandResult update = kg("build " + odd_path + " -o " + at("u.kg.json") + " --update --prune -j " +
                                std::to_string(1 + step % 2));
      ASSERT_EQ(update.exit_code, 0) << update.err;
      CommandResult fresh = kg("build " + at(corpus) + " -o " + at("fresh.kg.json"));
      ASSERT_EQ(fresh.exit_code, 0) << fresh.err;
      ASSERT_EQ(graph_file("u.kg.json"), graph_file("fresh.kg.json"));
    }
    fs::remove(path("u.kg.json"));
  }
}

TEST_F(UpdateCommand, UpdateReadsOnlyWhatChanged) {
  write("c/a.txt", "2019年，中国与巴西签署《数字经济合作备忘录》。\n");
  write("c/b.txt", "俄罗斯于2021年加入《全球数据安全倡议》。\n");
  ASSERT_EQ(kg("build " + at("c") + " -o " + at("g.kg.json")).exit_code, 0);
  write("c/b.txt", "中华人民共和国与巴基斯坦共同发表《中巴数据安全合作倡议》。\n");
  CommandResult run = kg("build " + at("c") + " -o " + at("g.kg.json") + " --update");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("kept 1 document already in the graph (same path and sha1)"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("read 1 document ("), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("; the graph has 2 documents: "), std::string::npos) << run.out;
  const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());
  EXPECT_FALSE(graph.find_node(graph::NodeType::Country, "俄罗斯")) << "what b.txt said before is gone";
  EXPECT_TRUE(graph.find_node(graph::NodeType::Country, "巴基斯坦"));
  EXPECT_TRUE(graph.find_node(graph::NodeType::Country, "巴西"));
}

TEST_F(UpdateCommand, UpdateWithoutPruneKeepsDocumentsWhoseFileIsGoneAndSaysHowMany) {
  write("c/a.txt", "2019年，中国与巴西签署《数字经济合作备忘录》。\n");
  write("c/b.txt", "俄罗斯于2021年加入《全球数据安全倡议》。\n");
  ASSERT_EQ(kg("build " + at("c") + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string before = graph_file("g.kg.json");
  fs::remove(path("c/b.txt"));
  CommandResult run = kg("build " + at("c") + " -o " + at("g.kg.json") + " --update");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("kept 1 document whose file no longer exists (--prune takes them out)"),
            std::string::npos)
      << run.out;
  EXPECT_EQ(graph_file("g.kg.json"), before);
  run = kg("build " + at("c") + " -o " + at("g.kg.json") + " --update --prune");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(kg("build " + at("c") + " -o " + at("fresh.kg.json")).exit_code, 0);
  EXPECT_EQ(graph_file("g.kg.json"), graph_file("fresh.kg.json"));
}

TEST_F(UpdateCommand, PruneNeedsUpdateAndUpdateExcludesAppend) {
  write("a.txt", "俄罗斯于2021年加入《全球数据安全倡议》。\n");
  CommandResult prune = kg("build " + at("a.txt") + " -o " + at("g.kg.json") + " --prune");
  EXPECT_EQ(prune.exit_code, 2);
  EXPECT_NE(prune.err.find("--prune goes with --update"), std::string::npos) << prune.err;
  CommandResult both = kg("build " + at("a.txt") + " -o " + at("g.kg.json") + " --update --append");
  EXPECT_EQ(both.exit_code, 2);
  CommandResult other = kg("build " + at("a.txt") + " -o " + at("g.graphml") + " --update");
  EXPECT_EQ(other.exit_code, 2);
  EXPECT_NE(other.err.find("--update needs a .kg.json output"), std::string::npos) << other.err;
}

TEST_F(UpdateCommand, AppendOfAChangedDocumentNamesBothHashesInOrderAndSuggestsUpdate) {
  write("a.txt", "2019年，中国与巴西签署《数字经济合作备忘录》。\n");
  ASSERT_EQ(kg("build " + at("a.txt") + " -o " + at("g.kg.json")).exit_code, 0);
  const std::string old_sha1 =
      graph::load_native(path("g.kg.json").string()).documents().begin()->second.sha1;
  const std::string before = graph_file("g.kg.json");
  write("a.txt", "俄罗斯于2021年加入《全球数据安全倡议》。\n");
  ASSERT_EQ(kg("build " + at("a.txt") + " -o " + at("new.kg.json")).exit_code, 0);
  const std::string new_sha1 =
      graph::load_native(path("new.kg.json").string()).documents().begin()->second.sha1;
  CommandResult run = kg("build " + at("a.txt") + " -o " + at("g.kg.json") + " --append");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("a.txt (sha1 " + old_sha1 + " in the graph, " + new_sha1 + " now)"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("use --update"), std::string::npos) << run.err;
  EXPECT_EQ(graph_file("g.kg.json"), before);
}

TEST_F(UpdateCommand, RemoveTakesADocumentOutAsIfNeverBuiltWithIt) {
  write("c/a.txt", "2019年，中国与巴西签署《数字经济合作备忘录》。\n");
  write("c/b.txt",
        "中华人民共和国与巴基斯坦共同发表《中巴数据安全合作倡议》。\n俄罗斯于2021年加入《全球数据安全倡议》。"
        "\n");
  const std::string here = "cd " + at("") + " && ";
  ASSERT_EQ(kg("build c -o g.kg.json", here).exit_code, 0);
  // The path written another way: ./c//b.txt is c/b.txt.
  CommandResult run = kg("remove g.kg.json ./c//b.txt", here);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("removed 1 document from g.kg.json"), std::string::npos) << run.out;
  ASSERT_EQ(kg("build c/a.txt -o a.kg.json", here).exit_code, 0);
  EXPECT_EQ(graph_file("g.kg.json"), graph_file("a.kg.json"));
}

TEST_F(UpdateCommand, RemovingADocumentNotInTheGraphNamesItAndWritesNothing) {
  write("c/a.txt", "2019年，中国与巴西签署《数字经济合作备忘录》。\n");
  ASSERT_EQ(kg("build c -o g.kg.json", "cd " + at("") + " && ").exit_code, 0);
  const std::string before = graph_file("g.kg.json");
  CommandResult run = kg("remove g.kg.json c/a.txt c/nothere.txt", "cd " + at("") + " && ");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no document c/nothere.txt in the graph"), std::string::npos) << run.err;
  EXPECT_EQ(graph_file("g.kg.json"), before);
  EXPECT_EQ(kg("remove g.kg.json", "cd " + at("") + " && ").exit_code, 2);
  CommandResult help = kg("remove --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Usage: kg remove GRAPH PATH..."), std::string::npos);
  EXPECT_NE(kg("--help").out.find("remove"), std::string::npos);
}

TEST_F(UpdateCommand, APathWrittenThreeWaysIsOneDocumentReadOnce) {
  write("e/a.txt", "2019年，中国与巴西签署《数字经济合作备忘录》。\n");
  CommandResult run = kg("build ./e/a.txt e/a.txt e//a.txt -o g.kg.json", "cd " + at("") + " && ");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const graph::KnowledgeGraph graph = graph::load_native(path("g.kg.json").string());
  ASSERT_EQ(graph.documents().size(), 1u);
  EXPECT_EQ(graph.documents().begin()->first, "e/a.txt");
  const auto brazil = graph.find_node(graph::NodeType::Country, "巴西");
  ASSERT_TRUE(brazil);
  EXPECT_EQ(graph.node(*brazil).mention_count(), 1u);
}

// Finding 10 of issue 16: a copy counted twice by a build and once by --append.
TEST_F(UpdateCommand, ACopyIsTwoDocumentsInABuildAndInAnAppend) {
  write("a.txt", "2019年，中国与巴西签署《数字经济合作备忘录》。\n");
  fs::copy_file(path("a.txt"), path("b.txt"));
  CommandResult build = kg("build a.txt b.txt -o built.kg.json", "cd " + at("") + " && ");
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_NE(build.err.find("b.txt has the same content as a.txt; both are counted"), std::string::npos)
      << build.err;
  ASSERT_EQ(kg("build a.txt -o appended.kg.json", "cd " + at("") + " && ").exit_code, 0);
  CommandResult append = kg("build b.txt -o appended.kg.json --append", "cd " + at("") + " && ");
  ASSERT_EQ(append.exit_code, 0) << append.err;
  EXPECT_NE(append.err.find("b.txt has the same content as a.txt; both are counted"), std::string::npos)
      << append.err;
  EXPECT_EQ(graph_file("appended.kg.json"), graph_file("built.kg.json"));
  EXPECT_EQ(graph::load_native(path("built.kg.json").string()).documents().size(), 2u);
}

}  // namespace
}  // namespace kg::testing
