"""Flow tests share one Prefect test harness (a temporary local server) per session."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

GEONAMES_MIRROR = PROJECT_ROOT.parent / "shared" / "data" / "geonames-mirror"


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def afghan_gazetteer(tmp_path_factory) -> Path:
    """A gazetteer built from the offline GeoNames mirror (Afghanistan only), to copy into warehouses."""
    if not GEONAMES_MIRROR.exists():
        pytest.skip(f"GeoNames mirror not found at {GEONAMES_MIRROR}")
    from flows.gazetteer import build_gazetteer

    warehouse = tmp_path_factory.mktemp("gazetteer-wh")
    build_gazetteer(warehouse, source=GEONAMES_MIRROR, countries=["AF"])
    return warehouse / "gazetteer"


def copy_gazetteer(gazetteer: Path, warehouse: Path) -> None:
    shutil.copytree(gazetteer, Path(warehouse) / "gazetteer")
