"""An ingest killed mid-batch (SIGKILL) and run again ends with exactly the store of one clean run:
no document lost or stored twice, no incident duplicated, the store opens fine (issue 6)."""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bilan.pipeline import GROUP_SIZE, run_ingest
from bilan.store import Store

# GROUP_SIZE documents are stored in one transaction each: two whole groups and a part
N_ARTICLES = 2 * GROUP_SIZE + GROUP_SIZE // 4
BILAN = Path(sys.executable).with_name("bilan")
KILL_AT_WAL_BYTES = 150_000 * GROUP_SIZE // 32  # the write-ahead log of a store part-way through storing extractions
# ... and settled: the log has kept its size this long, so the transaction that took it over the
# threshold is written whole (a kill while DuckDB is still writing it loses that whole group, and
# the store then holds no extracted document at all: not the mid-run state this test is about)
WAL_SETTLED_S = 0.1


def generated_corpus(n: int):
    """The benchmark's generated news articles (benchmarks/throughput.py), reused, not copied."""
    spec = importlib.util.spec_from_file_location(
        "bilan_bench_throughput", Path(__file__).parents[1] / "benchmarks" / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.corpus(n)


def snapshot(db: Path) -> dict:
    """What a run leaves in the store, without generated ids or timestamps."""
    with Store.open(db, read_only=True) as store:
        q = store.con.execute
        return {
            "documents": sorted(q("SELECT doc_id, status FROM documents").fetchall()),
            "duplicate_documents": q("SELECT doc_id FROM documents GROUP BY doc_id HAVING count(*) > 1").fetchall(),
            "incidents": sorted(q(
                "SELECT list_sort(list(d.doc_id)), i.event_type, i.sub_event_type, i.date_start, i.location_name,"
                " i.fatalities_best FROM incidents i JOIN incident_documents d ON d.incident_id = i.id"
                " GROUP BY ALL").fetchall()),
            "incident_links": q("SELECT count(*), count(DISTINCT (incident_id, doc_id)) FROM incident_documents")
            .fetchone(),
        }


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not BILAN.exists(), reason="the bilan command is not installed next to this Python")
@pytest.mark.parametrize("workers", [0, 1], ids=["in-process", "one-worker"])
def test_ingest_killed_mid_batch_then_rerun_equals_one_clean_run(tmp_path, workers):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, doc in enumerate(generated_corpus(N_ARTICLES)):
        (folder / f"a{i:02d}.txt").write_text(doc.text, encoding="utf-8")

    killed_db = tmp_path / "killed.duckdb"
    wal = Path(f"{killed_db}.wal")
    proc = subprocess.Popen([str(BILAN), "ingest", str(folder), "--db", str(killed_db), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers_seen: list[int] = []
    try:
        deadline = time.monotonic() + 120
        size, since = -1, time.monotonic()
        while proc.poll() is None and time.monotonic() < deadline:
            now = time.monotonic()
            if wal.exists() and wal.stat().st_size != size:
                size, since = wal.stat().st_size, now
            if size > KILL_AT_WAL_BYTES and now - since >= WAL_SETTLED_S:
                if workers and Path("/proc").is_dir():
                    # the worker process (multiprocessing may add a resource tracker beside it)
                    workers_seen = [c for c in children(proc.pid) if alive(c)]
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    if workers and Path("/proc").is_dir():
        assert workers_seen, "no worker process was running"
        deadline = time.monotonic() + 15
        while any(alive(c) for c in workers_seen) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(c) for c in workers_seen), "a worker outlived the killed run"

    with Store.open(killed_db, read_only=True) as store:  # the killed store opens (WAL replayed)
        extracted = store.count_documents("extracted")
    assert 0 < extracted < N_ARTICLES, f"killed with {extracted} documents extracted: not mid-batch"

    rerun = subprocess.run([str(BILAN), "ingest", str(folder), "--db", str(killed_db)],
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr

    clean_db = tmp_path / "clean.duckdb"
    with Store.open(clean_db) as store:
        summary = run_ingest([folder], store)
    assert summary.new == N_ARTICLES and not summary.errors

    after, clean = snapshot(killed_db), snapshot(clean_db)
    assert after["duplicate_documents"] == []
    assert after["incident_links"][0] == after["incident_links"][1]  # no incident–document pair twice
    assert len(after["documents"]) == N_ARTICLES
    assert {status for _, status in after["documents"]} == {"extracted"}
    assert after == clean
