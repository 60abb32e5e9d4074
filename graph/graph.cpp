// Node and edge identity, merge, and the canonical orders writers rely on.
#include "graph/graph.h"

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>
#include <tuple>

#include "base/errors.h"

namespace kg::graph {
namespace {

// Orders nodes by their identity, never by insertion order.
bool node_less(const NodeData& a, const NodeData& b) {
  return std::tie(a.type, a.name) < std::tie(b.type, b.name);
}

// For maps merged from two graphs: one value per key, the same one whichever
// graph came first, so merge stays commutative.
using StringTable = std::map<std::string, std::string, std::less<>>;

void merge_keeping_smaller(StringTable& into, const StringTable& from) {
  for (const auto& [key, value] : from) {
    auto [it, inserted] = into.emplace(key, value);
    if (!inserted && value < it->second) it->second = value;
  }
}

// Moves the elements of the sorted vector set or map `from` into `into` in
// one linear pass (two workers' graphs of a build hold alternate documents,
// so their entries interleave throughout); `combine(ours, theirs)` leaves in
// `ours` what to keep of an element both have. A `from` that sorts wholly
// after `into` (a graph merged after the whole: the usual --append) is
// appended.
template <typename Sorted, typename Less, typename Combine>
void merge_sorted(Sorted& into, Sorted& from, const Less& less, const Combine& combine) {
  if (from.empty()) return;
  if (into.empty()) {
    into.swap(from);
    return;
  }
  if (less(*std::prev(into.end()), *from.begin())) {
    for (auto& element : from.extract_sequence()) into.emplace_hint(into.end(), std::move(element));
    return;
  }
  auto ours = into.extract_sequence();
  auto theirs = from.extract_sequence();
  decltype(ours) merged;
  merged.reserve(ours.size() + theirs.size());
  auto a = ours.begin();
  auto b = theirs.begin();
  while (a != ours.end() || b != theirs.end()) {
    if (b == theirs.end() || (a != ours.end() && less(*a, *b))) {
      merged.push_back(std::move(*a++));
    } else if (a == ours.end() || less(*b, *a)) {
      merged.push_back(std::move(*b++));
    } else {  // in both
      combine(*a, *b);
      merged.push_back(std::move(*a++));
      ++b;
    }
  }
  into.adopt_sequence(boost::container::ordered_unique_range, std::move(merged));
}

// The statements of `from` moved into `into`, one record per sentence (the
// preferred() one where both have it).
void merge_sorted(EvidenceSet& into, EvidenceSet& from) {
  merge_sorted(into, from, SentenceOrder{}, [](Evidence& ours, Evidence& theirs) {
    if (preferred(theirs, ours)) ours = std::move(theirs);
  });
}

// Adds `statement` to `into` (add_evidence, merging a copy). Evidence sorts
// by document first, and documents come in order: most records go last,
// placed without a search or a move.
void add_statement(EvidenceSet& into, Evidence statement) {
  const SentenceOrder less;
  if (into.empty() || less(*std::prev(into.end()), statement)) {
    into.emplace_hint(into.end(), std::move(statement));
    return;
  }
  auto it = into.lower_bound(statement);
  if (it == into.end() || less(statement, *it)) {
    into.emplace_hint(it, std::move(statement));
  } else if (preferred(statement, *it)) {
    // Same sentence: the record replaces the one in place (the order holds).
    into.emplace_hint(into.erase(it), std::move(statement));
  }
}

// The count of a node's mentions in `document`, made 0 if there is none.
// Documents usually arrive in order (kg build reads files so, and a node
// like 中国 is mentioned by most of thousands of documents): the last key,
// or a new one after it, is found without a search through long paths.
std::uint64_t& mentions_in(decltype(NodeData::mentions)& mentions, std::string_view document) {
  if (!mentions.empty()) {
    const auto last = std::prev(mentions.end());
    if (last->first == document) return last->second;
    if (last->first < document)
      return mentions.emplace_hint(mentions.end(), std::string(document), 0)->second;
  }
  auto it = mentions.lower_bound(document);
  if (it == mentions.end() || it->first != document) it = mentions.emplace_hint(it, std::string(document), 0);
  return it->second;
}

// A document's mentions are the same in every graph built from it: merging
// takes the larger count rather than the sum, so that it is idempotent.
void merge_mention(NodeData& into, std::string_view document, std::uint64_t count) {
  std::uint64_t& mentions = mentions_in(into.mentions, document);
  mentions = std::max(mentions, count);
}

using AliasSources = decltype(NodeData::alias_documents)::mapped_type;

// The entry of `key` in a sorted vector map, added (value-initialized) if
// absent, and whether it was added. Keys (documents) usually come in order:
// the last entry, or a new one after it, is found without a search.
template <typename FlatMap>
std::pair<typename FlatMap::iterator, bool> entry_in(FlatMap& map, std::string_view key) {
  if (!map.empty()) {
    const auto last = std::prev(map.end());
    if (last->first == key) return {last, false};
    if (last->first < key)
      return {map.emplace_hint(map.end(), std::string(key), typename FlatMap::mapped_type{}), true};
  }
  auto it = map.lower_bound(key);
  if (it != map.end() && it->first == key) return {it, false};
  return {map.emplace_hint(it, std::string(key), typename FlatMap::mapped_type{}), true};
}

// Removes the entries whose key `removed` says, returning whether there were any.
template <typename FlatMap, typename Removed>
bool erase_keys(FlatMap& map, const Removed& removed) {
  if (std::none_of(map.begin(), map.end(), [&](const auto& entry) { return removed(entry.first); })) {
    return false;
  }
  auto entries = map.extract_sequence();
  entries.erase(
      std::remove_if(entries.begin(), entries.end(), [&](const auto& entry) { return removed(entry.first); }),
      entries.end());
  map.adopt_sequence(boost::container::ordered_unique_range, std::move(entries));
  return true;
}

}  // namespace

bool preferred(const Evidence& a, const Evidence& b) {
  if (a.year.has_value() != b.year.has_value()) return a.year.has_value();
  return a < b;
}

std::string years_text(const std::set<int>& years) {
  std::string text;
  for (int year : years) {
    if (!text.empty()) text += ", ";
    text += std::to_string(year);
  }
  return text;
}

std::uint64_t NodeData::mention_count() const {
  // Saturates rather than wraps: a graph file's counts are checked one by one.
  return std::accumulate(mentions.begin(), mentions.end(), std::uint64_t{0},
                         [](std::uint64_t sum, const auto& entry) {
                           return entry.second > std::numeric_limits<std::uint64_t>::max() - sum
                                      ? std::numeric_limits<std::uint64_t>::max()
                                      : sum + entry.second;
                         });
}

std::string KnowledgeGraph::identity(NodeType type, std::string_view name) {
  std::string key;
  write_identity(type, name, key);
  return key;
}

void KnowledgeGraph::write_identity(NodeType type, std::string_view name, std::string& key) {
  key.assign(to_string(type));
  key += '\x1f';  // unit separator: cannot occur in a type name
  key += name;
}

void KnowledgeGraph::index_name(NodeId node, std::string_view name) {
  auto it = nodes_by_name_.find(name);
  if (it == nodes_by_name_.end()) it = nodes_by_name_.emplace(std::string(name), std::vector<NodeId>{}).first;
  std::vector<NodeId>& ids = it->second;
  if (std::find(ids.begin(), ids.end(), node) == ids.end()) ids.push_back(node);
}

KnowledgeGraph::NodeId KnowledgeGraph::add_node(NodeType type, std::string_view name) {
  // Most calls find the node (merging, repeated mentions): the key is built
  // in a buffer kept between calls, and copied only for a new node.
  std::string& key = identity_buffer_;
  write_identity(type, name, key);
  if (auto it = node_by_identity_.find(key); it != node_by_identity_.end()) return it->second;
  NodeData data;
  data.type = type;
  data.name = std::string(name);
  NodeId id = boost::add_vertex(data, *graph_);
  node_by_identity_.emplace(key, id);
  index_name(id, name);
  return id;
}

void KnowledgeGraph::add_alias(NodeId node, std::string_view alias, std::string_view origin,
                               std::string_view document) {
  NodeData& data = (*graph_)[node];
  if (auto it = data.aliases.find(alias); it == data.aliases.end()) {
    data.aliases.emplace(std::string(alias), std::string(origin));
    index_name(node, alias);
  } else if (origin < it->second) {
    it->second = std::string(origin);
  }
  auto sources = data.alias_documents.find(alias);
  if (sources == data.alias_documents.end()) {
    sources = data.alias_documents.emplace(std::string(alias), AliasSources{}).first;
  }
  auto [entry, added] = entry_in(sources->second, document);
  if (added || origin < entry->second) entry->second = std::string(origin);
}

// Adds `theirs`' aliases to node `ours`, taking their strings.
void KnowledgeGraph::merge_aliases(NodeId ours, NodeData& theirs) {
  NodeData& data = (*graph_)[ours];
  for (auto& [alias, sources] : theirs.alias_documents) {
    if (auto it = data.alias_documents.find(alias); it != data.alias_documents.end()) {
      // Per document, the smallest origin of the two.
      merge_sorted(
          it->second, sources, [](const auto& a, const auto& b) { return a.first < b.first; },
          [](auto& ours, auto& theirs) {
            if (theirs.second < ours.second) ours.second = std::move(theirs.second);
          });
    } else {
      data.alias_documents.emplace(alias, std::move(sources));
    }
  }
  for (auto& [alias, origin] : theirs.aliases) {
    if (auto it = data.aliases.find(alias); it == data.aliases.end()) {
      index_name(ours, alias);
      data.aliases.emplace(alias, std::move(origin));
    } else if (origin < it->second) {
      it->second = std::move(origin);
    }
  }
  theirs.alias_documents.clear();
  theirs.aliases.clear();
}

void KnowledgeGraph::set_attribute(NodeId node, std::string_view key, std::string_view value) {
  (*graph_)[node].attributes[std::string(key)] = std::string(value);
}

void KnowledgeGraph::set_name(NodeId node, Language language, std::string_view name) {
  NodeData& data = (*graph_)[node];
  std::string& ours = language == Language::English ? data.name_en : data.name_zh;
  if (!name.empty() && (ours.empty() || name < ours)) ours = std::string(name);
}

void KnowledgeGraph::add_mentions(NodeId node, std::string_view document, std::uint64_t count) {
  mentions_in((*graph_)[node].mentions, document) += count;
}

KnowledgeGraph::KnowledgeGraph() : graph_(std::make_unique<Storage>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : graph_(std::make_unique<Storage>(*other.graph_)),
      node_by_identity_(other.node_by_identity_),
      nodes_by_name_(other.nodes_by_name_),
      documents_(other.documents_) {
  index_edges();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) {
    *graph_ = *other.graph_;
    node_by_identity_ = other.node_by_identity_;
    nodes_by_name_ = other.nodes_by_name_;
    documents_ = other.documents_;
    index_edges();
  }
  return *this;
}

// NOLINTNEXTLINE(performance-noexcept-move-constructor): allocates the graph left behind
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) : KnowledgeGraph() { take(other); }

