// Loading the regional vocabulary. RapidJSON's SAX reader is used rather
// than a DOM so every error can name the line and column of its entry.
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "base/errors.h"
#include "base/json_pointer.h"
#include "base/text_position.h"
#include "extract/normalizer.h"

namespace kg::extract {
namespace {

// RapidJSON reads through a local copy of a StringStream while it parses a
// token, so a handler asking it for the position would get a stale one.
// It does not copy a stream type it does not know, like this one.
class PositionedStream {
 public:
  using Ch = char;
  explicit PositionedStream(const char* text) : begin_(text), at_(text) {}
  Ch Peek() const { return *at_; }
  Ch Take() { return *at_++; }
  std::size_t Tell() const { return static_cast<std::size_t>(at_ - begin_); }
  const char* text() const { return begin_; }
  // Only for in-situ parsing, which is not used.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

 private:
  const char* begin_;
  const char* at_;
};

struct Entry {
  std::string from, to;
  std::string pointer;
  std::size_t offset = 0;  // of the key in the JSON text
};

// Accepts exactly {"vocabulary": {"word": "word", …}}.
class VocabularyReader : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, VocabularyReader> {
 public:
  explicit VocabularyReader(const PositionedStream& stream) : stream_(stream) {}

  bool StartObject() {
    if (state_ == State::kStart) return go(State::kTop);
    if (state_ == State::kVocabularyValue) return go(State::kVocabulary);
    return Default();
  }
  bool EndObject(rapidjson::SizeType) {
    if (state_ == State::kVocabulary) return go(State::kTop);
    if (state_ == State::kTop) return go(State::kDone);
    return Default();
  }
  bool Key(const char* text, rapidjson::SizeType length, bool) {
    const std::string key(text, length);
    if (state_ == State::kTop) {
      if (key != "vocabulary") return fail(json_pointer_child("", key), "unknown key (expected: vocabulary)");
      seen_vocabulary_ = true;
      return go(State::kVocabularyValue);
    }
    if (state_ == State::kVocabulary) {
      entries_.push_back({key, "", json_pointer_child("/vocabulary", key), key_start()});
      return go(State::kWordValue);
    }
    return Default();
  }
  bool String(const char* text, rapidjson::SizeType length, bool) {
    if (state_ != State::kWordValue) return Default();
    entries_.back().to.assign(text, length);
    return go(State::kVocabulary);
  }
  bool Default() {
    switch (state_) {
      case State::kStart:
        return fail("", "expected an object {\"vocabulary\": {…}}");
      case State::kVocabularyValue:
        return fail("/vocabulary", "expected an object of words: {\"網路\": \"网络\", …}");
      case State::kWordValue:
        error_offset_ = entries_.back().offset;
        return fail(entries_.back().pointer, "expected a string (the mainland word)");
      default:
        return fail("", "unexpected value");
    }
  }

  bool seen_vocabulary() const { return seen_vocabulary_; }
  std::vector<Entry>& entries() { return entries_; }
  const std::string& error() const { return error_; }
  std::size_t error_offset() const { return error_offset_; }

 private:
  enum class State { kStart, kTop, kVocabularyValue, kVocabulary, kWordValue, kDone };

  bool go(State next) {
    state_ = next;
    return true;
  }

  bool fail(const std::string& pointer, const std::string& problem) {
    error_ = "at " + (pointer.empty() ? std::string("/") : pointer) + ": " + problem;
    if (error_offset_ == 0) error_offset_ = stream_.Tell();
    return false;
  }

  // The reader has just read a key: the stream is past its closing quote.
  std::size_t key_start() const {
    std::size_t i = stream_.Tell();
    const char* json = stream_.text();
    if (i > 0) --i;  // the closing quote
    while (i > 0 && !(json[i - 1] == '"' && (i < 2 || json[i - 2] != '\\'))) --i;
    return i > 0 ? i - 1 : 0;
  }

  const PositionedStream& stream_;
  State state_ = State::kStart;
  bool seen_vocabulary_ = false;
  std::vector<Entry> entries_;
  std::string error_;
  std::size_t error_offset_ = 0;
};

std::size_t character_count(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

RegionalVocabulary RegionalVocabulary::from_json(std::string_view json, const std::string& source_name) {
  const std::string text(json);  // the stream reads up to a NUL
  PositionedStream stream(text.c_str());
  VocabularyReader handler(stream);
  rapidjson::Reader reader;
  constexpr unsigned kFlags = rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag |
                              rapidjson::kParseValidateEncodingFlag;
  if (rapidjson::ParseResult result = reader.Parse<kFlags>(stream, handler); result.IsError()) {
    const bool ours = result.Code() == rapidjson::kParseErrorTermination;
    const TextPosition at = position_at(json, ours ? handler.error_offset() : result.Offset());
    throw FormatError(source_name, at.line, at.column,
                      ours ? handler.error() : std::string(rapidjson::GetParseError_En(result.Code())));
  }
  if (!handler.seen_vocabulary()) {
    throw FormatError(source_name, 0, 0, "at /: expected {\"vocabulary\": {…}}");
  }

  RegionalVocabulary vocabulary;
  std::unordered_map<std::string, const Entry*> seen;
  for (Entry& entry : handler.entries()) {
    auto fail = [&](const std::string& problem) {
      const TextPosition at = position_at(json, entry.offset);
      throw FormatError(source_name, at.line, at.column, "at " + entry.pointer + ": " + problem);
    };
    entry.from = normalize(entry.from).text;
    entry.to = normalize(entry.to).text;
    if (character_count(entry.from) < 2) {
      fail("a word must have two characters or more (single characters are Traditional → Simplified's)");
    }
    if (entry.to.empty()) fail("the replacement is empty");
    auto [other, fresh] = seen.emplace(entry.from, &entry);
    if (!fresh) {
      const TextPosition first = position_at(json, other->second->offset);
      fail("the same word as " + other->second->pointer + " (line " + std::to_string(first.line) +
           ") once normalized to " + entry.from);
    }
    int32_t i = 0;
    UChar32 first;
    U8_NEXT(reinterpret_cast<const uint8_t*>(entry.from.data()), i, static_cast<int32_t>(entry.from.size()),
            first);
    vocabulary.by_first_[static_cast<char32_t>(first)].push_back({entry.from, entry.to});
  }
  vocabulary.may_start_.assign(0x10000, false);
  vocabulary.first_bytes_.assign(0x10000 / 64, 0);
  for (auto& [first, words] : vocabulary.by_first_) {
    vocabulary.may_start_[first & 0xFFFF] = true;
    for (const Replacement& word : words) {  // two bytes or more: two characters
      const auto b0 = static_cast<unsigned char>(word.from[0]), b1 = static_cast<unsigned char>(word.from[1]);
      for (unsigned b2 = 0; b2 < 256; ++b2) {
        if (word.from.size() > 2 && b2 != static_cast<unsigned char>(word.from[2])) continue;
        const std::size_t bit = first_bytes_bit(b0, b1, static_cast<unsigned char>(b2));
        vocabulary.first_bytes_[bit / 64] |= std::uint64_t{1} << (bit % 64);
      }
    }
    // Longest first: 网际网路 must win over 网路 inside it.
    std::stable_sort(words.begin(), words.end(), [](const Replacement& a, const Replacement& b) {
      return a.from.size() > b.from.size();
    });
  }
  vocabulary.size_ = handler.entries().size();
  return vocabulary;
}

}  // namespace kg::extract
