// The knowledge graph: typed nodes and relation edges with their evidence,
// kept in a Boost.Graph adjacency_list, with node and edge identity indexes
// so that adding what exists merges into it.
#pragma once

#include <boost/container/flat_map.hpp>
#include <boost/container/flat_set.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <compare>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/types.h"

namespace kg::graph {

// One statement of a relation in a document.
struct Evidence {
  std::string document;      // document id: the path as given to `kg build`
  std::string sentence;      // the sentence, as it stands in the document
  std::uint64_t offset = 0;  // byte offset of the sentence in the original file
  std::uint32_t line = 0;    // 1-based line of that offset
  std::string rule;          // id of the extraction rule that fired
  std::string trigger;       // the trigger word the rule matched
  std::optional<int> year;   // the year the sentence attaches to this statement, if any
  std::optional<std::uint32_t> page = std::nullopt;  // the page (from 1) of a PDF the sentence is on

  // The full order, every field: it decides which of two records of one
  // sentence an edge keeps (see preferred()).
  friend auto operator<=>(const Evidence&, const Evidence&) =
      default;  // NOLINT(modernize-use-nullptr): clang-tidy 14 misreads <=>
};

// Orders evidence by the sentence it is in: (document, offset). Two records
// of one sentence (two triggers, two rules) are equivalent under it, so an
// edge's evidence holds one record per sentence, in document order.
struct SentenceOrder {
  bool operator()(const Evidence& a, const Evidence& b) const {
    if (int c = a.document.compare(b.document); c != 0) return c < 0;
    return a.offset < b.offset;
  }
};
// A sorted vector: documents are read in order, so records are appended,
// and a node per record would cost an allocation and a rebalance each.
using EvidenceSet = boost::container::flat_set<Evidence, SentenceOrder>;

// Of two records of one sentence, whether an edge keeps `a` rather than `b`:
// the one with a year, else the smaller in the full order. A total order, so
// the record kept is the same whatever order records are added or graphs
// merged in, and merging stays commutative, associative and idempotent.
bool preferred(const Evidence& a, const Evidence& b);

// A document the graph was built from, identified by its id (path); the
// content hash tells a changed file from the one already read.
struct Document {
  std::string id;
  std::uint64_t bytes = 0;
  std::string sha1;  // hex of the file's bytes as read

  friend auto operator<=>(const Document&, const Document&) = default;
};

struct NodeData {
  NodeType type = NodeType::Country;
  std::string name;  // canonical name; with the type, the node's identity
  // The node's name in English and in Chinese, "" where unknown: what the
  // rules and CLDR call the entity, else the canonical name in the language
  // its script says (see KnowledgeGraph::set_name).
  std::string name_en;
  std::string name_zh;
  // Every surface form seen -> where the form came from ("text", "cldr",
  // "rules", "defined"), so rule maintainers can trace an alias.
  std::map<std::string, std::string, std::less<>> aliases;
  // Which documents gave each form, with the origin each gave (a form's
  // origin above is the smallest of them): removing a document removes the
  // forms only it gave. A form given with no document (a version 1 or 2
  // file, a graph made by hand) is listed under "" and never removed.
  std::map<std::string, boost::container::flat_map<std::string, std::string, std::less<>>, std::less<>>
      alias_documents;
  std::map<std::string, std::string, std::less<>> attributes;  // e.g. "iso" -> "CN"
  // Mentions per document. Kept per document, not as one total, so merging
  // the same document's graph twice does not count it twice. Sorted vector:
  // documents come in order, so a new one is appended.
  boost::container::flat_map<std::string, std::uint64_t, std::less<>> mentions;

  std::uint64_t mention_count() const;
  // The name in `language`, "" when unknown.
  const std::string& name_in(Language language) const {
    return language == Language::English ? name_en : name_zh;
  }
  // The name a reader of `language` is shown: name_in(language) when known,
  // else the canonical name; the canonical name when no language is asked for.
  const std::string& display_name(std::optional<Language> language) const {
    if (language && !name_in(*language).empty()) return name_in(*language);
    return name;
  }

  friend bool operator==(const NodeData&, const NodeData&) = default;
};

// One edge per (source, relation, target): a dated and an undated statement
// of it are one edge, with the years of all its statements.
struct EdgeData {
  RelationType relation = RelationType::Proposed;
  // The years given to add_edge and those of the evidence, ascending.
  std::set<int> years;
  EvidenceSet evidence;

  // The earliest year, for the places that show one.
  std::optional<int> first_year() const {
    return years.empty() ? std::nullopt : std::optional<int>(*years.begin());
  }
  // Number of mentions: the distinct sentences stating this edge. An edge
  // added with no evidence (an import, a test) still stands for one mention.
  std::uint64_t weight() const { return evidence.empty() ? 1 : evidence.size(); }

  friend bool operator==(const EdgeData&, const EdgeData&) = default;
};

// Years as people read them, ascending: "2020, 2023" ("" for none).
std::string years_text(const std::set<int>& years);

class KnowledgeGraph {
 public:
  // Directed, one edge per (source, relation, target) (see EdgeData);
  // bidirectional so queries walk edges backwards as cheaply as forwards.
  using Storage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
  using NodeId = Storage::vertex_descriptor;
  using EdgeId = Storage::edge_descriptor;