// NOLINTNEXTLINE(performance-noexcept-move-constructor): allocates the graph left behind
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
  if (this != &other) take(other);
  return *this;
}

// Takes `other`'s storage (its edge descriptors stay valid: the storage
// does not move) and leaves `other` an empty graph.
void KnowledgeGraph::take(KnowledgeGraph& other) {
  graph_ = std::exchange(other.graph_, std::make_unique<Storage>());
  node_by_identity_ = std::exchange(other.node_by_identity_, {});
  nodes_by_name_ = std::exchange(other.nodes_by_name_, {});
  edge_by_key_ = std::exchange(other.edge_by_key_, {});
  documents_ = std::exchange(other.documents_, {});
}

// Node ids are vertex indexes and survive a copy; edge ids do not.
void KnowledgeGraph::index_edges() {
  edge_by_key_.clear();
  for (EdgeId id : boost::make_iterator_range(boost::edges(*graph_))) {
    const EdgeData& data = (*graph_)[id];
    edge_by_key_.emplace(EdgeKey{boost::source(id, *graph_), data.relation, boost::target(id, *graph_)}, id);
  }
}

KnowledgeGraph::EdgeId KnowledgeGraph::add_edge(NodeId from, RelationType relation, NodeId to,
                                                std::optional<int> year) {
  if (is_symmetric(relation) && node_less((*graph_)[to], (*graph_)[from])) std::swap(from, to);
  EdgeKey key{from, relation, to};
  auto it = edge_by_key_.find(key);
  if (it == edge_by_key_.end()) {
    EdgeData data;
    data.relation = relation;
    it = edge_by_key_.emplace(key, boost::add_edge(from, to, data, *graph_).first).first;
  }
  if (year) add_year(it->second, *year);
  return it->second;
}

