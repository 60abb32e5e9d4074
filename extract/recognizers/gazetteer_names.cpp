// Names the gazetteer knows, and the aliases the document itself defined.
#include <algorithm>

#include "extract/recognizers/recognizer_impl.h"
#include "text/utf8.h"

namespace kg::extract {

using namespace recognizers;

void EntityRecognizer::known_names(Span sentence, const std::vector<PhraseMatcher::Match>& matches,
                                   std::vector<Span>& known) const {
  known.clear();
  for (const auto& m : matches) {
    const Surface& surface = gazetteer_.surface(m.value);
    // A person is no part of an organization's or event's name (习近平|致…大会).
    if (surface.kind == Surface::Kind::Entity &&
        gazetteer_.entity(surface.entity).type != graph::NodeType::Person) {
      known.push_back({sentence.begin + m.begin, sentence.begin + m.end});
    }
  }
}

void EntityRecognizer::add_gazetteer(std::string_view text, Span sentence,
                                     const std::vector<PhraseMatcher::Match>& matches,
                                     std::vector<Candidate>& out) const {
  out.reserve(out.size() + matches.size());
  for (const auto& match : matches) {
    const Span span{sentence.begin + match.begin, sentence.begin + match.end};
    // A Latin-script form is a whole word: ISO is not in ISOLATE.
    if (utf8::is_ascii_alnum(utf8::at(text, span.begin)) && span.begin > sentence.begin &&
        utf8::is_ascii_alnum(utf8::before(text, span.begin))) {
      continue;
    }
    if (utf8::is_ascii_alnum(utf8::before(text, span.end)) && span.end < sentence.end &&
        utf8::is_ascii_alnum(utf8::at(text, span.end))) {
      continue;
    }
    const Surface& surface = gazetteer_.surface(match.value);
    Candidate candidate;
    candidate.span = span;
    if (surface.kind != Surface::Kind::Entity) {
      candidate.priority = kBlocker;
      candidate.blocker = true;
    } else {
      candidate.priority = kGazetteer;
      candidate.name_entity(surface.entity, surface.origin);
      // Names of bodies, programmes and events may contain other names
      // (中俄…磋商机制, 联合国教科文组织); a country's or region's do not count
      // (白俄罗斯 is no mention of 俄罗斯).
      const graph::NodeType type = gazetteer_.entity(surface.entity).type;
      candidate.container = type == graph::NodeType::Initiative || type == graph::NodeType::Event ||
                            type == graph::NodeType::Organization;
      // A person known by the family name, written in full: 奥德蕾·|阿祖莱. A
      // full name other than the one known is someone else (梅琳达·盖茨 is not 比尔·盖茨).
      if (type == graph::NodeType::Person) {
        candidate.span.begin = given_names_before(text, sentence, span.begin);
        const std::string_view known = gazetteer_.entity(surface.entity).name;
        const std::string_view written = text.substr(candidate.span.begin, span.end - candidate.span.begin);
        if (candidate.span.begin != span.begin && known.find("·") != std::string_view::npos &&
            known != written) {
          candidate.name_by_shape(graph::NodeType::Person, std::string(written), "text");
        }
      }
    }
    out.push_back(std::move(candidate));
  }
}

bool EntityRecognizer::contains_alias(std::string_view text, Span sentence,
                                      const LearnedAliases& learned) const {
  const std::string_view body = text.substr(0, sentence.end);
  return std::any_of(learned.begin(), learned.end(), [&](const LearnedAlias& alias) {
    return body.find(alias.alias, sentence.begin) != std::string_view::npos;
  });
}

void EntityRecognizer::add_learned(std::string_view text, Span sentence, const LearnedAliases& learned,
                                   std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(0, sentence.end);
  for (const LearnedAlias& alias : learned) {
    for (std::size_t at = body.find(alias.alias, sentence.begin); at != std::string_view::npos;
         at = body.find(alias.alias, at + alias.alias.size())) {
      Candidate candidate;
      candidate.span = {at, at + alias.alias.size()};
      candidate.priority = kLearned;
      // The known entity of that name and type is the same mention, with its attributes.
      if (auto known = gazetteer_.find(alias.name); known && gazetteer_.entity(*known).type == alias.type) {
        candidate.name_entity(*known, "defined");
      } else {
        candidate.name_by_shape(alias.type, alias.name, "defined");
      }
      out.push_back(std::move(candidate));
    }
  }
}

}  // namespace kg::extract
