// A build that adds to the graph already in its output (--append, --update):
// which documents to read, which to take out of the previous graph first.
#pragma once

#include <cstddef>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kg::app {

class CorpusUpdate {
 public:
  // `update`: a document whose content changed is read again (--update);
  // otherwise it is an error (--append).
  CorpusUpdate(graph::KnowledgeGraph previous, bool update);

  // Whether to extract a document just read: one not in the previous graph,
  // or under --update one whose content changed. Documents are known by id
  // (path), never by content. Called from the build's workers.
  bool wants(const graph::Document& record);

  // The number of documents not read again: the same id with the same sha1.
  std::size_t unchanged() const { return unchanged_; }

  // Throws kg::Error naming the documents --append found changed.
  void check_changes() const;

  // The previous graph without the documents read again and, with `prune`,
  // without those whose file no longer exists: ready to merge with what was
  // read. `kept_gone` is how many documents whose file no longer exists
  // stayed (without `prune`).
  graph::KnowledgeGraph finish(bool prune, std::size_t& kept_gone);

 private:
  graph::KnowledgeGraph previous_;
  bool update_;
  std::mutex mutex_;
  std::size_t unchanged_ = 0;
  std::set<std::string, std::less<>> changed_;
  std::vector<std::string> conflicts_;  // "path (sha1 OLD in the graph, NEW now)"
};

}  // namespace kg::app