void KnowledgeGraph::add_year(EdgeId edge, int year) { (*graph_)[edge].years.insert(year); }

void KnowledgeGraph::add_evidence(EdgeId edge, Evidence evidence) {
  EdgeData& data = (*graph_)[edge];
  if (evidence.year) data.years.insert(*evidence.year);
  add_statement(data.evidence, std::move(evidence));
}

void KnowledgeGraph::add_document(Document document) {
  auto [it, inserted] = documents_.emplace(document.id, document);
  if (!inserted && it->second != document) {
    throw Error("document '" + document.id + "' is in the graph already with other content (sha1 " +
                it->second.sha1 + ", now " + document.sha1 + ")");
  }
}

void KnowledgeGraph::merge_documents(const KnowledgeGraph& other) {
  // Documents first: a conflict must throw before anything else changes.
  for (const auto& [id, document] : other.documents_) {
    if (auto it = documents_.find(id); it != documents_.end() && it->second != document) {
      add_document(document);  // throws, naming the document
    }
  }
  for (const auto& [id, document] : other.documents_) add_document(document);
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  merge_documents(other);
  std::vector<NodeId> mapped(other.node_count());
  for (NodeId theirs : boost::make_iterator_range(boost::vertices(*other.graph_))) {
    const NodeData& data = (*other.graph_)[theirs];
    NodeId ours = add_node(data.type, data.name);
    mapped[theirs] = ours;
    NodeData aliases;
    aliases.aliases = data.aliases;
    aliases.alias_documents = data.alias_documents;
    merge_aliases(ours, aliases);
    merge_keeping_smaller((*graph_)[ours].attributes, data.attributes);
    set_name(ours, Language::English, data.name_en);
    set_name(ours, Language::Chinese, data.name_zh);
    for (const auto& [document, count] : data.mentions) merge_mention((*graph_)[ours], document, count);
  }
  for (EdgeId theirs : boost::make_iterator_range(boost::edges(*other.graph_))) {
    const EdgeData& data = (*other.graph_)[theirs];
    EdgeData& ours = (*graph_)[add_edge(mapped[other.source(theirs)], data.relation,
                                        mapped[other.target(theirs)], std::nullopt)];
    ours.years.insert(data.years.begin(), data.years.end());
    EvidenceSet copy = data.evidence;
    merge_sorted(ours.evidence, copy);
  }
}

