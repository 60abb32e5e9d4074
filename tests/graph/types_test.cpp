#include "graph/types.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

TEST(Types, EveryNodeTypeRoundTripsThroughItsName) {
  for (NodeType type : kAllNodeTypes) EXPECT_EQ(parse_node_type(to_string(type)), type);
  EXPECT_EQ(to_string(NodeType::Organization), "Organization");
}

TEST(Types, EveryRelationRoundTripsThroughItsName) {
  for (RelationType type : kAllRelationTypes) EXPECT_EQ(parse_relation_type(to_string(type)), type);
  EXPECT_EQ(to_string(RelationType::CooperatesWith), "COOPERATES_WITH");
  EXPECT_EQ(kAllRelationTypes.size(), 13u);
}

TEST(Types, NamesAreExactNotCaseFolded) {
  EXPECT_FALSE(parse_node_type("country"));
  EXPECT_FALSE(parse_relation_type("proposed"));
  EXPECT_FALSE(parse_relation_type(""));
}

}  // namespace
}  // namespace kg::graph
