// The interactive prompt of `kg query`, on libedit (BSD-licensed, Debian's
// libedit-dev) through its readline-compatible API: arrow keys and editing,
// history kept in a file, tab completion of the graph's names, Ctrl-C that
// cancels the line or the running query and keeps the prompt.
#include "app/query_prompt.h"

#include <editline/readline.h>
#include <poll.h>
#include <pthread.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <vector>

#include "base/ascii.h"
#include "base/errors.h"
#include "base/terminal_text.h"
#include "base/utf8.h"

namespace kg::app {
namespace {

// Set by SIGINT; the engine polls it as its cancel flag, and a line read
// that ends with it set was cancelled, not ended.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "stored to from a signal handler");

extern "C" void on_interrupt(int /*signal*/) { g_interrupted.store(true); }

// The handler for the prompt's lifetime; the previous one comes back after.
class InterruptHandler {
 public:
  InterruptHandler() {
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous_);
  }
  ~InterruptHandler() { sigaction(SIGINT, &previous_, nullptr); }
  InterruptHandler(const InterruptHandler&) = delete;
  InterruptHandler& operator=(const InterruptHandler&) = delete;

 private:
  struct sigaction previous_ {};
};

constexpr std::array<std::string_view, 8> kCommands = {"explain", "format", "help", "history",
                                                       "param",   "params", "quit", "exit"};

// What tab completion offers; readline's completion callbacks take no
// context, so the prompt points this at its own state while it runs.
struct Completion {
  const query::Engine::Vocabulary* vocabulary = nullptr;
  const std::map<std::string, std::string>* parameters = nullptr;
  std::vector<std::string> candidates;
  std::size_t next = 0;
};
Completion g_completion;

bool starts_with_ignoring_case(std::string_view word, std::string_view prefix) {
  if (prefix.size() > word.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char a = word[i], b = prefix[i];
    if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
    if (b >= 'a' && b <= 'z') b = static_cast<char>(b - 'a' + 'A');
    if (a != b) return false;
  }
  return true;
}

extern "C" char* next_candidate(const char* text, int state) {
  if (state == 0) g_completion.next = 0;
  while (g_completion.next < g_completion.candidates.size()) {
    const std::string& candidate = g_completion.candidates[g_completion.next++];
    if (starts_with_ignoring_case(candidate, text)) return strdup(candidate.c_str());
  }
  return nullptr;
}

// Offers what may stand where the word starts: after `:` at the start of the
// line a command, after `:` or `|` in a pattern a label or relationship
// type, after `.` a property, after `$` a parameter, else a keyword or
// function.
extern "C" char** complete(const char* text, int start, int /*end*/) {
  rl_attempted_completion_over = 1;  // never file names
  const query::Engine::Vocabulary& vocabulary = *g_completion.vocabulary;
  std::vector<std::string>& candidates = g_completion.candidates;
  candidates.clear();
  const std::string_view line(rl_line_buffer);
  const char before = start > 0 ? line[static_cast<std::size_t>(start) - 1] : '\0';
  rl_completion_append_character = '\0';
  auto add = [&](const std::vector<std::string>& names) {
    candidates.insert(candidates.end(), names.begin(), names.end());
  };
  if (before == ':' && start == 1) {
    candidates.assign(kCommands.begin(), kCommands.end());
    rl_completion_append_character = ' ';
  } else if (line.starts_with(":format ")) {
    candidates = {"table", "json", "csv"};
  } else if (line.starts_with(":param") && before == ' ' && line.find("=>") == std::string_view::npos) {
    for (const auto& entry : *g_completion.parameters) candidates.push_back(entry.first);
  } else if (before == ':' || before == '|') {
    add(vocabulary.labels);
    add(vocabulary.relationship_types);
  } else if (before == '.') {
    add(vocabulary.properties);
  } else if (before == '$') {
    for (const auto& entry : *g_completion.parameters) candidates.push_back(entry.first);
  } else {
    add(vocabulary.keywords);
    add(vocabulary.functions);
    rl_completion_append_character = ' ';
  }
  return rl_completion_matches(text, next_candidate);
}

// libedit's way of reading a key, replaced: a Ctrl-C that comes while the
// editor is busy between two reads (drawing what was typed) would otherwise
// be lost, the signal handled before read() starts and read() then waiting
// for the next key. Here SIGINT stays blocked but while waiting in ppoll(),
// so it either interrupts the wait or is seen before it: the line then ends
// as at end of input, and read_line() knows it was cancelled. Returns the
// key's code point (libedit takes it as a wide character), or EOF.
bool g_line_cancelled = false;  // read_key ended the line for a Ctrl-C

int read_key(FILE* /*in*/) {
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  sigset_t unblocked;
  pthread_sigmask(SIG_BLOCK, &interrupt, &unblocked);
  const auto next_byte = [&unblocked]() -> int {
    for (;;) {
      if (g_interrupted.load()) {
        g_line_cancelled = true;
        return EOF;
      }
      pollfd input{STDIN_FILENO, POLLIN, 0};
      if (ppoll(&input, 1, nullptr, &unblocked) < 0) {
        if (errno == EINTR) continue;
        return EOF;
      }
      unsigned char byte = 0;
      const ssize_t got = read(STDIN_FILENO, &byte, 1);
      if (got == 1) return byte;
      if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      return EOF;
    }
  };
  int key = next_byte();
  // A UTF-8 sequence's lead byte says how many continuation bytes follow.
  const int more = key < 0xC0 ? 0 : key < 0xE0 ? 1 : key < 0xF0 ? 2 : 3;
  if (key != EOF && more > 0) {
    key &= 0x3F >> more;
    for (int i = 0; i < more && key != EOF; ++i) {
      const int byte = next_byte();
      key = byte == EOF ? EOF : (key << 6) | (byte & 0x3F);
    }
  }
  pthread_sigmask(SIG_SETMASK, &unblocked, nullptr);
  return key;
}

enum class Read { kLine, kInterrupted, kEnd };

Read read_line(const char* prompt_text, std::string& line) {
  g_interrupted.store(false);
  g_line_cancelled = false;
  char* raw = readline(prompt_text);
  // Cancelled: the editor ends the line as at end of input, with what was
  // typed so far, which is dropped. (A Ctrl-C after the last key, as the line
  // is handed over, is the query's: it runs and is cancelled.)
  if (g_line_cancelled) {
    std::free(raw);  // NOLINT(cppcoreguidelines-no-malloc): readline's buffer
    return Read::kInterrupted;
  }
  if (raw == nullptr) return g_interrupted.load() ? Read::kInterrupted : Read::kEnd;
  line = raw;
  std::free(raw);  // NOLINT(cppcoreguidelines-no-malloc): readline's buffer
  // A Ctrl-C from here on is for the query this line runs: the flag is not
  // cleared again before it runs.
  return Read::kLine;
}

std::string trimmed(std::string_view text) { return std::string(trim_ascii_space(text)); }

const char* format_name(query::Format format) {
  switch (format) {
    case query::Format::Table:
      return "table";
    case query::Format::Json:
      return "json";
    case query::Format::Csv:
      return "csv";
  }
  return "table";
}

constexpr std::size_t kHistoryInMemory = 1000;

// What the :commands change, and what they read.
struct PromptState {
  const query::Engine& engine;
  query::Options options;
  Printing printing;
  std::map<std::string, std::string> parameter_texts;  // as typed, for :params
  std::vector<std::string> history;
  CommandContext& context;
};

void list_parameters(const PromptState& state) {
  if (state.parameter_texts.empty())
    state.context.out << "  no parameters (set one with :param NAME => VALUE)\n";
  for (const auto& [name, text] : state.parameter_texts)
    state.context.out << "  $" << name << " => " << text << "\n";
}

void set_parameter(PromptState& state, std::string_view rest) {
  std::string text = trimmed(rest);
  if (text.empty() || text == "list") return list_parameters(state);
  if (text == "clear") {
    state.parameter_texts.clear();
    state.options.parameters.clear();
    state.context.out << "  parameters cleared\n";
    return;
  }
  std::size_t arrow = text.find("=>");
  if (arrow == std::string::npos) {
    state.context.err
        << ":param takes NAME => VALUE, as in :param who => '中国' or :param years => [2020, 2023]\n";
    return;
  }
  std::string name = trimmed(std::string_view(text).substr(0, arrow));
  if (!name.empty() && name[0] == '$') name.erase(0, 1);
  std::string value_text = trimmed(std::string_view(text).substr(arrow + 2));
  if (name.empty() || name.find_first_of(" \t") != std::string::npos || value_text.empty()) {
    state.context.err
        << ":param takes NAME => VALUE, as in :param who => '中国' or :param years => [2020, 2023]\n";
    return;
  }
  try {
    state.options.parameters[name] = prompt_parameter_value(value_text);
    state.parameter_texts[name] = value_text;
    state.context.out << "  $" << name << " => " << value_text << "\n";
  } catch (const Error& error) {
    state.context.err << ":param " << name << ": " << error.what() << "\n";
  }
}

// A :command line. Returns false for :quit.
bool run_command(PromptState& state, const std::string& line) {
  std::string word = line.substr(
      1, line.find_first_of(" \t") == std::string::npos ? std::string::npos : line.find_first_of(" \t") - 1);
  std::string rest = trimmed(std::string_view(line).substr(1 + word.size()));
  std::ostream& out = state.context.out;
  if (word == "quit" || word == "q" || word == "exit") return false;
  if (word == "help") {
    out << "  MATCH (a)-[r]->(b) WHERE ... RETURN ...;   run a query (see query/README.md)\n"
           "  :format table|json|csv   how results are printed (now "
        << format_name(state.printing.format)
        << ")\n"
           "  :explain [on|off]        print the evidence of each path and relationship (now "
        << (state.printing.explain ? "on" : "off")
        << ")\n"
           "  :param NAME => VALUE     set $NAME: a JSON literal (3, [2020, 2023], \"3\"), a 'string', or "
           "text\n"
           "  :params                  list the parameters; :param clear forgets them\n"
           "  :history                 list earlier queries;  !N  runs query N again\n"
           "  :quit                    leave (or Ctrl-D)\n"
           "  Tab completes labels, relationship types, properties, functions and keywords;\n"
           "  Ctrl-C cancels the line or the running query.\n";
  } else if (word == "format") {
    if (auto format = query::format_named(rest)) {
      state.printing.format = *format;
      out << "  format " << rest << "\n";
    } else {
      state.context.err << ":format takes table, json or csv\n";
    }
  } else if (word == "explain") {
    if (rest.empty())
      state.printing.explain = !state.printing.explain;
    else if (rest == "on" || rest == "off")
      state.printing.explain = rest == "on";
    else
      state.context.err << ":explain takes on or off\n";
    out << "  explain " << (state.printing.explain ? "on" : "off") << "\n";
  } else if (word == "param") {
    set_parameter(state, rest);
  } else if (word == "params") {
    list_parameters(state);
  } else if (word == "history") {
    for (std::size_t i = 0; i < state.history.size(); ++i)
      out << "  " << i + 1 << "  " << state.history[i] << "\n";
  } else {
    state.context.err << "unknown command :" << word << " (:help lists them)\n";
  }
  return true;
}

}  // namespace

