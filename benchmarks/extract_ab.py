"""Compare two versions of the extraction on the same parsed documents. Not a test.

``--prep DIR`` parses the corpora of ``extract_stages.py`` (``synth``: the generated articles,
``examples``, ``muc4dev``: the MUC-4 dev split only) once and keeps the docs in DIR (DocBin).
Then, run from the root of either version (its ``src`` imported), on the same DIR:

* ``--dump FILE``: every extraction (incidents, quantities) as sorted JSON lines: ``cmp`` the
  files of two versions to check a change is behaviour-neutral;
* ``--time CORPUS``: process time (``time.process_time``) of ``pipeline.extract_parsed`` and of
  each ``module:function`` of ``--stages``, ms per article, medians of ``--passes`` passes after one
  warm-up pass. Alternate the two versions' processes: the machine is shared and its load moves.

    PYTHONPATH=src .venv/bin/python benchmarks/extract_ab.py --prep /tmp/ab [--n 300]
    PYTHONPATH=src .venv/bin/python /path/to/benchmarks/extract_ab.py --docs /tmp/ab --dump /tmp/new.jsonl
    PYTHONPATH=src .venv/bin/python /path/to/benchmarks/extract_ab.py --docs /tmp/ab --time muc4dev \\
        --stages bilan.extract.places:_caps_spans,bilan.extract.incidents:find_places
"""

from __future__ import annotations

import argparse
import importlib
import json
import pickle
import statistics
from pathlib import Path

from extract_stages import examples, muc4dev, wrap_process_time
from spacy.tokens import DocBin
from throughput import corpus

from bilan import nlp, pipeline

CORPORA = ("synth", "examples", "muc4dev")
ATTRS = ["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "LEMMA", "MORPH", "POS",
         "SENT_START", "SPACY", "NORM"]


def prep(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for cname in CORPORA:
        docs = corpus(n) if cname == "synth" else {"examples": examples, "muc4dev": muc4dev}[cname]()
        out = {}
        for lang in sorted({d.language for d in docs}):
            ds = [d for d in docs if d.language == lang]
            db = DocBin(attrs=ATTRS, store_user_data=False)
            for p in nlp.pipe([d.text for d in ds], lang, batch_size=16):
                db.add(p)
            out[lang] = (ds, db.to_bytes())
        (folder / f"{cname}.pkl").write_bytes(pickle.dumps(out))
        print(cname, {k: len(v[0]) for k, v in out.items()})


def load(folder: Path, cname: str) -> list:
    out = []
    for lang, (ds, b) in pickle.loads((folder / f"{cname}.pkl").read_bytes()).items():
        out += list(zip(ds, DocBin().from_bytes(b).get_docs(nlp.get(lang).vocab)))
    return out


def dump(folder: Path, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for cname in CORPORA:
            for d, p in load(folder, cname):
                ex = pipeline.extract_parsed(d, p)
                f.write(json.dumps({"doc": d.doc_id, "incidents": [i.model_dump(mode="json") for i in ex.incidents],
                                    "quantities": [q.model_dump(mode="json") for q in ex.quantities]},
                                   sort_keys=True, default=str) + "\n")


def timed(folder: Path, cname: str, passes: int, stages: list[str]) -> None:
    docs = load(folder, cname)
    spent: dict[str, float] = {}
    for spec in [*stages, "bilan.pipeline:extract_parsed"]:
        modname, name = spec.split(":")
        wrap_process_time(importlib.import_module(modname), name, spent)
    for d, p in docs:
        pipeline.extract_parsed(d, p)
    runs = []
    for _ in range(passes):
        spent.clear()
        for d, p in docs:
            pipeline.extract_parsed(d, p)
        runs.append({k: v * 1000 / len(docs) for k, v in spent.items()})
    print(cname, len(docs), "articles, ms/article:",
          ", ".join(f"{k} {statistics.median(r.get(k, 0.0) for r in runs):.3f}" for k in runs[0]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prep", type=Path)
    ap.add_argument("--n", type=int, default=300, help="generated articles (synth)")
    ap.add_argument("--docs", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--time", choices=CORPORA)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--stages", default="")
    args = ap.parse_args()
    if args.prep:
        prep(args.prep, args.n)
    if args.docs and args.dump:
        dump(args.docs, args.dump)
    if args.docs and args.time:
        timed(args.docs, args.time, args.passes, [s for s in args.stages.split(",") if s])


if __name__ == "__main__":
    main()
