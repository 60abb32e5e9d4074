// Loading and validating rule files. Each value is checked as it is read, and
// an error names the file and the JSON pointer of the value.
#include "extract/rule_pack.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <mutex>

#include "base/errors.h"
#include "base/json_pointer.h"
#include "base/json_reader.h"
#include "base/whole_file.h"

namespace kg::extract {
namespace internal {
const std::vector<std::pair<std::string, std::string_view>>& embedded_rule_files();
}  // namespace internal

namespace {

using Value = rapidjson::Value;

// Reads one file's values, failing with the file and JSON pointer. A rule's
// strings are never empty: an empty word would match everywhere.
class RuleReader : public JsonReader {
 public:
  using JsonReader::JsonReader;

  std::string string(const Value& value, const std::string& at) const {
    if (!value.IsString() || value.GetStringLength() == 0) fail(at, "expected a non-empty string");
    return std::string(value.GetString(), value.GetStringLength());
  }

  std::vector<std::string> strings(const Value& value, const std::string& at) const {
    if (!value.IsArray()) fail(at, "expected an array of strings");
    std::vector<std::string> out;
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
      out.push_back(string(value[i], at + "/" + std::to_string(i)));
    }
    return out;
  }

  std::map<std::string, std::string> string_map(const Value& value, const std::string& at) const {
    if (!value.IsObject()) fail(at, "expected an object of strings");
    object(value, at);  // no key twice
    std::map<std::string, std::string> out;
    for (const auto& member : value.GetObject()) {
      std::string key(member.name.GetString(), member.name.GetStringLength());
      out[key] = string(member.value, json_pointer_child(at, key));
    }
    return out;
  }

  // Checks that an object has only the keys named, to catch typos in rule files.
  // A key given twice is an error too.
  void only_keys(const Value& value, const std::string& at, const std::vector<std::string_view>& keys) const {
    object(value, at);
    for (const auto& member : value.GetObject()) {
      std::string_view key(member.name.GetString(), member.name.GetStringLength());
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        std::string known;
        for (std::string_view k : keys) known += (known.empty() ? "" : ", ") + std::string(k);
        fail(json_pointer_child(at, key), "unknown key (expected one of: " + known + ")");
      }
    }
  }

  graph::NodeType node_type(const Value& value, const std::string& at) const {
    std::string name = string(value, at);
    auto type = graph::parse_node_type(name);
    if (!type) fail(at, "unknown node type \"" + name + "\"");
    return *type;
  }

  std::vector<graph::NodeType> node_types(const Value& value, const std::string& at) const {
    array(value, at);
    std::vector<graph::NodeType> out;
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
      out.push_back(node_type(value[i], at + "/" + std::to_string(i)));
    }
    return out;
  }
};

const Value* find(const Value& object, const char* key) { return JsonReader::find(object, key); }

// The keys a section may have: those of its lists and of its character sets.
template <std::size_t kLists, std::size_t kSets>
std::vector<std::string_view> keys_of(
    const std::pair<const char*, std::vector<std::string>*> (&lists)[kLists],
    const std::pair<const char*, std::string*> (&sets)[kSets]) {
  std::vector<std::string_view> keys;
  for (const auto& list : lists) keys.emplace_back(list.first);
  for (const auto& set : sets) keys.push_back(set.first);
  return keys;
}

