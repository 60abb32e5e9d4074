// Names by the company they keep: a capitalised name the rules do not know,
// listed with names they know as organizations (or persons) and with nothing
// of another kind, is one of those too. "Adobe, Amazon, Google, IBM and
// Truepic signed" names five companies though the rules know three; so does
// a Chinese list of them, 亚马逊、Cohere、谷歌、G42等, for its Latin names.
#include <algorithm>
#include <array>

#include "base/ascii.h"
#include "extract/english_words.h"
#include "extract/recognizers/recognizer_impl.h"

namespace kg::extract {

using namespace recognizers;

namespace {

// How many known members a list needs before its unknown ones take their
// kind: two, so that one name beside a stranger proves nothing.
constexpr std::size_t kKnownPeers = 2;
// A member is a short name: the list is one of names, not of clauses.
constexpr std::size_t kMaxMemberWords = 4;

// Abbreviated legal forms that end a company's name with a dot.
constexpr std::array<std::string_view, 6> kLegalForms = {"Inc", "Ltd", "Corp", "Co", "Bros", "Plc"};

struct Member {
  std::size_t first, end;  // tokens [first, end), "the" excluded
};

// A character of a Latin-script name: letters, digits, spaces and joiners.
bool latin_name_char(char c) { return is_ascii_alnum(c) || c == ' ' || c == '-' || c == '.' || c == '&'; }

// Whether `name` is a Latin-script name alone: letters, digits, spaces and
// joiners, a capital first (Cohere, G42, Inflection AI).
bool latin_name(std::string_view name) {
  if (name.empty() || name.size() > 40 || !is_ascii_upper(name.front())) return false;
  return std::all_of(name.begin(), name.end(), latin_name_char);
}

}  // namespace

void EntityRecognizer::add_list_peers(std::string_view text, Span sentence,
                                      std::vector<Candidate>& out) const {
  if (!is_latin_sentence(text, sentence)) {
    add_chinese_list_peers(text, sentence, out);
    return;
  }
  const std::vector<EnglishToken> tokens = english_tokens(text, sentence);
  const auto word_of = [&](std::size_t i) {
    return text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
  };
  const std::vector<std::string>& not_starts = pack_.english.not_name_starts;
  const auto name_word = [&](std::size_t i) {
    const std::string_view word = word_of(i);
    return is_capitalised(word) && !word.ends_with("'s") && !word.ends_with("’s") &&
           std::find(not_starts.begin(), not_starts.end(), word) == not_starts.end();
  };
  const auto text_of = [&](const Member& m) {
    return text.substr(tokens[m.first].span.begin, tokens[m.end - 1].span.end - tokens[m.first].span.begin);
  };
  // A capitalised word before a known name is none of it: (Today) Google, Meta and X.
  const auto known_after_first_word = [&](const Member& m) {
    return m.end - m.first >= 2 && gazetteer_.find_form(text_of(Member{m.first + 1, m.end})).has_value();
  };
  // A member: [the] capitalised words, one hyphen or a final "Inc." among them.
  const auto member_at = [&](std::size_t at) -> std::optional<Member> {
    if (at < tokens.size() && tokens[at].lower == "the") ++at;
    std::size_t end = at;
    while (end < tokens.size() && end - at < kMaxMemberWords && name_word(end)) {
      ++end;
      if (end + 1 < tokens.size() && word_of(end) == "-" && name_word(end + 1)) end += 1;
    }
    if (end == at) return std::nullopt;
    // A company's abbreviated legal form keeps its dot: Snap Inc., Acme Ltd.
    if (end < tokens.size() && word_of(end) == "." && tokens[end - 1].span.end == tokens[end].span.begin &&
        std::find(kLegalForms.begin(), kLegalForms.end(), word_of(end - 1)) != kLegalForms.end())
      ++end;
    return Member{at, end};
  };

  for (std::size_t i = 0; i < tokens.size();) {
    // A list: members joined by commas, its last after "and" or "or" (a comma may come first).
    std::vector<Member> members;
    std::size_t at = i;
    bool closed = false;
    while (auto member = member_at(at)) {
      members.push_back(*member);
      at = member->end;
      if (closed || at >= tokens.size()) break;
      if (word_of(at) == ",") ++at;
      if (at < tokens.size() && (tokens[at].lower == "and" || tokens[at].lower == "or")) {
        ++at;
        closed = true;
      } else if (at == member->end) {
        break;  // neither comma nor "and": the list ends
      }
    }
    if (members.size() < kKnownPeers + 1 || !closed) {
      i = members.empty() ? i + 1 : members.front().end;
      continue;
    }
    // The kind the known members share; none when they differ or a member is of another kind.
    std::optional<graph::NodeType> kind;
    std::size_t known = 0;
    bool mixed = false;
    std::vector<const Member*> unknown;
    for (const Member& member : members) {
      if (const auto id = gazetteer_.find_form(text_of(member))) {
        const graph::NodeType type = gazetteer_.entity(*id).type;
        mixed = mixed || (kind && *kind != type);
        kind = type;
        ++known;
      } else if (!known_after_first_word(member)) {
        unknown.push_back(&member);
      }
    }
    if (!mixed && known >= kKnownPeers && kind &&
        (*kind == graph::NodeType::Organization || *kind == graph::NodeType::Person)) {
      for (const Member* member : unknown) {
        Candidate candidate;
        candidate.span = {tokens[member->first].span.begin, tokens[member->end - 1].span.end};
        candidate.priority = kPattern;
        candidate.name_by_shape(*kind, std::string(text_of(*member)), "text");
        out.push_back(std::move(candidate));
      }
    }
    i = members.back().end;
  }
}

// In a list joined by 、, the Latin names between two commas that the rules
// do not know take the kind the known members share: 亚马逊、Cohere、谷歌、G42.
void EntityRecognizer::add_chinese_list_peers(std::string_view text, Span sentence,
                                              std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  std::vector<Span> members;  // the members between two list commas, in order
  for (std::size_t comma = body.find(kListComma, sentence.begin); comma != std::string_view::npos;) {
    const std::size_t next = body.find(kListComma, comma + kListComma.size());
    if (next == std::string_view::npos) {
      members.push_back({comma + kListComma.size(), sentence.end});  // the last, what follows it too
      break;
    }
    members.push_back({comma + kListComma.size(), next});
    comma = next;
  }
  // A Latin name a coordinator closes, at a member's start: Naver|以及阿联酋的G42.
  const auto latin_before_coordinator = [&](Span member) -> std::optional<Span> {
    std::size_t end = member.begin;
    while (end < member.end && latin_name_char(body[end])) ++end;
    while (end > member.begin && body[end - 1] == ' ') --end;
    const std::string_view rest = body.substr(end, member.end - end);
    // (Not an acronym of letters alone, a thing's as often as a company's: GPU以及…; nor before 等, which may
    // close a list of products: ChatGPT等产品.)
    const std::string_view name = body.substr(member.begin, end - member.begin);
    if (end == member.begin || !latin_name(name) ||
        std::all_of(name.begin(), name.end(), [](char c) { return is_ascii_upper(c); }) ||
        !opening_of(rest, pack_.modifiers.coordinators))
      return std::nullopt;
    return Span{member.begin, end};
  };
  // One list: members that touch (each ends at the next's comma; the last runs to the sentence's end).
  for (std::size_t first = 0; first < members.size();) {
    std::size_t last = first + 1;
    while (last < members.size() && members[last].begin == members[last - 1].end + kListComma.size()) ++last;
    std::optional<graph::NodeType> kind;
    std::size_t known = 0;
    bool mixed = false;
    std::vector<Span> unknown;
    for (std::size_t m = first; m < last; ++m) {
      const std::string_view name = text.substr(members[m].begin, members[m].end - members[m].begin);
      if (const auto id = gazetteer_.find_form(name)) {
        const graph::NodeType type = gazetteer_.entity(*id).type;
        mixed = mixed || (kind && *kind != type);
        kind = type;
        ++known;
      } else if (latin_name(name)) {
        unknown.push_back(members[m]);
      } else if (const auto closed = latin_before_coordinator(members[m])) {
        unknown.push_back(*closed);  // the list's last: 、Naver以及G42
      }
    }
    if (!mixed && known >= kKnownPeers && kind && *kind == graph::NodeType::Organization) {
      for (const Span& member : unknown) {
        Candidate candidate;
        candidate.span = member;
        candidate.priority = kPattern;
        candidate.name_by_shape(*kind, std::string(text.substr(member.begin, member.end - member.begin)),
                                "text");
        out.push_back(std::move(candidate));
      }
    }
    first = last;
  }
}

}  // namespace kg::extract
