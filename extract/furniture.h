// Markup and addresses in a text that must never yield entities: blanked so
// the recognizers skip them while every byte keeps its offset.
#pragma once

#include <string>

namespace kg::extract {

// Overwrites with ASCII spaces, in place, keeping the text's length and its
// newlines (so line and sentence structure survive):
//   - YAML front matter: a first line "---" up to the next "---" or "..." line;
//   - Markdown images ![alt](url), whole;
//   - Markdown links [text](url): the brackets and the (url); the text stays;
//   - HTML comments <!-- … -->, tags <a href="…">, </p>, <br/>, <!DOCTYPE …>;
//   - character references &nbsp; &#160; &#xA0; (blanked, not decoded);
//   - bare URLs (http://, https://, www.) and e-mail addresses.
// Meant for the normalized text of a document (after normalize(), so
// full-width ＜ ［ （ are ASCII already); normalize() does not call it
// because rule-pack strings go through normalize() too and must stay whole.
// A URL ends at whitespace, at the first non-ASCII character (Chinese text
// often runs straight on after one) and before trailing punctuation.
void blank_furniture(std::string& text);

}  // namespace kg::extract
