// The record frame: a field line of a record — a block of "LABEL：VALUE"
// lines, as a treaty database, an infobox or a legislation tracker prints
// them — read against what the record is about: the value of its name field
// (the patterns' record_name_labels: 名称：…, Name: …) or, where it has none,
// the title line right above its fields. A rule's triggers are field labels,
// never looked for in running text: the names a field of the rule's label
// lists are its subjects (缔约方或签署方：中国；俄罗斯 -> SIGNED; Adopted by:
// National Assembly, 26 December 2024 -> ADOPTED, in 2024); a dating rule's
// field (签署日期, Introduced) dates the record's document or event.
// The profile frame reads an actor's record the other way round: what its
// fields list is what the actor its title names did (UNITED KINGDOM /
// Signed: Bletchley Declaration (host, 2023) -> SIGNED, in 2023).
#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "extract/frames/reading.h"
#include "extract/word_list.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxFieldLineBytes = 2048;  // a longer line is running text, not a field
constexpr std::size_t kMaxLabelBytes = 36;        // 缔约方或签署方, Opened for signature
constexpr std::size_t kMaxRecordLines = 24;       // how far up a record's name is looked for
constexpr std::size_t kMaxRecordSentences = 64;   // how far back the name's mentions are looked for
constexpr std::size_t kMaxValueBytes = 300;       // a longer value is prose (Host: Today we …), not a list
constexpr std::size_t kMaxTitleBytes = 240;  // a longer line above the fields is a paragraph, not a title

struct Field {
  std::string_view label;
  Span value;
};

// The field a line holds, if it is one: a short label with no digit or
// punctuation, then a colon (a Latin one before a space: not 10:15), then a
// short value that ends no sentence (a list or a date, not a speaker's turn).
std::optional<Field> field_of(std::string_view text, Span line) {
  // (The normalized text has NFKC's colon for the full-width one.)
  const std::string_view s = text.substr(line.begin, line.end - line.begin);
  const std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > kMaxLabelBytes) return std::nullopt;
  std::string_view label = trim_ascii_space(s.substr(0, colon));
  if (label.starts_with("- ") || label.starts_with("* ")) label = trim_ascii_space(label.substr(2));
  if (label.empty() || has_digit(label)) return std::nullopt;
  for (std::string_view mark : {",", "。", ";", "(", "\""}) {
    if (label.find(mark) != std::string_view::npos) return std::nullopt;
  }
  // (A Latin label's colon before a space: Adopted: X, not 10:15 or http://.)
  if (all_ascii(label) && (colon + 1 >= s.size() || s[colon + 1] != ' ')) return std::nullopt;
  const std::string_view value = trim_ascii_space(s.substr(colon + 1));
  if (value.size() > kMaxValueBytes || ends_sentence(value)) return std::nullopt;
  return Field{label, {line.begin + colon + 1, line.end}};
}

bool is_blank(std::string_view text, Span line) {
  return is_ascii_blank(text.substr(line.begin, line.end - line.begin));
}

// Where a record names what it is about: its name field's value, or the title
// line above its fields; `lone_field` where that title has one field line
// under it only (a headline over one 发布时间 line, or a notification's
// document name over the one act it records).
struct RecordName {
  Span span;
  bool lone_field = false;
};

// What the record of the field line `line` is about: its name field's value,
// or the title line above its fields (a short one ending no sentence); none
// where the block starts without either.
std::optional<RecordName> record_name(std::string_view text, Span line,
                                      const std::vector<std::string>& name_labels) {
  Span at = line;
  std::size_t fields = 1;  // the line's own
  for (std::size_t lines = 0; lines < kMaxRecordLines && at.begin > 0; ++lines) {
    const auto up = line_around(text, at.begin - 1, kMaxFieldLineBytes);
    if (!up || is_blank(text, *up)) return std::nullopt;
    if (const auto field = field_of(text, *up)) {
      if (label_word(field->label, name_labels)) return RecordName{field->value};
      at = *up;
      ++fields;
      continue;
    }
    const std::string_view title = trim_ascii_space(text.substr(up->begin, up->end - up->begin));
    if (title.size() > kMaxTitleBytes || title.find("。") != std::string_view::npos || ends_sentence(title) ||
        title.ends_with(":"))
      return std::nullopt;
    if (fields < 2 && line.end < text.size()) {
      const auto down = line_around(text, line.end + 1, kMaxFieldLineBytes);
      if (down && field_of(text, *down)) ++fields;
    }
    return RecordName{*up, fields < 2};
  }
  return std::nullopt;
}

