// Normalization for matching. The per-character work (ICU NFKC, ICU
// Traditional → Simplified, folding) is cached per code point in a table of
// each thread's own, so after warm-up a character costs a table look-up; ASCII
// runs, and runs of characters known to stay as they are, are copied.
#include "extract/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "base/errors.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

void append_utf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);  // c is a code point from ICU or a literal: always valid
  out.append(buffer, static_cast<std::size_t>(length));
}

// The code point at byte `i`, `i` moved past it; ill-formed bytes (input is
// promised valid) show as U+FFFD.
UChar32 next_code_point(std::string_view text, std::size_t& i) {
  return static_cast<UChar32>(utf8::next(text, i));
}

// Enclosed and parenthesized numbers (①, ⑴, ⒈, ❶, ㉑): footnote marks in the text kg reads.
constexpr bool is_footnote_mark(UChar32 c) {
  return (c >= 0x2460 && c <= 0x24B5) || (c >= 0x24EA && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) ||
         (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF);
}

// What the folding step makes of one code point after NFKC and
// Traditional → Simplified; -1 drops it.
UChar32 fold(UChar32 c) {
  switch (c) {
    case 0x300C:
    case 0x301D:
    case 0x201E:
    case 0x201F:
      return 0x201C;  // 「 〝 „ ‟ → “
    case 0x300D:
    case 0x301E:
    case 0x301F:
      return 0x201D;  // 」 〞 〟 → ”
    case 0x300E:
    case 0x201A:
    case 0x201B:
      return 0x2018;  // 『 ‚ ‛ → ‘
    case 0x300F:
      return 0x2019;  // 』 → ’
    case 0x30FB:
    case 0x2027:
    case 0x2022:
    case 0x2219:
    case 0x22C5:  // ・ ‧ • ∙ ⋅
    case 0x16EB:
    case 0x2E31:
    case 0xA78F:
    case 0x1427:  // ᛫ ⸱ ꞏ ᐧ
      return 0x00B7;
    case 0x2013:
    case 0x2015:
    case 0x2012:
      return 0x2014;  // – ― ‒ → —
    // Invisible: they would split a name a matcher must see whole.
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
    case 0x200E:
    case 0x200F:
      return -1;
    default:
      return c;
  }
}

std::string fold_all(const icu::UnicodeString& text) {
  std::string out;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 folded = fold(c);
    if (folded >= 0) append_utf8(out, folded);
  }
  return out;
}

// ICU's Traditional-Simplified phrase rules (著名 > 著名, 乾隆 > 乾隆 …),
// read once from the transliterator's own rules. A transliterator run per
// character would miss them; run over whole texts it is far too slow.
class PhraseRules {
 public:
  struct Rule {
    std::string from;                        // UTF-8, as it appears in the input
    std::vector<std::uint8_t> from_lengths;  // UTF-8 length of each character of `from`
    std::vector<std::string> to;             // UTF-8 of each output character
  };

