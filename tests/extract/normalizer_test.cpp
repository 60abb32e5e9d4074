#include "extract/normalizer.h"

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "base/errors.h"

namespace kg::extract {
namespace {

std::string text_of(std::string_view input) { return normalize(input).text; }

// What the input said where the normalized text has `mention`.
std::string original_of(std::string_view input, const NormalizedText& normalized, std::string_view mention) {
  const std::size_t begin = normalized.text.find(mention);
  if (begin == std::string::npos) return "<not found: " + std::string(mention) + ">";
  const std::size_t end = begin + mention.size();
  return std::string(
      input.substr(normalized.origin[begin], normalized.origin[end] - normalized.origin[begin]));
}

const RegionalVocabulary& shipped_vocabulary() {
  static const RegionalVocabulary vocabulary = [] {
    const std::string path = std::string(KG_SOURCE_DIR) + "/extract/rules/regional_vocabulary.json";
    std::ifstream in(path);
    std::stringstream json;
    json << in.rdbuf();
    return RegionalVocabulary::from_json(json.str(), path);
  }();
  return vocabulary;
}

FormatError vocabulary_error(const std::string& json) {
  try {
    RegionalVocabulary::from_json(json, "vocab.json");
  } catch (const FormatError& error) {
    return error;
  }
  ADD_FAILURE() << "accepted: " << json;
  return FormatError("", 0, 0, "");
}

TEST(Normalizer, FullWidthFormsBecomeAscii) {
  EXPECT_EQ(text_of("（ＡＩ）治理，２０２５年：Ｇ２０！？"), "(AI)治理,2025年:G20!?");
  EXPECT_EQ(text_of("中国\u3000美国"), "中国 美国");
}

TEST(Normalizer, TraditionalBecomesSimplified) {
  EXPECT_EQ(text_of("中華人民共和國與聯合國簽署備忘錄"), "中华人民共和国与联合国签署备忘录");
  EXPECT_EQ(text_of("網路資訊"), "网路资讯");  // the words are the vocabulary's business
}

TEST(Normalizer, PhraseRulesKeepSimplifiedWordsIntact) {
  // Character by character ICU makes 著 着 and 乾 干; in these words it does not.
  EXPECT_EQ(text_of("著名学者的论著显著影响扭转乾坤"), "著名学者的论著显著影响扭转乾坤");
  EXPECT_EQ(text_of("顯著"), "显著");
  EXPECT_EQ(text_of("乾淨"), "干净");
  EXPECT_EQ(text_of("沈著"), "沉着");
}

TEST(Normalizer, SimplifiedCharactersIcuMapsAwayStay) {
  // 阪 is in GB 2312; ICU's Traditional-Simplified makes it 坂 (Unihan's variant).
  EXPECT_EQ(text_of("二十国集团大阪峰会"), "二十国集团大阪峰会");
}

// Characters that stay as they are are copied in runs; a phrase rule must
// still be found where one starts inside such a run, with every character
// already known to the per-thread cache.
TEST(Normalizer, PhraseRulesApplyInsideRunsOfUnchangedCharacters) {
  normalize("学者的论著显著发展乾淨");
  EXPECT_EQ(text_of("学者的论著"), "学者的论著");
  EXPECT_EQ(text_of("影响显著发展"), "影响显著发展");
  EXPECT_EQ(text_of("发展的乾淨"), "发展的干净");
}

TEST(Normalizer, AgreesWithIcuOnWholeTraditionalText) {
  const std::string input =
      "乾隆年間的著名學者於書中記載了這段歷史。後來人們發現乾淨的水源十分重要。"
      "顯著的變化發生在單于與鮮于兩地之間。他瞭解這裡的情況並著手準備。";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t2s(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  ASSERT_TRUE(U_SUCCESS(status));
  icu::UnicodeString expected = icu::UnicodeString::fromUTF8(input);
  t2s->transliterate(expected);
  std::string expected_utf8;
  expected.toUTF8String(expected_utf8);
  EXPECT_EQ(text_of(input), expected_utf8);
}

TEST(Normalizer, QuoteVariantsFoldToCurlyQuotes) {
  EXPECT_EQ(text_of("「網絡主權」與『數據』"), "“网络主权”与‘数据’");
  EXPECT_EQ(text_of("〝倡议〞"), "“倡议”");
  EXPECT_EQ(text_of("\"AI\" and 'ML'"), "\"AI\" and 'ML'");  // ASCII quotes stay as written
  EXPECT_EQ(text_of("＂ＡＩ＂"), "\"AI\"");
}

TEST(Normalizer, MiddleDotVariantsFoldToOne) {
  for (const char* dot : {"・", "‧", "•", "･", "∙", "·", "⋅", "᛫"}) {
    EXPECT_EQ(text_of(std::string("唐纳德") + dot + "特朗普"), "唐纳德·特朗普") << dot;
  }
}

TEST(Normalizer, DashVariantsFoldToEmDashButDatesKeepAHyphen) {
  EXPECT_EQ(text_of("中國－東盟"), "中国—东盟");
  EXPECT_EQ(text_of("中–美―欧‒非—亚"), "中—美—欧—非—亚");
  EXPECT_EQ(text_of("２０２５－１１－０１"), "2025-11-01");
  EXPECT_EQ(text_of("a-b"), "a-b");
}

TEST(Normalizer, EllipsisStaysOneCharacter) { EXPECT_EQ(text_of("美國、英國……等"), "美国、英国……等"); }

TEST(Normalizer, InvisibleCharactersAreDroppedAndMentionsSpanThem) {
  const std::string input = "中\u200B国和\uFEFF美国";
  NormalizedText normalized = normalize(input);
  EXPECT_EQ(normalized.text, "中国和美国");
  EXPECT_EQ(original_of(input, normalized, "中国"), "中\u200B国");
}

TEST(Normalizer, CombiningMarksComposeWithTheirLetter) {
  const std::string input = "Cafe\u0301 Zu\u0308rich";
  NormalizedText normalized = normalize(input);
  EXPECT_EQ(normalized.text, "Café Zürich");
  EXPECT_EQ(original_of(input, normalized, "Café"), "Cafe\u0301");
  EXPECT_EQ(original_of(input, normalized, "Zürich"), "Zu\u0308rich");
}

TEST(Normalizer, AsciiIsUnchangedAndMapsToItself) {
  const std::string input = "G20 leaders met in Rio, 2024.";
  NormalizedText normalized = normalize(input);
  EXPECT_EQ(normalized.text, input);
  for (std::size_t i = 0; i <= input.size(); ++i) EXPECT_EQ(normalized.origin[i], i);
}

TEST(Normalizer, OriginHasOneEntryPerByteAndNeverDecreases) {
  const std::string input = "聯合國（ＵＮ）於２０２５年發布「全球數位契約」・草案…\nCafe\u0301";
  NormalizedText normalized = normalize(input, shipped_vocabulary());
  ASSERT_EQ(normalized.origin.size(), normalized.text.size() + 1);
  EXPECT_EQ(normalized.origin.back(), input.size());
  for (std::size_t i = 1; i < normalized.origin.size(); ++i) {
    EXPECT_LE(normalized.origin[i - 1], normalized.origin[i]) << i;
  }
  for (std::size_t i = 0; i + 1 < normalized.origin.size(); ++i) {
    // Every origin is the start of a character of the input.
    EXPECT_NE(static_cast<unsigned char>(input[normalized.origin[i]]) & 0xC0, 0x80) << i;
  }
}

TEST(Normalizer, ExpansionsMapEveryByteToTheirOneCharacter) {
  const std::string input = "㈱与ﬁ及𝐀";  // NFKC: (株) fi A
  NormalizedText normalized = normalize(input);
  EXPECT_EQ(normalized.text, "(株)与fi及A");
  EXPECT_EQ(original_of(input, normalized, "(株)"), "㈱");
  EXPECT_EQ(original_of(input, normalized, "fi"), "ﬁ");
  EXPECT_EQ(original_of(input, normalized, "A"), "𝐀");
  EXPECT_EQ(text_of("𠀀𠀁"), "𠀀𠀁");  // beyond the BMP, unchanged
}

TEST(Normalizer, EmptyTextHasOneOrigin) {
  NormalizedText normalized = normalize("");
  EXPECT_EQ(normalized.text, "");
  EXPECT_EQ(normalized.origin, std::vector<std::uint32_t>{0});
}

TEST(Normalizer, OriginInvariantsHoldForMixedRandomText) {
  const std::vector<std::string> pieces = {
      "a",  "Z",      "1",      " ",      "\n", ",",  "中", "國", "著", "名",       "顯",  "乾", "淨",
      "網", "路",     "資",     "訊",     "，", "Ａ", "２", "「", "」", "『",       "・",  "－", "–",
      "…",  "\u200B", "\u0301", "\u0308", "e",  "㈱", "ﬁ",  "𝐀",  "𠀀", "人工智慧", "雲端"};
  std::uint32_t seed = 12345;
  auto random = [&seed](std::size_t n) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<std::size_t>((seed >> 8) % n);
  };
  for (int round = 0; round < 300; ++round) {
    std::string input;
    for (std::size_t k = random(40); k > 0; --k) input += pieces[random(pieces.size())];
    NormalizedText normalized = normalize(input, shipped_vocabulary());
    ASSERT_EQ(normalized.origin.size(), normalized.text.size() + 1) << input;
    ASSERT_EQ(normalized.origin.back(), input.size()) << input;
    for (std::size_t i = 0; i + 1 < normalized.origin.size(); ++i) {
      ASSERT_LE(normalized.origin[i], normalized.origin[i + 1]) << input;
      ASSERT_LT(normalized.origin[i], input.size()) << input;
      ASSERT_NE(static_cast<unsigned char>(input[normalized.origin[i]]) & 0xC0, 0x80) << input;
    }
    EXPECT_EQ(normalize(normalized.text, shipped_vocabulary()).text, normalized.text) << input;  // idempotent
  }
}

TEST(Normalizer, EveryMentionMapsBackToItsOriginalSurface) {
  const std::string input =
      "聯合國（ＵＮ）與中華人民共和國於２０２５年發布《全球數位契約》，「人工智慧」成為焦點。";
  NormalizedText normalized = normalize(input, shipped_vocabulary());
  EXPECT_EQ(normalized.text, "联合国(UN)与中华人民共和国于2025年发布《全球数字契约》,“人工智能”成为焦点。");
  EXPECT_EQ(original_of(input, normalized, "联合国"), "聯合國");
  EXPECT_EQ(original_of(input, normalized, "UN"), "ＵＮ");
  EXPECT_EQ(original_of(input, normalized, "(UN)"), "（ＵＮ）");
  EXPECT_EQ(original_of(input, normalized, "中华人民共和国"), "中華人民共和國");
  EXPECT_EQ(original_of(input, normalized, "2025"), "２０２５");
  EXPECT_EQ(original_of(input, normalized, "《全球数字契约》"), "《全球數位契約》");
  EXPECT_EQ(original_of(input, normalized, "“人工智能”"), "「人工智慧」");
  EXPECT_EQ(original_of(input, normalized, "人工智能"), "人工智慧");
}

TEST(Normalizer, RegionalWordsMapToMainlandUsage) {
  const RegionalVocabulary& vocabulary = shipped_vocabulary();
  EXPECT_GE(vocabulary.size(), 30u);
  auto mapped = [&](std::string_view input) { return normalize(input, vocabulary).text; };
  EXPECT_EQ(mapped("網路安全與資訊科技"), "网络安全与信息技术");
  EXPECT_EQ(mapped("網際網路治理"), "互联网治理");  // the longer word wins over 網路
  EXPECT_EQ(mapped("雲端運算與雲端儲存"), "云计算与云储存");
  EXPECT_EQ(mapped("人工智慧晶片與軟體"), "人工智能芯片与软件");
  EXPECT_EQ(mapped("数位经济"), "数字经济");  // Simplified spellings of the same words too
  EXPECT_EQ(mapped("智慧城市"), "智慧城市");  // 智慧 alone is not mapped
  // Malaysian and Singaporean Chinese media: 大马 is Malaysia, but not in 大马士革 (Damascus).
  EXPECT_EQ(mapped("大马与狮城签署备忘录"), "马来西亚与新加坡签署备忘录");
  EXPECT_EQ(mapped("代表团抵达大马士革"), "代表团抵达大马士革");
}

TEST(Normalizer, ReplacedWordsMapBackToTheWholeOriginalWord) {
  RegionalVocabulary vocabulary =
      RegionalVocabulary::from_json(R"({"vocabulary": {"雲端": "云", "資安": "信息安全"}})", "vocab.json");
  const std::string input = "雲端服務的資安問題";
  NormalizedText normalized = normalize(input, vocabulary);
  EXPECT_EQ(normalized.text, "云服务的信息安全问题");
  EXPECT_EQ(original_of(input, normalized, "云服务"), "雲端服務");
  EXPECT_EQ(original_of(input, normalized, "云"), "雲端");
  EXPECT_EQ(original_of(input, normalized, "信息安全"), "資安");
  EXPECT_EQ(original_of(input, normalized, "问题"), "問題");
}

// Words are looked for by their first bytes: words of two ASCII characters
// (two bytes, anywhere, the text's end included) and words back to back.
TEST(Normalizer, VocabularyWordsAreFoundWhereverTheyStart) {
  RegionalVocabulary vocabulary = RegionalVocabulary::from_json(
      R"({"vocabulary": {"5G": "第五代", "雲端": "云", "網路": "网络"}})", "vocab.json");
  auto mapped = [&](std::string_view input) { return normalize(input, vocabulary).text; };
  EXPECT_EQ(mapped("5G"), "第五代");
  EXPECT_EQ(mapped("用5G"), "用第五代");
  EXPECT_EQ(mapped("5G網路"), "第五代网络");
  EXPECT_EQ(mapped("雲端網路雲端"), "云网络云");
  EXPECT_EQ(mapped("雲網端路"), "云网端路");
  EXPECT_EQ(mapped("5"), "5");
}

TEST(Normalizer, VocabularyJsonErrorsNameTheLineAndPointer) {
  FormatError syntax = vocabulary_error("{\"vocabulary\": {\n  \"網路\": \"网络\"\n  \"軟體\": \"软件\"}}");
  EXPECT_EQ(syntax.path(), "vocab.json");
  EXPECT_EQ(syntax.line(), 3u);

  FormatError not_string = vocabulary_error("{\"vocabulary\": {\n  \"網路\": \"网络\",\n  \"軟體\": 3}}");
  EXPECT_EQ(not_string.line(), 3u);
  EXPECT_EQ(not_string.column(), 3u);
  EXPECT_NE(not_string.problem().find("/vocabulary/軟體"), std::string::npos) << not_string.what();

  FormatError single = vocabulary_error("{\"vocabulary\": {\"網\": \"网\"}}");
  EXPECT_NE(single.problem().find("two characters"), std::string::npos) << single.what();

  FormatError same = vocabulary_error("{\"vocabulary\": {\n\"網路\": \"网络\",\n\"网路\": \"网络\"}}");
  EXPECT_EQ(same.line(), 3u);
  EXPECT_NE(same.problem().find("the same word as /vocabulary/網路 (line 2)"), std::string::npos)
      << same.what();

  EXPECT_NE(vocabulary_error("{\"words\": {}}").problem().find("at /words: unknown key"), std::string::npos);
  EXPECT_NE(vocabulary_error("{}").problem().find("expected {\"vocabulary\""), std::string::npos);
  EXPECT_NE(vocabulary_error("{\"vocabulary\": []}").problem().find("at /vocabulary:"), std::string::npos);
}

TEST(Normalizer, VocabularyAcceptsCommentsAndTrailingCommas) {
  RegionalVocabulary vocabulary = RegionalVocabulary::from_json(
      "// words\n{\"vocabulary\": {\"軟體\": \"软件\", /* more */ \"硬體\": \"硬件\",},}", "vocab.json");
  EXPECT_EQ(vocabulary.size(), 2u);
  EXPECT_EQ(normalize("軟硬體", vocabulary).text, "软硬件");
}

TEST(Normalizer, ThreadsNormalizeIndependently) {
  const std::string input = "聯合國與歐盟討論網路安全。Ｇ２０峰會・東京";
  const std::string expected = normalize(input, shipped_vocabulary()).text;
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) result = normalize(input, shipped_vocabulary()).text;
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace kg::extract
