// SHA-1 of a file's bytes, the content identity a graph records for each
// document. Boost's detail::sha1 feeds one byte at a time (150 MB/s here),
// which made hashing a third of the time budget of a fast build; this one
// works on whole 64-byte blocks, with the x86 SHA extensions where the
// processor has them (checked at run time).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text {

class Sha1 {
 public:
  // `allow_sha_extensions` false: the portable code even where the processor
  // has SHA instructions (tests compare the two).
  explicit Sha1(bool allow_sha_extensions = true);
  bool uses_sha_extensions() const;
  // Feeds more bytes; any split of the input gives the same digest.
  void update(std::string_view bytes);
  // The digest as 40 lower-case hex digits. Ends the hash: call once.
  std::string hex_digest();

 private:
  void process_blocks(const unsigned char* blocks, std::size_t count);

  std::array<std::uint32_t, 5> state_;
  std::array<unsigned char, 64> pending_{};  // a block not yet complete
  std::size_t pending_size_ = 0;
  std::uint64_t total_bytes_ = 0;
  bool use_sha_extensions_;
};

// The hex SHA-1 of `bytes`.
std::string sha1_hex(std::string_view bytes);

}  // namespace kg::text
