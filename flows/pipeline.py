"""The sitrep Prefect flow: ingest -> clean -> extract -> geocode -> resolve -> land -> views.

Tasks run per batch of articles (not per article: Prefect costs ~10 ms and
server bookkeeping per task run). The flow is thin: the work is in
transforms/ (pure) and the I/O modules of flows/.
"""
from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import pyarrow as pa
import pyarrow.compute as pc
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from flows.gazetteer import has_gazetteer
from flows.ingest import IngestedBatch, InputUnit, Rejected, ScanResult, read_unit, scan_inputs
from flows.lake import init_lake, read_dataset, reset_lake
from flows.land import land_run
from flows.locking import warehouse_lock
from flows.plan import RunPlan, plan_run
from flows.resources import load_gazetteer_cached, load_nlp
from flows.rows import article_row, line_rows, mention_row
from flows.settings import Settings
from flows.summary import RunSummary, render_markdown
from flows.views import build_views
from transforms.clean import (
    PreparedArticle,
    clean_prepared,
    count_outlet_lines,
    line_fingerprint,
    merge_outlet_counts,
    outlet_key,
    prepare_articles,
)
from transforms.extract import RuleExtractor
from transforms.geocode import geocode_mentions, is_unplaced_without_toll
from transforms.mention_screen import ArticleFacts, default_screen_model, passes_screen, score_mentions
from transforms.story_events import fold_retold_events
from transforms.raw_input import InputRejected
from transforms.records import STATUS_EXTRACT_FAILED, STATUS_OK, CleanedArticle, EventMention
from transforms.resolve import block_key

IO_RETRIES = 2
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class PreparedBatch:
    rejected: list[Rejected]
    prepared: list[PreparedArticle]
    line_counts: dict  # outlet -> Counter of line fingerprints in this batch


@task(name="scan-inputs", retries=IO_RETRIES, retry_delay_seconds=1, cache_policy=NO_CACHE)
def scan_task(input_path: str, warehouse: str) -> ScanResult:
    return scan_inputs(Path(input_path), exclude=Path(warehouse))


@task(name="plan-run", cache_policy=NO_CACHE)
def plan_task(scan: ScanResult, warehouse: str) -> RunPlan:
    return plan_run(scan, Path(warehouse))


@task(name="ingest-batch", retries=IO_RETRIES, retry_delay_seconds=1, cache_policy=NO_CACHE)
def ingest_task(units: list[InputUnit]) -> IngestedBatch:
    raws, rejected = [], []
    for unit in units:
        try:
            raws.append(read_unit(unit))
        except InputRejected as exc:
            rejected.append(Rejected(unit.input_root, unit.input_path, unit.article_id, exc.reason,
                                     exc.detail, unit.fingerprint, unit.size_bytes))
    return IngestedBatch(raws, rejected)


@task(name="prepare-batch", cache_policy=NO_CACHE)
def prepare_task(batch: IngestedBatch) -> PreparedBatch:
    prepared = prepare_articles(batch.raws)
    return PreparedBatch(batch.rejected, prepared, count_outlet_lines(prepared))


@task(name="clean-batch", cache_policy=NO_CACHE)
def clean_task(batch: PreparedBatch, outlet_counts: dict, run_counts: dict) -> list[CleanedArticle]:
    return clean_prepared(batch.prepared, outlet_line_counts=outlet_counts, run_line_counts=run_counts)


@dataclass(frozen=True)
class ExtractedBatch:
    """A batch's event mentions, the articles the extractor failed on (article_id -> error), what
    the screen needs of each article, and how many mentions fall under the screen's threshold."""

    mentions: list[EventMention]
    failed: dict[str, str]
    facts: dict[str, ArticleFacts]
    below_screen: int = 0


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(cleaned: list[CleanedArticle], spacy_model: str, warehouse: str) -> ExtractedBatch:
    gazetteer = load_gazetteer_cached(str(Path(warehouse).resolve()))
    extractor = RuleExtractor(load_nlp(spacy_model), None if gazetteer.is_coarse else gazetteer.country_of_place)
    ok = [c for c in cleaned if c.status == STATUS_OK]
    mentions, failed = fence_each_article(lambda arts: [m for ms in extractor.extract(arts) for m in ms], ok,
                                          lambda a: a.article_id, "extraction")
    facts = {a.article_id: ArticleFacts(a.published, len(a.body_text)) for a in ok}
    return ExtractedBatch(mentions, failed, facts)


