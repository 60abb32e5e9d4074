// Reference resolution: each reference word of a sentence, in order, is
// resolved against what the document named before it (earlier sentences,
// and earlier in the same sentence).
#include "extract/references.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "base/ascii.h"
#include "extract/english_words.h"
#include "extract/word_list.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them
namespace {

bool is_actor(graph::NodeType type) {
  return type == graph::NodeType::Country || type == graph::NodeType::Organization ||
         type == graph::NodeType::Region;
}

Mention referring(graph::NodeType type, const std::string& name, const Attributes* attributes, Span span,
                  std::string_view text) {
  Mention mention;
  mention.span = span;
  mention.type = type;
  mention.name = name;
  mention.surface = std::string(text.substr(span.begin, span.end - span.begin));
  mention.origin = "reference";
  mention.attributes = attributes;
  mention.reference = true;
  return mention;
}

}  // namespace

Salience::Named Salience::named(const Mention& mention) {
  auto name = names_.find(std::string_view(mention.name));
  if (name == names_.end()) name = names_.insert(mention.name).first;
  return {mention.type, &*name, mention.attributes, sentence_};
}

void Salience::name_pair(const Named& first, const Named& second) {
  if (pairs_.size() == kPairsKept) pairs_.erase(pairs_.begin());
  pairs_.push_back({{first, second}, sentence_});
}

ReferenceResolver::ReferenceResolver(const RulePack& pack) : rules_(pack.references) {
  for (std::size_t i = 0; i < rules_.years.size(); ++i) {
    word_list_.emplace_back(rules_.years[i].word, static_cast<std::uint32_t>(targets_.size()));
    targets_.push_back({true, i});
  }
  for (std::size_t i = 0; i < rules_.entities.size(); ++i) {
    for (const std::string& word : rules_.entities[i].words) {
      word_list_.emplace_back(word, static_cast<std::uint32_t>(targets_.size()));
    }
    targets_.push_back({false, i});
    for (graph::NodeType type : rules_.entities[i].types)
      referenced_types_[static_cast<std::size_t>(type)] = true;
  }
  for (const auto& [word, target] : word_list_) words_.add(word, target);
  words_.build();
}

bool ReferenceResolver::opens_bare_reference(std::string_view text, Span sentence, std::size_t at) const {
  if (at <= sentence.begin) return true;
  const std::string_view before = text.substr(sentence.begin, at - sentence.begin);
  if (!utf8::is_han(utf8::before(text, at))) return true;  // after punctuation, a digit, a space
  return std::any_of(rules_.bare_openers.begin(), rules_.bare_openers.end(),
                     [&](const std::string& word) { return before.ends_with(word); });
}

// Whether a name is of a kind: ends with it (该公约: …公约), or for an English kind has it as a word
// anywhere, as its topic may follow (the Convention: Convention against Cybercrime).
namespace {
bool has_kind(std::string_view name, std::string_view kind) {
  if (name.ends_with(kind)) return true;
  // A part of a document symbol, anywhere in it: /L. in A/C.1/78/L.56.
  if (kind.starts_with('/')) return name.find(kind) != std::string_view::npos;
  if (kind.empty() || !std::isupper(static_cast<unsigned char>(kind.front()))) return false;
  for (std::size_t at = name.find(kind); at != std::string_view::npos; at = name.find(kind, at + 1)) {
    const std::size_t end = at + kind.size();
    if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
  }
  return false;
}
// Whether `bracket` (from its opening bracket) holds only quoted terms and the
// commas between them, up to a quote opening: ("Ardenfell", "we — not (MSFT) said "we.
bool only_quoted_terms(std::string_view bracket) {
  bool inside = false;
  for (std::size_t i = bracket.starts_with("（") ? std::string_view("（").size() : 1; i < bracket.size();) {
    if (bracket[i] == '"') {
      inside = !inside;
      ++i;
    } else if (bracket.substr(i).starts_with("“") || bracket.substr(i).starts_with("”")) {
      inside = bracket.substr(i).starts_with("“");
      i += std::string_view("“").size();
    } else if (inside || bracket[i] == ' ' || bracket[i] == ',') {
      ++i;
    } else if (bracket.substr(i).starts_with("，") || bracket.substr(i).starts_with("、")) {
      i += std::string_view("，").size();
    } else {
      return false;
    }
  }
  return inside;
}

}  // namespace

