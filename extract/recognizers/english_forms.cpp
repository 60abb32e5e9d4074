// English names in shapes other than a capitalised run ending in a kind
// word: a meeting in lowercase after its body or place (the BRICS summit), a
// numbered meeting of an initiative, a ruler's administration, a name in
// double quotes, a resolution's number, a line in capitals naming a state,
// and years written alone.
#include <algorithm>
#include <optional>
#include <string>

#include "extract/recognizers/english_scan.h"

namespace kg::extract {

using namespace recognizers;

namespace {

// A quoted name is a title, not a sentence; one a kind word introduces may be longer (a statement entitled
// "From agreement to implementation: advancing responsible State behaviour in the use of …"), and a quote is
// scanned that far for its end.
constexpr std::size_t kMaxQuotedNameWords = 16;
constexpr std::size_t kMaxQuoteWords = 24;

}  // namespace

// A meeting named in lowercase after its body or its place: the BRICS summit, NATO's Warsaw summit.
void EntityRecognizer::EnglishScan::lowercase_meetings() {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const auto& event_nouns = rules.event_nouns;
    if (std::find(event_nouns.begin(), event_nouns.end(), word_of(i)) == event_nouns.end()) continue;
    std::size_t first = i;
    while (first > 0 && i - first < 3 && capitalised(first - 1) &&
           !names.not_starts.count(word_of(first - 1)))
      --first;
    // (Not a sentence's first word alone, which is capitalised anyway: Summit … ; nor a topic's acronym,
    // the AI summit: the words are a body the rules know or a place's one word.)
    if (first == i || (first == 0 && i == 1 && !known(0, 1))) continue;
    const std::string_view lead = word_of(first);
    const bool acronym = std::all_of(lead.begin(), lead.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!known(first, i) && (i - first > 1 || acronym)) continue;
    Candidate candidate;
    candidate.span = {tokens[first].span.begin, tokens[i].span.end};
    candidate.priority = kPattern;
    candidate.container = true;  // the body named in it is mentioned too
    // A place a known meeting's name holds: the Seoul summit is the AI Seoul Summit.
    if (i - first == 1) {
      if (auto meeting = names.summit_places.find(word_of(first)); meeting != names.summit_places.end()) {
        candidate.name_entity(meeting->second, "text");
        out.push_back(std::move(candidate));
        continue;
      }
    }
    candidate.name_by_shape(
        graph::NodeType::Event,
        std::string(text.substr(candidate.span.begin, candidate.span.end - candidate.span.begin)), "text");
    out.push_back(std::move(candidate));
  }
}

// A numbered meeting of a named initiative or body: the first Counter Ransomware Initiative (CRI) meeting.
void EntityRecognizer::EnglishScan::numbered_meetings() {
  for (std::size_t i = 2; i < tokens.size(); ++i) {
    if (!lists(rules.edition_meetings, word_of(i))) continue;
    std::size_t name_end = i;  // past a bracketed acronym: … Initiative (CRI) meeting
    if (i >= 4 && word_of(i - 1) == ")" && word_of(i - 3) == "(") name_end = i - 3;
    if (name_end == 0 || !is_kind(name_end - 1)) continue;
    std::size_t first = name_end;
    while (first > 0 && name_end - first < 8 &&
           (capitalised(first - 1) ||
            (first - 1 > 0 && names.connectors.count(word_of(first - 1)) && capitalised(first - 2))))
      --first;
    if (first == 0 || first == name_end || !lists(rules.edition_ordinals, tokens[first - 1].lower)) continue;
    Candidate candidate;
    candidate.span = {tokens[first - 1].span.begin, tokens[i].span.end};
    candidate.priority = kPattern;
    candidate.container = true;  // the initiative named in it is mentioned too
    std::string name(text.substr(tokens[first - 1].span.begin,
                                 tokens[name_end - 1].span.end - tokens[first - 1].span.begin));
    name += ' ';
    name += word_of(i);
    candidate.name_by_shape(graph::NodeType::Event, std::move(name), "text");
    out.push_back(std::move(candidate));
  }
}

// The administration of a head of government the gazetteer knows: the Biden administration (the United
// States).
void EntityRecognizer::EnglishScan::administrations() {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (std::find(rules.government_words.begin(), rules.government_words.end(), tokens[i].lower) ==
        rules.government_words.end())
      continue;
    for (std::size_t words = 2; words-- > 0;) {  // Joe Biden administration, Biden administration
      if (i < words + 1) continue;
      const std::size_t first = i - words - 1;
      bool all_capitalised = true;
      for (std::size_t k = first; k < i; ++k) all_capitalised = all_capitalised && capitalised(k);
      if (!all_capitalised) continue;
      if (auto country = recognizer.government_of(
              text.substr(tokens[first].span.begin, tokens[i - 1].span.end - tokens[first].span.begin))) {
        Candidate candidate;
        candidate.span = {tokens[first].span.begin, tokens[i].span.end};
        candidate.priority = kPattern;
        candidate.name_entity(*country, "text");
        candidate.container = true;  // the ruler named in it is mentioned too
        out.push_back(std::move(candidate));
        break;
      }
    }
  }
}

