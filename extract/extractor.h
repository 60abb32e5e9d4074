// Text to graph: one document in, the entities and relations it states out,
// every edge with its evidence (sentence, document, byte offset, line, rule,
// trigger). Stateless between documents, so documents can be read in any
// order and on any number of threads and the merged graph is the same.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/relation_extractor.h"
#include "extract/rule_pack.h"
#include "graph/graph.h"
#include "text/input.h"

namespace kg::extract {

// What a document's rules nearly matched, for people who maintain the rules.
struct CurationNotes {
  std::vector<std::string> lines;  // "doc:line: what happened"
};

class Extractor {
 public:
  // Compiles the pack (gazetteer, matchers). The pack must outlive the extractor.
  explicit Extractor(const RulePack& pack);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // The graph of one document. Thread-safe: call from several threads at once.
  graph::KnowledgeGraph extract(const text::Document& document, CurationNotes* notes = nullptr) const;

  // Adds what `segment` states to `graph` without recording a document: for
  // a file read in segments (read_document_segments), recorded once all of
  // it is read. Mention counts add up across segments. What a document
  // learns from itself — aliases it defines, its main actor as the unsaid
  // subject — is learned per segment.
  void extract_into(const text::Document& segment, graph::KnowledgeGraph& graph,
                    CurationNotes* notes = nullptr) const;

  // Gives every node of `graph` its names per language as extraction does
  // (the rules and CLDR, else the canonical name's script): for a graph read
  // from an older file, which had none, so that adding to it gives the names
  // a new build would.
  void name_nodes(graph::KnowledgeGraph& graph) const;

  // Forms the gazetteer found claimed by two entities (a rule-pack problem).
  const std::vector<std::string>& gazetteer_conflicts() const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace kg::extract
