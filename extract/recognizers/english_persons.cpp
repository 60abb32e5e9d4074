// Persons in English text: after a title (Prime Minister Keir Starmer) or a
// word of address (Dr), as a verb's agent only persons are (chaired by A), in
// a byline (By A and B), by a role word or verb around them (co-rapporteurs
// A; A chaired; A, who …), and as a transcript's or programme's speaker label.
#include <algorithm>
#include <set>
#include <string>

#include "extract/recognizers/english_scan.h"

namespace kg::extract {

using namespace recognizers;

namespace {

// A speaker label has a given name and a family name, perhaps a middle one.
constexpr std::size_t kMaxLabelWords = 3;

}  // namespace

// Whether the title at `i` is definite: "the" or a possessive before it (the President, Norway's Prime
// Minister), "the" perhaps past a time word and the body the title is of (the outgoing Council of Europe
// Secretary General).
bool EntityRecognizer::EnglishScan::definite_title(std::size_t i) const {
  constexpr std::size_t kMaxBodyWords = 4;
  std::size_t at = i;
  while (at > 0 && i - at < kMaxBodyWords && capitalised(at - 1) && tokens[at - 1].lower != "the") --at;
  if (at > 0 && lists(rules.title_times, tokens[at - 1].lower)) --at;
  if (at > 0 && tokens[at - 1].lower == "the") return true;
  return at == i && i > 0 && possessive(word_of(i - 1)) && is_capitalised(word_of(i - 1));
}

// Whether the token at `i` ends a name's clause: a comma, a semicolon or the sentence's full stop.
bool EntityRecognizer::EnglishScan::clause_end(std::size_t i) const {
  const std::string_view w = word_of(i);
  return w == "," || w == ";" || (w == "." && i + 1 == tokens.size());
}

// A title's holder: the name after it (past words of address), an apposition after the definite title, or the
// name before ", title of": Secretary-General António Guterres; the President of the Assembly, A B, …
void EntityRecognizer::EnglishScan::titled_persons() {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // The longest title here (Chief Executive, not Chief), read once.
    const std::vector<std::string>* title = nullptr;
    for (const std::vector<std::string>& t : names.person_titles) {
      if (phrase_at(tokens, i, t) && (!title || t.size() > title->size())) title = &t;
    }
    if (!title) continue;
    std::size_t at = i + title->size();
    // Past words of address: Prime Minister Shri Narendra Modi.
    while (at < tokens.size()) {
      const std::size_t honorific = honorific_at(at);
      if (honorific == 0) break;
      at += honorific;
    }
    std::size_t end = person_from(at);
    if (end > at) add(at, end - 1, graph::NodeType::Person, kPerson, false);
    // Or after a copula, the title its body's: its first chair was Vint Cerf; Its chair is Carol Roach.
    if (end == at && at + 1 < tokens.size() && lists(rules.among_copulas, tokens[at].lower)) {
      std::size_t determiner = i;
      if (determiner > 0 && lists(rules.edition_ordinals, tokens[determiner - 1].lower)) --determiner;
      const bool owned =
          determiner > 0 && (tokens[determiner - 1].lower == "its" ||
                             tokens[determiner - 1].lower == "their" || possessive(word_of(determiner - 1)));
      const std::size_t holder_end = person_from(at + 1);
      if (owned && holder_end > at + 1 && (holder_end == tokens.size() || clause_end(holder_end)) &&
          plain_person(at + 1, holder_end))
        add(at + 1, holder_end - 1, graph::NodeType::Person, kPerson, false);
    }
    // Or an apposition after the definite title, closed by a comma or the clause's end: The
    // Secretary-General, A B, said; the President of the General Assembly, A B; Norway's Prime Minister, A B,
    // spoke.
    if (end == at && definite_title(i)) {
      std::size_t comma = at;
      constexpr std::size_t kMaxHolderWords = 8;
      if (comma < tokens.size() && tokens[comma].lower == "of") {
        while (comma < tokens.size() && comma - at <= kMaxHolderWords &&
               (capitalised(comma) || tokens[comma].lower == "of" || tokens[comma].lower == "the" ||
                tokens[comma].lower == "and"))
          ++comma;
      }
      if (comma < tokens.size() && word_of(comma) == ",") {
        end = person_from(comma + 1);
        if (end > comma + 1 && (end == tokens.size() || clause_end(end)) && plain_person(comma + 1, end))
          add(comma + 1, end - 1, graph::NodeType::Person, kPerson, false);
      }
      // (Or right after the body's kind word, before the comma: the founder of the X Network A B, ….)
      std::size_t kind = comma;
      while (kind > at && !is_kind(kind - 1)) --kind;
      if (kind > at && kind < comma && person_from(kind) == comma && plain_person(kind, comma))
        add(kind, comma - 1, graph::NodeType::Person, kPerson, false);
    }
    // Or the name before it: Dario Amodei, chief executive of …; Jensen Huang, Nvidia's chief executive;
    // Hans-Petter Holen, the chief executive of … (a name no gazetteer knows, after "the").
    std::size_t comma = i - 1;
    // (After "the", only a title of a body, the name no part of a longer capitalised run: not On Human Rights
    // Day, the Secretary-General said.)
    const bool definite =
        i >= 2 && tokens[i - 1].lower == "the" && at < tokens.size() && tokens[at].lower == "of";
    if (definite) {
      comma = i - 2;
    } else if (i >= 2 && possessive(word_of(i - 1))) {
      comma = i - 1;
      while (comma > 0 && i - 1 - comma < 4 && capitalised(comma - 1)) --comma;
      comma = comma > 0 ? comma - 1 : i;
    }
    if (i >= 3 && comma < i && comma >= 2 && word_of(comma) == ",") {
      const std::size_t begin = capitalised_words_before(comma, 3);
      const bool whole = !definite || ((begin == 0 || !capitalised(begin - 1)) && plain_person(begin, comma));
      if (begin < comma && person_from(begin) == comma && whole)
        add(begin, comma - 1, graph::NodeType::Person, kPerson, false);
    }
    i = at - 1;
  }
}

