// XML escaping by character references, over text made valid first.
#include "export/xml_text.h"

#include "export/valid_text.h"

namespace kg::exporter {

void append_xml_escaped(std::string& out, std::string_view text, XmlContext context) {
  const bool attribute = context == XmlContext::Attribute;
  for (char c : valid_text(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      // Needed only in "]]>", escaped everywhere so no context can go wrong.
      case '>':
        out += "&gt;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&apos;" : "'";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      default:
        out += c;
    }
  }
}

std::string xml_escaped(std::string_view text, XmlContext context) {
  std::string out;
  append_xml_escaped(out, text, context);
  return out;
}

}  // namespace kg::exporter
