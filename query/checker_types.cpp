// Static types of expressions and the kinds of values they stand for.
#include "query/checker_types.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "query/checker.h"
#include "query/functions.h"

namespace kg::query {

unsigned kinds_of(Type type) {
  switch (type) {
    case Type::Any:
      return kAnyKind;
    case Type::Bool:
      return kBoolKind;
    case Type::Number:
      return kNumberKinds;
    case Type::String:
      return kStringKind;
    case Type::List:
    case Type::RelationshipList:
      return kListKind;
    case Type::Node:
      return kNodeKind;
    case Type::Relationship:
      return kRelationshipKind;
    case Type::Path:
      return kPathKind;
    case Type::Map:
      return kMapKind;
  }
  return kAnyKind;
}

Type type_of_kinds(unsigned kinds) {
  if ((kinds & ~kNumberKinds) == 0) return Type::Number;
  switch (kinds) {
    case kBoolKind:
      return Type::Bool;
    case kStringKind:
      return Type::String;
    case kListKind:
      return Type::List;
    case kMapKind:
      return Type::Map;
    case kNodeKind:
      return Type::Node;
    case kRelationshipKind:
      return Type::Relationship;
    case kPathKind:
      return Type::Path;
    default:
      return Type::Any;
  }
}

std::string type_name(Type type) {
  switch (type) {
    case Type::Bool:
      return "a boolean";
    case Type::Number:
      return "a number";
    case Type::String:
      return "a string";
    case Type::List:
    case Type::RelationshipList:
      return "a list";
    case Type::Node:
      return "a node";
    case Type::Relationship:
      return "a relationship";
    case Type::Path:
      return "a path";
    case Type::Map:
      return "a map";
    default:
      return "a value";
  }
}

}  // namespace kg::query