// The agent of a verb only persons do: chaired by (Brazil's) A; co-chaired by A, a former minister, and B.
void EntityRecognizer::EnglishScan::agent_persons() {
  auto unknown_person_at = [&](std::size_t at) -> std::size_t {
    const std::size_t end = person_from(at);
    return end > at && !known(at, end) ? end : at;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const std::vector<std::string>& agent : names.person_agents) {
      if (!phrase_at(tokens, i, agent)) continue;
      std::size_t at = i + agent.size();
      if (at < tokens.size() && possessive(word_of(at))) ++at;
      // Past a demonym and a title, which the title rules read: by Swiss official A, by Secretary A.
      if (at < tokens.size() && rules.demonyms.contains(word_of(at))) ++at;
      // (A title there, or a word then a title, has its person found after it: by Foreign Secretary X.)
      const auto titled = [&](std::size_t k) {
        return std::any_of(names.person_titles.begin(), names.person_titles.end(),
                           [&](const std::vector<std::string>& t) { return phrase_at(tokens, k, t); });
      };
      if (titled(at) || (at + 1 < tokens.size() && titled(at + 1))) continue;
      // (Nor a title a role word ends, whose person the role rule below reads: by National Security
      // Advisor A.)
      constexpr std::size_t kMaxTitleWords = 4;
      bool role_ahead = false;
      for (std::size_t k = at; k < tokens.size() && k < at + kMaxTitleWords && capitalised(k); ++k)
        role_ahead = role_ahead || lists(rules.person_roles, tokens[k].lower);
      if (role_ahead) continue;
      std::size_t end = unknown_person_at(at);
      if (end == at) break;
      add(at, end - 1, graph::NodeType::Person, kPerson, false);
      for (std::size_t t = end; t < tokens.size() && t - end < 15; ++t) {
        if (word_of(t) == ";" || word_of(t) == ".") break;
        if (word_of(t) != "and") continue;
        if (const std::size_t next = unknown_person_at(t + 1); next > t + 1)
          add(t + 1, next - 1, graph::NodeType::Person, kPerson, false);
        break;
      }
      break;
    }
  }
}

// Bylines: By A and B; Reporting by A in Paris; editing by C.
void EntityRecognizer::EnglishScan::bylines() {
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
}

