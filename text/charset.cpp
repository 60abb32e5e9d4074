// Input decoding: UTF-8 validation (base/utf8.h, which rejects overlong
// forms, surrogates and truncated sequences), BOM-declared UTF-16/32, and
// ICU charset detection plus strict conversion for legacy encodings.
#include "text/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

#include "base/errors.h"
#include "base/text_position.h"
#include "base/utf8.h"

namespace kg::text {
namespace {

// ICU's confidence is 0–100. Below this a guess is as likely wrong as right:
// short GB18030 texts score 10 and mixed Latin/CJK text can make
// ISO-8859-1 score ~40, while real files in the detected encoding score 60+.
constexpr int32_t kMinConfidence = 50;

constexpr std::string_view kIconvHint = "convert the file to UTF-8, e.g. with iconv";

using Position = TextPosition;

// Line and column after the UTF-16 text decoded so far.
Position position_in_utf16(const UChar* text, std::size_t length) {
  Position at;
  for (std::size_t i = 0; i < length; ++i) {
    if (text[i] == u'\n') {
      at = {at.line + 1, 1};
    } else if (!U16_IS_TRAIL(text[i])) {
      ++at.column;
    }
  }
  return at;
}

std::string hex_bytes(std::string_view bytes) {
  std::string out;
  for (char c : bytes) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "%s0x%02X", out.empty() ? "" : " ",
                  static_cast<unsigned>(static_cast<unsigned char>(c)));
    out += hex;
  }
  return out;
}

// `start`: where `bytes` begin in the file, for a file read in pieces.
[[noreturn]] void fail_at_byte(const std::string& source, std::string_view bytes, std::size_t offset,
                               const std::string& problem, Position start = {}) {
  Position at = position_at(bytes, offset, start);
  throw FormatError(source, at.line, at.column, problem);
}

[[noreturn]] void fail_binary(const std::string& source, std::string_view bytes, std::size_t offset,
                              Position start = {}) {
  fail_at_byte(source, bytes, offset, "a NUL byte: this looks like a binary file, not text", start);
}

// What a pass over the bytes as UTF-8 found.
struct Utf8Scan {
  std::size_t first_invalid = std::string_view::npos;
  std::size_t first_nul = std::string_view::npos;
  std::size_t multibyte = 0;  // well-formed sequences of 2–4 bytes
  std::size_t invalid = 0;    // ill-formed sequences
};

Utf8Scan scan_utf8(std::string_view text) {
  Utf8Scan scan;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t length = text.size();
  for (std::size_t i = 0; i < length;) {
    if (bytes[i] != 0 && bytes[i] < 0x80) {  // ASCII: the common case, no decoding
      ++i;
      continue;
    }
    if (i + 2 < length && kg::utf8::is_three_byte_character(bytes + i)) {  // most of CJK: checked inline
      i += 3;
      ++scan.multibyte;
      continue;
    }
    if (bytes[i] == 0) {
      if (scan.first_nul == std::string_view::npos) scan.first_nul = i;
      ++i;
      continue;
    }
    // An ill-formed sequence counts once, however many bytes it has, as ICU counts it.
    const kg::utf8::Sequence sequence = kg::utf8::sequence_at(text, i);
    if (!sequence.well_formed) {
      if (scan.first_invalid == std::string_view::npos) scan.first_invalid = i;
      ++scan.invalid;
    } else {
      ++scan.multibyte;
    }
    i += sequence.length;
  }
  return scan;
}

