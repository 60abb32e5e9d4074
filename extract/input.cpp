// Input files: directory walking, decoding (extract/charset.h) and hashing.
#include "extract/input.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/uuid/detail/sha1.hpp>

#include "extract/charset.h"
#include "graph/errors.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string sha1_hex(std::string_view bytes) {
  boost::uuids::detail::sha1 hash;
  hash.process_bytes(bytes.data(), bytes.size());
  boost::uuids::detail::sha1::digest_type digest;
  hash.get_digest(digest);
  char hex[41];
  for (int i = 0; i < 5; ++i) std::snprintf(hex + 8 * i, 9, "%08x", digest[i]);
  return std::string(hex, 40);
}

}  // namespace

std::vector<std::string> collect_input_files(std::span<const std::string> paths,
                                             const std::function<void(const std::string&)>& warn) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) throw IoError(path, "no such file or directory");
    if (!fs::is_directory(status)) {
      // A FIFO would block for ever and /dev/zero never ends: like special
      // files below a directory, they are not read.
      if (fs::is_regular_file(status)) files.push_back(path);
      else warn(path + ": not a regular file (skipped)");
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    if (error) throw IoError(path, "cannot list the directory: " + error.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (error) {  // the iterator cannot go on after an error: say what was left unread
        warn(path + ": stopped listing the directory: " + error.message() +
             " (the rest of it skipped)");
        break;
      }
      const fs::directory_entry& entry = *it;
      if (is_hidden(entry.path())) {
        if (entry.is_directory(error)) it.disable_recursion_pending();
        continue;
      }
      if (entry.is_symlink(error) && entry.is_directory(error)) {
        it.disable_recursion_pending();  // never follow: links can loop
        continue;
      }
      if (entry.is_directory(error)) continue;
      if (!entry.is_regular_file(error)) {
        warn(entry.path().string() + ": not a regular file (skipped)");
        continue;
      }
      found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

Document make_document(std::string id, std::string bytes) {
  Document document;
  document.bytes = bytes.size();
  document.sha1 = sha1_hex(bytes);
  document.id = std::move(id);
  DecodedText decoded = decode_to_utf8(bytes, document.id);
  document.encoding = std::move(decoded.encoding);
  if (decoded.converted) {
    document.text = std::move(decoded.utf8);
    return document;
  }
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (std::string_view(bytes).substr(0, 3) == kByteOrderMark) {
    bytes.erase(0, 3);
    document.text_offset = 3;
  }
  document.text = std::move(bytes);
  return document;
}

Document read_document(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw IoError(path, std::string("cannot read: ") + std::strerror(errno));
  return make_document(path, std::move(content).str());
}

}  // namespace kg::extract