std::optional<Salience::Named> ReferenceResolver::declared_speaker(std::string_view text, Span sentence,
                                                                   Span word,
                                                                   const EntityReference& reference,
                                                                   const std::vector<Mention>& mentions,
                                                                   Salience& salience) const {
  // Ardenfell AI ("Ardenfell", "we", "the company"): the word quoted in the brackets right after a name.
  const std::string_view before = text.substr(sentence.begin, word.begin - sentence.begin);
  const auto last = [](std::size_t a, std::size_t b) {
    return a == std::string_view::npos ? b : b == std::string_view::npos ? a : std::max(a, b);
  };
  const std::size_t open = last(before.rfind('('), before.rfind("（"));
  if ((before.ends_with("\"") || before.ends_with("“")) && open != std::string_view::npos &&
      only_quoted_terms(before.substr(open))) {
    for (const Mention& m : mentions) {
      if (m.nested || m.weak || m.span.end > sentence.begin + open) continue;
      if (is_ascii_blank(text.substr(m.span.end, sentence.begin + open - m.span.end)) &&
          std::find(reference.types.begin(), reference.types.end(), m.type) != reference.types.end())
        return salience.named(m);
    }
  }
  // We, the Leaders of the G20, …; 我们，金砖国家领导人，…: the word, a comma, and a name soon after.
  constexpr std::size_t kWithin = 40;  // bytes from the comma to the name
  const std::string_view after = text.substr(word.end, sentence.end - word.end);
  std::size_t comma = 0;
  if (after.starts_with(",")) {
    comma = 1;
  } else if (after.starts_with("，")) {
    comma = std::string_view("，").size();
  } else {
    return std::nullopt;
  }
  for (const Mention& m : mentions) {
    if (m.nested || m.weak || m.span.begin < word.end + comma) continue;
    if (m.span.begin > word.end + comma + kWithin) break;
    if (std::find(reference.types.begin(), reference.types.end(), m.type) == reference.types.end()) continue;
    return salience.named(m);
  }
  return std::nullopt;
}

namespace {
// Whether `at` begins a paragraph: the text's start, or a blank line before it.
bool opens_paragraph(std::string_view text, std::size_t at) {
  std::size_t breaks = 0;
  while (at > 0) {
    const char c = text[at - 1];
    if (c == '\n') {
      ++breaks;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      return breaks >= 2;
    }
    --at;
  }
  return true;
}

// Whether `at` is inside a quotation opened since `from`: "we" in a quote is
// whoever is quoted.
bool quoted(std::string_view text, std::size_t from, std::size_t at) {
  const std::string_view before = text.substr(from, at - from);
  int open = 0;
  std::size_t straight = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '"') ++straight;
    if (before.substr(i).starts_with("“")) ++open;
    if (before.substr(i).starts_with("”")) --open;
  }
  return open > 0 || straight % 2 == 1;
}
}  // namespace

void ReferenceResolver::open_turn(std::string_view text, Span sentence, const std::vector<Mention>& mentions,
                                  Salience& salience) const {
  if (!opens_paragraph(text, sentence.begin)) return;
  salience.turn_speaker_.reset();
  salience.turn_begin_ = sentence.begin;
  salience.paragraph_ = salience.sentence_;
  // (The actor is the sentence's first word or words: CHINA; THE NETHERLANDS; The United States voted ….)
  for (const Mention& m : mentions) {
    if (m.nested || m.weak) continue;
    const std::string_view before = text.substr(sentence.begin, m.span.begin - sentence.begin);
    if (only_article_before(before) &&
        (m.type == graph::NodeType::Country || m.type == graph::NodeType::Organization)) {
      salience.turn_speaker_ = salience.named(m);
    }
    return;
  }
}

// How far after a party definition (hereinafter, 以下简称) its term is looked for.
constexpr std::size_t kDefinedTermBytes = 96;