// `file_offset` is where bytes[offset] is in the file, when that differs.
std::string invalid_utf8_problem(std::string_view bytes, std::size_t offset,
                                 std::uint64_t file_offset = std::string_view::npos) {
  if (file_offset == std::string_view::npos) file_offset = offset;
  return "not valid UTF-8 (byte " + hex_bytes(bytes.substr(offset, 1)) + " at byte offset " +
         std::to_string(file_offset) + ")";
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

// `bytes` (which start `skipped` bytes into the file, after a BOM) converted
// from `encoding` to UTF-8, stopping at the first byte sequence it does not define.
std::string convert_strictly(std::string_view bytes, std::size_t skipped, const std::string& encoding,
                             const std::string& source, const std::string& why) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) {
    throw FormatError(source, 0, 0,
                      "ICU has no converter for " + encoding + " (" + why + "); " + std::string(kIconvHint));
  }
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

  // No encoding ICU converts yields more than two UTF-16 units per byte.
  std::vector<UChar> utf16(bytes.size() * 2 + 2);
  UChar* target = utf16.data();
  const char* cursor = bytes.data();
  ucnv_toUnicode(converter.get(), &target, utf16.data() + utf16.size(), &cursor, bytes.data() + bytes.size(),
                 nullptr, /*flush=*/true, &status);
  const auto decoded = static_cast<std::size_t>(target - utf16.data());
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
    const std::size_t bad = static_cast<std::size_t>(cursor - bytes.data()) -
                            static_cast<std::size_t>(U_SUCCESS(ignored) ? invalid_length : 0);
    Position at = position_in_utf16(utf16.data(), decoded);
    std::string what = status == U_TRUNCATED_CHAR_FOUND ? "a truncated sequence" : "bytes";
    throw FormatError(source, at.line, at.column,
                      "not valid " + encoding + " (" + what + " " +
                          hex_bytes(std::string_view(invalid, U_SUCCESS(ignored) ? invalid_length : 0)) +
                          " at byte offset " + std::to_string(skipped + bad) + "; " + why + "); " +
                          std::string(kIconvHint));
  }
  for (std::size_t i = 0; i < decoded; ++i) {
    if (utf16[i] == 0) {
      Position at = position_in_utf16(utf16.data(), i);
      throw FormatError(source, at.line, at.column,
                        "a NUL character: this looks like a binary file, not " + encoding + " text");
    }
  }
  std::string utf8(decoded * 3, '\0');
  int32_t utf8_length = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &utf8_length, utf16.data(),
              static_cast<int32_t>(decoded), &status);
  if (U_FAILURE(status)) {  // the STOP callback already refuses unpaired surrogates; say so if not
    throw FormatError(source, 0, 0,
                      "not valid " + encoding + " (" + u_errorName(status) + "); " + std::string(kIconvHint));
  }
  utf8.resize(static_cast<std::size_t>(utf8_length));
  return utf8;
}

// Encodings a detection may be trusted for. ICU also guesses EBCDIC
// (IBM420/424) and BOM-less UTF-16/32 from short texts, wrongly for ours.
bool trusted_guess(std::string_view name) {
  return name.substr(0, 3) != "IBM" && name.substr(0, 6) != "UTF-16" && name.substr(0, 6) != "UTF-32";
}

// The ICU converter for an encoding label a document declares, as browsers
// read the label (WHATWG Encoding): the GB2312 and GBK family decode as their
// superset GB18030, Latin-1 and ASCII as windows-1252. Empty for no label and
// for the UTF labels, which add nothing when the bytes are not UTF-8 (a
// <meta> cannot declare UTF-16).
std::string converter_for_label(std::string_view label) {
  std::string name;
  for (char c : label) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (name.empty() || name.starts_with("utf-") || name == "utf8" || name == "unicode-1-1-utf-8") return {};
  for (std::string_view gbk : {"gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "gb_2312", "gb_2312-80",
                               "iso-ir-58", "csiso58gb231280", "gb18030"}) {
    if (name == gbk) return "GB18030";
  }
  for (std::string_view latin : {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252",
                                 "windows-1252", "iso_8859-1", "cp819", "ibm819"}) {
    if (name == latin) return "windows-1252";
  }
  return name;  // big5, shift_jis, euc-kr, koi8-r, …: ICU knows the label itself
}

// A byte order mark that declares UTF-16 or UTF-32, the only ones that do:
// UTF-8's mark is valid UTF-8 and needs no declaring.
struct WideMark {
  std::string_view bytes;
  const char* encoding;
  std::size_t unit_bytes;
  bool big_endian;
};

const WideMark* wide_mark_of(std::string_view text) {
  // UTF-32LE's mark begins with UTF-16LE's, so it is tested first.
  static const WideMark kMarks[] = {{std::string_view("\xFF\xFE\0\0", 4), "UTF-32LE", 4, false},
                                    {std::string_view("\0\0\xFE\xFF", 4), "UTF-32BE", 4, true},
                                    {"\xFF\xFE", "UTF-16LE", 2, false},
                                    {"\xFE\xFF", "UTF-16BE", 2, true}};
  for (const WideMark& mark : kMarks) {
    if (text.starts_with(mark.bytes)) return &mark;
  }
  return nullptr;
}

}  // namespace

