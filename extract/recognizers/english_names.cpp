// English names by their shape, on Latin-script sentences only: capitalised
// names ending in a kind word (AI Safety Institute, Digital Services Act) or
// a document's name opening with one (Statement on …), persons after a
// title (Prime Minister Keir Starmer), in a byline (By A and B) or before
// ", chief executive of", a demonym before a title (French President …),
// and years written alone (in November 2023). The words are rule data
// (extract/rules/english.json).
#include <cctype>
#include <set>

#include "extract/english_words.h"
#include "extract/recognizers/recognizer_impl.h"

namespace kg::extract {

using namespace recognizers;

struct EntityRecognizer::EnglishNames {
  explicit EnglishNames(const EnglishRules& rules) : rules(rules) {
    for (const std::string& title : rules.person_titles) person_titles.push_back(english_phrase(title));
    for (const std::string& opener : rules.byline_openers) byline_openers.push_back(english_phrase(opener));
    connectors.insert(rules.name_connectors.begin(), rules.name_connectors.end());
    particles.insert(rules.name_particles.begin(), rules.name_particles.end());
    not_starts.insert(rules.not_name_starts.begin(), rules.not_name_starts.end());
    opening_kinds.insert(rules.opening_kinds.begin(), rules.opening_kinds.end());
    topic_connectors.insert(rules.topic_connectors.begin(), rules.topic_connectors.end());
  }
  const EnglishRules& rules;
  std::vector<std::vector<std::string>> person_titles;
  std::vector<std::vector<std::string>> byline_openers;
  std::set<std::string, std::less<>> connectors, particles, not_starts, opening_kinds, topic_connectors;
};

void EntityRecognizer::EnglishNamesDeleter::operator()(const EnglishNames* names) const { delete names; }

EntityRecognizer::EnglishNamesPtr EntityRecognizer::make_english_names(const RulePack& pack) {
  return EnglishNamesPtr(new EnglishNames(pack.english));
}

namespace {

bool possessive(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("’s") || word.ends_with("'") || word.ends_with("’");
}

// Whether tokens i and i + 1 touch (no space between): Secretary-General.
bool touching(const std::vector<EnglishToken>& tokens, std::size_t i) {
  return i + 1 < tokens.size() && tokens[i].span.end == tokens[i + 1].span.begin;
}

bool is_word(std::string_view word) {
  return !word.empty() &&
         (static_cast<unsigned char>(word[0]) >= 0x80 || std::isalnum(static_cast<unsigned char>(word[0])));
}

}  // namespace

void EntityRecognizer::add_english_names(std::string_view text, Span sentence,
                                         std::vector<Candidate>& out) const {
  if (pack_.english.kind_words.empty() && pack_.english.person_titles.empty()) return;
  if (!is_latin_sentence(text, sentence)) return;
  const EnglishNames& names = *english_;
  const std::vector<EnglishToken> tokens = english_tokens(text, sentence);
  auto word_of = [&](std::size_t i) {
    return text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
  };
  auto capitalised = [&](std::size_t i) {
    return i < tokens.size() && is_capitalised(word_of(i)) && !possessive(word_of(i));
  };
  auto add = [&](std::size_t first, std::size_t last, graph::NodeType type, int priority, bool container) {
    Candidate candidate;
    candidate.span = {tokens[first].span.begin, tokens[last].span.end};
    candidate.priority = priority;
    candidate.container = container;
    const std::string_view name =
        text.substr(candidate.span.begin, candidate.span.end - candidate.span.begin);
    // A name followed by its acronym in brackets is the entity the acronym
    // names, if the rules know it: General Data Protection Regulation (GDPR).
    std::optional<std::uint32_t> by_acronym;
    if (last + 3 < tokens.size() && word_of(last + 1) == "(" && word_of(last + 3) == ")")
      by_acronym = gazetteer_.find_form(word_of(last + 2));
    if (auto known = gazetteer_.find_form(name)) {
      candidate.name_entity(*known, "rules");
    } else if (by_acronym && type == gazetteer_.entity(*by_acronym).type && type != graph::NodeType::Person) {
      candidate.name_entity(*by_acronym, "text");
    } else {
      candidate.name_by_shape(type, std::string(name), "text");
    }
    out.push_back(std::move(candidate));
  };

  // Runs of capitalised words, joined by hyphens and lowercase connectors
  // (Statement on Inclusive and Sustainable …): a name when a kind word ends it.
  for (std::size_t i = 0; i < tokens.size();) {
    if (!capitalised(i) || names.not_starts.count(word_of(i))) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;  // one past the run's last word
    while (end < tokens.size()) {
      if (capitalised(end)) {
        ++end;
      } else if (word_of(end) == "-" && touching(tokens, end - 1) && touching(tokens, end) &&
                 capitalised(end + 1)) {
        end += 2;
      } else {
        // Connectors inside the name: of, on, and the. After a kind word,
        // "and" starts another name (the X Accord and the Y Charter).
        if (word_of(end) == "and" && pack_.english.kind_words.count(std::string(word_of(end - 1)))) break;
        // Nor does a known name before "and" go on: Kenya and the African Union.
        if (word_of(end) == "and" &&
            gazetteer_.find_form(
                text.substr(tokens[i].span.begin, tokens[end - 1].span.end - tokens[i].span.begin)))
          break;
        std::size_t next = end;
        while (next < tokens.size() && names.connectors.count(word_of(next))) ++next;
        if (next == end || !capitalised(next) || names.not_starts.count(word_of(next))) break;
        end = next + 1;
      }
    }
    // The last kind word of the run ends the name: European Commission|President.
    std::optional<std::size_t> kind_at;
    for (std::size_t k = end; k-- > i + 1;) {
      if (pack_.english.kind_words.count(std::string(word_of(k)))) {
        kind_at = k;
        break;
      }
    }
    // A document's name opening with its kind runs to the run's end (Report of the Group of …).
    if (names.opening_kinds.count(word_of(i)) && i + 1 < end && names.connectors.count(word_of(i + 1))) {
      add(i, end - 1, graph::NodeType::Initiative, kPattern, true);
    } else if (kind_at && names.opening_kinds.count(word_of(*kind_at)) && *kind_at + 2 < end &&
               names.topic_connectors.count(word_of(*kind_at + 1))) {
      // A document's kind goes on into its topic: the X Convention against Cybercrime. A place or a
      // date after "in" is none of it (… against Data Piracy in 2023).
      std::size_t topic_end = *kind_at + 3;
      while (topic_end < end && word_of(topic_end) != "in") ++topic_end;
      while (topic_end > *kind_at + 3 &&
             (names.connectors.count(word_of(topic_end - 1)) ||
              !std::isupper(static_cast<unsigned char>(word_of(topic_end - 1)[0]))))
        --topic_end;
      add(i, topic_end - 1, graph::NodeType::Initiative, kPattern, true);
    } else if (kind_at) {
      add(i, *kind_at, pack_.english.kind_words.at(std::string(word_of(*kind_at))), kPattern, true);
    }
    i = end;
  }

  // A person's name: two to four capitalised words (particles between) from `at`.
  auto person_from = [&](std::size_t at) -> std::size_t {
    std::size_t end = at, words = 0;
    while (end < tokens.size() && words < 4) {
      if (capitalised(end) && !pack_.english.kind_words.count(std::string(word_of(end)))) {
        ++end;
        ++words;
      } else if (names.particles.count(word_of(end)) && capitalised(end + 1)) {
        ++end;
      } else {
        break;
      }
    }
    return words >= 2 ? end : at;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // The longest title here (Chief Executive, not Chief), read once.
    const std::vector<std::string>* title = nullptr;
    for (const std::vector<std::string>& t : names.person_titles) {
      if (phrase_at(tokens, i, t) && (!title || t.size() > title->size())) title = &t;
    }
    if (!title) continue;
    const std::size_t at = i + title->size();
    const std::size_t end = person_from(at);
    if (end > at) add(at, end - 1, graph::NodeType::Person, kPerson, false);
    // Or the name before it: Dario Amodei, chief executive of …; Jensen Huang, Nvidia's chief executive.
    std::size_t comma = i - 1;
    if (i >= 2 && possessive(word_of(i - 1))) {
      comma = i - 1;
      while (comma > 0 && i - 1 - comma < 4 && capitalised(comma - 1)) --comma;
      comma = comma > 0 ? comma - 1 : i;
    }
    if (i >= 3 && comma < i && comma >= 2 && word_of(comma) == ",") {
      std::size_t begin = comma;
      while (begin > 0 && comma - begin < 3 && capitalised(begin - 1)) --begin;
      if (comma - begin >= 2 && person_from(begin) == comma)
        add(begin, comma - 1, graph::NodeType::Person, kPerson, false);
    }
    i = at - 1;
  }
  // Bylines: By A and B; Reporting by A in Paris; editing by C.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i != 0 && word_of(i - 1) != ";") continue;
    for (const std::vector<std::string>& opener : names.byline_openers) {
      if (!phrase_at(tokens, i, opener)) continue;
      std::size_t at = i + opener.size();
      while (true) {
        const std::size_t end = person_from(at);
        if (end == at) break;
        add(at, end - 1, graph::NodeType::Person, kPerson, false);
        // The next name after "and" or a comma, past a place (in Paris).
        at = end;
        while (at < tokens.size() && at - end < 4 && word_of(at) != "and" && word_of(at) != "," &&
               word_of(at) != ";")
          ++at;
        if (at >= tokens.size() || word_of(at) == ";") break;
        ++at;
      }
    }
  }
  // A demonym before a title stands for its state: French President …
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    auto demonym = pack_.english.demonyms.find(std::string(word_of(i)));
    if (demonym == pack_.english.demonyms.end()) continue;
    bool titled = false;
    for (const std::vector<std::string>& title : names.person_titles)
      titled = titled || phrase_at(tokens, i + 1, title);
    for (const std::string& deputy : pack_.english.deputy_words)
      titled = titled || tokens[i + 1].lower == english_phrase(deputy).front();
    if (!titled) continue;
    if (auto known = gazetteer_.find_form(demonym->second)) {
      Candidate candidate;
      candidate.span = tokens[i].span;
      candidate.priority = kPattern;
      candidate.name_entity(*known, "rules");
      out.push_back(std::move(candidate));
    }
  }
  // Years written alone: in 2023, November 2023, 2016-2022 (not 5:47, $2000).
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view word = word_of(i);
    if (word.size() != 4 ||
        !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    if (!(word.starts_with("19") || word.starts_with("20"))) continue;
    if (i > 0 && touching(tokens, i - 1) &&
        (word_of(i - 1) == "$" || word_of(i - 1) == ":" || word_of(i - 1) == "."))
      continue;
    if (i + 1 < tokens.size() && touching(tokens, i) && (word_of(i + 1) == ":" || word_of(i + 1) == "%"))
      continue;
    if (i > 0 && !is_word(word_of(i - 1)) && word_of(i - 1) != "-" && word_of(i - 1) != "(" &&
        word_of(i - 1) != ",")
      continue;
    Candidate candidate;
    candidate.span = tokens[i].span;
    candidate.priority = kYear;
    candidate.name_by_shape(graph::NodeType::Year, std::string(word), "text");
    out.push_back(std::move(candidate));
  }
}

}  // namespace kg::extract
