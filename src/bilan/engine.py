"""Engines for a run: ``local`` (this machine, :func:`bilan.pipeline.run_ingest`: one process
reads and stores while ``workers`` processes parse and extract, or all in one process with
``workers=0``) or ``ray`` (Ray Data on this machine or a cluster), all ending in the same store.

The Ray path has three steps:

1. **read** — the driver lists the input files (:func:`bilan.ingest.input_files`: folders walked,
   JSONL/Parquet shards, WARC files, single articles); a Ray Data stage reads each file with
   :func:`bilan.ingest.iter_inputs` into document rows or error rows (one task per file);
2. **extract** — a class-based ``map_batches`` stage (:class:`Extractor`, an actor pool of
   ``workers`` actors) loads the spaCy pipelines and the language detector once per worker in
   ``__init__``, takes ``batch_size`` documents at a time, assigns the language and extracts
   incidents (``pipeline.extract_many``) into Arrow rows with JSON records (document, incidents,
   error), and writes them itself as one Parquet part file per read block (``--parquet-out``, or a
   temporary folder): the results do not travel through the object store to a write stage, and no
   write task processes take CPU from the actors;
3. **load** — one writer process (the driver) reads the Parquet back in input order and stores
   documents, incidents (through the normal linking path, ``pipeline.store_extraction``) and
   error rows, exactly as ``bilan ingest`` would, so both engines give the same store.

Reruns are idempotent: documents already ``extracted`` in the store are neither extracted again
(the workers get their ids) nor stored twice; a document seen twice in one run counts once.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from bilan.model import Document, Incident, IngestError
from bilan.pipeline import BATCH_SIZE, RunSummary

ENGINES = ("local", "ray")

# one result row per input item; JSON records keep the Arrow schema flat and stable
RESULT_COLUMNS = ("file_index", "item_index", "kind", "status", "doc_id", "document", "incidents", "error",
                  "worker_pid", "worker_peak_rss_mb", "batch_started", "batch_seconds")
# batch_started (Unix seconds) and batch_seconds: when the worker began the batch this row came in and
# how long the batch took (reading excluded): the steady-state rate of a run, without actor start-up
# kind: "document" | "error" (an ingest error: no document)
# status of a document row: "extracted", "known" (already extracted in the store: skipped),
# "language_failed" (document stored as failed, error set), "extract_failed" (same)
INGEST_CHUNK = 256  # rows per block out of the read stage


def _schema(stage: str):
    import pyarrow as pa

    cols = [("file_index", pa.int64()), ("item_index", pa.int64()), ("kind", pa.string()),
            ("doc_id", pa.string()), ("document", pa.large_string()), ("error", pa.string())]
    if stage == "result":
        cols += [("status", pa.string()), ("incidents", pa.large_string()), ("worker_pid", pa.int64()),
                 ("worker_peak_rss_mb", pa.float64()), ("batch_started", pa.float64()),
                 ("batch_seconds", pa.float64())]
    return pa.schema(cols)


# --- step 1: read ---------------------------------------------------------------------------


def read_file(file_index: int, path: str, published: dt.date | None = None,
              country: str | None = None) -> Iterator[dict[str, Any]]:
    """The rows of one input file: a document row per article, an error row per problem (``country``:
    the ``Document.country`` of the articles that set none, carried in the document's JSON)."""
    from bilan.ingest import iter_inputs

    for i, item in enumerate(iter_inputs([path], published, country=country)):
        if isinstance(item, IngestError):
            yield {"file_index": file_index, "item_index": i, "kind": "error", "doc_id": item.doc_id,
                   "document": None, "error": item.model_dump_json()}
        else:
            yield {"file_index": file_index, "item_index": i, "kind": "document", "doc_id": item.doc_id,
                   "document": item.model_dump_json(), "error": None}


def _read_batch(batch, published: str | None = None, country: str | None = None):
    """Ray Data stage: a batch of ``{file_index, path}`` rows to blocks of document/error rows."""
    import pyarrow as pa

    pub = dt.date.fromisoformat(published) if published else None
    schema = _schema("read")
    rows: list[dict[str, Any]] = []
    for item in batch.to_pylist():
        for row in read_file(item["file_index"], item["path"], pub, country):
            rows.append(row)
            if len(rows) >= INGEST_CHUNK:
                yield pa.Table.from_pylist(rows, schema=schema)
                rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=schema)