// How far back (sentences) a most_named reference looks first.
constexpr std::size_t kRecentSentences = 8;

std::span<const Salience::Named> ReferenceResolver::named_in_title(const Salience& salience) {
  if (!salience.first_is_title_) return {};
  const auto past_title = std::find_if(salience.named_.begin(), salience.named_.end(),
                                       [](const Salience::Named& named) { return named.sentence != 0; });
  return {salience.named_.begin(), past_title};
}

namespace {

// Whether the person named at `at` opens its clause: after a clause's mark
// or the text's start, past a few characters of titles or a body (美国副总统|
// 万斯表示), none of them a preposition, copula or 的 that makes the name
// something else's (在美国副总统万斯的演讲, 美国是副总统万斯去的).
bool opens_its_clause(std::string_view text, std::size_t at) {
  std::size_t blank = at;
  while (blank > 0 && text[blank - 1] == ' ') --blank;
  if (at < text.size() && is_ascii_alpha(text[at]) &&
      (blank == 0 || static_cast<unsigned char>(text[blank - 1]) < 0x80)) {
    // An English name, past capitalised words of its title (Prime Minister Modi said; Mr. Macron; In 2019,
    // Macron): from a clause's mark or the line's start, not after a lowercase word (with the economist
    // Philippe Aghion) or a digit.
    constexpr int kMaxTitleWords = 4;
    for (int words = 0; words <= kMaxTitleWords; ++words) {
      while (at > 0 && text[at - 1] == ' ') --at;
      if (at == 0) return true;
      const char before = text[at - 1];
      if (before == ',' || before == ';' || before == ':' || before == '.' || before == '\n') return true;
      std::size_t word = at;
      while (word > 0 && (is_ascii_alpha(text[word - 1]) || text[word - 1] == '-' || text[word - 1] == '\''))
        --word;
      if (word == at || !is_ascii_upper(text[word])) return false;
      at = word;
    }
    return false;
  }
  constexpr int kMaxTitleCharacters = 8;
  constexpr std::u32string_view kClauseMarks = U"，。；：！？,;:\n";
  constexpr std::u32string_view kNotSubjectMarks = U"在的对与和同向把被让由是给将从";
  for (int characters = 0; at > 0; ++characters) {
    const char32_t c = utf8::before(text, at);
    if (kClauseMarks.find(c) != std::u32string_view::npos) return true;
    if (characters == kMaxTitleCharacters || kNotSubjectMarks.find(c) != std::u32string_view::npos)
      return false;
    utf8::previous(text, at);
  }
  return true;
}

}  // namespace

bool ReferenceResolver::named_first(const Salience& salience, const std::string* name) {
  const auto titled = named_in_title(salience);
  return std::any_of(titled.begin(), titled.end(),
                     [&](const Salience::Named& named) { return named.name == name; });
}

