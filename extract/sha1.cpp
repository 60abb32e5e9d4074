// SHA-1 as FIPS 180-4 defines it, block by block.
#include "extract/sha1.h"

#include <bit>
#include <cstdio>
#include <cstring>

namespace kg::extract {
namespace {

std::uint32_t load_big_endian(const unsigned char* bytes) {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) | (std::uint32_t{bytes[2]} << 8) |
         std::uint32_t{bytes[3]};
}

}  // namespace

Sha1::Sha1() : state_{0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u} {}

// Rounds written out in fives so that the five working variables rotate by
// renaming rather than by moves, and the message schedule kept in 16 words.
void Sha1::process_block(const unsigned char* block) {
  std::uint32_t w[16];
  for (int i = 0; i < 16; ++i) w[i] = load_big_endian(block + 4 * i);
  auto schedule = [&w](int i) {
    return w[i & 15] = std::rotl(w[(i + 13) & 15] ^ w[(i + 8) & 15] ^ w[(i + 2) & 15] ^ w[i & 15], 1);
  };
  auto word = [&](int i) { return i < 16 ? w[i] : schedule(i); };
  std::uint32_t a = state_[0], b = state_[1], c = state_[2], d = state_[3], e = state_[4];
  auto choose = [](std::uint32_t x, std::uint32_t y, std::uint32_t z) { return z ^ (x & (y ^ z)); };
  auto parity = [](std::uint32_t x, std::uint32_t y, std::uint32_t z) { return x ^ y ^ z; };
  auto majority = [](std::uint32_t x, std::uint32_t y, std::uint32_t z) { return (x & y) | (z & (x | y)); };
  auto five_rounds = [&](int i, auto f, std::uint32_t k) {
    e += std::rotl(a, 5) + f(b, c, d) + k + word(i);
    b = std::rotl(b, 30);
    d += std::rotl(e, 5) + f(a, b, c) + k + word(i + 1);
    a = std::rotl(a, 30);
    c += std::rotl(d, 5) + f(e, a, b) + k + word(i + 2);
    e = std::rotl(e, 30);
    b += std::rotl(c, 5) + f(d, e, a) + k + word(i + 3);
    d = std::rotl(d, 30);
    a += std::rotl(b, 5) + f(c, d, e) + k + word(i + 4);
    c = std::rotl(c, 30);
  };
  for (int i = 0; i < 20; i += 5) five_rounds(i, choose, 0x5A827999u);
  for (int i = 20; i < 40; i += 5) five_rounds(i, parity, 0x6ED9EBA1u);
  for (int i = 40; i < 60; i += 5) five_rounds(i, majority, 0x8F1BBCDCu);
  for (int i = 60; i < 80; i += 5) five_rounds(i, parity, 0xCA62C1D6u);
  state_[0] += a;
  state_[1] += b;
  state_[2] += c;
  state_[3] += d;
  state_[4] += e;
}

void Sha1::update(std::string_view bytes) {
  total_bytes_ += bytes.size();
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t size = bytes.size();
  if (pending_size_ > 0) {
    const std::size_t take = std::min(size, pending_.size() - pending_size_);
    std::memcpy(pending_.data() + pending_size_, data, take);
    pending_size_ += take;
    data += take;
    size -= take;
    if (pending_size_ < pending_.size()) return;
    process_block(pending_.data());
    pending_size_ = 0;
  }
  for (; size >= 64; data += 64, size -= 64) process_block(data);
  std::memcpy(pending_.data(), data, size);
  pending_size_ = size;
}

std::string Sha1::hex_digest() {
  // Padding: 0x80, zeros to 56 bytes mod 64, then the length in bits.
  const std::uint64_t bits = total_bytes_ * 8;
  unsigned char padding[72] = {0x80};
  const std::size_t zeros = (pending_size_ < 56 ? 56 : 120) - pending_size_;
  for (int i = 0; i < 8; ++i) padding[zeros + static_cast<std::size_t>(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
  update(std::string_view(reinterpret_cast<const char*>(padding), zeros + 8));
  char hex[41];
  for (int i = 0; i < 5; ++i) std::snprintf(hex + 8 * i, 9, "%08x", state_[static_cast<std::size_t>(i)]);
  return std::string(hex, 40);
}

std::string sha1_hex(std::string_view bytes) {
  Sha1 hash;
  hash.update(bytes);
  return hash.hex_digest();
}

}  // namespace kg::extract