# --- step 2: extract ------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM) in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Extractor:
    """The Ray Data extraction stage (a callable class: one instance per worker process).

    ``__init__`` loads what is expensive once per worker: the spaCy pipeline of each supported
    language, the language detector and the extraction lexicons (by extracting a warm-up
    sentence). ``__call__`` takes a batch of read rows (Arrow) and returns result rows (Arrow):
    language assignment and extraction for documents, error rows passed through.
    """

    def __init__(self, known: Iterable[str] = (), batch_size: int = BATCH_SIZE,
                 languages: Iterable[str] | None = None, out_dir: str | None = None, run_token: str = "") -> None:
        from bilan.language import detector
        from bilan.pipeline import warm_up

        self.known = frozenset(known)
        self.batch_size = batch_size
        self.run_token = run_token
        self.out = _filesystem(out_dir) if out_dir is not None else None
        if self.out is not None:
            self.out[0].create_dir(self.out[1], recursive=True)
        detector()
        warm_up(languages)  # a language without its model: its documents fail with an error row

    def __call__(self, batch):
        """Result rows of ``batch``; with ``out_dir``, written as one Parquet part file here, and
        only that file's name and row count returned."""
        import pyarrow as pa

        rows = batch.to_pylist()
        table = pa.Table.from_pylist(self.process(rows), schema=_schema("result"))
        if self.out is None:
            return table
        if not rows:
            return pa.table({"part": pa.array([], pa.string()), "rows": pa.array([], pa.int64())})
        import pyarrow.parquet as pq

        # named after the block's first row: a retried block overwrites its own file, never doubles it
        name = f"{self.run_token}_{rows[0]['file_index']:06d}_{rows[0]['item_index']:09d}.parquet"
        fs, base = self.out
        pq.write_table(table, f"{base.rstrip('/')}/{name}", filesystem=fs)
        return pa.table({"part": [name], "rows": [table.num_rows]})

    def process(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        from bilan.language import assign_language
        from bilan.pipeline import extract_many

        started, clock = time.time(), time.perf_counter()
        out: list[dict[str, Any]] = []
        todo: list[tuple[dict[str, Any], Document]] = []
        for row in rows:
            res = {**row, "status": None, "incidents": None}
            out.append(res)
            if row["kind"] != "document":
                continue
            doc = Document.model_validate_json(row["document"])
            if doc.doc_id in self.known:
                res["status"] = "known"
                continue
            checked = assign_language(doc, declared=doc.language)
            if isinstance(checked, IngestError):
                res["status"], res["error"] = "language_failed", checked.model_dump_json()
                continue
            res["document"] = checked.model_dump_json()
            todo.append((res, checked))
        for (res, _), ex in zip(todo, extract_many((d for _, d in todo), batch_size=self.batch_size), strict=True):
            if ex.error is not None:
                res["status"] = "extract_failed"
                res["error"] = IngestError(source=ex.document.source_path or ex.document.doc_id,
                                           reason="extract_failed", stage="extract", detail=ex.error,
                                           doc_id=ex.document.doc_id).model_dump_json()
            else:
                res["status"] = "extracted"
                res["incidents"] = json.dumps([inc.model_dump(mode="json") for inc in ex.incidents],
                                              ensure_ascii=False)
        pid, rss, seconds = os.getpid(), peak_rss_mb(), time.perf_counter() - clock
        for res in out:
            res["worker_pid"], res["worker_peak_rss_mb"] = pid, rss
            res["batch_started"], res["batch_seconds"] = started, seconds
        return out


def extract_to_parquet(paths: Iterable[str | Path], out_dir: str | Path, *, workers: int = 1,
                       batch_size: int = BATCH_SIZE, published: dt.date | None = None,
                       known: Iterable[str] = (), country: str | None = None) -> int:
    """Steps 1 and 2 on the running Ray instance: read and extract ``paths`` into Parquet files
    under ``out_dir`` (which must be empty or absent; on a cluster, a path every node and the
    driver can reach). Returns the number of input files."""
    import ray.data

    from bilan.ingest import input_files

    files = [{"file_index": i, "path": str(p)} for i, p in enumerate(input_files(paths))]
    if not files:
        return 0
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = bool(os.environ.get("BILAN_RAY_PROGRESS"))
    token = uuid.uuid4().hex[:16]  # this run's part files: {token}_{file}_{item}.parquet
    ds = ray.data.from_items(files, override_num_blocks=min(len(files), 1000))
    ds = ds.map_batches(_read_batch, batch_size=1, batch_format="pyarrow",
                        fn_kwargs={"published": published.isoformat() if published else None, "country": country})
    # batch_size=None: Ray fuses the read stage into this one and would otherwise bundle
    # ``batch_size`` *files* per task (the larger of the two stages' batch sizes), so a run of up to
    # 16 files went to one actor whatever --workers said. Each read block (up to INGEST_CHUNK rows)
    # is one call; the Extractor itself parses ``batch_size`` documents at a time.
    # The actors write the Parquet part files themselves (out_dir): a write stage after them would
    # be a task stage (Ray does not fuse it into an actor stage) whose tasks either wait for the
    # actors' CPUs (the results held in the object store until the last batch) or, asking for no
    # CPU, run their own worker processes on the cores the actors hold (docs/performance.md).
    ds = ds.map_batches(Extractor, batch_size=None, batch_format="pyarrow",
                        compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1,
                        fn_constructor_kwargs={"known": sorted(set(known)), "batch_size": batch_size,
                                               "out_dir": _absolute(out_dir), "run_token": token})
    written = ds.take_all()  # one small row per part file
    if sum(r["rows"] for r in written) == 0:  # no rows at all (every file empty): an empty result file
        import pyarrow.parquet as pq

        fs, base = _filesystem(_absolute(out_dir))
        fs.create_dir(base, recursive=True)
        pq.write_table(_schema("result").empty_table(), f"{base.rstrip('/')}/{token}_empty.parquet", filesystem=fs)
    return len(files)


def _absolute(path: str | Path) -> str:
    """A URI as given; a local path made absolute (the actors may not share the driver's cwd)."""
    return str(path) if "://" in str(path) else str(Path(path).resolve())


def _filesystem(path: str):
    """The Arrow filesystem of a local path or a URI (``s3://``, ``gs://``, ``file://``...) and the
    path in it."""
    import pyarrow.fs

    if "://" in path:
        return pyarrow.fs.FileSystem.from_uri(path)
    return pyarrow.fs.LocalFileSystem(), path


# --- step 3: load ---------------------------------------------------------------------------


def read_results(parquet_dir: str | Path):
    """The result rows written by :func:`extract_to_parquet`, as one Arrow table in input order."""
    import pyarrow.dataset as pads

    table = pads.dataset(str(parquet_dir), format="parquet", schema=_schema("result")).to_table()
    return table.sort_by([("file_index", "ascending"), ("item_index", "ascending")])


def load_results(store, parquet_dir: str | Path, command: str = "run",
                 progress: Callable[[str], None] | None = None) -> RunSummary:
    """Step 3, in the one writer process: store what the workers extracted, in input order,
    as :func:`bilan.pipeline.run_ingest` would have (same documents, statuses, links, errors)."""
    from bilan.pipeline import GroupWriter, note_country_kept

    table = read_results(parquet_dir)
    writer = GroupWriter(store, command)
    summary = writer.summary
    seen: set[str] = set()  # the same article in two inputs of this run: the first one counts (as iter_inputs)
    for batch in table.to_batches(max_chunksize=writer.group_size):
        rows = []
        for row in batch.to_pylist():
            if row["kind"] != "error" and row["doc_id"] in seen:
                continue
            summary.seen += 1
            if row["kind"] == "error":
                err = IngestError.model_validate_json(row["error"])
                if progress:
                    progress(err.source)
                writer.note_error(err)
            else:
                seen.add(row["doc_id"])
                rows.append(row)
        statuses = store.document_statuses(row["doc_id"] for row in rows)
        docs = [Document.model_validate_json(row["document"]) for row in rows]
        # a text stored under another country keeps it (as run_ingest: summary.country_kept)
        note_country_kept(store, summary, [d for d, row in zip(docs, rows, strict=True) if d.country and (
            row["status"] == "known" or statuses.get(d.doc_id) == "extracted")])
        ready = []
        for row, doc in zip(rows, docs, strict=True):
            if progress:
                progress(doc.source_path or doc.doc_id)
            # a worker marks "known" what the store had extracted when the run began
            if writer.unchanged(doc.doc_id, "extracted" if row["status"] == "known" else statuses.get(doc.doc_id)):
                continue
            if row["status"] in ("language_failed", "extract_failed"):
                store.add_document(doc, status="failed")
                writer.note_error(IngestError.model_validate_json(row["error"]))
            else:
                ready.append((doc, [Incident.model_validate(r) for r in json.loads(row["incidents"])]))
        store.add_documents([doc for doc, _ in ready], status="pending")
        for doc, incidents in ready:
            writer.add(doc, incidents)
    return writer.close()


# --- the whole run --------------------------------------------------------------------------


def extracted_ids(store) -> list[str]:
    return [r[0] for r in store.con.execute("SELECT doc_id FROM documents WHERE status = 'extracted'").fetchall()]


def import_ray():
    """Import Ray with its ``uv run`` runtime-env hook off, unless the user set it explicitly.

    Ray >= 2.45 notices a driver started by ``uv run`` (as ``make test`` and many users do) and
    starts each worker through ``uv run`` in a copy of the working directory. That re-resolves the
    project in every worker: it needs the network, and workers without the project's virtualenv
    die on ``import ray`` (seen in CI: "worker startup repeatedly failed"). Workers started with the
    driver's own interpreter already see the same installed packages."""
    import ray
    from ray._private import ray_constants

    if os.environ.get("RAY_ENABLE_UV_RUN_RUNTIME_ENV") is None:
        ray_constants.RAY_ENABLE_UV_RUN_RUNTIME_ENV = False
    return ray


# a local Ray started by bilan: no metrics collection and no task events (both feed only the
# dashboard, the state API and the timeline, which a local run started without the dashboard does
# not serve); every Ray process otherwise records them and sends them on, on the cores the actors use
LOCAL_RAY_SYSTEM_CONFIG = {"enable_metrics_collection": False, "task_events_report_interval_ms": 0}


def init_ray(address: str | None = None, workers: int | None = None) -> bool:
    """Start (or join) Ray; returns True when this call started it (and should shut it down).

    Without ``address``: a local Ray with ``workers`` CPUs (default: all), no dashboard. With an
    ``address`` (``auto``, ``ray://host:10001``, ``host:6379``): join that cluster."""
    ray = import_ray()
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=workers or os.cpu_count() or 1, include_dashboard=False, log_to_driver=False,
                 configure_logging=False, _system_config=LOCAL_RAY_SYSTEM_CONFIG)
    return True


