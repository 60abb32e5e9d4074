// Subtitle files (SubRip .srt, WebVTT .vtt) to the text a viewer reads.
#pragma once

#include <string>
#include <string_view>

namespace kg::text {

// Whether `bytes` start as a subtitle file does: after a byte order mark and
// blank lines, `WEBVTT` (WebVTT), or a cue number on a line of its own and a
// timing line (`00:00:01,200 --> 00:00:04,800`) right after it (SubRip).
bool looks_like_webvtt(std::string_view bytes);
bool looks_like_subrip(std::string_view bytes);

// The words of the cues as running text. A cue's lines, and one cue and the
// next, are one line joined by a space, because a subtitle breaks sentences
// wherever the screen needs (a space between two Chinese words then acts as
// its comma, as a subtitle's pause does). What stands apart starts a line of
// its own: a cue that is wholly an on-screen caption or sound ([HANOI,
// 2025], 【…】, (applause)) and a line a speaker's label opens (NARRATOR:,
// WebVTT's <v Name>, written "Name: "). Cue numbers, timings, WebVTT's header,
// NOTE, STYLE and REGION blocks and markup (<i>, {\an8}) are dropped; the
// character references &amp; &lt; &gt; &nbsp; are decoded. A block without a
// timing line is kept as text. `utf8` must be valid UTF-8 (the decoded file).
std::string subtitles_to_text(std::string_view utf8);

}  // namespace kg::text
