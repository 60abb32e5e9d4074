// Subtitle files to running text: the cues' words, without numbers, timings
// and markup.
#include "text/subtitles.h"

#include <algorithm>
#include <array>
#include <span>
#include <utility>
#include <vector>

namespace kg::text {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// The file's lines, each without its line end (\n, \r\n or \r).
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.push_back(text.substr(begin, i - begin));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    begin = i + 1;
  }
  if (begin < text.size()) lines.push_back(text.substr(begin));
  return lines;
}

// The first lines of `bytes` after a byte order mark and blank lines, at most `count`.
std::vector<std::string_view> first_lines(std::string_view bytes, std::size_t count) {
  if (bytes.starts_with(kByteOrderMark)) bytes.remove_prefix(kByteOrderMark.size());
  bytes = bytes.substr(0, 1024);
  std::vector<std::string_view> lines;
  for (std::string_view line : lines_of(bytes)) {
    if (lines.empty() && trimmed(line).empty()) continue;
    lines.push_back(line);
    if (lines.size() == count) break;
  }
  return lines;
}

// A cue's timing: a time (00:00:01,200; WebVTT's 00:01.200), an arrow, and
// whatever follows (the end time, WebVTT's cue settings).
bool is_timing_line(std::string_view line) {
  const std::size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) return false;
  const std::string_view start = trimmed(line.substr(0, arrow));
  return !start.empty() && is_digit(start.front()) && is_digit(start.back()) &&
         std::all_of(start.begin(), start.end(),
                     [](char c) { return is_digit(c) || c == ':' || c == ',' || c == '.'; });
}

bool is_cue_number(std::string_view line) {
  line = trimmed(line);
  return !line.empty() && line.size() <= 9 && std::all_of(line.begin(), line.end(), is_digit);
}

// WebVTT's blocks that are no cue: a comment, a style sheet, a region.
bool is_webvtt_block(std::string_view first_line) {
  for (std::string_view word : {"NOTE", "STYLE", "REGION"}) {
    if (first_line.starts_with(word) &&
        (first_line.size() == word.size() || is_space(first_line[word.size()])))
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
  for (std::size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (c == '<' || (c == '{' && i + 1 < line.size() && line[i + 1] == '\\')) {
      const std::size_t close = line.find(c == '<' ? '>' : '}', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view tag = line.substr(i + 1, close - i - 1);
        if (c == '<' && tag.size() > 2 && tag[0] == 'v' && (tag[1] == ' ' || tag[1] == '.')) {
          const std::size_t name = tag.find(' ');
          if (name != std::string_view::npos && !trimmed(tag.substr(name)).empty()) {
            speaker = trimmed(out).empty();
            out += trimmed(tag.substr(name));
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
  return std::string(trimmed(out));
}

// A speaker's label opening a line: NARRATOR:, DR. AMINA OKAFOR: (capitals, two or more).
bool opens_with_label(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 40) return false;
  const std::string_view label = line.substr(0, colon);
  if (!is_upper(label.front())) return false;
  const bool capitals = std::all_of(label.begin(), label.end(), [](char c) {
    return is_upper(c) || c == ' ' || c == '.' || c == '\'' || c == '-';
  });
  return capitals && std::count_if(label.begin(), label.end(), is_upper) >= 2 &&
         (colon + 1 == line.size() || line[colon + 1] == ' ');
}

// A cue that is wholly what the screen shows or sounds: [HANOI, 2025], 【…】, (applause), ♪ … ♪.
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
           text.ends_with(marks.second);
  });
}

}  // namespace

bool looks_like_webvtt(std::string_view bytes) {
  const std::vector<std::string_view> lines = first_lines(bytes, 1);
  return !lines.empty() && lines[0].starts_with("WEBVTT") && (lines[0].size() == 6 || is_space(lines[0][6]));
}

bool looks_like_subrip(std::string_view bytes) {
  const std::vector<std::string_view> lines = first_lines(bytes, 2);
  return lines.size() == 2 && is_cue_number(lines[0]) && is_timing_line(lines[1]);
}

std::string subtitles_to_text(std::string_view utf8) {
  if (utf8.starts_with(kByteOrderMark)) utf8.remove_prefix(kByteOrderMark.size());
  const std::vector<std::string_view> lines = lines_of(utf8);
  std::string out;
  bool open = false;  // whether the last line of `out` runs on
  const auto end_line = [&] {
    if (open) out += '\n';
    open = false;
  };
  const auto run_on = [&](std::string_view words) {
    if (open) out += ' ';
    out += words;
    open = true;
  };
  bool first_block = true;
  for (std::size_t i = 0; i < lines.size();) {
    if (trimmed(lines[i]).empty()) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lines.size() && !trimmed(lines[end]).empty()) ++end;
    const std::span<const std::string_view> block(lines.data() + i, end - i);
    const bool header = first_block && block.front().starts_with("WEBVTT");
    first_block = false;
    i = end;
    if (header || is_webvtt_block(block.front())) continue;
    // A cue: an optional number or identifier, its timing, its text.
    std::size_t text_begin = 0;
    if (is_timing_line(block.front())) {
      text_begin = 1;
    } else if (block.size() > 1 && is_timing_line(block[1])) {
      text_begin = 2;
    }
    std::vector<std::pair<std::string, bool>> cue;  // its lines, each with whether a speaker opens it
    std::string joined;
    for (std::size_t k = text_begin; k < block.size(); ++k) {
      bool speaker = false;
      std::string words = clean_line(block[k], speaker);
      if (words.empty()) continue;
      speaker = speaker || opens_with_label(words);
      if (words.starts_with("- ")) {  // a change of speaker
        words.erase(0, 2);
        speaker = true;
      }
      if (!joined.empty()) joined += ' ';
      joined += words;
      cue.emplace_back(std::move(words), speaker);
    }
    if (cue.empty()) continue;
    if (is_caption(joined)) {
      end_line();
      out += joined;
      out += '\n';
      continue;
    }
    for (const auto& [words, speaker] : cue) {
      if (speaker) end_line();
      run_on(words);
    }
  }
  end_line();
  return out;
}

}  // namespace kg::text
