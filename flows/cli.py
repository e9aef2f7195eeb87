"""`sitrep`: the command line.

    sitrep run --input PATH [--warehouse DIR]       process articles into the warehouse
    sitrep serve --input PATH --cron "0 * * * *"    run on a schedule (needs a Prefect server)
    sitrep gazetteer build [--source DIR_OR_URL]    build the place gazetteer from GeoNames
    sitrep geocode "Panjwai district, Kandahar"     debug place resolution
    sitrep views                                    rebuild sitrep.duckdb from the lake
    sitrep status                                   what the warehouse holds
    sitrep schema                                   the data dictionary (Markdown)
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from flows.settings import Settings, configure_prefect_env

EPILOG = """examples:
  sitrep gazetteer build --source /data/geonames --countries AF,SY
  sitrep run --input data/sample --warehouse warehouse
  sitrep status --warehouse warehouse
  duckdb warehouse/sitrep.duckdb -c "select * from events_flat limit 5"

Every command that touches a warehouse takes --warehouse DIR (default: $SITREP_WAREHOUSE or ./warehouse)."""


def _add_warehouse(p: argparse.ArgumentParser, settings: Settings) -> None:
    p.add_argument("--warehouse", type=Path, default=settings.warehouse, metavar="DIR",
                   help=f"warehouse folder (default: {settings.warehouse})")


def build_parser() -> argparse.ArgumentParser:
    settings = Settings.from_env()
    parser = argparse.ArgumentParser(
        prog="sitrep", description="sitrep: news articles in, ACLED-style conflict events out.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="process a folder (recursive) or file of articles into the warehouse",
                         description="Ingest, clean, extract, geocode and resolve articles, land them as "
                                     "Parquet and rebuild the DuckDB views. Inputs: .txt, .html/.htm (with "
                                     "optional NAME.json sidecar) and .jsonl. Unchanged inputs are skipped; "
                                     "bad inputs are quarantined, never fatal.")
    run.add_argument("--input", type=Path, required=True, metavar="PATH", help="folder or file of articles")
    _add_warehouse(run, settings)
    run.add_argument("--batch-size", type=int, default=settings.batch_size,
                     help=f"articles per task batch (default {settings.batch_size})")
    run.add_argument("--workers", type=int, default=1,
                     help="processes for the clean/extract/geocode stages (default 1; each loads the "
                          "spaCy model and the gazetteer once)")
    run.add_argument("--full-refresh", action="store_true",
                     help="delete the lake (not the gazetteer) and rebuild everything from the input")
    run.add_argument("--spacy-model", default=settings.spacy_model,
                     help=f"installed spaCy pipeline to load (default {settings.spacy_model})")
    run.add_argument("--screen", choices=("on", "off"), default="on" if settings.screen else "off",
                     help="screen mentions with the learned model before they become events "
                          f"(default {'on' if settings.screen else 'off'}, from SITREP_SCREEN)")
    run.add_argument("--limit", type=int, default=20, help="events to print after the run (default 20)")

    serve = sub.add_parser("serve", help="run the pipeline on a cron schedule (needs a Prefect server)",
                           description="Serve the flow as a Prefect deployment with a cron schedule. Needs "
                                       "`prefect server start` and PREFECT_API_URL=http://127.0.0.1:4200/api: "
                                       "the ephemeral server does not schedule.")
    serve.add_argument("--input", type=Path, required=True, metavar="PATH")
    _add_warehouse(serve, settings)
    serve.add_argument("--cron", default="0 * * * *", help="cron schedule (default: hourly)")
    serve.add_argument("--name", default="sitrep-scheduled", help="deployment name")

    gaz = sub.add_parser("gazetteer", help="manage the place gazetteer")
    gaz_sub = gaz.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    build = gaz_sub.add_parser("build", help="build the gazetteer from a GeoNames dump (URL or local mirror)",
                               description="Read the GeoNames dump layout (countryInfo.txt, admin1CodesASCII.txt, "
                                           "admin2Codes.txt, XX.zip or allCountries.zip, cities*.zip) and write "
                                           "<warehouse>/gazetteer/*.parquet.")
    build.add_argument("--source", default=None, metavar="URL_OR_DIR",
                       help="GeoNames export server URL or a local folder in the same layout "
                            "(default: the GeoNames export server)")
    build.add_argument("--countries", default=None, metavar="AF,SY,...",
                       help="ISO 3166-1 alpha-2 codes to build (default: every XX.zip in a local source)")
    _add_warehouse(build, settings)

    geo = sub.add_parser("geocode", help="print how a place mention resolves, as JSON",
                         description="Resolve a place mention (\"X district\", \"in X, Y province\", "
                                     "\"near X\") and print the best match and the rejected candidates.")
    geo.add_argument("text", help='place mention, e.g. "Panjwai district, Kandahar"')
    geo.add_argument("--country", default=None, metavar="XX", help="ISO alpha-2 country the text is about")
    _add_warehouse(geo, settings)

    views = sub.add_parser("views", help="rebuild sitrep.duckdb (views only) from the lake")
    _add_warehouse(views, settings)

    status = sub.add_parser("status", help="print what the warehouse holds and its latest events")
    _add_warehouse(status, settings)
    status.add_argument("--limit", type=int, default=20, help="events to print (default 20)")

    sub.add_parser("schema", help="print the data dictionary of the lake datasets (Markdown)")
    return parser


def cmd_run(args) -> int:
    if not args.input.exists():
        print(f"sitrep: input not found: {args.input}", file=sys.stderr)
        return 2
    from flows.prefect_home import ephemeral_database_problem

    problem = ephemeral_database_problem()
    if problem:
        print(f"sitrep: {problem}", file=sys.stderr)
        return 2
    from flows.pipeline import run_pipeline
    from flows.summary import RunSummary, render_text

    result = run_pipeline(str(args.input.resolve()), str(args.warehouse.resolve()), workers=args.workers,
                          batch_size=args.batch_size, full_refresh=args.full_refresh,
                          spacy_model=args.spacy_model, screen=args.screen == "on")
    print(render_text(RunSummary(**result), limit=args.limit))
    return 0


def cmd_serve(args) -> int:
    if not os.environ.get("PREFECT_API_URL"):
        print("sitrep serve needs a Prefect server: the ephemeral one does not run schedules.\n"
              "  prefect server start            # in another terminal (SQLite is fine)\n"
              "  export PREFECT_API_URL=http://127.0.0.1:4200/api\n"
              "then run `sitrep serve` again.", file=sys.stderr)
        return 2
    from flows.pipeline import sitrep_pipeline

    sitrep_pipeline.serve(
        name=args.name, cron=args.cron, limit=1, pause_on_shutdown=False,
        parameters={"input_path": str(args.input.resolve()), "warehouse": str(args.warehouse.resolve())})
    return 0


def cmd_gazetteer(args) -> int:
    from flows.gazetteer import build_gazetteer

    countries = [c.strip().upper() for c in args.countries.split(",")] if args.countries else None
    summary = build_gazetteer(args.warehouse.resolve(), source=args.source, countries=countries)
    print(json.dumps(summary, indent=2, default=str))
    return 0


def cmd_geocode(args) -> int:
    from flows.gazetteer import load_gazetteer
    from transforms.geocode import geocode_text

    gazetteer = load_gazetteer(args.warehouse.resolve())
    result = geocode_text(gazetteer, args.text, country_iso2=args.country.upper() if args.country else None)
    print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str))
    return 0 if result.place is not None else 1


def cmd_views(args) -> int:
    from flows.lake import init_lake
    from flows.locking import warehouse_lock
    from flows.views import build_views

    with warehouse_lock(args.warehouse.resolve()):
        init_lake(args.warehouse.resolve())
        print(build_views(args.warehouse.resolve()))
    return 0


def cmd_status(args) -> int:
    from flows.status import render_status

    database = args.warehouse.resolve() / "sitrep.duckdb"
    if not database.exists():
        print(f"sitrep: no warehouse at {args.warehouse} (run `sitrep run --input PATH` first)", file=sys.stderr)
        return 2
    print(render_status(database, args.limit))
    return 0


def cmd_schema(args) -> int:
    from flows.schemas import DATASETS, describe

    for name, schema in DATASETS.items():
        print(f"### `{name}`\n\n{(schema.metadata or {}).get(b'description', b'').decode()}\n")
        print("| column | type | description |\n|---|---|---|")
        for field in schema:
            print(f"| {field.name} | {field.type} | {describe(schema)[field.name]} |")
        print()
    return 0


COMMANDS = {"run": cmd_run, "serve": cmd_serve, "gazetteer": cmd_gazetteer, "geocode": cmd_geocode,
            "views": cmd_views, "status": cmd_status, "schema": cmd_schema}


def main(argv: list[str] | None = None) -> int:
    configure_prefect_env()
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - one clear line for the user; details with SITREP_DEBUG=1
        if os.environ.get("SITREP_DEBUG"):
            raise
        print(f"sitrep: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