def run_ray(paths: Iterable[str | Path], store, *, address: str | None = None, workers: int | None = None,
            batch_size: int = BATCH_SIZE, parquet_out: str | Path | None = None,
            published: dt.date | None = None, command: str = "run",
            progress: Callable[[str], None] | None = None, country: str | None = None) -> RunSummary:
    """Read and extract on Ray, write Parquet, load it into ``store`` (see the module docstring).

    ``parquet_out`` keeps the Parquet results there (it must not already hold results); without
    it they go to a temporary folder removed after loading."""
    import ray

    paths = list(paths)
    started = init_ray(address, workers)
    tmp = None
    try:
        if parquet_out is None:
            tmp = tempfile.mkdtemp(prefix="bilan-ray-")
            out = Path(tmp) / "results"
        else:
            out = parquet_out
            if _has_files(out):
                raise FileExistsError(f"{out} already holds files: give --parquet-out an empty or new folder")
        n_workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        n_files = extract_to_parquet(paths, out, workers=n_workers, batch_size=batch_size, published=published,
                                     known=extracted_ids(store), country=country)
        if n_files == 0:
            summary = RunSummary(run_id=store.start_run(command))
            store.finish_run(summary.run_id, n_docs=0, n_new=0, n_errors=0)
            return summary
        return load_results(store, out, command=command, progress=progress)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        if started:
            ray.shutdown()


