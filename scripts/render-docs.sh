#!/usr/bin/env bash
# Regenerates the diagrams in docs/ (`make docs-diagrams`): the samples graph,
# a corpus graph, its 30 best-connected nodes, and two query views, drawn by
# `kg export` with its defaults, so that what the README shows is what a user
# gets. Usage: scripts/render-docs.sh [KG_BINARY [CORPUS_DIR]]
# Without a corpus directory (or $KG_CORPUS) only the samples' diagrams are
# drawn again.
set -euo pipefail

cd "$(dirname "$0")/.."
KG=${1:-build/app/kg}
CORPUS=${2:-${KG_CORPUS:-}}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$KG" build samples -o "$WORK/samples.kg.json" --quiet
"$KG" export "$WORK/samples.kg.json" -o docs/samples.png
"$KG" export "$WORK/samples.kg.json" -o docs/samples.svg
"$KG" export "$WORK/samples.kg.json" -o docs/samples-initiatives.png \
  --query 'MATCH (a)-[r]->(i:Initiative) RETURN a, r, i'
"$KG" export "$WORK/samples.kg.json" -o docs/samples-china.png \
  --query 'MATCH (c:Country {name: "中国"})-[r]-(n) RETURN c, r, n'
"$KG" export "$WORK/samples.kg.json" -o docs/samples-china.pdf \
  --query 'MATCH (c:Country {name: "中国"})-[r]-(n) RETURN c, r, n'

if [ -z "$CORPUS" ] || [ ! -d "$CORPUS" ]; then
  echo "no corpus directory given: the corpus diagrams are left as they are" >&2
  exit 0
fi
"$KG" build "$CORPUS" -o "$WORK/corpus.kg.json" --quiet
"$KG" export "$WORK/corpus.kg.json" -o docs/corpus.png
"$KG" export "$WORK/corpus.kg.json" -o docs/corpus-top30.png --top 30
"$KG" export "$WORK/corpus.kg.json" -o docs/corpus-proposals.png \
  --query 'MATCH (a)-[r:PROPOSED]->(i:Initiative) RETURN a, r, i'
"$KG" export "$WORK/corpus.kg.json" -o docs/corpus-china.png \
  --query 'MATCH p = (c:Country {name: "中国"})-[*1..2]-(n) RETURN p' --top 40
