"""Process time of storing extracted articles (``pipeline.store_extractions``: near-duplicate index,
linking, DuckDB writes), in ms per article. Not a test.

The articles (the generated ones of ``benchmarks/throughput.py``, or ``examples``) are extracted once;
then each pass stores them, ``GROUP_SIZE`` at a time as the ingest paths do, into a new DuckDB file,
fresh copies of the incidents each pass (linking changes what it merges), and ``time.process_time``
is summed around the ``store_extractions`` calls only. Prints every pass and the median.
``--dump FILE`` writes the first pass's tables as JSON (timestamps and run ids left out, rows
sorted, plus the rowid order of the near-duplicate and alias tables) to compare two versions;
``--profile FILE`` writes a cProfile of one more pass.

    PYTHONPATH=src .venv/bin/python benchmarks/store_cpu.py [N|examples] [--passes 5] [--dump F] [--profile F]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import statistics
import tempfile
import time

import duckdb
from extract_stages import examples
from throughput import corpus

from bilan.dedup import NearDuplicateIndex
from bilan.pipeline import GROUP_SIZE, extract_many, store_extractions
from bilan.store import Store


def one_pass(blob: bytes, db: str, prof: cProfile.Profile | None = None) -> float:
    items = pickle.loads(blob)
    with Store.open(db) as store:
        store.add_documents([d for d, _ in items], "pending")
        dedup = NearDuplicateIndex(store)
        spent = 0.0
        for k in range(0, len(items), GROUP_SIZE):
            group = items[k:k + GROUP_SIZE]
            if prof:
                prof.enable()
            c = time.process_time()
            results = store_extractions(store, group, dedup)
            spent += time.process_time() - c
            if prof:
                prof.disable()
            assert not any(isinstance(r, Exception) for r in results), results
    return spent * 1000 / len(items)


def dump(db: str, out: str) -> None:
    con = duckdb.connect(db, read_only=True)
    res = {}
    for (t,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall():
        cols = [c for c, ty in con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                           "WHERE table_name = ? ORDER BY ordinal_position", [t]).fetchall()
                if "TIMESTAMP" not in ty and c != "run_id"]
        rows = con.execute(f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)} FROM {t}").fetchall()
        res[t] = [cols, *sorted(repr(r) for r in rows)]
        if t.startswith("dedup") or t == "incident_aliases":
            keep = [c for c in cols if c != "signature"]
            res[t + "_order"] = [repr(r) for r in con.execute(
                f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in keep)} FROM {t} ORDER BY rowid").fetchall()]
    con.close()
    with open(out, "w", encoding="utf-8") as f:
        json.dump(res, f, indent=0, ensure_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="300", help="N generated articles, or 'examples'")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--dump")
    ap.add_argument("--profile")
    args = ap.parse_args()
    docs = examples() if args.corpus == "examples" else corpus(int(args.corpus))
    blob = pickle.dumps([(ex.document, ex.incidents) for ex in extract_many(docs)])
    with tempfile.TemporaryDirectory(prefix="bilan-store-") as tmp:
        one_pass(blob, f"{tmp}/warm.duckdb")
        runs = [one_pass(blob, f"{tmp}/p{i}.duckdb") for i in range(args.passes)]
        print(f"{len(docs)} articles; store_extractions ms/article: {' '.join(f'{r:.3f}' for r in runs)}; "
              f"median {statistics.median(runs):.3f}")
        if args.profile:
            prof = cProfile.Profile()
            one_pass(blob, f"{tmp}/prof.duckdb", prof)
            prof.dump_stats(args.profile)
        if args.dump:
            dump(f"{tmp}/p0.duckdb", args.dump)


if __name__ == "__main__":
    main()
