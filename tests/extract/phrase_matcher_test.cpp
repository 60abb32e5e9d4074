// PhraseMatcher: every occurrence of every phrase, in the order the
// recognizers rely on (by begin, longer first, then by value).
#include "extract/phrase_matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
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

TEST(PhraseMatcher, TellsWhetherAPhraseStartsOrEndsAtAPosition) {
  PhraseMatcher matcher = build({{"研究", 1}, {"中心", 2}, {"主任", 3}});
  const std::string text = "研究中心主任";  // 3 bytes a character
  EXPECT_TRUE(matcher.starts_at(text, 0, text.size()));
  EXPECT_TRUE(matcher.starts_at(text, 6, 12));
  EXPECT_FALSE(matcher.starts_at(text, 6, 11));           // the phrase would end past the limit
  EXPECT_FALSE(matcher.starts_at(text, 3, text.size()));  // 究中 is no phrase
  EXPECT_FALSE(matcher.starts_at(text, 1, text.size()));  // inside a character
  EXPECT_TRUE(matcher.ends_at(text, 0, 12));
  EXPECT_TRUE(matcher.ends_at(text, 6, 12));
  EXPECT_FALSE(matcher.ends_at(text, 7, 12));  // the phrase would begin before the floor
  EXPECT_FALSE(matcher.ends_at(text, 0, 9));
  EXPECT_FALSE(matcher.ends_at(text, 0, 13));
}

TEST(PhraseMatcher, TellsWhereTheShortestAndLongestPhraseAtAPositionReach) {
  PhraseMatcher matcher = build({{"会议", 1}, {"首脑会议", 2}, {"合作", 3}, {"合作组织", 4}});
  const std::string text = "首脑会议合作组织";             // 3 bytes a character
  EXPECT_EQ(matcher.shortest_ending_at(text, 0, 12), 6u);  // 会议
  EXPECT_EQ(matcher.longest_ending_at(text, 0, 12), 0u);   // 首脑会议
  EXPECT_EQ(matcher.longest_ending_at(text, 3, 12), 6u);   // 首脑会议 would begin before the floor
  EXPECT_EQ(matcher.shortest_ending_at(text, 0, 9), 9u);   // none ends at 脑|会: the end itself
  EXPECT_EQ(matcher.longest_ending_at(text, 0, 9), 9u);
  EXPECT_EQ(matcher.longest_starting_at(text, 12, text.size()), 24u);  // 合作组织, not 合作
  EXPECT_EQ(matcher.longest_starting_at(text, 12, 23), 18u);         // 合作组织 would end past the limit
  EXPECT_EQ(matcher.longest_starting_at(text, 3, text.size()), 3u);  // none starts at 脑: the start itself
}

TEST(PhraseMatcher, IgnoresIllFormedBytesAroundMatches) {
  PhraseMatcher matcher = build({{"中国", 1}});
  // A stray continuation byte, a truncated character, then the phrase.
  const std::string text = "\x80\xE4\xB8中国\xE4";
  EXPECT_EQ(find(matcher, text), (std::vector<Found>{{3, 9, 1}}));
  EXPECT_TRUE(matcher.starts_at(text, 3, text.size()));
  EXPECT_TRUE(matcher.ends_at(text, 0, 9));
  EXPECT_FALSE(matcher.ends_at(text, 0, text.size()));
}

// The obvious quadratic search: the reference the automaton must agree with.
std::vector<Found> find_naively(const std::vector<std::pair<std::string, std::uint32_t>>& phrases,
                                std::string_view text) {
  std::vector<Found> out;
  for (std::size_t begin = 0; begin < text.size(); ++begin) {
    for (const auto& [phrase, value] : phrases) {
      if (text.substr(begin, phrase.size()) == phrase) out.emplace_back(begin, begin + phrase.size(), value);
    }
  }
  std::sort(out.begin(), out.end(), [](const Found& a, const Found& b) {
    return std::tuple(std::get<0>(a), std::get<1>(b), std::get<2>(a)) <
           std::tuple(std::get<0>(b), std::get<1>(a), std::get<2>(b));
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Random phrases over `alphabet` and random texts of it with stray bytes
// mixed in: every answer must be the naive search's.
void expect_naive_answers_on_random_texts(const std::vector<std::string>& alphabet, std::size_t max_phrases,
                                          std::uint32_t seed) {
  // Truncated, overlong and surrogate sequences, stray continuation bytes.
  const std::vector<std::string> noise = {"\x80",         "\xE4\xB8",     "\xF0\x9F", "\xFF",
                                          "\xE0\x80\x80", "\xED\xA0\x80", "\xC0\xAF"};
  std::mt19937 random(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::pair<std::string, std::uint32_t>> phrases;
    PhraseMatcher matcher;
    const std::size_t phrase_count = 1 + pick(max_phrases);
    for (std::size_t p = 0; p < phrase_count; ++p) {
      std::string phrase;
      for (std::size_t n = 1 + pick(4); n > 0; --n) phrase += alphabet[pick(alphabet.size())];
      const auto value = static_cast<std::uint32_t>(pick(5));
      phrases.emplace_back(phrase, value);
      matcher.add(phrase, value);
    }
    matcher.build();
    std::string text;
    for (std::size_t n = pick(40); n > 0; --n) {
      text += pick(10) == 0 ? noise[pick(noise.size())] : alphabet[pick(alphabet.size())];
    }
    ASSERT_EQ(find(matcher, text), find_naively(phrases, text)) << "round " << round;
    for (std::size_t at = 0; at <= text.size(); ++at) {
      for (std::size_t limit : {at, at + 3, at + 7, text.size()}) {
        const bool expected = std::any_of(phrases.begin(), phrases.end(), [&](const auto& p) {
          return at + p.first.size() <= std::min(limit, text.size()) &&
                 text.substr(at, p.first.size()) == p.first;
        });
        ASSERT_EQ(matcher.starts_at(text, at, limit), expected) << "round " << round << " at " << at;
      }
      for (std::size_t floor : {std::size_t{0}, at > 5 ? at - 5 : 0, at}) {
        const bool expected = std::any_of(phrases.begin(), phrases.end(), [&](const auto& p) {
          return p.first.size() <= at - floor && text.substr(at - p.first.size(), p.first.size()) == p.first;
        });
        ASSERT_EQ(matcher.ends_at(text, floor, at), expected) << "round " << round << " end " << at;
      }
    }
  }
}

TEST(PhraseMatcher, AgreesWithANaiveSearchOnRandomTexts) {
  // A small alphabet of 1- to 4-byte characters, so that phrases overlap,
  // nest and share prefixes and suffixes often.
  expect_naive_answers_on_random_texts({"a", "b", "é", "中", "国", "丮", "😀", "·"}, 12, 20251125);
}

TEST(PhraseMatcher, AgreesWithANaiveSearchWhereStatesHaveManyEdges) {
  // Many phrases over a larger alphabet: states with more edges than are
  // scanned, which are looked up in dense rows instead.
  std::vector<std::string> alphabet;
  for (char32_t c = U'一'; c < U'一' + 24; ++c) {
    alphabet.push_back({static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                        static_cast<char>(0x80 | (c & 0x3F))});
  }
  alphabet.emplace_back("x");
  expect_naive_answers_on_random_texts(alphabet, 200, 7);
}

}  // namespace
}  // namespace kg::extract