const Salience::Named* ReferenceResolver::antecedent(const EntityReference& reference,
                                                     const Salience& salience) const {
  const Salience::Named* most = nullptr;  // for a most_named reference: the best so far
  std::size_t most_times = 0;
  const Salience::Named* most_recent = nullptr;  // the best of those named recently
  std::size_t recent_times = 0;
  const auto of_kind = [&](const Salience::Named& named) {
    if (reference.kinds.empty() ||
        std::any_of(reference.kinds.begin(), reference.kinds.end(),
                    [&](const std::string& kind) { return has_kind(*named.name, kind); }))
      return true;
    // (Or its English name has the kind: the Union is 欧盟, the European Union.)
    const auto english = named.attributes->find("en");
    return english != named.attributes->end() &&
           std::any_of(reference.kinds.begin(), reference.kinds.end(),
                       [&](const std::string& kind) { return has_kind(english->second, kind); });
  };
  const auto of_type = [&](const Salience::Named& named) {
    return std::find(reference.types.begin(), reference.types.end(), named.type) != reference.types.end();
  };
  // The present one (此次峰会) is the one the title names, in a report on it: named again after the title
  // (not a title's phrase, 两年三场AI峰会, that the report never names again).
  if (reference.current == EntityReference::Present::past_paragraph) {
    for (auto it = salience.named_.rbegin();
         it != salience.named_.rend() && it->sentence >= salience.paragraph_; ++it) {
      if (reference.bare && salience.sentence_ - it->sentence > static_cast<std::size_t>(rules_.bare_window))
        break;
      if (of_type(*it) && of_kind(*it)) return &*it;
    }
  }
  if (reference.current != EntityReference::Present::no) {
    for (const Salience::Named& named : named_in_title(salience)) {
      if (of_type(named) && of_kind(named) && salience.times_named_.at(named.name) >= 2) return &named;
    }
  }
  const auto too_early = [&](const Salience::Named& named) {
    return reference.within_paragraph && named.sentence < salience.paragraph_;
  };
  if (reference.prefer_subject) {
    for (auto it = salience.named_.rbegin();
         it != salience.named_.rend() && salience.sentence_ - it->sentence <= 1 && !too_early(*it); ++it) {
      if (it->subject && of_type(*it) && of_kind(*it)) return &*it;
    }
  }
  for (auto it = salience.named_.rbegin(); it != salience.named_.rend() && !too_early(*it); ++it) {
    if (!of_type(*it)) continue;
    // (The last person named, not a subject: no one, rather than an earlier one the text has moved on from.)
    if (reference.subject_only && !it->subject) return nullptr;
    if (reference.bare && salience.sentence_ - it->sentence > static_cast<std::size_t>(rules_.bare_window) &&
        !named_first(salience, it->name)) {
      // Older still: too far back for a bare word, unless the document's first sentence (its title) named it
      // too: a report on one summit says 在峰会上 throughout.
      return nullptr;
    }
    if (!of_kind(*it)) continue;
    if (!reference.most_named) return &*it;
    // Of a kind (the Convention), the most named of those named in the last
    // few sentences, if any: a section on another convention means that one.
    // Else (the text: what the whole document is about) the most named of all.
    // (Ties go to the latest named, met first from the back.)
    const bool recent = !reference.kinds.empty() && salience.sentence_ - it->sentence <= kRecentSentences;
    const std::size_t times = salience.times_named_.at(it->name);
    if (recent && times > recent_times) {
      most_recent = &*it;
      recent_times = times;
    }
    if (times > most_times) {
      most = &*it;
      most_times = times;
    }
  }
  if (most_recent) return most_recent;
  // Else the one of its kind the document's head names, which the document is about: "the Convention" of an
  // explanatory report to the X Convention, though it began with others.
  // (Only where the head names one of the kind: a title comparing two conventions leaves it open.)
  if (reference.most_named && !reference.kinds.empty() && salience.prose_from_) {
    const Salience::Named* headed = nullptr;
    for (const Salience::Named& named : salience.named_) {
      if (named.sentence >= *salience.prose_from_) break;
      if (!of_type(named) || !of_kind(named) || (headed && headed->name == named.name)) continue;
      if (headed) return most;
      headed = &named;
    }
    if (headed) return headed;
  }
  return most;
}

