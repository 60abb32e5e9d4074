// Argument parsing shared by the subcommands.
#include "app/cli.h"

#include <algorithm>
#include <charconv>

namespace kg::app {
namespace {

const OptionSpec* find_long(std::span<const OptionSpec> options, std::string_view name) {
  auto it =
      std::find_if(options.begin(), options.end(), [&](const OptionSpec& spec) { return spec.name == name; });
  return it == options.end() ? nullptr : &*it;
}

const OptionSpec* find_short(std::span<const OptionSpec> options, char name) {
  auto it = std::find_if(options.begin(), options.end(),
                         [&](const OptionSpec& spec) { return spec.short_name == name; });
  return it == options.end() ? nullptr : &*it;
}

}  // namespace

void detail::keep_alive(std::shared_ptr<void> object) {
  // Never freed, by design; reachable, so leak checkers stay quiet.
  static auto* const kept = new std::vector<std::shared_ptr<void>>();
  kept->push_back(std::move(object));
}

Arguments::Arguments(std::span<const std::string> args, std::span<const OptionSpec> options) {
  auto add_flag = [&](const OptionSpec& flag) {
    std::string name(flag.name);
    if (!flag.repeatable && values_.count(name))
      throw UsageError("option '--" + name + "' given more than once");
    values_[name].push_back("");
  };
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_ended || arg.size() < 2 || arg[0] != '-') {
      positionals_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_ended = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      help_ = true;
      continue;
    }
    const OptionSpec* spec = nullptr;
    std::optional<std::string> inline_value;
    std::string shown = arg;
    if (arg.rfind("--", 0) == 0) {
      std::string_view body = std::string_view(arg).substr(2);
      if (auto eq = body.find('='); eq != std::string_view::npos) {
        inline_value = std::string(body.substr(eq + 1));
        body = body.substr(0, eq);
        shown = "--" + std::string(body);
      }
      spec = find_long(options, body);
    } else {
      // -j4 as -j 4, and flags together: -qa as -q -a, -qj4 as -q -j 4.
      std::size_t at = 1;
      for (; at + 1 < arg.size(); ++at) {
        const OptionSpec* flag = find_short(options, arg[at]);
        if (!flag) throw UsageError("unknown option '-" + std::string(1, arg[at]) + "'");
        if (flag->takes_value) break;
        add_flag(*flag);
      }
      spec = find_short(options, arg[at]);
      shown = "-" + std::string(1, arg[at]);
      if (spec && at + 1 < arg.size()) inline_value = arg.substr(at + 1);
    }
    if (!spec) throw UsageError("unknown option '" + shown + "'");
    if (!spec->takes_value) {
      if (inline_value) throw UsageError("option '--" + std::string(spec->name) + "' takes no value");
      add_flag(*spec);
      continue;
    }
    std::string name(spec->name);
    if (!spec->repeatable && values_.count(name)) {
      throw UsageError("option '--" + name + "' given more than once");
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) throw UsageError("option '" + shown + "' needs a value");
      inline_value = args[++i];
    }
    values_[name].push_back(*inline_value);
  }
}

std::optional<std::string> Arguments::value(std::string_view name) const {
  auto it = values_.find(std::string(name));
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Arguments::values(std::string_view name) const {
  auto it = values_.find(std::string(name));
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::optional<long long> Arguments::number(std::string_view name, long long min, long long max) const {
  std::optional<std::string> text = value(name);
  if (!text) return std::nullopt;
  long long parsed = 0;
  auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), parsed);
  if (error != std::errc() || end != text->data() + text->size() || parsed < min || parsed > max) {
    throw UsageError("option '--" + std::string(name) + "' needs a whole number from " + std::to_string(min) +
                     " to " + std::to_string(max) + ", not '" + *text + "'");
  }
  return parsed;
}

}  // namespace kg::app
