// The bracket-members frame: a body's members listed in brackets right after
// its name, nothing else in them — 四方机制(美国、日本、印度、澳大利亚), the
// Quad (Australia, India, Japan, US). No trigger in running text.
#include <string>
#include <string_view>
#include <vector>

#include "extract/frames/reading.h"
#include "extract/word_list.h"

namespace kg::extract {
namespace {}  // namespace

void read_bracket_members(const FrameGrammar&, SentenceReading& reading, const RelationRule& rule) {
  // What may stand between the members in the brackets besides their names.
  static const std::vector<std::string> kJoiners = {"、", ",",   "和",  "及", "以及", "与",
                                                    "等", "and", "the", "&",  " "};
  constexpr std::size_t kMinMembers = 2;         // one name in brackets is an alias or a gloss
  constexpr std::size_t kMaxBracketBytes = 600;  // a list of members, not a parenthetical passage
  for (std::size_t index : reading.arguments) {
    const Mention& body = reading.mention(index);
    if (!type_in(body.type, rule.object_types) || body.weak) continue;
    const std::string_view after = reading.text.substr(body.span.end, reading.sentence.end - body.span.end);
    const std::size_t open = after.starts_with(" (") ? 1 : 0;  // the Quad (…), 四方机制(…)
    if (!after.substr(open).starts_with("(")) continue;
    const std::size_t close = after.substr(0, kMaxBracketBytes).find(')', open);
    if (close == std::string_view::npos) continue;
    const std::size_t begin = body.span.end + open + 1;
    const std::size_t end = body.span.end + close;
    std::vector<std::size_t> members;
    std::size_t at = begin;
    bool plain = true;  // only members and joiners inside
    for (std::size_t m : reading.arguments) {
      const Mention& member = reading.mention(m);
      if (member.span.begin < begin || member.span.end > end) continue;
      if (!type_in(member.type, rule.subject_types) || member.span.begin < at) {
        plain = false;
        break;
      }
      plain = plain && only_words(reading.text.substr(at, member.span.begin - at), kJoiners);
      at = member.span.end;
      members.push_back(m);
    }
    plain = plain && only_words(reading.text.substr(at, end - at), kJoiners);
    if (!plain || members.size() < kMinMembers) continue;
    for (std::size_t m : members)
      reading.emit(reading.mention(m), rule.relation, body, std::nullopt, rule, "()");
  }
}

}  // namespace kg::extract