// The field of a rule's label that the sentence opens, on a record's line,
// with where the record names what it is about.
struct RecordField {
  Field field;
  Span name;
  bool lone_field = false;  // the one field under its title line
};

std::optional<RecordField> record_field(const FrameGrammar& grammar, const SentenceReading& reading,
                                        const RelationRule& rule) {
  const std::string_view text = reading.text;
  // Cheaply first: a field line's sentence opens its line, with a colon within a label's length.
  std::size_t line_start = reading.sentence.begin;
  while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) --line_start;
  if (line_start > 0 && text[line_start - 1] != '\n') return std::nullopt;
  if (text.substr(reading.sentence.begin, kMaxLabelBytes + 1).find(':') == std::string_view::npos)
    return std::nullopt;
  const auto line = line_around(text, reading.sentence.begin, kMaxFieldLineBytes);
  if (!line) return std::nullopt;
  const auto field = field_of(text, *line);
  if (!field || field->value.end <= reading.sentence.begin) return std::nullopt;
  if (!label_word(field->label, rule.triggers)) return std::nullopt;
  const auto name = record_name(text, *line, grammar.pack().patterns.record_name_labels);
  if (!name) return std::nullopt;
  return RecordField{*field, name->span, name->lone_field};
}

// The first year in the field's value after `from` and before `to`.
std::optional<int> year_in_value(const SentenceReading& reading, const Field& field, std::size_t from,
                                 std::size_t to) {
  for (std::size_t y : reading.years) {
    const Mention& year = reading.mention(y);
    if (inside(year, field.value) && year.span.begin >= from && year.span.begin < to)
      return std::stoi(year.name);
  }
  return std::nullopt;
}

// What the field lists of `types`, in the order named, but `except`.
std::vector<const Mention*> listed(const SentenceReading& reading, const Field& field,
                                   const std::vector<graph::NodeType>& types, const Mention* except) {
  std::vector<const Mention*> found;
  for (std::size_t index : reading.arguments) {
    const Mention& named = reading.mention(index);
    if (inside(named, field.value) && &named != except && type_in(named.type, types) && !named.weak)
      found.push_back(&named);
  }
  return found;
}

}  // namespace

void read_record(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  const auto record = record_field(grammar, reading, rule);
  if (!record) return;
  const Field* field = &record->field;
  const Mention* about = first_named_within(reading, record->name, rule.object_types, kMaxRecordSentences);
  if (!about) return;
  // One field under a title is a record's only where the title is the name alone and the field lists
  // who acted (Second Additional Protocol (CETS No. 224) / Signatures: A; B), not where it dates it: a
  // headline over its 发布时间 line dates the article, not what the headline names.
  if (record->lone_field &&
      (rule.relation == graph::RelationType::InYear || !alone_on_line(reading.text, record->name, *about)))
    return;
  if (rule.relation == graph::RelationType::InYear) {
    if (const auto year = year_in_value(reading, *field, field->value.begin, field->value.end))
      reading.emit_year(*about, *year, rule, field->label);
    return;
  }
  // Each party listed, dated by the year after it, before the next party
  // (Adopted: European Parliament, 13 March 2024; Council of the EU, 21 May 2024).
  const std::vector<const Mention*> parties = listed(reading, *field, rule.subject_types, about);
  // (A lone field lists names and nothing else: not 美国等68国，中国未加入, nor pending in Chile.)
  if (record->lone_field) {
    std::string rest;
    std::size_t from = field->value.begin;
    for (const Mention* party : parties) {
      rest.append(reading.text.substr(from, party->span.begin - from));
      from = party->span.end;
    }
    rest.append(reading.text.substr(from, field->value.end - from));
    if (parties.empty() || !joins_names_only(rest)) return;
  }
  for (std::size_t i = 0; i < parties.size(); ++i) {
    const std::size_t next = i + 1 < parties.size() ? parties[i + 1]->span.begin : field->value.end;
    const auto year = year_in_value(reading, *field, parties[i]->span.end, next);
    reading.emit(*parties[i], rule.relation, *about, year, rule, field->label);
    if (year) reading.emit_year(*about, *year, rule, field->label);
  }
}

