// The English name recognizers' shared reading of a sentence's tokens
// (english_scan.h): a capitalised run and where it ends, kind words, known
// names, a person's name, and adding a candidate.
#include "extract/recognizers/english_scan.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/ascii.h"
#include "extract/years.h"
#include "text/utf8.h"

namespace kg::extract {
namespace recognizers {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
// Whether tokens i and i + 1 touch (no space between): Secretary-General.
bool touching(const std::vector<EnglishToken>& tokens, std::size_t i) {
  return i + 1 < tokens.size() && tokens[i].span.end == tokens[i + 1].span.begin;
}

// Whether the space between tokens i and i + 1 parts a table's or a
// timeline's columns (a tab, two spaces or more, an ideographic space):
// no name goes across it (2019  OECD AI Principles, 10:15  Panel 1).
bool column_gap(std::string_view text, const std::vector<EnglishToken>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size()) return false;
  const std::string_view gap = text.substr(tokens[i].span.end, tokens[i + 1].span.begin - tokens[i].span.end);
  return gap.find('\t') != std::string_view::npos || gap.find("  ") != std::string_view::npos ||
         gap.find("\u3000") != std::string_view::npos;
}

// A word written in capitals, two letters or more: REYES, TOMÁS (not A.I., not G7).
bool in_capitals(std::string_view word) {
  int letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    const char32_t c = utf8::next(word, i);
    if (u_isupper(static_cast<UChar32>(c)))
      ++letters;
    else if (c != U'-' && c != U'\'' && c != U'’')
      return false;
  }
  return letters >= 2;
}

// NADIA REYES -> Nadia Reyes, TOMÁS -> Tomás.
std::string title_case(std::string_view words) {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(words.data(), static_cast<int32_t>(words.size())));
  text.toTitle(nullptr, icu::Locale::getEnglish());
  std::string out;
  return text.toUTF8String(out);
}

// Whether `word` is a word, not punctuation: its first character a letter or digit.
bool is_word(std::string_view word) {
  return !word.empty() &&
         (static_cast<unsigned char>(word[0]) >= 0x80 || std::isalnum(static_cast<unsigned char>(word[0])));
}

}  // namespace recognizers

using namespace recognizers;

std::string_view EntityRecognizer::EnglishScan::word_of(std::size_t i) const {
  return text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
}

bool EntityRecognizer::EnglishScan::capitalised(std::size_t i) const {
  return i < tokens.size() && is_capitalised(word_of(i)) && !possessive(word_of(i));
}

void EntityRecognizer::EnglishScan::add(std::size_t first, std::size_t last, graph::NodeType type,
                                        int priority, bool container) {
  // A person's words of address are no part of the name: Dr Helena Marchetti.
  for (bool trimmed = type == graph::NodeType::Person; trimmed;) {
    trimmed = false;
    for (const std::vector<std::string>& words : names.honorifics) {
      if (first + words.size() <= last && phrase_at(tokens, first, words)) {
        first += words.size();
        trimmed = true;
        break;
      }
    }
  }
  Candidate candidate;
  candidate.span = {tokens[first].span.begin, tokens[last].span.end};
  // (Without a possessive's ending: the Harbour Code's.)
  candidate.span.end -= word_of(last).size() - without_possessive(word_of(last)).size();
  candidate.priority = priority;
  candidate.container = container;
  const std::string_view name = text.substr(candidate.span.begin, candidate.span.end - candidate.span.begin);
  // A name followed by its acronym in brackets is the entity the acronym
  // names, if the rules know it: General Data Protection Regulation (GDPR).
  // (Quoted too, as filings and treaties define terms: the Organisation for … ("OECD"), the … Act ("AI
  // Act").)
  std::optional<std::uint32_t> by_acronym;
  if (last + 3 < tokens.size() && word_of(last + 1) == "(") {
    const auto quote = [&](std::size_t k) {
      return word_of(k) == "\"" || word_of(k) == "“" || word_of(k) == "”";
    };
    const bool quoted = quote(last + 2);
    const std::size_t from = last + (quoted ? 3 : 2);
    std::size_t to = from;  // past the defined term
    while (to < tokens.size() && to - from < 3 && word_of(to) != ")" && !quote(to)) ++to;
    if (to > from && to < tokens.size() && (quoted ? quote(to) : true)) {
      const std::size_t close = quoted ? to + 1 : to;
      if (close < tokens.size() && word_of(close) == ")" && (quoted || to == from + 1))
        by_acronym = gazetteer.find_form(
            text.substr(tokens[from].span.begin, tokens[to - 1].span.end - tokens[from].span.begin));
    }
  }
  if (auto found = gazetteer.find_form(name)) {
    candidate.name_entity(*found, "rules");
  } else if (by_acronym && type == gazetteer.entity(*by_acronym).type && type != graph::NodeType::Person) {
    candidate.name_entity(*by_acronym, "text");
  } else {
    candidate.name_by_shape(type, std::string(name), "text");
  }
  out.push_back(std::move(candidate));
}

