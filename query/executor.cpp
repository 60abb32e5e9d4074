// The pipeline: MATCH and OPTIONAL MATCH (the matcher, from the variables
// bound so far), WHERE, UNWIND, WITH and RETURN (projection.cpp), and UNION.
#include "query/executor.h"

#include <optional>
#include <set>

namespace kg::query {
namespace {

bool holds(const Value& value) { return value.is<bool>() && value.as<bool>(); }

// MATCH and OPTIONAL MATCH with their WHERE: each row in gives its matches
// out; an optional match with none gives the row itself, its new variables null.
class MatchOperator : public Operator {
 public:
  MatchOperator(const Runtime& runtime, const Clause& clause, const CheckedClause& checked)
      : runtime_(runtime),
        clause_(clause),
        matcher_(runtime.index, checked.patterns, runtime.query.variables.size(), checked.bound_slots,
                 runtime.text, runtime.steps) {
    on_match_ = [this](const std::vector<Value>& frame) {
      if (clause_.where && !holds(evaluate(*clause_.where, runtime_.index, runtime_.scope(&frame))))
        return true;
      matched_ = true;
      return next_->push(frame);
    };
  }

  bool push(const std::vector<Value>& frame) override {
    matched_ = false;
    if (!matcher_.run(frame, on_match_)) return false;
    if (clause_.optional && !matched_) return next_->push(frame);
    return true;
  }

 private:
  const Runtime& runtime_;
  const Clause& clause_;
  Matcher matcher_;
  std::function<bool(const std::vector<Value>&)> on_match_;
  bool matched_ = false;
};

// WHERE after WITH.
class FilterOperator : public Operator {
 public:
  FilterOperator(const Runtime& runtime, const Expr& where) : runtime_(runtime), where_(where) {}
  bool push(const std::vector<Value>& frame) override {
    if (!holds(evaluate(where_, runtime_.index, runtime_.scope(&frame)))) return true;
    return next_->push(frame);
  }

 private:
  const Runtime& runtime_;
  const Expr& where_;
};

// UNWIND list AS x: a row per item; null gives none, any other value one.
class UnwindOperator : public Operator {
 public:
  UnwindOperator(const Runtime& runtime, const Clause& clause, int slot)
      : runtime_(runtime), clause_(clause), slot_(static_cast<std::size_t>(slot)) {}
  bool push(const std::vector<Value>& frame) override {
    Value list = evaluate(*clause_.expr, runtime_.index, runtime_.scope(&frame));
    if (list.is_null()) return true;
    std::vector<Value> out = frame;
    if (!list.is<List>()) {
      out[slot_] = std::move(list);
      return next_->push(out);
    }
    for (const Value& item : list.as<List>()) {
      count_step();
      out[slot_] = item;
      if (!next_->push(out)) return false;
    }
    return true;
  }

 private:
  void count_step() {
    StepBudget& steps = runtime_.steps;
    if ((steps.steps & 1023) == 0 && steps.cancel && steps.cancel->load(std::memory_order_relaxed))
      throw Cancelled();
    if (++steps.steps > steps.max_steps) {
      throw QueryError(runtime_.text, clause_.position,
                       "the query stopped after looking at " + std::to_string(steps.max_steps) +
                           " nodes, relationships and list items; narrow the query or add LIMIT");
    }
  }
  const Runtime& runtime_;
  const Clause& clause_;
  std::size_t slot_;
};

// Runs one single query of a statement into `result`.
void run_single(const GraphIndex& index, const CheckedQuery& query, std::string_view text,
                const Options& options, StepBudget& steps, bool in_union, Result& result) {
  const Clause& last = query.ast.clauses.back();
  MemoryBudget memory(options.max_memory_bytes, text, last.projection.position);
  Subqueries subqueries(index, query, text, steps);
  Runtime runtime{index, text, options, query, steps, memory, &subqueries};
  std::vector<std::unique_ptr<Operator>> operators;
  operators.reserve(query.ast.clauses.size() * 2);
  auto add = [&](std::unique_ptr<Operator> op) {
    if (!operators.empty()) operators.back()->set_next(op.get());
    operators.push_back(std::move(op));
  };
  for (std::size_t c = 0; c < query.ast.clauses.size(); ++c) {
    const Clause& clause = query.ast.clauses[c];
    const CheckedClause& checked = query.clauses[c];
    switch (clause.kind) {
      case ClauseKind::Match:
        add(std::make_unique<MatchOperator>(runtime, clause, checked));
        break;
      case ClauseKind::Unwind:
        add(std::make_unique<UnwindOperator>(runtime, clause, checked.unwind_slot));
        break;
      case ClauseKind::With:
        add(std::make_unique<ProjectOperator>(runtime, clause.projection, checked.projection, nullptr,
                                              false));
        if (clause.where) add(std::make_unique<FilterOperator>(runtime, *clause.where));
        break;
      case ClauseKind::Return:
        add(std::make_unique<ProjectOperator>(runtime, clause.projection, checked.projection, &result,
                                              !in_union));
        break;
    }
  }
  // The query starts from one row with nothing bound.
  const std::vector<Value> start(query.variables.size());
  operators.front()->push(start);
  operators.front()->finish();
}

}  // namespace

Subqueries::Subqueries(const GraphIndex& index, const CheckedQuery& query, std::string_view text,
                       StepBudget& steps)
    : index_(index), slot_count_(query.variables.size()), text_(text), steps_(steps) {
  for (const CheckedSubquery& subquery : query.subqueries) {
    subqueries_.push_back(&subquery);
    matchers_.push_back(
        std::make_unique<Matcher>(index, subquery.patterns, slot_count_, subquery.bound_slots, text, steps));
  }
}

bool Subqueries::exists(int subquery, const std::vector<Value>* frame) const {
  const CheckedSubquery& checked = *subqueries_[static_cast<std::size_t>(subquery)];
  std::vector<Value> padded;
  if (!frame || frame->size() < slot_count_) {
    if (frame) padded = *frame;
    padded.resize(slot_count_);
    frame = &padded;
  }
  bool found = false;
  matchers_[static_cast<std::size_t>(subquery)]->run(*frame, [&](const std::vector<Value>& match) {
    if (checked.where && !holds(evaluate(*checked.where, index_, Scope{&match, nullptr, nullptr, this})))
      return true;
    found = true;
    return false;
  });
  return found;
}

Result execute(const GraphIndex& index, const CheckedStatement& statement, std::string_view text,
               const Options& options) {
  Result result;
  result.columns = statement.columns;
  StepBudget steps{options.max_steps, options.cancel, 0};
  const bool in_union = statement.queries.size() > 1;
  // UNION keeps a row's first appearance; it is distinct when any of its
  // joins is plain UNION (Cypher does not mix them, and neither do most queries).
  bool distinct = false;
  for (bool all : statement.union_all) distinct = distinct || !all;
  if (!in_union) {
    run_single(index, statement.queries.front(), text, options, steps, false, result);
    return result;
  }
  std::set<std::vector<Value>, RowLess> seen;
  for (const CheckedQuery& query : statement.queries) {
    Result part;
    run_single(index, query, text, options, steps, in_union, part);
    for (std::vector<Value>& row : part.rows) {
      if (distinct && !seen.insert(row).second) continue;
      result.rows.push_back(std::move(row));
    }
  }
  if (in_union && options.max_rows && result.rows.size() > *options.max_rows)
    result.rows.resize(*options.max_rows);
  return result;
}

}  // namespace kg::query
