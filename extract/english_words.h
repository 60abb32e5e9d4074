// English text as the English recognizers and frames read it: whether a
// sentence is Latin-script, and its words by ICU's word rules (locale en),
// as byte spans of the UTF-8 text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/sentences.h"

namespace kg::extract {

// A sentence with Latin letters and no Han character: only such sentences
// are read by the English recognizers and frames, so Chinese text reads
// exactly as it did without them.
bool is_latin_sentence(std::string_view text, Span sentence);

// One word or punctuation mark (whitespace dropped), with its ASCII-lowercased form.
struct EnglishToken {
  Span span;
  std::string lower;
};

// The words of `within` by ICU's word break rules (a BreakIterator per
// thread, reused), punctuation marks one token each.
std::vector<EnglishToken> english_tokens(std::string_view text, Span within);

// A phrase of the rule pack (a trigger, a title) as the lowercased words
// english_tokens gives for it: "Secretary-General" -> secretary, -, general.
std::vector<std::string> english_phrase(std::string_view phrase);

// Whether `phrase` (english_phrase) is the tokens [at, at + size) of `tokens`.
bool phrase_at(const std::vector<EnglishToken>& tokens, std::size_t at,
               const std::vector<std::string>& phrase);

// Whether a word starts with an uppercase letter (ASCII or not) or a digit of a name (G7).
bool is_capitalised(std::string_view word);

// Whether the words before a name are none or the definite article alone, in
// any case ("The ", "THE "): the name opens its line or sentence.
bool only_article_before(std::string_view words);

}  // namespace kg::extract
