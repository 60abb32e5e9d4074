// Lists and coordination as the frames read them: members joined by
// coordinators (、, 和, 与), a title or a qualifying country between a member
// and its name (巴西总统|卢拉, 中国的|智谱AI), and the group that acts with a
// subject (同阿拉伯国家联盟…发表).
#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them

namespace {

// A digit of a count: 27国, 二十七国, 几十个国家.
bool is_count_digit(char32_t c) {
  static constexpr std::u32string_view kHanDigits = U"〇零一二两三四五六七八九十百几";
  return (c < 0x80 && utf8::is_ascii_digit(static_cast<unsigned char>(c))) ||
         kHanDigits.find(c) != std::u32string_view::npos;
}

}  // namespace

bool SentenceReading::coordinated(std::size_t from, std::size_t to,
                                  const std::vector<std::string>& coordinators) const {
  if (from > to) return false;
  std::string_view between = text.substr(from, to - from);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  // Titles follow each other with nothing between (发布《A》《B》); a name
  // right before a title qualifies it instead (联合国大会《…决议》).
  if (between.empty()) return ends_with(text.substr(0, from), "》") || ends_with(text.substr(0, from), "”");
  if (std::find(coordinators.begin(), coordinators.end(), between) != coordinators.end()) return true;
  // A note in brackets after a member: 《A》(2020年9月发布)、《B》.
  if (starts_with(between, "(")) {
    if (const std::size_t close = between.find(')'); close != std::string_view::npos) {
      const std::string_view rest = between.substr(close + 1);
      if (rest.empty() || std::find(coordinators.begin(), coordinators.end(), rest) != coordinators.end())
        return true;
    }
  }
  // A list closed and continued: 肯尼亚等28个国家和|欧盟, 包括中国、美国在内的28个国家和|欧盟.
  return grammar->closes_list(between, coordinators);
}

std::vector<std::size_t> SentenceReading::list_from(std::size_t first,
                                                    const std::vector<graph::NodeType>& types,
                                                    const std::vector<std::string>& coordinators,
                                                    std::size_t limit) const {
  std::vector<std::size_t> list{first};
  auto it = std::find(arguments.begin(), arguments.end(), first);
  std::size_t last = first;
  for (++it; it != arguments.end(); ++it) {
    const Mention& next = mentions[*it];
    if (next.span.begin >= limit) break;
    if (next.span.begin == mentions[last].span.begin) {  // a contraction's other member
      if (type_in(next.type, types)) list.push_back(*it);
      continue;
    }
    if (!coordinated(mentions[last].span.end, next.span.begin, coordinators) &&
        !titled_next(mentions[last].span.end, next, coordinators))
      break;
    // 佩特罗、巴西总统卢拉: the member is the person; the country only qualifies them (so in 微软、法国的
    // Mistral AI, the company).
    if (std::next(it) != arguments.end() &&
        (titles_person(*it, *std::next(it)) || qualifies_member(*it, *std::next(it))))
      ++it;
    if (type_in(mentions[*it].type, types) && !mentions[*it].weak) list.push_back(*it);
    last = *it;
  }
  return list;
}

std::vector<std::size_t> SentenceReading::list_to(std::size_t last, const std::vector<graph::NodeType>& types,
                                                  const std::vector<std::string>& coordinators,
                                                  std::size_t limit) const {
  std::vector<std::size_t> list{last};
  auto it = std::find(arguments.rbegin(), arguments.rend(), last);
  std::size_t first = last;
  for (++it; it != arguments.rend(); ++it) {
    const Mention& previous = mentions[*it];
    if (previous.span.end <= limit && previous.span.begin < limit) break;
    if (previous.span.begin == mentions[first].span.begin) {
      if (type_in(previous.type, types)) list.push_back(*it);
      continue;
    }
    // 巴西总统|卢拉, 中国的|智谱AI: the country only qualifies the member; the list goes on before it.
    if (titles_person(*it, first) || qualifies_member(*it, first)) {
      first = *it;
      continue;
    }
    // A reference right after the names it stands for only sums them up (由韩英|两国共同主办, 中国和俄罗斯|
    // 双方): the list goes on before it.
    if (mentions[first].reference && previous.span.end == mentions[first].span.begin &&
        std::any_of(arguments.begin(), arguments.end(), [&](std::size_t other) {
          return mentions[other].span.begin == mentions[first].span.begin &&
                 mentions[other].name == previous.name;
        })) {
      if (type_in(previous.type, types)) list.push_back(*it);
      first = *it;
      continue;
    }
    // (A person's title may stand after the coordinator: 由司长A与特使|B.)
    if (!coordinated(previous.span.end, mentions[first].span.begin, coordinators) &&
        !titled_next(previous.span.end, mentions[first], coordinators))
      break;
    if (type_in(previous.type, types)) list.push_back(*it);
    first = *it;
  }
  return list;
}

