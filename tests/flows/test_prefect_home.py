import sqlite3

import pytest

from flows.cli import main
from flows.prefect_home import (database_revision, ephemeral_database_problem, installed_sqlite_revisions,
                                known_sqlite_revisions, newer_database_problem)


def stamp_database(path, revision):
    conn = sqlite3.connect(path)
    conn.execute("create table alembic_version (version_num varchar(32) not null)")
    conn.execute("insert into alembic_version values (?)", (revision,))
    conn.commit()
    conn.close()


@pytest.fixture
def prefect_home(tmp_path, monkeypatch):
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_API_DATABASE_CONNECTION_URL", raising=False)
    monkeypatch.delenv("PREFECT_SERVER_DATABASE_CONNECTION_URL", raising=False)
    return tmp_path


def test_known_revisions_read_from_migration_scripts(tmp_path):
    (tmp_path / "2024_01_01_000000_aaaa_first.py").write_text('revision = "aaaa1111"\ndown_revision = None\n')
    (tmp_path / "2024_02_01_000000_second.py").write_text("revision = 'bbbb2222'\ndown_revision = 'aaaa1111'\n")
    (tmp_path / "__init__.py").write_text("")
    assert known_sqlite_revisions(tmp_path) == {"aaaa1111", "bbbb2222"}


def test_database_revision_of_missing_and_unstamped_databases(tmp_path):
    assert database_revision(tmp_path / "absent.db") is None
    sqlite3.connect(tmp_path / "empty.db").close()
    assert database_revision(tmp_path / "empty.db") is None
    stamp_database(tmp_path / "stamped.db", "abc123")
    assert database_revision(tmp_path / "stamped.db") == "abc123"


def test_newer_database_names_the_file_the_revision_and_the_fix(tmp_path):
    stamp_database(tmp_path / "prefect.db", "27d8f4e1a6c9")
    message = newer_database_problem(tmp_path / "prefect.db", {"aaaa1111"}, "3.8.8")
    assert message.startswith(f"the Prefect database {tmp_path / 'prefect.db'} is at migration 27d8f4e1a6c9, "
                              "which Prefect 3.8.8 does not know")
    assert "export PREFECT_HOME=" in message
    assert newer_database_problem(tmp_path / "prefect.db", {"27d8f4e1a6c9"}, "3.8.8") is None


def test_installed_prefect_knows_its_own_migrations(prefect_home):
    revisions = installed_sqlite_revisions()
    assert len(revisions) > 50
    stamp_database(prefect_home / "prefect.db", sorted(revisions)[0])
    assert ephemeral_database_problem() is None


def test_fresh_prefect_home_has_no_problem(prefect_home):
    assert ephemeral_database_problem() is None


def test_a_running_server_is_not_second_guessed(prefect_home, monkeypatch):
    stamp_database(prefect_home / "prefect.db", "ffffffffffff")
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert ephemeral_database_problem() is None


def test_run_stops_at_once_on_a_database_from_a_newer_prefect(prefect_home, tmp_path, capsys):
    stamp_database(prefect_home / "prefect.db", "ffffffffffff")
    (tmp_path / "in").mkdir()
    assert main(["run", "--input", str(tmp_path / "in"), "--warehouse", str(tmp_path / "wh")]) == 2
    err = capsys.readouterr().err
    assert "is at migration ffffffffffff" in err and "PREFECT_HOME" in err
    assert not (tmp_path / "wh").exists()
