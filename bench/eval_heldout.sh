#!/usr/bin/env bash
# Score the pipeline on the hand-written held-out articles in bench/heldout/.
#   bench/eval_heldout.sh [--keep]      (prints score.py's report; --keep leaves the temp dir)
# Builds a gazetteer once per run into a temp warehouse (cached in $SITREP_HELDOUT_GAZ if set).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TMP="$(mktemp -d /tmp/heldout.XXXXXX)"
[ "${1:-}" = "--keep" ] || trap 'rm -rf "$TMP"' EXIT
export PREFECT_HOME="$TMP/prefect" PREFECT_SERVER_ANALYTICS_ENABLED=false
mkdir -p "$TMP/in"
for txt in "$ROOT"/bench/heldout/*.txt; do
  cp "$txt" "${txt%.txt}.json" "$TMP/in/"
done
GAZ="${SITREP_HELDOUT_GAZ:-}"
if [ -n "$GAZ" ] && [ -d "$GAZ/gazetteer" ]; then
  mkdir -p "$TMP/wh" && cp -r "$GAZ/gazetteer" "$TMP/wh/"
else
  "$ROOT/.venv/bin/sitrep" gazetteer build --source "$ROOT/../shared/data/geonames-mirror" \
    --warehouse "$TMP/wh" >/dev/null
fi
"$ROOT/.venv/bin/sitrep" run --input "$TMP/in" --warehouse "$TMP/wh" >"$TMP/run.log" 2>&1 \
  || { tail -20 "$TMP/run.log"; exit 1; }
"$ROOT/.venv/bin/python" /work/shared/eval/score.py --gold "$ROOT/bench/heldout/gold.json" --warehouse "$TMP/wh"
echo "warehouse: $TMP/wh"