const Mention* SentenceReading::convening_body(const Mention& event,
                                               const std::vector<graph::NodeType>& types) const {
  if (event.type != graph::NodeType::Event || !type_in(graph::NodeType::Organization, types)) return nullptr;
  auto body_in = [&](const std::vector<Mention>& named) -> const Mention* {
    for (const Mention& whole : named) {
      if (whole.type != graph::NodeType::Event || whole.name != event.name || whole.nested) continue;
      for (const Mention& part : named) {
        if (part.nested && part.type == graph::NodeType::Organization &&
            part.span.begin == whole.span.begin && part.span.end < whole.span.end) {
          return &part;
        }
      }
    }
    return nullptr;
  };
  if (const Mention* body = body_in(mentions)) return body;
  for (auto sentence = earlier_in_paragraph.rbegin(); sentence != earlier_in_paragraph.rend(); ++sentence) {
    if (const Mention* body = body_in(*sentence)) return body;
  }
  return nullptr;
}

bool SentenceReading::qualifies_member(std::size_t owner, std::size_t member) const {
  const Mention& country = mentions[owner];
  const Mention& named = mentions[member];
  return country.type == graph::NodeType::Country && named.type == graph::NodeType::Organization &&
         country.span.end <= named.span.begin &&
         text.substr(country.span.end, named.span.begin - country.span.end) == "的";
}

bool SentenceReading::titles_person(std::size_t owner, std::size_t person) const {
  const Mention& named = mentions[owner];
  const Mention& holder = mentions[person];
  if (holder.type != graph::NodeType::Person || named.span.end > holder.span.begin ||
      !(named.type == graph::NodeType::Country || named.type == graph::NodeType::Organization)) {
    return false;
  }
  const std::string_view gap = text.substr(named.span.end, holder.span.begin - named.span.end);
  if (is_title(gap)) return true;
  // A title the name's last character begins: 外交部|长王毅 (部长), 国防部|长.
  if (gap.empty() || utf8::length(gap) > 2) return false;
  std::size_t last = named.span.end;
  utf8::previous(text, last);
  return last > named.span.begin && is_title(text.substr(last, holder.span.begin - last));
}

bool SentenceReading::titles_next_person(std::size_t owner) const {
  const auto it = std::find(arguments.begin(), arguments.end(), owner);
  return it != arguments.end() && std::next(it) != arguments.end() && titles_person(owner, *std::next(it));
}

bool SentenceReading::is_title(std::string_view words) const {
  if (const std::string* title = grammar->words().person_titles.opening_of(words);
      title && title->size() == words.size())
    return true;
  // A title with a word of rank before it: 执行副主席, 常务副部长, 首席代表.
  const std::string* title = grammar->words().person_titles.ending_of(words);
  if (!title) return false;
  const std::string_view rank = words.substr(0, words.size() - title->size());
  constexpr std::size_t kMaxRankCharacters = 3;
  if (utf8::length(rank) > kMaxRankCharacters) return false;
  for (std::size_t i = 0; i < rank.size();) {
    if (!utf8::is_han(utf8::next(rank, i))) return false;
  }
  return true;
}

bool SentenceReading::titled_next(std::size_t from, const Mention& next,
                                  const std::vector<std::string>& coordinators) const {
  if (next.type != graph::NodeType::Person || from >= next.span.begin) return false;
  std::string_view between = text.substr(from, next.span.begin - from);
  const std::string* coordinator = opening_of(between, coordinators);
  if (!coordinator) return false;
  between.remove_prefix(coordinator->size());
  return !between.empty() && is_title(between);
}

std::string_view SentenceReading::before_counted_group(std::string_view before) const {
  const ModifierRules& modifiers = grammar->modifiers();
  std::string_view rest = before;
  const std::string* joiner = ending_of(rest, modifiers.coordinators);
  if (!joiner) return before;
  rest.remove_suffix(joiner->size());
  const std::string* noun = grammar->words().group_nouns.ending_of(rest);
  if (!noun) return before;
  rest.remove_suffix(noun->size());
  while (const std::string* q = grammar->words().quantifiers.ending_of(rest)) rest.remove_suffix(q->size());
  const std::size_t counted_end = rest.size();
  while (!rest.empty()) {
    std::size_t at = rest.size();
    const char32_t c = utf8::previous(rest, at);
    if (!is_count_digit(c)) break;
    rest.remove_suffix(rest.size() - at);
  }
  if (rest.size() == counted_end) return before;  // no count: 与国家及…
  if (const std::string* other = ending_of(rest, modifiers.other_words)) rest.remove_suffix(other->size());
  return rest;
}

