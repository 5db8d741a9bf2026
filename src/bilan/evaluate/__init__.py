"""Evaluation harness: third-party gold data in ``../shared/eval`` against bilan's extractors.

One adapter per dataset reads the original file format (nothing converted is kept in the project),
runs the relevant extractor and returns a :class:`Report`: figures keyed ``"<field>.<metric>"``
(``date_span.f1``, ``place.acc161``...) with the number of items each figure was computed on.

Split rule, shared with the rest of the project: a document is in the TEST split when
``int(sha1(doc_key).hexdigest(), 16) % 5 == 0``, else DEV (``doc_key`` = the file name for one-document
files, the document id for multi-document files). Tune only on DEV.

Metric helpers are plain functions on counts and lists, tested with real numbers in
``tests/test_evaluate.py``.
"""

from __future__ import annotations

import hashlib
import os
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SPLITS = ("dev", "test")
ACC_KM = 161.0  # accuracy@161 km (100 miles), the geoparsing convention


class DatasetSkipped(RuntimeError):
    """The dataset cannot be evaluated here; the message says why (the command skips it, exit 0)."""


class DatasetMissing(DatasetSkipped):
    """The shared evaluation folder or one dataset in it is absent."""


# --- split ------------------------------------------------------------------------------------

def split_of(doc_key: str) -> str:
    """``"test"`` when sha1(doc_key) % 5 == 0, else ``"dev"``."""
    return "test" if int(hashlib.sha1(doc_key.encode()).hexdigest(), 16) % 5 == 0 else "dev"


def in_split(doc_key: str, split: str | None) -> bool:
    if split is None or split == "all":
        return True
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {SPLITS}")
    return split_of(doc_key) == split


# --- metric helpers ---------------------------------------------------------------------------

def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts; 0.0 where a denominator is empty."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def accuracy_at_km(errors_km: Sequence[float], km: float = ACC_KM) -> float:
    """Share of distance errors at most ``km``; 0.0 for no errors to judge."""
    return sum(1 for e in errors_km if e <= km) / len(errors_km) if errors_km else 0.0


def median_km(errors_km: Sequence[float]) -> float | None:
    return float(statistics.median(errors_km)) if errors_km else None


def value_accuracy(pairs: Iterable[tuple[object, object]]) -> float:
    """Share of (predicted, gold) pairs that are equal; 0.0 for none."""
    pairs = list(pairs)
    return sum(1 for p, g in pairs if p == g) / len(pairs) if pairs else 0.0


def range_hit(low: float | None, high: float | None, gold: float) -> bool:
    """The gold value lies in [low, high] (a missing bound is open; both missing never hits)."""
    if low is None and high is None:
        return False
    return (low is None or gold >= low) and (high is None or gold <= high)


def range_hit_rate(ranges: Sequence[tuple[float | None, float | None]], golds: Sequence[float]) -> float:
    if not golds:
        return 0.0
    return sum(range_hit(lo, hi, g) for (lo, hi), g in zip(ranges, golds, strict=True)) / len(golds)


def median_abs_error(preds: Sequence[float], golds: Sequence[float]) -> float | None:
    errs = [abs(p - g) for p, g in zip(preds, golds, strict=True)]
    return float(statistics.median(errs)) if errs else None


def macro_f1(golds: Sequence[str], preds: Sequence[str], labels: Iterable[str] | None = None) -> float:
    """Unweighted mean of per-label F1 over ``labels`` (default: every label seen in gold or
    predictions). A label absent from both gold and predictions is left out of the mean."""
    if len(golds) != len(preds):
        raise ValueError("golds and preds differ in length")
    pool = set(labels) if labels is not None else set(golds) | set(preds)
    used = [lab for lab in sorted(pool) if lab in golds or lab in preds]
    if not used:
        return 0.0
    scores = []
    for lab in used:
        tp = sum(1 for g, p in zip(golds, preds) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(golds, preds) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(golds, preds) if g == lab and p != lab)
        scores.append(prf(tp, fp, fn)[2])
    return sum(scores) / len(scores)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --- reports and registry ---------------------------------------------------------------------

@dataclass
class Report:
    dataset: str
    split: str
    documents: int
    figures: dict[str, float | None] = field(default_factory=dict)
    support: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def put(self, key: str, value: float | None, n: int) -> None:
        self.figures[key] = None if value is None else round(float(value), 4)
        self.support[key] = n

    def count_errors(self, extractions) -> None:
        """The documents whose extraction failed (``Extraction.error``: scored as if they told nothing), in
        ``support["extraction_errors"]``, the first one's error in ``notes``: a crash is never a silent miss."""
        failed = [ex for ex in extractions if ex.error]
        self.support["extraction_errors"] = len(failed)
        if failed:
            self.notes.append(f"{len(failed)} extraction errors, first: {failed[0].document.doc_id}: {failed[0].error}")

    def as_dict(self) -> dict:
        return {"dataset": self.dataset, "split": self.split, "documents": self.documents,
                "figures": self.figures, "support": self.support, "notes": self.notes}


@dataclass(frozen=True)
class Adapter:
    name: str
    folder: str  # under the shared eval dir
    description: str
    run: Callable[[Path, str, int | None], Report]  # (dataset dir, split, limit) -> Report


ADAPTERS: dict[str, Adapter] = {}
ALIASES: dict[str, str] = {}


def register(adapter: Adapter, *aliases: str) -> Adapter:
    ADAPTERS[adapter.name] = adapter
    for a in aliases:
        ALIASES[a] = adapter.name
    return adapter


def shared_dir() -> Path:
    """``$BILAN_SHARED`` or ``<project root>/../shared``; the eval data is its ``eval`` folder."""
    env = os.environ.get("BILAN_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def eval_dir() -> Path:
    return shared_dir() / "eval"


def get_adapter(name: str) -> Adapter:
    _load_adapters()
    key = ALIASES.get(name, name)
    if key not in ADAPTERS:
        raise KeyError(f"unknown dataset {name!r}; known: {', '.join(sorted(ADAPTERS))}")
    return ADAPTERS[key]


def evaluate(name: str, split: str = "dev", limit: int | None = None, base: Path | None = None) -> Report:
    """Run one dataset's adapter on ``split`` (first ``limit`` documents of it, in file order)."""
    adapter = get_adapter(name)
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {SPLITS}")
    folder = (base or eval_dir()) / adapter.folder
    if not folder.is_dir():
        raise DatasetMissing(f"{folder} not found (set BILAN_SHARED to the folder holding eval/)")
    return adapter.run(folder, split, limit)


ADAPTER_MODULES = ("timeml", "toponyms", "case2021", "ucdp", "muc4", "hipe", "linking")


def _load_adapters() -> None:
    import importlib

    for mod in ADAPTER_MODULES:  # each registers its adapters on import
        importlib.import_module(f"bilan.evaluate.{mod}")