void append(std::vector<std::string>& into, std::vector<std::string> more) {
  into.insert(into.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

void read_entities(const RuleReader& in, const Value& list, RulePack& pack) {
  in.array(list, "/entities");
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const std::string at = "/entities/" + std::to_string(i);
    const Value& item = in.object(list[i], at);
    in.only_keys(item, at, {"name", "type", "aliases", "attributes"});
    GazetteerEntry entry;
    const Value* name = find(item, "name");
    const Value* type = find(item, "type");
    if (!name) in.fail(at, "missing \"name\"");
    if (!type) in.fail(at, "missing \"type\"");
    entry.name = in.string(*name, at + "/name");
    entry.type = in.node_type(*type, at + "/type");
    if (entry.type == graph::NodeType::Year) in.fail(at + "/type", "years are found in the text, not listed");
    if (const Value* aliases = find(item, "aliases")) entry.aliases = in.strings(*aliases, at + "/aliases");
    if (const Value* attributes = find(item, "attributes")) {
      entry.attributes = in.string_map(*attributes, at + "/attributes");
    }
    entry.origin = in.source();
    auto same = std::find_if(pack.entities.begin(), pack.entities.end(), [&](const GazetteerEntry& e) {
      return e.name == entry.name && e.type == entry.type;
    });
    if (same != pack.entities.end())
      *same = std::move(entry);
    else
      pack.entities.push_back(std::move(entry));
  }
}

void read_countries(const RuleReader& in, const Value& list, RulePack& pack) {
  in.array(list, "/countries");
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const std::string at = "/countries/" + std::to_string(i);
    const Value& item = in.object(list[i], at);
    in.only_keys(item, at, {"iso", "name", "type", "aliases", "exclude"});
    CountryOverride country;
    const Value* iso = find(item, "iso");
    if (!iso) in.fail(at, "missing \"iso\"");
    country.iso = in.string(*iso, at + "/iso");
    if (country.iso.size() != 2 ||
        !std::all_of(country.iso.begin(), country.iso.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      in.fail(at + "/iso", "expected an ISO 3166-1 alpha-2 code such as \"CN\"");
    }
    if (const Value* name = find(item, "name")) country.name = in.string(*name, at + "/name");
    if (const Value* type = find(item, "type")) country.type = in.node_type(*type, at + "/type");
    if (const Value* aliases = find(item, "aliases")) country.aliases = in.strings(*aliases, at + "/aliases");
    if (const Value* exclude = find(item, "exclude")) {
      if (!exclude->IsBool()) in.fail(at + "/exclude", "expected true or false");
      country.exclude = exclude->GetBool();
    }
    auto same = std::find_if(pack.countries.begin(), pack.countries.end(),
                             [&](const CountryOverride& c) { return c.iso == country.iso; });
    if (same != pack.countries.end())
      *same = std::move(country);
    else
      pack.countries.push_back(std::move(country));
  }
}

Frame parse_frame(const RuleReader& in, const Value& value, const std::string& at) {
  static const std::map<std::string, Frame, std::less<>> frames = {{"verb", Frame::Verb},
                                                                   {"partner", Frame::Partner},
                                                                   {"title", Frame::Title},
                                                                   {"list_of", Frame::ListOf},
                                                                   {"alliances", Frame::Alliances},
                                                                   {"possessive", Frame::Possessive},
                                                                   {"pair", Frame::Pair},
                                                                   {"venue", Frame::Venue},
                                                                   {"roster", Frame::Roster},
                                                                   {"dated", Frame::Dated},
                                                                   {"held", Frame::Held},
                                                                   {"heading", Frame::Heading},
                                                                   {"date_note", Frame::DateNote},
                                                                   {"named_year", Frame::NamedYear},
                                                                   {"programme", Frame::Programme},
                                                                   {"bracket_members", Frame::BracketMembers},
                                                                   {"table_row", Frame::TableRow},
                                                                   {"chart_row", Frame::ChartRow},
                                                                   {"citation", Frame::Citation},
                                                                   {"record", Frame::Record},
                                                                   {"profile", Frame::Profile},
                                                                   {"en_verb", Frame::EnVerb},
                                                                   {"en_title", Frame::EnTitle},
                                                                   {"en_venue", Frame::EnVenue},
                                                                   {"en_roster", Frame::EnRoster},
                                                                   {"en_dated", Frame::EnDated},
                                                                   {"en_compound", Frame::EnCompound}};
  std::string name = in.string(value, at);
  auto it = frames.find(name);
  if (it == frames.end())
    in.fail(at, "unknown frame \"" + name +
                    "\" (verb, partner, title, list_of, alliances, possessive, pair, venue, roster, dated, "
                    "held, heading, date_note, named_year, programme, bracket_members, table_row, chart_row, "
                    "citation, record, "
                    "profile, en_verb, "
                    "en_title, en_venue, en_roster, en_dated, en_compound)");
  return it->second;
}

void read_relations(const RuleReader& in, const Value& list, RulePack& pack) {
  in.array(list, "/relations");
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const std::string at = "/relations/" + std::to_string(i);
    const Value& item = in.object(list[i], at);
    in.only_keys(
        item, at,
        {"id", "relation", "frame", "triggers", "subject", "object", "object_endings", "adjacent_object",
         "when_refused", "object_markers", "quoted_objects", "unsaid_object", "text_in_focus", "answers_act",
         "co_actors", "inverse", "year_right_after", "received", "destination_objects"});
    RelationRule rule;
    for (const char* key : {"id", "relation", "triggers", "subject", "object"}) {
      if (!find(item, key)) in.fail(at, std::string("missing \"") + key + "\"");
    }
    rule.id = in.string(*find(item, "id"), at + "/id");
    std::string relation = in.string(*find(item, "relation"), at + "/relation");
    auto type = graph::parse_relation_type(relation);
    if (!type) in.fail(at + "/relation", "unknown relation type \"" + relation + "\"");
    rule.relation = *type;
    if (const Value* frame = find(item, "frame")) rule.frame = parse_frame(in, *frame, at + "/frame");
    rule.triggers = in.strings(*find(item, "triggers"), at + "/triggers");
    rule.subject_types = in.node_types(*find(item, "subject"), at + "/subject");
    rule.object_types = in.node_types(*find(item, "object"), at + "/object");
    if (const Value* endings = find(item, "object_endings"))
      rule.object_endings = in.strings(*endings, at + "/object_endings");
    if (const Value* markers = find(item, "object_markers"))
      rule.object_markers = in.strings(*markers, at + "/object_markers");
    if (const Value* refused = find(item, "when_refused")) {
      const std::string name = in.string(*refused, at + "/when_refused");
      rule.when_refused = graph::parse_relation_type(name);
      if (!rule.when_refused) in.fail(at + "/when_refused", "unknown relation type \"" + name + "\"");
    }
    if (const Value* answers = find(item, "answers_act"))
      rule.answers_act = in.strings(*answers, at + "/answers_act");
    if (const Value* unsaid = find(item, "unsaid_object")) {
      if (!unsaid->IsBool()) in.fail(at + "/unsaid_object", "expected true or false");
      rule.unsaid_object = unsaid->GetBool();
    }
    if (const Value* focus = find(item, "text_in_focus")) {
      if (!focus->IsBool()) in.fail(at + "/text_in_focus", "expected true or false");
      rule.text_in_focus = focus->GetBool();
    }
    if (const Value* quoted = find(item, "quoted_objects")) {
      if (!quoted->IsBool()) in.fail(at + "/quoted_objects", "expected true or false");
      rule.quoted_objects = quoted->GetBool();
    }
    if (const Value* co_actors = find(item, "co_actors"))
      rule.co_actors = in.strings(*co_actors, at + "/co_actors");
    if (const Value* right_after = find(item, "year_right_after")) {
      if (!right_after->IsBool()) in.fail(at + "/year_right_after", "expected true or false");
      rule.year_right_after = right_after->GetBool();
    }
    if (const Value* inverse = find(item, "inverse")) {
      if (!inverse->IsBool()) in.fail(at + "/inverse", "expected true or false");
      rule.inverse = inverse->GetBool();
    }
    if (const Value* received = find(item, "received")) {
      if (!received->IsBool()) in.fail(at + "/received", "expected true or false");
      rule.received = received->GetBool();
    }
    if (const Value* destination = find(item, "destination_objects")) {
      if (!destination->IsBool()) in.fail(at + "/destination_objects", "expected true or false");
      rule.destination_objects = destination->GetBool();
    }
    if (const Value* adjacent = find(item, "adjacent_object")) {
      if (!adjacent->IsBool()) in.fail(at + "/adjacent_object", "expected true or false");
      rule.adjacent_object = adjacent->GetBool();
    }
    rule.origin = in.source();
    auto same = std::find_if(pack.relations.begin(), pack.relations.end(),
                             [&](const RelationRule& r) { return r.id == rule.id; });
    if (same != pack.relations.end())
      *same = std::move(rule);
    else
      pack.relations.push_back(std::move(rule));
  }
}

