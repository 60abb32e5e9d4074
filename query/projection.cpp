// WITH and RETURN: filter-free projection with grouping and aggregation,
// DISTINCT, stable sort (a top-k heap with LIMIT), SKIP and LIMIT.
#include <algorithm>
#include <limits>
#include <optional>
#include <set>

#include "query/executor.h"

namespace kg::query {
namespace {

void collect_aggregates(const Expr& expr, std::vector<const Expr*>& out) {
  if (expr.aggregate >= 0) {
    out[static_cast<std::size_t>(expr.aggregate)] = &expr;
    return;
  }
  for (const ExprPtr& arg : expr.args) collect_aggregates(*arg, out);
}

// False when the expression binds variables of its own or runs a subquery:
// then its value may depend on more than the variables it names.
bool collect_slots(const Expr& expr, std::set<int>& slots) {
  if (expr.kind == ExprKind::Variable) slots.insert(expr.slot);
  if (expr.subquery || expr.local_slot >= 0) return false;
  for (const ExprPtr& arg : expr.args) {
    if (!collect_slots(*arg, slots)) return false;
  }
  return true;
}

// The slot of the one node variable the grouping keys depend on (as in
// `a.name, labels(a)`), else -1. Keys are a function of the match, so
// matches that bind it to the same node fall in the same group.
int key_node_slot(const CheckedQuery& query, const Projection& projection, const CheckedProjection& checked) {
  std::set<int> slots;
  for (int key : checked.group_keys) {
    if (!collect_slots(*projection.items[static_cast<std::size_t>(key)].expr, slots)) return -1;
  }
  if (slots.size() != 1) return -1;
  int slot = *slots.begin();
  return query.variables[static_cast<std::size_t>(slot)].kind == VariableKind::Node ? slot : -1;
}

struct OutputRow {
  std::vector<Value> values;
  std::vector<Value> keys;   // ORDER BY items that are not columns
  std::size_t position = 0;  // before sorting: ties keep it
};

}  // namespace

struct ProjectOperator::State {
  State(const Runtime& runtime, const Projection& projection, const CheckedProjection& checked)
      : runtime(runtime),
        ast(projection),
        checked(checked),
        index(runtime.index),
        groups(checked.group_keys.size()),
        aggregates(aggregate_list(projection, checked)) {}

  static std::vector<const Expr*> aggregate_list(const Projection& projection,
                                                 const CheckedProjection& checked) {
    std::vector<const Expr*> list(static_cast<std::size_t>(checked.aggregate_count), nullptr);
    for (const ReturnItem& item : projection.items) collect_aggregates(*item.expr, list);
    return list;
  }

  const Runtime& runtime;
  const Projection& ast;
  const CheckedProjection& checked;
  const GraphIndex& index;
  Result* result = nullptr;
  std::uint64_t skip = 0;
  std::optional<std::uint64_t> limit;
  std::optional<std::uint64_t> keep;
  bool keys_needed = false;
  bool streaming = false;
  bool direct =
      false;          // rows go straight into the result as they come: RETURN without ORDER BY or aggregates
  bool done = false;  // LIMIT 0, or downstream wants no more
  std::vector<OutputRow> rows;
  std::set<std::vector<Value>, RowLess> distinct_rows;
  std::size_t next_position = 0;
  // Aggregation:
  GroupTable groups;
  AggregateStates aggregates;
  std::vector<Value> keys;
  int node_slot = -1;
  std::vector<std::uint32_t> group_of_node;  // rank -> group + 1, or 0

