"""Scheduled operation for real: a local Prefect server, `sitrep serve`, one cron tick."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DIR

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(1)
    return False


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start(argv: list[str], env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen(argv, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.timeout(400)
def test_serve_runs_the_pipeline_on_schedule(tmp_path):
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_API_URL=api,
               PREFECT_SERVER_ANALYTICS_ENABLED="false")
    bin_dir = Path(sys.executable).parent
    server = start([str(bin_dir / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                   env, tmp_path / "server.log")
    serve = None
    try:
        assert wait_for(lambda: healthy(api), 120), (tmp_path / "server.log").read_text()[-3000:]
        warehouse = tmp_path / "wh"
        serve = start([sys.executable, "-m", "flows.cli", "serve", "--input", str(SAMPLE_DIR),
                       "--warehouse", str(warehouse), "--cron", "* * * * *"], env, tmp_path / "serve.log")
        built = wait_for(lambda: (warehouse / "sitrep.duckdb").exists(), 240)
        server_log = (tmp_path / "server.log").read_text()
        assert built, (tmp_path / "serve.log").read_text()[-3000:] + server_log[-3000:]
        assert "Can't evaluate bulk DML" not in server_log
    finally:
        if serve is not None:
            stop(serve)
        stop(server)
