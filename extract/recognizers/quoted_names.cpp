// Names marked or cued in the text: 《titles》, “quoted names”, documents
// named after 关于 and documents named by number.
#include <algorithm>
#include <optional>
#include <vector>

#include "base/strings.h"
#include "extract/recognizers/recognizer_impl.h"
#include "extract/word_list.h"
#include "extract/years.h"
#include "text/utf8.h"

namespace kg::extract {

using namespace recognizers;

void EntityRecognizer::add_titles(std::string_view text, Span sentence, std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  for (std::size_t open = body.find(kOpenTitle, sentence.begin); open != std::string_view::npos;
       open = body.find(kOpenTitle, open + kOpenTitle.size())) {
    const std::size_t inner = open + kOpenTitle.size();
    const std::size_t close = body.find(kCloseTitle, inner);
    if (close == std::string_view::npos) break;
    if (body.substr(inner, close - inner).find(kOpenTitle) != std::string_view::npos) continue;
    std::string name = strip_quotes(body.substr(inner, close - inner));
    if (name.empty() || utf8::length(name) > 60) continue;
    Candidate candidate;
    candidate.span = {open, close + kCloseTitle.size()};
    candidate.priority = kTitle;
    candidate.container = true;
    const auto known = gazetteer_.find_form(name);  // (its alias too: 《网络犯罪公约》)
    const bool document =
        known ? gazetteer_.entity(*known).type == graph::NodeType::Initiative : names_document(name);
    if (auto meeting_end =
            document ? meeting_of_document(body, sentence, candidate.span.end) : std::nullopt) {
      // 《特定常规武器公约》第六次审议大会: the meeting, the document named inside it.
      candidate.span.end = *meeting_end;
      candidate.name_by_shape(graph::NodeType::Event, strip_quotes(body.substr(inner, *meeting_end - inner)),
                              "text");
    } else if (known) {
      candidate.name_entity(*known, "rules");
    } else if (const std::size_t dash = name.find("——"); dash != std::string::npos) {
      // 《…原则——发展负责任的人工智能》 names a document with a subtitle; 《开放——合作》 is a theme.
      if (names_document(name.substr(0, dash))) {
        candidate.name_by_shape(graph::NodeType::Initiative, std::move(name), "text");
      } else {
        candidate.blocker = true;
      }
    } else if (names_document(name)) {
      candidate.name_by_shape(graph::NodeType::Initiative, std::move(name), "text");
    } else if (auto with_kind = document_with_kind_word(body, sentence, open, close + kCloseTitle.size());
               with_kind && !ends_with_any(name, title_exclusion_words_)) {
      candidate.span = *with_kind;
      candidate.name_by_shape(graph::NodeType::Initiative, std::move(name), "text");
    } else {
      candidate.blocker = true;  // a periodical or a speech: only what it contains counts
    }
    out.push_back(std::move(candidate));
  }
}

std::optional<std::size_t> EntityRecognizer::meeting_of_document(std::string_view body, Span sentence,
                                                                 std::size_t after) const {
  const PatternRules& patterns = pack_.patterns;
  const std::string_view rest = body.substr(after);
  // 《…行动计划》宣介会: a meeting about the document.
  if (const std::string* meeting = opening_of(rest, patterns.title_meetings);
      meeting && after + meeting->size() <= sentence.end)
    return after + meeting->size();
  if (ordinal_length(rest, patterns) == 0 && !opening_of(rest, patterns.treaty_parties)) return std::nullopt;
  // The name characters after the title, up to a stop, and the longest stretch of them naming a meeting.
  std::size_t limit = after;
  for (int n = 0; n < 12 && limit < sentence.end; ++n) {
    std::size_t next = limit;
    const char32_t c = utf8::next(body, next);
    if (!is_name_character(c) || is_stop_character(c)) break;
    limit = next;
  }
  for (std::size_t end = limit; end > after; utf8::previous(body, end)) {
    if (kind_of_name(body.substr(after, end - after), true) == graph::NodeType::Event) return end;
  }
  return std::nullopt;
}

// Whether a title's own last word makes it a document (《…行动计划》), its
// edition or status in brackets aside (《…行动计划(2025—2027)》, 《…办法(试行)》,
// 《塔林手册2.0版》).
bool EntityRecognizer::names_document(std::string_view title) const {
  if (ends_with(title, ")")) {
    if (const std::size_t open = title.rfind('('); open != std::string_view::npos && open > 0) {
      title = title.substr(0, open);
    }
  }
  if (ends_with(title, "版")) {
    std::size_t end = title.size() - std::string_view("版").size();
    while (end > 0 && ((title[end - 1] >= '0' && title[end - 1] <= '9') || title[end - 1] == '.')) --end;
    if (end < title.size() - std::string_view("版").size()) title = title.substr(0, end);
  }
  return ends_with_any(title, title_document_words_) && !ends_with_any(title, title_exclusion_words_);
}

// Where the text calls the 《title》 between `open` and `after` a document,
// the words that say so with it (最终报告《X》, 《X》白皮书, 题为《X》的最终报告):
// the mention covers them, so that a verb before them reaches the title.
std::optional<Span> EntityRecognizer::document_with_kind_word(std::string_view body, Span sentence,
                                                              std::size_t open, std::size_t after) const {
  const std::vector<std::string>& kinds = pack_.patterns.title_kind_words;
  const std::string_view lead = body.substr(sentence.begin, open - sentence.begin);
  const std::string_view rest = body.substr(after);
  if (const std::string* kind = opening_of(rest, kinds)) return Span{open, after + kind->size()};
  if (const std::string* kind = ending_of(lead, kinds)) return Span{open - kind->size(), after};
  constexpr std::string_view kTitled[] = {"题为", "名为"};
  for (std::string_view titled : kTitled) {
    if (!ends_with(lead, titled) || !rest.starts_with("的")) continue;
    // 题为《X》的(最终)报告: the kind word within a few characters of 的.
    std::size_t at = std::string_view("的").size();
    for (int skipped = 0; skipped <= 3 && at < rest.size(); ++skipped) {
      if (const std::string* kind = opening_of(rest.substr(at), kinds)) {
        return Span{open - titled.size(), after + at + kind->size()};
      }
      utf8::next(rest, at);
    }
  }
  return std::nullopt;
}

namespace {

struct QuotePair {
  std::size_t open, inner, close, after;  // the opening mark, the text, the closing mark, past it
};

// The sentence's quotes: “curly” ones, each opening mark with the next
// closing one, and "straight" ones, as English text writes them, paired in
// order (the first with the second, the third with the fourth); by position.
std::vector<QuotePair> quote_pairs(std::string_view body, Span sentence) {
  std::vector<QuotePair> pairs;
  for (std::size_t open = body.find(kOpenQuote, sentence.begin); open != std::string_view::npos;
       open = body.find(kOpenQuote, open + kOpenQuote.size())) {
    const std::size_t inner = open + kOpenQuote.size();
    const std::size_t close = body.find(kCloseQuote, inner);
    if (close == std::string_view::npos) break;
    pairs.push_back({open, inner, close, close + kCloseQuote.size()});
  }
  constexpr std::string_view kStraight = "\"";
  for (std::size_t open = body.find(kStraight, sentence.begin); open != std::string_view::npos;) {
    const std::size_t close = body.find(kStraight, open + 1);
    if (close == std::string_view::npos) break;
    pairs.push_back({open, open + 1, close, close + 1});
    open = body.find(kStraight, close + 1);
  }
  if (pairs.size() > 1)
    std::sort(pairs.begin(), pairs.end(),
              [](const QuotePair& a, const QuotePair& b) { return a.open < b.open; });
  return pairs;
}

}  // namespace

bool EntityRecognizer::only_abbreviations(std::string_view words) const {
  std::size_t characters = 0;
  for (std::size_t at = 0; at < words.size(); ++characters) {
    if (!abbreviation_of(utf8::next(words, at))) return false;
  }
  return characters >= 2;
}

void EntityRecognizer::add_quotes(std::string_view text, Span sentence, const std::vector<Span>& known,
                                  std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  const PatternRules& patterns = pack_.patterns;
  for (const QuotePair& pair : quote_pairs(body, sentence)) {
    const std::size_t open = pair.open;
    const std::size_t inner = pair.inner;
    const std::size_t after = pair.after;
    const std::string_view quoted = body.substr(inner, pair.close - inner);
    if (quoted.empty() || quoted.find(kOpenQuote) != std::string_view::npos || utf8::length(quoted) > 40) {
      continue;
    }
    // (English punctuation inside the closing quote is the sentence's, not the name's: the "Budapest
    // Convention," opened ….)
    std::string_view name_part = quoted;
    while (!name_part.empty() && (name_part.back() == ',' || name_part.back() == '.'))
      name_part.remove_suffix(1);
    const std::string inner_name = strip_quotes(name_part);
    // 全名(以下简称“简称”): the short form is an alias of the full name (learned).
    const std::string_view lead = body.substr(sentence.begin, open - sentence.begin);
    if (ending_of(lead, pack_.patterns.alias_markers) ||
        (ends_with(lead, ":") && ending_of(lead.substr(0, lead.size() - 1), pack_.patterns.alias_markers))) {
      continue;
    }

    // The words right after the quote, up to a stop: “数字丝绸之路”合作谅解备忘录.
    std::size_t limit = after;
    for (int n = 0; n < 12 && limit < sentence.end; ++n) {
      std::size_t next = limit;
      const char32_t c = utf8::next(body, next);
      if (!is_name_character(c) || c == U'“' || c == U'—' || is_stop_character(c)) break;
      if (n > 0 && is_boundary_at(text, sentence, limit, false)) break;  // 线上研讨会: 上 inside a word
      limit = next;
    }
    // (A kind word right after the quote is read whole, a word boundary inside it or not: “X”圆桌|对话.)
    for (const std::vector<std::string>* kinds :
         {&patterns.event_suffixes, &patterns.organization_suffixes, &patterns.initiative_suffixes}) {
      if (const std::string* kind = opening_of(body.substr(after), *kinds);
          kind && after + kind->size() <= sentence.end)
        limit = std::max(limit, after + kind->size());
    }
    // The longest stretch of them that ends in a kind word.
    std::size_t tail_end = after;
    std::optional<graph::NodeType> tail_type;
    bool category = false;
    for (std::size_t end = limit; end > after; utf8::previous(body, end)) {
      const std::string_view tail = body.substr(after, end - after);
      if (ends_with_any(tail, category_words_)) {
        tail_end = end;
        category = true;
        break;
      }
      if (auto type = kind_of_name(tail, false)) {
        tail_end = end;
        tail_type = type;
        break;
      }
    }

    Candidate candidate;
    candidate.priority = kQuote;
    candidate.container = true;
    std::size_t begin = open;
    const bool programme_before =
        std::any_of(patterns.category_before_quote.begin(), patterns.category_before_quote.end(),
                    [&](const std::string& word) {
                      return ends_with(body.substr(sentence.begin, open - sentence.begin), word);
                    });

    if (category) {
      // “万村通”项目, “人工智能+”跨境示范项目: the quote is the name, the rest its kind.
      if (auto entity = gazetteer_.find_form(inner_name)) {
        candidate.name_entity(*entity, "rules");
      } else {
        candidate.name_by_shape(graph::NodeType::Initiative, inner_name, "text");
      }
    } else if (tail_type) {
      std::string name = inner_name + strip_quotes(body.substr(after, tail_end - after));
      graph::NodeType type = *tail_type;
      if (type != graph::NodeType::Initiative) {
        // A year or a known name just before belongs to the name:
        // 2023年世界互联网大会“互联网之光”博览会, 巴基斯坦“读懂中国”论坛.
        begin = extend_name_left(text, sentence, open, known);
        // (Only those, an edition or the parties' contraction: not a date's month,
        // 2022年6月|“中国+中亚五国”外长会晤, nor a place, 天津|“上海合作组织+”会议.)
        std::size_t at = begin;
        while (at < open) {
          const auto whole = std::find_if(known.begin(), known.end(),
                                          [&](const Span& k) { return k.begin == at && k.end <= open; });
          if (whole != known.end()) {
            at = whole->end;
            if (at < open && starts_with_at(text, at, "—")) at += std::string_view("—").size();  // 中国—中亚
          } else if (only_abbreviations(text.substr(at, open - at))) {
            at = open;  // the parties' contraction: 亚非|“数字桥梁”论坛, 美日印澳|“四方机制”
          } else if (const std::size_t ordinal = ordinal_length(text.substr(at, open - at), pack_.patterns)) {
            at += ordinal;  // its edition: 第三届|“一带一路”国际合作高峰论坛
          } else if (const std::string* edition = edition_words_.opening_of(text.substr(at, open - at))) {
            at += edition->size();  // 首届
          } else if (at == begin && year_at(text, at)) {
            at += 4;
            if (starts_with_at(text, at, "年")) at += std::string_view("年").size();
          } else {
            break;
          }
        }
        if (at != open) begin = open;
        name = strip_quotes(body.substr(begin, tail_end - begin));
        if (auto refined = kind_of_name(name, has_edition_or_year(name, pack_.patterns))) type = *refined;
        if (type == graph::NodeType::Event && !has_edition_or_year(name, pack_.patterns) &&
            headed_as_body(text, sentence, tail_end)) {
          type = graph::NodeType::Organization;
        }
      }
      candidate.name_by_shape(type, std::move(name), "text");
    } else if (auto entity = gazetteer_.find_form(inner_name)) {
      candidate.name_entity(*entity, "rules");
      tail_end = after;
    } else if (auto type = kind_of_name(inner_name, has_edition_or_year(inner_name, pack_.patterns))) {
      candidate.name_by_shape(*type, inner_name, "text");
      tail_end = after;
    } else {
      tail_end = after;
      // A quoted phrase is a name only where something marks it as one: a
      // programme word before it, or a relation taking it whole (发起“中文联盟”,
      // decided later). Followed by more words it is a modifier: “低资料”语言.
      const bool followed_by_words = after < sentence.end && utf8::is_han(utf8::at(body, after)) &&
                                     !is_boundary_at(text, sentence, after);
      if (followed_by_words) {
        candidate.blocker = true;  // contains what it contains, names nothing
        if (inner_name.empty()) continue;
      } else {
        candidate.name_by_shape(graph::NodeType::Initiative, inner_name, "text");
        candidate.weak = !programme_before;
      }
    }
    if (!candidate.blocker && candidate.member_count() == 0)
      continue;  // nothing left once marks are stripped
    candidate.span = {begin, tail_end};
    out.push_back(std::move(candidate));
  }
}

bool EntityRecognizer::in_event_context(std::string_view text, Span sentence, std::size_t begin,
                                        std::size_t end) const {
  const PatternRules& p = pack_.patterns;
  std::string_view before = text.substr(sentence.begin, begin - sentence.begin);
  // (Past a qualifier the name does not hold: 举办|两期|…研讨班.)
  if (const std::string* qualifier = name_qualifiers_.ending_of(before))
    before.remove_suffix(qualifier->size());
  auto after_event_verb = [&] {
    return std::any_of(p.event_verbs.begin(), p.event_verbs.end(),
                       [&](const std::string& verb) { return ends_with(before, verb); });
  };
  if (after_event_verb()) return true;
  // …主办的|高级别会议: the head of a relative clause whose verb events take.
  if (const std::string* of = ending_of(before, pack_.modifiers.relative_particles)) {
    before.remove_suffix(of->size());
    if (after_event_verb()) return true;
  }
  // 在…举行: the event is held somewhere, in the same clause.
  std::string_view after = text.substr(end, sentence.end - end);
  if (!opening_of(after, pack_.modifiers.venue_openers)) return false;
  for (std::size_t i = 0; i < after.size() && i < std::size_t{3} * 16;) {
    const std::size_t at = i;
    const char32_t c = utf8::next(after, i);
    if (c == U',' || c == U';' || c == U'。') break;
    if (std::any_of(p.event_held_verbs.begin(), p.event_held_verbs.end(),
                    [&](const std::string& verb) { return starts_with_at(after, at, verb); })) {
      return true;
    }
  }
  return false;
}

void EntityRecognizer::add_about_titles(std::string_view text, Span sentence, const std::vector<Span>& cues,
                                        const std::vector<Span>& known, std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  {
    for (const Span& cue : cues) {
      const std::size_t at = cue.begin;
      const std::string_view opener = text.substr(cue.begin, cue.end - cue.begin);
      // Inside a title it is the title's: 《关于…的决定》.
      const std::string_view before = body.substr(sentence.begin, at - sentence.begin);
      if (before.rfind(kOpenTitle) != std::string_view::npos &&
          (before.rfind(kCloseTitle) == std::string_view::npos ||
           before.rfind(kCloseTitle) < before.rfind(kOpenTitle))) {
        continue;
      }
      // 首个关于…的决议, 一份关于…的报告: a description, not a name.
      if (std::any_of(pack_.patterns.about_descriptors.begin(), pack_.patterns.about_descriptors.end(),
                      [&](const std::string& word) { return ends_with(before, word); })) {
        continue;
      }
      // …的 + a document's kind, within a title's length, no clause break.
      std::size_t end = 0;
      for (std::size_t i = at + opener.size(), n = 0; i < sentence.end && n < kMaxAboutCharacters; ++n) {
        const char32_t c = utf8::next(text, i);
        if (c == U',' || c == U';' || c == U':' || c == U'。' || c == U'(' || c == U'《' || c == U'》') break;
        if (c != U'的') continue;
        // The longest kind word right after this 的 (建议书 over 建议).
        for (const std::string& kind : pack_.patterns.initiative_suffixes) {
          if (starts_with_at(text, i, kind) && i + kind.size() > end && i + kind.size() <= sentence.end) {
            end = i + kind.size();
          }
        }
      }
      if (end == 0) continue;
      const std::size_t begin = extend_name_left(text, sentence, at, known);
      Candidate candidate;
      candidate.span = {begin, end};
      candidate.priority = kPattern;
      candidate.container = true;
      candidate.name_by_shape(graph::NodeType::Initiative, strip_quotes(text.substr(begin, end - begin)),
                              "text");
      out.push_back(std::move(candidate));
    }
  }
}

void EntityRecognizer::add_numbered_documents(std::string_view text, Span sentence,
                                              const std::vector<Span>& cues,
                                              std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  for (const Span& cue : cues) {
    const std::size_t at = cue.begin;
    // 第 + digits (and /) + 号 + a document's kind: 第74/247号决议, 第14110号行政令.
    std::size_t i = cue.end;
    const std::size_t digits = i;
    while (i < sentence.end && (utf8::is_ascii_digit(static_cast<unsigned char>(text[i])) || text[i] == '/'))
      ++i;
    const std::string* number_sign =
        i == digits ? nullptr : opening_of(text.substr(i), pack_.patterns.number_signs);
    if (!number_sign) continue;
    i += number_sign->size();
    // The kind, right after the number or after a few words of topic: 第14110号|人工智能|行政令.
    constexpr int kMaxTopicCharacters = 6;
    std::size_t end = 0;
    for (int topic = 0; end == 0 && topic <= kMaxTopicCharacters && i < sentence.end; ++topic) {
      for (const std::string& kind : pack_.patterns.numbered_document_kinds) {
        if (starts_with_at(text, i, kind) && i + kind.size() > end) end = i + kind.size();
      }
      if (end != 0) break;
      const char32_t c = utf8::next(text, i);
      if (!(utf8::is_han(c) || utf8::is_ascii_alnum(c)) || is_stop_character(c)) break;
    }
    if (end == 0) continue;
    Candidate candidate;
    candidate.priority = kPattern;
    candidate.container = true;
    // 第14110号行政令《…》: the number and the title name one document, by its title.
    if (starts_with_at(text, end, kOpenTitle)) {
      const std::size_t close = body.find(kCloseTitle, end);
      if (close != std::string_view::npos) {
        const std::string title =
            strip_quotes(body.substr(end + kOpenTitle.size(), close - end - kOpenTitle.size()));
        if (!title.empty()) {
          candidate.span = {at, close + kCloseTitle.size()};
          if (auto known = gazetteer_.find(title))
            candidate.name_entity(*known, "rules");
          else
            candidate.name_by_shape(graph::NodeType::Initiative, title, "text");
          out.push_back(std::move(candidate));
          continue;
        }
      }
    }
    candidate.span = {at, end};
    candidate.name_by_shape(graph::NodeType::Initiative, std::string(text.substr(at, end - at)), "text");
    out.push_back(std::move(candidate));
  }
}

}  // namespace kg::extract