def _has_files(path: str | Path) -> bool:
    if "://" in str(path):
        return False  # a remote URI: each run's part files carry a token of their own
    p = Path(path)
    return p.is_dir() and any(p.iterdir())


def run(paths: Iterable[str | Path], store, *, engine: str = "local", address: str | None = None,
        workers: int | None = None, batch_size: int = BATCH_SIZE, parquet_out: str | Path | None = None,
        published: dt.date | None = None, command: str = "run",
        progress: Callable[[str], None] | None = None, country: str | None = None) -> RunSummary:
    """Run ``paths`` into ``store`` with the chosen engine (``local`` or ``ray``); ``country``: the
    ``Document.country`` of the inputs that set none (:func:`bilan.pipeline.run_ingest`)."""
    if engine == "local":
        from bilan.pipeline import default_workers, run_ingest

        if address or parquet_out:
            raise ValueError("--address and --parquet-out need --engine ray")
        return run_ingest(paths, store, published=published, progress=progress, command=command,
                          workers=default_workers() if workers is None else workers, country=country)
    if engine == "ray":
        if workers == 0:
            raise ValueError("--workers 0 (extract in this process) is for --engine local")
        return run_ray(paths, store, address=address, workers=workers, batch_size=batch_size,
                       parquet_out=parquet_out, published=published, command=command, progress=progress,
                       country=country)
    raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
