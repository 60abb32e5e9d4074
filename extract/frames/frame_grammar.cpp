// The rule pack's grammar words as the frames ask about them: the modifier
// and pattern words compiled once (FrameGrammar), and the tests on the text
// around a trigger that need no sentence (a list closed, a modifier, an
// adjunct opening a clause).
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
FrameGrammar::Words::Words(const RulePack& pack, const std::vector<std::string>& breakers)
    : Words(pack.modifiers, pack.patterns, breakers) {}

FrameGrammar::Words::Words(const ModifierRules& m, const PatternRules& p,
                           const std::vector<std::string>& breakers)
    : adverbs(m.adverbs),
      negations(m.negations),
      modal(m.modal),
      modal_exceptions(m.modal_exceptions),
      determiners(m.determiners),
      control_verbs(m.control_verbs),
      adjunct_openers(m.adjunct_openers),
      adjunct_qualifiers(m.adjunct_qualifiers),
      not_openers(m.not_openers),
      quantifiers(m.quantifiers),
      partner_markers(m.partner_markers),
      place_nouns(m.place_nouns),
      this_refs(m.this_refs),
      pivot_words(m.pivot_words),
      list_ends(m.list_ends),
      list_closers(m.list_closers),
      approximations(m.approximations),
      group_nouns(m.group_nouns),
      group_delegates(m.group_delegates),
      actor_heads(m.actor_heads),
      process_nouns(m.process_nouns),
      clause_openers(m.clause_openers),
      attribution(m.attribution),
      clause_verbs(m.clause_verbs),
      person_titles(p.person_titles),
      partner_marker_verbs(m.partner_marker_verbs),
      modifier_breakers(breakers) {}

const std::string* FrameGrammar::Words::partner_marker(std::string_view before) const {
  return partner_marker_verbs.ending_of(before) ? nullptr : partner_markers.ending_of(before);
}

namespace {

std::vector<std::string> joined(std::initializer_list<const std::vector<std::string>*> lists) {
  std::vector<std::string> all;
  for (const auto* list : lists) all.insert(all.end(), list->begin(), list->end());
  return all;
}

}  // namespace

FrameGrammar::FrameGrammar(const RulePack& pack)
    : pack_(pack),
      modifier_breakers_(joined({&pack.patterns.name_stop_characters, &pack.patterns.name_stop_words,
                                 &pack.patterns.postpositions, &pack.modifiers.partner_markers,
                                 &pack.modifiers.coordinators})),
      words_(pack, modifier_breakers_),
      rules_(pack.relations),
      refusal_(pack.relations.size(), 0),
      english_(make_english(pack)) {
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    if (!pack.relations[i].when_refused) continue;
    RelationRule refused = pack.relations[i];
    refused.id += ".refused";
    refused.relation = *refused.when_refused;
    refused.when_refused.reset();
    refusal_[i] = static_cast<std::uint32_t>(rules_.size());
    rules_.push_back(std::move(refused));
  }
  unsaid_types_.resize(rules_.size());
  const auto takes_unsaid = [](const RelationRule& r) {
    return r.frame == Frame::Verb && r.unsaid_object && !r.object_types.empty();
  };
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    const RelationRule& own = pack.relations[i];
    if (!takes_unsaid(own)) continue;
    std::vector<graph::NodeType> types{own.object_types.front()};
    for (const RelationRule& other : pack.relations) {
      if (&other == &own || !takes_unsaid(other)) continue;
      const bool shares = std::any_of(own.triggers.begin(), own.triggers.end(), [&](const std::string& t) {
        return std::find(other.triggers.begin(), other.triggers.end(), t) != other.triggers.end();
      });
      if (shares && !type_in(other.object_types.front(), types)) types.push_back(other.object_types.front());
    }
    if (const auto refused = refusal_of(static_cast<std::uint32_t>(i))) unsaid_types_[*refused] = types;
    unsaid_types_[i] = std::move(types);
  }
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    if (!has_text_triggers(pack.relations[i].frame)) continue;
    for (const std::string& trigger : pack.relations[i].triggers) {
      triggers_.add(trigger, static_cast<std::uint32_t>(i));
      if (pack.relations[i].frame == Frame::Verb) verbs_.add(trigger, static_cast<std::uint32_t>(i));
    }
  }
  triggers_.build();
  verbs_.build();
  word_lists_.resize(3);
  for (std::size_t i = 0; i < pack.relations.size(); ++i) {
    if (!has_text_triggers(pack.relations[i].frame)) continue;
    for (const std::string& trigger : pack.relations[i].triggers) {
      word_lists_[0].emplace_back(trigger, static_cast<std::uint32_t>(i));
    }
  }
  for (std::size_t i = 0; i < pack.modifiers.attribution.size(); ++i) {
    word_lists_[1].emplace_back(pack.modifiers.attribution[i], static_cast<std::uint32_t>(i));
  }
  for (std::size_t i = 0; i < pack.modifiers.generic_actors.size(); ++i) {
    word_lists_[2].emplace_back(pack.modifiers.generic_actors[i], static_cast<std::uint32_t>(i));
  }
  word_matchers_.resize(word_lists_.size());
  for (std::size_t list = 0; list < word_lists_.size(); ++list) {
    for (const auto& [word, value] : word_lists_[list]) word_matchers_[list].add(word, value);
    word_matchers_[list].build();
  }
}

