// A stretch of a sentence that names an entity, as the recognizers find it.
#pragma once

#include <map>
#include <string>

#include "extract/sentences.h"
#include "graph/types.h"

namespace kg::extract {

using Attributes = std::map<std::string, std::string>;
inline const Attributes kNoAttributes;

struct Mention {
  Span span;  // bytes of the normalized text
  graph::NodeType type = graph::NodeType::Organization;
  std::string name;     // canonical
  std::string surface;  // the text as normalized
  std::string origin;   // where the surface form came from: "cldr", "rules", "text", "defined"
  // The gazetteer entity's attributes (iso -> CN); none for a name found by
  // its shape. Shared, not copied: the gazetteer outlives its mentions.
  const Attributes* attributes = &kNoAttributes;
  // Inside a longer name (联合国 in 《联合国打击网络犯罪公约》): the entity is
  // mentioned, but the longer name is what relations take as argument.
  bool nested = false;
  // A quoted phrase with no sign of what it names: an Initiative only where
  // a relation takes it as its object (发起“中文联盟”), otherwise dropped.
  bool weak = false;
  // One member of a contraction (中 of 中美): several mentions share the span.
  bool contraction = false;
  // A word referring back to a named thing (本届峰会, 该倡议, 同年): read by
  // the relation frames like the name, but no alias or mention of it.
  bool reference = false;
};

}  // namespace kg::extract