void KnowledgeGraph::merge(KnowledgeGraph&& other) {
  if (this == &other) return;  // merging is idempotent
  merge_documents(other);
  std::vector<NodeId> mapped(other.node_count());
  for (NodeId theirs : boost::make_iterator_range(boost::vertices(*other.graph_))) {
    NodeData& data = (*other.graph_)[theirs];
    NodeId ours = add_node(data.type, data.name);
    mapped[theirs] = ours;
    merge_aliases(ours, data);
    merge_keeping_smaller((*graph_)[ours].attributes, data.attributes);
    set_name(ours, Language::English, data.name_en);
    set_name(ours, Language::Chinese, data.name_zh);
    auto& mentions = (*graph_)[ours].mentions;
    if (!data.mentions.empty() &&
        (mentions.empty() || std::prev(mentions.end())->first < data.mentions.begin()->first)) {
      // The usual case: later documents, appended whole.
      for (auto& [document, count] : data.mentions)
        mentions.emplace_hint(mentions.end(), std::move(document), count);
    } else {
      for (const auto& [document, count] : data.mentions) merge_mention((*graph_)[ours], document, count);
    }
    data.mentions.clear();
  }
  for (EdgeId theirs : boost::make_iterator_range(boost::edges(*other.graph_))) {
    EdgeData& data = (*other.graph_)[theirs];
    EdgeData& ours = (*graph_)[add_edge(mapped[other.source(theirs)], data.relation,
                                        mapped[other.target(theirs)], std::nullopt)];
    ours.years.merge(data.years);
    merge_sorted(ours.evidence, data.evidence);
  }
}

