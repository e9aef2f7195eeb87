#!/usr/bin/env bash
# Score the pipeline on a hand-written held-out set (articles + gold.json in one folder).
#   bench/eval_heldout.sh [FOLDER] [--keep]     FOLDER defaults to bench/heldout (also: bench/heldout2)
# The gazetteer is built from ../shared/data/geonames-mirror into a temp warehouse, or copied
# from $SITREP_HELDOUT_GAZ/gazetteer when that is set. --keep leaves the temp folder.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SET="$ROOT/bench/heldout"
KEEP=""
for arg in "$@"; do
  case "$arg" in
    --keep) KEEP=1 ;;
    *) SET="$(cd "$arg" && pwd)" ;;
  esac
done
TMP="$(mktemp -d /tmp/heldout.XXXXXX)"
[ -n "$KEEP" ] || trap 'rm -rf "$TMP"' EXIT
export PREFECT_HOME="$TMP/prefect" PREFECT_SERVER_ANALYTICS_ENABLED=false
mkdir -p "$TMP/in" "$TMP/wh"
for txt in "$SET"/*.txt; do
  cp "$txt" "${txt%.txt}.json" "$TMP/in/"
done
GAZ="${SITREP_HELDOUT_GAZ:-}"
if [ -n "$GAZ" ] && [ -d "$GAZ/gazetteer" ]; then
  cp -r "$GAZ/gazetteer" "$TMP/wh/"
else
  "$ROOT/.venv/bin/sitrep" gazetteer build --source "$ROOT/../shared/data/geonames-mirror" \
    --warehouse "$TMP/wh" >/dev/null
fi
"$ROOT/.venv/bin/sitrep" run --input "$TMP/in" --warehouse "$TMP/wh" >"$TMP/run.log" 2>&1 \
  || { tail -20 "$TMP/run.log"; exit 1; }
# an article the extractor raised on loses all its events, and the run goes on: say so
grep -h "kept as 'extract_failed'" "$TMP/run.log" >&2 || true
# boilerplate removal is scored only for sets whose gold marks the lines to drop (older sets leave them empty)
CORPUS=()
"$ROOT/.venv/bin/python" -c 'import json, sys; sys.exit(not any(a.get("drop_lines") for a in
    json.load(open(sys.argv[1])).get("articles", [])))' "$SET/gold.json" && CORPUS=(--corpus "$SET")
"$ROOT/.venv/bin/python" "$ROOT/../shared/eval/score.py" --gold "$SET/gold.json" --warehouse "$TMP/wh" "${CORPUS[@]}"
[ -z "$KEEP" ] || echo "warehouse: $TMP/wh"