  PhraseRules() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t2s(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
      throw Error(std::string("ICU's Traditional-Simplified transliterator is missing: ") +
                  u_errorName(status));
    }
    icu::UnicodeString rules;
    t2s->toRules(rules, /*escapeUnprintable=*/true);
    std::string ascii;
    rules.toUTF8String(ascii);
    std::size_t begin = 0;
    for (std::size_t end; (end = ascii.find(';', begin)) != std::string::npos; begin = end + 1) {
      add(std::string_view(ascii).substr(begin, end - begin));
    }
    keep_simplified_results();
    // Lists are found by a number the per-character cache keeps, not by a
    // hash look-up: over a quarter of Chinese characters start some rule.
    for (auto& [first, rules] : by_first_) {
      lists_.push_back(std::move(rules));
      list_of_[first] = static_cast<std::uint16_t>(lists_.size());
    }
    if (lists_.size() > 0xFFFF)
      throw Error("ICU's Traditional-Simplified has more phrase rules than expected");
    for (const std::vector<Rule>& rules : lists_) {
      for (const Rule& rule : rules) {
        std::size_t i = 0;
        const UChar32 first = next_code_point(rule.from, i);
        const std::size_t bit = pair_bit(first, next_code_point(rule.from, i));
        pairs_[bit / 64] |= std::uint64_t{1} << (bit % 64);
      }
    }
    by_first_.clear();
  }

  // False when no rule starts with `first` then `second`; true when one may.
  // Most characters that start some rule are not followed by its second
  // character, and this answers from a small table, not the rules.
  bool may_start_with(UChar32 first, UChar32 second) const {
    const std::size_t bit = pair_bit(first, second);
    return (pairs_[bit / 64] >> (bit % 64)) & 1;
  }

  // The number of the rules starting with `c`, 0 if none.
  std::uint16_t list_for(UChar32 c) const {
    auto found = list_of_.find(c);
    return found == list_of_.end() ? 0 : found->second;
  }

  // Whether a rule may match at the character `first`, which ends at `next`.
  bool may_match(std::string_view text, UChar32 first, std::size_t next) const {
    if (next >= text.size()) return false;  // every rule has two characters or more
    return may_start_with(first, next_code_point(text, next));
  }

  // The first rule of list `list` in ICU's order (which is its priority) matching at `at`.
  const Rule* match(std::string_view text, std::size_t at, std::uint16_t list) const {
    for (const Rule& rule : lists_[list - 1u]) {
      if (text.compare(at, rule.from.size(), rule.from) == 0) return &rule;
    }
    return nullptr;
  }

 private:
  // One "\u5D11\u5C71 > \u6606\u5C71" rule. Only this plain form is
  // expected; anything else means ICU's data changed under us.
  void add(std::string_view statement) {
    auto trim = [](std::string_view s) {
      while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
      while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
      return s;
    };
    statement = trim(statement);
    if (statement.empty()) return;
    const std::size_t arrow = statement.find('>');
    std::vector<UChar32> from, to;
    if (arrow == std::string_view::npos || !unescape(trim(statement.substr(0, arrow)), from) ||
        !unescape(trim(statement.substr(arrow + 1)), to) || from.empty()) {
      throw Error("unexpected rule in ICU's Traditional-Simplified: " + std::string(statement));
    }
    if (from.size() < 2) return;  // single characters: the per-character cache asks ICU
    Rule rule;
    for (UChar32 c : from) {
      const std::size_t before = rule.from.size();
      append_utf8(rule.from, c);
      rule.from_lengths.push_back(static_cast<std::uint8_t>(rule.from.size() - before));
    }
    for (UChar32 c : to) {
      rule.to.emplace_back();
      append_utf8(rule.to.back(), c);
    }
    by_first_[from.front()].push_back(std::move(rule));
  }

  // ICU's contexts are Traditional (顯著 > 显著), so already-Simplified
  // text would lose them: 显著 would become 显着 by 著 > 着. A phrase's
  // Simplified result therefore stays as it is, after ICU's own rules.
  void keep_simplified_results() {
    std::vector<std::pair<UChar32, Rule>> kept;
    for (const auto& [first, rules] : by_first_) {
      for (const Rule& rule : rules) {
        std::string result;
        for (const std::string& c : rule.to) result += c;
        if (result == rule.from) continue;
        Rule keep{result, {}, rule.to};
        for (const std::string& c : rule.to) keep.from_lengths.push_back(static_cast<std::uint8_t>(c.size()));
        std::size_t i = 0;
        kept.emplace_back(next_code_point(result, i), std::move(keep));
      }
    }
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    for (auto& entry : kept) {
      Rule& rule = entry.second;
      std::vector<Rule>& rules = by_first_[entry.first];
      const bool known =
          std::any_of(rules.begin(), rules.end(), [&](const Rule& r) { return r.from == rule.from; });
      if (!known) rules.push_back(std::move(rule));
    }
  }

  static bool unescape(std::string_view text, std::vector<UChar32>& out) {
    for (std::size_t i = 0; i < text.size();) {
      if (text[i] != '\\' || i + 1 >= text.size() || (text[i + 1] != 'u' && text[i + 1] != 'U')) return false;
      const std::size_t digits = text[i + 1] == 'u' ? 4 : 8;
      if (i + 2 + digits > text.size()) return false;
      UChar32 c = 0;
      for (char h : text.substr(i + 2, digits)) {
        int value = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                           : -1;
        if (value < 0) return false;
        c = c * 16 + value;
      }
      out.push_back(c);
      i += 2 + digits;
    }
    return true;
  }

  static std::size_t pair_bit(UChar32 first, UChar32 second) {
    const auto hash =
        static_cast<std::uint32_t>(first) * 0x9E3779B1u ^ static_cast<std::uint32_t>(second) * 0x85EBCA77u;
    return (hash >> 15) % kPairBits;
  }

  static constexpr std::size_t kPairBits = 1 << 16;          // a few thousand pairs: few false "may"s
  std::unordered_map<UChar32, std::vector<Rule>> by_first_;  // while building
  std::vector<std::uint64_t> pairs_ =
      std::vector<std::uint64_t>(kPairBits / 64);  // a Bloom filter of (first, second)
  std::vector<std::vector<Rule>> lists_;
  std::unordered_map<UChar32, std::uint16_t> list_of_;
};

