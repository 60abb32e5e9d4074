// Reading a file whole into memory, for the readers of every layer (text
// documents, graph files).
#pragma once

#include <cstddef>
#include <limits>
#include <string>

namespace kg {

// The most kg reads of one kind of file, and that kind in words for the
// error: "g.kg.json: larger than 64 MB, the most kg reads as a rules file".
struct ReadLimit {
  std::size_t max_bytes = std::numeric_limits<std::size_t>::max();
  const char* kind = "a file";
  // When not '\0', the first byte after blanks (and a UTF-8 byte order mark)
  // that a file of unknown size (a pipe, a device) must begin with: '{' for
  // a JSON object. /dev/zero is then refused at its first byte, not after
  // max_bytes of zeros.
  char opening = '\0';
};

// The bytes of the file at `path`, read into a string of the file's size
// where the file says it (a regular file), else grown as it is read (a pipe,
// /proc). Throws kg::IoError naming the file: "cannot open: …" or
// "cannot read: …" with the system's reason.
// At most limit.max_bytes + 1 bytes are read, so that an endless or huge
// file fails with kg::IoError "PATH: larger than N MB, the most kg reads as
// KIND" instead of filling memory; a regular file is refused by its size
// before it is read. With limit.opening, a stream that begins otherwise
// fails at once: "PATH: not KIND: it begins with byte 0x00, not '{'".
std::string read_whole_file(const std::string& path, const ReadLimit& limit = {});

}  // namespace kg
