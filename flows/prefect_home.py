"""Checks the local Prefect database before `sitrep run` starts an ephemeral server.

A Prefect home (default ~/.prefect) is shared by every venv on the machine. Once a
newer Prefect has migrated its SQLite database, an older Prefect's ephemeral server
dies at start-up ("Can't locate revision ...") and the run only reports a connection
timeout after 90 s. Reading the database's migration stamp first turns that into one
clear sentence and a fix.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

_REVISION = re.compile(r'^revision\s*=\s*["\'](\w+)["\']', re.MULTILINE)


def installed_sqlite_revisions() -> set[str]:
    """The revisions the installed Prefect's SQLite migrations know."""
    import prefect.server.database

    return known_sqlite_revisions(
        Path(prefect.server.database.__file__).parent / "_migrations" / "versions" / "sqlite")


def known_sqlite_revisions(migrations_dir: Path) -> set[str]:
    """Alembic revision ids shipped with the installed Prefect's SQLite migrations."""
    revisions: set[str] = set()
    for script in migrations_dir.glob("*.py"):
        match = _REVISION.search(script.read_text(encoding="utf-8"))
        if match:
            revisions.add(match.group(1))
    return revisions


def database_revision(db_path: Path) -> str | None:
    """The migration stamp of a Prefect SQLite database; None if it has none yet."""
    if not db_path.is_file():
        return None
    # read-only: never create or lock the database another process may be serving
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("select version_num from alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def newer_database_problem(db_path: Path, known: set[str], prefect_version: str) -> str | None:
    """A message when db_path was migrated past what this Prefect knows, else None."""
    revision = database_revision(db_path)
    if revision is None or revision in known:
        return None
    return (f"the Prefect database {db_path} is at migration {revision}, which Prefect "
            f"{prefect_version} does not know: a newer Prefect (another venv) has upgraded it, "
            f"so the local Prefect server cannot start. Give sitrep its own Prefect home, "
            f"e.g. `export PREFECT_HOME=~/.prefect-sitrep`, or install the newer Prefect here.")


def ephemeral_database_problem() -> str | None:
    """Checks the database the ephemeral server would open; None when there is no problem."""
    import prefect
    from prefect.settings import Settings

    settings = Settings()
    if settings.api.url:  # a running server owns its database; nothing to check here
        return None
    url = settings.server.database.connection_url.get_secret_value()
    prefix = "sqlite+aiosqlite:///"
    if not url.startswith(prefix):
        return None
    return newer_database_problem(Path(url[len(prefix):]), installed_sqlite_revisions(), prefect.__version__)