const PhraseRules& phrase_rules() {
  static const PhraseRules rules;  // immutable after construction: shared by all threads
  return rules;
}

// What one code point becomes, cached.
struct Mapping {
  std::uint32_t offset = 0;  // of its replacement in CharacterCache::pool_
  std::uint8_t length = 0;   // bytes of the replacement (0: dropped)
  std::uint8_t flags = 0;
  std::uint16_t phrases = 0;  // PhraseRules::list_for(the character)
};
enum : std::uint8_t {
  kKnown = 1,
  kCombinesBack = 2,   // NFKC may merge it with the character before (a combining mark)
  kFullWidthDash = 4,  // － : — between words, - after a digit
};

// Characters of the Simplified standard (GB 2312) that ICU's Traditional-
// Simplified still maps away, after Unihan's variants: 阪 → 坂 would turn
// 大阪 (Osaka, as mainland text writes it) into 大坂.
bool kept_as_written(UChar32 c) { return c == U'阪'; }

// Per thread: ICU transliterators are not safe to share, and a thread's
// own table needs no lock.
class CharacterCache {
 public:
  CharacterCache() : bmp_(0x10000) {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_ = icu::Normalizer2::getNFKCInstance(status);
    t2s_.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status))
      throw Error(std::string("cannot load ICU NFKC or Traditional-Simplified: ") + u_errorName(status));
  }

  // Inline where the character was seen before, as almost every one was.
  const Mapping& lookup(UChar32 c) {
    if (c >= 0 && c < 0x10000) {
      const Mapping& slot = bmp_[static_cast<std::size_t>(c)];
      if (slot.flags & kKnown) return slot;
    }
    return fill(c);
  }

  const char* bytes(const Mapping& mapping) const { return pool_.data() + mapping.offset; }

  // What the fast path may do with a BMP character without its Mapping:
  // two bits a character, 16 KB, so the test stays in the L1 cache where
  // the 512 KB of Mappings would not.
  enum Shortcut : unsigned { kLookUp = 0, kUnchanged = 1, kUnchangedButPhrases = 2 };
  Shortcut shortcut(UChar32 c) const {
    const auto index = static_cast<std::size_t>(c);
    return static_cast<Shortcut>((shortcuts_[index / 32] >> (index % 32 * 2)) & 3);
  }

  // A run of characters NFKC treats as one (a letter and its combining marks).
  std::string map_segment(std::string_view utf8) {
    return map(
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))));
  }

 private:
  [[gnu::noinline]] const Mapping& fill(UChar32 c) {
    Mapping& slot = c < 0x10000 ? bmp_[static_cast<std::size_t>(c)] : astral_[c];
    if (slot.flags & kKnown) return slot;
    std::string replacement;
    if (c == 0x2026 || c == 0x22EF) {  // … ⋯ : NFKC's "..." would end a sentence
      append_utf8(replacement, c);
    } else if (is_footnote_mark(c)) {
      // ①–⑳, ⑴, ❶: footnote marks, whose NFKC digits would run into a year (③2023年).
      replacement = " ";
    } else if (c == 0xFF0D) {
      replacement = "\u2014";
      slot.flags |= kFullWidthDash;
    } else if (kept_as_written(c)) {
      append_utf8(replacement, c);
    } else {
      replacement = map(icu::UnicodeString(c));
    }
    if (!nfkc_->hasBoundaryBefore(c)) slot.flags |= kCombinesBack;
    slot.phrases = phrase_rules().list_for(c);
    slot.offset = static_cast<std::uint32_t>(pool_.size());
    slot.length = static_cast<std::uint8_t>(replacement.size());  // NFKC's longest: 18 characters, 54 bytes
    slot.flags |= kKnown;
    pool_ += replacement;
    std::string itself;
    append_utf8(itself, c);
    // Not U+FFFD: it may stand for an ill-formed byte, which is not copied.
    if (c < 0x10000 && c != 0xFFFD && replacement == itself && (slot.flags & ~kKnown) == 0) {
      const Shortcut shortcut = slot.phrases == 0 ? kUnchanged : kUnchangedButPhrases;
      const auto index = static_cast<std::size_t>(c);
      shortcuts_[index / 32] |= std::uint64_t{shortcut} << (index % 32 * 2);
    }
    return slot;
  }

  std::string map(const icu::UnicodeString& text) {
    // Invisible characters go first, so "a", U+200B, U+0301 still composes to "á".
    icu::UnicodeString visible;
    for (int32_t i = 0; i < text.length(); i += U16_LENGTH(text.char32At(i))) {
      if (fold(text.char32At(i)) >= 0) visible.append(text.char32At(i));
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfkc_->normalize(visible, status);
    if (U_FAILURE(status)) throw Error(std::string("ICU NFKC normalization failed: ") + u_errorName(status));
    t2s_->transliterate(normalized);
    return fold_all(normalized);
  }

  const icu::Normalizer2* nfkc_ = nullptr;
  std::unique_ptr<icu::Transliterator> t2s_;
  std::vector<Mapping> bmp_;  // direct-mapped: most text is BMP
  std::vector<std::uint64_t> shortcuts_ = std::vector<std::uint64_t>(0x10000 / 32);
  std::unordered_map<UChar32, Mapping> astral_;  // node-based: references stay valid
  std::string pool_;
};

