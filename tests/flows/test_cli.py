import pytest

from flows.cli import build_parser, main

SUBCOMMANDS = [["run"], ["serve"], ["gazetteer"], ["gazetteer", "build"], ["geocode"], ["views"],
               ["status"], ["schema"]]


def test_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for name in ("run", "serve", "gazetteer", "geocode", "views", "status", "schema"):
        assert name in out


@pytest.mark.parametrize("argv", SUBCOMMANDS)
def test_every_subcommand_has_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv + ["--help"])
    assert exit_.value.code == 0
    assert "usage: sitrep " + " ".join(argv) in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["run"], ["status"], ["views"], ["geocode"], ["gazetteer", "build"]])
def test_warehouse_option_everywhere(argv):
    args = build_parser().parse_args(argv + (["--input", "x"] if argv == ["run"] else [])
                                     + (["Kabul"] if argv == ["geocode"] else []) + ["--warehouse", "/tmp/w"])
    assert str(args.warehouse) == "/tmp/w"


def test_run_missing_input_is_a_clear_error(tmp_path, capsys):
    assert main(["run", "--input", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "wh")]) == 2
    assert "input not found" in capsys.readouterr().err


def test_status_without_warehouse(tmp_path, capsys):
    assert main(["status", "--warehouse", str(tmp_path / "none")]) == 2
    assert "no warehouse" in capsys.readouterr().err


def test_serve_without_server_explains(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["serve", "--input", str(tmp_path)]) == 2
    assert "prefect server start" in capsys.readouterr().err


def test_schema_prints_data_dictionary(capsys):
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert "### `events`" in out and "| fatalities | int32 |" in out


def test_committed_data_dictionary_is_current(capsys):
    from tests.conftest import PROJECT_ROOT

    assert main(["schema"]) == 0
    committed = (PROJECT_ROOT / "docs" / "data-dictionary.md").read_text()
    assert committed.endswith(capsys.readouterr().out), "regenerate docs/data-dictionary.md with `sitrep schema`"