void ReferenceResolver::remember(std::string_view text, const std::vector<Mention>& mentions,
                                 std::size_t from, std::size_t to, Salience& salience) const {
  // Whether mentions a and b are two actors joined: 中国和巴西, 中国同俄罗斯.
  auto joined = [&](std::size_t a, std::size_t b) {
    const Mention& first = mentions[a];
    const Mention& second = mentions[b];
    if (!is_actor(first.type) || first.nested || first.contraction || !is_actor(second.type) ||
        second.nested || second.contraction || first.span.end > second.span.begin) {
      return false;
    }
    const std::string_view joiner = text.substr(first.span.end, second.span.begin - first.span.end);
    return std::find(rules_.pair_joiners.begin(), rules_.pair_joiners.end(), joiner) !=
           rules_.pair_joiners.end();
  };
  for (std::size_t i = from; i < to; ++i) {
    const Mention& m = mentions[i];
    // Two actors named as one: a contraction (中美), inside a meeting's name too (中美…对话首次会议…，双方…).
    // (Of three, none: 中法欧 names no pair.)
    if (m.contraction && i + 1 < to && mentions[i + 1].contraction && mentions[i + 1].span == m.span &&
        (i + 2 >= to || !(mentions[i + 2].span == m.span)) &&
        (i == from || !(mentions[i - 1].span == m.span))) {
      salience.name_pair(salience.named(m), salience.named(mentions[i + 1]));
    }
    // The body whose organ's meeting an event's name opens with is named too (上海合作组织|成员国元首理事会
    // 会议在阿斯塔纳举行，白俄罗斯成为该组织正式成员国), not counted as named again; not for a meeting
    // of its own name (联合国|未来峰会).
    if (m.nested && !m.weak && m.type == graph::NodeType::Organization &&
        referenced_types_[static_cast<std::size_t>(m.type)] &&
        std::any_of(mentions.begin() + static_cast<std::ptrdiff_t>(from),
                    mentions.begin() + static_cast<std::ptrdiff_t>(to),
                    [&](const Mention& event) {
                      return event.type == graph::NodeType::Event && !event.nested &&
                             event.span.begin == m.span.begin && event.span.end > m.span.end;
                    }) &&
        std::any_of(rules_.organ_words.begin(), rules_.organ_words.end(),
                    [&](const std::string& organ) { return text.substr(m.span.end).starts_with(organ); })) {
      salience.named_.push_back(salience.named(m));
      continue;
    }
    if (m.nested || m.weak) continue;
    // Two actors joined, and only two: in 中国、俄罗斯和巴西 no two are 两国.
    if (i > 0 && joined(i - 1, i) && !(i > 1 && joined(i - 2, i - 1)) &&
        !(i + 1 < mentions.size() && joined(i, i + 1))) {
      salience.name_pair(salience.named(mentions[i - 1]), salience.named(m));
    }
    if (m.type == graph::NodeType::Year) {
      salience.year_ = std::stoi(m.name);
      continue;
    }
    // An event named by its venue (at Bletchley Park) is named in passing: no antecedent of "the summit"
    // (unless the summit is said: the Bletchley summit).
    if (const auto venue = m.attributes->find("venue");
        venue != m.attributes->end() &&
        venue->second.find(text.substr(m.span.begin, m.span.end - m.span.begin)) != std::string::npos &&
        !text.substr(m.span.end).starts_with(" summit") && !text.substr(m.span.end).starts_with(" Summit"))
      continue;
    if (referenced_types_[static_cast<std::size_t>(m.type)]) {
      salience.named_.push_back(salience.named(m));
      salience.named_.back().subject =
          m.type == graph::NodeType::Person && !m.reference && opens_its_clause(text, m.span.begin);
      ++salience.times_named_[salience.named_.back().name];
    }
  }
}

void ReferenceResolver::define_parties(std::string_view text, Span sentence,
                                       const std::vector<Mention>& mentions, Salience& salience) const {
  const std::string_view body = text.substr(sentence.begin, sentence.end - sentence.begin);
  std::size_t marker = std::string_view::npos;
  for (const std::string& definition : rules_.party_definitions)
    marker = std::min(marker, body.find(definition));
  if (marker == std::string_view::npos) return;
  // What it defines must be two parties (以下简称"双方"), not one name (以下简称"东盟"),
  // inside its brackets (not 以下简称"东盟"），双方…).
  std::string_view defined = body.substr(marker, kDefinedTermBytes);
  defined = defined.substr(0, std::min(defined.find(')'), defined.find("）")));
  if (std::none_of(rules_.party_terms.begin(), rules_.party_terms.end(),
                   [&](const std::string& term) { return defined.find(term) != std::string_view::npos; }))
    return;
  // The first two actors before the definition, countries first: the
  // Government of X, represented by its ministry, and the Government of Y.
  std::vector<const Mention*> countries;
  std::vector<const Mention*> actors;
  for (const Mention& m : mentions) {
    if (m.span.begin >= sentence.begin + marker) break;
    if (!is_actor(m.type) || m.nested || m.weak || m.reference) continue;
    // A state's name right before a body's qualifies it: the party is the body
    // (中华人民共和国|国家互联网信息办公室与…).
    const bool qualifies = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& next) {
      return next.span.begin == m.span.end && is_actor(next.type) && !next.nested && !next.weak;
    });
    if (m.type == graph::NodeType::Country && qualifies) continue;
    const auto same = [&](const Mention* other) { return other->name == m.name; };
    if (m.type == graph::NodeType::Country && std::none_of(countries.begin(), countries.end(), same))
      countries.push_back(&m);
    if (std::none_of(actors.begin(), actors.end(), same)) actors.push_back(&m);
  }
  const std::vector<const Mention*>& parties = countries.size() >= 2 ? countries : actors;
  if (parties.size() < 2) return;
  salience.parties_ =
      Salience::Pair{{salience.named(*parties[0]), salience.named(*parties[1])}, salience.sentence_};
}

