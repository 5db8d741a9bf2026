"""bilan's own CPU per article in the local engine, one process, against bare ``nlp.pipe``. Not a test.

On a shared machine wall-clock rates say little; CPU seconds of this process (all threads:
``time.process_time``) say how much work bilan adds to spaCy's. On N generated articles (the
``benchmarks/throughput.py`` corpus, as JSONL shards of 32), alternating passes of
- the floor: bare ``nlp.pipe`` over the same texts, per language;
- the local engine in this process (``run_ingest(..., workers=0)``: read, language check, parse,
  extract, link, DuckDB through the writer thread) into a new store;
print each pass's CPU seconds, bilan's added CPU per article (local minus the mean floor, over N)
per pass, their mean and spread, and the CPU ratio floor / local (issue 6 target >= 0.8 is on wall
clock; this is its CPU side).

    .venv/bin/python benchmarks/cpu_overhead.py [N_ARTICLES] [--passes P] [--inline]   # 800, 3
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from scaling import SHARD, write_shards
from throughput import corpus, warm_up

from bilan import nlp
from bilan.store import Store


def floor_cpu(docs) -> float:
    c = time.process_time()
    for lang in ("fr", "en"):
        for _ in nlp.pipe([d.text for d in docs if d.language == lang], lang, batch_size=16):
            pass
    return time.process_time() - c


def local_cpu(folder: Path, db: Path, background_writer: bool) -> float:
    from bilan.pipeline import run_ingest

    with Store.open(db) as store:
        c = time.process_time()
        run_ingest([folder], store, command="run", background_writer=background_writer, workers=0)
        return time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=800)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--inline", action="store_true", help="store writes in line (no writer thread)")
    args = ap.parse_args()
    docs = corpus(args.n)
    with tempfile.TemporaryDirectory(prefix="bilan-cpu-") as tmp:
        work = Path(tmp)
        folder = write_shards(docs, work / "in")
        warm_up(docs)
        local_cpu(write_shards(docs[:2 * SHARD], work / "small"), work / "warm.duckdb", not args.inline)
        floors, locals_ = [], []
        for i in range(args.passes):
            floors.append(floor_cpu(docs))
            locals_.append(local_cpu(folder, work / f"local-{i}.duckdb", not args.inline))
            print(f"pass {i + 1}: floor CPU {floors[-1]:.2f} s, local CPU {locals_[-1]:.2f} s", flush=True)
        floors.append(floor_cpu(docs))
        print(f"floor pass {args.passes + 1}: {floors[-1]:.2f} s")
        # each local pass against the mean of the floors on either side of it
        added = [(loc - (floors[i] + floors[i + 1]) / 2) * 1000 / args.n for i, loc in enumerate(locals_)]
        f = statistics.mean(floors) * 1000 / args.n
        print(f"articles: {args.n}; floor CPU {f:.1f} ms/article (passes {min(floors) * 1000 / args.n:.1f}-"
              f"{max(floors) * 1000 / args.n:.1f})")
        print(f"bilan's added CPU: {statistics.mean(added):.1f} ms/article (passes "
              f"{', '.join(f'{a:.1f}' for a in added)}; sd {statistics.pstdev(added):.1f})")
        print(f"CPU ratio floor / local: {statistics.mean(floors) / statistics.mean(locals_):.2f}")


if __name__ == "__main__":
    main()
