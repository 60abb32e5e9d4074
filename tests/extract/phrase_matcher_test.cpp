// PhraseMatcher: every occurrence of every phrase, in the order the
// recognizers rely on (by begin, longer first, then by value).
#include "extract/phrase_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

namespace kg::extract {
namespace {

using Found = std::tuple<std::size_t, std::size_t, std::uint32_t>;

std::vector<Found> find(const PhraseMatcher& matcher, std::string_view text) {
  std::vector<PhraseMatcher::Match> matches;
  matcher.find_all(text, matches);
  std::vector<Found> out;
  for (const auto& m : matches) out.emplace_back(m.begin, m.end, m.value);
  return out;
}

PhraseMatcher build(std::initializer_list<std::pair<std::string_view, std::uint32_t>> phrases) {
  PhraseMatcher matcher;
  for (const auto& [phrase, value] : phrases) matcher.add(phrase, value);
  matcher.build();
  return matcher;
}

TEST(PhraseMatcher, FindsEveryOccurrence) {
  PhraseMatcher matcher = build({{"ab", 1}});
  EXPECT_EQ(find(matcher, "ab ab xab"), (std::vector<Found>{{0, 2, 1}, {3, 5, 1}, {7, 9, 1}}));
}

TEST(PhraseMatcher, FindsOverlappingAndContainedPhrases) {
  // "she" contains "he"; "hers" overlaps "she" — the classic Aho-Corasick set.
  PhraseMatcher matcher = build({{"he", 1}, {"she", 2}, {"his", 3}, {"hers", 4}});
  EXPECT_EQ(find(matcher, "ushers"), (std::vector<Found>{{1, 4, 2}, {2, 6, 4}, {2, 4, 1}}));
}

TEST(PhraseMatcher, FindsOverlapsOfARepeatedPhrase) {
  PhraseMatcher matcher = build({{"aa", 7}});
  EXPECT_EQ(find(matcher, "aaaa"), (std::vector<Found>{{0, 2, 7}, {1, 3, 7}, {2, 4, 7}}));
}

TEST(PhraseMatcher, OrdersLongerMatchesFirstAtTheSameStart) {
  // Added shortest first, so the order cannot come from insertion.
  PhraseMatcher matcher = build({{"中", 1}, {"中国", 2}, {"中国人", 3}});
  EXPECT_EQ(find(matcher, "中国人"), (std::vector<Found>{{0, 9, 3}, {0, 6, 2}, {0, 3, 1}}));
}

TEST(PhraseMatcher, ReportsEveryValueOfOnePhraseInValueOrder) {
  PhraseMatcher matcher = build({{"合作", 9}, {"合作", 2}, {"合作", 5}, {"合作", 2}});
  EXPECT_EQ(find(matcher, "开展合作"), (std::vector<Found>{{6, 12, 2}, {6, 12, 5}, {6, 12, 9}}));
}

TEST(PhraseMatcher, MatchesChinesePhrasesOnCharacterBoundaries) {
  PhraseMatcher matcher = build({{"俄罗斯", 1}, {"白俄罗斯", 2}, {"罗斯", 3}});
  // 白俄罗斯 (12 bytes) then ，(3 bytes) then 俄罗斯.
  const std::string text = "白俄罗斯，俄罗斯";
  const std::vector<Found> found = find(matcher, text);
  EXPECT_EQ(found, (std::vector<Found>{{0, 12, 2}, {3, 12, 1}, {6, 12, 3}, {15, 24, 1}, {18, 24, 3}}));
  for (const auto& [begin, end, value] : found) {
    // Every match starts and ends on a UTF-8 lead byte (or the end).
    EXPECT_NE(static_cast<unsigned char>(text[begin]) & 0xC0, 0x80);
    if (end < text.size()) {
      EXPECT_NE(static_cast<unsigned char>(text[end]) & 0xC0, 0x80);
    }
  }
}

TEST(PhraseMatcher, DoesNotMatchAcrossCharactersSharingBytes) {
  // 中 (E4 B8 AD) and 丮 (E4 B8 AE) share their first two bytes.
  PhraseMatcher matcher = build({{"中", 1}});
  EXPECT_TRUE(find(matcher, "丮").empty());
}

TEST(PhraseMatcher, EmptyTextHasNoMatches) {
  PhraseMatcher matcher = build({{"中国", 1}});
  EXPECT_TRUE(find(matcher, "").empty());
}

TEST(PhraseMatcher, AMatcherWithoutPhrasesIsEmptyAndMatchesNothing) {
  PhraseMatcher matcher;
  EXPECT_TRUE(matcher.empty());
  matcher.build();
  EXPECT_TRUE(find(matcher, "任何文本").empty());
  matcher = build({{"x", 0}});
  EXPECT_FALSE(matcher.empty());
}

TEST(PhraseMatcher, AppendsToWhatTheOutputAlreadyHolds) {
  PhraseMatcher matcher = build({{"b", 4}});
  std::vector<PhraseMatcher::Match> out{{100, 101, 99}};
  matcher.find_all("ab", out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].value, 99u);
  EXPECT_EQ(out[1].begin, 1u);
  EXPECT_EQ(out[1].value, 4u);
}

}  // namespace
}  // namespace kg::extract