// A name in double quotes is whole, whatever its words: "Tech Accord to Combat Deceptive Use of AI in 2024
// Elections," — title-case words (lowercase connectors and numbers between) with a kind word among them.
void EntityRecognizer::EnglishScan::quoted_names() {
  for (std::size_t open = 0; open + 2 < tokens.size(); ++open) {
    if (word_of(open) != "\"" && word_of(open) != "“") continue;
    std::size_t close = open + 1;
    std::optional<std::size_t> kind;
    bool titled = capitalised(open + 1);
    for (; close < tokens.size() && close - open <= kMaxQuoteWords; ++close) {
      const std::string_view word = word_of(close);
      if (word == "\"" || word == "”") break;
      if (is_kind(close)) kind = close;
      titled = titled && (capitalised(close) || number(close) || names.connectors.count(word) ||
                          tokens[close].lower == "to" || word == "-" || word == "," || word == "'s");
    }
    if (close >= tokens.size() || (word_of(close) != "\"" && word_of(close) != "”")) continue;
    std::size_t last = close - 1;
    while (last > open && (word_of(last) == "," || word_of(last) == ".")) --last;
    // (Or the kind is the word before "entitled": a joint statement entitled "From agreement to …".)
    std::optional<graph::NodeType> entitled;
    if (open >= 2 && lists(rules.title_introducers, tokens[open - 1].lower)) {
      // (A document's or an event's: a panel entitled "What next?" is a session, no body.)
      if (const auto it = rules.kind_words.find(title_case(word_of(open - 2)));
          it != rules.kind_words.end() &&
          (it->second == graph::NodeType::Initiative || it->second == graph::NodeType::Event))
        entitled = it->second;
    }
    if (entitled && last > open) {
      add(open + 1, last, *entitled, kQuote, true);
    } else if (titled && kind && last > open + 1 && close - open <= kMaxQuotedNameWords) {
      add(open + 1, last, kind_type(*kind), kQuote, true);
    }
    open = close;
  }
}

// A United Nations resolution by its number: resolution 74/247.
void EntityRecognizer::EnglishScan::resolution_numbers() {
  for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
    if (tokens[i].lower == "resolution" && number(i + 1) && word_of(i + 2) == "/" && number(i + 3) &&
        touching(tokens, i + 1) && touching(tokens, i + 2))
      add(i, i + 3, graph::NodeType::Initiative, kPattern, false);
  }
}

// A line in capitals that names a state or a body heads what follows it, a statement's speaker in a
// record: IRELAND; RUSSIAN FEDERATION (on behalf of …); THE NETHERLANDS:.
void EntityRecognizer::EnglishScan::capital_heading() {
  if (const std::size_t line = tokens.empty() ? 0 : tokens[0].span.begin;
      line == 0 || text[line - 1] == '\n') {
    const std::size_t first = tokens[0].lower == "the" && in_capitals(word_of(0)) ? 1 : 0;
    std::size_t end = first;
    while (end < tokens.size() && in_capitals(word_of(end))) ++end;
    if (end > first && (end == tokens.size() || word_of(end) == "(" || word_of(end) == ":")) {
      const Span span{tokens[first].span.begin, tokens[end - 1].span.end};
      const auto found = gazetteer.find_form(title_case(text.substr(span.begin, span.end - span.begin)));
      if (found && (gazetteer.entity(*found).type == graph::NodeType::Country ||
                    gazetteer.entity(*found).type == graph::NodeType::Organization)) {
        Candidate candidate;
        candidate.span = span;
        candidate.priority = kPattern;
        candidate.name_entity(*found, "text");
        out.push_back(std::move(candidate));
      }
    }
  }
}

// Years written alone: in 2023, November 2023, 2016-2022 (not 5:47, $2000).
void EntityRecognizer::EnglishScan::years() {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view word = word_of(i);
    if (word.size() != 4 || !number(i)) continue;
    if (!(word.starts_with("19") || word.starts_with("20"))) continue;
    if (i > 0 && touching(tokens, i - 1) &&
        (word_of(i - 1) == "$" || word_of(i - 1) == ":" || word_of(i - 1) == "."))
      continue;
    // (A colon after it heads a timeline's entry, March 2024: …; before digits it tells a time or a verse.)
    const bool clock =
        i + 2 < tokens.size() && word_of(i + 1) == ":" && touching(tokens, i + 1) && number(i + 2);
    if (i + 1 < tokens.size() && touching(tokens, i) && (clock || word_of(i + 1) == "%")) continue;
    // (A numeric date's year is one too, and a table cell's: 27/02/2023, | 2021 |, as a chart writes them.)
    const bool numeric_date = i >= 4 && word_of(i - 1) == "/" && word_of(i - 3) == "/" && number(i - 2) &&
                              number(i - 4) && touching(tokens, i - 4) && touching(tokens, i - 3) &&
                              touching(tokens, i - 2) && touching(tokens, i - 1);
    if (i > 0 && !is_word(word_of(i - 1)) && word_of(i - 1) != "-" && word_of(i - 1) != "(" &&
        word_of(i - 1) != "," && word_of(i - 1) != "|" && !numeric_date)
      continue;
    Candidate candidate;
    candidate.span = tokens[i].span;
    candidate.priority = kYear;
    candidate.name_by_shape(graph::NodeType::Year, std::string(word), "text");
    out.push_back(std::move(candidate));
  }
}

}  // namespace kg::extract
