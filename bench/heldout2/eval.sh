#!/usr/bin/env bash
# Score the pipeline on bench/heldout2 (second hand-written held-out set).
#   SITREP_HELDOUT_GAZ=DIR bench/heldout2/eval.sh [--keep]   (DIR/gazetteer is copied, nothing built)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/heldout2"
TMP="$(mktemp -d /tmp/heldout2.XXXXXX)"
[ "${1:-}" = "--keep" ] || trap 'rm -rf "$TMP"' EXIT
export PREFECT_HOME="$TMP/prefect" PREFECT_SERVER_ANALYTICS_ENABLED=false
mkdir -p "$TMP/in" "$TMP/wh"
for txt in "$HERE"/*.txt; do cp "$txt" "${txt%.txt}.json" "$TMP/in/"; done
cp -r "${SITREP_HELDOUT_GAZ:-/tmp/wh-full}/gazetteer" "$TMP/wh/"
"$ROOT/.venv/bin/sitrep" run --input "$TMP/in" --warehouse "$TMP/wh" >"$TMP/run.log" 2>&1 \
  || { tail -20 "$TMP/run.log"; exit 1; }
"$ROOT/.venv/bin/python" /work/shared/eval/score.py --gold "$HERE/gold.json" --warehouse "$TMP/wh"
echo "warehouse: $TMP/wh"
