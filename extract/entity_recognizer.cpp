// Entity recognition: candidates from every recognizer (one file each under
// extract/recognizers/), then the longest non-overlapping ones win, with
// pattern-built names keeping what they contain.
#include "extract/entity_recognizer.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <span>
#include <stdexcept>
#include <tuple>

#include "extract/english_words.h"
#include "extract/recognizers/recognizer_impl.h"
#include "extract/word_list.h"
#include "text/utf8.h"

namespace kg::extract {

using namespace recognizers;

EntityRecognizer::EntityRecognizer(const RulePack& pack, const Gazetteer& gazetteer,
                                   const std::vector<PhraseList>& passengers)
    : pack_(pack),
      gazetteer_(gazetteer),
      passenger_lists_(passengers.size()),
      edition_words_(pack.patterns.edition_words),
      name_qualifiers_(pack.patterns.name_qualifiers),
      name_joiners_(pack.patterns.name_joiners),
      english_(make_english_names(pack, gazetteer)) {
  if (passengers.size() > kMaxPassengerLists) throw std::invalid_argument("too many passenger word lists");
  const PatternRules& p = pack.patterns;
  gazetteer.add_forms_to(sentence_phrases_);
  suffix_base_ = static_cast<std::uint32_t>(gazetteer.surface_count());
  auto add_suffixes = [this](const std::vector<std::string>& words, SuffixKind kind) {
    for (const std::string& word : words) {
      sentence_phrases_.add(word, suffix_base_ + static_cast<std::uint32_t>(suffix_entries_.size()));
      suffix_entries_.emplace_back(kind, word);
    }
  };
  add_suffixes(p.organization_suffixes, SuffixKind::Organization);
  add_suffixes(p.anchored_organization_suffixes, SuffixKind::Organization);
  add_suffixes(p.event_suffixes, SuffixKind::Event);
  add_suffixes(p.anchored_initiative_suffixes, SuffixKind::Initiative);
  title_base_ = suffix_base_ + static_cast<std::uint32_t>(suffix_entries_.size());
  for (std::size_t i = 0; i < p.person_titles.size(); ++i) {
    titles_.add(p.person_titles[i], static_cast<std::uint32_t>(i));
    sentence_phrases_.add(p.person_titles[i], title_base_ + static_cast<std::uint32_t>(i));
  }
  titles_.build();
  // Words that cue a recognizer here (对|华, 关于…的…, 第…号…): found in the same pass.
  cue_base_ = title_base_ + static_cast<std::uint32_t>(p.person_titles.size());
  auto add_cues = [this](const std::vector<std::string>& words, Cue cue) {
    for (const std::string& word : words) {
      sentence_phrases_.add(word, cue_base_ + static_cast<std::uint32_t>(cues_.size()));
      cues_.push_back(cue);
    }
  };
  add_cues(pack.contractions.single_after, Cue::SingleAfter);
  add_cues(p.about_openers, Cue::About);
  add_cues(p.ordinal_prefixes, Cue::Numbered);
  // Each list by value, so that its matches come in the order its own matcher gives them.
  passenger_base_ = cue_base_ + static_cast<std::uint32_t>(cues_.size());
  for (std::size_t list = 0; list < passengers.size(); ++list) {
    PhraseList words = passengers[list];
    std::stable_sort(words.begin(), words.end(),
                     [](const auto& a, const auto& b) { return a.second < b.second; });
    for (const auto& [word, value] : words) {
      sentence_phrases_.add(word, passenger_base_ + static_cast<std::uint32_t>(passengers_.size()));
      passengers_.emplace_back(static_cast<std::uint32_t>(list), value);
    }
  }
  sentence_phrases_.build();
  for (std::size_t i = 0; i < p.name_stop_words.size(); ++i) {
    stop_words_.add(p.name_stop_words[i], static_cast<std::uint32_t>(i));
    std::size_t last = p.name_stop_words[i].size();
    if (last > 0) stop_word_endings_.add(utf8::previous(p.name_stop_words[i], last));
  }
  stop_words_.build();
  for (std::size_t i = 0; i < p.name_words.size(); ++i) {
    name_words_.add(p.name_words[i], static_cast<std::uint32_t>(i));
    std::size_t last = p.name_words[i].size();
    if (last > 0) name_word_endings_.add(utf8::previous(p.name_words[i], last));
  }
  name_words_.build();
  for (const std::string& c : p.name_stop_characters) stop_characters_.add(c);
  for (const std::string& c : p.given_name_stops) given_name_stops_.add(c);
  transliteration_ = utf8::CharacterSet(p.transliteration_characters);
  for (const auto& [abbreviation, name] : pack.contractions.abbreviations) {
    const std::u32string character = to_u32(abbreviation);
    if (character.size() == 1 && abbreviations_.emplace(character[0], &name).second &&
        character[0] < 0x10000) {
      abbreviation_characters_.set(character[0]);
    }
  }
  surnames_ = utf8::CharacterSet(p.surnames);
  event_suffix_words_ = word_set({&p.event_suffixes});
  organization_suffix_words_ = word_set({&p.organization_suffixes, &p.anchored_organization_suffixes});
  plain_organization_suffix_words_ = word_set({&p.organization_suffixes});
  initiative_suffix_words_ = word_set({&p.initiative_suffixes});
  title_document_words_ = word_set({&p.initiative_suffixes, &p.title_document_suffixes});
  title_exclusion_words_ = word_set({&p.title_exclusions});
  body_heads_ = word_set({&p.body_heads});
  category_words_ = word_set({&p.category_words});
  suffix_exclusion_words_ = word_set({&p.suffix_exclusions});
}

const std::string* EntityRecognizer::find_abbreviation(char32_t c) const {
  auto it = abbreviations_.find(c);
  return it == abbreviations_.end() ? nullptr : it->second;
}

bool EntityRecognizer::is_stop_character(char32_t c) const { return stop_characters_.contains(c); }

graph::NodeType EntityRecognizer::type_of(const Candidate& candidate, std::size_t member) const {
  return candidate.entity_count != 0 ? gazetteer_.entity(candidate.entities[member]).type : candidate.type;
}

std::string_view EntityRecognizer::name_of(const Candidate& candidate, std::size_t member) const {
  return candidate.entity_count != 0 ? gazetteer_.entity(candidate.entities[member]).name : candidate.name;
}

Mention EntityRecognizer::make_mention(std::string_view text, const Selected& selected) const {
  const Candidate& candidate = *selected.candidate;
  Mention mention;
  mention.span = candidate.span;
  mention.surface = std::string(text.substr(candidate.span.begin, candidate.span.end - candidate.span.begin));
  mention.origin = std::string(candidate.origin);
  if (candidate.entity_count != 0) {
    const KnownEntity& known = gazetteer_.entity(candidate.entities[selected.member]);
    mention.type = known.type;
    mention.name = known.name;
    mention.attributes = &known.attributes;
  } else {
    mention.type = candidate.type;
    mention.name = candidate.name;
  }
  mention.nested = selected.nested;
  mention.weak = candidate.weak;
  mention.contraction = candidate.contraction();
  return mention;
}

EntityRecognizer::SentenceCandidates::SentenceCandidates() = default;
EntityRecognizer::SentenceCandidates::~SentenceCandidates() = default;
EntityRecognizer::SentenceCandidates::SentenceCandidates(SentenceCandidates&&) noexcept = default;
EntityRecognizer::SentenceCandidates& EntityRecognizer::SentenceCandidates::operator=(
    SentenceCandidates&&) noexcept = default;

EntityRecognizer::SentenceCandidates EntityRecognizer::prepare(std::string_view text, Span sentence) const {
  SentenceCandidates prepared;
  prepared.sentence_ = sentence;
  // The gazetteer, the suffixes and the titles are matched in one pass per
  // sentence; each recognizer reads its share.
  // Refilled for every sentence, and kept per thread so that most sentences allocate none.
  thread_local std::vector<PhraseMatcher::Match> matches;
  thread_local std::vector<PhraseMatcher::Match> gazetteer_matches;
  thread_local std::vector<PhraseMatcher::Match> suffix_matches;
  thread_local std::vector<PhraseMatcher::Match> title_matches;
  thread_local std::vector<Span> known;
  matches.clear();
  gazetteer_matches.clear();
  suffix_matches.clear();
  title_matches.clear();
  sentence_phrases_.find_all(text.substr(sentence.begin, sentence.end - sentence.begin), matches);
  thread_local std::vector<Span> single_cues, about_cues, numbered_cues;
  single_cues.clear();
  about_cues.clear();
  numbered_cues.clear();
  thread_local std::array<std::vector<PhraseMatcher::Match>, kMaxPassengerLists> passenger_matches;
  for (auto& list : passenger_matches) list.clear();
  for (const PhraseMatcher::Match& m : matches) {
    if (m.value >= passenger_base_) {
      const auto [list, value] = passengers_[m.value - passenger_base_];
      passenger_matches[list].push_back({m.begin, m.end, value});
      continue;
    }
    if (m.value < suffix_base_) {
      gazetteer_matches.push_back(m);
    } else if (m.value < title_base_) {
      suffix_matches.push_back({m.begin, m.end, m.value - suffix_base_});
    } else if (m.value < cue_base_) {
      title_matches.push_back({m.begin, m.end, m.value - title_base_});
    } else {
      const Span at{sentence.begin + m.begin, sentence.begin + m.end};
      switch (cues_[m.value - cue_base_]) {
        case Cue::SingleAfter:
          single_cues.push_back(at);
          break;
        case Cue::About:
          about_cues.push_back(at);
          break;
        case Cue::Numbered:
          numbered_cues.push_back(at);
          break;
      }
    }
  }
  std::size_t passenger_count = 0;
  for (std::size_t list = 0; list < passenger_lists_; ++list)
    passenger_count += passenger_matches[list].size();
  prepared.passengers_.reserve(passenger_count);
  for (std::size_t list = 0; list < passenger_lists_; ++list) {
    prepared.passengers_.insert(prepared.passengers_.end(), passenger_matches[list].begin(),
                                passenger_matches[list].end());
    prepared.passenger_ends_[list] = static_cast<std::uint32_t>(prepared.passengers_.size());
  }
  known_names(sentence, gazetteer_matches, known);
  add_gazetteer(text, sentence, gazetteer_matches, prepared.known_);
  std::vector<Candidate>& shaped = prepared.shaped_;
  add_titles(text, sentence, shaped);
  add_quotes(text, sentence, known, shaped);
  add_suffix_names(text, sentence, known, gazetteer_matches, suffix_matches, shaped);
  add_persons(text, sentence, known, title_matches, shaped);
  add_years(text, sentence, shaped);
  add_english_names(text, sentence, shaped);
  add_list_peers(text, sentence, shaped);
  add_contractions(text, sentence, shaped);
  add_single_abbreviations(text, sentence, single_cues, shaped);
  add_about_titles(text, sentence, about_cues, known, shaped);
  add_numbered_documents(text, sentence, numbered_cues, shaped);
  add_document_symbols(text, sentence, shaped);
  return prepared;
}

std::vector<Mention> EntityRecognizer::recognize(std::string_view text, Span sentence,
                                                 const LearnedAliases& learned) const {
  return recognize(text, prepare(text, sentence), learned);
}

std::vector<Mention> EntityRecognizer::recognize(std::string_view text, const SentenceCandidates& prepared,
                                                 const LearnedAliases& learned) const {
  const Span sentence = prepared.sentence_;
  std::vector<Candidate> defined;
  add_learned(text, sentence, learned, defined);
  // Refilled for every sentence, and kept per thread so that most sentences
  // allocate only their mentions.
  thread_local std::vector<const Candidate*> candidates;
  thread_local std::vector<std::size_t> order;
  thread_local std::vector<Selected> selected;
  // In the order the recognizers ran: the order breaks ties between equals.
  candidates.clear();
  const std::vector<Candidate>* groups[] = {&prepared.known_, &defined, &prepared.shaped_};
  for (const std::vector<Candidate>* group : groups) {
    for (const Candidate& candidate : *group) candidates.push_back(&candidate);
  }

  order.resize(candidates.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Candidate& x = *candidates[a];
    const Candidate& y = *candidates[b];
    return std::tuple(x.span.begin, y.span.end, x.priority, a) <
           std::tuple(y.span.begin, x.span.end, y.priority, b);
  });
  static const bool debug = std::getenv("KG_DEBUG_CANDIDATES") != nullptr;  // read once: not per sentence
  if (debug) {
    for (std::size_t i : order) {
      const Candidate& c = *candidates[i];
      std::fprintf(stderr, "cand [%zu,%zu) p%d%s%s%s %s\n", c.span.begin, c.span.end, c.priority,
                   c.container ? " container" : "", c.blocker ? " blocker" : "",
                   c.needs_container_start ? " start-only" : "",
                   std::string(text.substr(c.span.begin, c.span.end - c.span.begin)).c_str());
    }
  }
  selected.clear();
  select(text, order, candidates, sentence, sentence.begin, false, selected);
  // By position, equals in the order selected: an insertion sort, as the
  // selection is nearly in order already (and std::stable_sort allocates).
  auto by_begin = [](const Selected& a, const Selected& b) {
    return a.candidate->span.begin < b.candidate->span.begin;
  };
  for (auto it = selected.begin(); it != selected.end(); ++it) {
    std::rotate(std::upper_bound(selected.begin(), it, *it, by_begin), it, it + 1);
  }
  std::vector<Mention> mentions;
  mentions.reserve(selected.size());
  for (const Selected& s : selected) mentions.push_back(make_mention(text, s));
  return mentions;
}