void run_one(const query::Engine& engine, const std::string& text, const query::Options& options,
             const Printing& printing, std::ostream& out) {
  query::Result result = engine.run(text, options);
  if (printing.explain)
    query::write_explanation(engine, result, out, printing.language);
  else
    query::write_result(engine, result, printing.format, out, printing.language);
}

query::Value prompt_parameter_value(std::string_view text) {
  if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
    std::string value;  // with \' and \\ as in a Cypher string
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
      if (text[i] == '\\' && i + 2 < text.size() && (text[i + 1] == '\'' || text[i + 1] == '\\')) ++i;
      value += text[i];
    }
    if (!utf8::is_valid(value)) throw Error("not valid UTF-8");
    return query::Value(std::move(value));
  }
  return query::parameter_value(text);
}

std::string history_path() {
  if (const char* path = std::getenv("KG_HISTORY")) return path;
  if (const char* home = std::getenv("HOME")) return std::string(home) + "/.kg_history";
  return "";
}

// A query runs when a line ends with ';' or on an empty line. The history
// file holds one query a line, appended as each runs.
int prompt(const query::Engine& engine, query::Options options, Printing printing, CommandContext& context) {
  // libedit reads UTF-8 (中国) only in a UTF-8 locale; kg's text is UTF-8
  // whatever the environment says.
  if (std::setlocale(LC_CTYPE, "") == nullptr || MB_CUR_MAX == 1) std::setlocale(LC_CTYPE, "C.UTF-8");
  PromptState state{engine, std::move(options), printing, {}, {}, context};
  for (const auto& entry : state.options.parameters) state.parameter_texts[entry.first] = "(from --param)";
  const query::Engine::Vocabulary vocabulary = engine.vocabulary();
  g_completion.vocabulary = &vocabulary;
  g_completion.parameters = &state.parameter_texts;

  rl_readline_name = "kg";  // for `kg:` lines in ~/.editrc
  rl_basic_word_break_characters = " \t\n\"'`$@><=;|&{}()[],:.+-*/%";
  rl_attempted_completion_function = complete;
  rl_getc_function = read_key;
  using_history();
  stifle_history(static_cast<int>(kHistoryInMemory));

  const std::string path = history_path();
  if (!path.empty()) {
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) state.history.push_back(line);
    }
    std::size_t first = state.history.size() > kHistoryInMemory ? state.history.size() - kHistoryInMemory : 0;
    for (std::size_t i = first; i < state.history.size(); ++i) add_history(state.history[i].c_str());
  }
  std::ofstream log;
  if (!path.empty()) log.open(path, std::ios::app);

  InterruptHandler interrupt_handler;
  state.options.cancel = &g_interrupted;
  context.out << "kg query: " << engine.graph().node_count() << " nodes, " << engine.graph().edge_count()
              << " edges. End a query with ';' or an empty line; :help for help, :quit or Ctrl-D to leave.\n";
  std::string pending;
  for (;;) {
    context.out << std::flush;
    std::string line;
    Read read = read_line(pending.empty() ? "kg> " : "... ", line);
    if (read == Read::kEnd) break;
    if (read == Read::kInterrupted) {  // Ctrl-C: drop the line and any query begun
      context.out << "\n";
      pending.clear();
      continue;
    }
    std::string text = trimmed(line);
    if (pending.empty()) {
      if (text.empty()) continue;
      if (text[0] == ':') {
        add_history(text.c_str());
        if (!run_command(state, text)) break;
        continue;
      }
      if (text.size() > 1 && text[0] == '!') {
        std::size_t n = 0;
        std::istringstream number(text.substr(1));
        if (!(number >> n) || n == 0 || n > state.history.size()) {
          context.err << "no query " << text.substr(1) << " in the history\n";
          continue;
        }
        text = state.history[n - 1];
        context.out << text << "\n";
      }
    }
    bool run = text.empty() || text.back() == ';';
    if (!text.empty()) pending += (pending.empty() ? "" : "\n") + text;
    if (!run || pending.empty()) continue;
    const std::string query_text = std::move(pending);
    pending.clear();
    std::string one_line = query_text;
    for (char& c : one_line) {
      if (c == '\n') c = ' ';
    }
    state.history.push_back(one_line);
    add_history(one_line.c_str());
    if (log) log << one_line << "\n" << std::flush;
    try {
      run_one(engine, query_text, state.options, state.printing, context.out);
    } catch (const query::Cancelled&) {
      context.err << "query cancelled\n";
    } catch (const Error& error) {
      context.err << printable_lines(error.what()) << "\n";
    }
  }
  context.out << "\n";
  return kExitOk;
}

}  // namespace kg::app
