// Prints the Chinese country names kg knows, one a line, for `grep -F -f`:
// the gazetteer's canonical country names and CLDR's zh display names.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <iostream>
#include <set>
#include <string>

#include "extract/gazetteer.h"
#include "extract/rule_pack.h"

int main() {
  const kg::extract::RulePack pack = kg::extract::default_rule_pack();
  const kg::extract::Gazetteer gazetteer(pack);
  std::set<std::string> names;
  for (std::uint32_t id = 0; id < gazetteer.entity_count(); ++id) {
    const auto& entity = gazetteer.entity(id);
    if (entity.type == kg::graph::NodeType::Country) names.insert(entity.name);
  }
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    icu::UnicodeString name;
    icu::Locale("", *code).getDisplayCountry(icu::Locale("zh"), name);
    std::string utf8;
    name.toUTF8String(utf8);
    if (utf8 != *code) names.insert(utf8);
  }
  for (const std::string& name : names) std::cout << name << "\n";
}
