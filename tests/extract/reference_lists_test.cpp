// Lists whose entries name a document first and say what was done to it
// after: a reference list in author-date style (Council of Europe. 2001.
// Convention on Cybercrime.), with its annotation on the line below, and a
// list's item whose name a dash parts from its participle (- X (2023) —
// announced by Y). Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/facts.h"

namespace kg::extract {
namespace {

using testing::facts;

// An official document listed under the body that issued it: issued by it in
// the entry's year; its annotation's opening participle acts on it. An author
// part that is a scholar, or bodies and other words, states neither.
TEST(ReferenceLists, AnEntryUnderItsIssuingBody) {
  const auto found = facts(
      "African Union and Council of Europe. 2022. Lima Convention on Ocean Data (ETS No. 301). Lima, 4 May "
      "2022.\n"
      "Opened for signature in Lima, it was ratified by Chile in 2023.\n"
      "\n"
      "Ministry of Foreign Affairs (Chile). 2021. Quito Declaration on Ocean Data.\n");
  EXPECT_TRUE(found.count("非盟 ISSUED Lima Convention on Ocean Data @2022"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("欧洲委员会 ISSUED Lima Convention on Ocean Data @2022"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("Lima Convention on Ocean Data IN_YEAR 2022")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 ADOPTED Lima Convention on Ocean Data @2023"))
      << ::testing::PrintToString(found);
  // (A bracket after a body says whose it is: Chile issued nothing there.)
  EXPECT_FALSE(found.count("智利 ISSUED Quito Declaration on Ocean Data")) << ::testing::PrintToString(found);
  // Nor does a work whose title only opens with the document's name, and its annotation is about no
  // document.
  const auto scholars = facts(
      "Maria Lopez. 2020. Lima Convention on Ocean Data and Its Critics.\n"
      "African Union member states. 2019. Quito Declaration on Ocean Data.\n"
      "\n"
      "African Union. 2023. Lima Convention on Ocean Data faces a new test.\n"
      "Announced by Chile as a model for the region.\n"
      "\n"
      "Lopez, Maria. 2021. Quito Declaration on Ocean Data in Practice.\n"
      "Endorsed by Peru in 2022.\n");
  for (const std::string& fact : scholars) {
    EXPECT_EQ(fact.find(" ISSUED "), std::string::npos) << fact;
    EXPECT_EQ(fact.find(" IN_YEAR "), std::string::npos) << fact;
    EXPECT_EQ(fact.find(" PROPOSED "), std::string::npos) << fact;
    EXPECT_EQ(fact.find(" SIGNED "), std::string::npos) << fact;
  }
}

// A list's item: its name (a bullet before it, a date in brackets after it),
// a dash, then a participle whose agent acted on the item; not in running
// text, where a dash parts two clauses.
TEST(ReferenceLists, AnItemsParticipleAfterADash) {
  const auto found = facts(
      "Mentioned in this episode\n"
      "- Lima Convention on Ocean Data (2022) — adopted by the African Union in Lima.\n"
      "- Quito Declaration on Ocean Data — announced by Chile at the Quito Forum.\n");
  EXPECT_TRUE(found.count("非盟 ADOPTED Lima Convention on Ocean Data")) << ::testing::PrintToString(found);
  EXPECT_TRUE(found.count("智利 PROPOSED Quito Declaration on Ocean Data"))
      << ::testing::PrintToString(found);
  const auto prose = facts(
      "We discussed the Lima Convention on Ocean Data at length — adopted by Chile, it seems — and moved "
      "on.\n"
      "- Quito Convention on Ocean Data — ratified by Peru? No: only signed.\n");
  for (const std::string& fact : prose) EXPECT_EQ(fact.find(" ADOPTED "), std::string::npos) << fact;
}

}  // namespace
}  // namespace kg::extract