CharacterCache& character_cache() {
  thread_local CharacterCache cache;
  return cache;
}

// The normalized text as it grows: raw buffers, as a push_back per byte
// and per offset costs more than the rest of the work on a character.
class Output {
 public:
  explicit Output(std::size_t expected) {
    text_.resize(expected + 64);
    origin_.resize(expected + 64);
  }
  std::size_t size() const { return size_; }
  char last() const { return size_ == 0 ? '\0' : text_[size_ - 1]; }
  void truncate(std::size_t size) { size_ = size; }

  void put(const char* bytes, std::size_t length, std::uint32_t origin) {
    if (size_ + length > text_.size()) grow(length);
    char* text = text_.data() + size_;
    std::uint32_t* origins = origin_.data() + size_;
    for (std::size_t k = 0; k < length; ++k) {
      text[k] = bytes[k];
      origins[k] = origin;
    }
    size_ += length;
  }
  // Whole UTF-8 characters as they are, each its own origin.
  void put_characters(const char* bytes, std::size_t length, std::uint32_t origin) {
    if (size_ + length > text_.size()) grow(length);
    std::memcpy(text_.data() + size_, bytes, length);
    std::uint32_t* origins = origin_.data() + size_;
    for (std::size_t k = 0; k < length;) {
      const auto lead = static_cast<unsigned char>(bytes[k]);
      const std::size_t end = k + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4);
      for (const auto at = origin + static_cast<std::uint32_t>(k); k < end; ++k) origins[k] = at;
    }
    size_ += length;
  }
  // An ASCII run, each byte its own origin.
  void put_run(const char* bytes, std::size_t length, std::uint32_t origin) {
    if (size_ + length > text_.size()) grow(length);
    std::memcpy(text_.data() + size_, bytes, length);
    std::uint32_t* origins = origin_.data() + size_;
    for (std::size_t k = 0; k < length; ++k) origins[k] = origin + static_cast<std::uint32_t>(k);
    size_ += length;
  }

  NormalizedText finish(std::uint32_t input_size) && {
    text_.resize(size_);
    origin_.resize(size_ + 1);
    origin_[size_] = input_size;
    return {std::move(text_), std::move(origin_)};
  }

 private:
  void grow(std::size_t more) {
    const std::size_t capacity = std::max(text_.size() * 2, size_ + more);
    text_.resize(capacity);
    origin_.resize(capacity);
  }

  std::string text_;
  std::vector<std::uint32_t> origin_;
  std::size_t size_ = 0;
};