void KnowledgeGraph::remove_documents(const std::set<std::string, std::less<>>& ids) {
  if (ids.empty()) return;
  auto removed = [&](std::string_view document) { return ids.find(document) != ids.end(); };
  for (const std::string& id : ids) documents_.erase(id);
  const std::size_t count = node_count();
  // A node that lost a mention, an alias or an edge, and is left with no
  // mention and no edge, came only from the documents removed.
  std::vector<bool> touched(count, false);
  for (NodeId id = 0; id < count; ++id) {
    NodeData& data = (*graph_)[id];
    if (erase_keys(data.mentions, removed)) touched[id] = true;
    for (auto it = data.alias_documents.begin(); it != data.alias_documents.end();) {
      if (!erase_keys(it->second, removed)) {
        ++it;
        continue;
      }
      touched[id] = true;
      if (it->second.empty()) {
        data.aliases.erase(it->first);
        it = data.alias_documents.erase(it);
        continue;
      }
      const auto smallest =
          std::min_element(it->second.begin(), it->second.end(),
                           [](const auto& a, const auto& b) { return a.second < b.second; });
      data.aliases[it->first] = smallest->second;
      ++it;
    }
  }
  std::vector<EdgeId> kept_edges;
  std::vector<std::size_t> edges_at(count, 0);
  for (EdgeId id : boost::make_iterator_range(boost::edges(*graph_))) {
    EdgeData& data = (*graph_)[id];
    const NodeId from = source(id);
    const NodeId to = target(id);
    if (std::any_of(data.evidence.begin(), data.evidence.end(),
                    [&](const Evidence& evidence) { return removed(evidence.document); })) {
      // The years no evidence gave stay; those of the evidence are its own.
      std::set<int> years = data.years;
      for (const Evidence& evidence : data.evidence) {
        if (evidence.year) years.erase(*evidence.year);
      }
      auto records = data.evidence.extract_sequence();
      records.erase(std::remove_if(records.begin(), records.end(),
                                   [&](const Evidence& evidence) { return removed(evidence.document); }),
                    records.end());
      data.evidence.adopt_sequence(boost::container::ordered_unique_range, std::move(records));
      touched[from] = true;
      touched[to] = true;
      if (data.evidence.empty()) continue;
      for (const Evidence& evidence : data.evidence) {
        if (evidence.year) years.insert(*evidence.year);
      }
      data.years = std::move(years);
    }
    kept_edges.push_back(id);
    ++edges_at[from];
    ++edges_at[to];
  }
  // Rebuilt rather than edited in place: Boost renumbers vertices on removal.
  KnowledgeGraph result;
  std::vector<NodeId> mapped(count);
  for (NodeId id = 0; id < count; ++id) {
    NodeData& data = (*graph_)[id];
    if (touched[id] && data.mentions.empty() && edges_at[id] == 0) continue;
    const NodeId ours = result.add_node(data.type, data.name);
    for (const auto& [alias, origin] : data.aliases) result.index_name(ours, alias);
    NodeData& moved = (*result.graph_)[ours];
    moved.aliases.swap(data.aliases);
    moved.alias_documents.swap(data.alias_documents);
    moved.attributes.swap(data.attributes);
    moved.name_en.swap(data.name_en);
    moved.name_zh.swap(data.name_zh);
    moved.mentions.swap(data.mentions);
    mapped[id] = ours;
  }
  for (EdgeId id : kept_edges) {
    const NodeId from = mapped[source(id)];
    const NodeId to = mapped[target(id)];
    EdgeData& data = (*graph_)[id];
    const EdgeId edge = result.add_edge(from, data.relation, to, std::nullopt);
    EdgeData& moved = (*result.graph_)[edge];
    moved.years.swap(data.years);
    moved.evidence.swap(data.evidence);
  }
  result.documents_ = std::move(documents_);
  take(result);
}

