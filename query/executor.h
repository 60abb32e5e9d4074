// The fourth stage: a checked statement as a pipeline of operators, run.
// Rows (a frame of the query's variables, by slot) are pushed from one
// operator to the next; push() returns false when nothing more is wanted, so
// LIMIT stops the matching upstream.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "query/aggregation.h"
#include "query/checker.h"
#include "query/graph_index.h"
#include "query/matcher.h"
#include "query/query.h"

namespace kg::query {

class Operator {
 public:
  virtual ~Operator() = default;
  // Takes one row; false when this operator wants no more rows.
  virtual bool push(const std::vector<Value>& frame) = 0;
  // No more rows come: operators that hold rows pass them on now.
  virtual void finish() {
    if (next_) next_->finish();
  }
  void set_next(Operator* next) { next_ = next; }

 protected:
  Operator* next_ = nullptr;
};

// What every operator of one single query shares.
struct Runtime {
  const GraphIndex& index;
  std::string_view text;
  const Options& options;
  const CheckedQuery& query;
  StepBudget& steps;
  MemoryBudget& memory;
  const Subqueries* subqueries = nullptr;
  Scope scope(const std::vector<Value>* frame) const { return Scope{frame, nullptr, nullptr, subqueries}; }
};

// EXISTS { } and pattern predicates: a matcher per subquery, run from the
// outer row until its first match.
class Subqueries {
 public:
  Subqueries(const GraphIndex& index, const CheckedQuery& query, std::string_view text, StepBudget& steps);
  bool exists(int subquery, const std::vector<Value>* frame) const;
  StepBudget& steps() const { return steps_; }
  std::string_view text() const { return text_; }

 private:
  const GraphIndex& index_;
  std::size_t slot_count_;
  std::string_view text_;
  StepBudget& steps_;
  std::vector<const CheckedSubquery*> subqueries_;
  std::vector<std::unique_ptr<Matcher>> matchers_;
};

// WITH and RETURN: projection, grouping and aggregation, DISTINCT, ORDER BY
// (a top-k with LIMIT), SKIP and LIMIT. RETURN's rows go to `result`; WITH's
// become frames of its columns' slots, pushed on.
class ProjectOperator : public Operator {
 public:
  ProjectOperator(const Runtime& runtime, const Projection& projection, const CheckedProjection& checked,
                  Result* result, bool apply_max_rows);
  ~ProjectOperator() override;
  bool push(const std::vector<Value>& frame) override;
  void finish() override;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Runs a checked statement. Results are deterministic: matches come in the
// graph's canonical order, groups in order of first appearance, ORDER BY
// sorts stably, and UNION keeps each row's first appearance.
Result execute(const GraphIndex& index, const CheckedStatement& statement, std::string_view text,
               const Options& options);

}  // namespace kg::query
