// Years (2024年), one-character abbreviations after a word that takes a
// country (访华) and contractions of several (中美).
#include <algorithm>
#include <array>

#include "extract/recognizers/recognizer_impl.h"
#include "extract/years.h"
#include "text/utf8.h"

namespace kg::extract {

using namespace recognizers;

bool EntityRecognizer::starts_with_contraction(std::string_view text, std::size_t at, std::size_t end) const {
  std::size_t i = at;
  for (int n = 0; n < 2; ++n) {
    if (i >= end || !abbreviation_of(utf8::next(text, i))) return false;
  }
  return true;
}

void EntityRecognizer::add_years(std::string_view text, Span sentence, std::vector<Candidate>& out) const {
  auto add = [&](std::size_t begin, std::size_t end) {
    Candidate candidate;
    candidate.span = {begin, end};
    candidate.priority = kYear;
    candidate.name_by_shape(graph::NodeType::Year, std::string(text.substr(begin, 4)), "text");
    out.push_back(std::move(candidate));
  };
  const std::string_view within = text.substr(sentence.begin, sentence.end - sentence.begin);
  for (std::size_t at = sentence.begin; at + 4 <= sentence.end; ++at) {
    if (!utf8::is_ascii_digit(static_cast<unsigned char>(text[at])) ||
        !year_at(within, at - sentence.begin)) {
      continue;
    }
    const std::size_t after = at + 4;
    if (starts_with_at(text, after, kYearCharacter)) {
      add(at, after + kYearCharacter.size());
    } else if (const std::size_t end = dotted_date_end(within, at - sentence.begin)) {
      add(at, sentence.begin + end);  // a timeline's 2021.03.29
    } else if (at > sentence.begin && text[at - 1] == '(' && starts_with_at(text, after, ")")) {
      add(at, after);  // alone in brackets, a citation's: 第70/237号决议(2015)
    } else {
      // The first year of a range: 2016—2022年, 2016-2022年, 2016至2022年; or
      // both, bracketed after a plan's name: 行动计划(2026—2030).
      for (std::string_view joiner : pack_.patterns.year_range_joiners) {
        const std::size_t second = after + joiner.size();
        if (!starts_with_at(text, after, joiner) || !year_at(within, second - sentence.begin)) continue;
        if (starts_with_at(text, second + 4, kYearCharacter)) {
          add(at, after);
          break;
        }
        if (at > sentence.begin && text[at - 1] == '(' && starts_with_at(text, second + 4, ")")) {
          add(at, after);
          add(second, second + 4);
          at = second;
          break;
        }
      }
    }
    at += 3;
  }
  // Years in Chinese numerals, as formal and Hong Kong texts write them: 二〇二三年, 二○二三年.
  // (Looked for before each 年 only: every numeral digit takes three bytes.)
  constexpr std::size_t kHanYearBytes = std::size_t{4} * 3;
  for (std::size_t at = within.find(kYearCharacter); at != std::string_view::npos;
       at = within.find(kYearCharacter, at + kYearCharacter.size())) {
    if (at < kHanYearBytes) continue;
    std::size_t end = 0;
    if (const auto year = han_year_at(within, at - kHanYearBytes, end); year && end == at) {
      Candidate candidate;
      candidate.span = {sentence.begin + at - kHanYearBytes, sentence.begin + at + kYearCharacter.size()};
      candidate.priority = kYear;
      candidate.name_by_shape(graph::NodeType::Year, std::to_string(*year), "text");
      out.push_back(std::move(candidate));
    }
  }
}

void EntityRecognizer::add_single_abbreviations(std::string_view text, Span sentence,
                                                const std::vector<Span>& cues,
                                                std::vector<Candidate>& out) const {
  const ContractionRules& rules = pack_.contractions;
  {
    for (const Span& cue : cues) {
      const std::size_t begin = cue.end;
      if (begin >= sentence.end) continue;
      std::size_t end = begin;
      const char32_t c = utf8::next(text, end);
      const std::string character(text.substr(begin, end - begin));
      const std::string* name = nullptr;
      if (auto it = rules.single_abbreviations.find(character); it != rules.single_abbreviations.end())
        name = &it->second;
      else if (abbreviation_of(c))
        name = abbreviation_of(c);
      if (!name) continue;
      // A run of abbreviations is a contraction's (对中美关系), not one alone;
      // and a foreign name may begin so (在德克萨斯州).
      const bool foreign_name_may_follow =
          !rules.single_abbreviations.count(character);  // 德|克萨斯, but 华 is no such start
      if (end < sentence.end &&
          (abbreviation_of(utf8::at(text, end)) ||
           (foreign_name_may_follow && transliteration_.contains(utf8::at(text, end))))) {
        continue;
      }
      auto known = gazetteer_.find(*name);
      if (!known) continue;
      Candidate candidate;
      candidate.span = {begin, end};
      candidate.priority = kContraction;
      candidate.name_entity(*known, "text");
      out.push_back(std::move(candidate));
    }
  }
}

void EntityRecognizer::add_contractions(std::string_view text, Span sentence,
                                        std::vector<Candidate>& out) const {
  auto member_at = [&](std::size_t at, std::size_t& next) -> const std::string* {
    if (at >= sentence.end) return nullptr;
    next = at;
    return abbreviation_of(utf8::next(text, next));
  };
  for (std::size_t at = sentence.begin; at < sentence.end;) {
    std::size_t next = at;
    const std::string* first = abbreviation_of(utf8::next(text, next));
    if (!first) {  // most characters: no contraction starts here
      at = next;
      continue;
    }
    std::array<const std::string*, Candidate::kMaxMembers> members{first};
    std::size_t member_count = 1;
    std::size_t end = next;
    for (std::size_t i = next; member_count < members.size();) {
      std::size_t after = i;
      const std::string* member = member_at(i, after);
      if (!member) break;
      if (std::find(members.begin(), members.begin() + member_count, member) !=
          members.begin() + member_count)
        break;
      members[member_count++] = member;
      end = i = after;
    }
    // 12日中美…: 日 after a digit is a date, not Japan.
    if (member_count < 2 || (at > sentence.begin && utf8::is_ascii_digit(utf8::before(text, at)))) {
      at = next;
      continue;
    }
    const std::string_view rest = text.substr(end, sentence.end - end);
    const bool context =
        std::any_of(pack_.contractions.context_after.begin(), pack_.contractions.context_after.end(),
                    [&](const std::string& word) { return rest.substr(0, word.size()) == word; });
    std::size_t ignored = 0;
    const bool listed =
        (rest.substr(0, kListComma.size()) == kListComma && member_at(end + kListComma.size(), ignored)) ||
        (at >= kListComma.size() && text.substr(at - kListComma.size(), kListComma.size()) == kListComma);
    Candidate candidate;
    candidate.span = {at, end};
    candidate.priority = kContraction;
    candidate.needs_container_start = !(context || listed);
    candidate.origin = "text";
    for (std::size_t m = 0; m < member_count; ++m) {
      if (auto known = gazetteer_.find(*members[m])) candidate.entities[candidate.entity_count++] = *known;
    }
    if (candidate.entity_count >= 2) out.push_back(std::move(candidate));
    at = end;
  }
}

}  // namespace kg::extract
