// The subcommands of `kg`, one file each; main.cpp lists them.
#pragma once

#include <span>
#include <string>

#include "app/cli.h"

namespace kg::app {

int run_build(std::span<const std::string> args, CommandContext& context);
int run_stats(std::span<const std::string> args, CommandContext& context);
int run_show(std::span<const std::string> args, CommandContext& context);
int run_export(std::span<const std::string> args, CommandContext& context);
int run_query(std::span<const std::string> args, CommandContext& context);
int run_neighbors(std::span<const std::string> args, CommandContext& context);
int run_path(std::span<const std::string> args, CommandContext& context);
int run_extract(std::span<const std::string> args, CommandContext& context);
int run_merge(std::span<const std::string> args, CommandContext& context);
int run_remove(std::span<const std::string> args, CommandContext& context);

}  // namespace kg::app
