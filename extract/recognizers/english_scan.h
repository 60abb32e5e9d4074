// Internal to the English name recognizers: one Latin-script sentence's
// tokens as they read them (EntityRecognizer::EnglishScan), the tests on its
// words they share (a capitalised run, a kind word, a person's name), and a
// pass per shape of name, in files by what they name: english_names.cpp
// (names ending in or opening with a kind word), english_forms.cpp (meetings,
// a ruler's administration, quoted names, numbered resolutions, headings in
// capitals, years),
// english_persons.cpp (persons). Not for use outside them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/english_words.h"
#include "extract/recognizers/recognizer_impl.h"

namespace kg::extract {
namespace recognizers {

// Whether tokens i and i + 1 touch (no space between): Secretary-General.
bool touching(const std::vector<EnglishToken>& tokens, std::size_t i);
// Whether the space between tokens i and i + 1 parts a table's or a
// timeline's columns (a tab, two spaces or more, an ideographic space):
// no name goes across it (2019  OECD AI Principles, 10:15  Panel 1).
bool column_gap(std::string_view text, const std::vector<EnglishToken>& tokens, std::size_t i);
// A word written in capitals, two letters or more: REYES, TOMÁS (not A.I., not G7).
bool in_capitals(std::string_view word);
// NADIA REYES -> Nadia Reyes, TOMÁS -> Tomás.
std::string title_case(std::string_view words);
// Whether `word` is a word, not punctuation: its first character a letter or digit.
bool is_word(std::string_view word);

}  // namespace recognizers

struct EntityRecognizer::EnglishScan {
  EnglishScan(const EntityRecognizer& recognizer, std::string_view text, std::vector<EnglishToken> tokens,
              std::vector<Candidate>& out)
      : recognizer(recognizer),
        rules(recognizer.pack_.english),
        names(*recognizer.english_),
        gazetteer(recognizer.gazetteer_),
        text(text),
        tokens(std::move(tokens)),
        out(out) {}

  // The passes, each adding the candidates of one shape of name.
  void kind_names();
  void lowercase_meetings();
  void numbered_meetings();
  void administrations();
  void quoted_names();
  void resolution_numbers();
  void capital_heading();
  void years();
  void titled_persons();
  void agent_persons();
  void bylines();
  void role_persons();
  void speaker_label();
  void addressed_persons();
  void programme_persons();

  // Adds the name of tokens [first, last] as a candidate of `type`.
  void add(std::size_t first, std::size_t last, graph::NodeType type, int priority, bool container);

  std::string_view word_of(std::size_t i) const;
  bool capitalised(std::size_t i) const;
  bool is_kind(std::size_t k) const;
  graph::NodeType kind_type(std::size_t k) const;
  // Whether the rules know tokens [first, end) as a name.
  bool known(std::size_t first, std::size_t end) const;
  bool number(std::size_t k) const;
  bool prefix_hyphen(std::size_t k) const;
  std::size_t run_end(std::size_t i) const;
  bool names_another(std::size_t from, std::size_t end) const;
  bool initial(std::size_t k) const;
  bool suffix_at(std::size_t k) const;
  std::size_t person_from(std::size_t at) const;
  std::size_t honorific_at(std::size_t at) const;
  bool plain_person(std::size_t first, std::size_t end) const;
  // Whether token k is a hyphen joining the words either side of it (Hans-Petter).
  bool hyphen_joins(std::size_t k) const;
  bool hyphenated_name_part(std::size_t k, std::size_t words) const;
  std::size_t hyphenated_word_start(std::size_t last) const;
  // Where the capitalised words, at most `max_words` of them (a hyphenated one one word), ending before `end`
  // begin; `end` if none.
  std::size_t capitalised_words_before(std::size_t end, std::size_t max_words) const;
  bool definite_title(std::size_t i) const;
  bool clause_end(std::size_t i) const;

  const EntityRecognizer& recognizer;
  const EnglishRules& rules;
  const EnglishNames& names;
  const Gazetteer& gazetteer;
  std::string_view text;
  std::vector<EnglishToken> tokens;
  std::vector<Candidate>& out;
};

}  // namespace kg::extract