  KnowledgeGraph();
  ~KnowledgeGraph();
  // Edge descriptors point into the graph they came from: a copy rebuilds
  // the edge index so that it points into the new graph. A move takes the
  // storage whole, in constant time, and leaves `other` empty.
  KnowledgeGraph(const KnowledgeGraph& other);
  // (Not noexcept: the empty graph a move leaves behind is allocated.)
  KnowledgeGraph(KnowledgeGraph&& other);  // NOLINT(performance-noexcept-move-constructor)
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other);  // NOLINT(performance-noexcept-move-constructor)

  // The node (type, name), created if absent.
  NodeId add_node(NodeType type, std::string_view name);
  // The form `alias` of the node, as `document` gives it ("": no document).
  void add_alias(NodeId node, std::string_view alias, std::string_view origin,
                 std::string_view document = {});
  void set_attribute(NodeId node, std::string_view key, std::string_view value);
  // The node's name in `language` ("" leaves it as it is). Of two different
  // names the node keeps the smaller (byte order), so that merging graphs
  // stays commutative; the rules give one name per entity, so the two differ
  // only between graphs built with different rule packs.
  void set_name(NodeId node, Language language, std::string_view name);
  void add_mentions(NodeId node, std::string_view document, std::uint64_t count = 1);

  // The edge from -relation-> to, created if absent, with `year` (if any)
  // added to its years. A symmetric relation is stored from the node that
  // sorts first, so A-B and B-A are one edge.
  EdgeId add_edge(NodeId from, RelationType relation, NodeId to, std::optional<int> year);
  // Adds `year` to the edge's years.
  void add_year(EdgeId edge, int year);
  // Adds a statement of the edge, and its year to the edge's years. Where
  // the edge has a record of the same sentence (document and offset)
  // already, it keeps the preferred() one of the two.
  void add_evidence(EdgeId edge, Evidence evidence);

  // Records a document; the same id with other content is an error (kg::Error).
  void add_document(Document document);

  // Takes out everything the documents `ids` contributed: their records,
  // their mentions, the aliases only they gave, their evidence, the edges
  // only they stated, and the nodes left with neither mentions nor edges that
  // way. An edge that keeps evidence keeps the years of that evidence and
  // those it was given without any. The graph is then the one built from the
  // other documents alone. Ids not in the graph are ignored. The graph is
  // rebuilt: NodeIds and EdgeIds from before are no longer valid.
  void remove_documents(const std::set<std::string, std::less<>>& ids);

  // Adds everything of `other` into this graph. Merging is commutative,
  // associative and idempotent on content, so graphs built per document and
  // merged in any order equal the graph built from all of them at once.
  void merge(const KnowledgeGraph& other);
  // The same, taking `other`'s strings and evidence rather than copying them
  // (a document's graph merged into the whole); `other` is left valid but
  // unspecified.
  void merge(KnowledgeGraph&& other);

  std::optional<NodeId> find_node(NodeType type, std::string_view name) const;
  // Nodes whose canonical name or any alias is `name`, in canonical order.
  std::vector<NodeId> find_by_name_or_alias(std::string_view name) const;
  std::optional<EdgeId> find_edge(NodeId from, RelationType relation, NodeId to) const;

  const NodeData& node(NodeId id) const { return (*graph_)[id]; }
  const EdgeData& edge(EdgeId id) const { return (*graph_)[id]; }
  NodeId source(EdgeId id) const { return boost::source(id, *graph_); }
  NodeId target(EdgeId id) const { return boost::target(id, *graph_); }
  std::size_t node_count() const { return boost::num_vertices(*graph_); }
  std::size_t edge_count() const { return boost::num_edges(*graph_); }
  // Edges at a node, either way (in + out).
  std::size_t degree(NodeId id) const;
  const std::map<std::string, Document, std::less<>>& documents() const { return documents_; }

  // The Boost graph itself, read-only, for the algorithms of other layers.
  const Storage& storage() const { return *graph_; }

  // Nodes by (type, name) and edges by (source, relation, target) in that
  // node order: every writer uses these orders, so output never depends on
  // the order things were added in.
  std::vector<NodeId> nodes_in_canonical_order() const;
  std::vector<EdgeId> edges_in_canonical_order() const;

  // Same nodes, edges and documents, whatever the insertion order.
  friend bool operator==(const KnowledgeGraph& a, const KnowledgeGraph& b);

 private:
  struct EdgeKey {
    NodeId from;
    RelationType relation;
    NodeId to;
    friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
  };
  // Looked up for every statement a build adds: a hash, not a tree walk
  // through nodes spread over memory.
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& key) const {
      std::size_t hash = std::hash<NodeId>{}(key.from);
      hash = hash * 31 + static_cast<std::size_t>(key.relation);
      return hash * 1000003 + std::hash<NodeId>{}(key.to);
    }
  };
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  template <typename Value>
  using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

  static std::string identity(NodeType type, std::string_view name);
  static void write_identity(NodeType type, std::string_view name, std::string& key);
  void merge_documents(const KnowledgeGraph& other);
  void index_edges();
  void index_name(NodeId node, std::string_view name);
  void merge_aliases(NodeId ours, NodeData& theirs);

  void take(KnowledgeGraph& other);

  // On the heap: Boost's adjacency_list has no move, and its edges point at
  // the object holding them, which therefore must stay where it is.
  std::unique_ptr<Storage> graph_;
  StringMap<NodeId> node_by_identity_;
  StringMap<std::vector<NodeId>> nodes_by_name_;  // canonical names and aliases
  std::unordered_map<EdgeKey, EdgeId, EdgeKeyHash> edge_by_key_;
  std::map<std::string, Document, std::less<>> documents_;
  std::string identity_buffer_;  // add_node's scratch key (no meaning between calls)
};

}  // namespace kg::graph
