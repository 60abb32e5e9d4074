// What every kg subcommand shares: exit codes, usage errors, and a small
// parser for `--option value` / `-o value` / `--flag` / positional arguments.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/errors.h"

namespace kg::app {

// The exit codes kg documents in its README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUserError = 1;  // bad input, graph file or query
inline constexpr int kExitUsage = 2;      // bad command line
inline constexpr int kExitPartial = 3;    // done, but some inputs were skipped
inline constexpr int kExitFailure = 4;    // an unexpected failure (of the system, or a bug in kg)
inline constexpr int kExitBusy = 5;       // --no-wait, and another kg is writing an output

// A command line that cannot be run as written; main() prints it with a
// pointer to --help and exits kExitUsage (it catches it before kg::Error).
class UsageError : public Error {
 public:
  using Error::Error;
};

struct OptionSpec {
  std::string_view name;     // long name without dashes: "output"
  char short_name = '\0';    // 'o', or '\0' for none
  bool takes_value = false;  // --output FILE, --output=FILE, -o FILE
  bool repeatable = false;   // may be given more than once
};

// Parses a subcommand's arguments (everything after the subcommand's name).
// "--" ends options. Unknown options and missing values throw UsageError.
class Arguments {
 public:
  Arguments(std::span<const std::string> args, std::span<const OptionSpec> options);

  bool has(std::string_view name) const { return values_.count(std::string(name)) > 0; }
  std::optional<std::string> value(std::string_view name) const;
  std::vector<std::string> values(std::string_view name) const;
  const std::vector<std::string>& positionals() const { return positionals_; }
  bool wants_help() const { return help_; }

  // A whole number option, with the option named in the UsageError.
  std::optional<long long> number(std::string_view name, long long min, long long max) const;

 private:
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positionals_;
  bool help_ = false;
};

struct CommandContext {
  std::ostream& out;
  std::ostream& err;
  // Set by main(): the process ends when the command returns (see keep_until_exit).
  bool process_ends_after = false;
};

namespace detail {
void keep_alive(std::shared_ptr<void> object);
}

// Hands `object` over to live until the process exits, when the command is
// the process's last act: freeing a graph of millions of nodes piece by piece
// takes seconds, which the operating system does at once when the process
// ends. Otherwise (a test calling the command) `object` is left to its owner.
// Call from the command's own thread.
template <typename T>
requires(!std::is_lvalue_reference_v<T>)  // moved in, never copied
    void keep_until_exit(const CommandContext& context, T&& object) {
  if (context.process_ends_after) {
    detail::keep_alive(std::make_shared<std::remove_cvref_t<T>>(std::forward<T>(object)));
  }
}

// One subcommand: `kg NAME ...`.
struct Command {
  std::string_view name;
  std::string_view summary;  // one line for `kg --help`
  int (*run)(std::span<const std::string> args, CommandContext& context);
};

}  // namespace kg::app
