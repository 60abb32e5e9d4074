// Documents named by what they are about, in lowercase: "a joint statement
// on AI and global governance", "an executive order on safe, secure and
// trustworthy AI", "a resolution proposed by China on AI capacity-building".
// Such a phrase is the document's name, as 关于…的联合声明 is in Chinese
// (add_about_titles): an Initiative called "joint statement on AI and global
// governance". The kinds and the words that end a topic are rule data
// (extract/rules/english.json: descriptive_kinds, descriptive_topic_ends).
#include <algorithm>
#include <array>
#include <cctype>

#include "base/ascii.h"
#include "extract/english_words.h"
#include "extract/recognizers/recognizer_impl.h"

namespace kg::extract {

using namespace recognizers;

namespace {

// A topic is a phrase, not the rest of a sentence.
constexpr std::size_t kMaxTopicWords = 14;
// Between the kind and its topic, its sponsor: led by the United States.
constexpr std::size_t kMaxSponsorWords = 6;

// Words a topic does not end on: on the interoperability of, on AI on (Thursday).
constexpr std::array<std::string_view, 11> kDanglingWords = {"and", "or",  "of", "the", "a", "an",
                                                             "in",  "for", "on", "at",  "to"};

// AI, ICT: an acronym, not a place.
bool is_acronym(std::string_view word) {
  return word.size() >= 2 && word.size() <= 4 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool starts_lowercase(std::string_view word) {
  return !word.empty() && std::islower(static_cast<unsigned char>(word.front())) != 0;
}

bool is_year(std::string_view word) { return word.size() == 4 && all_ascii_digits(word); }

bool is_punctuation(std::string_view word) {
  return word.size() == 1 && std::ispunct(static_cast<unsigned char>(word.front())) != 0;
}

}  // namespace

void EntityRecognizer::add_descriptive_titles(std::string_view text, const std::vector<EnglishToken>& tokens,
                                              std::vector<Candidate>& out) const {
  const EnglishRules& rules = pack_.english;
  if (rules.descriptive_kinds.empty()) return;
  const std::size_t n = tokens.size();
  const auto word_of = [&](std::size_t i) {
    return text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
  };
  const auto touching = [&](std::size_t i) {
    return i + 1 < n && tokens[i].span.end == tokens[i + 1].span.begin;
  };
  const auto ends_topic = [&](std::size_t i) {
    return std::find(rules.descriptive_topic_ends.begin(), rules.descriptive_topic_ends.end(),
                     tokens[i].lower) != rules.descriptive_topic_ends.end();
  };
  const auto date_word = [&](std::size_t i) {
    return is_year(word_of(i)) || std::find(rules.not_name_starts.begin(), rules.not_name_starts.end(),
                                            word_of(i)) != rules.not_name_starts.end();
  };
  // After a comma the topic goes on only into a list of lowercase words its "and" closes: on safe, secure and
  // trustworthy AI (not: on AI, adopted in May).
  const auto list_goes_on = [&](std::size_t comma) {
    for (std::size_t k = comma + 1; k + 1 < n && starts_lowercase(word_of(k)); k += 2) {
      if (tokens[k + 1].lower == "and") return true;
      if (word_of(k + 1) != ",") return false;
    }
    return false;
  };
  const auto span_of = [&](std::size_t first, std::size_t last_end) {
    return text.substr(tokens[first].span.begin, tokens[last_end - 1].span.end - tokens[first].span.begin);
  };
  // One past the topic's last word, from its first at `from`.
  const auto topic_end = [&](std::size_t from) {
    std::size_t end = from;
    for (std::size_t words = 0; end < n && words < kMaxTopicWords; ++end, ++words) {
      const std::string_view word = word_of(end);
      if (word == "," && list_goes_on(end)) continue;
      // A hyphen inside a word (capacity-building) or a quote (the "interoperability" of tools) goes on.
      if ((word == "-" && touching(end - 1) && touching(end)) || word == "\"" || word == "“" || word == "”")
        continue;
      if (is_punctuation(word) || word == "—" || word == "–" || ends_topic(end) || date_word(end)) break;
      // A place or a date after "in" or "at" is the clause's, not the topic's: … in Vilnius, in May (but
      // an acronym goes on: cooperation in AI).
      if ((tokens[end].lower == "in" || tokens[end].lower == "at") && end + 1 < n &&
          ((is_capitalised(word_of(end + 1)) && !is_acronym(word_of(end + 1))) || date_word(end + 1) ||
           (tokens[end + 1].lower == "the" && end + 2 < n && is_capitalised(word_of(end + 2)))))
        break;
      // "and" before an article opens another phrase: on X and the Y.
      if (tokens[end].lower == "and" && end + 1 < n &&
          (tokens[end + 1].lower == "the" || tokens[end + 1].lower == "a" || tokens[end + 1].lower == "an"))
        break;
    }
    // (Not ending on a connector or a quote: on the interoperability of.)
    while (end > from && (std::find(kDanglingWords.begin(), kDanglingWords.end(), tokens[end - 1].lower) !=
                              kDanglingWords.end() ||
                          word_of(end - 1) == "\"" || word_of(end - 1) == "“"))
      --end;
    return end;
  };

  for (std::size_t i = 0; i < n; ++i) {
    if (!starts_lowercase(word_of(i))) continue;
    std::size_t kind_size = 0;  // the longest kind here: joint statement, not statement
    for (const std::string& kind : rules.descriptive_kinds) {
      // (A kind is lowercase words and spaces, as the rule pack's loader checks: matched word by word.)
      std::size_t words = 0;
      std::size_t at = 0;
      for (; at <= kind.size() && i + words < n; ++words) {
        const std::size_t space = std::min(kind.find(' ', at), kind.size());
        if (tokens[i + words].lower != std::string_view(kind).substr(at, space - at)) break;
        at = space + 1;
      }
      if (at > kind.size() && words > kind_size) kind_size = words;
    }
    if (kind_size == 0) continue;
    // Not a kind some words before make hypothetical or generic (a binding treaty on, a possible code of
    // conduct on), nor one that a capitalised word the rules do not know makes part of a name (the Paris
    // declaration on …; a General Assembly resolution on … is one).
    if (i > 0 && std::find(rules.descriptive_not_after.begin(), rules.descriptive_not_after.end(),
                           tokens[i - 1].lower) != rules.descriptive_not_after.end())
      continue;
    if (i > 0 && is_capitalised(word_of(i - 1)) && !date_word(i - 1)) {
      bool known = false;
      for (std::size_t first = i; first-- > 0 && i - first <= 3 && !known;)
        known = gazetteer_.find_form(span_of(first, i)).has_value();
      if (!known) continue;
    }
    const std::size_t kind_end = i + kind_size;
    std::size_t on = kind_end;
    if (on + 2 < n && tokens[on].lower.ends_with("ed") && tokens[on + 1].lower == "by") {
      std::size_t k = on + 2;
      while (k < n && k - on < kMaxSponsorWords + 2 && tokens[k].lower != "on" && !is_punctuation(word_of(k)))
        ++k;
      if (k < n && tokens[k].lower == "on") on = k;
    }
    if (on >= n || tokens[on].lower != "on") continue;
    const std::size_t end = topic_end(on + 1);
    if (end == on + 1) continue;
    const std::string_view topic = span_of(on + 1, end);
    if (std::any_of(rules.descriptive_generic_topics.begin(), rules.descriptive_generic_topics.end(),
                    [&](const std::string& generic) { return equal_ignoring_ascii_case(topic, generic); }))
      continue;
    // Two partners joined by a hyphen before the kind are part of its name: the India-US initiative on ….
    std::size_t first = i;
    if (i >= 3 && word_of(i - 2) == "-" && touching(i - 3) && touching(i - 2) &&
        is_capitalised(word_of(i - 3)) && is_capitalised(word_of(i - 1)))
      first = i - 3;
    Candidate candidate;
    candidate.priority = kPattern;
    candidate.container = true;  // names in the topic are mentioned too
    std::string name(span_of(first, kind_end));
    name.append(" on ").append(span_of(on + 1, end));
    // With its sponsor between, the phrase is the kind alone, so that the sponsor stays a name of its own.
    candidate.span = {tokens[first].span.begin, tokens[(on == kind_end ? end : kind_end) - 1].span.end};
    candidate.name_by_shape(graph::NodeType::Initiative, strip_quotes(name), "text");
    out.push_back(std::move(candidate));
    i = (on == kind_end ? end : kind_end) - 1;
  }
}

}  // namespace kg::extract