void read_profile(const FrameGrammar& grammar, SentenceReading& reading, const RelationRule& rule) {
  const auto record = record_field(grammar, reading, rule);
  if (!record) return;
  const Field& field = record->field;
  const Mention* actor = first_named_within(reading, record->name, rule.subject_types, kMaxRecordSentences);
  if (!actor) return;
  const std::string_view text = reading.text;
  // The title is the actor's name alone, its abbreviation in brackets allowed (UNITED KINGDOM; Japan (JP)),
  // not a document's or a person's title that names it (Bletchley Declaration (OECD summary)), nor a
  // bracket that names another state.
  if (!alone_on_line(text, record->name, *actor) ||
      first_named_within(reading, {actor->span.end, record->name.end}, {graph::NodeType::Country},
                         kMaxRecordSentences) != nullptr)
    return;
  // Nothing after a negation or a refusal is listed as done (Signed: X; declined the Y); one inside a
  // bracket is about the thing before it (Seoul Declaration (withdrew 2024)), and keeps only its year off.
  const EnglishRules& english = grammar.pack().english;
  std::size_t listed_end = field.value.end;
  const auto in_bracket = [&](std::size_t at) {
    const std::string_view before = text.substr(field.value.begin, at - field.value.begin);
    return std::count(before.begin(), before.end(), '(') > std::count(before.begin(), before.end(), ')');
  };
  // The first of `words` in `span`, as a whole word outside brackets (`anywhere`: inside too), if any.
  const auto first_word = [&](Span span, const std::vector<std::string>& words, bool anywhere) {
    std::size_t first = span.end;
    const std::string_view value = text.substr(span.begin, span.end - span.begin);
    for (const std::string& word : words) {
      for (std::size_t at = value.find(word); at != std::string_view::npos; at = value.find(word, at + 1)) {
        if ((at == 0 || !is_ascii_alpha(value[at - 1])) &&
            (at + word.size() >= value.size() || !is_ascii_alpha(value[at + word.size()])) &&
            (anywhere || !in_bracket(span.begin + at))) {
          first = std::min(first, span.begin + at);
          break;
        }
      }
    }
    return first;
  };
  for (const std::vector<std::string>* words :
       {&english.negations, &english.refusals, &english.profile_stops}) {
    listed_end = std::min(listed_end, first_word(field.value, *words, false));
  }
  // Each thing listed, not one a bracket names in passing (GPAI (via OECD …)), dated by a year in the
  // bracket right after it (Signed: Bletchley Declaration (host, 2023); Seoul Declaration), not one that
  // starts a state (Budapest Convention (Party since 2007)). Only the field's first sentence: in "Signed:
  // X. Not signed: Y", Y is not.
  std::vector<const Mention*> things = listed(reading, field, rule.object_types, actor);
  std::erase_if(things, [&](const Mention* thing) {
    return thing->span.begin >= listed_end || in_bracket(thing->span.begin);
  });
  for (const Mention* thing : things) {
    std::optional<int> year;
    std::size_t open = thing->span.end;
    while (open < field.value.end && text[open] == ' ') ++open;
    if (open < field.value.end && text[open] == '(') {
      const std::size_t close = std::min(text.find(')', open), field.value.end);
      for (std::size_t y : reading.years) {
        const Mention& named = reading.mention(y);
        if (named.span.begin > open && named.span.begin < close &&
            !text.substr(open, named.span.begin - open).ends_with("since ") &&
            first_word({open, named.span.begin}, english.profile_stops, true) == named.span.begin) {
          year = std::stoi(named.name);
          break;
        }
      }
    }
    reading.emit(*actor, rule.relation, *thing, year, rule, field.label);
    if (year) reading.emit_year(*thing, *year, rule, field.label);
  }
}

}  // namespace kg::extract
