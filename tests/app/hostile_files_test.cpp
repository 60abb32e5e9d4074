// Hostile files and limits, end to end: graph, rules and query files built to
// crash kg, fill its memory, smuggle bad text in or drive the terminal; each
// must end in a clear error (or safe output), never a crash. Inputs are made
// by the tests, not checked in.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/native_file.h"
#include "tests/app/kg_process.h"

namespace kg::testing {
namespace {

const std::string kChinese = "中国与巴西在数字经济领域开展合作。\n";

// A graph file of one document, as the strict reader wants it, with `name`
// (JSON text, escapes and all) as its one node's name.
std::string graph_named(const std::string& name, const std::string& bytes = "10",
                        const std::string& mentions = R"({"a.txt": 1})") {
  return R"({"format": "kg-graph", "version": 2, "documents": [{"id": "a.txt", "bytes": )" + bytes +
         R"(, "sha1": "0123456789abcdef0123456789abcdef01234567"}], "nodes": [{"type": "Country", "name": ")" +
         name + R"(", "aliases": {}, "attributes": {}, "mentions": )" + mentions + R"(}], "edges": []})";
}

class HostileFiles : public KgProcess {};

// 400 KB of brackets overflowed RapidJSON's recursive parser (SIGSEGV) in
// every command that reads a graph, and in --rules.
TEST_F(HostileFiles, DeeplyNestedJsonIsAnErrorForEveryEntryPoint) {
  const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
  write("deep.kg.json", deep);
  write("deep.jsonl", deep + "\n");
  write("deep-rules.json", deep);
  write("doc.txt", kChinese);
  const std::vector<std::string> commands = {
      "stats " + at("deep.kg.json"),
      "query " + at("deep.kg.json") + " 'MATCH (n) RETURN n'",
      "show " + at("deep.kg.json") + " 中国",
      "neighbors " + at("deep.kg.json") + " 中国",
      "path " + at("deep.kg.json") + " 中国 巴西",
      "export " + at("deep.kg.json") + " -o " + at("out.graphml"),
      "merge " + at("deep.kg.json") + " -o " + at("merged.kg.json"),
      "merge " + at("deep.jsonl") + " -o " + at("merged.kg.json"),
      "build " + at("doc.txt") + " -o " + at("deep.kg.json") + " --append",
      "build " + at("doc.txt") + " --rules " + at("deep-rules.json") + " -o " + at("g.kg.json"),
      "extract " + at("doc.txt") + " --rules " + at("deep-rules.json"),
  };
  for (const std::string& command : commands) {
    const CommandResult run = kg(command);
    EXPECT_EQ(run.exit_code, 1) << command << "\n" << run.err.substr(0, 500);
    EXPECT_NE(run.err.find(":1:"), std::string::npos) << command << "\n" << run.err.substr(0, 500);
    EXPECT_NE(run.err.find("not valid JSON: nested deeper than 64 arrays and objects"), std::string::npos)
        << command << "\n"
        << run.err.substr(0, 500);
  }
  EXPECT_EQ(read_file(path("deep.kg.json")), deep) << "a failed --append leaves the graph as it was";
  EXPECT_FALSE(fs::exists(path("out.graphml")));
  EXPECT_FALSE(fs::exists(path("merged.kg.json")));
  EXPECT_FALSE(fs::exists(path("g.kg.json")));
}

