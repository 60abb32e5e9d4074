// English names by their shape, on Latin-script sentences only: capitalised
// names ending in a kind word (AI Safety Institute, Digital Services Act) or
// a document's name opening with one (Statement on …), persons after a
// title (Prime Minister Keir Starmer), in a byline (By A and B) or before
// ", chief executive of", a demonym before a title (French President …),
// and years written alone (in November 2023). The words are rule data
// (extract/rules/english.json).
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "base/ascii.h"
#include "extract/english_words.h"
#include "extract/normalizer.h"
#include "extract/recognizers/recognizer_impl.h"
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

namespace {

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

// A quoted name is a title, not a sentence.
constexpr std::size_t kMaxQuotedNameWords = 16;

// A speaker label has a given name and a family name, perhaps a middle one.
constexpr std::size_t kMaxLabelWords = 3;

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
  add_descriptive_titles(text, tokens, out);
  auto word_of = [&](std::size_t i) {
    return text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
  };
  auto capitalised = [&](std::size_t i) {
    return i < tokens.size() && is_capitalised(word_of(i)) && !possessive(word_of(i));
  };
  auto add = [&](std::size_t first, std::size_t last, graph::NodeType type, int priority, bool container) {
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

  // A kind word, its possessive too (the Harbour Code's).
  auto is_kind = [&](std::size_t k) {
    return pack_.english.kind_words.contains(without_possessive(word_of(k)));
  };
  auto kind_type = [&](std::size_t k) {
    const auto it = pack_.english.kind_words.find(without_possessive(word_of(k)));
    return it == pack_.english.kind_words.end() ? graph::NodeType::Initiative : it->second;
  };
  auto known = [&](std::size_t first, std::size_t end) {
    return gazetteer_
        .find_form(text.substr(tokens[first].span.begin, tokens[end - 1].span.end - tokens[first].span.begin))
        .has_value();
  };
  auto number = [&](std::size_t k) {
    const std::string_view w = word_of(k);
    return all_ascii_digits(w);
  };
  // A short prefix before a hyphen whose word goes on in lowercase: Co-operation, Non-proliferation.
  auto prefix_hyphen = [&](std::size_t k) {
    const std::string_view w = word_of(k);
    return w.size() <= 4 && k + 2 < tokens.size() && !possessive(word_of(k + 2)) &&
           std::islower(static_cast<unsigned char>(w.back())) && is_word(word_of(k + 2));
  };
  // One past the last word of the run of capitalised words from `i`, joined
  // by hyphens and lowercase connectors (Statement on Inclusive and Sustainable …).
  auto run_end = [&](std::size_t i) {
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
  };
  // Whether the words [from, end) hold a kind word that ends a name of its own
  // (the Ministry of Finance, the Parliamentary Assembly), not one inside a
  // topic (the Rule of Law).
  auto names_another = [&](std::size_t from, std::size_t end) {
    for (std::size_t k = from; k < end; ++k) {
      if (is_kind(k) && !(k > from && word_of(k - 1) == "of")) return true;
    }
    return false;
  };

  for (std::size_t i = 0; i < tokens.size();) {
    // A number opens a name only before a capitalised word (2030 Agenda), not a date's year (2025 the …).
    if (!capitalised(i) || names.not_starts.count(word_of(i)) ||
        (number(i) &&
         (!capitalised(i + 1) || names.not_starts.count(word_of(i + 1)) || column_gap(text, tokens, i)))) {
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
      while (topic_end > topic_first + 1 &&
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

  // A meeting named in lowercase after its body or its place: the BRICS summit, NATO's Warsaw summit.
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const auto& event_nouns = pack_.english.event_nouns;
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

  // A numbered meeting of a named initiative or body: the first Counter Ransomware Initiative (CRI) meeting.
  for (std::size_t i = 2; i < tokens.size(); ++i) {
    if (!lists(pack_.english.edition_meetings, word_of(i))) continue;
    std::size_t name_end = i;  // past a bracketed acronym: … Initiative (CRI) meeting
    if (i >= 4 && word_of(i - 1) == ")" && word_of(i - 3) == "(") name_end = i - 3;
    if (name_end == 0 || !is_kind(name_end - 1)) continue;
    std::size_t first = name_end;
    while (first > 0 && name_end - first < 8 &&
           (capitalised(first - 1) ||
            (first - 1 > 0 && names.connectors.count(word_of(first - 1)) && capitalised(first - 2))))
      --first;
    if (first == 0 || first == name_end || !lists(pack_.english.edition_ordinals, tokens[first - 1].lower))
      continue;
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

  // The administration of a head of government the gazetteer knows: the Biden administration (the United
  // States).
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (std::find(pack_.english.government_words.begin(), pack_.english.government_words.end(),
                  tokens[i].lower) == pack_.english.government_words.end())
      continue;
    for (std::size_t words = 2; words-- > 0;) {  // Joe Biden administration, Biden administration
      if (i < words + 1) continue;
      const std::size_t first = i - words - 1;
      bool names = true;
      for (std::size_t k = first; k < i; ++k) names = names && capitalised(k);
      if (!names) continue;
      if (auto country = government_of(
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

  // A name in double quotes is whole, whatever its words: "Tech Accord to Combat Deceptive Use of AI in 2024
  // Elections," — title-case words (lowercase connectors and numbers between) with a kind word among them.
  for (std::size_t open = 0; open + 2 < tokens.size(); ++open) {
    if (word_of(open) != "\"" && word_of(open) != "“") continue;
    std::size_t close = open + 1;
    std::optional<std::size_t> kind;
    bool titled = capitalised(open + 1);
    for (; close < tokens.size() && close - open <= kMaxQuotedNameWords; ++close) {
      const std::string_view word = word_of(close);
      if (word == "\"" || word == "”") break;
      if (is_kind(close)) kind = close;
      titled = titled && (capitalised(close) || number(close) || names.connectors.count(word) ||
                          tokens[close].lower == "to" || word == "-" || word == "," || word == "'s");
    }
    if (close >= tokens.size() || (word_of(close) != "\"" && word_of(close) != "”")) continue;
    std::size_t last = close - 1;
    while (last > open && (word_of(last) == "," || word_of(last) == ".")) --last;
    if (titled && kind && last > open + 1) add(open + 1, last, kind_type(*kind), kQuote, true);
    open = close;
  }

  // A United Nations resolution by its number: resolution 74/247.
  for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
    if (tokens[i].lower == "resolution" && number(i + 1) && word_of(i + 2) == "/" && number(i + 3) &&
        touching(tokens, i + 1) && touching(tokens, i + 2))
      add(i, i + 3, graph::NodeType::Initiative, kPattern, false);
  }

  // One capital letter and its full stop: R. in Joseph R. Biden.
  auto initial = [&](std::size_t k) {
    const std::string_view w = word_of(k);
    return k + 1 < tokens.size() && w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0])) &&
           word_of(k + 1) == "." && touching(tokens, k);
  };
  // A generational suffix and its full stop: Jr. in Joseph R. Biden Jr.
  auto suffix_at = [&](std::size_t k) {
    return k + 1 < tokens.size() && lists(pack_.english.name_suffixes, word_of(k)) && word_of(k + 1) == "." &&
           touching(tokens, k);
  };
  // A person's name: two to four capitalised words (particles between) from `at`.
  auto person_from = [&](std::size_t at) -> std::size_t {
    std::size_t end = at, words = 0;
    while (end < tokens.size() && words < 4) {
      // (Not a date, nor a heading's words in capitals: July 2025, CHAIR OF THE SUBCOMMITTEE.)
      if (words >= 1 && initial(end) && capitalised(end + 2)) {
        end += 2;  // a middle initial: Ferdinand R. Marcos
      } else if (capitalised(end) && !pack_.english.kind_words.contains(word_of(end)) && !suffix_at(end) &&
                 !names.not_starts.count(word_of(end)) && !number(end) &&
                 !names.connectors.count(tokens[end].lower)) {
        ++end;
        ++words;
      } else if (names.particles.count(word_of(end)) && capitalised(end + 1)) {
        ++end;
      } else {
        break;
      }
    }
    // A generational suffix closes it: Joseph R. Biden Jr.
    if (words >= 2 && suffix_at(end)) end += 2;
    return words >= 2 ? end : at;
  };
  // The length of the word of address at `at` (Dr, H.E.), 0 if none.
  auto honorific_at = [&](std::size_t at) -> std::size_t {
    for (const std::vector<std::string>& words : names.honorifics) {
      if (phrase_at(tokens, at, words)) return words.size();
    }
    return 0;
  };
  // Capitalised words that may be a person's name no title introduces: not a known name, a demonym, a
  // title or an acronym.
  const auto plain_person = [&](std::size_t first, std::size_t end) {
    if (end - first < 2 || end - first > 3 || known(first, end)) return false;
    if (lists(pack_.english.person_not_last, word_of(end - 1))) return false;
    for (std::size_t k = first; k < end; ++k) {
      if (in_capitals(word_of(k)) && word_of(k).size() > 1 && !word_of(k).ends_with("."))
        return false;  // IT, AI
      if (pack_.english.demonyms.contains(word_of(k))) return false;
      for (const std::vector<std::string>& t : names.person_titles)
        if (phrase_at(tokens, k, t)) return false;
    }
    return true;
  };
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
    // Or an apposition after the definite title, closed by a comma: The Secretary-General, A B, said; the
    // President of the General Assembly, A B, opened.
    if (end == at && i > 0 && tokens[i - 1].lower == "the") {
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
        if (end > comma + 1 && end < tokens.size() && word_of(end) == "," && plain_person(comma + 1, end))
          add(comma + 1, end - 1, graph::NodeType::Person, kPerson, false);
      }
      // (Or right after the body's kind word, before the comma: the founder of the X Network A B, ….)
      std::size_t kind = comma;
      while (kind > at && !is_kind(kind - 1)) --kind;
      if (kind > at && kind < comma && person_from(kind) == comma && plain_person(kind, comma))
        add(kind, comma - 1, graph::NodeType::Person, kPerson, false);
    }
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
  // The agent of a verb only persons do: chaired by (Brazil's) A; co-chaired by A, a former minister, and B.
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
      if (at < tokens.size() && pack_.english.demonyms.contains(word_of(at))) ++at;
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
        role_ahead = role_ahead || lists(pack_.english.person_roles, tokens[k].lower);
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
  // A name no title introduces, a person's by what stands around it (person_roles, person_verbs,
  // person_appositions): co-rapporteurs Brando Benifei; Thomas Schneider chaired; Nathaniel Fick, who ….
  const auto listed = [&](const std::vector<std::string>& words, std::size_t k) {
    return k < tokens.size() && lists(words, tokens[k].lower);
  };
  // A description a determiner or a possessive opens and a role word ends, before the next comma:
  // a vice-president of the Commission, OpenAI's chief executive.
  std::set<std::string, std::less<>> role_words(pack_.english.person_roles.begin(),
                                                pack_.english.person_roles.end());
  for (const std::vector<std::string>& title : names.person_titles) role_words.insert(title.back());
  const auto described_by_role = [&](std::size_t at) {
    constexpr std::size_t kMaxDescriptionWords = 7;
    if (!listed(pack_.english.person_determiners, at) && !(at < tokens.size() && possessive(word_of(at))))
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
        word_of(i) == "," && (listed(pack_.english.person_appositions, i + 1) || described_by_role(i + 1));
    if (verb || described) {
      std::size_t first = i;
      while (first > 0 && i - first < 3 && capitalised(first - 1)) --first;
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
  // A transcript's speaker label opening a line: NADIA REYES: … names a person, in capitals.
  if (const std::size_t line = tokens.empty() ? 0 : tokens[0].span.begin;
      line == 0 || text[line - 1] == '\n') {
    std::size_t end = 0;
    while (end < tokens.size() && end < kMaxLabelWords + 1 && in_capitals(word_of(end)) &&
           !names.connectors.count(tokens[end].lower) &&
           !pack_.english.kind_words.count(title_case(word_of(end))))
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
  // A line in capitals that names a state or a body heads what follows it, a statement's speaker in a
  // record: IRELAND; RUSSIAN FEDERATION (on behalf of …); THE NETHERLANDS:.
  if (const std::size_t line = tokens.empty() ? 0 : tokens[0].span.begin;
      line == 0 || text[line - 1] == '\n') {
    const std::size_t first = tokens[0].lower == "the" && in_capitals(word_of(0)) ? 1 : 0;
    std::size_t end = first;
    while (end < tokens.size() && in_capitals(word_of(end))) ++end;
    if (end > first && (end == tokens.size() || word_of(end) == "(" || word_of(end) == ":")) {
      const Span span{tokens[first].span.begin, tokens[end - 1].span.end};
      const auto known = gazetteer_.find_form(title_case(text.substr(span.begin, span.end - span.begin)));
      if (known && (gazetteer_.entity(*known).type == graph::NodeType::Country ||
                    gazetteer_.entity(*known).type == graph::NodeType::Organization)) {
        Candidate candidate;
        candidate.span = span;
        candidate.priority = kPattern;
        candidate.name_entity(*known, "text");
        out.push_back(std::move(candidate));
      }
    }
  }
  // A word of address names a person: Dr Amara Nwosu opened the session.
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
  // A programme's role label opening a line names a person after its colon, up to a comma or bracket:
  // Moderator: Amara Nwosu, Southern Lens Network (Nigeria).
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
  add_english_states(text, tokens, out);
  // Years written alone: in 2023, November 2023, 2016-2022 (not 5:47, $2000).
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
