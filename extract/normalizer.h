// Text prepared for matching — full-width forms folded, Traditional made
// Simplified, quote/dot/dash variants unified, Taiwan/Hong Kong words mapped —
// with every byte traced back to the byte of the input that produced it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::extract {

struct NormalizedText {
  std::string text;  // UTF-8
  // origin[i] = byte offset in the input of the character that produced
  // text[i]; size text.size() + 1, origin.back() = input size. Never
  // decreasing, so for a span [b, e) of whole characters of `text`,
  // input[origin[b], origin[e]) is the input that produced it.
  std::vector<std::uint32_t> origin;
  std::size_t original_offset(std::size_t normalized_offset) const { return origin[normalized_offset]; }
};

// Words of Taiwan and Hong Kong usage that Traditional → Simplified leaves
// as they are (網路 → 网路, not 网络), mapped to mainland usage.
class RegionalVocabulary {
 public:
  RegionalVocabulary() = default;  // maps nothing

  // From {"vocabulary": {"網路": "网络", …}} (comments and trailing commas
  // allowed). Keys and values may be written Traditional or Simplified: both
  // are normalized here. A key must be two characters or more — single
  // characters are Traditional → Simplified's business, and mapping one
  // would change every word it occurs in. Throws kg::FormatError naming
  // `source_name`, the line and column, and the JSON pointer of what is wrong.
  static RegionalVocabulary from_json(std::string_view json, const std::string& source_name);

  std::size_t size() const { return size_; }

  struct Replacement {
    std::string from;  // normalized
    std::string to;    // normalized
  };
  // The replacements whose `from` starts with code point `first`, longest first.
  const std::vector<Replacement>* starting_with(char32_t first) const;
  // The first byte offset from `from` where a word may start (the three
  // bytes there, by a hash, begin some word), or text.size(): a quick pass
  // over most of a text.
  std::size_t next_possible_start(std::string_view text, std::size_t from) const;

 private:
  std::unordered_map<char32_t, std::vector<Replacement>> by_first_;
  std::vector<bool> may_start_;  // indexed by code point & 0xFFFF: a quick "no" for most characters
  // A Bloom filter of the words' first three bytes (a two-byte word's with
  // any third): most of CJK shares a lead byte and a second byte with them.
  static std::size_t first_bytes_bit(unsigned char b0, unsigned char b1, unsigned char b2) {
    return ((std::uint32_t{b0} << 16 | std::uint32_t{b1} << 8 | b2) * 0x9E3779B1u) >> 16;
  }
  std::vector<std::uint64_t> first_bytes_;  // 2^16 bits
  std::size_t size_ = 0;
};

// The input (valid UTF-8) prepared for matching. Character by character:
//   - NFKC (ICU), so full-width ，（Ａ１ become ,(A1, ideographic space a space,
//     a base letter and its combining marks one composed letter;
//     except … and ⋯, kept: NFKC's "..." would end a sentence for ICU;
//   - Traditional → Simplified by ICU's "Traditional-Simplified" rules,
//     phrase rules included (顯著 → 显著 while 著 alone becomes 着); every
//     rule maps n characters to n, so offsets stay exact. A phrase's
//     Simplified result is left as it is (显著 stays 显著; ICU alone would
//     make it 显着). ICU's data has gaps (乾隆 still becomes 干隆);
//   - 「」 → “”, 『』 → ‘’, 〝〞〟„‟ → “”, ‚‛ → ‘; ASCII " and ' are left
//     alone: whether one opens or closes cannot be told from the character;
//   - middle dots ・‧•･∙·⋅᛫ (and Greek ·) → ·, as in 唐纳德·特朗普;
//   - dashes – ― ‒ → —; full-width － → — except after a digit (2025－11
//     is a date): ASCII - after a digit;
//   - zero-width space, word joiner, BOM, soft hyphen and LRM/RLM dropped.
// Then every `vocabulary` word, longest first, left to right, not re-read
// after replacement. The k-th character of a replacement maps to the k-th
// character of the word it replaces (the last one when the replacement is
// longer), so a mention covering the whole replacement maps back to the
// whole original word.
// Furniture (HTML, URLs …) is not blanked here: see blank_furniture().
// Thread-safe; each thread keeps its own cache of per-character results.
NormalizedText normalize(std::string_view utf8);
NormalizedText normalize(std::string_view utf8, const RegionalVocabulary& vocabulary);

}  // namespace kg::extract
