// years.h: the one reading of a year in text, for the recognizer and the
// relation side alike.
#include "extract/years.h"

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

TEST(Years, ReadsFourDigitsInRange) {
  EXPECT_EQ(year_at("2023年", 0), 2023);
  EXPECT_EQ(year_at("于1949年", 3), 1949);
  EXPECT_EQ(year_at("2100", 0), 2100);
  EXPECT_EQ(year_at("1900", 0), 1900);
  EXPECT_EQ(year_at("1899年", 0), std::nullopt);
  EXPECT_EQ(year_at("2101年", 0), std::nullopt);
  EXPECT_EQ(year_at("20a3年", 0), std::nullopt);
  EXPECT_EQ(year_at("202", 0), std::nullopt);
  EXPECT_EQ(year_at("2023", 5), std::nullopt);  // past the end
}

TEST(Years, NoYearInsideALongerNumber) {
  EXPECT_EQ(year_at("12019年", 1), std::nullopt);  // a digit before
  EXPECT_EQ(year_at("20190年", 0), std::nullopt);  // a digit after
  // Only `text` is looked at: a sentence that starts right after a digit.
  EXPECT_EQ(year_at(std::string_view("12019年").substr(1), 0), 2019);
}

TEST(Years, InChineseNumeralsWithEitherZero) {
  std::size_t end = 0;
  EXPECT_EQ(han_year_at("二〇二三年", 0, end), 2023);
  EXPECT_EQ(end, std::string_view("二〇二三").size());
  EXPECT_EQ(han_year_at("于二○一七年", std::string_view("于").size(), end), 2017);  // Hong Kong's ○
  EXPECT_EQ(han_year_at("一九九七年", 0, end), 1997);
  EXPECT_EQ(han_year_at("三〇二三年", 0, end), std::nullopt);    // out of range
  EXPECT_EQ(han_year_at("二〇二三一年", 0, end), std::nullopt);  // a longer number
  EXPECT_EQ(han_year_at("一二〇二三年", std::string_view("一").size(), end), std::nullopt);
  EXPECT_EQ(han_year_at("十一月", 0, end), std::nullopt);
}

TEST(Years, FirstYearInAName) {
  const auto named = first_year_in("2023年世界互联网大会乌镇峰会");
  ASSERT_TRUE(named.has_value());
  EXPECT_EQ(named->year, 2023);
  EXPECT_EQ(named->at, 0u);
  const auto later = first_year_in("第十届2024年论坛");
  ASSERT_TRUE(later.has_value());
  EXPECT_EQ(later->year, 2024);
  EXPECT_EQ(later->at, std::string_view("第十届").size());
  EXPECT_EQ(first_year_in("世界互联网大会"), std::nullopt);
}

// The relation side once read an event's year without looking before the
// digits, so 12019年… named the year 2019.
TEST(Years, NoYearInAFiveDigitNumber) {
  EXPECT_EQ(first_year_in("12019年世界互联网大会"), std::nullopt);
  EXPECT_EQ(first_year_in("第120192年会"), std::nullopt);
}

// A timeline's date written with dots is a year with its month (and day);
// an amount with a decimal point is none.
TEST(Years, DatesWrittenWithDots) {
  EXPECT_EQ(dotted_date_end("2021.03.29 → 发表", 0), std::string_view("2021.03.29").size());
  EXPECT_EQ(dotted_date_end("2022.06 → 会晤", 0), std::string_view("2022.06").size());
  EXPECT_EQ(dotted_date_end("2021.06亿元", 0), 0U);
  EXPECT_EQ(dotted_date_end("2024.11美元", 0), 0U);
  EXPECT_EQ(dotted_date_end("2021.03.29.", 0), std::string_view("2021.03.29").size());
  EXPECT_EQ(dotted_date_end("2021.13 → 会晤", 0), 0U);
  EXPECT_EQ(dotted_date_end("2021.035", 0), 0U);
  EXPECT_EQ(dotted_date_end("2021年", 0), 0U);
}

}  // namespace
}  // namespace kg::extract
