// Names ending in an organization, event, title or initiative word
// (…研究所, …峰会), and where such a name may begin and end.
#include <algorithm>
#include <tuple>

#include "base/strings.h"
#include "extract/recognizers/recognizer_impl.h"
#include "extract/word_list.h"
#include "extract/years.h"
#include "text/utf8.h"

namespace kg::extract {

using namespace recognizers;

std::size_t EntityRecognizer::name_word_ending_at(std::string_view text, std::size_t floor,
                                                  std::size_t end) const {
  return name_words_.shortest_ending_at(text, floor, end);
}

// Whether a session's name names its parties: a known name in it, or a
// contraction right after its edition (第二次|中欧…对话).
bool EntityRecognizer::names_parties_after_edition(std::string_view text, std::size_t begin, std::size_t end,
                                                   bool known_inside) const {
  if (known_inside) return true;
  std::size_t at = begin;
  for (const std::string& ordinal : pack_.patterns.edition_words) {
    if (starts_with_at(text, at, ordinal)) at += ordinal.size();
  }
  at += ordinal_length(text.substr(at, end - at), pack_.patterns);  // 第二次, 第十届
  return starts_with_contraction(text, at, end);
}

bool EntityRecognizer::ends_with_stop_word(std::string_view text, std::size_t begin, std::size_t end) const {
  return stop_words_.ends_at(text, begin, end);
}

// Where a name ending at `from` may begin: left over name characters until a
// stop character, punctuation, a stop word or the length limit.
std::size_t EntityRecognizer::extend_name_left(std::string_view text, Span sentence, std::size_t from,
                                               const std::vector<Span>& known) const {
  std::size_t begin = from;
  std::size_t characters = 0;
  while (begin > sentence.begin && characters < kMaxNameCharacters) {
    // A known name is taken whole, whatever characters it has: 中国, 上合组织.
    auto whole = std::find_if(known.begin(), known.end(), [&](const Span& k) { return k.end == begin; });
    if (whole != known.end()) {
      characters += utf8::length(text.substr(whole->begin, whole->end - whole->begin));
      begin = whole->begin;
      // A joiner before a known name starts the name there: 中国与|阿拉伯国家联盟秘书处,
      // 大使与|马来西亚通讯部, 郑栅洁与|马来西亚数字部 — two partners, not one name.
      if (name_joiners_.ending_of(text.substr(sentence.begin, begin - sentence.begin)) != nullptr) break;
      continue;
    }
    // So does a year a name begins with: 与|2015年第二届大会时相比, 中方与|2025年峰会主办方.
    if (year_at(text, begin) && name_joiners_.ending_of(text.substr(sentence.begin, begin - sentence.begin)))
      break;
    // An ordinal right before the name's suffix belongs to it: …对话|首次|会议.
    if (begin == from) {
      if (const std::string* ordinal =
              edition_words_.ending_of(text.substr(sentence.begin, begin - sentence.begin))) {
        begin -= ordinal->size();
        characters += utf8::length(*ordinal);
        continue;
      }
    }
    // A joiner after another body's name (…研究院与|马来西亚…研究所) starts this name: the two are partners.
    if (const std::string* joiner =
            name_joiners_.ending_of(text.substr(sentence.begin, begin - sentence.begin));
        joiner != nullptr && begin - joiner->size() > sentence.begin &&
        (plain_organization_suffix_words_.ends_at(text, sentence.begin, begin - joiner->size()) ||
         event_suffix_words_.ends_at(text, sentence.begin, begin - joiner->size())))
      break;
    std::size_t previous = begin;
    const char32_t c = utf8::previous(text, previous);
    // A word names hold whole though it has a function word's character: 协同, 和平.
    if (name_word_endings_.contains(c)) {
      if (const std::size_t word_begin = name_word_ending_at(text, sentence.begin, begin);
          word_begin != begin) {
        characters += utf8::length(text.substr(word_begin, begin - word_begin));
        begin = word_begin;
        continue;
      }
    }
    if (!is_name_character(c) || is_stop_character(c)) break;
    if (c == U'—' && utf8::before(text, previous) == U'—') break;  // —— is a dash between phrases
    if (c == U'“' && from > previous) {
      // An opening quote whose closing one is not in the name starts no part of it; one whose closing
      // one is starts the name (所谓|“清洁网络”计划).
      if (text.substr(previous, from - previous).find(kCloseQuote) != std::string_view::npos)
        begin = previous;
      break;
    }
    if (stop_word_endings_.contains(c) &&
        ends_with_stop_word(text, std::max(sentence.begin, previous >= 24 ? previous - 24 : 0), begin)) {
      break;
    }
    begin = previous;
    ++characters;
  }
  // Digits before a name are a footnote mark (⑤ -> 5), unless they are a
  // year the name begins with (2023年…峰会, 2023中国·…博览会). A date is
  // no part of a name: 2024年10月|喀山峰会, 7月|非盟执行理事会.
  begin = past_date(text, begin, from);
  {
    std::size_t digits = begin;
    while (digits < from && utf8::is_ascii_digit(static_cast<unsigned char>(text[digits]))) ++digits;
    const bool year = digits - begin == 4 && digits < from && (utf8::is_han(utf8::at(text, digits)));
    if (digits > begin && !year) begin = digits;
  }
  // A name never starts with a qualifier (这, 该, 各, 相关 …) or a closing quote.
  bool trimmed = true;
  while (trimmed && begin < from) {
    trimmed = false;
    const std::string* qualifier = name_qualifiers_.opening_of(text.substr(begin, from - begin));
    if (qualifier != nullptr && begin + qualifier->size() < from) {
      begin += qualifier->size();
      trimmed = true;
    }
    if (starts_with_at(text, begin, kCloseQuote)) {
      begin += kCloseQuote.size();
      trimmed = true;
    }
  }
  // (And a date after a qualifier: 继|2023年11月|英国布莱切利园峰会.)
  return past_date(text, begin, from);
}

// True where a name may end or begin at `at`: the sentence's edge,
// punctuation, a stop character or the start of a stop word.
bool EntityRecognizer::is_boundary_at(std::string_view text, Span sentence, std::size_t at,
                                      bool after_postpositions) const {
  if (at <= sentence.begin || at >= sentence.end) return true;
  const char32_t c = utf8::at(text, at);
  if (!utf8::is_han(c) || is_stop_character(c)) return true;
  const std::string_view ahead = text.substr(at, std::min<std::size_t>(24, sentence.end - at));
  const std::size_t limit = at + ahead.size();
  if (stop_words_.starts_at(text, at, limit) || titles_.starts_at(text, at, limit))
    return true;  // 研究中心|主任
  return after_postpositions &&
         std::any_of(pack_.patterns.postpositions.begin(), pack_.patterns.postpositions.end(),
                     [&](const std::string& word) { return ahead.substr(0, word.size()) == word; });
}

bool EntityRecognizer::headed_as_body(std::string_view text, Span sentence, std::size_t end) const {
  return body_heads_.starts_at(text, end, sentence.end);
}

std::optional<graph::NodeType> EntityRecognizer::kind_of_name(std::string_view name, bool has_edition) const {
  const bool event = ends_with_any(name, event_suffix_words_);
  bool organization = ends_with_any(name, organization_suffix_words_);
  // A word that common in plain phrases (机制, 中心) names a body only after
  // a few characters of its own: “常设机制” is none.
  if (organization && !ends_with_any(name, plain_organization_suffix_words_)) {
    for (const std::string& suffix : pack_.patterns.anchored_organization_suffixes) {
      if (ends_with(name, suffix) && utf8::length(name.substr(0, name.size() - suffix.size())) < 3)
        organization = false;
    }
  }
  if (event && (has_edition || !organization)) return graph::NodeType::Event;
  if (organization) return graph::NodeType::Organization;
  if (ends_with_any(name, initiative_suffix_words_) && !ends_with_any(name, title_exclusion_words_)) {
    return graph::NodeType::Initiative;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> EntityRecognizer::government_of(std::string_view ruler) const {
  // 美国新一届|政府: qualifiers of the government, not of its country.
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const std::string& qualifier : pack_.patterns.government_qualifiers) {
      if (ends_with(ruler, qualifier) && ruler.size() > qualifier.size()) {
        ruler.remove_suffix(qualifier.size());
        trimmed = true;
      }
    }
  }
  auto known = gazetteer_.find_form(ruler);
  if (!known) return std::nullopt;
  const KnownEntity& entity = gazetteer_.entity(*known);
  if (entity.type == graph::NodeType::Country) return known;
  // 拜登政府: a head of government the gazetteer knows the country of.
  if (auto it = entity.attributes.find("government_of"); it != entity.attributes.end()) {
    if (auto country = gazetteer_.find_form(it->second);
        country && gazetteer_.entity(*country).type == graph::NodeType::Country) {
      return country;
    }
  }
  return std::nullopt;
}

void EntityRecognizer::add_suffix_names(std::string_view text, Span sentence, const std::vector<Span>& known,
                                        const std::vector<PhraseMatcher::Match>& gazetteer_matches,
                                        std::vector<PhraseMatcher::Match>& suffix_matches,
                                        std::vector<Candidate>& out) const {
  // The longest suffix ending at each position: 研究中心 rather than 中心.
  // A suffix of two kinds (论坛: a body's, an event's) is read as each in
  // turn, in the pack's order, until one names something.
  std::sort(suffix_matches.begin(), suffix_matches.end(), [](const auto& a, const auto& b) {
    return std::tie(a.end, a.begin, a.value) < std::tie(b.end, b.begin, b.value);
  });
  std::vector<PhraseMatcher::Match> inside;  // per suffix, refilled
  std::size_t found_before = out.size();     // candidates before the last suffix read
  for (std::size_t i = 0; i < suffix_matches.size(); ++i) {
    if (i > 0 && suffix_matches[i - 1].end == suffix_matches[i].end &&
        (suffix_matches[i - 1].begin != suffix_matches[i].begin || out.size() > found_before)) {
      continue;  // a longer one came first, or this one named something as another kind
    }
    found_before = out.size();
    const auto& match = suffix_matches[i];
    const std::size_t suffix_begin = sentence.begin + match.begin;
    const std::size_t end = sentence.begin + match.end;
    // A suffix inside a listed word is none: 部 in 总部, 署 in 部署.
    // (A word the suffix holds whole is no matter: 部长 in 部长会议.)
    const bool excluded = suffix_exclusion_words_.ends_at(text, sentence.begin, end) ||
                          (suffix_exclusion_words_.starts_at(text, suffix_begin, text.size()) &&
                           !suffix_exclusion_words_.starts_at(text, suffix_begin, end));
    if (excluded) continue;
    // A known name ending here is the name: 美国|英伟达公司, not 美国英伟达公司.
    // (An event keeps its year or edition: 2023年|世界互联网大会乌镇峰会.)
    const bool known_here =
        std::any_of(known.begin(), known.end(), [&](const Span& k) { return k.end == end; });
    if (known_here && suffix_entries_[match.value].first != SuffixKind::Event) continue;
    const std::size_t begin = extend_name_left(text, sentence, suffix_begin, known);
    const std::size_t prefix_characters = utf8::length(text.substr(begin, suffix_begin - begin));
    const auto& [kind, suffix] = suffix_entries_[match.value];
    if (prefix_characters < 2) continue;
    // 中国政府, 美国新政府, 拜登政府: the government is its country.
    if (std::find(pack_.patterns.government_suffixes.begin(), pack_.patterns.government_suffixes.end(),
                  suffix) != pack_.patterns.government_suffixes.end()) {
      if (auto country = government_of(text.substr(begin, suffix_begin - begin))) {
        Candidate candidate;
        candidate.span = {begin, end};
        candidate.priority = kPattern;
        candidate.name_entity(*country, "text");
        // The ruler named in it is mentioned too: 拜登|政府 names 拜登.
        candidate.container = true;
        out.push_back(std::move(candidate));
      }
      continue;
    }
    // 在利马会晤, 同斯塔默首相会晤: after a preposition the word is the verb (met), not a
    // meeting's name; but not before 上 (在…会晤上: at the meeting) nor with an edition.
    if (kind == SuffixKind::Event &&
        std::find(pack_.patterns.verb_event_suffixes.begin(), pack_.patterns.verb_event_suffixes.end(),
                  suffix) != pack_.patterns.verb_event_suffixes.end() &&
        ending_of(text.substr(sentence.begin, begin - sentence.begin), pack_.patterns.verb_event_openers) &&
        !starts_with_at(text, end, "上") &&
        !has_edition_or_year(text.substr(begin, end - begin), pack_.patterns)) {
      continue;
    }
    const std::string_view surface = text.substr(begin, end - begin);
    const std::string name = strip_quotes(surface);

    // Does the name contain a known name, a quote or a dash, or start with a contraction?
    // The sentence's matches that lie in it, as matching it alone would give
    // them (offsets from `begin`, in the same order).
    inside.clear();
    for (const auto& m : gazetteer_matches) {
      if (sentence.begin + m.begin >= begin && sentence.begin + m.end <= suffix_begin) {
        inside.push_back({sentence.begin + m.begin - begin, sentence.begin + m.end - begin, m.value});
      }
    }
    bool contains_event = false;
    bool anchored =
        starts_with_contraction(text, begin, suffix_begin) || surface.find("—") != std::string_view::npos ||
        surface.find(kOpenQuote) != std::string_view::npos ||
        std::any_of(surface.begin(), surface.end(), [](char c) { return (c >= 'A' && c <= 'Z'); });
    for (const auto& m : inside) {
      const Surface& found = gazetteer_.surface(m.value);
      if (found.kind != Surface::Kind::Entity) continue;
      anchored = true;
      contains_event = contains_event || gazetteer_.entity(found.entity).type == graph::NodeType::Event;
    }
    const bool edition = has_edition_or_year(surface, pack_.patterns);

    graph::NodeType type = kind == SuffixKind::Event        ? graph::NodeType::Event
                           : kind == SuffixKind::Initiative ? graph::NodeType::Initiative
                                                            : graph::NodeType::Organization;
    if (type == graph::NodeType::Organization && contains_event &&
        std::find(pack_.patterns.event_suffixes.begin(), pack_.patterns.event_suffixes.end(), suffix) !=
            pack_.patterns.event_suffixes.end()) {
      type = graph::NodeType::Event;  // a forum of a summit: …乌镇峰会青年与数字未来论坛
    }
    if (type == graph::NodeType::Event && !edition && headed_as_body(text, sentence, end)) {
      type = graph::NodeType::Organization;
    }
    // A dialogue is a mechanism; its numbered session naming the parties, an event.
    if (type == graph::NodeType::Organization && edition &&
        std::find(pack_.patterns.session_suffixes.begin(), pack_.patterns.session_suffixes.end(), suffix) !=
            pack_.patterns.session_suffixes.end() &&
        names_parties_after_edition(text, begin, suffix_begin, anchored)) {
      type = graph::NodeType::Event;
    }
    // An event named by its shape alone needs a sign of being one: an edition,
    // a known name inside, or a verb events take (出席…高级别会议, …会议在纽约举行).
    if (type == graph::NodeType::Event && !edition && !anchored) {
      // …and, by context alone, a name long enough to be one (人工智能峰会, not 高级别会议).
      std::string_view body = text.substr(begin, suffix_begin - begin);
      for (const std::string& ordinal : pack_.patterns.edition_words) {
        if (ends_with(body, ordinal)) body.remove_suffix(ordinal.size());
      }
      // (Right after its date a city's summit is one too: 2024年10月|喀山峰会.)
      std::size_t unit = begin;
      const bool dated = begin > sentence.begin && is_date_unit(utf8::previous(text, unit)) &&
                         unit > sentence.begin &&
                         utf8::is_ascii_digit(static_cast<unsigned char>(text[unit - 1]));
      if (dated ? utf8::length(body) < 2
                : (utf8::length(body) < 4 || !in_event_context(text, sentence, begin, end))) {
        continue;
      }
    }
    if (type == graph::NodeType::Initiative && !anchored) continue;
    if (kind == SuffixKind::Organization && type == graph::NodeType::Organization) {
      const bool needs_anchor = std::find(pack_.patterns.anchored_organization_suffixes.begin(),
                                          pack_.patterns.anchored_organization_suffixes.end(),
                                          suffix) != pack_.patterns.anchored_organization_suffixes.end();
      if (needs_anchor && !anchored) continue;
      if (!anchored && prefix_characters < 3) continue;  // 伦理委员会, 治理联盟: generic
    }
    if (auto known = gazetteer_.find_form(name)) {
      type = gazetteer_.entity(*known).type;  // a known name found by its shape
    } else if (auto body_name = without_edition(name, pack_.patterns); body_name != name) {
      // 第78届联合国大会 is 联合国大会, the organization, in one of its
      // sessions; but a conference series' edition is an event of its own
      // (第二届世界互联网大会): the gazetteer says which, by "editions".
      auto session = gazetteer_.find(body_name);
      if (session) {
        const Attributes& attributes = gazetteer_.entity(*session).attributes;
        // (By its ordinal: a year names no edition here, 2023年世界互联网大会 is that year's summit.)
        const bool ordinal = ordinal_length(name, pack_.patterns) > 0 ||
                             opening_of(name, pack_.patterns.first_editions) != nullptr;
        if (auto it = attributes.find("editions");
            it != attributes.end() && it->second == "Event" && ordinal) {
          Candidate candidate;
          candidate.span = {begin, end};
          candidate.priority = kPattern;
          candidate.name_by_shape(graph::NodeType::Event, name, "text");
          out.push_back(std::move(candidate));
          continue;
        }
      }
      if (session && gazetteer_.entity(*session).type == graph::NodeType::Organization) {
        Candidate candidate;
        candidate.span = {begin, end};
        candidate.priority = kPattern;
        candidate.name_entity(*session, "text");
        out.push_back(std::move(candidate));
        continue;
      }
    }

    // A parent body named first is its own mention: 中国传媒大学|网络强国研究中心.
    std::size_t child_begin = begin;
    if (type == graph::NodeType::Organization || type == graph::NodeType::Event) {
      // A known organization first: 教育部|国际传播联合研究院, 联合国|人工智能独立国际科学小组.
      for (const auto& m : inside) {
        const Surface& found = gazetteer_.surface(m.value);
        if (m.begin != 0 || found.kind != Surface::Kind::Entity ||
            gazetteer_.entity(found.entity).type != graph::NodeType::Organization) {
          continue;
        }
        const std::size_t parent_end = begin + m.end;
        // (A body of the parent's officials is named with it: 欧洲委员会|部长委员会, 欧盟|部长理事会.)
        const bool officials = titles_.longest_starting_at(text, parent_end, end) > parent_end;
        if (utf8::length(text.substr(parent_end, end - parent_end)) >= 5 && !officials &&
            type == graph::NodeType::Organization) {
          child_begin = std::max(child_begin, parent_end);
        }
      }
    }
    if (type == graph::NodeType::Organization)
      child_begin = std::max(child_begin, parent_end(text, begin, suffix_begin, end));
    auto make = [&](std::size_t from, std::size_t to, graph::NodeType as) {
      Candidate candidate;
      candidate.span = {from, to};
      candidate.priority = kPattern;
      candidate.container = true;
      std::string name = strip_quotes(text.substr(from, to - from));
      if (auto known = gazetteer_.find_form(name)) {
        candidate.name_entity(*known, "rules");
      } else {
        candidate.name_by_shape(as, std::move(name), "text");
      }
      out.push_back(std::move(candidate));
    };
    if (child_begin != begin) make(begin, child_begin, graph::NodeType::Organization);
    make(child_begin, end, type);
  }
}

std::size_t EntityRecognizer::parent_end(std::string_view text, std::size_t begin, std::size_t limit,
                                         std::size_t end) const {
  const std::string_view surface = text.substr(begin, end - begin);
  std::size_t last = begin;
  for (const std::string& parent : pack_.patterns.parent_suffixes) {
    for (std::size_t at = surface.find(parent); at != std::string_view::npos;
         at = surface.find(parent, at + parent.size())) {
      const std::size_t parent_end = begin + at + parent.size();
      if (parent_end >= limit) break;
      if (utf8::length(text.substr(begin, parent_end - begin)) < 3) continue;
      if (utf8::length(text.substr(parent_end, end - parent_end)) < 4) continue;
      if (surface.substr(0, at + parent.size()).find("—") != std::string_view::npos) continue;
      // A title the suffix begins, or one right after it, is no parent's end: 欧洲委员会部|长委员会 and
      // 欧洲委员会|部长委员会 are the ministers' committee of 欧洲委员会.
      if (titles_.longest_starting_at(text, begin + at, end) > parent_end ||
          titles_.longest_starting_at(text, parent_end, end) > parent_end)
        continue;
      last = std::max(last, parent_end);
    }
  }
  return last;
}

}  // namespace kg::extract