void read_patterns(const RuleReader& in, const Value& value, RulePack& pack) {
  in.object(value, "/patterns");
  PatternRules& p = pack.patterns;
  const std::pair<const char*, std::vector<std::string>*> lists[] = {
      {"initiative_suffixes", &p.initiative_suffixes},
      {"category_words", &p.category_words},
      {"title_exclusions", &p.title_exclusions},
      {"organization_suffixes", &p.organization_suffixes},
      {"anchored_organization_suffixes", &p.anchored_organization_suffixes},
      {"parent_suffixes", &p.parent_suffixes},
      {"event_suffixes", &p.event_suffixes},
      {"session_suffixes", &p.session_suffixes},
      {"body_heads", &p.body_heads},
      {"name_joiners", &p.name_joiners},
      {"title_document_suffixes", &p.title_document_suffixes},
      {"title_kind_words", &p.title_kind_words},
      {"verb_event_suffixes", &p.verb_event_suffixes},
      {"verb_event_openers", &p.verb_event_openers},
      {"person_titles", &p.person_titles},
      {"titles_after_name", &p.titles_after_name},
      {"titles_only_after_name", &p.titles_only_after_name},
      {"unit_word_ends", &p.unit_word_ends},
      {"postpositions", &p.postpositions},
      {"title_qualifiers", &p.title_qualifiers},
      {"title_compound_ends", &p.title_compound_ends},
      {"name_stop_characters", &p.name_stop_characters},
      {"given_name_stops", &p.given_name_stops},
      {"name_stop_words", &p.name_stop_words},
      {"name_words", &p.name_words},
      {"name_qualifiers", &p.name_qualifiers},
      {"suffix_exclusions", &p.suffix_exclusions},
      {"category_before_quote", &p.category_before_quote},
      {"anchored_initiative_suffixes", &p.anchored_initiative_suffixes},
      {"government_suffixes", &p.government_suffixes},
      {"government_qualifiers", &p.government_qualifiers},
      {"edition_words", &p.edition_words},
      {"about_openers", &p.about_openers},
      {"about_descriptors", &p.about_descriptors},
      {"numbered_document_kinds", &p.numbered_document_kinds},
      {"event_verbs", &p.event_verbs},
      {"event_held_verbs", &p.event_held_verbs},
      {"alias_markers", &p.alias_markers},
      {"ordinal_prefixes", &p.ordinal_prefixes},
      {"edition_units", &p.edition_units},
      {"first_editions", &p.first_editions},
      {"treaty_parties", &p.treaty_parties},
      {"number_signs", &p.number_signs},
      {"compound_surnames", &p.compound_surnames},
      {"title_meetings", &p.title_meetings},
      {"document_symbol_openers", &p.document_symbol_openers},
      {"draft_symbol_parts", &p.draft_symbol_parts},
      {"draft_words", &p.draft_words},
      {"year_range_joiners", &p.year_range_joiners},
      {"note_copulas", &p.note_copulas},
      {"programme_roles", &p.programme_roles},
      {"record_name_labels", &p.record_name_labels},
      {"chart_actor_headers", &p.chart_actor_headers},
      {"post_ordinals", &p.post_ordinals},
      {"box_labels", &p.box_labels}};
  const std::pair<const char*, std::string*> character_sets[] = {
      {"transliteration_characters", &p.transliteration_characters}, {"surnames", &p.surnames}};
  in.only_keys(value, "/patterns", keys_of(lists, character_sets));
  for (const auto& [key, list] : lists) {
    if (const Value* item = find(value, key))
      append(*list, in.strings(*item, std::string("/patterns/") + key));
  }
  for (const auto& [key, set] : character_sets) {
    if (const Value* item = find(value, key)) *set += in.string(*item, std::string("/patterns/") + key);
  }
}

