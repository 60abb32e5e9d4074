// Spelling of node and relation types.
#include "graph/types.h"

namespace kg::graph {

std::string_view to_string(NodeType type) {
  switch (type) {
    case NodeType::Country:
      return "Country";
    case NodeType::Region:
      return "Region";
    case NodeType::Organization:
      return "Organization";
    case NodeType::Initiative:
      return "Initiative";
    case NodeType::Event:
      return "Event";
    case NodeType::Person:
      return "Person";
    case NodeType::Year:
      return "Year";
  }
  return "?";
}

std::string_view to_string(RelationType type) {
  switch (type) {
    case RelationType::Proposed:
      return "PROPOSED";
    case RelationType::Issued:
      return "ISSUED";
    case RelationType::Adopted:
      return "ADOPTED";
    case RelationType::Signed:
      return "SIGNED";
    case RelationType::Rejected:
      return "REJECTED";
    case RelationType::MemberOf:
      return "MEMBER_OF";
    case RelationType::CooperatesWith:
      return "COOPERATES_WITH";
    case RelationType::Supports:
      return "SUPPORTS";
    case RelationType::Opposes:
      return "OPPOSES";
    case RelationType::Hosted:
      return "HOSTED";
    case RelationType::ParticipatedIn:
      return "PARTICIPATED_IN";
    case RelationType::Leads:
      return "LEADS";
    case RelationType::InYear:
      return "IN_YEAR";
  }
  return "?";
}

std::optional<NodeType> parse_node_type(std::string_view text) {
  for (NodeType type : kAllNodeTypes) {
    if (to_string(type) == text) return type;
  }
  return std::nullopt;
}

std::optional<RelationType> parse_relation_type(std::string_view text) {
  for (RelationType type : kAllRelationTypes) {
    if (to_string(type) == text) return type;
  }
  return std::nullopt;
}

}  // namespace kg::graph