void ReferenceResolver::resolve(std::string_view text, Span sentence, std::vector<Mention>& mentions,
                                Salience& salience) const {
  thread_local std::vector<PhraseMatcher::Match> matches;  // refilled per sentence, kept per thread
  matches.clear();
  if (!words_.empty()) words_.find_all(text.substr(sentence.begin, sentence.end - sentence.begin), matches);
  resolve(text, sentence, matches, mentions, salience);
}

void ReferenceResolver::resolve(std::string_view text, Span sentence,
                                std::span<const PhraseMatcher::Match> matches, std::vector<Mention>& mentions,
                                Salience& salience) const {
  open_turn(text, sentence, mentions, salience);
  if (salience.sentence_ == 0) {
    // A title: alone on the text's first line, ending no sentence (人工智能行动峰会在巴黎举行).
    const std::string_view words = text.substr(sentence.begin, sentence.end - sentence.begin);
    salience.first_is_title_ =
        is_ascii_blank(text.substr(0, sentence.begin)) && ends_line(text, sentence) && !ends_sentence(words);
    // (An organization's name alone on it is the author's: a report's cover, 衡元智联科技集团股份有限公司.)
    const auto top =
        std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return !m.nested; });
    if (salience.first_is_title_ && top != mentions.end() && top->type == graph::NodeType::Organization &&
        !top->weak && !top->reference && top->span.begin == sentence.begin && top->span.end == sentence.end)
      salience.author_ = salience.named(*top);
  }
  // A labelled line of the document's head naming a state alone makes it the document's voice: 国家：巴西.
  if (const std::string_view words = text.substr(sentence.begin, sentence.end - sentence.begin);
      !salience.prose_from_) {
    if (ends_sentence(words)) {
      salience.prose_from_ = salience.sentence_;
    } else if (const std::string* label = opening_of(words, rules_.voice_labels)) {
      std::size_t at = sentence.begin + label->size();
      while (at < sentence.end && text[at] == ' ') ++at;
      for (const Mention& m : mentions) {
        if (!m.nested && !m.weak && !m.reference && m.type == graph::NodeType::Country &&
            m.span.begin == at && m.span.end == sentence.end)
          salience.author_ = salience.named(m);
      }
    }
  }
  // A line of the cover that names a government alone names the author: Government of the Kingdom of the
  // Netherlands.
  // (A text with no blank line has no cover; a cover naming two governments, an agreement's, no one author.)
  if (!salience.cover_end_) {
    const std::size_t blank = text.find("\n\n");
    salience.cover_end_ = blank == std::string_view::npos ? 0 : blank;
  }
  if (!salience.cover_shared_ && sentence.end <= *salience.cover_end_ &&
      (sentence.begin == 0 || text[sentence.begin - 1] == '\n') && ends_line(text, sentence)) {
    for (const Mention& m : mentions) {
      if (m.nested || m.weak || m.reference || m.type != graph::NodeType::Country ||
          m.span.end != sentence.end)
        continue;
      // (The state's official name may go on before the name the rules know: Government of the Republic of
      // Kenya.)
      const std::string_view before = text.substr(sentence.begin, m.span.begin - sentence.begin);
      const auto governs = [&](const std::string& prefix) {
        if (!before.starts_with(prefix)) return false;
        for (std::string_view rest = before.substr(prefix.size()); !rest.empty();) {
          const std::size_t space = rest.find(' ');
          const std::string_view word = rest.substr(0, space);
          // (Lowercase words only as an official name joins its capitalised ones: of, the.)
          if (word.empty() || (!is_ascii_upper(word.front()) &&
                               std::find(rules_.author_name_joiners.begin(), rules_.author_name_joiners.end(),
                                         word) == rules_.author_name_joiners.end()))
            return false;
          rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
        }
        return true;
      };
      if (std::none_of(rules_.author_prefixes.begin(), rules_.author_prefixes.end(), governs)) continue;
      if (salience.author_ && *salience.author_->name != m.name) {
        salience.author_.reset();
        salience.cover_shared_ = true;
      } else {
        salience.author_ = salience.named(m);
      }
    }
  }
  // The voice's own words for itself (我国), China's by the gazetteer, are the voice's, outside quotations
  // and past the state they name otherwise named before in the sentence (中国代表指出，我国…: reported
  // speech).
  if (const auto& voice = salience.author_; voice && voice->type == graph::NodeType::Country) {
    for (Mention& m : mentions) {
      const auto named_before = [&](const std::string& name) {
        return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& other) {
          return other.name == name && other.span.end <= m.span.begin && !other.reference &&
                 std::find(rules_.own_country_words.begin(), rules_.own_country_words.end(), other.surface) ==
                     rules_.own_country_words.end();
        });
      };
      if (m.type == graph::NodeType::Country && !m.reference && m.name != *voice->name &&
          !named_before(m.name) &&
          std::find(rules_.own_country_words.begin(), rules_.own_country_words.end(), m.surface) !=
              rules_.own_country_words.end() &&
          !quoted(text, salience.turn_begin_, m.span.begin))
        m = referring(voice->type, *voice->name, voice->attributes, m.span, text);
    }
  }
  std::vector<Mention> found;
  std::size_t remembered = 0;  // mentions before this index are in `salience`
  std::size_t covered_until = 0;
  for (const PhraseMatcher::Match& match : matches) {
    const Span span{sentence.begin + match.begin, sentence.begin + match.end};
    if (span.begin < covered_until) continue;  // inside a longer reference: 本届峰会, not 峰会
    // Part of a name is no reference: 峰会 in 人工智能行动峰会.
    const bool in_name = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return m.span.begin < span.end && span.begin < m.span.end;
    });
    if (in_name) continue;
    // A Latin word is a whole word: we, not the end of between.
    const auto letter = [&](std::size_t at) {
      return std::isalpha(static_cast<unsigned char>(text[at])) != 0;
    };
    if (letter(span.begin) && span.begin > sentence.begin && letter(span.begin - 1)) continue;
    if (letter(span.end - 1) && span.end < sentence.end && letter(span.end)) continue;
    // A word that refers only before certain others: 会 before 上 (在会上), not in 在会见时.
    if (const Target& target = targets_[match.value]; !target.year) {
      const std::string_view after = text.substr(span.end, sentence.end - span.end);
      auto follows = [&](const std::string& word) { return after.starts_with(word); };
      const std::vector<std::string>& before = rules_.entities[target.index].before;
      if (!before.empty() && std::none_of(before.begin(), before.end(), follows)) continue;
      const std::vector<std::string>& not_before = rules_.entities[target.index].not_before;
      if (std::any_of(not_before.begin(), not_before.end(), follows)) continue;
      const std::string_view preceding = text.substr(sentence.begin, span.begin - sentence.begin);
      auto precedes = [&](const std::string& word) { return ends_with_ignoring_ascii_case(preceding, word); };
      const std::vector<std::string>& not_after = rules_.entities[target.index].not_after;
      if (std::any_of(not_after.begin(), not_after.end(), precedes)) continue;
    }
    covered_until = span.end;
    std::size_t before = remembered;
    while (before < mentions.size() && mentions[before].span.begin < span.begin) ++before;
    remember(text, mentions, remembered, before, salience);
    remembered = before;

    const Target& target = targets_[match.value];
    if (target.year) {
      if (!salience.year_) continue;
      Mention year;
      year.span = span;
      year.type = graph::NodeType::Year;
      year.name = std::to_string(*salience.year_ + rules_.years[target.index].offset);
      year.surface = std::string(text.substr(span.begin, span.end - span.begin));
      year.origin = "reference";
      year.reference = true;
      found.push_back(std::move(year));
      continue;
    }
    const EntityReference& reference = rules_.entities[target.index];
    if (reference.bare && !opens_bare_reference(text, sentence, span.begin)) continue;
    if (reference.speaker) {
      if (!salience.speaker_)
        salience.speaker_ = declared_speaker(text, sentence, span, reference, mentions, salience);
      // (Else the turn's, outside quotes, else the author of a report.)
      const std::optional<Salience::Named>& speaker =
          salience.speaker_ || quoted(text, salience.turn_begin_, span.begin) ? salience.speaker_
          : salience.turn_speaker_                                            ? salience.turn_speaker_
                                                                              : salience.author_;
      if (speaker) found.push_back(referring(speaker->type, *speaker->name, speaker->attributes, span, text));
      continue;
    }
    if (reference.author) {
      // (Not in a quotation, which is whoever is quoted.)
      if (const auto& author = salience.author_;
          author && !quoted(text, salience.turn_begin_, span.begin) &&
          std::find(reference.types.begin(), reference.types.end(), author->type) != reference.types.end())
        found.push_back(referring(author->type, *author->name, author->attributes, span, text));
      continue;
    }
    if (reference.types.empty()) {
      // (A pair named long before is no longer the one meant.)
      auto of_types = [&](const Salience::Pair& pair) {
        return reference.pair_of.empty() ||
               std::all_of(pair.members.begin(), pair.members.end(), [&](const Salience::Named& member) {
                 return std::find(reference.pair_of.begin(), reference.pair_of.end(), member.type) !=
                        reference.pair_of.end();
               });
      };
      // The parties the document defined, where it did; else (unless only those are meant) the last pair.
      const Salience::Pair* pair = nullptr;
      if (salience.parties_ && of_types(*salience.parties_)) {
        pair = &*salience.parties_;
      } else if (!reference.defined_only) {
        const auto last = std::find_if(salience.pairs_.rbegin(), salience.pairs_.rend(), of_types);
        pair = last == salience.pairs_.rend() ? nullptr : &*last;
        // (Unless it is the title's, 中国同俄罗斯的关系, and no other pair was named since.)
        if (pair && salience.sentence_ - pair->sentence > static_cast<std::size_t>(rules_.bare_window) &&
            pair->sentence != 0)
          pair = nullptr;
      }
      if (!pair) continue;
      for (const Salience::Named& member : pair->members) {
        found.push_back(referring(member.type, *member.name, member.attributes, span, text));
        found.back().contraction = true;  // two mentions of one span, as 中美 is
      }
      continue;
    }
    if (const Salience::Named* named = antecedent(reference, salience)) {
      found.push_back(referring(named->type, *named->name, named->attributes, span, text));
      ++salience.times_named_[named->name];  // referred to is named too, for a defined term
      // …and recently: what a sentence refers to is what its next reference means (出席了此次峰会，并在会上
      // …), and a defined term used throughout is not displaced by another of its kind named in passing
      // (the Convention … the Budapest Convention … the Convention).
      Salience::Named again = *named;  // (a copy: the push may move what `named` points at)
      again.sentence = salience.sentence_;
      again.subject = reference.prefer_subject;  // (it opens its clause, as a bare reference does)
      salience.named_.push_back(again);
    }
  }
  remember(text, mentions, remembered, mentions.size(), salience);
  if (!salience.parties_) define_parties(text, sentence, mentions, salience);
  ++salience.sentence_;
  if (found.empty()) return;
  // Into the sentence's mentions, by position (members of a pair stay together).
  const auto by_begin = [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; };
  std::vector<Mention> merged;
  merged.reserve(mentions.size() + found.size());
  std::merge(std::make_move_iterator(mentions.begin()), std::make_move_iterator(mentions.end()),
             std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()),
             std::back_inserter(merged), by_begin);
  mentions = std::move(merged);
}

}  // namespace kg::extract