// Each kind of file is read up to its cap and no further: /dev/zero filled
// memory at 250 MB/s.
TEST_F(HostileFiles, EndlessAndHugeFilesFailAtTheirCap) {
  write("doc.txt", kChinese);
  write("good.kg.json", graph_named("中国"));
#if defined(__SANITIZE_ADDRESS__)
  const std::string limit = "";  // ASan reserves terabytes of address space
#else
  const std::string limit = "ulimit -v 600000; ";  // 600 MB: far below what /dev/zero would take
#endif
  CommandResult run = kg("query " + at("good.kg.json") + " -f /dev/zero", limit);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("/dev/zero: larger than 1 MB, the most kg reads as a query file"), std::string::npos)
      << run.err;
  // The query from standard input (kg() gives kg /dev/null as its stdin).
  const std::string piped =
      limit + std::string(KG_BINARY) + " query " + at("good.kg.json") + " </dev/zero 2>" + at("stdin.err");
  const int status = std::system(piped.c_str());
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 1) << status;
  EXPECT_NE(read_file(path("stdin.err")).find("<stdin>: larger than 1 MB, the most kg reads as a query"),
            std::string::npos)
      << read_file(path("stdin.err"));
  run = kg("build " + at("doc.txt") + " --rules /dev/zero -o " + at("g.kg.json"), limit);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("/dev/zero: larger than 64 MB, the most kg reads as a rules file"),
            std::string::npos)
      << run.err;
  EXPECT_FALSE(fs::exists(path("g.kg.json")));

  // A graph from a stream begins with '{', or is refused at its first byte.
  run = kg("stats /dev/zero", limit);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("/dev/zero: not a graph file: it begins with byte 0x00, not '{'"), std::string::npos)
      << run.err;
  // A graph file past its cap (sparse: no disk used) is refused by its size,
  // before a byte is read, by every command that reads a graph.
  {
    std::ofstream(path("huge.kg.json")) << "";
    fs::resize_file(path("huge.kg.json"), graph::kMaxNativeFileBytes + 1);
  }
  const std::string message = "huge.kg.json: larger than " +
                              std::to_string(graph::kMaxNativeFileBytes >> 20) +
                              " MB, the most kg reads as a graph file";
  for (const std::string& command :
       {"stats " + at("huge.kg.json"),
        "merge " + at("good.kg.json") + " " + at("huge.kg.json") + " -o " + at("m.kg.json")}) {
    run = kg(command, limit);
    EXPECT_EQ(run.exit_code, 1) << command << "\n" << run.err;
    EXPECT_NE(run.err.find(message), std::string::npos) << command << "\n" << run.err;
  }
}