std::optional<std::uint32_t> FrameGrammar::refusal_of(std::uint32_t index) const {
  if (index >= refusal_.size() || refusal_[index] == 0) return std::nullopt;
  return refusal_[index];
}

namespace {

// Takes a date adjunct off the end of `text` (将|于2027年1月起|施行: 于2027年1月起),
// if one ends it: a time preposition (于), digits and date units, maybe an edge (起).
bool strip_date_adjunct(const ModifierRules& modifiers, std::string_view& text) {
  std::string_view rest = text;
  if (const std::string* edge = ending_of(rest, modifiers.time_edges)) rest.remove_suffix(edge->size());
  bool dated = false;
  for (std::size_t end = rest.size(); end > 0;) {
    std::size_t previous = end;
    const char32_t c = utf8::previous(rest, previous);
    if (c != U'年' && !continues_date(c)) break;
    dated = dated || c == U'年' || c == U'月';
    end = previous;
    rest = rest.substr(0, end);
  }
  if (!dated) return false;
  if (const std::string* preposition = ending_of(rest, modifiers.time_prepositions)) {
    text = rest.substr(0, rest.size() - preposition->size());
    return true;
  }
  return false;
}

// Takes a place adjunct off the end of `text` (没有|在《声明》上|签字), if one
// ends it: a place preposition (在), a few words without a break, a postposition (上, 中, 下).
bool strip_place_adjunct(const ModifierRules& modifiers, std::string_view& text) {
  constexpr std::size_t kMaxCharacters = 30;
  // (Without a postposition, only a short place: 将于2026年|在深圳|主办.)
  constexpr std::size_t kMaxBarePlaceCharacters = 6;
  std::string_view rest = text;
  const std::string* postposition = ending_of(rest, modifiers.place_postpositions);
  if (postposition) rest.remove_suffix(postposition->size());
  std::size_t end = rest.size();
  const std::size_t most = postposition ? kMaxCharacters : kMaxBarePlaceCharacters;
  for (std::size_t characters = 0; end > 0 && characters <= most; ++characters) {
    if (const std::string* preposition = ending_of(rest.substr(0, end), modifiers.place_prepositions)) {
      text = rest.substr(0, end - preposition->size());
      return true;
    }
    const char32_t c = utf8::previous(rest, end);
    if (c == U',' || c == U';' || c == U':' || c == U'。') return false;
  }
  return false;
}

}  // namespace

const std::string* FrameGrammar::preceded_by(std::string_view text, std::size_t clause_begin, std::size_t at,
                                             const WordList& words) const {
  std::string_view before = text.substr(clause_begin, at - clause_begin);
  for (int skipped = 0; skipped < 3; ++skipped) {
    if (const std::string* word = words.ending_of(before)) return word;
    // Adverbs, a date or a place may stand between: 未正式签署, 将于2027年起施行, 没有在《声明》上签字.
    if (const std::string* adverb = words_.adverbs.ending_of(before)) {
      before.remove_suffix(adverb->size());
    } else if (!strip_date_adjunct(modifiers(), before) && !strip_place_adjunct(modifiers(), before)) {
      return nullptr;
    }
  }
  return nullptr;
}

