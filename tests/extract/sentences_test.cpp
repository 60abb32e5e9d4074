#include "extract/sentences.h"

#include <gtest/gtest.h>

#include <random>

namespace kg::extract {
namespace {

std::vector<std::string> pieces(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& span : spans) out.emplace_back(text.substr(span.begin, span.end - span.begin));
  return out;
}

std::vector<std::string> sentences(std::string_view text) { return pieces(text, split_sentences(text)); }

std::vector<std::string> clauses(std::string_view text) {
  return pieces(text, split_clauses(text, Span{0, text.size()}));
}

using Strings = std::vector<std::string>;

TEST(Sentences, ChineseSentencesEndAtFullStopsAndMarks) {
  EXPECT_EQ(sentences("中国提出倡议。美国表示支持!你同意吗?好的"),
            (Strings{"中国提出倡议。", "美国表示支持!", "你同意吗?", "好的"}));
}

TEST(Sentences, AnOpeningBracketOrQuoteStartsTheNextSentence) {
  // UAX #29 keeps closing marks with the sentence that ends, and opening ones too.
  EXPECT_EQ(sentences("条例自2025年起施行。《公约》于2004年生效。“数字丝路”倡议随后提出。"),
            (Strings{"条例自2025年起施行。", "《公约》于2004年生效。", "“数字丝路”倡议随后提出。"}));
  EXPECT_EQ(sentences("他说：“我们支持。”随后离开。"), (Strings{"他说：“我们支持。”", "随后离开。"}));
}

TEST(Sentences, SemicolonsAndColonsDoNotEndASentence) {
  EXPECT_EQ(sentences("甲方同意;乙方反对:理由如下。"), (Strings{"甲方同意;乙方反对:理由如下。"}));
}

TEST(Sentences, NewlineAlwaysEndsASentence) {
  EXPECT_EQ(sentences("第一行没有句号\n第二行也没有\r\n第三行"),
            (Strings{"第一行没有句号", "第二行也没有", "第三行"}));
  // Blanked furniture can leave a newline between spaces: it still ends one.
  EXPECT_EQ(sentences("中方表示    \n     欢迎"), (Strings{"中方表示", "欢迎"}));
}

TEST(Sentences, MixedChineseAndEnglish) {
  EXPECT_EQ(sentences("联合国于2025.11发布报告。U.S. officials met Mr. Smith and Dr. Li in Geneva. "
                      "Version 2.0 was adopted.中方表示欢迎。"),
            (Strings{"联合国于2025.11发布报告。", "U.S. officials met Mr. Smith and Dr. Li in Geneva.",
                     "Version 2.0 was adopted.", "中方表示欢迎。"}));
}

TEST(Sentences, AbbreviationsOfNotesAndSlidesDoNotEndASentence) {
  EXPECT_EQ(sentences("GPAI launched with 15 members incl. Canada and Japan. It grew to approx. 29 members, "
                      "cf. Art. 2 of its terms, esp. para. 4. It met."),
            (Strings{"GPAI launched with 15 members incl. Canada and Japan.",
                     "It grew to approx. 29 members, cf. Art. 2 of its terms, esp. para. 4.", "It met."}));
}

TEST(Sentences, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(sentences("他说:“我们支持。”随后离开。"), (Strings{"他说:“我们支持。”", "随后离开。"}));
}

TEST(Sentences, EllipsisDoesNotEndASentence) {
  EXPECT_EQ(sentences("美国、英国……等国家参加。"), (Strings{"美国、英国……等国家参加。"}));
}

TEST(Sentences, SpansAreTrimmedByteOffsetsAndEmptyOnesDropped) {
  const std::string text = "  \n\n  中国。  \n \n";
  std::vector<Span> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (Span{6, 15}));
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" \n\t ").empty());
}

TEST(Sentences, ASplitterCanBeReused) {
  SentenceSplitter splitter;
  EXPECT_EQ(splitter.split("一。二。").size(), 2u);
  EXPECT_EQ(splitter.split("三。").size(), 1u);
}