// A kind word, its possessive too (the Harbour Code's).
bool EntityRecognizer::EnglishScan::is_kind(std::size_t k) const {
  return rules.kind_words.contains(without_possessive(word_of(k)));
}

graph::NodeType EntityRecognizer::EnglishScan::kind_type(std::size_t k) const {
  const auto it = rules.kind_words.find(without_possessive(word_of(k)));
  return it == rules.kind_words.end() ? graph::NodeType::Initiative : it->second;
}

bool EntityRecognizer::EnglishScan::known(std::size_t first, std::size_t end) const {
  return gazetteer
      .find_form(text.substr(tokens[first].span.begin, tokens[end - 1].span.end - tokens[first].span.begin))
      .has_value();
}

bool EntityRecognizer::EnglishScan::number(std::size_t k) const {
  const std::string_view w = word_of(k);
  return all_ascii_digits(w);
}

// A short prefix before a hyphen whose word goes on in lowercase: Co-operation, Non-proliferation.
bool EntityRecognizer::EnglishScan::prefix_hyphen(std::size_t k) const {
  const std::string_view w = word_of(k);
  return w.size() <= 4 && k + 2 < tokens.size() && !possessive(word_of(k + 2)) &&
         std::islower(static_cast<unsigned char>(w.back())) && is_word(word_of(k + 2));
}

// One past the last word of the run of capitalised words from `i`, joined
// by hyphens and lowercase connectors (Statement on Inclusive and Sustainable …).
std::size_t EntityRecognizer::EnglishScan::run_end(std::size_t i) const {
  std::size_t end = i + 1;
  while (end < tokens.size()) {
    if (column_gap(text, tokens, end - 1)) break;
    if ((word_of(end) == "'" || word_of(end) == "’") && touching(tokens, end - 1) &&
        word_of(end - 1).ends_with("s") && capitalised(end + 1)) {
      ++end;  // a plural's possessive inside a name: the Leaders' Declaration, the Workers' Party
    } else if (possessive(word_of(end)) && is_capitalised(word_of(end)) && capitalised(end + 1) &&
               names.possessive_words.count(without_possessive(word_of(end)))) {
      ++end;  // a common noun's possessive inside a name: the National People's Congress
    } else if (number(end) && is_kind(end - 1) && !year_at(word_of(end), 0)) {
      ++end;  // a document's number after its kind (not a year): Executive Order 14110, Resolution 2686
    } else if (capitalised(end)) {
      // Nor does a name go on into a date: the X Accord May 2024.
      if (names.not_starts.count(word_of(end))) break;
      ++end;
    } else if (possessive(word_of(end)) && is_kind(end) && is_capitalised(word_of(end))) {
      ++end;  // a kind word with its possessive ends the name: the Harbour Code's signatories
      break;
    } else if ((word_of(end) == "-" || word_of(end) == "—") && touching(tokens, end - 1) &&
               touching(tokens, end) && (capitalised(end + 1) || prefix_hyphen(end - 1))) {
      // One hyphenated word: Secretary-General, Co-operation (not US-based); two parties joined by an
      // en dash, which the normalizer writes as an em dash: the India–France Declaration.
      end += 2;
    } else {
      // Connectors inside the name: of, on, and the. After a kind word,
      // "and" starts another name (the X Accord and the Y Charter).
      if (word_of(end) == "and" && is_kind(end - 1)) break;
      // Nor does a known name before "and" go on: Kenya and the African Union; nor before a topic
      // unless a known name goes on so: the European Union on AI (the Group of Governmental Experts on …).
      if (word_of(end) == "and" && known(i, end)) break;
      if (word_of(end) != "of" && names.topic_connectors.count(word_of(end)) && known(i, end) &&
          !names.topic_heads.contains(
              text.substr(tokens[i].span.begin, tokens[end - 1].span.end - tokens[i].span.begin)))
        break;
      std::size_t next = end;
      while (next < tokens.size() && names.connectors.count(word_of(next))) ++next;
      // (A day before its month is a date's: … in Oslo on 17 May; so is a year: … of 2019, not Group
      // of 77.)
      if (next == end || !capitalised(next) || names.not_starts.count(word_of(next)) ||
          (number(next) && ((next + 1 < tokens.size() && names.not_starts.count(word_of(next + 1))) ||
                            word_of(next - 1) != "of" || word_of(next).size() == 4)))
        break;
      end = next + 1;
    }
  }
  return end;
}

// Whether the words [from, end) hold a kind word that ends a name of its own
// (the Ministry of Finance, the Parliamentary Assembly), not one inside a
// topic (the Rule of Law).
bool EntityRecognizer::EnglishScan::names_another(std::size_t from, std::size_t end) const {
  for (std::size_t k = from; k < end; ++k) {
    if (is_kind(k) && !(k > from && word_of(k - 1) == "of")) return true;
  }
  return false;
}

