"""Scaling: bilan's engines against the model floor, and Ray with 1 vs 2 workers. Not a test.

On the generated corpus of benchmarks/throughput.py (French and English news-like articles),
written as JSONL shards of SHARD articles (one Ray read task per shard):

(a) bare ``nlp.pipe`` articles/s (measured before and after the local runs: their mean) vs the
    local engine (``bilan run --engine local``: ingestion, language check, extraction, linking,
    DuckDB store) articles/s, and their ratio; the local engine with one and with two worker
    processes (two is the default on 2+ CPUs: they parse and extract while the run's process reads
    and stores; the workers' start-up and model loading included, as in a real run) - the two
    workers also against bare ``nlp.pipe`` in two processes, the floor of equal means - then all in
    one process (``--workers 0``) with its writer thread, and again with every write in line;
    CPU-time ratios (all threads, and the worker processes) say how much work bilan adds whatever
    overlaps;
(b) the Ray engine (``bilan run --engine ray --workers K``) with K = 1 and 2 extraction workers on a
    local Ray: articles/s of the read+extract stage (to Parquet) and of the whole run (plus the
    load into DuckDB), parallel efficiency rate(2) / (2 * rate(1)), and peak RSS per worker (the
    ``worker_peak_rss_mb`` column of the Parquet results). Each Ray run starts its actors and loads
    the models in them; the time of a 2-shard run (64 articles) shows that fixed cost. Wall-clock
    rates include it, so they grow with N. Steady-state rates leave it out, from the
    ``worker_pid``/``batch_started``/``batch_seconds`` result columns: the articles extracted while
    every worker was at work (from the last worker's first batch begun to the first worker's last
    batch ended; a batch across an edge counts for its part inside) over that window: the gaps
    between batches, the reading and the contention for the cores counted; one actor working alone
    while the other starts, or finishing its last block while the other has none left, not. The
    older measure, one span from the first batch any worker began to the
    last one any ended, is printed too: it counts the actors' start-up skew and the last block,
    which moved the ratio from run to run (an actor ready 0.5-14 s after the other on a busy
    machine). The 1- and 2-worker runs are repeated ``--ray-rounds`` times (default 2) in the
    order 1, 2, 2, 1, ... so that a machine drifting faster or slower over the minutes of the
    runs weighs on both alike; the efficiency is that of the summed articles and spans, and each
    round's is printed.

    .venv/bin/python benchmarks/scaling.py [N_ARTICLES] [--local-only | --ray-only] [--ray-rounds R]   # 2000, 2
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from throughput import corpus, floor_seconds, warm_up

from bilan import engine
from bilan.store import Store

SHARD = 32  # articles per JSONL shard: one extraction batch (pipeline.BATCH_SIZE)


def write_shards(docs, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for start in range(0, len(docs), SHARD):
        with open(folder / f"shard-{start // SHARD:04d}.jsonl", "w", encoding="utf-8") as fh:
            for d in docs[start:start + SHARD]:
                fh.write(json.dumps({"text": d.text, "language": d.language, "published": str(d.published)},
                                    ensure_ascii=False) + "\n")
    return folder


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def floor_two_seconds(docs) -> float:
    """Bare ``nlp.pipe`` with ``n_process=2`` (spaCy's own multiprocessing, forked from this
    process: the children inherit the loaded models) - the floor to hold two bilan workers to."""
    from bilan import nlp

    t = time.perf_counter()
    for lang in ("fr", "en"):
        for _ in nlp.get(lang).pipe([d.text for d in docs if d.language == lang], batch_size=16, n_process=2):
            pass
    return time.perf_counter() - t


def local_seconds(folder: Path, db: Path, background_writer: bool = True, workers: int = 0) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all threads of this process, and its worker processes, which
    are joined at the end of the run) of a local run into a new store."""
    from bilan.pipeline import run_ingest

    with Store.open(db) as store:
        t, c, cc = time.perf_counter(), time.process_time(), _children_cpu()
        run_ingest([folder], store, command="run", background_writer=background_writer, workers=workers)
        return time.perf_counter() - t, time.process_time() - c + _children_cpu() - cc


