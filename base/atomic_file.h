// Writing an output so that a failure never leaves half a file behind.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace kg {

// Writes `path` through a temporary file in the same directory that is
// flushed to disk and renamed over `path` only after `write` returned: a
// reader, or a crash, sees the previous file or the new one, never a part.
// Throws kg::IoError naming the file; rethrows what `write` throws, after
// removing the temporary file.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kg
