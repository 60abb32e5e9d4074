// Persons: a transliterated name with its given names (…·拜登), a name
// after or before a person title (习近平主席).
#include <algorithm>

#include "extract/recognizers/recognizer_impl.h"
#include "text/utf8.h"

namespace kg::extract {

using namespace recognizers;

// Where the given names of a transliterated name end at `at` begin: runs of
// transliteration characters, each followed by ·, or `at` if there are none.
std::size_t EntityRecognizer::given_names_before(std::string_view text, Span sentence, std::size_t at) const {
  constexpr std::size_t kMaxGivenName = 6;  // characters of one given name
  std::size_t begin = at;
  while (begin > sentence.begin && utf8::before(text, begin) == U'·') {
    std::size_t run = begin;
    utf8::previous(text, run);  // the dot
    std::size_t characters = 0;
    // (Not into a title before the name: 总理|米·弗·米舒斯京.)
    while (run > sentence.begin && characters <= kMaxGivenName &&
           transliteration_.contains(utf8::before(text, run)) &&
           !titles_.ends_at(text, sentence.begin, run)) {
      utf8::previous(text, run);
      ++characters;
    }
    if (characters == 0 || characters > kMaxGivenName) break;
    begin = run;
  }
  return begin;
}

// A person's name right after a title: a foreign name in transliteration
// characters, or a Chinese name of 2-3 characters starting with a surname.
std::size_t EntityRecognizer::person_name_after(std::string_view text, Span sentence, std::size_t at,
                                                const std::vector<Span>& known) const {
  if (starts_with_at(text, at, ":")) ++at;
  // A word that names cannot begin with follows the title: 发言人|宣布; or a joiner, before the next
  // person: 主席|和安瓦尔总理.
  if (stop_words_.starts_at(text, at, std::min<std::size_t>(sentence.end, at + 24))) return at;
  if (opening_of(text.substr(at, sentence.end - at), pack_.patterns.name_joiners)) return at;
  // A foreign name in transliteration characters: the longest run (up to 6:
  // 斯波利亚里奇) that ends where a word may end, so 古特雷斯|多次 is not 古特雷斯多.
  constexpr std::size_t kMaxTransliterated = 6;
  std::vector<std::size_t> ends;
  for (std::size_t end = at; end < sentence.end && ends.size() < kMaxTransliterated;) {
    std::size_t next = end;
    const char32_t c = utf8::next(text, next);
    if (!transliteration_.contains(c) && !(ends.empty() && surnames_.contains(c))) break;
    if (ends.empty() && is_stop_character(c)) break;  // (主席|由巴西外交官…: 由 opens no name)
    end = next;
    ends.push_back(end);
  }
  for (std::size_t n = ends.size(); n >= 2; --n) {
    // (A function word ends no name: 古特雷斯|于2023年.)
    if (is_boundary_at(text, sentence, ends[n - 1]) && !is_stop_character(utf8::before(text, ends[n - 1]))) {
      return ends[n - 1];
    }
  }
  // A Chinese name: surname + one or two characters, then a boundary. No
  // character of it is a function word or begins a word that names cannot
  // hold (李强|在, 主席国|期间, 发言人|宣布), nor a known name (出任|美国…).
  std::size_t i = at;
  if (i >= sentence.end) return at;
  if (const char32_t surname = utf8::next(text, i);
      !surnames_.contains(surname) || is_stop_character(surname))
    return at;
  std::size_t candidates[2] = {0, 0};
  for (int length = 0; length < 2 && i < sentence.end; ++length) {
    const std::size_t character = i;
    const char32_t c = utf8::next(text, i);
    const bool name_like =
        utf8::is_han(c) && !is_stop_character(c) && !given_name_stops_.contains(c) &&
        !stop_words_.starts_at(text, character, std::min<std::size_t>(sentence.end, character + 24)) &&
        std::none_of(known.begin(), known.end(), [&](const Span& k) { return k.begin == character; });
    if (!name_like) break;
    candidates[length] = i;
  }
  for (int length = 1; length >= 0; --length) {
    const std::size_t end = candidates[length];
    if (end && (is_boundary_at(text, sentence, end) ||
                (end < sentence.end && given_name_stops_.contains(utf8::at(text, end))))) {
      return end;
    }
  }
  return at;
}

// A Chinese name of 2-3 characters ending right before a title (习近平主席), or of a surname of two
// and one or two more (欧阳玉靖大使).
std::size_t EntityRecognizer::person_name_before(std::string_view text, Span sentence, std::size_t at) const {
  const auto opens_clause = [&](std::size_t begin) {
    return begin == sentence.begin || !utf8::is_han(utf8::before(text, begin)) ||
           is_stop_character(utf8::before(text, begin));
  };
  for (const std::string& surname : pack_.patterns.compound_surnames) {
    for (int given = 2; given >= 1; --given) {
      std::size_t begin = at;
      for (int n = 0; n < given && begin > sentence.begin; ++n) utf8::previous(text, begin);
      if (begin < sentence.begin + surname.size() ||
          text.substr(begin - surname.size(), surname.size()) != surname)
        continue;
      begin -= surname.size();
      if (opens_clause(begin)) return begin;
    }
  }
  for (int characters = 3; characters >= 2; --characters) {
    std::size_t begin = at;
    bool ok = true;
    for (int n = 0; n < characters && ok; ++n) {
      if (begin <= sentence.begin)
        ok = false;
      else
        ok = utf8::is_han(utf8::previous(text, begin));
    }
    // (A function word is no surname: 主席|由巴西|外交官… names no one.)
    if (!ok || !surnames_.contains(utf8::at(text, begin)) || is_stop_character(utf8::at(text, begin)))
      continue;
    if (opens_clause(begin)) return begin;
  }
  return at;
}

void EntityRecognizer::add_persons(std::string_view text, Span sentence, const std::vector<Span>& known,
                                   const std::vector<PhraseMatcher::Match>& titles,
                                   std::vector<Candidate>& out) const {
  auto add = [&](std::size_t begin, std::size_t end) {
    Candidate candidate;
    candidate.span = {begin, end};
    candidate.priority = kPerson;
    const std::string_view name = text.substr(begin, end - begin);
    if (auto known = gazetteer_.find_form(name)) {
      candidate.name_entity(*known, "rules");
    } else {
      candidate.name_by_shape(graph::NodeType::Person, std::string(name), "text");
    }
    out.push_back(std::move(candidate));
  };
  // Transliterated names joined by a middle dot: 罗尼·林斯.
  const std::string_view body = text.substr(0, sentence.end);
  for (std::size_t dot = body.find(kDot, sentence.begin); dot != std::string_view::npos;) {
    std::size_t begin = dot;
    for (int n = 0; n < 6 && begin > sentence.begin; ++n) {
      // A title before the name is no part of it: 总理|米·弗·米舒斯京.
      if (titles_.ends_at(text, sentence.begin, begin)) break;
      std::size_t previous = begin;
      if (!transliteration_.contains(utf8::previous(text, previous))) break;
      begin = previous;
    }
    // Rightwards over transliteration characters, dots and hyphens
    // (托马斯-格林菲尔德); after the last dot, any character a name may
    // hold up to a word that ends it (布拉德·史密斯|表示).
    std::size_t end = dot + kDot.size();
    std::size_t last_dot = dot;
    std::size_t after_last_dot = end;
    for (int n = 0; n < 12 && end < sentence.end; ++n) {
      std::size_t next = end;
      const char32_t c = utf8::next(text, next);
      if (c == U'·' ||
          (c == U'-' && next < sentence.end && transliteration_.contains(utf8::at(text, next)))) {
        last_dot = end;
        after_last_dot = next;
      } else if (end > after_last_dot &&
                 (is_stop_character(c) ||
                  stop_words_.starts_at(text, end, std::min<std::size_t>(sentence.end, end + 24)) ||
                  titles_.starts_at(text, end, std::min<std::size_t>(sentence.end, end + 24)))) {
        // 布拉德·史密斯|于…, 威廉·吉布森|提出: a function word, or a word names
        // cannot hold, ends a name of more than one character; so does a title after it (莎拉·惠特莫尔|博士).
        break;
      } else if (!transliteration_.contains(c)) {
        const bool free_character =
            n < 6 && utf8::is_han(c) && !is_stop_character(c) && !is_boundary_at(text, sentence, end, false);
        if (!free_character) break;
      }
      end = next;
    }
    if (after_last_dot == end) end = last_dot;  // a trailing mark is no part of it
    const bool ok = begin < dot && end > dot + kDot.size();
    if (ok) add(begin, end);
    dot = body.find(kDot, std::max(end, dot + kDot.size()));
  }
  // Names next to a title: 秘书长任贤良, 总统鲁托, 习近平主席.
  const auto& after_name = pack_.patterns.titles_after_name;
  const auto qualifies_title = [&](std::string_view words) {
    const auto& qualifiers = pack_.patterns.title_qualifiers;
    return std::any_of(qualifiers.begin(), qualifiers.end(),
                       [&](const std::string& qualifier) { return words.starts_with(qualifier); });
  };
  for (const auto& title : titles) {
    // 总统 inside 副总统 is that title, not another.
    const bool inside_longer = std::any_of(titles.begin(), titles.end(), [&](const auto& other) {
      return other.begin <= title.begin && other.end >= title.end &&
             other.end - other.begin > title.end - title.begin;
    });
    if (inside_longer) continue;
    const std::size_t title_begin = sentence.begin + title.begin;
    std::size_t name_begin = sentence.begin + title.end;
    // A byline's separator: 责编/董惠敏, 责任编辑:谢帅, 文|张哲.
    while (starts_with_at(text, name_begin, " ")) ++name_begin;
    if (starts_with_at(text, name_begin, ":") || starts_with_at(text, name_begin, "/") ||
        starts_with_at(text, name_begin, "|")) {
      ++name_begin;
    }
    while (starts_with_at(text, name_begin, " ")) ++name_begin;
    // 主席国, 主席团: a compound of the title, naming no one.
    const auto& compound_ends = pack_.patterns.title_compound_ends;
    if (std::any_of(compound_ends.begin(), compound_ends.end(),
                    [&](const std::string& end) { return starts_with_at(text, name_begin, end); }))
      continue;
    const std::string_view title_word = text.substr(title_begin, sentence.begin + title.end - title_begin);
    // Bylines list several names after one title: 本报记者 张三 李四.
    const auto& only_after_name = pack_.patterns.titles_only_after_name;
    const bool precedes_names =
        std::find(only_after_name.begin(), only_after_name.end(), title_word) == only_after_name.end();
    for (int listed = 0; listed < 4 && precedes_names; ++listed) {
      const std::size_t end = person_name_after(text, sentence, name_begin, known);
      if (end == name_begin) break;
      add(name_begin, end);
      if (!starts_with_at(text, end, " ")) break;
      name_begin = end;
      while (starts_with_at(text, name_begin, " ")) ++name_begin;
    }
    if (std::find(after_name.begin(), after_name.end(), title_word) == after_name.end()) continue;
    // A deputy's title the list does not hold (常务副|主席): no name ends in 副.
    if (utf8::before(text, title_begin) == U'副') continue;
    // After 同志 only a full name of three characters (沈立衡同志), not a group's word (许多|同志,
    // 海关|同志).
    constexpr std::size_t kHanCharacterBytes = 3;  // in UTF-8
    const std::size_t shortest_name = precedes_names ? 0 : 3 * kHanCharacterBytes;
    const auto& unit_ends = pack_.patterns.unit_word_ends;
    const auto names_a_unit = [&](std::string_view words) {
      return !precedes_names && std::any_of(unit_ends.begin(), unit_ends.end(),
                                            [&](const std::string& end) { return words.ends_with(end); });
    };
    if (const std::size_t begin = person_name_before(text, sentence, title_begin);
        begin != title_begin && title_begin - begin >= shortest_name &&
        !qualifies_title(text.substr(begin, title_begin - begin)) &&
        !names_a_unit(text.substr(begin, title_begin - begin))) {
      // 巴西副总统 is no person 巴西副: a known name is what stands there.
      // (Nor 就任美国总统 a person 任美国: no known name lies in a person's.)
      const bool known_first = std::any_of(
          known.begin(), known.end(), [&](const Span& k) { return k.begin < title_begin && k.end > begin; });
      if (!known_first) add(begin, title_begin);
    }
  }
  // A line's opening name, past its indent: after a programme's role label (主持人:周启航), or before a
  // space, a guest listed with an affiliation ending in a title (林静怡 中国信息通信研究院研究员). (Not a
  // transcript's speaker label alone, 周启航:…: a word before a colon as often, 关键词:….)
  std::size_t line_words = sentence.begin;
  while (line_words > 0 && text[line_words - 1] == ' ') --line_words;
  if (line_words == 0 || text[line_words - 1] == '\n') {
    std::size_t at = sentence.begin;
    while (at < sentence.end && text[at] == ' ') ++at;
    bool labelled = false;
    for (const std::string& role : pack_.patterns.programme_roles) {
      if (starts_with_at(text, at, role) && starts_with_at(text, at + role.size(), ":")) {
        at += role.size() + 1;
        while (at < sentence.end && text[at] == ' ') ++at;
        labelled = true;
        break;
      }
    }
    if (const std::size_t end = person_name_after(text, sentence, at, known); end > at) {
      std::size_t line_end = std::min<std::size_t>(text.find('\n', end), sentence.end);
      while (line_end > end && (text[line_end - 1] == ' ' || text[line_end - 1] == '\r')) --line_end;
      const bool guest =
          starts_with_at(text, end, " ") && std::any_of(titles.begin(), titles.end(), [&](const auto& title) {
            return sentence.begin + title.end == line_end;
          });
      if (labelled || guest) add(at, end);
    }
  }
  // An author's note: 张三系某大学教授 — a name opening a clause, 系, a title closing it.
  for (const std::string& is : pack_.patterns.note_copulas) {
    for (std::size_t at = body.find(is, sentence.begin); at != std::string_view::npos;
         at = body.find(is, at + is.size())) {
      const std::size_t begin = person_name_before(text, sentence, at);
      if (begin == at) continue;
      const char32_t opener = utf8::before(text, begin);
      if (begin != sentence.begin && opener != U';' && opener != U',' && opener != U':' && opener != U' ')
        continue;
      std::size_t clause_end = at;
      while (clause_end < sentence.end) {
        std::size_t next = clause_end;
        const char32_t c = utf8::next(text, next);
        if (c == U';' || c == U',' || c == U'。') break;
        clause_end = next;
      }
      const bool titled = std::any_of(titles.begin(), titles.end(),
                                      [&](const auto& t) { return sentence.begin + t.end == clause_end; });
      if (titled) add(begin, at);
    }
  }
}

}  // namespace kg::extract
