// Escaping text for XML 1.0 element content and attribute values.
#pragma once

#include <string>
#include <string_view>

namespace kg::exporter {

enum class XmlContext { Content, Attribute };

// Appends `text` to `out` as valid_text() makes it, escaped so that an XML
// parser reads back exactly that text. In content: & < > and carriage return
// (which parsers would otherwise fold into a line feed). In an attribute also
// " ' tab and line feed, which attribute-value normalisation would turn into
// spaces.
void append_xml_escaped(std::string& out, std::string_view text, XmlContext context);

std::string xml_escaped(std::string_view text, XmlContext context);

}  // namespace kg::exporter
