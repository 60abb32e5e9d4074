#include "extract/furniture.h"

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

std::string blanked(std::string text) {
  const std::size_t size = text.size();
  blank_furniture(text);
  EXPECT_EQ(text.size(), size);
  return text;
}

std::string spaces(std::size_t n) { return std::string(n, ' '); }
// As many spaces as `text` has bytes.
std::string spaces(std::string_view text) { return spaces(text.size()); }

TEST(Furniture, MarkdownImageIsBlankedWhole) {
  EXPECT_EQ(blanked("见![中国地图](https://a.org/map.png)图"),
            "见" + spaces("![中国地图](https://a.org/map.png)") + "图");
}

TEST(Furniture, MarkdownLinkKeepsItsTextOnly) {
  EXPECT_EQ(blanked("据[联合国](https://un.org/zh)报道"),
            "据 联合国" + spaces("](https://un.org/zh)") + "报道");
  EXPECT_EQ(blanked("[Wiki](https://en.wikipedia.org/wiki/G20_(summit))."),
            " Wiki" + spaces("](https://en.wikipedia.org/wiki/G20_(summit))") + ".");
  EXPECT_EQ(blanked("[注释1] 不是链接"), "[注释1] 不是链接");
}

TEST(Furniture, HtmlTagsCommentsAndReferencesAreBlanked) {
  EXPECT_EQ(blanked("<p class=\"lead\">中国&nbsp;美国</p>"),
            spaces(16) + "中国" + spaces(6) + "美国" + spaces(4));
  EXPECT_EQ(blanked("<!-- 俄罗斯 -->欧盟"), spaces("<!-- 俄罗斯 -->") + "欧盟");
  EXPECT_EQ(blanked("a<br/>b&#8220;c&#x4E2D;d"), "a" + spaces(5) + "b" + spaces(7) + "c" + spaces(8) + "d");
  EXPECT_EQ(blanked("<a title=\"x > y\">东盟</a>"), spaces(17) + "东盟" + spaces(4));
}

TEST(Furniture, ScriptAndStyleContentIsBlanked) {
  EXPECT_EQ(blanked("<script>var 美国 = 1;</script>日本"), spaces("<script>var 美国 = 1;</script>") + "日本");
  EXPECT_EQ(blanked("<STYLE>p{}</STYLE>韩国"), spaces(18) + "韩国");
}

TEST(Furniture, TextThatOnlyLooksLikeMarkupStays) {
  for (const char* text :
       {"1<2 且 3>2", "AT&T 与 R&D", "《中国》<中国>", "邮箱@用户 说", "a < b", "www.", "http://"}) {
    EXPECT_EQ(blanked(text), text);
  }
}

TEST(Furniture, NewlinesSurviveBlanking) {
  EXPECT_EQ(blanked("<div\nclass=\"x\">中国</div>"), spaces(4) + "\n" + spaces(10) + "中国" + spaces(6));
}

TEST(Furniture, FrontMatterAtTheTopIsBlanked) {
  EXPECT_EQ(blanked("---\ntitle: 美国\n---\n正文"),
            spaces(3) + "\n" + spaces(13) + "\n" + spaces(3) + "\n正文");
  EXPECT_EQ(blanked("---\ntags: [a]\n...\n正文"), spaces(3) + "\n" + spaces(9) + "\n" + spaces(3) + "\n正文");
  EXPECT_EQ(blanked("---\n没有结束的分隔线"), "---\n没有结束的分隔线");
  EXPECT_EQ(blanked("正文\n---\n美国\n---\n"), "正文\n---\n美国\n---\n");  // not at the top
}

TEST(Furniture, BareUrlsAreBlankedUpToTheText) {
  EXPECT_EQ(blanked("访问https://www.gov.cn/zhengce/了解"), "访问" + spaces(27) + "了解");
  EXPECT_EQ(blanked("See http://example.org/a?b=1."), "See" + spaces(25) + ".");
  EXPECT_EQ(blanked("(见 www.cac.gov.cn)"), "(见" + spaces(15) + ")");
  EXPECT_EQ(blanked("HTTPS://X.ORG/Y, then"), spaces(15) + ", then");
}

TEST(Furniture, EmailAddressesAreBlanked) {
  EXPECT_EQ(blanked("联系 info@cac.gov.cn 获取"), "联系" + spaces(17) + "获取");
  EXPECT_EQ(blanked("mail a.b-c@un.org."), "mail" + spaces(13) + ".");
}

}  // namespace
}  // namespace kg::extract
