// SHA-1 as FIPS 180-4 defines it, block by block: with the x86 SHA
// extensions where the processor has them (about 7x faster), else portably.
#include "text/sha1.h"

#include <bit>
#include <cstdio>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define KG_SHA1_X86 1
#endif

namespace kg::text {
namespace {

std::uint32_t load_big_endian(const unsigned char* bytes) {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) | (std::uint32_t{bytes[2]} << 8) |
         std::uint32_t{bytes[3]};
}

// Rounds written out in fives so that the five working variables rotate by
// renaming rather than by moves, and the message schedule kept in 16 words.
void process_blocks_portably(std::uint32_t* state, const unsigned char* block, std::size_t blocks) {
  for (; blocks > 0; --blocks, block += 64) {
    std::uint32_t w[16];
    for (std::size_t i = 0; i < 16; ++i) w[i] = load_big_endian(block + 4 * i);
    auto schedule = [&w](int i) {
      return w[i & 15] = std::rotl(w[(i + 13) & 15] ^ w[(i + 8) & 15] ^ w[(i + 2) & 15] ^ w[i & 15], 1);
    };
    auto word = [&](int i) { return i < 16 ? w[i] : schedule(i); };
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
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
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
  }
}

#ifdef KG_SHA1_X86
// Four rounds with round function `kFunction` (0 choose, 1 parity, 2
// majority, 3 parity): sha1nexte derives E from the ABCD of four rounds
// back and adds the four message words.
template <int kFunction>
[[gnu::target("sha,sse4.1"), gnu::always_inline]] inline void four_rounds(__m128i& abcd, __m128i& abcd_before,
                                                                          __m128i words) {
  const __m128i e_and_words = _mm_sha1nexte_epu32(abcd_before, words);
  abcd_before = abcd;
  abcd = _mm_sha1rnds4_epu32(abcd, e_and_words, kFunction);
}

// Intel's SHA extensions: sha1rnds4 does four rounds, sha1msg1/sha1msg2
// the message schedule four words at a time.
[[gnu::target("sha,sse4.1")]] void process_blocks_with_sha_extensions(std::uint32_t* state,
                                                                      const unsigned char* block,
                                                                      std::size_t blocks) {
  const __m128i big_endian = _mm_set_epi64x(0x0001020304050607LL, 0x08090A0B0C0D0E0FLL);
  __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0x1B);
  __m128i e = _mm_set_epi32(static_cast<int>(state[4]), 0, 0, 0);
  for (; blocks > 0; --blocks, block += 64) {
    const __m128i abcd_saved = abcd, e_saved = e;
    __m128i w[4];  // w[g % 4]: the message words 4g .. 4g+3 of group g
    for (std::size_t i = 0; i < 4; ++i) {
      w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i)), big_endian);
    }
    __m128i abcd_before = abcd;
    abcd = _mm_sha1rnds4_epu32(abcd, _mm_add_epi32(e, w[0]), 0);
#pragma GCC unroll 19
    for (int g = 1; g < 20; ++g) {
      if (g >= 4) {  // W[t] = rotl1(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16]), four at a time
        w[g % 4] = _mm_sha1msg2_epu32(
            _mm_xor_si128(_mm_sha1msg1_epu32(w[g % 4], w[(g + 1) % 4]), w[(g + 2) % 4]), w[(g + 3) % 4]);
      }
      if (g < 5) {
        four_rounds<0>(abcd, abcd_before, w[g % 4]);
      } else if (g < 10) {
        four_rounds<1>(abcd, abcd_before, w[g % 4]);
      } else if (g < 15) {
        four_rounds<2>(abcd, abcd_before, w[g % 4]);
      } else {
        four_rounds<3>(abcd, abcd_before, w[g % 4]);
      }
    }
    e = _mm_sha1nexte_epu32(abcd_before, e_saved);
    abcd = _mm_add_epi32(abcd, abcd_saved);
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_shuffle_epi32(abcd, 0x1B));
  state[4] = static_cast<std::uint32_t>(_mm_extract_epi32(e, 3));
}

// By CPUID rather than __builtin_cpu_supports, whose "sha" clang 14 (the
// fuzz build) does not know: SSE4.1 in leaf 1, SHA in leaf 7.
bool has_sha_extensions() {
  static const bool has = [] {
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || (ecx & bit_SSE4_1) == 0) return false;
    return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 && (ebx & bit_SHA) != 0;
  }();
  return has;
}
#else
bool has_sha_extensions() { return false; }
#endif

}  // namespace

Sha1::Sha1(bool allow_sha_extensions)
    : state_{0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u},
      use_sha_extensions_(allow_sha_extensions && has_sha_extensions()) {}

bool Sha1::uses_sha_extensions() const { return use_sha_extensions_; }

void Sha1::process_blocks(const unsigned char* blocks, std::size_t count) {
#ifdef KG_SHA1_X86
  if (use_sha_extensions_) {
    process_blocks_with_sha_extensions(state_.data(), blocks, count);
    return;
  }
#endif
  process_blocks_portably(state_.data(), blocks, count);
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
    process_blocks(pending_.data(), 1);
    pending_size_ = 0;
  }
  process_blocks(data, size / 64);
  data += size / 64 * 64;
  size %= 64;
  std::memcpy(pending_.data(), data, size);
  pending_size_ = size;
}

std::string Sha1::hex_digest() {
  // Padding: 0x80, zeros to 56 bytes mod 64, then the length in bits.
  const std::uint64_t bits = total_bytes_ * 8;
  unsigned char padding[72] = {0x80};
  const std::size_t zeros = (pending_size_ < 56 ? 56 : 120) - pending_size_;
  for (int i = 0; i < 8; ++i)
    padding[zeros + static_cast<std::size_t>(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
  update(std::string_view(reinterpret_cast<const char*>(padding), zeros + 8));
  char hex[41];
  for (std::size_t i = 0; i < 5; ++i) std::snprintf(hex + 8 * i, 9, "%08x", state_[i]);
  return std::string(hex, 40);
}

std::string sha1_hex(std::string_view bytes) {
  Sha1 hash;
  hash.update(bytes);
  return hash.hex_digest();
}

}  // namespace kg::text