std::vector<const Mention*> SentenceReading::group_members_after(
    Span clause, std::size_t verb_end, const std::vector<graph::NodeType>& types) const {
  const ModifierRules& modifiers = grammar->modifiers();
  // (Not where the verb's object is a counted group, which 其中 may name: 制裁20家企业，其中包括A.)
  if (names_generic_actor(verb_end, clause.end)) return {};
  const auto next = std::find_if(clauses.begin(), clauses.end(),
                                 [&](const Span& other) { return other.begin >= clause.end; });
  if (next == clauses.end() || next->end > sentence.end ||
      text.substr(clause.end, next->begin - clause.end).find_first_not_of(", ") != std::string_view::npos)
    return {};
  std::size_t at = next->begin;
  const std::string* opener = opening_of(text.substr(at, next->end - at), modifiers.member_openers);
  if (opener) at += opener->size();
  if (opener && text.substr(at, 1) == ",") ++at;  // 其中，A、B在列
  const auto first = std::find_if(arguments.begin(), arguments.end(),
                                  [&](std::size_t index) { return mentions[index].span.begin == at; });
  if (first == arguments.end()) return {};
  // (美国的|OpenAI, 法国总统|马克龙: the member is the name the first qualifies.)
  auto member = first;
  if (std::next(member) != arguments.end() &&
      (titles_person(*member, *std::next(member)) || qualifies_member(*member, *std::next(member))))
    ++member;
  if (!type_in(mentions[*member].type, types)) return {};
  std::vector<const Mention*> members;
  std::size_t end = at;
  for (std::size_t index : list_from(*member, types, modifiers.coordinators, next->end)) {
    // (What a closer heads is their kind, no member: 中国和印度等|金砖国家.)
    if (end > at &&
        grammar->words().list_closers.opening_of(text.substr(end, mentions[index].span.begin - end)))
      break;
    members.push_back(&mentions[index]);
    end = std::max(end, mentions[index].span.end);
  }
  // After the list: its kind after a closer, a noun or a name (等国, 等金砖国家), and nothing more of them
  // (not 等国持保留意见); with no opener, the word that counts them in (在列).
  std::size_t tail = end;
  std::size_t tail_end = next->end;
  if (tail_end == sentence.end) {  // (the sentence's end mark is no word of the clause)
    for (std::string_view mark : {"。", ".", ";", "；", "！", "!", "？", "?"}) {
      if (text.substr(tail, tail_end - tail).ends_with(mark)) tail_end -= mark.size();
    }
  }
  if (const std::string* closer =
          grammar->words().list_closers.opening_of(text.substr(tail, tail_end - tail))) {
    tail += closer->size();
    if (const std::string* noun =
            grammar->words().group_nouns.opening_of(text.substr(tail, tail_end - tail))) {
      tail += noun->size();
    } else if (const auto kind =
                   std::find_if(arguments.begin(), arguments.end(),
                                [&](std::size_t index) { return mentions[index].span.begin == tail; });
               kind != arguments.end()) {
      tail = mentions[*kind].span.end;
    }
  }
  const std::string_view rest = text.substr(tail, tail_end - tail);
  if (opener) return rest.empty() ? members : std::vector<const Mention*>{};
  const auto& closers = modifiers.member_closers;
  return std::find(closers.begin(), closers.end(), rest) != closers.end() ? members
                                                                          : std::vector<const Mention*>{};
}

std::vector<const Mention*> SentenceReading::acting_group(std::size_t subject,
                                                          const std::vector<graph::NodeType>& types,
                                                          Span clause) const {
  std::vector<const Mention*> group;
  const std::vector<std::size_t> list =
      list_to(subject, types, grammar->modifiers().coordinators, sentence.begin);
  for (std::size_t index : list) group.push_back(&mentions[index]);
  // Where the list's first member begins, with the name it holds a title of (同欧盟委员会副主席|尧罗娃).
  std::size_t begin = mentions[list.back()].span.begin;
  for (std::size_t index : arguments) {
    if (titles_person(index, list.back())) begin = std::min(begin, mentions[index].span.begin);
  }
  if (begin < clause.begin) return group;
  std::string_view before = text.substr(clause.begin, begin - clause.begin);
  // 中国同包括英国、美国在内的28个国家…: the list the partner marker governs may open with 包括.
  if (const std::string* opener = ending_of(before, grammar->modifiers().inclusion_openers))
    before.remove_suffix(opener->size());
  before = before_counted_group(before);
  if (const std::string* marker = grammar->words().partner_marker(before)) {
    const std::size_t marker_begin = clause.begin + before.size() - marker->size();
    if (auto partner = nearest_left(sentence.begin, marker_begin, types, kSkipAdjunct)) {
      group.push_back(&mentions[*partner]);
    } else if (const Mention* actor = unsaid_actor(types)) {
      group.push_back(actor);
    }
  }
  return group;
}

}  // namespace kg::extract