void EntityRecognizer::select(std::string_view text, std::span<const std::size_t> order,
                              const std::vector<const Candidate*>& candidates, Span within,
                              std::size_t content_begin, bool nested, std::vector<Selected>& out) const {
  std::size_t cursor = within.begin;
  for (std::size_t position = 0; position < order.size(); ++position) {
    const auto& candidate = *candidates[order[position]];
    if (candidate.span.begin > within.end) break;  // ordered by begin: none of the rest fits
    if (candidate.span.begin < cursor || candidate.span.end > within.end) continue;
    if (nested && candidate.span == within) continue;
    if (candidate.needs_container_start && !(nested && candidate.span.begin == content_begin)) continue;
    cursor = candidate.span.end;
    const std::size_t members = candidate.member_count();
    if (!(nested && candidate.weak)) {
      for (std::size_t m = 0; m < members; ++m)
        out.push_back({&candidate, static_cast<std::uint8_t>(m), nested});
    }
    if (!candidate.container) continue;
    // Skip an opening mark, so a contraction right after it starts the name.
    std::size_t inner_begin = candidate.span.begin;
    if (members != 0 && (starts_with_at(text, candidate.span.begin, kOpenTitle) ||
                         starts_with_at(text, candidate.span.begin, kOpenQuote))) {
      inner_begin += 3;
    }
    // What lies inside follows the candidate in `order` (by begin, longer
    // first), and the checks above keep out whatever does not lie inside.
    const std::size_t first_inner = out.size();
    select(text, order.subspan(position + 1), candidates, candidate.span, inner_begin, true, out);
    const Span content{inner_begin, candidate.span.end - 3};
    std::optional<std::size_t> parent;  // where the parent body the name opens with ends, once asked
    auto repeats_candidate = [&](const Selected& s) {
      const Candidate& c = *s.candidate;
      // A body's name opening with its parent's names the parent too: 中国科学院|自动化研究所.
      if (c.span.begin == candidate.span.begin && c.span.end < candidate.span.end &&
          type_of(c, s.member) == graph::NodeType::Organization) {
        if (!parent) parent = parent_end(text, candidate.span.begin, candidate.span.end, candidate.span.end);
        if (*parent == c.span.end) return false;
      }
      // The whole content again (X inside 《X》, found by an alias): the same thing.
      if (inner_begin != candidate.span.begin && c.span == content) return true;
      // The same entity again, or a shorter reading of the same name
      // (“互联网之光”博览会 inside 2023年世界互联网大会“互联网之光”博览会),
      // unless it is a contraction's member.
      for (std::size_t m = 0; m < members; ++m) {
        if (type_of(candidate, m) != type_of(c, s.member)) continue;
        if (name_of(candidate, m) == name_of(c, s.member)) return true;
        if (!c.contraction() && (candidate.span.end == c.span.end || candidate.span.begin == c.span.begin))
          return true;
      }
      return false;
    };
    out.erase(
        std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first_inner), out.end(), repeats_candidate),
        out.end());
  }
}

