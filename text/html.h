// HTML to plain text, through libxml2's forgiving HTML parser.
#pragma once

#include <string>
#include <string_view>

namespace kg::text {

// Whether `bytes` start as an HTML document does: after a byte order mark
// and white space, `<!DOCTYPE html`, `<html`, `<head` or `<body`, in any
// case (a comment `<!--…-->` before them is passed over).
bool looks_like_html(std::string_view bytes);

// The encoding label an HTML page declares for itself in its first 1024
// bytes, as a browser's prescan finds it: `<meta charset="gb2312">` or
// `<meta http-equiv="Content-Type" content="text/html; charset=big5">`.
// Empty when there is none.
std::string declared_charset(std::string_view html_bytes);

// The text a reader sees in `utf8_html`: the <title> first, on a line of
// its own; <script>, <style>, <template> and the rest of <head> dropped;
// character references decoded; each block element (p, div, br, li, h1–h6,
// tr, table, …) ending its line, so that sentences of two paragraphs never
// run together; white space collapsed as a browser does (a line break
// between two CJK characters disappears, elsewhere it is one space).
// Throws kg::FormatError naming `source_name` when libxml2 makes no
// document of it.
std::string html_to_text(std::string_view utf8_html, const std::string& source_name);

}  // namespace kg::text