void read_modifiers(const RuleReader& in, const Value& value, RulePack& pack) {
  in.object(value, "/modifiers");
  ModifierRules& m = pack.modifiers;
  const std::pair<const char*, std::vector<std::string>*> lists[] = {
      {"negations", &m.negations},
      {"refusals", &m.refusals},
      {"modal", &m.modal},
      {"modal_exceptions", &m.modal_exceptions},
      {"announcements", &m.announcements},
      {"announcers", &m.announcers},
      {"verb_particles", &m.verb_particles},
      {"predicate_links", &m.predicate_links},
      {"event_parts", &m.event_parts},
      {"dateline_ends", &m.dateline_ends},
      {"passive_markers", &m.passive_markers},
      {"partner_markers", &m.partner_markers},
      {"partner_marker_verbs", &m.partner_marker_verbs},
      {"acting_together", &m.acting_together},
      {"joint_markers", &m.joint_markers},
      {"appointments", &m.appointments},
      {"deputies", &m.deputies},
      {"place_nouns", &m.place_nouns},
      {"this_refs", &m.this_refs},
      {"pivot_words", &m.pivot_words},
      {"roster_openers", &m.roster_openers},
      {"inclusion_openers", &m.inclusion_openers},
      {"under_openers", &m.under_openers},
      {"under_closers", &m.under_closers},
      {"member_openers", &m.member_openers},
      {"member_closers", &m.member_closers},
      {"other_words", &m.other_words},
      {"roster_links", &m.roster_links},
      {"coordinators", &m.coordinators},
      {"attribution", &m.attribution},
      {"determiners", &m.determiners},
      {"instrumental", &m.instrumental},
      {"venue_openers", &m.venue_openers},
      {"venue_parts", &m.venue_parts},
      {"hosting_verbs", &m.hosting_verbs},
      {"adopting_in_verbs", &m.adopting_in_verbs},
      {"adverbs", &m.adverbs},
      {"list_ends", &m.list_ends},
      {"actor_heads", &m.actor_heads},
      {"process_nouns", &m.process_nouns},
      {"adjunct_openers", &m.adjunct_openers},
      {"not_openers", &m.not_openers},
      {"adjunct_qualifiers", &m.adjunct_qualifiers},
      {"clause_openers", &m.clause_openers},
      {"clause_verbs", &m.clause_verbs},
      {"control_verbs", &m.control_verbs},
      {"generic_actors", &m.generic_actors},
      {"quantifiers", &m.quantifiers},
      {"list_closers", &m.list_closers},
      {"approximations", &m.approximations},
      {"group_nouns", &m.group_nouns},
      {"group_delegates", &m.group_delegates},
      {"accompanying_markers", &m.accompanying_markers},
      {"subordinating_openers", &m.subordinating_openers},
      {"copulas", &m.copulas},
      {"cleft_links", &m.cleft_links},
      {"becoming_verbs", &m.becoming_verbs},
      {"membership_qualifiers", &m.membership_qualifiers},
      {"destination_prepositions", &m.destination_prepositions},
      {"trade_nouns", &m.trade_nouns},
      {"relative_particles", &m.relative_particles},
      {"perfective_particles", &m.perfective_particles},
      {"time_prepositions", &m.time_prepositions},
      {"time_edges", &m.time_edges},
      {"place_prepositions", &m.place_prepositions},
      {"place_postpositions", &m.place_postpositions}};
  const std::pair<const char*, std::string*> character_sets[] = {
      {"edition_characters", &m.edition_characters}};
  in.only_keys(value, "/modifiers", keys_of(lists, character_sets));
  for (const auto& [key, list] : lists) {
    if (const Value* item = find(value, key))
      append(*list, in.strings(*item, std::string("/modifiers/") + key));
  }
  for (const auto& [key, set] : character_sets) {
    if (const Value* item = find(value, key)) *set += in.string(*item, std::string("/modifiers/") + key);
  }
}

