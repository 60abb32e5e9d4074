// The errors kg reports to users. Every message is complete on its own and
// names the file (and line and column where there is one), compiler style.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace kg {

// Base of every error meant for a user; the CLI prints what() and exits 1.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A file could not be opened, read, written or renamed.
class IoError : public Error {
 public:
  IoError(std::string path, const std::string& problem)
      : Error(path + ": " + problem), path_(std::move(path)) {}
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A file's content is not what it should be. line and column are 1-based;
// 0 means the position is not known (a problem with the file as a whole).
class FormatError : public Error {
 public:
  FormatError(std::string path, std::size_t line, std::size_t column, std::string problem)
      : Error(describe(path, line, column, problem)),
        path_(std::move(path)),
        line_(line),
        column_(column),
        problem_(std::move(problem)) {}

  const std::string& path() const { return path_; }
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }
  const std::string& problem() const { return problem_; }

 private:
  static std::string describe(const std::string& path, std::size_t line, std::size_t column,
                              const std::string& problem) {
    // Appended piece by piece: GCC 12's -Wrestrict misfires on ":" + to_string().
    std::string where = path;
    if (line > 0) where.append(":").append(std::to_string(line));
    if (line > 0 && column > 0) where.append(":").append(std::to_string(column));
    return where.append(": ").append(problem);
  }

  std::string path_;
  std::size_t line_;
  std::size_t column_;
  std::string problem_;
};

}  // namespace kg
