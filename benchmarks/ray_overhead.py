"""CPU spent outside the Extractor actors of a Ray read+extract run, per 1,000 articles. Not a test.

On a machine shared with other jobs wall-clock rates say little, but CPU seconds do: with as many
actors as cores, every CPU second that the driver and Ray's other processes (raylet, GCS, log
monitor, Ray Data's helper actors, write tasks...) spend during the run is taken from the actors.
This script starts a driver process (a local Ray, as ``bilan run --engine ray`` starts it), makes a
64-article warm-up run, waits for the machine's Ray processes to go quiet, then runs
``engine.extract_to_parquet`` on N generated articles (benchmarks/throughput.py's corpus, written as
benchmarks/scaling.py's JSONL shards). This process, outside the measured tree, reads user+sys of
the driver and of every process under it every 0.2 s; the actors are told by the ``worker_pid``
column of the results. It prints, for the whole run and for its steady state (the window in which
every actor was at work, as scaling.py's steady-state rate), the CPU of each group of processes per
1,000 articles, the actors' CPU per article, and the cores the non-actor processes kept busy.

    .venv/bin/python benchmarks/ray_overhead.py [N_ARTICLES] [--workers K]   # 600, 2
"""

from __future__ import annotations

import importlib.util
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

POLL = 0.2
HERE = Path(__file__).resolve().parent


def _psutil():
    try:
        import psutil
    except ImportError:  # Ray ships its own copy
        sys.path.append(str(Path(importlib.util.find_spec("ray").origin).parent / "thirdparty_files"))
        import psutil
    return psutil


def driver(n: int, work: Path, workers: int) -> None:
    """The measured process: Ray, a warm-up run, quiet, then the run between START and END."""
    sys.path.insert(0, str(HERE))
    from scaling import SHARD, write_shards
    from throughput import corpus

    from bilan import engine

    psutil = _psutil()
    docs = corpus(n)
    folder = write_shards(docs, work / "in")
    small = write_shards(docs[:2 * SHARD], work / "small")
    engine.init_ray(workers=workers)
    engine.extract_to_parquet([small], work / "small-out", workers=workers)

    def tree_cpu() -> float:
        total = 0.0
        for p in [psutil.Process()] + psutil.Process().children(recursive=True):
            try:
                c = p.cpu_times()
                total += c.user + c.system
            except psutil.Error:
                pass
        return total

    # the warm-up's actors may still be loading their models: wait for 3 quiet seconds in a row
    quiet, last, t0 = 0, tree_cpu(), time.time()
    while quiet < 3 and time.time() - t0 < 180:
        time.sleep(1.0)
        now = tree_cpu()
        quiet = quiet + 1 if now - last < 0.25 else 0
        last = now
    print("START", time.time(), flush=True)
    t = time.perf_counter()
    engine.extract_to_parquet([folder], work / "out", workers=workers)
    print("END", time.time(), time.perf_counter() - t, flush=True)
    sys.stdin.readline()  # the parent's last reading is taken
    engine.import_ray().shutdown()


def group(name: str, is_driver: bool) -> str:
    """A process's group: the driver, a Ray binary (raylet, gcs_server), a Ray worker by its task or
    actor title (``ray::...``), or a Python script of Ray's (log monitor, agents) by its path end."""
    if is_driver:
        return "driver"
    parts = name.split()
    exe = parts[0] if parts else "?"
    if exe.startswith("ray::"):
        return exe
    if os.path.basename(exe) in ("raylet", "gcs_server"):
        return os.path.basename(exe)
    script = next((p for p in parts[1:] if p.endswith(".py")), exe)
    if script.endswith("default_worker.py"):
        return "ray worker (before its first task)"
    return "/".join(Path(script).parts[-2:])