void read_english(const RuleReader& in, const Value& value, RulePack& pack) {
  in.object(value, "/english");
  EnglishRules& e = pack.english;
  const std::pair<const char*, std::vector<std::string>*> lists[] = {
      {"opening_kinds", &e.opening_kinds},
      {"topic_connectors", &e.topic_connectors},
      {"name_connectors", &e.name_connectors},
      {"not_name_starts", &e.not_name_starts},
      {"person_titles", &e.person_titles},
      {"leader_titles", &e.leader_titles},
      {"deputy_words", &e.deputy_words},
      {"appointment_verbs", &e.appointment_verbs},
      {"honorifics", &e.honorifics},
      {"programme_roles", &e.programme_roles},
      {"name_particles", &e.name_particles},
      {"possessive_name_words", &e.possessive_name_words},
      {"surnames_first", &e.surnames_first},
      {"byline_openers", &e.byline_openers},
      {"person_agents", &e.person_agents},
      {"person_roles", &e.person_roles},
      {"person_verbs", &e.person_verbs},
      {"person_appositions", &e.person_appositions},
      {"person_determiners", &e.person_determiners},
      {"person_not_last", &e.person_not_last},
      {"name_suffixes", &e.name_suffixes},
      {"government_words", &e.government_words},
      {"seat_not_after", &e.seat_not_after},
      {"seat_not_before", &e.seat_not_before},
      {"negations", &e.negations},
      {"refusals", &e.refusals},
      {"refusal_nouns", &e.refusal_nouns},
      {"hedges", &e.hedges},
      {"urging", &e.urging},
      {"adverbs", &e.adverbs},
      {"connectors", &e.connectors},
      {"list_openers", &e.list_openers},
      {"number_words", &e.number_words},
      {"group_nouns", &e.group_nouns},
      {"quantities", &e.quantities},
      {"passive_agents", &e.passive_agents},
      {"passive_auxiliaries", &e.passive_auxiliaries},
      {"people_verbs", &e.people_verbs},
      {"profile_stops", &e.profile_stops},
      {"relative_pronouns", &e.relative_pronouns},
      {"adjunct_prepositions", &e.adjunct_prepositions},
      {"also_subjects", &e.also_subjects},
      {"like_subjects", &e.like_subjects},
      {"member_tails", &e.member_tails},
      {"collective_heads", &e.collective_heads},
      {"agent_heads", &e.agent_heads},
      {"agent_links", &e.agent_links},
      {"venue_clauses", &e.venue_clauses},
      {"venue_acts", &e.venue_acts},
      {"venue_parts", &e.venue_parts},
      {"roster_verbs", &e.roster_verbs},
      {"clause_ends", &e.clause_ends},
      {"time_adjuncts", &e.time_adjuncts},
      {"manner_adjuncts", &e.manner_adjuncts},
      {"span_openers", &e.span_openers},
      {"attributive_words", &e.attributive_words},
      {"title_times", &e.title_times},
      {"title_introducers", &e.title_introducers},
      {"title_prefixes", &e.title_prefixes},
      {"ellipsis_openers", &e.ellipsis_openers},
      {"ordinal_infinitives", &e.ordinal_infinitives},
      {"ordinal_copulas", &e.ordinal_copulas},
      {"among_copulas", &e.among_copulas},
      {"descriptive_kinds", &e.descriptive_kinds},
      {"place_openers", &e.place_openers},
      {"event_nouns", &e.event_nouns},
      {"edition_ordinals", &e.edition_ordinals},
      {"edition_meetings", &e.edition_meetings},
      {"descriptive_topic_ends", &e.descriptive_topic_ends},
      {"descriptive_not_after", &e.descriptive_not_after},
      {"descriptive_generic_topics", &e.descriptive_generic_topics},
      {"barriers", &e.barriers}};
  std::vector<std::string_view> keys{"kind_words", "demonyms", "seats_of_government"};
  for (const auto& list : lists) keys.emplace_back(list.first);
  in.only_keys(value, "/english", keys);
  for (const auto& [key, list] : lists) {
    if (const Value* item = find(value, key))
      append(*list, in.strings(*item, std::string("/english/") + key));
  }
  // Descriptive kinds are matched word by word against lowercased words.
  for (std::size_t i = 0; i < e.descriptive_kinds.size(); ++i) {
    const std::string& kind = e.descriptive_kinds[i];
    const bool plain =
        !kind.starts_with(' ') && !kind.ends_with(' ') && kind.find("  ") == std::string::npos &&
        std::all_of(kind.begin(), kind.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == ' '; });
    if (!plain)
      in.fail("/english/descriptive_kinds/" + std::to_string(i),
              "\"" + kind + "\": a descriptive kind is lowercase words separated by single spaces");
  }
  if (const Value* kinds = find(value, "kind_words")) {
    in.object(*kinds, "/english/kind_words");
    for (const auto& member : kinds->GetObject()) {
      const std::string type_name(member.name.GetString(), member.name.GetStringLength());
      const std::string at = json_pointer_child("/english/kind_words", type_name);
      const auto type = graph::parse_node_type(type_name);
      if (!type) in.fail(at, "unknown node type \"" + type_name + "\"");
      for (std::string& word : in.strings(member.value, at)) e.kind_words[std::move(word)] = *type;
    }
  }
  if (const Value* demonyms = find(value, "demonyms")) {
    for (auto& [demonym, country] : in.string_map(*demonyms, "/english/demonyms"))
      e.demonyms[demonym] = country;
  }
  if (const Value* seats = find(value, "seats_of_government")) {
    for (auto& [seat, state] : in.string_map(*seats, "/english/seats_of_government"))
      e.seats_of_government[seat] = state;
  }
}

