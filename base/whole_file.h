// Reading a file whole into memory, for the readers of every layer (text
// documents, graph files).
#pragma once

#include <string>

namespace kg {

// The bytes of the file at `path`, read into a string of the file's size
// where the file says it (a regular file), else grown as it is read (a pipe,
// /proc). Throws kg::IoError naming the file: "cannot open: …" or
// "cannot read: …" with the system's reason.
std::string read_whole_file(const std::string& path);

}  // namespace kg