def main(n: int, workers: int) -> None:
    psutil = _psutil()
    from bilan.engine import read_results

    def tree(pid: int) -> dict[tuple[int, float], tuple[float, str]]:
        out = {}
        try:
            root = psutil.Process(pid)
            procs = [root] + root.children(recursive=True)
        except psutil.Error:
            return out
        for p in procs:
            try:
                with p.oneshot():
                    c = p.cpu_times()
                    out[p.pid, p.create_time()] = (c.user + c.system, " ".join(p.cmdline()).strip() or p.name())
            except psutil.Error:
                pass
        return out

    with tempfile.TemporaryDirectory(prefix="bilan-ray-overhead-") as tmp:
        work = Path(tmp)
        proc = subprocess.Popen([sys.executable, __file__, "--driver", str(n), str(work), str(workers)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
        series: list[tuple[float, dict]] = []
        names: dict[tuple[int, float], set[str]] = {}
        start = wall = None
        while wall is None:
            snap = tree(proc.pid)
            series.append((time.time(), snap))
            for k, (_, nm) in snap.items():
                names.setdefault(k, set()).add(nm)
            while not lines.empty():
                line = lines.get()
                if line.startswith("START"):
                    start = len(series) - 1
                elif line.startswith("END"):
                    wall = float(line.split()[2])
            if proc.poll() is not None:
                raise SystemExit("the driver stopped before the end of the run")
            time.sleep(POLL)
        time.sleep(0.5)
        series.append((time.time(), tree(proc.pid)))
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait()
        table = read_results(work / "out")

    pids, starts, secs, kinds = (table[c].to_pylist() for c in ("worker_pid", "batch_started", "batch_seconds", "kind"))
    actors = {p for p in pids if p is not None}
    spans: dict[int, tuple[float, float]] = {}
    batches: dict[tuple[int, float, float], int] = {}
    for pid, s, d, kind in zip(pids, starts, secs, kinds, strict=True):
        if s is not None:
            a, b = spans.get(pid, (s, s + d))
            spans[pid] = (min(a, s), max(b, s + d))
            batches[pid, s, d] = batches.get((pid, s, d), 0) + (kind == "document")
    w0, w1 = max(a for a, _ in spans.values()), min(b for _, b in spans.values())
    inside = sum(k * max(0.0, min(s + d, w1) - max(s, w0)) / d for (_, s, d), k in batches.items() if d > 0)

    def cpu_at(t: float) -> dict:
        """CPU of each process at time t, linear between two readings (a process not yet started: 0)."""
        for (t0, s0), (t1, s1) in zip(series, series[1:]):
            if t0 <= t <= t1:
                f = (t - t0) / (t1 - t0) if t1 > t0 else 0.0
                out = {}
                for k in set(s0) | set(s1):
                    a = s0[k][0] if k in s0 else 0.0
                    b = s1[k][0] if k in s1 else a  # ended between the two readings
                    out[k] = a + (b - a) * f
                return out
        return {}

    after: dict = {}
    for _, snap in series[start:]:  # a process that ended during the run: its last reading
        after.update({k: c for k, (c, _) in snap.items()})
    before = {k: c for k, (c, _) in series[start][1].items()}

    def by_group(a: dict, b: dict) -> dict[str, float]:
        out: dict[str, float] = {}
        for k, c in b.items():
            d = c - a.get(k, 0.0)
            if d > 0:
                nm = sorted(names.get(k, {"?"}), key=lambda x: ("IDLE" in x, "default_worker" in x, x))[0]
                label = "Extractor actors" if k[0] in actors else group(nm, k[0] == proc.pid)
                out[label] = out.get(label, 0.0) + d
        return out

    def report(title: str, g: dict[str, float], articles: float, seconds: float) -> None:
        other = sum(v for k, v in g.items() if k != "Extractor actors")
        print(f"{title}: {articles:.0f} articles in {seconds:.1f} s; outside the actors {other:.2f} s of CPU = "
              f"{1000 * other / articles:.2f} s per 1,000 articles ({other / seconds:.3f} cores busy); the actors "
              f"{1000 * g.get('Extractor actors', 0.0) / articles:.1f} ms of CPU per article")
        for k, v in sorted(g.items(), key=lambda x: -x[1]):
            print(f"    {k:45s} {v:7.2f} s  {1000 * v / articles:6.2f} s per 1,000 articles")

    print(f"{workers} worker(s), {n} articles; load average now {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    report("whole run (actor start-up and model loading included)", by_group(before, after), n, wall)
    if w1 > w0:
        report("steady state (every actor at work)", by_group(cpu_at(w0), cpu_at(w1)), inside, w1 - w0)


if __name__ == "__main__":
    argv = sys.argv[1:]
    if argv and argv[0] == "--driver":
        driver(int(argv[1]), Path(argv[2]), int(argv[3]))
    else:
        workers = int(argv.pop(argv.index("--workers") + 1)) if "--workers" in argv else 2
        args = [a for a in argv if not a.startswith("--")]
        main(int(args[0]) if args else 600, workers)
