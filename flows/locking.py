"""One writer per warehouse: an OS file lock (two ephemeral Prefect servers do not coordinate)."""
from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path


class WarehouseBusy(RuntimeError):
    pass


@contextlib.contextmanager
def warehouse_lock(warehouse: Path):
    """Hold an exclusive lock on <warehouse>/.sitrep.lock for the duration of a write."""
    warehouse = Path(warehouse)
    warehouse.mkdir(parents=True, exist_ok=True)
    path = warehouse / ".sitrep.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WarehouseBusy(f"another sitrep process is writing to {warehouse} (lock {path})") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)