// The fast path must give exactly ICU's answer. Pieces chosen for the rules
// around sentence ends: terminators in runs, closing marks and spaces after
// them, SContinue (, ; : ， 、), full stops in numbers, abbreviations and
// elsewhere, line ends of every kind, combining marks, format characters,
// characters outside the BMP and an ill-formed byte.
const std::vector<std::string> kPieces = {
    "中",   "国",   "发展",         "合作",   "。",     "！",     "？",     "!",
    "?",    ".",    "．",           "﹒",     "｡",      "‼",      "”",      "’",
    "」",   "』",   "）",           ")",      "]",      "\"",     "'",      "“",
    "（",   "《",   "》",           " ",      "  ",     "\t",     "\u00A0", "\u3000",
    "\n",   "\r\n", "\r",           "\n\n",   "，",     ",",      ";",      "；",
    ":",    "：",   "、",           "-",      "—",      "……",     "…",      "Mr.",
    "Dr. ", "e.g.", "U.S.",         "No. 5",  "A",      "b",      "The",    "said",
    "3",    "5",    "2025",         "\u0301", "\u200D", "\u00AD", "\u2028", "\u0085",
    "😀",    "𠀀",   "\xEF\xBF\xBD", "\xFF"};

std::string random_text(std::mt19937& random, std::size_t pieces) {
  std::string text;
  for (std::size_t k = 0; k < pieces; ++k) text += kPieces[random() % kPieces.size()];
  return text;
}

TEST(Sentences, FastPathAgreesWithIcuOnRandomText) {
  std::mt19937 random(29);
  SentenceSplitter splitter;
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(random, random() % 60);
    ASSERT_EQ(splitter.split(text), splitter.split_by_icu(text)) << "text: " << text;
  }
}

// Mostly Chinese text, as real documents are, so that whole lines take the
// fast path, with the odd English sentence, number and 4096-byte run.
TEST(Sentences, FastPathAgreesWithIcuOnChineseLikeText) {
  std::mt19937 random(31);
  const std::vector<std::string> words = {"中国", "巴西", "合作",   "发展", "倡议", "。", "，", "、",
                                          "；",   "“",    "”",      "！",   "？",   "……", "（", "）",
                                          "《",   "》",   "2025年", "3.5%", " ",    "\n"};
  SentenceSplitter splitter;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const std::size_t length = round % 10 == 0 ? 6000 : 600;
    while (text.size() < length) {
      text += random() % 40 == 0 ? random_text(random, 3) : words[random() % words.size()];
      if (round % 10 == 0 && random() % 3 == 0) text += "中国巴西数字经济";  // long runs with no end
    }
    ASSERT_EQ(splitter.split(text), splitter.split_by_icu(text)) << "text: " << text;
  }
}

TEST(Sentences, FastPathAgreesWithIcuOnKnownCases) {
  SentenceSplitter splitter;
  for (std::string text :
       {"他说:“我们支持。”随后离开。", "好!?真的吗??是的。。", "结束。 ”下一句", "句子。\r\n下一行\r单独回车",
        "增长3.5%。2.0版本", "U.S. officials met Mr. Smith.\n中方。", "完了。，接着。；又接着", "Mr.\nSmith",
        "Mr.\n \n下一句", "完了。)\"  Next", "问题？！“回答。”", "数字。5个"}) {
    EXPECT_EQ(splitter.split(text), splitter.split_by_icu(text)) << "text: " << text;
  }
}

TEST(Clauses, CutAtCommasSemicolonsAndColons) {
  EXPECT_EQ(clauses("中方认为,合作共赢; 双方:继续推进"),
            (Strings{"中方认为", "合作共赢", "双方", "继续推进"}));
  EXPECT_EQ(clauses("中方认为，合作共赢；双方：继续"), (Strings{"中方认为", "合作共赢", "双方", "继续"}));
}

// A headline's or a subtitle's space between two Chinese words is its comma;
// between other words, or inside title marks, it cuts nothing.
TEST(Clauses, ASpaceBetweenChineseWordsCuts) {
  EXPECT_EQ(clauses("海洋峰会开幕  两国共同主办"), (Strings{"海洋峰会开幕", "两国共同主办"}));
  EXPECT_EQ(clauses("AI峰会 in Lima, 开幕"), (Strings{"AI峰会 in Lima", "开幕"}));
  EXPECT_EQ(clauses("签署《海洋 数据宪章》 各方欢迎"), (Strings{"签署《海洋 数据宪章》 各方欢迎"}));
  EXPECT_EQ(clauses("Kenya and Peru signed it"), (Strings{"Kenya and Peru signed it"}));
  EXPECT_EQ(clauses("外长 王 毅 出席"), (Strings{"外长 王 毅 出席"}));
  EXPECT_EQ(clauses("中 国 提 出 倡 议"), (Strings{"中 国 提 出 倡 议"}));
}