bool FrameGrammar::closes_list(std::string_view between, const std::vector<std::string>& coordinators) const {
  // 等, 在内的 — or, with no closer, the list's count alone: 美国10国及欧盟.
  const std::string* closer = words_.list_closers.opening_of(between);
  if (closer) {
    between.remove_prefix(closer->size());
  } else if (between.empty() || !(utf8::is_ascii_digit(static_cast<unsigned char>(between.front())) ||
                                  words_.approximations.opening_of(between))) {
    return false;  // neither closed nor counted
  }
  bool any_count = false;
  // A count: 约60个, 28, 逾120.
  for (bool counted = true; counted; any_count = any_count || counted) {
    counted = false;
    if (const std::string* word = words_.approximations.opening_of(between)) {
      between.remove_prefix(word->size());
      counted = true;
    }
    while (!between.empty() && utf8::is_ascii_digit(static_cast<unsigned char>(between.front()))) {
      between.remove_prefix(1);
      counted = true;
    }
    if (const std::string* word = words_.quantifiers.opening_of(between)) {
      between.remove_prefix(word->size());
      counted = true;
    }
  }
  const std::string* noun = words_.group_nouns.opening_of(between);
  if (noun) between.remove_prefix(noun->size());
  // (The group's people: 等10国|领导人|和欧盟.)
  if (const std::string* delegates = noun ? words_.group_delegates.opening_of(between) : nullptr)
    between.remove_prefix(delegates->size());
  if (!closer && !(any_count && noun)) return false;
  // (A comma after a closed list ends it: 俄罗斯、中国等，美国和欧盟投反对票.)
  if (closer && between == ",") return false;
  return between.empty() ||
         std::find(coordinators.begin(), coordinators.end(), between) != coordinators.end();
}

bool FrameGrammar::is_modifier(std::string_view text, Span clause, const Mention& mention) const {
  std::size_t at = mention.span.end;
  const std::string* list_end =
      words_.list_ends.opening_of(text.substr(at, clause.end > at ? clause.end - at : 0));
  if (list_end) at += list_end->size();
  if (at >= clause.end) return false;
  const std::string_view rest = text.substr(at, clause.end - at);
  // A list closed by its kind names its members: 北京大学、清华大学等|单位发布.
  if (list_end && words_.group_nouns.opening_of(rest)) return false;
  // A name before a title qualifies it: 欧盟《人工智能法案》, 联合国大会《…决议》.
  if (starts_with(rest, "《")) return true;
  // So does one a 的 joins to it: 欧盟的《数字服务法》.
  if (const std::string* of = opening_of(rest, pack_.modifiers.relative_particles);
      of && starts_with(rest.substr(of->size()), "《")) {
    return true;
  }
  if (!utf8::is_han(utf8::at(rest, 0))) return false;
  if (words_.modifier_breakers.opening_of(rest)) return false;
  // A title's kind after it is the title's own (《…》白皮书, 《…》报告): the same document.
  if (ends_with(text.substr(mention.span.begin, mention.span.end - mention.span.begin), "》") &&
      opening_of(rest, pack_.patterns.title_kind_words))
    return false;
  // A verb after adverbs (中国|大力支持, 美国|一再施压): the mention acts.
  std::string_view verb = rest;
  while (const std::string* adverb = words_.adverbs.opening_of(verb)) verb.remove_prefix(adverb->size());
  if (triggers_.starts_at(verb, 0, std::min<std::size_t>(verb.size(), 24))) return false;
  // A head noun that is the actor itself (中国政府, 两国), or a process it
  // is the topic of (“数字丝绸之路”建设, …公约谈判).
  return !words_.actor_heads.opening_of(rest) && !words_.process_nouns.opening_of(rest);
}

const std::string* FrameGrammar::adjunct_opener(std::string_view text, std::size_t clause_begin,
                                                std::size_t at) const {
  std::string_view before = text.substr(clause_begin, at - clause_begin);
  // An edition or date between: 在第二届|…大会上, 于2023年|…峰会期间.
  for (int characters = 0; characters < 8 && !before.empty(); ++characters) {
    if (const std::string* opener = words_.adjunct_openers.ending_of(before)) {
      // The end of a verb is no preposition: 反对|美欧, 应对, 即将.
      const std::size_t end = clause_begin + before.size();
      if (triggers_.ends_at(text, clause_begin, end) || words_.not_openers.ending_of(before)) return nullptr;
      return opener;
    }
    // …or words that qualify the place: 在共建“一带一路”国家.
    if (const std::string* word = words_.adjunct_qualifiers.ending_of(before)) {
      before.remove_suffix(word->size());
      continue;
    }
    std::size_t previous = before.size();
    utf8::previous(before, previous);
    if (pack_.modifiers.edition_characters.find(before.substr(previous)) == std::string::npos) return nullptr;
    before.remove_suffix(before.size() - previous);
  }
  return nullptr;
}

}  // namespace kg::extract