NormalizedText normalize_characters(std::string_view in) {
  CharacterCache& cache = character_cache();
  const PhraseRules& phrases = phrase_rules();
  const auto* bytes = reinterpret_cast<const uint8_t*>(in.data());
  const std::size_t n = in.size();
  Output out(n);
  // Where the last character began, in the input and in the output: a
  // combining mark after it makes the two one NFKC segment, redone together.
  std::size_t segment_in = 0, segment_out = 0;
  // Whether `character`, which ends at `after`, is copied as it is: known
  // to map to itself, and starting no phrase rule there.
  auto stays = [&](UChar32 character, std::size_t after) {
    const auto shortcut = character < 0x10000 ? cache.shortcut(character) : CharacterCache::kLookUp;
    return shortcut == CharacterCache::kUnchanged ||
           (shortcut == CharacterCache::kUnchangedButPhrases && !phrases.may_match(in, character, after));
  };
  for (std::size_t i = 0; i < n;) {
    if (bytes[i] < 0x80) {
      std::size_t j = i + 1;
      while (j < n && bytes[j] < 0x80) ++j;
      out.put_run(in.data() + i, j - i, static_cast<std::uint32_t>(i));
      segment_in = j - 1;
      segment_out = out.size() - 1;
      i = j;
      continue;
    }
    std::size_t next = i;
    const UChar32 c = next_code_point(in, next);
    // Most characters of Chinese text stay as they are: a run of them is
    // copied at once.
    if (stays(c, next)) {
      std::size_t last = i, end = next;  // the run is [i, end), its last character starts at `last`
      while (end < n && bytes[end] >= 0x80) {
        std::size_t after = end;
        const UChar32 character = next_code_point(in, after);
        if (!stays(character, after)) break;
        last = end;
        end = after;
      }
      out.put_characters(in.data() + i, end - i, static_cast<std::uint32_t>(i));
      segment_in = last;
      segment_out = out.size() - (end - last);
      i = end;
      continue;
    }
    const Mapping& mapping = cache.lookup(c);
    if ((mapping.flags & kCombinesBack) && i > 0) {
      std::size_t end = next;
      for (std::size_t peek = end; end < n && bytes[end] >= 0x80; end = peek) {
        if (!(cache.lookup(next_code_point(in, peek)).flags & kCombinesBack)) break;
      }
      out.truncate(segment_out);
      const std::string merged = cache.map_segment(in.substr(segment_in, end - segment_in));
      out.put(merged.data(), merged.size(), static_cast<std::uint32_t>(segment_in));
      i = end;
      continue;
    }
    if (mapping.phrases != 0 && phrases.may_match(in, c, next)) {
      if (const PhraseRules::Rule* rule = phrases.match(in, i, mapping.phrases)) {
        // n characters to n: each output character keeps its input's offset.
        std::size_t at = i;
        for (std::size_t k = 0; k < rule->to.size(); ++k) {
          segment_in = at;
          segment_out = out.size();
          out.put(rule->to[k].data(), rule->to[k].size(), static_cast<std::uint32_t>(at));
          if (k + 1 < rule->from_lengths.size()) at += rule->from_lengths[k];
        }
        i += rule->from.size();
        continue;
      }
    }
    if (mapping.length == 0) {  // dropped: a combining mark after it belongs to the character before
      i = next;
      continue;
    }
    segment_in = i;
    segment_out = out.size();
    if ((mapping.flags & kFullWidthDash) && out.last() >= '0' && out.last() <= '9') {
      out.put("-", 1, static_cast<std::uint32_t>(i));
    } else {
      out.put(cache.bytes(mapping), mapping.length, static_cast<std::uint32_t>(i));
    }
    i = next;
  }
  return std::move(out).finish(static_cast<std::uint32_t>(n));
}

