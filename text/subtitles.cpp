// Subtitle files to running text: the cues' words, without numbers, timings
// and markup.
#include "text/subtitles.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "base/ascii.h"

namespace kg::text {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The line of `text` at `at`, without its line end (\n, \r\n, \r\r\n or \r);
// `at` moves past it.
std::string_view next_line(std::string_view text, std::size_t& at) {
  const std::size_t begin = at;
  std::size_t end = begin;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
  at = end;
  if (at < text.size() && text[at] == '\r') {
    ++at;
    if (at + 1 < text.size() && text[at] == '\r' && text[at + 1] == '\n') {
      at += 2;  // \r\r\n, as a CRLF file saved again on Windows has it: one line end
    } else if (at < text.size() && text[at] == '\n') {
      ++at;
    }
  } else if (at < text.size() && text[at] == '\n') {
    ++at;
  }
  return text.substr(begin, end - begin);
}

// The first lines of `bytes` after a byte order mark and blank lines, at most `count`.
std::vector<std::string_view> first_lines(std::string_view bytes, std::size_t count) {
  if (bytes.starts_with(kByteOrderMark)) bytes.remove_prefix(kByteOrderMark.size());
  bytes = bytes.substr(0, 1024);
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < bytes.size() && lines.size() < count;) {
    const std::string_view line = next_line(bytes, at);
    if (!lines.empty() || !trim_ascii_space(line).empty()) lines.push_back(line);
  }
  return lines;
}

// A cue's timing: a time (00:00:01,200; WebVTT's 00:01.200), an arrow, and
// whatever follows (the end time, WebVTT's cue settings).
bool is_timing_line(std::string_view line) {
  const std::size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) return false;
  const std::string_view start = trim_ascii_space(line.substr(0, arrow));
  return !start.empty() && is_ascii_digit(start.front()) && is_ascii_digit(start.back()) &&
         std::all_of(start.begin(), start.end(),
                     [](char c) { return is_ascii_digit(c) || c == ':' || c == ',' || c == '.'; });
}

bool is_cue_number(std::string_view line) {
  line = trim_ascii_space(line);
  return !line.empty() && line.size() <= 9 && std::all_of(line.begin(), line.end(), is_ascii_digit);
}

// WebVTT's blocks that are no cue: a comment, a style sheet, a region.
bool is_webvtt_block(std::string_view first_line) {
  for (std::string_view word : {"NOTE", "STYLE", "REGION"}) {
    if (first_line.starts_with(word) &&
        (first_line.size() == word.size() || is_ascii_space(first_line[word.size()])))
      return true;
  }
  return false;
}

// A line of cue text with its markup dropped and its character references
// decoded; a WebVTT voice (<v Name>) becomes "Name: ", and `speaker` says
// whether the line opened with one.
std::string clean_line(std::string_view line, bool& speaker) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kReferences = {{
      {"&amp;", "&"},
      {"&lt;", "<"},
      {"&gt;", ">"},
      {"&nbsp;", " "},
      {"&lrm;", ""},
      {"&rlm;", ""},
      {"&quot;", "\""},
  }};
  std::string out;
  speaker = false;
  // (Once no closer follows, no later opener is a tag either: each is looked for once.)
  bool angles_close = true, braces_close = true;
  for (std::size_t i = 0; i < line.size();) {
    const char c = line[i];
    const bool angle = c == '<' && angles_close && i + 1 < line.size() &&
                       (is_ascii_alnum(line[i + 1]) || line[i + 1] == '/');
    const bool brace = c == '{' && braces_close && i + 1 < line.size() && line[i + 1] == '\\';
    if (angle || brace) {
      const std::size_t close = line.find(angle ? '>' : '}', i + 1);
      (angle ? angles_close : braces_close) = close != std::string_view::npos;
      if (close != std::string_view::npos) {
        const std::string_view tag = line.substr(i + 1, close - i - 1);
        if (c == '<' && tag.size() > 2 && tag[0] == 'v' && (tag[1] == ' ' || tag[1] == '.')) {
          const std::size_t name = tag.find(' ');
          if (name != std::string_view::npos && !trim_ascii_space(tag.substr(name)).empty()) {
            speaker = trim_ascii_space(out).empty();
            out += trim_ascii_space(tag.substr(name));
            out += ": ";
          }
        }
        i = close + 1;
        continue;
      }
    }
    if (c == '&') {
      const auto reference = std::find_if(kReferences.begin(), kReferences.end(), [&](const auto& entry) {
        return line.substr(i).starts_with(entry.first);
      });
      if (reference != kReferences.end()) {
        out += reference->second;
        i += reference->first.size();
        continue;
      }
    }
    out += c;
    ++i;
  }
  return std::string(trim_ascii_space(out));
}