// A name no title introduces, a person's by what stands around it (person_roles, person_verbs,
// person_appositions): co-rapporteurs Brando Benifei; Thomas Schneider chaired; Nathaniel Fick, who ….
void EntityRecognizer::EnglishScan::role_persons() {
  const auto listed = [&](const std::vector<std::string>& words, std::size_t k) {
    return k < tokens.size() && lists(words, tokens[k].lower);
  };
  // A description a determiner or a possessive opens and a role word ends, before the next comma:
  // a vice-president of the Commission, OpenAI's chief executive.
  std::set<std::string, std::less<>> role_words(rules.person_roles.begin(), rules.person_roles.end());
  for (const std::vector<std::string>& title : names.person_titles) role_words.insert(title.back());
  const auto described_by_role = [&](std::size_t at) {
    constexpr std::size_t kMaxDescriptionWords = 7;
    if (!listed(rules.person_determiners, at) && !(at < tokens.size() && possessive(word_of(at))))
      return false;
    for (std::size_t k = at + 1; k < tokens.size() && k - at <= kMaxDescriptionWords; ++k) {
      if (word_of(k) == "," || word_of(k) == "." || word_of(k) == ";") return false;
      if (role_words.count(tokens[k].lower)) return true;
    }
    return false;
  };
  const auto phrase_from = [&](const std::vector<std::vector<std::string>>& phrases, std::size_t at) {
    std::size_t longest = 0;
    for (const std::vector<std::string>& phrase : phrases)
      if (phrase.size() > longest && phrase_at(tokens, at, phrase)) longest = phrase.size();
    return longest;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // After a role word, a list of names may follow: Advisers Ajit Doval and Jake Sullivan; her counterpart,
    // Michelle Donelan.
    if (const std::size_t role = phrase_from(names.person_roles, i)) {
      const std::size_t end_of_role = i + role;
      const std::size_t from =
          end_of_role < tokens.size() && word_of(end_of_role) == "," ? end_of_role + 1 : end_of_role;
      for (std::size_t at = from; at < tokens.size();) {
        const std::size_t end = person_from(at);
        if (end == at || !plain_person(at, end)) break;
        add(at, end - 1, graph::NodeType::Person, kPerson, false);
        if (end >= tokens.size() || (word_of(end) != "and" && word_of(end) != ",")) break;
        at = end + 1;
      }
    }
    // Before a verb only people do, or a description after a comma: the name the capitalised words end.
    const std::size_t verb = phrase_from(names.person_verbs, i);
    const bool described =
        word_of(i) == "," && (listed(rules.person_appositions, i + 1) || described_by_role(i + 1));
    if (verb || described) {
      const std::size_t first = capitalised_words_before(i, 3);
      if (first < i && (first == 0 || !capitalised(first - 1)) && person_from(first) == i &&
          plain_person(first, i))
        add(first, i - 1, graph::NodeType::Person, kPerson, false);
    }
    // After a verb of saying: …, said Peter Kyle.
    if (verb && i > 0 && word_of(i - 1) == ",") {
      const std::size_t at = i + verb;
      const std::size_t end = person_from(at);
      if (end > at && plain_person(at, end) && (end == tokens.size() || !capitalised(end)))
        add(at, end - 1, graph::NodeType::Person, kPerson, false);
    }
  }
}

// A transcript's speaker label opening a line: NADIA REYES: … names a person, in capitals.
void EntityRecognizer::EnglishScan::speaker_label() {
  if (const std::size_t line = tokens.empty() ? 0 : tokens[0].span.begin;
      line == 0 || text[line - 1] == '\n') {
    std::size_t end = 0;
    while (end < tokens.size() && end < kMaxLabelWords + 1 && in_capitals(word_of(end)) &&
           !names.connectors.count(tokens[end].lower) && !rules.kind_words.count(title_case(word_of(end))))
      ++end;
    if (end >= 2 && end <= kMaxLabelWords && end < tokens.size() && word_of(end) == ":" && !known(0, end)) {
      Candidate candidate;
      candidate.span = {tokens[0].span.begin, tokens[end - 1].span.end};
      candidate.priority = kPerson;
      candidate.name_by_shape(
          graph::NodeType::Person,
          title_case(text.substr(candidate.span.begin, candidate.span.end - candidate.span.begin)), "text");
      out.push_back(std::move(candidate));
    }
  }
}

// A word of address names a person: Dr Amara Nwosu opened the session.
void EntityRecognizer::EnglishScan::addressed_persons() {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::size_t honorific = honorific_at(i);
    if (honorific == 0) continue;
    const std::size_t at = i + honorific;
    const std::size_t end = person_from(at);
    // (Not the start of a hyphenated name, Cho Tae-yul, which the title before it reads whole.)
    const bool hyphenated = end < tokens.size() && word_of(end) == "-";
    if (end > at && !hyphenated && !known(at, end)) add(at, end - 1, graph::NodeType::Person, kPerson, false);
    i = at - 1;
  }
}

// A programme's role label opening a line names a person after its colon, up to a comma or bracket:
// Moderator: Amara Nwosu, Southern Lens Network (Nigeria).
void EntityRecognizer::EnglishScan::programme_persons() {
  if (const std::size_t line = tokens.empty() ? 0 : tokens[0].span.begin;
      line == 0 || text[line - 1] == '\n') {
    for (const std::vector<std::string>& role : names.programme_roles) {
      if (!phrase_at(tokens, 0, role) || role.size() >= tokens.size() || word_of(role.size()) != ":")
        continue;
      const std::size_t at = role.size() + 1 + honorific_at(role.size() + 1);
      const std::size_t end = person_from(at);
      if (end > at && !known(at, end) && (end == tokens.size() || word_of(end) == "," || word_of(end) == "("))
        add(at, end - 1, graph::NodeType::Person, kPerson, false);
      break;
    }
  }
}

}  // namespace kg::extract
