// Relation extraction: each trigger read in its rule's frame over the
// sentence's top-level mentions (the frames are in extract/frames/).
#include "extract/relation_extractor.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>

#include "extract/english_words.h"
#include "extract/frames/reading.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

// Whether spans of a sentence lie between “ and ” or 《 and 》: the marks are
// found once per sentence, not searched for again around every trigger.
class QuotedSpans {
 public:
  QuotedSpans(std::string_view text, Span sentence) {
    const std::string_view body = text.substr(sentence.begin, sentence.end - sentence.begin);
    for (std::size_t kind = 0; kind < 2; ++kind) {
      const auto [open, close] = kMarks[kind];
      for (std::size_t at = body.find(open); at != std::string_view::npos;
           at = body.find(open, at + open.size())) {
        marks_[kind].opens.push_back(sentence.begin + at);
      }
      for (std::size_t at = body.find(close); at != std::string_view::npos;
           at = body.find(close, at + close.size())) {
        marks_[kind].closes.push_back(sentence.begin + at);
      }
    }
  }

  // An opening mark before the span with no closing one after it, and a
  // closing mark after the span.
  bool contains(Span span) const {
    for (std::size_t kind = 0; kind < 2; ++kind) {
      const Marks& marks = marks_[kind];
      const std::size_t width = kMarks[kind].first.size();  // both marks are 3 bytes
      const auto last_open = last_ending_by(marks.opens, span.begin, width);
      if (!last_open) continue;
      const auto last_close = last_ending_by(marks.closes, span.begin, width);
      if (last_close && *last_close > *last_open) continue;
      if (!marks.closes.empty() && marks.closes.back() >= span.end) return true;
    }
    return false;
  }

 private:
  static constexpr std::pair<std::string_view, std::string_view> kMarks[2] = {{"“", "”"}, {"《", "》"}};
  struct Marks {
    std::vector<std::size_t> opens;  // byte offsets in the text, ascending
    std::vector<std::size_t> closes;
  };
  // The last mark that ends by `end`.
  static std::optional<std::size_t> last_ending_by(const std::vector<std::size_t>& marks, std::size_t end,
                                                   std::size_t width) {
    auto it = std::upper_bound(marks.begin(), marks.end(), end,
                               [&](std::size_t e, std::size_t at) { return e < at + width; });
    if (it == marks.begin()) return std::nullopt;
    return *std::prev(it);
  }
  Marks marks_[2];
};

// Whether `before` ends with 的 and adverbs after it: …的(广泛)|支持.
bool after_relative_particle(const FrameGrammar& grammar, std::string_view before) {
  while (const std::string* adverb = grammar.words().adverbs.ending_of(before))
    before.remove_suffix(adverb->size());
  return ending_of(before, grammar.modifiers().relative_particles) != nullptr;
}

// The triggers of a sentence, outside names and quotes, a verb not read as a noun.
std::vector<Trigger> find_triggers(const FrameGrammar& grammar, std::string_view text, Span sentence,
                                   std::span<const PhraseMatcher::Match> matches,
                                   const std::vector<Mention>& mentions) {
  std::vector<Trigger> out;
  if (matches.empty()) return out;
  const QuotedSpans quoted(text, sentence);
  std::size_t covered_until = 0;
  for (const auto& match : matches) {
    const Span span{sentence.begin + match.begin, sentence.begin + match.end};
    // A trigger inside a name is part of the name: 合作 in 上海合作组织; and
    // inside quotes or a title it is quoted, not stated: “倡议引领”.
    // (Nor is one that starts inside a name and runs past it, sharing more than
    // the name's last character: 金砖|国家主席|国 is 主席国; 外交|部|长 is a title.)
    bool inside_name = false;
    for (const Mention& m : mentions) {  // by position: none after the trigger's start contains it
      if (m.span.begin > span.begin) break;
      if (span.end <= m.span.end) inside_name = true;
      if (m.span.begin < span.begin && span.begin < m.span.end) {
        std::size_t last = m.span.end;
        utf8::previous(text, last);
        if (span.begin < last) inside_name = true;
      }
    }
    if (inside_name || quoted.contains(span)) continue;
    const std::string_view before = text.substr(sentence.begin, span.begin - sentence.begin);
    const RelationRule& rule = grammar.rule(match.value);
    const bool verb = rule.frame == Frame::Verb;
    if (rule.received) {
      // A stance received is a noun after 的: 得到俄罗斯的(积极)响应.
      if (!after_relative_particle(grammar, before)) continue;
    } else {
      // After a determiner or 的 the word is a noun: 该倡议, 提出的倡议.
      if (verb && grammar.words().determiners.ending_of(before)) continue;
      // After a verb that governs it, a verb is what is promoted or joined, not
      // an act of the subject's: 推动|制定《公约》, 参与|起草 (the first verb states the relation).
      if (verb && grammar.words().control_verbs.ending_of(before)) continue;
    }
    // The same word may trigger several rules (携手: partner and verb).
    const bool same_span_as_previous = !out.empty() && out.back().span == span;
    // A trigger inside a longer one is that one: 通过 in 协商一致通过.
    if (!same_span_as_previous && span.begin < covered_until) continue;
    out.push_back({span, match.value});
    covered_until = std::max(covered_until, span.end);
  }
  return out;
}

