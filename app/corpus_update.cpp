// Which documents a build adds to the graph in its output, and what of that
// graph it takes out first (see corpus_update.h).
#include "app/corpus_update.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "base/errors.h"

namespace kg::app {

CorpusUpdate::CorpusUpdate(graph::KnowledgeGraph previous, bool update)
    : previous_(std::move(previous)), update_(update) {}

bool CorpusUpdate::wants(const graph::Document& record) {
  const auto& documents = previous_.documents();
  auto it = documents.find(record.id);
  if (it == documents.end()) return true;
  std::lock_guard lock(mutex_);
  if (it->second.sha1 == record.sha1 && it->second.bytes == record.bytes) {
    ++unchanged_;
    return false;
  }
  if (update_) {
    changed_.insert(record.id);
    return true;
  }
  conflicts_.push_back(record.id + " (sha1 " + it->second.sha1 + " in the graph, " + record.sha1 + " now)");
  return false;
}

void CorpusUpdate::check_changes() const {
  if (conflicts_.empty()) return;
  std::vector<std::string> sorted = conflicts_;
  std::sort(sorted.begin(), sorted.end());
  std::string message = sorted.size() == 1 ? "a document is in the graph already with other content: "
                                           : std::to_string(sorted.size()) +
                                                 " documents are in the graph already with other content: ";
  for (std::size_t i = 0; i < sorted.size(); ++i) message += (i ? ", " : "") + sorted[i];
  throw Error(message + "; use --update to read changed documents again");
}

graph::KnowledgeGraph CorpusUpdate::finish(bool prune, std::size_t& kept_gone) {
  kept_gone = 0;
  std::set<std::string, std::less<>> removed = changed_;
  for (const auto& [id, document] : previous_.documents()) {
    std::error_code error;
    if (changed_.count(id) || std::filesystem::exists(id, error) || error) continue;
    if (prune)
      removed.insert(id);
    else
      ++kept_gone;
  }
  previous_.remove_documents(removed);
  return std::move(previous_);
}

}  // namespace kg::app