// One capital letter and its full stop: R. in Joseph R. Biden.
bool EntityRecognizer::EnglishScan::initial(std::size_t k) const {
  const std::string_view w = word_of(k);
  return k + 1 < tokens.size() && w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0])) &&
         word_of(k + 1) == "." && touching(tokens, k);
}

// A generational suffix and its full stop: Jr. in Joseph R. Biden Jr.
bool EntityRecognizer::EnglishScan::suffix_at(std::size_t k) const {
  return k + 1 < tokens.size() && lists(rules.name_suffixes, word_of(k)) && word_of(k + 1) == "." &&
         touching(tokens, k);
}

// A person's name: two to four capitalised words (particles between) from `at`.
std::size_t EntityRecognizer::EnglishScan::person_from(std::size_t at) const {
  std::size_t end = at, words = 0;
  while (end < tokens.size() && words < 4) {
    // (Not a date, nor a heading's words in capitals: July 2025, CHAIR OF THE SUBCOMMITTEE.)
    if (words >= 1 && initial(end) && capitalised(end + 2)) {
      end += 2;  // a middle initial: Ferdinand R. Marcos
    } else if (capitalised(end) && !rules.kind_words.contains(word_of(end)) && !suffix_at(end) &&
               !names.not_starts.count(word_of(end)) && !number(end) &&
               !names.connectors.count(tokens[end].lower)) {
      ++end;
      ++words;
      // A hyphenated given or family name is one word: Hans-Petter Holen, Cho Tae-yul, Ban Ki-moon.
      if (hyphenated_name_part(end, words)) end += 2;
    } else if (names.particles.count(word_of(end)) && capitalised(end + 1)) {
      ++end;
    } else {
      break;
    }
  }
  // A generational suffix closes it: Joseph R. Biden Jr.
  if (words >= 2 && suffix_at(end)) end += 2;
  return words >= 2 ? end : at;
}

// The length of the word of address at `at` (Dr, H.E.), 0 if none.
std::size_t EntityRecognizer::EnglishScan::honorific_at(std::size_t at) const {
  for (const std::vector<std::string>& words : names.honorifics) {
    if (phrase_at(tokens, at, words)) return words.size();
  }
  return 0;
}

bool EntityRecognizer::EnglishScan::hyphen_joins(std::size_t k) const {
  return k > 0 && k + 1 < tokens.size() && word_of(k) == "-" && touching(tokens, k - 1) &&
         touching(tokens, k);
}

// Whether the hyphen at `k` goes on into the same name's word, the `words`-th: Hans-Petter, Okoye-Smith, and
// after the first word a lowercase syllable, Ban Ki-moon (not Nairobi-based, US-led); never a title's
// (Co-Chair, Vice-Chair, Secretary-General).
bool EntityRecognizer::EnglishScan::hyphenated_name_part(std::size_t k, std::size_t words) const {
  if (!hyphen_joins(k) || lists(rules.title_prefixes, word_of(k - 1)) ||
      lists(rules.deputy_words, word_of(k - 1)))
    return false;
  for (const std::vector<std::string>& title : names.person_titles)
    if (phrase_at(tokens, k - 1, title)) return false;
  if (capitalised(k + 1)) return true;
  const std::string_view part = word_of(k + 1);
  const bool syllable = std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return words >= 2 && syllable && !part.ends_with("ed") && !part.ends_with("ing");
}

// The first token of the word ending at token `last`, a hyphenated one whole (Hans-Petter, Tae-yul).
std::size_t EntityRecognizer::EnglishScan::hyphenated_word_start(std::size_t last) const {
  while (last >= 2 && hyphen_joins(last - 1)) last -= 2;
  return last;
}

std::size_t EntityRecognizer::EnglishScan::capitalised_words_before(std::size_t end,
                                                                    std::size_t max_words) const {
  std::size_t first = end;
  for (std::size_t words = 0; first > 0 && words < max_words && capitalised(hyphenated_word_start(first - 1));
       ++words)
    first = hyphenated_word_start(first - 1);
  return first;
}

// Capitalised words that may be a person's name no title introduces: not a known name, a demonym, a
// title or an acronym.
bool EntityRecognizer::EnglishScan::plain_person(std::size_t first, std::size_t end) const {
  std::size_t words = 0;
  for (std::size_t last = end; last > first; last = hyphenated_word_start(last - 1)) ++words;
  if (words < 2 || words > 3 || known(first, end)) return false;
  if (lists(rules.person_not_last, word_of(end - 1))) return false;
  for (std::size_t k = first; k < end; ++k) {
    if (in_capitals(word_of(k)) && word_of(k).size() > 1 && !word_of(k).ends_with("."))
      return false;  // IT, AI
    if (rules.demonyms.contains(word_of(k))) return false;
    for (const std::vector<std::string>& t : names.person_titles)
      if (phrase_at(tokens, k, t)) return false;
  }
  return true;
}

}  // namespace kg::extract