@task(name="geocode-batch", cache_policy=NO_CACHE)
def geocode_task(extracted: ExtractedBatch, warehouse: str, screen: bool = True) -> ExtractedBatch:
    gazetteer = load_gazetteer_cached(str(Path(warehouse).resolve()))
    placed = geocode_mentions(gazetteer, extracted.mentions)
    if gazetteer.is_coarse:
        # every place is country-level without a gazetteer: keep them all (the screen was
        # trained on placed mentions and would read "no province" as a reason to drop)
        return replace(extracted, mentions=placed)
    published_of = {article_id: facts.published for article_id, facts in extracted.facts.items()}
    folded, failed = fence_each_article(lambda ms: fold_retold_events(ms, published_of), placed,
                                        lambda m: m.article_id, "story folding")
    mentions = [m for m in folded if not is_unplaced_without_toll(m)]
    below = 0
    if screen:
        model = default_screen_model()
        mentions = score_mentions(mentions, extracted.facts, model)
        below = sum(not passes_screen(m, model.threshold) for m in mentions)
    return replace(extracted, mentions=mentions, failed={**extracted.failed, **failed}, below_screen=below)


def fence_each_article(work: Callable[[list[T]], list[R]], items: list[T], article_of: Callable[[T], str],
                       stage: str) -> tuple[list[R], dict[str, str]]:
    """`work` on the whole batch; if the rules raise, again one article's items at a time, so an
    article they raise on is set apart (article_id -> the error, a warning in the run log) and costs
    only itself, never its batch or the run."""
    try:
        return work(items), {}
    except Exception:  # noqa: BLE001 - find the article it was
        pass
    by_article: dict[str, list[T]] = {}
    for item in items:
        by_article.setdefault(article_of(item), []).append(item)
    done: list[R] = []
    failed: dict[str, str] = {}
    for article_id, own in by_article.items():
        try:
            done.extend(work(own))
        except Exception as exc:  # noqa: BLE001 - any rule bug on one text must not stop the others
            failed[article_id] = f"{type(exc).__name__}: {exc}"
    if failed:
        get_run_logger().warning("%s failed on %d article(s), kept as %r: %s", stage, len(failed), STATUS_EXTRACT_FAILED,
                                 "; ".join(f"{k}: {v}" for k, v in sorted(failed.items())))
    return done, failed


@task(name="land-and-resolve", retries=IO_RETRIES, retry_delay_seconds=1, cache_policy=NO_CACHE)
def land_task(warehouse: str, run_id: str, rows: dict, plan: RunPlan, run_row: dict,
              screen_threshold: float | None):
    return land_run(Path(warehouse), run_id, rows["articles"], rows["lines"], rows["mentions"],
                    rows["quarantine"], plan.retract_ids, plan.clear_quarantine, run_row, screen_threshold)


@task(name="build-views", retries=IO_RETRIES, retry_delay_seconds=1, cache_policy=NO_CACHE)
def views_task(warehouse: str) -> str:
    return str(build_views(Path(warehouse)))


def _outlet_line_counts(warehouse: Path, outlets: set[str], skip_ids: set[str]) -> dict[str, dict[str, int]]:
    """Per outlet of this run, in how many earlier articles each line fingerprint occurs."""
    if not outlets:
        return {}
    articles = read_dataset(warehouse, "articles", ["article_id", "source", "url"]).to_pylist()
    outlet_of = {a["article_id"]: key for a in articles
                 if a["article_id"] not in skip_ids and (key := outlet_key(a["source"], a["url"])) in outlets}
    if not outlet_of:
        return {}
    lines = read_dataset(warehouse, "article_lines", ["article_id", "text"])
    lines = lines.filter(pc.is_in(lines.column("article_id"), value_set=pa.array(sorted(outlet_of), pa.string())))
    counts: dict[str, Counter] = {}
    seen: set[tuple[str, str]] = set()
    for article_id, text in zip(lines.column("article_id").to_pylist(), lines.column("text").to_pylist()):
        fp = line_fingerprint(text or "")
        if not fp or (article_id, fp) in seen:
            continue
        seen.add((article_id, fp))
        counts.setdefault(outlet_of[article_id], Counter())[fp] += 1
    return {k: dict(v) for k, v in counts.items()}


def _quarantine_row(rej: Rejected, run_id: str, now: dt.datetime) -> dict:
    return {"input_root": rej.input_root, "input_path": rej.input_path, "article_id": rej.article_id,
            "reason": rej.reason, "detail": rej.detail, "raw_sha256": rej.raw_sha256,
            "size_bytes": rej.size_bytes, "quarantined_at": now, "run_id": run_id}


