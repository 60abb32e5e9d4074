#!/bin/sh
# Parts 2 and 3 of bench/run alone: query latency, kg against Kùzu, and the
# native file's load/save and GraphML/GEXF write time, on the generated graph
# of 100k nodes and 1M relationships. Prints the Markdown tables.
#   bench/query/run.sh BUILD_DIR [bench/run options, e.g. --work DIR]
# BUILD_DIR is configured with -DKG_BUILD_BENCHMARKS=ON; Kùzu is installed by
# tests/query/kuzu/setup.sh (bench/run runs it when missing).
set -eu
build=${1:?usage: run.sh BUILD_DIR [bench/run options]}
shift
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../run" --only-query --build "$build" "$@"