void apply_vocabulary(NormalizedText& text, const RegionalVocabulary& vocabulary) {
  const std::string& s = text.text;
  NormalizedText out;
  std::size_t copied = 0;  // text[0, copied) is in `out` already
  std::vector<std::uint32_t> word_origins;
  // Every byte is tried, not every character: no word starts with a
  // continuation byte, and a test per byte waits on no character's length.
  for (std::size_t at = 0; (at = vocabulary.next_possible_start(s, at)) < s.size(); ++at) {
    std::size_t i = at;
    const auto* candidates = vocabulary.starting_with(static_cast<char32_t>(next_code_point(s, i)));
    if (candidates == nullptr) continue;
    for (const RegionalVocabulary::Replacement& word : *candidates) {
      if (s.compare(at, word.from.size(), word.from) != 0) continue;
      if (copied == 0) {
        out.text.reserve(s.size() + 64);
        out.origin.reserve(s.size() + 65);
      }
      out.text.append(s, copied, at - copied);
      out.origin.insert(out.origin.end(), text.origin.begin() + static_cast<std::ptrdiff_t>(copied),
                        text.origin.begin() + static_cast<std::ptrdiff_t>(at));
      word_origins.clear();
      for (std::size_t k = at; k < at + word.from.size(); next_code_point(s, k))
        word_origins.push_back(text.origin[k]);
      std::size_t index = 0;
      for (std::size_t k = 0; k < word.to.size(); ++index) {
        const std::size_t start = k;
        next_code_point(word.to, k);
        out.text.append(word.to, start, k - start);
        out.origin.insert(out.origin.end(), k - start,
                          word_origins[std::min(index, word_origins.size() - 1)]);
      }
      copied = at + word.from.size();
      at = copied - 1;  // on after the word: it is not read again
      break;
    }
  }
  if (copied == 0) return;
  out.text.append(s, copied, std::string::npos);
  out.origin.insert(out.origin.end(), text.origin.begin() + static_cast<std::ptrdiff_t>(copied),
                    text.origin.end());
  text = std::move(out);
}

}  // namespace

std::size_t RegionalVocabulary::next_possible_start(std::string_view text, std::size_t from) const {
  if (first_bytes_.empty()) return text.size();
  const std::uint64_t* bits = first_bytes_.data();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t at = from; at + 1 < size; ++at) {
    const std::size_t bit = first_bytes_bit(bytes[at], bytes[at + 1], at + 2 < size ? bytes[at + 2] : 0);
    if ((bits[bit / 64] >> (bit % 64)) & 1) return at;
  }
  return size;
}

const std::vector<RegionalVocabulary::Replacement>* RegionalVocabulary::starting_with(char32_t first) const {
  if (may_start_.empty() || !may_start_[first & 0xFFFF]) return nullptr;
  auto found = by_first_.find(first);
  return found == by_first_.end() ? nullptr : &found->second;
}

NormalizedText normalize(std::string_view utf8) { return normalize(utf8, RegionalVocabulary()); }

NormalizedText normalize(std::string_view utf8, const RegionalVocabulary& vocabulary) {
  if (utf8.size() >= 0xFFFFFFFFu)
    throw Error("a text of 4 GiB or more cannot be normalized: offsets are 32-bit");
  NormalizedText text = normalize_characters(utf8);
  if (vocabulary.size() != 0) apply_vocabulary(text, vocabulary);
  return text;
}

}  // namespace kg::extract
