// Spelling of node and relation types.
#include "graph/types.h"

#include <cstdint>

#include "base/utf8.h"

namespace kg::graph {

std::string_view to_string(NodeType type) {
  switch (type) {
    case NodeType::Country:
      return "Country";
    case NodeType::Region:
      return "Region";
    case NodeType::Organization:
      return "Organization";
    case NodeType::Initiative:
      return "Initiative";
    case NodeType::Event:
      return "Event";
    case NodeType::Person:
      return "Person";
    case NodeType::Year:
      return "Year";
  }
  return "?";
}

std::string_view to_string(RelationType type) {
  switch (type) {
    case RelationType::Proposed:
      return "PROPOSED";
    case RelationType::Issued:
      return "ISSUED";
    case RelationType::Adopted:
      return "ADOPTED";
    case RelationType::Signed:
      return "SIGNED";
    case RelationType::Rejected:
      return "REJECTED";
    case RelationType::MemberOf:
      return "MEMBER_OF";
    case RelationType::CooperatesWith:
      return "COOPERATES_WITH";
    case RelationType::Supports:
      return "SUPPORTS";
    case RelationType::Opposes:
      return "OPPOSES";
    case RelationType::Hosted:
      return "HOSTED";
    case RelationType::ParticipatedIn:
      return "PARTICIPATED_IN";
    case RelationType::Leads:
      return "LEADS";
    case RelationType::InYear:
      return "IN_YEAR";
  }
  return "?";
}

std::optional<NodeType> parse_node_type(std::string_view text) {
  for (NodeType type : kAllNodeTypes) {
    if (to_string(type) == text) return type;
  }
  return std::nullopt;
}

std::optional<RelationType> parse_relation_type(std::string_view text) {
  for (RelationType type : kAllRelationTypes) {
    if (to_string(type) == text) return type;
  }
  return std::nullopt;
}

std::string_view to_string(Language language) { return language == Language::English ? "en" : "zh"; }

std::optional<Language> parse_language(std::string_view text) {
  if (text == "en") return Language::English;
  if (text == "zh") return Language::Chinese;
  return std::nullopt;
}

namespace {

// The code point of the well-formed sequence of `length` bytes at `s`.
char32_t decode(const unsigned char* s, std::size_t length) {
  if (length == 1) return s[0];
  char32_t c = s[0] & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (s[i] & 0x3F);
  return c;
}

// CJK Unified Ideographs with extensions A to H and the compatibility block:
// what ICU's Script=Han holds apart from radicals and marks, which no name is
// made of alone.
bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

// Latin letters: ASCII, Latin-1 and the Latin Extended blocks (António, Łódź).
bool is_latin_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

// Letters of other scripts (Greek to the end of the Basic Multilingual
// Plane's letters): a name with one of them is neither English nor Chinese.
bool is_other_letter(char32_t c) { return c >= 0x370 && c < 0x1E00; }

}  // namespace

std::optional<Language> language_of_script(std::string_view name) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(name.data());
  bool latin = false;
  bool other = false;
  for (std::size_t at = 0; at < name.size();) {
    const utf8::Sequence sequence = utf8::sequence_at(name, at);
    if (sequence.well_formed) {
      const char32_t c = decode(bytes + at, sequence.length);
      if (is_han(c)) return Language::Chinese;
      latin = latin || is_latin_letter(c);
      other = other || is_other_letter(c);
    }
    at += sequence.length;
  }
  if (latin && !other) return Language::English;
  return std::nullopt;
}

}  // namespace kg::graph