DecodedText decode_to_utf8(std::string_view bytes, const std::string& source_name,
                           std::string_view declared) {
  if (const WideMark* mark = wide_mark_of(bytes)) {
    return {convert_strictly(bytes.substr(mark->bytes.size()), mark->bytes.size(), mark->encoding,
                             source_name, "declared by its byte order mark"),
            mark->encoding, true};
  }

  const Utf8Scan scan = scan_utf8(bytes);
  if (scan.first_nul != std::string_view::npos &&
      (scan.first_invalid == std::string_view::npos || scan.first_nul < scan.first_invalid)) {
    fail_binary(source_name, bytes, scan.first_nul);
  }
  if (scan.first_invalid == std::string_view::npos) return {std::string(), "UTF-8", false};

  const std::string not_utf8 = invalid_utf8_problem(bytes, scan.first_invalid);
  // A BOM declares UTF-8, and mostly well-formed UTF-8 is a damaged UTF-8
  // file: converting it from a guessed encoding would only garble it.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF" || scan.multibyte > scan.invalid) {
    fail_at_byte(source_name, bytes, scan.first_invalid, not_utf8 + "; " + std::string(kIconvHint));
  }
  if (scan.first_nul != std::string_view::npos) fail_binary(source_name, bytes, scan.first_nul);

  // A document's own word on its encoding comes before any statistics.
  std::optional<FormatError> declared_failed;
  if (const std::string encoding = converter_for_label(declared); !encoding.empty()) {
    try {
      return {convert_strictly(bytes, 0, encoding, source_name,
                               "declared as " + std::string(declared) + " by the document"),
              encoding, true};
    } catch (const FormatError& error) {
      declared_failed = error;  // a page that misdeclares: detection may still read it
    }
  }

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  ucsdet_enableInputFilter(detector.get(), true);  // markup would skew the statistics
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status)) count = 0;
  std::string guess;
  int32_t confidence = 0;
  for (int32_t i = 0; i < count; ++i) {
    std::string name = ucsdet_getName(matches[i], &status);
    if (!trusted_guess(name)) continue;
    guess = std::move(name);
    confidence = ucsdet_getConfidence(matches[i], &status);
    break;
  }
  if (U_FAILURE(status) || guess.empty() || guess == "UTF-8" || confidence < kMinConfidence) {
    if (declared_failed) throw *declared_failed;
    std::string best = guess.empty() || guess == "UTF-8"
                           ? "no other encoding fits"
                           : "best guess " + guess + " at " + std::to_string(confidence) + "% confidence";
    fail_at_byte(source_name, bytes, scan.first_invalid,
                 not_utf8 + " and its encoding cannot be told (" + best + "); " + std::string(kIconvHint) +
                     " -f ENCODING -t UTF-8");
  }
  std::string why = "detected with " + std::to_string(confidence) + "% confidence";
  return {convert_strictly(bytes, 0, guess, source_name, why), guess, true};
}

TextPosition check_utf8_piece(std::string_view utf8, const std::string& source_name, TextPosition start,
                              std::uint64_t start_offset) {
  const Utf8Scan scan = scan_utf8(utf8);
  if (scan.first_nul < scan.first_invalid) fail_binary(source_name, utf8, scan.first_nul, start);
  if (scan.first_invalid != std::string_view::npos) {
    fail_at_byte(source_name, utf8, scan.first_invalid,
                 invalid_utf8_problem(utf8, scan.first_invalid, start_offset + scan.first_invalid) +
                     "; a file this large is read as UTF-8 only: " + std::string(kIconvHint) +
                     " -f ENCODING -t UTF-8",
                 start);
  }
  return position_at(utf8, utf8.size(), start);
}

std::string ascii_sketch_of_wide_text(std::string_view bytes, std::size_t max_characters) {
  const WideMark* mark = wide_mark_of(bytes);
  if (mark == nullptr) return {};
  std::string sketch;
  for (std::size_t at = mark->bytes.size();
       at + mark->unit_bytes <= bytes.size() && sketch.size() < max_characters; at += mark->unit_bytes) {
    std::uint32_t unit = 0;
    for (std::size_t i = 0; i < mark->unit_bytes; ++i) {
      const auto byte =
          static_cast<unsigned char>(bytes[at + (mark->big_endian ? i : mark->unit_bytes - 1 - i)]);
      unit = (unit << 8) | byte;
    }
    sketch += unit > 0 && unit < 0x80 ? static_cast<char>(unit) : '?';
  }
  return sketch;
}

}  // namespace kg::text