def steady_state(table) -> tuple[float, float, float]:
    """Articles/s while every worker was at work, that window's seconds, and the seconds from the
    first batch any worker began to the last one any ended (actor start-up, model loading and the
    driver's scheduling before the first batch left out of both). The window runs from the last
    worker's first batch begun to the first worker's last batch ended; a batch across an edge
    counts for the part of its time inside."""
    batches: dict[tuple[int, float, float], int] = {}
    for pid, s, d, kind in zip(table["worker_pid"].to_pylist(), table["batch_started"].to_pylist(),
                               table["batch_seconds"].to_pylist(), table["kind"].to_pylist(), strict=True):
        if s is not None:
            batches[pid, s, d] = batches.get((pid, s, d), 0) + (kind == "document")
    spans: dict[int, tuple[float, float]] = {}
    for pid, s, d in batches:
        a, b = spans.get(pid, (s, s + d))
        spans[pid] = (min(a, s), max(b, s + d))
    w0, w1 = max(a for a, _ in spans.values()), min(b for _, b in spans.values())
    inside = sum(n * max(0.0, min(s + d, w1) - max(s, w0)) / d for (_, s, d), n in batches.items() if d > 0)
    steady = max(b for _, b in spans.values()) - min(a for a, _ in spans.values())
    return (inside / (w1 - w0) if w1 > w0 else float("nan")), w1 - w0, steady


def ray_run(folder: Path, workdir: Path, workers: int) -> dict[str, float]:
    """Read+extract to Parquet, then load into a fresh store; seconds for each, peak RSS per worker."""
    out = workdir / f"parquet-{workers}"
    t, c = time.perf_counter(), time.process_time()
    engine.extract_to_parquet([folder], out, workers=workers)
    extract, driver_cpu = time.perf_counter() - t, time.process_time() - c
    with Store.open(workdir / f"ray-{workers}.duckdb") as store:
        t = time.perf_counter()
        engine.load_results(store, out)
        load = time.perf_counter() - t
    table = engine.read_results(out)
    rss: dict[int, float] = {}
    for pid, mb in zip(table["worker_pid"].to_pylist(), table["worker_peak_rss_mb"].to_pylist(), strict=True):
        if pid is not None:
            rss[pid] = max(rss.get(pid, 0.0), mb)
    rate, window, steady = steady_state(table)
    return {"extract": extract, "load": load, "workers_seen": len(rss), "peak_rss_mb": max(rss.values()),
            "steady": steady, "worker_rate": rate, "window": (window, steady), "driver_cpu": driver_cpu}