void read_references(const RuleReader& in, const Value& value, RulePack& pack) {
  in.object(value, "/references");
  in.only_keys(value, "/references",
               {"years", "entities", "determiners", "bare_openers", "pair_joiners", "party_definitions",
                "party_terms", "bare_window", "organ_words", "author_prefixes", "author_name_joiners",
                "voice_labels", "own_country_words"});
  ReferenceRules& r = pack.references;
  // Before the entries, which may name nouns to put them before.
  if (const Value* determiners = find(value, "determiners")) {
    append(r.determiners, in.strings(*determiners, "/references/determiners"));
  }
  if (const Value* years = find(value, "years")) {
    in.array(*years, "/references/years");
    for (rapidjson::SizeType i = 0; i < years->Size(); ++i) {
      const std::string at = "/references/years/" + std::to_string(i);
      const Value& item = in.object((*years)[i], at);
      in.only_keys(item, at, {"words", "offset"});
      if (!find(item, "words") || !find(item, "offset")) in.fail(at, "expected \"words\" and \"offset\"");
      const Value& offset = *find(item, "offset");
      if (!offset.IsInt() || offset.GetInt() < -10 || offset.GetInt() > 10) {
        in.fail(at + "/offset", "expected a whole number from -10 to 10");
      }
      for (std::string& word : in.strings(*find(item, "words"), at + "/words")) {
        r.years.push_back({std::move(word), offset.GetInt()});
      }
    }
  }
  if (const Value* list = find(value, "entities")) {
    in.array(*list, "/references/entities");
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      const std::string at = "/references/entities/" + std::to_string(i);
      const Value& item = in.object((*list)[i], at);
      in.only_keys(item, at,
                   {"words", "nouns", "type", "pair_of", "kinds", "bare", "before", "not_before", "not_after",
                    "most_named", "current", "speaker", "author", "defined_only", "prefer_subject",
                    "within_paragraph", "subject_only"});
      EntityReference reference;
      if (!find(item, "words") && !find(item, "nouns")) in.fail(at, "missing \"words\" or \"nouns\"");
      if (const Value* words = find(item, "words")) reference.words = in.strings(*words, at + "/words");
      if (const Value* nouns = find(item, "nouns")) {
        for (const std::string& noun : in.strings(*nouns, at + "/nouns")) {
          for (const std::string& determiner : r.determiners) {
            std::string word = determiner + noun;
            if (std::find(reference.words.begin(), reference.words.end(), word) == reference.words.end()) {
              reference.words.push_back(std::move(word));
            }
          }
        }
      }
      if (const Value* type = find(item, "type")) {
        if (type->IsArray()) {
          for (rapidjson::SizeType t = 0; t < type->Size(); ++t) {
            reference.types.push_back(in.node_type((*type)[t], at + "/type/" + std::to_string(t)));
          }
          if (reference.types.empty()) in.fail(at + "/type", "expected at least one node type");
        } else if (!(type->IsString() && std::string_view(type->GetString()) == "pair")) {
          reference.types.push_back(in.node_type(*type, at + "/type"));
        }
      } else {
        in.fail(at, "missing \"type\" (a node type, a list of them, or \"pair\" for 双方)");
      }
      if (const Value* pair_of = find(item, "pair_of")) {
        if (!reference.types.empty()) in.fail(at + "/pair_of", "only a \"pair\" reference has \"pair_of\"");
        for (const std::string& name : in.strings(*pair_of, at + "/pair_of")) {
          const auto type = graph::parse_node_type(name);
          if (!type) in.fail(at + "/pair_of", "unknown node type \"" + name + "\"");
          reference.pair_of.push_back(*type);
        }
      }
      if (const Value* kinds = find(item, "kinds")) reference.kinds = in.strings(*kinds, at + "/kinds");
      if (const Value* before = find(item, "before")) reference.before = in.strings(*before, at + "/before");
      if (const Value* not_before = find(item, "not_before"))
        reference.not_before = in.strings(*not_before, at + "/not_before");
      if (const Value* not_after = find(item, "not_after"))
        reference.not_after = in.strings(*not_after, at + "/not_after");
      if (const Value* bare = find(item, "bare")) {
        if (!bare->IsBool()) in.fail(at + "/bare", "expected true or false");
        reference.bare = bare->GetBool();
      }
      if (const Value* most = find(item, "most_named")) {
        if (!most->IsBool()) in.fail(at + "/most_named", "expected true or false");
        reference.most_named = most->GetBool();
      }
      if (const Value* current = find(item, "current")) {
        using Present = EntityReference::Present;
        if (current->IsBool()) {
          reference.current = current->GetBool() ? Present::always : Present::no;
        } else if (current->IsString() && current->GetString() == std::string_view("past_paragraph")) {
          reference.current = Present::past_paragraph;
        } else {
          in.fail(at + "/current", "expected true, false or \"past_paragraph\"");
        }
      }
      if (const Value* speaker = find(item, "speaker")) {
        if (!speaker->IsBool()) in.fail(at + "/speaker", "expected true or false");
        reference.speaker = speaker->GetBool();
      }
      if (const Value* subject = find(item, "prefer_subject")) {
        if (!subject->IsBool()) in.fail(at + "/prefer_subject", "expected true or false");
        reference.prefer_subject = subject->GetBool();
      }
      if (const Value* paragraph = find(item, "within_paragraph")) {
        if (!paragraph->IsBool()) in.fail(at + "/within_paragraph", "expected true or false");
        reference.within_paragraph = paragraph->GetBool();
      }
      if (const Value* subject = find(item, "subject_only")) {
        if (!subject->IsBool()) in.fail(at + "/subject_only", "expected true or false");
        reference.subject_only = subject->GetBool();
      }
      if (const Value* author = find(item, "author")) {
        if (!author->IsBool()) in.fail(at + "/author", "expected true or false");
        reference.author = author->GetBool();
      }
      if (const Value* defined = find(item, "defined_only")) {
        if (!defined->IsBool()) in.fail(at + "/defined_only", "expected true or false");
        if (!reference.types.empty())
          in.fail(at + "/defined_only", "only a \"pair\" reference is \"defined_only\"");
        reference.defined_only = defined->GetBool();
      }
      r.entities.push_back(std::move(reference));
    }
  }
  if (const Value* openers = find(value, "bare_openers"))
    append(r.bare_openers, in.strings(*openers, "/references/bare_openers"));
  if (const Value* joiners = find(value, "pair_joiners"))
    append(r.pair_joiners, in.strings(*joiners, "/references/pair_joiners"));
  if (const Value* definitions = find(value, "party_definitions"))
    append(r.party_definitions, in.strings(*definitions, "/references/party_definitions"));
  if (const Value* terms = find(value, "party_terms"))
    append(r.party_terms, in.strings(*terms, "/references/party_terms"));
  if (const Value* organs = find(value, "organ_words"))
    append(r.organ_words, in.strings(*organs, "/references/organ_words"));
  if (const Value* prefixes = find(value, "author_prefixes"))
    append(r.author_prefixes, in.strings(*prefixes, "/references/author_prefixes"));
  if (const Value* joiners = find(value, "author_name_joiners"))
    append(r.author_name_joiners, in.strings(*joiners, "/references/author_name_joiners"));
  if (const Value* labels = find(value, "voice_labels"))
    append(r.voice_labels, in.strings(*labels, "/references/voice_labels"));
  if (const Value* own = find(value, "own_country_words"))
    append(r.own_country_words, in.strings(*own, "/references/own_country_words"));
  if (const Value* window = find(value, "bare_window")) {
    if (!window->IsInt() || window->GetInt() < 0 || window->GetInt() > 100) {
      in.fail("/references/bare_window", "expected a whole number from 0 to 100");
    }
    r.bare_window = window->GetInt();
  }
}

}  // namespace

