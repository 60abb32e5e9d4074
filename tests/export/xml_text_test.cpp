// XML escaping in content and in attribute values.
#include "export/xml_text.h"

#include <gtest/gtest.h>

namespace kg::exporter {
namespace {

TEST(XmlText, EscapesMarkupCharactersInContent) {
  EXPECT_EQ(xml_escaped("a & b < c > d ]]>", XmlContext::Content), "a &amp; b &lt; c &gt; d ]]&gt;");
}

TEST(XmlText, LeavesQuotesAndLineFeedsInContent) {
  EXPECT_EQ(xml_escaped("\"x\" 'y'\n\tz", XmlContext::Content), "\"x\" 'y'\n\tz");
}

TEST(XmlText, EscapesCarriageReturnSoParsersDoNotFoldIt) {
  EXPECT_EQ(xml_escaped("a\r\nb", XmlContext::Content), "a&#13;\nb");
}

TEST(XmlText, EscapesQuotesAndWhitespaceInAttributes) {
  EXPECT_EQ(xml_escaped("\"x\" 'y'\n\t\r&<>", XmlContext::Attribute),
            "&quot;x&quot; &apos;y&apos;&#10;&#9;&#13;&amp;&lt;&gt;");
}

TEST(XmlText, ReplacesCharactersXmlForbids) {
  EXPECT_EQ(xml_escaped("a\x01"
                        "b\xFF",
                        XmlContext::Content),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
}

}  // namespace
}  // namespace kg::exporter
