#include "text/sha1.h"

#include <gtest/gtest.h>

#include <boost/uuid/detail/sha1.hpp>
#include <random>
#include <string_view>
#include <vector>

namespace kg::text {
namespace {

TEST(Sha1, KnownAnswers) {  // FIPS 180-2 appendix A and the empty message
  EXPECT_EQ(sha1_hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(sha1_hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(sha1_hex(std::string(1000000, 'a')), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

std::string boost_sha1(const std::string& bytes) {
  boost::uuids::detail::sha1 hash;
  hash.process_bytes(bytes.data(), bytes.size());
  boost::uuids::detail::sha1::digest_type digest;
  hash.get_digest(digest);
  char hex[41];
  for (std::size_t i = 0; i < 5; ++i) std::snprintf(hex + 8 * i, 9, "%08x", digest[i]);
  return std::string(hex, 40);
}

std::string portable_sha1(std::string_view bytes) {
  Sha1 hash(/*allow_sha_extensions=*/false);
  hash.update(bytes);
  return hash.hex_digest();
}

TEST(Sha1, PortableCodeGivesTheKnownAnswers) {
  EXPECT_FALSE(Sha1(false).uses_sha_extensions());
  EXPECT_EQ(portable_sha1(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(portable_sha1("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(portable_sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(portable_sha1(std::string(1000000, 'a')), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

// Where the processor has SHA extensions (most x86 since 2017), they and the
// portable code agree on every length up to a few blocks and on long inputs.
TEST(Sha1, ShaExtensionsAgreeWithThePortableCode) {
  if (!Sha1().uses_sha_extensions()) GTEST_SKIP() << "no SHA extensions on this processor";
  std::mt19937 random(11);
  std::vector<std::size_t> lengths;
  for (std::size_t length = 0; length < 520; ++length) lengths.push_back(length);
  for (std::size_t length : {4095u, 4096u, 65537u, 1000003u}) lengths.push_back(length);
  for (std::size_t length : lengths) {
    std::string bytes(length, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    EXPECT_EQ(sha1_hex(bytes), portable_sha1(bytes)) << "length " << length;
  }
}

// Every length around the padding boundaries (55, 56, 63, 64 …), fed in
// pieces of random sizes, agrees with Boost's byte-at-a-time SHA-1.
TEST(Sha1, AnySplitOfAnyLengthGivesBoostsDigest) {
  std::mt19937 random(7);
  for (std::size_t length = 0; length < 300; ++length) {
    std::string bytes(length, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    Sha1 hash;
    for (std::size_t at = 0; at < length;) {
      const std::size_t piece = std::min<std::size_t>(length - at, random() % 80);
      hash.update(std::string_view(bytes).substr(at, piece));
      at += piece;
    }
    EXPECT_EQ(hash.hex_digest(), boost_sha1(bytes)) << "length " << length;
  }
}

}  // namespace
}  // namespace kg::text