TEST_F(HostileFiles, AQueryFileThatIsADirectorySaysSo) {
  write("good.kg.json", graph_named("中国"));
  fs::create_directories(path("queries"));
  const CommandResult run = kg("query " + at("good.kg.json") + " -f " + at("queries"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("queries: cannot read: Is a directory"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("expected"), std::string::npos) << run.err;
}

// The graph files of finding 9: each was read without a word.
TEST_F(HostileFiles, GraphFilesWithBadTextCountsReferencesOrKeysAreErrors) {
  struct Case {
    std::string file, expected;
  };
  const std::vector<Case> cases = {
      {graph_named("x\\udc00"), "1:"},  // the position of the string, then:
      {graph_named("x\\udc00"),
       "not valid JSON: a lone surrogate: a \\u escape of U+D800..U+DFFF that is not half of a pair is no "
       "character"},
      {graph_named("中国", "18446744073709551615"),
       "at /documents/0/bytes: expected a whole number from 0 to 9007199254740992"},
      {graph_named("中国", "10", R"({"a.txt": 18446744073709551615})"),
       "at /nodes/0/mentions/a.txt: expected a whole number from 0 to 9007199254740992"},
      {graph_named("中国", "10", R"({"absent.txt": 1})"),
       "at /nodes/0/mentions/absent.txt: a document not in \"documents\""},
      {graph_named("中国", "10", R"({"a.txt": 1, "a.txt": 2})"),
       "at /nodes/0/mentions/a.txt: the key \"a.txt\" is given twice"},
  };
  for (const Case& c : cases) {
    write("bad.kg.json", c.file);
    for (const std::string& command :
         {"stats " + at("bad.kg.json"), "query " + at("bad.kg.json") + " 'MATCH (n) RETURN n.name'"}) {
      const CommandResult run = kg(command);
      EXPECT_EQ(run.exit_code, 1) << c.file << "\n" << run.out << run.err;
      EXPECT_NE(run.err.find("bad.kg.json"), std::string::npos) << run.err;
      EXPECT_NE(run.err.find(c.expected), std::string::npos) << c.file << "\n" << run.err;
    }
  }
}

TEST_F(HostileFiles, AKeyGivenTwiceInARulesFileIsAnError) {
  write("doc.txt", kChinese);
  write("rules.json", R"({"entities": [], "entities": []})");
  const CommandResult run =
      kg("build " + at("doc.txt") + " --rules " + at("rules.json") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("rules.json: at /entities: the key \"entities\" is given twice"), std::string::npos)
      << run.err;
}

// MATCH (a),(b),(c) RETURN collect(a.name) on 460 nodes took 10.6 GB within
// the step budget; the memory budget (1 GB) stops it.
TEST_F(HostileFiles, CollectingACrossProductStopsAtTheMemoryBudget) {
  graph::KnowledgeGraph graph;
  // Long names, so that the budget is reached after a few million rows.
  for (int i = 0; i < 200; ++i)
    graph.add_node(graph::NodeType::Country, std::to_string(i) + std::string(200, 'x'));
  graph::save_native(graph, path("g.kg.json").string());
  const CommandResult run = kg("query " + at("g.kg.json") + " 'MATCH (a), (b), (c) RETURN collect(a.name)'");
  EXPECT_EQ(run.exit_code, 1) << run.err.substr(0, 500);
  EXPECT_NE(run.err.find("passed the memory budget of 1024 MB"), std::string::npos) << run.err.substr(0, 500);
  EXPECT_NE(run.err.find("add LIMIT"), std::string::npos) << run.err.substr(0, 500);
  EXPECT_LT(run.err.size(), 1000u);
}

// A PNG of 20,000 nodes took 291 s and 2.8 GB: too large a graph is refused
// with the way to draw a part of it.
TEST_F(HostileFiles, ADiagramOfAHugeGraphIsRefusedWithAdvice) {
  graph::KnowledgeGraph graph;
  graph::KnowledgeGraph::NodeId hub = graph.add_node(graph::NodeType::Country, "中心");
  for (int i = 0; i < 2100; ++i) {
    const auto node = graph.add_node(graph::NodeType::Organization, "组织" + std::to_string(i));
    graph.add_edge(hub, graph::RelationType::MemberOf, node, std::nullopt);
  }
  graph::save_native(graph, path("g.kg.json").string());
  for (const char* image : {"g.png", "g.svg"}) {
    const CommandResult run = kg("export " + at("g.kg.json") + " -o " + at(image));
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_NE(run.err.find("2101 nodes and 2100 edges, too many to draw (at most 2000 nodes"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("--top N or --query"), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(path(image)));
  }
  const CommandResult part = kg("export " + at("g.kg.json") + " -o " + at("top.svg") + " --top 20");
  EXPECT_EQ(part.exit_code, 0) << part.err;
  EXPECT_TRUE(fs::exists(path("top.svg")));
}

// Names, aliases, evidence and document names come from the texts a graph
// was built from: ESC, BEL, CR, NUL, C1 controls and bidi overrides in them
// must not reach the terminal.
TEST_F(HostileFiles, ControlCharactersInAGraphReachNoTerminal) {
  const std::string evil =
      "evil\x1b[2J\x07\r\xC2\x9B"
      "31m\xE2\x80\xAE"
      "ton";
  graph::KnowledgeGraph graph;
  const std::string document = "doc\x1b]0;title\x07.txt";
  graph.add_document({document, 10, "0123456789abcdef0123456789abcdef01234567"});
  const auto china = graph.add_node(graph::NodeType::Country, "中国");
  const auto bad = graph.add_node(graph::NodeType::Organization, evil);
  graph.add_alias(bad, "alias\x1b[5m", "text\x1b");
  graph.set_attribute(bad, "key\x1b", "value\x1b");
  graph.add_mentions(bad, document, 2);
  const auto edge = graph.add_edge(china, graph::RelationType::MemberOf, bad, 2020);
  const char sentence[] = "sentence \x1b[31m with NUL \0 here";
  graph.add_evidence(edge, {document, std::string(sentence, sizeof sentence - 1), 0, 1, "r", "t", 2020});
  graph::save_native(graph, path("g.kg.json").string());
  const std::string g = path("g.kg.json").string();

  const std::vector<std::vector<std::string>> commands = {
      {"stats", g},
      {"show", g, evil},
      {"show", g, "中国", "--evidence", "5"},
      {"neighbors", g, "中国"},
      {"neighbors", g, "中国", "--explain"},
      {"path", g, "中国", evil},
      {"query", g, "MATCH (a)-[r]->(b) RETURN a.name, b.name, b.aliases, r.evidence"},
      {"query", g, "MATCH p = (a)-[r]->(b) RETURN p, b.name", "--explain"},
      {"show", g, evil + "-missing"},  // an error message quoting the name
      {"query", g, "MATCH (n) RETURN n.name AS `\x1b[2J`"},
      {"query", g, "MATCH (n) WHERE n.name = '\x1b[2J' RETURN n.name +"},  // a query error quoting the line
  };
  for (const std::vector<std::string>& args : commands) {
    const CommandResult run = finish(start(args));
    const std::string shown = args[0] + " " + args.back();
    EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << shown << "\n" << run.err;
    for (const std::string& output : {run.out, run.err}) {
      for (const std::string& raw :
           {std::string("\x1b"), std::string("\x07"), std::string("\r"), std::string(1, '\0'),
            std::string("\xC2\x9B"), std::string("\xE2\x80\xAE")}) {
        EXPECT_EQ(output.find(raw), std::string::npos)
            << shown << ": a raw " << ::testing::PrintToString(raw) << " in\n"
            << ::testing::PrintToString(output);
      }
    }
    EXPECT_NE((run.out + run.err).find("\\x1b"), std::string::npos) << shown << "\n" << run.out << run.err;
  }
  // Machine formats escape in their own way, and keep the text exact.
  const CommandResult json =
      finish(start({"query", g, "MATCH (n:Organization) RETURN n.name", "--format", "json"}));
  EXPECT_NE(json.out.find("evil\\u001B[2J\\u0007\\r"), std::string::npos) << json.out;
}

// A file's name is text from outside too: a warning naming it escapes it.
TEST_F(HostileFiles, ControlCharactersInAFileNameReachNoTerminal) {
  write("in/good.txt", kChinese);
  write("in/bad\x1b[2J\x07.txt", "坏\xFF字节\n");
  const CommandResult run = kg("build " + at("in") + " -o " + at("g.kg.json"));
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_NE(run.err.find("bad\\x1b[2J\\x07.txt:1:"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find('\x1b'), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find('\x07'), std::string::npos) << run.err;
}

TEST_F(HostileFiles, TwoHundredFlatOrTermsRun) {
  write("g.kg.json", graph_named("中国"));
  std::string query = "MATCH (a) WHERE a.name = '中国'";
  for (int i = 0; i < 200; ++i) query += " OR a.name = 'x" + std::to_string(i) + "'";
  write("or.cypher", query + " RETURN a.name");
  CommandResult run = kg("query " + at("g.kg.json") + " -f " + at("or.cypher"));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("中国"), std::string::npos) << run.out;
  std::string ands = "MATCH (a) WHERE true";
  for (int i = 0; i < 5000; ++i) ands += " AND a.name <> 'x" + std::to_string(i) + "'";
  write("and.cypher", ands + " RETURN count(a)");
  run = kg("query " + at("g.kg.json") + " -f " + at("and.cypher"));
  EXPECT_EQ(run.exit_code, 0) << run.err.substr(0, 500);
  // Real nesting past the limit says which limit.
  write("deep.cypher", "MATCH (a) RETURN " + std::string(300, '(') + "1" + std::string(300, ')'));
  run = kg("query " + at("g.kg.json") + " -f " + at("deep.cypher"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("more than 200 levels"), std::string::npos) << run.err.substr(0, 500);
}

// A megabyte of query on one line: the error shows the place, not the line,
// and quotes no megabyte-long token.
TEST_F(HostileFiles, AnErrorInAMegabyteQueryShowsAWindowOfItsLine) {
  write("g.kg.json", graph_named("中国"));
  const std::string name(1'000'000, 'v');
  write("long.cypher", "MATCH (a) RETURN " + name + " LIMIT 1");  // an unknown variable, 1 MB long
  CommandResult run = kg("query " + at("g.kg.json") + " -f " + at("long.cypher"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_LT(run.err.size(), 1200u) << run.err.substr(0, 2000);
  EXPECT_NE(run.err.find("long.cypher:1:18:"), std::string::npos) << run.err.substr(0, 600);
  EXPECT_NE(run.err.find("vvv...`"), std::string::npos) << run.err.substr(0, 600);
  write("late.cypher", "MATCH (a) WHERE a.name = '" + std::string(1'000'000, 'x') + "' AND ) RETURN a");
  run = kg("query " + at("g.kg.json") + " -f " + at("late.cypher"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_LT(run.err.size(), 1200u) << run.err.substr(0, 2000);
  EXPECT_NE(run.err.find("...xxx"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace kg::testing