// The roles a sentence's mentions may not play: partners (与X), names in
// adjuncts (在X上).
void mark_roles(const FrameGrammar& grammar, SentenceReading& reading) {
  const std::string_view text = reading.text;
  const std::vector<Mention>& mentions = reading.mentions;
  std::optional<std::size_t> previous;  // the argument before, for lists
  for (std::size_t i : reading.arguments) {
    const Mention& m = mentions[i];
    const Span clause = reading.clause_of(m.span.begin);
    // 与/同/跟 X: X is someone's partner, never the actor a later clause
    // carries over; nor is a speaker named before a colon (新华社记者：…).
    const std::string_view before =
        text.substr(reading.sentence.begin, m.span.begin - reading.sentence.begin);
    if (ending_of(before, grammar.modifiers().accompanying_markers)) reading.roles[i].accompanying = true;
    // (A label: the name, a few words at most, the colon — 新华社记者：, 问：;
    // or a wire's dateline, the place and date before 电 — 新华社联合国8月26日电.)
    if (clause.end < reading.sentence.end && text[clause.end] == ':' &&
        utf8::length(text.substr(m.span.end, clause.end - m.span.end)) <= 4) {
      reading.roles[i].accompanying = true;
    }
    const std::string_view after =
        text.substr(m.span.end, std::min<std::size_t>(40, clause.end - m.span.end));
    for (const std::string& end : grammar.modifiers().dateline_ends) {
      const std::size_t dateline = after.find(end);
      if (dateline != std::string_view::npos && dateline > 0 &&
          after.substr(0, dateline).find_first_of(",;:") == std::string_view::npos &&
          utf8::is_ascii_digit(static_cast<unsigned char>(after[dateline - 1]))) {
        reading.roles[i].accompanying = true;
      }
    }
    // The members of a list share its role: 在联合国、二十国集团等框架下.
    // So do names run together (在联大|第一委员会上).
    const bool listed =
        previous && mentions[*previous].span.end <= m.span.begin &&
        mentions[*previous].span.begin >= clause.begin &&
        (mentions[*previous].span.end == m.span.begin ||
         reading.coordinated(mentions[*previous].span.end, m.span.begin, grammar.modifiers().coordinators));
    if (listed) {
      reading.roles[i].adjunct = reading.roles[*previous].adjunct;
    } else if (grammar.words().place_nouns.opening_of(text.substr(m.span.end, clause.end - m.span.end))) {
      reading.roles[i].adjunct = true;  // 联合国|总部: a place
    } else {
      // 在美国推动…时: after 在, a verb right after makes it a clause's subject, not a place —
      // unless the clause named its subject before 在: 中方在联合国大会提出… (a place).
      const std::string* opener = grammar.adjunct_opener(text, clause.begin, m.span.begin);
      const auto& subordinating = grammar.modifiers().subordinating_openers;
      const bool subordinate =
          opener != nullptr &&
          std::find(subordinating.begin(), subordinating.end(), *opener) != subordinating.end() &&
          grammar.verb_starts_at(text, m.span.end, clause.end);
      const auto type = previous ? mentions[*previous].type : graph::NodeType::Year;
      const bool subject_before = previous && mentions[*previous].span.begin >= clause.begin &&
                                  !reading.roles[*previous].adjunct &&
                                  !reading.roles[*previous].accompanying &&
                                  (type == graph::NodeType::Country ||
                                   type == graph::NodeType::Organization || type == graph::NodeType::Person);
      reading.roles[i].adjunct = opener != nullptr && (!subordinate || subject_before);
    }
    previous = i;
  }
}

}  // namespace

