"""Benchmark: build the gazetteer from the whole GeoNames mirror, load it, time lookups.

    .venv/bin/python bench/bench_geocode.py [--source DIR] [--warehouse DIR] [--skip-build]

Prints build seconds, load seconds, lookups per second (target >= 10,000)
and the process's peak RSS. The default source is the offline mirror beside
the repository (../shared/data/geonames-mirror).
"""
from __future__ import annotations

import argparse
import itertools
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.gazetteer import build_gazetteer, load_gazetteer  # noqa: E402
from transforms.geocode import geocode  # noqa: E402
from transforms.records import LocationMention  # noqa: E402

# A realistic mix: exact names, alternate spellings, kind hints, parents,
# misspellings (fuzzy tier), names found only abroad, and unknown names.
MENTIONS = [
    (LocationMention("Panjwai", "district"), "AF"), (LocationMention("Bagram"), "AF"),
    (LocationMention("Gore", "province"), "AF"), (LocationMention("Zambul", "province"), "AF"),
    (LocationMention("Sar-i-Pul"), "AF"), (LocationMention("Imam Sahib", "city", "Kunduz"), "AF"),
    (LocationMention("Arghandab", "district", "Zabul"), "AF"), (LocationMention("Kandahar"), "AF"),
    (LocationMention("Maiduguri"), "NG"), (LocationMention("Gwoza"), "NG"), (LocationMention("Gao"), "ML"),
    (LocationMention("Mogadishu"), "SO"), (LocationMention("El Fasher"), "SD"), (LocationMention("Goma"), "CD"),
    (LocationMention("Marib", "governorate"), "YE"), (LocationMention("Idlib"), "SY"),
    (LocationMention("Mosul"), "IQ"), (LocationMention("Bakhmut"), "UA"), (LocationMention("Sagaing"), "MM"),
    (LocationMention("Ouagadougou"), "BF"), (LocationMention("Mekelle"), "ET"), (LocationMention("Quetta"), "PK"),
    (LocationMention("Kili"), "PK"), (LocationMention("Nowhere Town"), "AF"), (LocationMention("Paris"), None),
    (LocationMention("Kabul", near=True), None), (LocationMention("Donetsk", "province"), "UA"),
    (LocationMention("Khan Younis"), "PS"), (LocationMention("Tombuctou", "region"), "ML"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "geonames-mirror")
    parser.add_argument("--warehouse", type=Path, default=None)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--lookups", type=int, default=50_000)
    args = parser.parse_args()
    warehouse = args.warehouse or Path(tempfile.mkdtemp(prefix="bench-gazetteer-"))
    report: dict = {}
    if not args.skip_build:
        summary = build_gazetteer(warehouse, source=args.source)
        report["build_seconds"] = summary["seconds"]
        report["tables"] = summary["tables"]
    started = time.perf_counter()
    gaz = load_gazetteer(warehouse)
    report["load_seconds"] = round(time.perf_counter() - started, 2)
    report["entries"] = len(gaz)
    report["index_keys"] = len(gaz.index)
    for mention, country in MENTIONS:  # warm-up; also fills per-country fuzzy lists
        geocode(gaz, mention, country)
    started = time.perf_counter()
    for mention, country in itertools.islice(itertools.cycle(MENTIONS), args.lookups):
        geocode(gaz, mention, country)
    seconds = time.perf_counter() - started
    report["lookups"] = args.lookups
    report["lookups_per_second"] = round(args.lookups / seconds)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
