#!/usr/bin/env bash
# Quick start: install everything, build the gazetteer for the sample's country,
# run the pipeline on the bundled sample articles and print what it built.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export PREFECT_SERVER_ANALYTICS_ENABLED=false

# GeoNames source: $SITREP_GEONAMES_SOURCE, else an offline mirror beside the project, else the GeoNames server.
source_args=()
if [ -n "${SITREP_GEONAMES_SOURCE:-}" ]; then
  source_args=(--source "$SITREP_GEONAMES_SOURCE")
elif [ -d ../shared/data/geonames-mirror ]; then
  source_args=(--source ../shared/data/geonames-mirror)
fi
if [ ! -f warehouse/gazetteer/places.parquet ]; then
  echo "== building the gazetteer (Afghanistan, the sample's country)"
  .venv/bin/sitrep gazetteer build "${source_args[@]}" --countries AF --warehouse warehouse >/dev/null
fi
echo "== running the pipeline on data/sample"
.venv/bin/sitrep run --input data/sample --warehouse warehouse
