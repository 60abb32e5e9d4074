#!/bin/sh
# kg against Kùzu on one generated graph of 100k nodes and 1M relationships:
# one-hop, 3-hop variable-length and shortest-path query latency.
#   bench/query/run.sh BUILD_DIR     (configured with -DKG_BUILD_BENCHMARKS=ON)
# Needs tests/query/kuzu/setup.sh to have installed Kùzu.
set -eu
build=${1:?usage: run.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
graph=${KG_BENCH_GRAPH:-$build/bench/query/bench.kg.json}
make -C "$build" make_bench_graph query_bench >/dev/null
[ -f "$graph" ] || "$build/bench/query/make_bench_graph" "$graph"
echo "== kg"
"$build/bench/query/query_bench" "$graph" --benchmark_min_time=2
echo "== Kùzu"
node --max-old-space-size=8192 "$here/kuzu_bench.mjs" "$graph"