// A speaker's label opening a line: NARRATOR:, DR. AMINA OKAFOR: (capitals, two or more).
bool opens_with_label(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 40) return false;
  const std::string_view label = line.substr(0, colon);
  if (!is_ascii_upper(label.front())) return false;
  const bool capitals = std::all_of(label.begin(), label.end(), [](char c) {
    return is_ascii_upper(c) || c == ' ' || c == '.' || c == '\'' || c == '-';
  });
  return capitals && std::count_if(label.begin(), label.end(), is_ascii_upper) >= 2 &&
         (colon + 1 == line.size() || line[colon + 1] == ' ');
}

// A cue that is wholly what the screen shows or sounds, one bracket: [HANOI, 2025], 【…】, (applause),
// ♪ … ♪ (not "(Laughs) We signed it (mostly)").
bool is_caption(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kMarks = {{
      {"[", "]"},
      {"【", "】"},
      {"(", ")"},
      {"（", "）"},
      {"♪", "♪"},
  }};
  return std::any_of(kMarks.begin(), kMarks.end(), [&](const auto& marks) {
    return text.size() > marks.first.size() + marks.second.size() && text.starts_with(marks.first) &&
           text.find(marks.second, marks.first.size()) == text.size() - marks.second.size();
  });
}

}  // namespace

bool looks_like_webvtt(std::string_view bytes) {
  const std::vector<std::string_view> lines = first_lines(bytes, 64);
  return !lines.empty() && lines[0].starts_with("WEBVTT") &&
         (lines[0].size() == 6 || is_ascii_space(lines[0][6])) &&
         std::any_of(lines.begin() + 1, lines.end(), is_timing_line);
}

bool looks_like_subrip(std::string_view bytes) {
  const std::vector<std::string_view> lines = first_lines(bytes, 2);
  return (lines.size() == 2 && is_cue_number(lines[0]) && is_timing_line(lines[1])) ||
         (!lines.empty() && is_timing_line(lines[0]));
}

std::string subtitles_to_text(std::string_view utf8) {
  if (utf8.starts_with(kByteOrderMark)) utf8.remove_prefix(kByteOrderMark.size());
  std::string out;
  bool open = false;  // whether the last line of `out` runs on
  const auto end_line = [&] {
    if (open) out += '\n';
    open = false;
  };
  // The cue being read: its words, a newline before each line a speaker opens.
  std::string cue;
  bool cue_opens_with_speaker = false;
  const auto flush_cue = [&] {
    if (cue.empty()) return;
    if (is_caption(cue)) {
      end_line();
      out += cue;
      out += '\n';
    } else {
      if (cue_opens_with_speaker) end_line();
      if (open) out += ' ';
      out += cue;
      open = true;
    }
    cue.clear();
    cue_opens_with_speaker = false;
  };
  enum class Block { kFresh, kText, kSkipped };  // at a block's start, in its text, in one skipped
  Block block = Block::kFresh;
  bool first_block = true;
  std::size_t at = 0;
  std::string_view line = next_line(utf8, at);
  for (bool more = true; more;) {
    more = at < utf8.size();
    const std::string_view next = more ? next_line(utf8, at) : std::string_view();
    const bool blank = trim_ascii_space(line).empty();
    if (blank) {
      block = Block::kFresh;
    } else if (block == Block::kSkipped) {
      // (A header, note, style sheet or region: to the next blank line.)
    } else if (is_timing_line(line)) {
      flush_cue();  // a timing opens a cue, with a blank line before it or not
      block = Block::kText;
    } else if (is_cue_number(line) && is_timing_line(next)) {
      // (The cue's number: dropped; the timing after it opens the cue.)
    } else if (block == Block::kFresh &&
               ((first_block && line.starts_with("WEBVTT")) || is_webvtt_block(line))) {
      block = Block::kSkipped;
    } else if (block == Block::kFresh && is_timing_line(next)) {
      // (A WebVTT cue's identifier.)
    } else {
      if (block == Block::kFresh) flush_cue();  // a block without a timing is text of its own
      block = Block::kText;
      bool speaker = false;
      std::string words = clean_line(line, speaker);
      speaker = speaker || opens_with_label(words);
      if (words.starts_with("- ")) {  // a change of speaker
        words.erase(0, 2);
        speaker = true;
      }
      if (!words.empty()) {
        if (cue.empty()) {
          cue_opens_with_speaker = speaker;
        } else {
          cue += speaker ? '\n' : ' ';
        }
        cue += words;
      }
    }
    if (!blank) first_block = false;
    line = next;
  }
  flush_cue();
  end_line();
  return out;
}

}  // namespace kg::text
