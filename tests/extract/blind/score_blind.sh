#!/usr/bin/env bash
# Scores kg on the blind documents against their gold, per set, and fails if
# a set falls below its floor in floors.json.
#
# Usage: score_blind.sh KG [--errors] [--set dev|heldout|english|english-heldout]
#   KG        the kg binary
#   --errors  also list every false positive and negative (score.py --errors)
#   --set S   only that set: dev, heldout, english or english-heldout (default: all four)
# The dev set (b*, n*) is the one whose errors were read while writing rules;
# the held-out set (h*) was only ever scored whole; the English set (e*) is
# where the English rules are developed, the English held-out set (x*) was
# only ever scored whole. See README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kg=$1; shift
errors=()
sets=(dev heldout english english-heldout)
while (($#)); do
  case $1 in
    --errors) errors=(--errors); shift ;;
    --set) sets=("$2"); shift 2 ;;
    *) echo "score_blind.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d "${TMPDIR:-/tmp}/kg-blind.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0
for set in "${sets[@]}"; do
  case $set in dev) prefix='[bn]' ;; heldout) prefix=h ;; english) prefix=e ;; english-heldout) prefix=x ;; *) echo "score_blind.sh: no set $set" >&2; exit 2 ;; esac
  mkdir -p "$work/$set/gold" "$work/$set/pred"
  for gold in "$here"/gold/$prefix*.json; do
    name=$(basename "$gold" .json)
    cp "$gold" "$work/$set/gold/"
    "$kg" build "$here/docs/$name.txt" -o "$work/$set/pred/$name.graphml" >/dev/null 2>"$work/$set/$name.log" || {
      echo "kg build failed on $name:" >&2; cat "$work/$set/$name.log" >&2; exit 1; }
  done
  echo "== $set set"
  python3 "$here/score.py" --gold "$work/$set/gold" --pred "$work/$set/pred" "${errors[@]}"
  python3 "$here/score.py" --gold "$work/$set/gold" --pred "$work/$set/pred" --json > "$work/$set/score.json"
  python3 - "$here/floors.json" "$set" "$work/$set/score.json" <<'PY' || status=1
import json, sys
floors = json.load(open(sys.argv[1]))[sys.argv[2]]
score = json.load(open(sys.argv[3]))
def f1(part):
    row = score[part]["all"]
    return row["f1"]
failed = False
for part, key in (("entities", "entity_f1"), ("relations", "relation_f1")):
    got, floor = f1(part), floors[key]
    mark = "ok" if got >= floor else "BELOW FLOOR"
    print("%s %s %.3f (floor %.3f): %s" % (sys.argv[2], key, got, floor, mark))
    failed |= got < floor
sys.exit(1 if failed else 0)
PY
done
exit $status
