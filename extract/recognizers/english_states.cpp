// States an English sentence names by other words than their names: a
// demonym before a title or a government word (French President, the Chinese
// government), a seat of government that acts (Washington signed …).
#include <cctype>

#include "extract/english_words.h"
#include "extract/recognizers/recognizer_impl.h"

namespace kg::extract {

using namespace recognizers;

void EntityRecognizer::add_english_states(std::string_view text, const std::vector<EnglishToken>& tokens,
                                          std::vector<Candidate>& out) const {
  const EnglishNames& names = *english_;
  auto word_of = [&](std::size_t i) {
    return text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
  };
  auto capitalised = [&](std::size_t i) {
    return i < tokens.size() && is_capitalised(word_of(i)) && !possessive(word_of(i));
  };
  // The state the gazetteer knows by `name`, named at `span`.
  const auto add_state = [&](Span span, std::string_view name, const char* origin) {
    if (auto known = gazetteer_.find_form(name)) {
      Candidate candidate;
      candidate.span = span;
      candidate.priority = kPattern;
      candidate.name_entity(*known, origin);
      out.push_back(std::move(candidate));
    }
  };
  // A demonym before a title stands for its state: French President …; with a government word it is the
  // state: the Chinese government, the French administration.
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    auto demonym = pack_.english.demonyms.find(word_of(i));
    if (demonym == pack_.english.demonyms.end()) continue;
    const auto& government_words = pack_.english.government_words;
    if (std::find(government_words.begin(), government_words.end(), tokens[i + 1].lower) !=
        government_words.end()) {
      add_state({tokens[i].span.begin, tokens[i + 1].span.end}, demonym->second, "text");
      continue;
    }
    bool titled = false;
    for (const std::vector<std::string>& title : names.person_titles)
      titled = titled || phrase_at(tokens, i + 1, title);
    for (const std::string& deputy : pack_.english.deputy_words)
      titled = titled || tokens[i + 1].lower == english_phrase(deputy).front();
    if (!titled) continue;
    add_state(tokens[i].span, demonym->second, "rules");
  }
  // A state's people after "the", plural, act for it: The Americans signed on the day; the Russians and the
  // Chinese were against it. An invariable demonym only before a verb, a comma or the end (the British
  // held …; not the Chinese proposal, the British Museum).
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (tokens[i - 1].lower != "the") continue;
    const std::string_view word = word_of(i);
    auto demonym = pack_.english.demonyms.find(word);
    const bool plural = demonym == pack_.english.demonyms.end() && word.size() > 2 && word.ends_with('s');
    if (plural) demonym = pack_.english.demonyms.find(word.substr(0, word.size() - 1));
    if (demonym == pack_.english.demonyms.end()) continue;
    // (Lowercase: not the British Red Cross. A plural may go on into a list: the Russians and the Chinese.)
    const std::string_view next = word_of(i + 1);
    const bool mark = next == "," || next == "." || next == ";";
    const std::string& after = tokens[i + 1].lower;
    const bool verb = std::islower(static_cast<unsigned char>(next.front())) &&
                      (after.ends_with("ed") || lists(pack_.english.passive_auxiliaries, after) ||
                       lists(pack_.english.people_verbs, after));
    if (!(mark || verb || (plural && after == "and"))) continue;
    add_state(tokens[i].span, demonym->second, "text");
  }
  // A seat of government that acts stands for its state: Washington signed …, Beijing's controls.
  const auto lowered = [&](std::size_t i) { return std::string(without_possessive(tokens[i].lower)); };
  for (const auto& [seat, state] : pack_.english.seats_of_government) {
    const std::vector<std::string> words = english_phrase(seat);
    for (std::size_t i = 0; i + words.size() <= tokens.size(); ++i) {
      const std::size_t last = i + words.size() - 1;
      bool match = true;
      for (std::size_t k = 0; k < words.size() && match; ++k) match = lowered(i + k) == words[k];
      if (!match || !is_capitalised(word_of(i))) continue;
      // Not a name's first word (the Beijing Declaration), nor before a thing it names (the Seoul summit).
      const bool owner = possessive(word_of(last));
      if (!owner) {
        if (last + 1 >= tokens.size()) continue;
        const std::string_view next = word_of(last + 1);
        if (!std::islower(static_cast<unsigned char>(next.front())) ||
            lists(pack_.english.seat_not_before, tokens[last + 1].lower))
          continue;
      }
      // Not a place: in Beijing; from Paris to Seoul, in London and Paris (the list's opening word).
      std::size_t first = i;
      while (first >= 2 && (word_of(first - 1) == "and" || word_of(first - 1) == ",") &&
             capitalised(first - 2)) {
        first -= 2;
        while (first > 0 && capitalised(first - 1)) --first;
      }
      if (first > 0 && lists(pack_.english.seat_not_after, tokens[first - 1].lower)) continue;
      if (i > 0 && lists(pack_.english.seat_not_after, tokens[i - 1].lower)) continue;
      const std::size_t end =
          tokens[last].span.end - (word_of(last).size() - without_possessive(word_of(last)).size());
      add_state({tokens[i].span.begin, end}, state, "text");
    }
  }
}

}  // namespace kg::extract