void add_rules(RulePack& pack, std::string_view json, const std::string& source) {
  const rapidjson::Document root = parse_json(json, source, JsonSyntax::kHandWritten);
  RuleReader in(source);
  in.object(root, "/");
  in.only_keys(root, "",
               {"entities", "countries", "abbreviations", "context_after", "never", "single_after",
                "single_abbreviations", "ambiguous_sides", "word_forms", "generic", "patterns", "relations",
                "modifiers", "references", "vocabulary", "english", "comment"});
  // Validate the whole file into a copy first: a bad file changes nothing.
  RulePack updated = pack;
  if (const Value* v = find(root, "entities")) read_entities(in, *v, updated);
  if (const Value* v = find(root, "countries")) read_countries(in, *v, updated);
  if (const Value* v = find(root, "abbreviations")) {
    for (auto& [abbreviation, name] : in.string_map(*v, "/abbreviations")) {
      updated.contractions.abbreviations[abbreviation] = name;
    }
  }
  if (const Value* v = find(root, "context_after"))
    append(updated.contractions.context_after, in.strings(*v, "/context_after"));
  if (const Value* v = find(root, "single_after"))
    append(updated.contractions.single_after, in.strings(*v, "/single_after"));
  if (const Value* v = find(root, "single_abbreviations")) {
    for (auto& [abbreviation, name] : in.string_map(*v, "/single_abbreviations")) {
      updated.contractions.single_abbreviations[abbreviation] = name;
    }
  }
  if (const Value* v = find(root, "ambiguous_sides")) {
    in.object(*v, "/ambiguous_sides");
    for (const auto& member : v->GetObject()) {
      const std::string side(member.name.GetString(), member.name.GetStringLength());
      append(updated.contractions.ambiguous_sides[side],
             in.strings(member.value, json_pointer_child("/ambiguous_sides", side)));
    }
  }
  if (const Value* v = find(root, "word_forms")) {
    in.object(*v, "/word_forms");
    for (const auto& member : v->GetObject()) {
      const std::string word(member.name.GetString(), member.name.GetStringLength());
      if (word.empty()) in.fail("/word_forms", "a word must not be empty");
      append(updated.contractions.word_forms[word],
             in.strings(member.value, json_pointer_child("/word_forms", word)));
    }
  }
  if (const Value* v = find(root, "never")) append(updated.contractions.never, in.strings(*v, "/never"));
  if (const Value* v = find(root, "generic")) append(updated.generic, in.strings(*v, "/generic"));
  if (const Value* v = find(root, "patterns")) read_patterns(in, *v, updated);
  if (const Value* v = find(root, "relations")) read_relations(in, *v, updated);
  if (const Value* v = find(root, "modifiers")) read_modifiers(in, *v, updated);
  if (const Value* v = find(root, "references")) read_references(in, *v, updated);
  if (const Value* v = find(root, "english")) read_english(in, *v, updated);
  if (find(root, "vocabulary")) {
    updated.vocabulary_source = source;
    updated.vocabulary_json = std::string(json);
  }
  pack = std::move(updated);
}

void add_rules_file(RulePack& pack, const std::string& path) {
  add_rules(pack, read_whole_file(path, {kMaxRulesFileBytes, "a rules file"}), path);
}

const std::vector<std::pair<std::string, std::string_view>>& default_rule_files() {
  return internal::embedded_rule_files();
}

const RulePack& default_rule_pack() {
  static const RulePack pack = [] {
    RulePack built;
    for (const auto& [name, json] : default_rule_files()) {
      add_rules(built, json, "extract/rules/" + name);
    }
    return built;
  }();
  return pack;
}

}  // namespace kg::extract