  const Value& sort_key(const OutputRow& row, std::size_t i) const {
    const Expr& expr = *ast.order_by[i].expr;
    return expr.kind == ExprKind::Column ? row.values[static_cast<std::size_t>(expr.column)] : row.keys[i];
  }
  // Ties go by position: the order of a stable sort.
  bool before(const OutputRow& a, const OutputRow& b) const {
    for (std::size_t i = 0; i < ast.order_by.size(); ++i) {
      int c = order(sort_key(a, i), sort_key(b, i));
      if (c != 0) return ast.order_by[i].descending ? c > 0 : c < 0;
    }
    return a.position < b.position;
  }
  void keep_row(OutputRow& row) {
    runtime.memory.charge(sizeof(OutputRow) + footprint(row.values) + footprint(row.keys));
    rows.push_back(std::move(row));
  }
  bool seen_first(const std::vector<Value>& values) {
    if (!distinct_rows.insert(values).second) return false;
    runtime.memory.charge(footprint(values) + 32);
    return true;
  }
  // Takes `row`, or leaves it (or a row it displaced) for the caller to reuse.
  void add_row(OutputRow& row, const std::vector<Value>* frame) {
    if (keys_needed) {
      Scope scope{frame, &row.values, nullptr, runtime.subqueries};
      row.keys.resize(ast.order_by.size());
      for (std::size_t i = 0; i < ast.order_by.size(); ++i) {
        if (ast.order_by[i].expr->kind != ExprKind::Column)
          row.keys[i] = evaluate(*ast.order_by[i].expr, index, scope);
      }
    }
    row.position = next_position++;
    auto less = [this](const OutputRow& a, const OutputRow& b) { return before(a, b); };
    if (!keep) {
      keep_row(row);
    } else if (rows.size() < *keep) {
      keep_row(row);
      std::push_heap(rows.begin(), rows.end(), less);
    } else if (before(row, rows.front())) {
      std::pop_heap(rows.begin(), rows.end(), less);
      std::swap(rows.back(), row);
      std::push_heap(rows.begin(), rows.end(), less);
    }
  }
  std::size_t group_of(const Scope& scope) {
    keys.clear();
    for (int key : checked.group_keys)
      keys.push_back(evaluate(*ast.items[static_cast<std::size_t>(key)].expr, index, scope));
    const std::uint64_t key_bytes = footprint(keys);
    std::size_t group = groups.find_or_add(keys);
    if (aggregates.groups() < groups.size()) {
      runtime.memory.charge(key_bytes + aggregates.grow_to(groups.size()));
    }
    return group;
  }
};

ProjectOperator::ProjectOperator(const Runtime& runtime, const Projection& projection,
                                 const CheckedProjection& checked, Result* result, bool apply_max_rows)
    : state_(std::make_unique<State>(runtime, projection, checked)) {
  State& s = *state_;
  s.result = result;
  s.skip = projection.skip ? static_cast<std::uint64_t>(*projection.skip) : 0;
  if (projection.limit) s.limit = static_cast<std::uint64_t>(*projection.limit);
  if (apply_max_rows && runtime.options.max_rows)
    s.limit = s.limit ? std::min(*s.limit, *runtime.options.max_rows) : *runtime.options.max_rows;
  s.done = s.limit && *s.limit == 0;
  // A column in ORDER BY is sorted on where it is, not copied.
  s.keys_needed = std::any_of(projection.order_by.begin(), projection.order_by.end(),
                              [](const SortItem& item) { return item.expr->kind != ExprKind::Column; });
  // With ORDER BY and LIMIT only the first SKIP + LIMIT rows in sort order
  // are kept as rows come (a heap with the last of them on top): a top-k,
  // not a sort of every row.
  if (!projection.order_by.empty() && s.limit) {
    s.keep = *s.limit > std::numeric_limits<std::uint64_t>::max() - s.skip
                 ? std::numeric_limits<std::uint64_t>::max()
                 : s.skip + *s.limit;
  }
  // Rows are final as they come when nothing below reorders them, so the
  // match can stop as soon as SKIP + LIMIT rows are in.
  s.streaming = !checked.aggregating && projection.order_by.empty() && s.limit.has_value();
  s.direct = result && !checked.aggregating && projection.order_by.empty();
  if (checked.aggregating) {
    // When the keys depend on one node only, they are evaluated once per
    // node, not once per match. Matches come in node order, so this table
    // (4 bytes a node) is read nearly in order.
    s.node_slot = key_node_slot(runtime.query, projection, checked);
    if (s.node_slot >= 0) s.group_of_node.assign(runtime.index.node_count(), 0);
  }
}

ProjectOperator::~ProjectOperator() = default;

bool ProjectOperator::push(const std::vector<Value>& frame) {
  State& s = *state_;
  if (s.done) return false;
  const Scope scope = s.runtime.scope(&frame);
  if (!s.checked.aggregating) {
    OutputRow row;
    row.values.reserve(s.ast.items.size());
    for (const ReturnItem& item : s.ast.items) row.values.push_back(evaluate(*item.expr, s.index, scope));
    if (s.ast.distinct && !s.seen_first(row.values)) return true;
    if (s.direct) {
      if (s.next_position++ >= s.skip) {
        s.runtime.memory.charge(sizeof(std::vector<Value>) + footprint(row.values));
        s.result->rows.push_back(std::move(row.values));
      }
      return !(s.limit && s.next_position >= s.skip + *s.limit);
    }
    s.add_row(row, &frame);
    return !(s.streaming && s.rows.size() >= s.skip + *s.limit);
  }
  std::size_t group;
  if (s.checked.group_keys.empty() && s.groups.size() == 1) {
    group = 0;  // aggregates only, as in RETURN count(*): one group, no key to look up
  } else if (s.node_slot >= 0 && frame[static_cast<std::size_t>(s.node_slot)].is<NodeRef>()) {
    std::uint32_t& entry = s.group_of_node[frame[static_cast<std::size_t>(s.node_slot)].as<NodeRef>().rank];
    if (entry != 0) {
      group = entry - 1;
    } else {
      group = s.group_of(scope);
      if (group < 0xFFFF'FFFF) entry = static_cast<std::uint32_t>(group + 1);
    }
  } else {
    group = s.group_of(scope);
  }
  s.aggregates.accumulate(group, s.index, scope, s.runtime.memory);
  return true;
}

void ProjectOperator::finish() {
  State& s = *state_;
  if (s.checked.aggregating && !(s.limit && *s.limit == 0)) {
    // With no grouping keys there is one group even when nothing matched:
    // MATCH ... RETURN count(*) says 0.
    if (s.groups.size() == 0 && s.checked.group_keys.empty()) s.group_of(s.runtime.scope(nullptr));
    std::vector<Value> results;
    OutputRow row;
    for (std::size_t group = 0; group < s.groups.size(); ++group) {
      s.aggregates.results(group, results);
      row.values.clear();
      row.keys.clear();
      std::size_t next_key = 0;
      for (std::size_t i = 0; i < s.ast.items.size(); ++i) {
        bool is_key =
            next_key < s.checked.group_keys.size() && s.checked.group_keys[next_key] == static_cast<int>(i);
        if (is_key)
          row.values.push_back(std::move(s.groups.key(group, next_key++)));
        else
          row.values.push_back(evaluate(*s.ast.items[i].expr, s.index,
                                        Scope{nullptr, nullptr, &results, s.runtime.subqueries}));
      }
      if (s.ast.distinct && !s.seen_first(row.values)) continue;
      s.add_row(row, nullptr);
    }
  }
  auto less = [&s](const OutputRow& a, const OutputRow& b) { return s.before(a, b); };
  if (s.keep)
    std::sort_heap(s.rows.begin(), s.rows.end(), less);
  else if (!s.ast.order_by.empty())
    std::sort(s.rows.begin(), s.rows.end(), less);
  std::size_t first = static_cast<std::size_t>(std::min<std::uint64_t>(s.skip, s.rows.size()));
  std::size_t last = s.rows.size();
  if (s.limit) {
    last = static_cast<std::size_t>(
        std::min<std::uint64_t>(first + std::min<std::uint64_t>(*s.limit, s.rows.size()), s.rows.size()));
  }
  if (s.result) {
    for (std::size_t i = first; i < last; ++i) s.result->rows.push_back(std::move(s.rows[i].values));
  } else if (next_) {
    // WITH: each row becomes a frame of the columns' slots; the variables
    // before it are out of scope.
    std::vector<Value> frame(s.runtime.query.variables.size());
    for (std::size_t i = first; i < last; ++i) {
      for (std::size_t c = 0; c < s.checked.slots.size(); ++c)
        frame[static_cast<std::size_t>(s.checked.slots[c])] = std::move(s.rows[i].values[c]);
      if (!next_->push(frame)) break;
    }
  }
  s.rows.clear();
  if (next_) next_->finish();
}

}  // namespace kg::query