@flow(name="sitrep-pipeline", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=1))
def sitrep_pipeline(input_path: str, warehouse: str = "warehouse", batch_size: int = 500,
                    full_refresh: bool = False, spacy_model: str | None = None, workers: int = 1,
                    screen: bool | None = None) -> dict:
    """Process every article under `input_path` into the warehouse and rebuild its views.

    `workers` only shapes the batches (at least one per worker); the task runner
    that runs them in parallel is chosen by `run_pipeline`.
    """
    logger = get_run_logger()
    settings = Settings.from_env()
    spacy_model = spacy_model or settings.spacy_model
    screen = settings.screen if screen is None else screen
    started = time.perf_counter()
    started_at = dt.datetime.now(dt.timezone.utc)
    run_id = started_at.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    wh = Path(warehouse).resolve()

    with warehouse_lock(wh):
        if full_refresh:
            logger.warning("full refresh: deleting the lake under %s", wh)
            reset_lake(wh)
        init_lake(wh)
        scan = scan_task(str(input_path), str(wh))
        plan = plan_task(scan, str(wh))
        logger.info("%d inputs to process, %d unchanged, %d retracted",
                    len(plan.to_process), plan.skipped, len(plan.retract_ids))

        rows: dict[str, list] = {"articles": [], "lines": [], "mentions": [], "quarantine": []}
        rejected = list(plan.rejected)
        statuses: Counter = Counter()
        below_screen = 0
        batch_size = max(1, min(batch_size, -(-len(plan.to_process) // max(1, workers))))
        # every batch's stages run as futures (threads, or processes with workers > 1);
        # cleaning waits for the whole run's line counts, and results are gathered in
        # batch order, so the output depends neither on scheduling nor on batch size
        prepared = [prepare_task.submit(ingest_task.submit(plan.to_process[start:start + batch_size]))
                    for start in range(0, len(plan.to_process), batch_size)]
        run_counts = merge_outlet_counts(f.result().line_counts for f in prepared)
        outlet_counts = _outlet_line_counts(
            wh, set(run_counts), {u.article_id for u in plan.to_process} | plan.retract_ids)
        submitted = []
        for prepared_f in prepared:
            cleaned = clean_task.submit(prepared_f, outlet_counts, run_counts)
            geocoded = geocode_task.submit(extract_task.submit(cleaned, spacy_model, str(wh)), str(wh), screen)
            submitted.append((prepared_f, cleaned, geocoded))
        for number, (prepared_f, cleaned_f, geocoded_f) in enumerate(submitted, start=1):
            batch, cleaned, extracted = prepared_f.result(), cleaned_f.result(), geocoded_f.result()
            mentions = extracted.mentions
            rejected.extend(batch.rejected)
            now = dt.datetime.now(dt.timezone.utc)
            raws = [p.raw for p in batch.prepared]
            for raw, clean in zip(raws, cleaned):
                if clean.article_id in extracted.failed:
                    # kept and counted, with the error; the next run tries it again
                    clean = replace(clean, status=STATUS_EXTRACT_FAILED, status_reason=extracted.failed[clean.article_id])
                rows["articles"].append(article_row(raw, clean, scan.input_root, run_id, now))
                rows["lines"].extend(line_rows(clean))
                statuses[clean.status] += 1
            rows["mentions"].extend(mention_row(m, block_key(m)) for m in mentions)
            below_screen += extracted.below_screen
            logger.info("batch %d: %d articles, %d mentions (%d under the screen's threshold)", number, len(raws),
                        len(mentions), extracted.below_screen)

        now = dt.datetime.now(dt.timezone.utc)
        rows["quarantine"] = [_quarantine_row(r, run_id, now) for r in rejected]
        run_row = {"run_id": run_id, "started_at": started_at, "input": str(Path(input_path).resolve()),
                   "full_refresh": full_refresh, "files_seen": scan.files_seen,
                   "articles_read": len(rows["articles"]), "articles_skipped": plan.skipped,
                   "articles_retracted": len(plan.retract_ids - {r["article_id"] for r in rows["articles"]}),
                   "articles_ok": statuses[STATUS_OK], "quarantined": len(rejected),
                   "mentions": len(rows["mentions"]), "seconds": None}
        # the screen scores mentions only with a real gazetteer (geocode_task); without one, nothing is dropped
        scored = screen and has_gazetteer(wh)
        landed = land_task(str(wh), run_id, rows, plan, run_row, default_screen_model().threshold if scored else None)
        database = views_task(str(wh))

    summary = RunSummary(
        run_id=run_id, warehouse=str(wh), database=database, files_seen=scan.files_seen,
        articles_read=len(rows["articles"]), articles_skipped=plan.skipped,
        articles_retracted=run_row["articles_retracted"], statuses=dict(statuses),
        quarantined=len(rejected), quarantine_reasons=dict(Counter(r.reason for r in rejected)),
        mentions=len(rows["mentions"]), mentions_below_screen=below_screen, events_resolved=landed.events_resolved,
        events_total=landed.events_total, seconds=round(time.perf_counter() - started, 2))
    create_markdown_artifact(key="sitrep-run-summary", markdown=render_markdown(summary),
                             description=f"sitrep run {run_id}")
    logger.info("run %s done in %.1fs: %d events in the warehouse", run_id, summary.seconds, summary.events_total)
    return summary.as_dict()


def run_pipeline(input_path: str, warehouse: str, workers: int = 1, **params) -> dict:
    """Run the flow; with workers > 1 the batch stages run in that many processes."""
    flow_ = sitrep_pipeline
    if workers > 1:
        flow_ = sitrep_pipeline.with_options(task_runner=ProcessPoolTaskRunner(max_workers=workers))
    return flow_(input_path=input_path, warehouse=warehouse, workers=workers, **params)
