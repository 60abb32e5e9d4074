// United Nations document symbols name documents: draft resolution
// A/C.1/78/L.56, A/RES/78/241, S/RES/2231 (2015).
#include <cctype>

#include "base/ascii.h"
#include "extract/recognizers/recognizer_impl.h"

namespace kg::extract {

using namespace recognizers;

namespace {

bool symbol_character(char c) { return is_ascii_alnum(c) || c == '/' || c == '.' || c == '-'; }

// Whether `before` holds only a note's mark: "[2] ", "3. ".
bool only_a_note_mark(std::string_view before) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty()) return false;
  bool digits = false;
  for (char c : before) {
    if (std::isdigit(static_cast<unsigned char>(c)))
      digits = true;
    else if (c != '[' && c != ']' && c != '.')
      return false;
  }
  return digits;
}

}  // namespace

void EntityRecognizer::add_document_symbols(std::string_view text, Span sentence,
                                            std::vector<Candidate>& out) const {
  const std::string_view body = text.substr(sentence.begin, sentence.end - sentence.begin);
  for (std::size_t slash = body.find('/'); slash != std::string_view::npos;
       slash = body.find('/', slash + 1)) {
    // The opener ends at this slash: A/, S/.
    const std::string* opener = nullptr;
    for (const std::string& candidate : pack_.patterns.document_symbol_openers) {
      if (slash + 1 >= candidate.size() &&
          body.substr(slash + 1 - candidate.size(), candidate.size()) == candidate)
        opener = &candidate;
    }
    if (!opener) continue;
    const std::size_t begin = slash + 1 - opener->size();
    if (begin > 0 && symbol_character(body[begin - 1])) continue;  // inside a longer token
    std::size_t end = slash + 1;
    while (end < body.size() && symbol_character(body[end])) ++end;
    while (end > slash + 1 && (body[end - 1] == '.' || body[end - 1] == '-'))
      --end;  // the sentence's full stop
    const std::string_view symbol = body.substr(begin, end - begin);
    slash = end;
    // A symbol has a number and another part after its opener: A/78/L.49, not A/B.
    if (symbol.find('/', opener->size()) == std::string_view::npos ||
        symbol.find_first_of("0123456789") == std::string_view::npos)
      continue;
    // In brackets it is the alias of the name before it (the Resolution on X (A/78/L.49)), unless a
    // description of a draft stands there, which it names (一项…新决议草案（A/C.1/78/L.56）).
    if (begin > 0 && body[begin - 1] == '(') {
      std::string_view before = body.substr(0, begin - 1);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      if (!ending_of(before, pack_.patterns.draft_words)) continue;
    }
    // Opening a note it is a citation, the source of a statement: [2] A/68/98 (2013).
    if (only_a_note_mark(body.substr(0, begin))) continue;
    Candidate candidate;
    candidate.span = {sentence.begin + begin, sentence.begin + end};
    candidate.priority = kPattern;
    candidate.name_by_shape(graph::NodeType::Initiative, std::string(symbol), "text");
    out.push_back(std::move(candidate));
  }
}

}  // namespace kg::extract