TEST(Clauses, NotInsideTitlesQuotesOrParentheses) {
  EXPECT_EQ(clauses("发布《关于加强合作,促进发展的意见》,各方欢迎"),
            (Strings{"发布《关于加强合作,促进发展的意见》", "各方欢迎"}));
  EXPECT_EQ(clauses("他说“我们同意,也支持”,然后离开"), (Strings{"他说“我们同意,也支持”", "然后离开"}));
  EXPECT_EQ(clauses("联合国(总部位于纽约,美国)表示,支持"),
            (Strings{"联合国(总部位于纽约,美国)表示", "支持"}));
  EXPECT_EQ(clauses("He said \"yes, now\", then left"), (Strings{"He said \"yes, now\"", "then left"}));
}

TEST(Clauses, NumbersAndListsAreNotCut) {
  EXPECT_EQ(clauses("投资1,000亿元,于10:30宣布"), (Strings{"投资1,000亿元", "于10:30宣布"}));
  EXPECT_EQ(clauses("中国、美国、俄罗斯,参加"), (Strings{"中国、美国、俄罗斯", "参加"}));
}

TEST(Clauses, AStrayClosingMarkDoesNotUnbalance) {
  EXPECT_EQ(clauses("don’t stop, go on"), (Strings{"don’t stop", "go on"}));
}

TEST(Clauses, SpansAreWithinTheSentence) {
  const std::string text = "前一句。甲,乙。后一句";
  std::vector<Span> sentence_spans = split_sentences(text);
  ASSERT_EQ(sentence_spans.size(), 3u);
  std::vector<Span> spans = split_clauses(text, sentence_spans[1]);
  EXPECT_EQ(pieces(text, spans), (Strings{"甲", "乙。"}));
  EXPECT_EQ(spans[0].begin, sentence_spans[1].begin);
}

// A page with no sentence end made one sentence, and extracting it took time
// quadratic in its length (a 1 MB line took two minutes).
TEST(Sentences, AHugeSentenceIsCutIntoBoundedPiecesBetweenCharacters) {
  std::string text;
  while (text.size() < 100'000) text += "中国与巴西在数字经济领域开展合作两国签署了多项合作文件";
  text += ",最后一段";
  std::vector<Span> spans = split_sentences(text);
  ASSERT_GT(spans.size(), 20u);
  std::size_t covered = 0;
  for (const Span& span : spans) {
    EXPECT_LE(span.end - span.begin, 4096u);
    EXPECT_NE(static_cast<unsigned char>(text[span.begin]) & 0xC0, 0x80) << "cut inside a character";
    covered += span.end - span.begin;
  }
  EXPECT_EQ(covered, text.size());
  // A comma in the second half of a piece is where it is cut.
  std::string commas;
  while (commas.size() < 10'000) commas += "中国,巴西";
  for (const Span& span : split_sentences(commas)) {
    if (span.end < commas.size()) {
      EXPECT_EQ(commas[span.end], ',');
    }
  }
}

TEST(LineIndex, NumbersLinesFromOne) {
  const std::string text = "ab\ncd\n\nef\n";
  LineIndex lines(text);
  EXPECT_EQ(lines.line_of(0), 1u);
  EXPECT_EQ(lines.line_of(2), 1u);  // the '\n' ends line 1
  EXPECT_EQ(lines.line_of(3), 2u);
  EXPECT_EQ(lines.line_of(6), 3u);
  EXPECT_EQ(lines.line_of(7), 4u);
  EXPECT_EQ(lines.line_of(10), 4u);  // a final newline starts no line
  EXPECT_EQ(lines.line_of(1000), 4u);
  EXPECT_EQ(LineIndex("").line_of(0), 1u);
}

}  // namespace
}  // namespace kg::extract