RelationExtractor::RelationExtractor(const RulePack& pack) : grammar_(std::make_unique<FrameGrammar>(pack)) {}
RelationExtractor::~RelationExtractor() = default;

const std::vector<PhraseList>& RelationExtractor::word_lists() const { return grammar_->word_lists(); }

std::vector<FoundRelation> RelationExtractor::extract(std::string_view text, Span sentence,
                                                      const std::vector<Span>& clauses,
                                                      std::vector<Mention>& mentions,
                                                      const ActorContext& actors,
                                                      std::vector<DroppedRelation>* dropped) const {
  // Refilled per sentence, kept per thread.
  thread_local std::array<std::vector<PhraseMatcher::Match>, kWordLists> matches;
  const std::string_view body = text.substr(sentence.begin, sentence.end - sentence.begin);
  for (std::size_t list = 0; list < kWordLists; ++list) {
    matches[list].clear();
    grammar_->word_matcher(list).find_all(body, matches[list]);
  }
  return extract(text, sentence, clauses, SentenceWords{matches[0], matches[1], matches[2]}, mentions, actors,
                 dropped);
}

std::vector<FoundRelation> RelationExtractor::extract(
    std::string_view text, Span sentence, const std::vector<Span>& clauses, const SentenceWords& words,
    std::vector<Mention>& mentions, const ActorContext& actors, std::vector<DroppedRelation>* dropped) const {
  const FrameGrammar& grammar = *grammar_;
  SentenceReading reading(grammar, text, sentence, clauses, mentions, actors, dropped);
  reading.attributions = words.attributions;
  reading.generic_actors = words.generic_actors;
  reading.arguments.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].nested) continue;
    if (mentions[i].type == graph::NodeType::Year) {
      reading.years.push_back(i);
      continue;
    }
    // An alias in brackets after its name (开放式工作组(OEWG)) is that name again, no argument.
    if (!reading.arguments.empty()) {
      const Mention& previous = mentions[reading.arguments.back()];
      if (previous.type == mentions[i].type && previous.name == mentions[i].name &&
          text.substr(previous.span.end, mentions[i].span.begin - previous.span.end) == "(" &&
          starts_with(text.substr(mentions[i].span.end), ")")) {
        continue;
      }
    }
    reading.arguments.push_back(i);
  }
  mark_roles(grammar, reading);
  reading.triggers = find_triggers(grammar, text, sentence, words.triggers, mentions);
  Span last_dropped;  // a trigger several rules share is reported once
  for (Trigger trigger : reading.triggers) {
    const RelationRule& rule = grammar.rule(trigger.rule);
    const std::string_view word = text.substr(trigger.span.begin, trigger.span.end - trigger.span.begin);
    const Span clause = reading.clause_of(trigger.span.begin);
    auto drop = [&](std::string reason) {
      if (!(last_dropped == trigger.span)) reading.drop(rule, word, std::move(reason));
      last_dropped = trigger.span;
    };
    if (rule.frame == Frame::Verb || rule.frame == Frame::Partner) {
      if (const std::string* negation =
              grammar.preceded_by(text, clause.begin, trigger.span.begin, grammar.words().negations)) {
        // 美国未签署…: declining to sign is a relation of its own (尚未, not yet, is none).
        const auto refusal = grammar.refusal_of(trigger.rule);
        const auto& refusals = grammar.modifiers().refusals;
        if (refusal && std::find(refusals.begin(), refusals.end(), *negation) != refusals.end()) {
          trigger.rule = *refusal;
          read_verb(grammar, reading, trigger);
          last_dropped = trigger.span;  // other rules of the word are not reported as negated
          continue;
        }
        drop("negated");
        continue;
      }
      const auto announced = [&] {
        const std::string_view said_before = text.substr(sentence.begin, clause.begin - sentence.begin);
        return std::any_of(
            grammar.modifiers().announcements.begin(), grammar.modifiers().announcements.end(),
            [&](const std::string& word) { return said_before.find(word) != std::string_view::npos; });
      };
      if (grammar.preceded_by(text, clause.begin, trigger.span.begin, grammar.words().modal) &&
          !grammar.preceded_by(text, clause.begin, trigger.span.begin, grammar.words().modal_exceptions) &&
          !announced()) {
        drop("forward-looking");
        continue;
      }
    }
    switch (rule.frame) {
      case Frame::Verb:
        read_verb(grammar, reading, trigger);
        break;
      case Frame::Partner:
        read_partner(grammar, reading, trigger);
        break;
      case Frame::Title:
        read_title(grammar, reading, trigger);
        break;
      case Frame::ListOf:
        read_list_of(grammar, reading, trigger);
        break;
      case Frame::Alliances:
        read_alliances(grammar, reading, trigger);
        break;
      case Frame::Possessive:
        read_possessive(grammar, reading, trigger);
        break;
      case Frame::Venue:
        read_venue(grammar, reading, trigger);
        break;
      case Frame::Roster:
        read_roster(grammar, reading, trigger);
        break;
      default:  // the frames without words in the text, read once per sentence below
        break;
    }
  }
  for (const RelationRule& rule : grammar.pack().relations) {
    switch (rule.frame) {
      case Frame::Pair:
        read_pairs(grammar, reading, rule);
        break;
      case Frame::Dated:
        read_dated(grammar, reading, rule);
        break;
      case Frame::Held:
        read_held(grammar, reading, rule);
        break;
      case Frame::Heading:
        read_heading(grammar, reading, rule);
        break;
      case Frame::DateNote:
        read_date_note(grammar, reading, rule);
        break;
      case Frame::NamedYear:
        read_named_year(grammar, reading, rule);
        break;
      case Frame::Programme:
        read_programme(grammar, reading, rule);
        break;
      case Frame::BracketMembers:
        read_bracket_members(grammar, reading, rule);
        break;
      case Frame::TableRow:
        read_table_row(grammar, reading, rule);
        break;
      case Frame::ChartRow:
        read_chart_row(grammar, reading, rule);
        break;
      case Frame::Citation:
        read_citation(grammar, reading, rule);
        break;
      case Frame::Record:
        read_record(grammar, reading, rule);
        break;
      case Frame::Profile:
        read_profile(grammar, reading, rule);
        break;
      default:  // a frame read at its triggers, above
        break;
    }
  }
  if (grammar.reads_english() && is_latin_sentence(text, sentence)) read_english(grammar, reading);
  return std::move(reading.found);
}

std::optional<int> RelationExtractor::heading_year(std::string_view text, Span sentence,
                                                   const std::vector<Mention>& mentions) {
  return extract::heading_year(text, sentence, mentions);
}

std::optional<Mention> RelationExtractor::actor_of(const std::vector<Mention>& mentions,
                                                   const std::vector<FoundRelation>& found) const {
  using graph::NodeType;
  auto actor_type = [](NodeType type) {
    return type == NodeType::Country || type == NodeType::Organization || type == NodeType::Person;
  };
  // The subject of the sentence's first relation read in running text.
  for (const FoundRelation& relation : found) {
    if (relation.relation == graph::RelationType::InYear || !actor_type(relation.subject.type)) continue;
    if (relation.trigger_span.end <= relation.trigger_span.begin) continue;  // read inside a name
    auto it = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return !m.nested && m.type == relation.subject.type && m.name == relation.subject.name;
    });
    if (it == mentions.end()) continue;  // carried over itself: the actor stays
    Mention actor = *it;
    actor.span = {};
    return actor;
  }
  return std::nullopt;
}

}  // namespace kg::extract