def main(n: int = 2000, ray: bool = True, ray_rounds: int = 2, local: bool = True) -> None:
    docs = corpus(n)
    with tempfile.TemporaryDirectory(prefix="bilan-scaling-") as tmp:
        work = Path(tmp)
        folder = write_shards(docs, work / "in")
        small = write_shards(docs[:2 * SHARD], work / "small")
        print(f"articles: {n} in {len(list(folder.iterdir()))} JSONL shards; cpus: {os.cpu_count()}; "
              f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

        if local:
            warm_up(docs)
            local_seconds(small, work / "warm.duckdb")  # language detector, dedup, store code paths
            # the floor is measured before and after the local runs (the speed of a shared machine
            # drifts over minutes); ratios use the mean of the two
            c = time.process_time()
            floor_before = floor_seconds(docs)
            floor_cpu_before = time.process_time() - c
            floor_two = floor_two_seconds(docs)
            start_up, _ = local_seconds(small, work / "small-w1.duckdb", workers=1)
            worker, worker_cpu = local_seconds(folder, work / "worker.duckdb", workers=1)
            two, two_cpu = local_seconds(folder, work / "two.duckdb", workers=2)
            local, local_cpu = local_seconds(folder, work / "local.duckdb")
            inline, inline_cpu = local_seconds(folder, work / "inline.duckdb", background_writer=False)
            c = time.process_time()
            floor_after = floor_seconds(docs)
            floor_cpu = (floor_cpu_before + time.process_time() - c) / 2
            floor = (floor_before + floor_after) / 2
            print(f"(a) bare nlp.pipe:       {n / floor:7.1f} articles/s   (CPU {floor_cpu:.1f} s; "
                  f"{n / floor_before:.1f} before the local runs, {n / floor_after:.1f} after)")
            print(f"    bilan local engine, one extraction process (--workers 1): {n / worker:7.1f} "
                  f"articles/s   ratio {floor / worker:.2f} (target >= 0.8), its start-up (model loading) included: "
                  f"a {2 * SHARD}-article run takes {start_up:.1f} s; CPU {worker_cpu:.1f} s, CPU ratio "
                  f"{floor_cpu / worker_cpu:.2f}")
            print(f"    the same, two extraction processes (--workers 2, the default on 2+ CPUs): {n / two:7.1f} articles/s   "
                  f"ratio {floor / two:.2f}; CPU {two_cpu:.1f} s, CPU ratio {floor_cpu / two_cpu:.2f}")
            print(f"    bare nlp.pipe in two processes (n_process=2, forked): {n / floor_two:7.1f} articles/s; "
                  f"two extraction processes against it: ratio {floor_two / two:.2f}")
            print(f"    the same, all in this process (--workers 0), writer thread: {n / local:7.1f} articles/s   "
                  f"ratio {floor / local:.2f}; CPU {local_cpu:.1f} s, CPU ratio {floor_cpu / local_cpu:.2f}")
            print(f"    the same, store writes in line (no writer thread): {n / inline:7.1f} articles/s   "
                  f"ratio {floor / inline:.2f}; CPU ratio {floor_cpu / inline_cpu:.2f}")

        if not ray:
            print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            return
        engine.init_ray(workers=2)
        fixed = {k: ray_run(small, work / f"small-{k}", k)["extract"] for k in (1, 2)}
        total: dict[int, dict[str, float]] = {k: {"extract": 0.0, "steady": 0.0, "worker_time": 0.0} for k in (1, 2)}
        rounds = []
        for i in range(ray_rounds):
            result = {}
            for k in ((1, 2) if i % 2 == 0 else (2, 1)):
                r = result[k] = ray_run(folder, work / f"run-{i}-{k}", k)
                total[k]["extract"] += r["extract"]
                total[k]["steady"] += r["steady"]
                total[k]["worker_time"] += n / r["worker_rate"]
                print(f"(b) round {i + 1}, ray, {k} worker(s): read+extract {n / r['extract']:6.1f} articles/s "
                      f"({r['extract']:.1f} s; a {2 * SHARD}-article run: {fixed[k]:.1f} s; driver CPU "
                      f"{r['driver_cpu']:.1f} s), whole run incl. load into DuckDB "
                      f"{n / (r['extract'] + r['load']):6.1f} articles/s (load {r['load']:.1f} s); "
                      f"workers seen {r['workers_seen']}, peak RSS per worker {r['peak_rss_mb']:.0f} MB (target <= 1500); "
                      f"steady state: all workers at work {r['worker_rate']:6.1f} articles/s (for "
                      f"{r['window'][0]:.1f} s of the {r['window'][1]:.1f} s from the first batch begun to the last "
                      f"ended), first batch begun to last ended {n / r['steady']:6.1f} articles/s")
            rounds.append(result)
            print(f"    round {i + 1}: parallel efficiency rate(2) / (2 * rate(1)): wall clock "
                  f"{result[1]['extract'] / (2 * result[2]['extract']):.2f}, steady state (all at work) "
                  f"{result[2]['worker_rate'] / (2 * result[1]['worker_rate']):.2f}, first to last batch "
                  f"{result[1]['steady'] / (2 * result[2]['steady']):.2f}")
        print(f"    {ray_rounds} round(s) together (summed articles and seconds): parallel efficiency wall clock "
              f"{total[1]['extract'] / (2 * total[2]['extract']):.2f}, steady state (all at work) "
              f"{total[1]['worker_time'] / (2 * total[2]['worker_time']):.2f} (target >= 0.9), first to last "
              f"batch {total[1]['steady'] / (2 * total[2]['steady']):.2f}")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        engine.import_ray().shutdown()


if __name__ == "__main__":
    argv = sys.argv[1:]
    rounds = int(argv.pop(argv.index("--ray-rounds") + 1)) if "--ray-rounds" in argv else 2
    args = [a for a in argv if not a.startswith("--")]
    main(int(args[0]) if args else 2000, ray="--local-only" not in argv, ray_rounds=rounds,
         local="--ray-only" not in argv)
