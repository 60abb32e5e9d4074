#!/usr/bin/env bash
# Keeps what fuzz runs found: merges BUILD_DIR/fuzz-corpus/<target>/ (where
# the CTest runs and `make fuzz-long` put new inputs) into the checked-in
# tests/fuzz/corpus/<target>/ with libFuzzer's -set_cover_merge=1, which adds
# only inputs that reach code the corpus does not. Review the new files
# (git status) before committing them.
#   merge_corpus.sh BUILD_DIR [TARGET...]   (default: every target)
set -euo pipefail

build=${1:?usage: merge_corpus.sh BUILD_DIR [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(query native rules extract export)
here=$(cd "$(dirname "$0")" && pwd)
# Inputs larger than this are left out: a corpus in git stays small, and a
# large input's coverage is nearly always reached by a smaller one too.
max_bytes=${FUZZ_MERGE_MAX_BYTES:-16384}
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT

for target in "${targets[@]}"; do
  binary=$(find "$build" -name "${target}_fuzz" -type f -perm -u+x -print -quit)
  if [ -z "$binary" ]; then
    echo "merge_corpus: no ${target}_fuzz under $build (build it with make fuzz)" >&2
    exit 1
  fi
  corpus=$here/corpus/$target
  found=$build/fuzz-corpus/$target
  if [ ! -d "$found" ] || [ -z "$(ls -A "$found")" ]; then
    echo "merge_corpus: $target: nothing found in $found"
    continue
  fi
  rm -rf "${staging:?}/$target" && mkdir "$staging/$target"
  find "$found" -maxdepth 1 -type f -size -$((max_bytes + 1))c -exec cp -t "$staging/$target" {} +
  before=$(ls "$corpus" | wc -l)
  # -set_cover_merge: a near-smallest set of inputs covering what they all
  # cover; -use_counters=0: coverage is the edges reached, not how often
  # (hit counts would keep hundreds of near-copies).
  UBSAN_OPTIONS=halt_on_error=1:suppressions=$here/ubsan.supp \
    "$binary" -set_cover_merge=1 -use_counters=0 -max_len=65536 -timeout=10 -rss_limit_mb=2560 \
    "$corpus" "$staging/$target" 2>"$build/merge-$target.log" ||
    { echo "merge_corpus: $target: the merge failed, see $build/merge-$target.log" >&2; exit 1; }
  after=$(ls "$corpus" | wc -l)
  echo "merge_corpus: $target: $((after - before)) new inputs ($before -> $after)"
done
