#!/bin/sh
# CTest's entry to the Kùzu differential suite: skips (exit 77) with a clear
# message when node or the installed kuzu package is missing.
#   run_differential.sh KG_BINARY GRAPH.kg.json
set -eu
here=$(dirname "$0")
if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: node is not installed (apt-get install nodejs npm), so kg is not compared with Kùzu"
  exit 77
fi
if [ ! -f "$here/node_modules/kuzu/kuzujs.node" ]; then
  echo "SKIPPED: Kùzu is not installed; run tests/query/kuzu/setup.sh (npm ci and the native module)"
  exit 77
fi
exec node "$here/differential.mjs" --kg "$1" --graph "$2" --cases "$here/cases.json"
