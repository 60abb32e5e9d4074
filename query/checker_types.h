// The checker's static types of expressions, and how they map onto the
// kinds of values functions accept (query/functions.h). Internal to the checker.
#pragma once

#include <string>

namespace kg::query {

enum class Type { Any, Bool, Number, String, List, Node, Relationship, RelationshipList, Path, Map };

// The kinds (query/functions.h's bits) a value of static type `type` may be.
unsigned kinds_of(Type type);
// The static type of a value of these kinds: Any unless they are one type's.
Type type_of_kinds(unsigned kinds);
// "a string", "a number", ...: for error messages.
std::string type_name(Type type);

}  // namespace kg::query