std::optional<KnowledgeGraph::NodeId> KnowledgeGraph::find_node(NodeType type, std::string_view name) const {
  auto it = node_by_identity_.find(identity(type, name));
  if (it == node_by_identity_.end()) return std::nullopt;
  return it->second;
}

std::vector<KnowledgeGraph::NodeId> KnowledgeGraph::find_by_name_or_alias(std::string_view name) const {
  auto it = nodes_by_name_.find(name);
  if (it == nodes_by_name_.end()) return {};
  std::vector<NodeId> ids = it->second;
  std::sort(ids.begin(), ids.end(),
            [this](NodeId a, NodeId b) { return node_less((*graph_)[a], (*graph_)[b]); });
  return ids;
}

std::optional<KnowledgeGraph::EdgeId> KnowledgeGraph::find_edge(NodeId from, RelationType relation,
                                                                NodeId to) const {
  if (is_symmetric(relation) && node_less((*graph_)[to], (*graph_)[from])) std::swap(from, to);
  auto it = edge_by_key_.find(EdgeKey{from, relation, to});
  if (it == edge_by_key_.end()) return std::nullopt;
  return it->second;
}

std::size_t KnowledgeGraph::degree(NodeId id) const {
  return boost::out_degree(id, *graph_) + boost::in_degree(id, *graph_);
}

std::vector<KnowledgeGraph::NodeId> KnowledgeGraph::nodes_in_canonical_order() const {
  std::vector<NodeId> ids(node_count());
  std::iota(ids.begin(), ids.end(), NodeId{0});
  std::sort(ids.begin(), ids.end(),
            [this](NodeId a, NodeId b) { return node_less((*graph_)[a], (*graph_)[b]); });
  return ids;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::edges_in_canonical_order() const {
  std::vector<std::size_t> rank(node_count());
  std::vector<NodeId> nodes = nodes_in_canonical_order();
  for (std::size_t i = 0; i < nodes.size(); ++i) rank[nodes[i]] = i;

  std::vector<EdgeId> ids;
  ids.reserve(edge_count());
  for (EdgeId id : boost::make_iterator_range(boost::edges(*graph_))) ids.push_back(id);
  auto key = [&](EdgeId id) {
    return std::tuple(rank[source(id)], (*graph_)[id].relation, rank[target(id)]);
  };
  std::sort(ids.begin(), ids.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
  return ids;
}

bool operator==(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  if (a.node_count() != b.node_count() || a.edge_count() != b.edge_count() || a.documents_ != b.documents_) {
    return false;
  }
  std::vector<KnowledgeGraph::NodeId> a_nodes = a.nodes_in_canonical_order();
  std::vector<KnowledgeGraph::NodeId> b_nodes = b.nodes_in_canonical_order();
  for (std::size_t i = 0; i < a_nodes.size(); ++i) {
    if (a.node(a_nodes[i]) != b.node(b_nodes[i])) return false;
  }
  std::vector<KnowledgeGraph::EdgeId> a_edges = a.edges_in_canonical_order();
  std::vector<KnowledgeGraph::EdgeId> b_edges = b.edges_in_canonical_order();
  for (std::size_t i = 0; i < a_edges.size(); ++i) {
    const auto ea = a_edges[i], eb = b_edges[i];
    if (a.edge(ea) != b.edge(eb) || a.node(a.source(ea)) != b.node(b.source(eb)) ||
        a.node(a.target(ea)) != b.node(b.target(eb))) {
      return false;
    }
  }
  return true;
}

}  // namespace kg::graph
