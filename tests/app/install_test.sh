#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` (what `make install PREFIX=P` runs) puts a
# kg in P/bin that runs on its own, the README in P/share/doc/kg and the rule
# pack in P/share/kg/rules.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
"$prefix/bin/kg" --version | grep -q '^kg '
[ -f "$prefix/share/doc/kg/README.md" ]
[ -f "$prefix/share/kg/rules/relations.json" ]
# Nothing but kg and its documents: no test programs, no headers.
unexpected=$(find "$prefix" -type f ! -path "$prefix/bin/kg" ! -path "$prefix/share/doc/kg/*" ! -path "$prefix/share/kg/rules/*")
[ -z "$unexpected" ] || { echo "installed but not expected: $unexpected" >&2; exit 1; }
cd "$prefix" && echo '中国提出《全球数据安全倡议》。' >note.txt && "$prefix/bin/kg" build note.txt -o g.kg.json -q
"$prefix/bin/kg" stats g.kg.json --top 0 | grep -q '^edges: 1$'
echo "installed into $prefix and ran"
