// The closed vocabularies of the graph: node types and relation types, with
// their spelling in files, queries and on the command line.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace kg::graph {

enum class NodeType { Country, Region, Organization, Initiative, Event, Person, Year };

enum class RelationType {
  Proposed,
  Issued,
  Adopted,
  Signed,
  Rejected,
  MemberOf,
  CooperatesWith,
  Supports,
  Opposes,
  Hosted,
  ParticipatedIn,
  Leads,
  InYear,
};

inline constexpr std::array kAllNodeTypes = {
    NodeType::Country, NodeType::Region, NodeType::Organization, NodeType::Initiative,
    NodeType::Event,   NodeType::Person, NodeType::Year,
};

inline constexpr std::array kAllRelationTypes = {
    RelationType::Proposed, RelationType::Issued,   RelationType::Adopted,        RelationType::Signed,
    RelationType::Rejected, RelationType::MemberOf, RelationType::CooperatesWith, RelationType::Supports,
    RelationType::Opposes,  RelationType::Hosted,   RelationType::ParticipatedIn, RelationType::Leads,
    RelationType::InYear,
};

// "Country", "Organization", ... as in the annotation guide.
std::string_view to_string(NodeType type);
// "PROPOSED", "MEMBER_OF", ... as in the annotation guide.
std::string_view to_string(RelationType type);

// Exact spelling only: a file or query that says "country" is wrong, and the
// caller reports it with its position rather than guessing.
std::optional<NodeType> parse_node_type(std::string_view text);
std::optional<RelationType> parse_relation_type(std::string_view text);

// The languages a node is named in besides its canonical name (NodeData's
// name_en, name_zh), and that --lang picks for display.
enum class Language { English, Chinese };

// "en", "zh": the spelling on the command line and in files.
std::string_view to_string(Language language);
// Exact spelling only ("en", "zh").
std::optional<Language> parse_language(std::string_view text);
// The language a name's script says it is in: Chinese when it has a Han
// character, English when its letters are all Latin, else none (a number, a
// name in Cyrillic or Arabic script).
std::optional<Language> language_of_script(std::string_view name);

// COOPERATES_WITH holds in both directions; the others read subject -> object.
constexpr bool is_symmetric(RelationType type) { return type == RelationType::CooperatesWith; }

}  // namespace kg::graph
