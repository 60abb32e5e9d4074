// English names by their shape, on Latin-script sentences only: the English
// rules compiled once (make_english_names), the passes run over a sentence
// (add_english_names), and the first of them here — capitalised names ending
// in a kind word (AI Safety Institute, Digital Services Act) or a document's
// name opening with one (Statement on …). Persons are read in
// english_persons.cpp, other shapes and years in english_forms.cpp. The words
// are rule data (extract/rules/english.json).
#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "extract/normalizer.h"
#include "extract/recognizers/english_scan.h"
#include "extract/years.h"

namespace kg::extract {

using namespace recognizers;

void EntityRecognizer::EnglishNamesDeleter::operator()(const EnglishNames* names) const { delete names; }

EntityRecognizer::EnglishNamesPtr EntityRecognizer::make_english_names(const RulePack& pack,
                                                                       const Gazetteer& gazetteer) {
  auto names = std::make_unique<EnglishNames>(pack.english);
  // The known meetings by the places their English names hold: Seoul -> the AI Seoul Summit, so that "the
  // Seoul summit" is that meeting. A place two meetings share names neither.
  std::map<std::string, std::uint32_t, std::less<>> places;
  std::set<std::string, std::less<>> shared;
  for (std::uint32_t id = 0; id < gazetteer.entity_count(); ++id) {
    for (const std::string& raw_form : gazetteer.forms(id)) {
      if (!is_latin_sentence(raw_form, {0, raw_form.size()})) continue;
      const std::string form = normalize(raw_form).text;  // as the text it is compared with
      const std::vector<EnglishToken> tokens = english_tokens(form, {0, form.size()});
      for (std::size_t k = 1; k < tokens.size(); ++k) {
        const std::string_view word =
            std::string_view(form).substr(tokens[k].span.begin, tokens[k].span.end - tokens[k].span.begin);
        if (word != "of" &&
            std::find(pack.english.topic_connectors.begin(), pack.english.topic_connectors.end(), word) !=
                pack.english.topic_connectors.end())
          names->topic_heads.emplace(form.substr(0, tokens[k - 1].span.end));
      }
    }
    if (gazetteer.entity(id).type != graph::NodeType::Event) continue;
    std::set<std::string, std::less<>> words;  // each form's capitalised words before "Summit"
    for (const std::string& form : gazetteer.forms(id)) {
      if (!is_latin_sentence(form, {0, form.size()}) || form.find("Summit") == std::string::npos) continue;
      for (const EnglishToken& token : english_tokens(form, {0, form.size()})) {
        const std::string_view word =
            std::string_view(form).substr(token.span.begin, token.span.end - token.span.begin);
        if (word == "Summit") break;
        if (is_capitalised(word) && !pack.english.kind_words.contains(word)) words.emplace(word);
      }
    }
    for (const std::string& word : words) {
      if (!places.emplace(word, id).second) shared.insert(word);
    }
  }
  for (const std::string& word : shared) places.erase(word);
  names->summit_places = std::move(places);
  return EnglishNamesPtr(names.release());
}

void EntityRecognizer::add_english_names(std::string_view text, Span sentence,
                                         std::vector<Candidate>& out) const {
  if (pack_.english.kind_words.empty() && pack_.english.person_titles.empty()) return;
  if (!is_latin_sentence(text, sentence)) return;
  EnglishScan scan(*this, text, english_tokens(text, sentence), out);
  add_descriptive_titles(text, scan.tokens, out);
  scan.kind_names();
  scan.lowercase_meetings();
  scan.numbered_meetings();
  scan.administrations();
  scan.quoted_names();
  scan.resolution_numbers();
  scan.titled_persons();
  scan.agent_persons();
  scan.bylines();
  scan.role_persons();
  scan.speaker_label();
  scan.capital_heading();
  scan.addressed_persons();
  scan.programme_persons();
  add_english_states(text, scan.tokens, out);
  scan.years();
}

// A capitalised run (joined by hyphens and connectors) whose last kind word ends a name, or a name opening
// with its kind that goes on into its topic: the AI Safety Institute, the Ministry of Commerce, the
// Convention against Cybercrime.
void EntityRecognizer::EnglishScan::kind_names() {
  for (std::size_t i = 0; i < tokens.size();) {
    // A number opens a name only before a capitalised word (2030 Agenda), not a date's year (2025 the …).
    if (!capitalised(i) || names.not_starts.count(word_of(i)) ||
        (number(i) &&
         (!capitalised(i + 1) || names.not_starts.count(word_of(i + 1)) || column_gap(text, tokens, i)))) {
      ++i;
      continue;
    }
    // A word right before "the" is no name's (Although|the Global Mechanism, Give|the Panel …): inside a name
    // "the" follows a connector (Ministry of the Interior).
    if (i + 1 < tokens.size() && word_of(i + 1) == "the") {
      ++i;
      continue;
    }
    std::size_t end = run_end(i);
    // A title of a body is no part of its name: (the) Executive Director of the X Office;
    // nor a common noun capitalised at the sentence's start: Leaders of the X Assembly.
    std::size_t first = i;
    if (i == 0 && !is_kind(i) && !names.opening_kinds.count(word_of(i)) && i + 1 < end &&
        word_of(i + 1) == "of") {
      first = i + 2;
      while (first < end && names.connectors.count(word_of(first))) ++first;
    }
    // Nor a verb opening the sentence, or a list's item past its bullet or number: Opening the X Conference,
    // …; Addressing the Y Forum, …; a resolution's Welcomes the Z Charter; a CV's or a log's past tense, a
    // preposition after it or not: - Reported on the X Conference; Joined the Y Forum.
    const bool opens_item = std::none_of(
        tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(i), [&](const EnglishToken& t) {
          return std::any_of(text.begin() + static_cast<std::ptrdiff_t>(t.span.begin),
                             text.begin() + static_cast<std::ptrdiff_t>(t.span.end),
                             [](char c) { return is_ascii_alpha(c); });
        });
    if (opens_item && !is_kind(i)) {
      const std::string_view verb = word_of(i);
      std::size_t the = i + 1;
      if (verb.ends_with("ed") && the + 1 < end && names.connectors.count(tokens[the].lower) &&
          tokens[the].lower != "the")
        ++the;  // (past the verb's preposition: Reported on the X)
      if ((verb.ends_with("ing") || verb.ends_with("s") || verb.ends_with("ed")) && the < end &&
          tokens[the].lower == "the")
        first = the + 1;
    }
    {
      std::size_t title = 0;
      for (const std::vector<std::string>& t : names.person_titles) {
        if (phrase_at(tokens, i, t)) title = std::max(title, t.size());
      }
      if (title != 0 && i + title < end && word_of(i + title) == "of") {
        first = i + title + 1;
        while (first < end && names.connectors.count(word_of(first))) ++first;
      }
    }
    // "and" before another name ends this one: the Ministry of Commerce and the Ministry of Finance.
    // (The last such "and": the Committee on the Internal Market and Consumer Protection and the Committee on
    // ….)
    // (Not inside a field after "for": the Institute for Technology and International Order, unless the
    // words after "and" open with "the" or a kind, or name a body of their own: the Centre for Cyber Law
    // and the Ministry of …; the Institute for Data Science and Imperial College London.)
    const auto in_field = [&](std::size_t and_at) {
      if (names.connectors.count(word_of(and_at + 1)) || is_kind(and_at + 1)) return false;
      for (std::size_t k = and_at + 1; k < end; ++k) {
        if (is_kind(k) && kind_type(k) == graph::NodeType::Organization) return false;
      }
      for (std::size_t k = first; k + 1 < and_at; ++k) {
        if (word_of(k + 1) == "for" && is_kind(k)) return true;
      }
      return false;
    };
    for (std::size_t k = end; k-- > first + 1;) {
      if (word_of(k) == "and" && names_another(k + 1, end) && names_another(first, k) && !in_field(k)) {
        end = k;
        break;
      }
    }
    // The last kind word of the run ends the name: European Commission|President.
    std::optional<std::size_t> kind_at;
    for (std::size_t k = end; k-- > first + 1;) {
      if (is_kind(k)) {
        kind_at = k;
        break;
      }
    }
    // A name opening with its kind, or a kind inside it, goes on into its
    // topic after a topic connector: Report of the Group of …, Ministry of
    // Commerce, the X Convention against Cybercrime.
    std::optional<std::size_t> topic_kind;
    for (std::size_t k = end; k-- > first;) {
      // (A kind right after a connector is inside an earlier topic: Report of the Group of ….)
      if (k > first && names.connectors.count(word_of(k - 1)) &&
          std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                      tokens.begin() + static_cast<std::ptrdiff_t>(k), [&](const EnglishToken& t) {
                        return names.opening_kinds.count(
                                   text.substr(t.span.begin, t.span.end - t.span.begin)) != 0;
                      }))
        continue;
      if (k + 2 < end && names.opening_kinds.count(word_of(k)) &&
          (names.topic_connectors.count(word_of(k + 1)) ||
           (k == first && names.connectors.count(word_of(k + 1))))) {
        topic_kind = k;
        break;
      }
    }
    // A kind word closing the run after an "of" topic names something else:
    // the Council of Europe Convention; unless it ends a name the topic holds
    // whole: the Standing Committee of the National People's Congress. (After
    // "for" the topic is a field: the Centre for Cyber Law.)
    const auto topic_is_known = [&](std::size_t kind) {
      std::size_t topic = kind + 1;
      while (topic < end && names.connectors.count(word_of(topic))) ++topic;
      return topic < end && known(topic, end);
    };
    if (topic_kind && kind_at && *kind_at == end - 1 && *kind_at > *topic_kind + 1 &&
        kind_type(*kind_at) != kind_type(*topic_kind) && word_of(*topic_kind + 1) == "of" &&
        !topic_is_known(*topic_kind))
      topic_kind.reset();
    // A capitalised word and a connector before the kind are none of the name: Officials of the Ministry of
    // ….
    if (topic_kind && *topic_kind > first && names.connectors.count(word_of(*topic_kind - 1)))
      first = *topic_kind;
    if (topic_kind) {
      // A list may go on after a comma when its last member follows "and":
      // on Artificial Intelligence and Human Rights, Democracy and the Rule of Law.
      for (std::size_t comma = end; comma + 1 < tokens.size() && word_of(comma) == ",";) {
        const std::size_t member = comma + 1;
        if (!capitalised(member) || names.not_starts.count(word_of(member))) break;
        const std::size_t member_end = run_end(member);
        std::size_t and_at = member;
        while (and_at < member_end && word_of(and_at) != "and") ++and_at;
        if (known(member, and_at) || names_another(member, member_end)) break;
        if (and_at < member_end) {
          end = member_end;
          break;
        }
        comma = member_end;
      }
      // The topic ends before a place or a date, one word or a known name
      // after "in" (… against Data Piracy in Mombasa, in 2023), not before
      // more topic (… in Cyberspace in the Context of International Security).
      auto place_follows = [&](std::size_t in_at) {
        // (A place: one word, a city's two (in New York, in Buenos Aires), or a name the rules know: in
        // Mombasa, in Saudi Arabia.)
        std::size_t at = in_at + 1;
        while (at < end && names.connectors.count(word_of(at))) ++at;
        bool plain = end - at <= 1 || (end - at == 2 && names.place_openers.count(word_of(at)));
        for (std::size_t k = at; k < end && plain; ++k) plain = !names.connectors.count(word_of(k));
        return plain || known(at, end);
      };
      // A kind and only a place after it is no name: the Convention in Strasbourg is the Convention, there.
      if (first == *topic_kind && word_of(first + 1) == "in" && place_follows(first + 1)) {
        i = first + 1;
        continue;
      }
      std::size_t topic_first = *topic_kind + 1;  // the topic's first capitalised word
      while (topic_first < end && !capitalised(topic_first)) ++topic_first;
      std::size_t topic_end = topic_first + 1;
      // (Nor into a title with its holder's name: the Council of Europe Secretary General X.)
      auto titles_a_name = [&](std::size_t at) {
        return std::any_of(names.person_titles.begin(), names.person_titles.end(),
                           [&](const std::vector<std::string>& title) {
                             return at + title.size() < end && phrase_at(tokens, at, title);
                           });
      };
      while (topic_end < end && !(word_of(topic_end) == "in" && place_follows(topic_end)) &&
             !titles_a_name(topic_end))
        ++topic_end;
      // (Not a hyphenated word's lowercase part: Security and Co-operation.)
      const auto hyphenated = [&](std::size_t k) {
        return k >= 2 && word_of(k - 1) == "-" && touching(tokens, k - 2) && touching(tokens, k - 1);
      };
      while (topic_end > topic_first + 1 && !hyphenated(topic_end - 1) &&
             (names.connectors.count(word_of(topic_end - 1)) ||
              !std::isupper(static_cast<unsigned char>(word_of(topic_end - 1)[0]))))
        --topic_end;
      add(first, topic_end - 1, kind_type(*topic_kind), kPattern, true);
    } else if (kind_at) {
      std::size_t last = *kind_at;
      // With its number, not a year: Executive Order 14110.
      while (last + 1 < end && number(last + 1) && !year_at(word_of(last + 1), 0)) ++last;
      add(first, last, kind_type(*kind_at), kPattern, true);
    }
    i = end;
  }
}

}  // namespace kg::extract
