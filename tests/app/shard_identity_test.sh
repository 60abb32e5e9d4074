#!/usr/bin/env bash
# Splits a corpus (samples/ plus generated documents) into shards, extracts
# each in its own `kg extract` process, merges them in another order and
# checks the graph is byte-identical to one `kg build` of the whole corpus.
# Usage: shard_identity_test.sh KG_BINARY SOURCE_DIR (run by CTest as
# kg_shard_identity; exit 77, a skip, without python3).
set -euo pipefail
(( $# == 2 )) || { echo "usage: $0 KG_BINARY SOURCE_DIR" >&2; exit 2; }
# Absolute: the script works in a directory of its own.
kg=$(realpath "$1")
src=$(realpath "$2")
[[ -x $kg ]] || { echo "not an executable: $kg" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed to make the corpus (skipped)"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/kg_shards.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 "$src/bench/make_corpus" 0.1 "$work/generated" "$src"/samples/*.txt --seed 7 >/dev/null
cp -r "$src/samples" "$work/samples"
cd "$work"
mapfile -t files < <(find samples generated -name '*.txt' | LC_ALL=C sort)
(( ${#files[@]} >= 12 )) || { echo "expected at least 12 documents, found ${#files[@]}"; exit 1; }

"$kg" build "${files[@]}" -o whole.kg.json -j 2 --quiet

# Three shards, dealt round-robin so each mixes samples and generated files.
shard=(); for i in "${!files[@]}"; do shard[i % 3]+="${files[i]}"$'\n'; done
printf '%s' "${shard[0]}" | xargs "$kg" extract > s0.jsonl
printf '%s' "${shard[1]}" | "$kg" extract - > s1.jsonl      # paths from stdin
printf '%s' "${shard[2]}" | xargs "$kg" extract --format jsonl > s2.jsonl
[[ $(cat s0.jsonl s1.jsonl s2.jsonl | wc -l) -eq ${#files[@]} ]] || { echo "not one line per document"; exit 1; }

# Reduce in another order, one part first merged into a .kg.json of its own.
"$kg" merge s1.jsonl -o s1.kg.json --quiet
"$kg" merge s2.jsonl s1.kg.json s0.jsonl -o merged.kg.json --quiet
cmp whole.kg.json merged.kg.json

# Merging is idempotent: a part given twice changes nothing; stdin works.
tac s0.jsonl | "$kg" merge - merged.kg.json s0.jsonl -o again.kg.json --quiet
cmp whole.kg.json again.kg.json
echo "shards merge to the same graph: ${#files[@]} documents"
