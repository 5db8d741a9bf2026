"""Process time of each extraction stage, after parsing, in ms per article. Not a test.

The documents are parsed once (``nlp.pipe``); then ``pipeline.extract_parsed`` runs over them
PASSES times with each stage function wrapped in a ``time.process_time`` counter (a stage's time
includes the stages it calls: ``build_context`` holds dates, places, claims...; ``TOTAL`` is the
whole of ``extract_parsed``). Medians over the passes. Corpora: ``synth`` (the generated articles
of ``benchmarks/throughput.py``, the ``cpu_overhead.py`` corpus), ``examples`` (examples/),
``muc4dev`` (the MUC-4 TST3+TST4 dev split, from ``$BILAN_SHARED/eval``; never the test split).
``--profile FILE`` also writes a cProfile of one more pass (cProfile inflates many small calls:
compare stages with the timed passes).

    PYTHONPATH=src .venv/bin/python benchmarks/extract_stages.py [synth,examples,muc4dev] [--passes 5] [--n 300]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import functools
import json
import os
import statistics
import time
from pathlib import Path

from throughput import corpus

from bilan import nlp, pipeline
from bilan.extract import dates, incidents, quantities
from bilan.model import Document

STAGES = ("build_context", "sentences", "find_places", "find_actors", "quoted_by_sentence", "find_claims",
          "find_target_mentions", "damage_spans", "find_victim_mentions", "find_triggers", "build_incident")
ROOT = Path(__file__).resolve().parent.parent


def examples() -> list[Document]:
    out = []
    for line in (ROOT / "examples" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        text = (ROOT / "examples" / m["file"]).read_text(encoding="utf-8")
        pub = dt.date.fromisoformat(m["published"]) if m.get("published") else None
        out.append(Document(doc_id=Document.doc_id_for(text), text=text, language=m["language"], published=pub))
    return out


def muc4dev() -> list[Document]:
    from bilan.evaluate import in_split
    from bilan.evaluate.muc4 import parse_texts

    folder = Path(os.environ.get("BILAN_SHARED", ROOT.parent / "shared")) / "eval" / "muc4-tst3-tst4"
    raw = [d for f in ("tst3-muc4", "tst4-muc4") for d in parse_texts(folder / f)]
    return [Document(doc_id=i, text=t, language="en", published=p) for i, t, p in raw if in_split(i, "dev")]


def wrap_process_time(mod, name: str, spent: dict[str, float], key: str | None = None) -> None:
    """Replace ``mod.name`` by a wrapper that adds the process time of each call to ``spent[key or name]``."""
    f = getattr(mod, name)

    @functools.wraps(f)
    def g(*a, **k):
        c = time.process_time()
        try:
            return f(*a, **k)
        finally:
            spent[key or name] = spent.get(key or name, 0.0) + time.process_time() - c
    setattr(mod, name, g)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="?", default="synth")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--n", type=int, default=300, help="generated articles (synth)")
    ap.add_argument("--profile")
    args = ap.parse_args()
    spent: dict[str, float] = {}
    for name in STAGES:
        wrap_process_time(incidents, name, spent)
    wrap_process_time(dates, "find_dates", spent)
    wrap_process_time(quantities, "find_quantities", spent)
    wrap_process_time(pipeline, "merge_incidents", spent)
    wrap_process_time(pipeline, "extract_parsed", spent, "TOTAL")
    for cname in args.corpora.split(","):
        docs = corpus(args.n) if cname == "synth" else {"examples": examples, "muc4dev": muc4dev}[cname]()
        parsed = []
        for lang in sorted({d.language for d in docs}):
            ds = [d for d in docs if d.language == lang]
            parsed += list(zip(ds, nlp.pipe([d.text for d in ds], lang, batch_size=16)))
        for d, p in parsed[:8] + parsed[-8:]:  # every language's matchers built before timing
            pipeline.extract_parsed(d, p)
        runs = []
        for _ in range(args.passes):
            spent.clear()
            for d, p in parsed:
                pipeline.extract_parsed(d, p)
            runs.append({k: v * 1000 / len(parsed) for k, v in spent.items()})
        med = {k: statistics.median(r.get(k, 0.0) for r in runs) for k in runs[0]}
        print(f"{cname}: {len(parsed)} articles, medians of {args.passes} passes, ms/article")
        print("  " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(med.items(), key=lambda kv: -kv[1])))
        if args.profile:
            pr = cProfile.Profile()
            pr.enable()
            for d, p in parsed:
                pipeline.extract_parsed(d, p)
            pr.disable()
            pr.dump_stats(f"{args.profile}.{cname}")


if __name__ == "__main__":
    main()