void EntityRecognizer::learn_aliases(std::string_view text, Span sentence,
                                     const std::vector<Mention>& mentions, LearnedAliases& learned) const {
  auto learn = [&](std::string alias, const Mention& of) {
    if (alias.empty() || alias == of.name) return;
    if (gazetteer_.find(alias)) return;  // a known name keeps its meaning
    auto same =
        std::find_if(learned.begin(), learned.end(), [&](const LearnedAlias& a) { return a.alias == alias; });
    if (same == learned.end()) learned.push_back({std::move(alias), of.type, of.name});
  };
  for (const Mention& mention : mentions) {
    if (mention.nested || mention.weak || mention.contraction || mention.type == graph::NodeType::Year)
      continue;
    // The surname part of a transliterated full name: 罗尼·林斯 -> 林斯.
    if (mention.type == graph::NodeType::Person) {
      const auto dot = mention.name.rfind(kDot);
      if (dot != std::string::npos && utf8::length(mention.name.substr(dot + kDot.size())) >= 2) {
        learn(mention.name.substr(dot + kDot.size()), mention);
      }
    }
    // The surname of a person's full name written in English: JD Vance -> Vance; the first word where
    // family names come first: Xi Jinping -> Xi.
    if (mention.type == graph::NodeType::Person && is_latin_sentence(text, sentence) &&
        is_latin_sentence(mention.surface, {0, mention.surface.size()})) {
      // A name written in capitals (a speaker label, NADIA REYES) is written as its name later: Nadia Reyes.
      const bool in_capitals = mention.name != mention.surface &&
                               is_latin_sentence(mention.name, {0, mention.name.size()}) &&
                               mention.name.size() == mention.surface.size();
      if (in_capitals && std::none_of(learned.begin(), learned.end(),
                                      [&](const LearnedAlias& a) { return a.alias == mention.name; }))
        learned.push_back({mention.name, mention.type, mention.name});
      const std::string& written = in_capitals ? mention.name : mention.surface;
      const auto first_space = written.find(' ');
      const std::string_view first_word = std::string_view(written).substr(0, first_space);
      const auto& first_names = pack_.english.surnames_first;
      const auto space = written.rfind(' ');
      if (first_space != std::string::npos &&
          std::find(first_names.begin(), first_names.end(), first_word) != first_names.end())
        learn(std::string(first_word), mention);
      else if (space != std::string::npos && written.size() - space > 3)
        learn(written.substr(space + 1), mention);
    }
    // 巴方 is 巴西 in a document that named 巴西 (and not first 巴基斯坦).
    if (mention.type == graph::NodeType::Country) {
      for (const auto& [side, states] : pack_.contractions.ambiguous_sides) {
        if (std::find(states.begin(), states.end(), mention.name) != states.end()) learn(side, mention);
      }
    }
    // A draft's symbol names it later by its own part: A/C.1/78/L.56 -> L.56.
    if (mention.type == graph::NodeType::Initiative) {
      for (const std::string& part : pack_.patterns.draft_symbol_parts) {
        const std::size_t at = mention.name.find("/" + part);
        if (at != std::string::npos && mention.name.size() > at + 1 + part.size())
          learn(mention.name.substr(at + 1), mention);
      }
    }
    // 全名(以下简称“简称”), 全名(简称“X”), 全名(X).
    std::size_t at = mention.span.end;
    // English puts a space before the bracket: Coastal Data Agency (CDA).
    if (starts_with_at(text, at, " (") && is_latin_sentence(text, sentence)) ++at;
    if (!starts_with_at(text, at, "(") || at >= sentence.end) continue;
    ++at;
    bool declared = false;
    if (const std::string* marker = opening_of(text.substr(at), pack_.patterns.alias_markers)) {
      at += marker->size();
      declared = true;
    }
    if (starts_with_at(text, at, ":")) ++at;
    if (starts_with_at(text, at, kOpenQuote)) at += kOpenQuote.size();
    const std::size_t close = text.find(')', at);
    if (close == std::string_view::npos || close > sentence.end) continue;
    std::string alias = strip_quotes(text.substr(at, close - at));
    const std::size_t characters = utf8::length(alias);
    if (characters == 0 || characters > 12) continue;
    if (!std::all_of(alias.begin(), alias.end(), [](char c) {
          return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) ||
                 c == '-' || c == '&';
        })) {
      continue;
    }
    bool accepted = declared;
    if (!accepted) {
      const bool acronym = std::isupper(static_cast<unsigned char>(alias[0])) && characters >= 2 &&
                           std::all_of(alias.begin(), alias.end(), [](char c) {
                             return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '&';
                           });
      // Han characters that all occur, in order, in the full name: 上合组织.
      bool subsequence = characters < utf8::length(mention.surface);
      std::size_t from = 0;
      for (std::size_t i = 0; i < alias.size() && subsequence;) {
        const std::size_t start = i;
        const char32_t c = utf8::next(alias, i);
        if (!utf8::is_han(c)) subsequence = false;
        const std::size_t found = mention.surface.find(alias.substr(start, i - start), from);
        if (found == std::string::npos)
          subsequence = false;
        else
          from = found + (i - start);
      }
      accepted = acronym || subsequence;
    }
    if (accepted) learn(std::move(alias), mention);
  }
}

}  // namespace kg::extract
