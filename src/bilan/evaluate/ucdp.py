"""UCDP GED adapter (``ucdp-ged-car``): events of the Central African Republic against their headlines.

Only the article headline is available, so items are events whose ``source_headline`` is one
headline (no ``;``) used by no other event, with a ``source_date`` (the publication date). doc_key =
the event id. The headline's language is detected (French or English; others are skipped and
counted in ``support.skipped_language``) and the headline goes through ``extract_many``. The
top incident is the one with the highest reported fatality ``best`` (else the first), never an agreement
or a peaceful protest that killed no one: UCDP codes no such event, so a headline that tells only those
has no top incident.

- ``incident.found``: share of headlines with at least one incident.
- ``date.in_window``: the top incident's date range overlaps UCDP's ``date_start..date_end``
  (over all items; no incident is a miss). ``date.in_window_text``: the same counting only dates
  read from a date expression (``basis == "text"``), not the publication-date fallback.
- ``deaths.range_hit``: UCDP ``best`` lies in our fatalities [low, high], over items with ``best > 0``
  (no figure reported is a miss). ``deaths.median_abs_error``: |our best - UCDP best| where we report
  a figure.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

from bilan.evaluate import Adapter, DatasetSkipped, Report, in_split, median_abs_error, range_hit, register
from bilan.language import detect
from bilan.model import Document

LANGS = ("fr", "en")


def _date(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((s or "")[:10])
    except ValueError:
        return None


def headline_items(path: Path) -> list[dict]:
    """Single-event headlines with a publication date, in file order."""
    feats = json.loads(path.read_text(encoding="utf-8"))["features"]
    uses = Counter(f["properties"].get("source_headline") or "" for f in feats)
    out = []
    for f in feats:
        p = f["properties"]
        h = (p.get("source_headline") or "").strip()
        pub = _date(p.get("source_date"))
        if not h or ";" in h or uses[p.get("source_headline")] != 1 or pub is None:
            continue
        out.append({"id": str(p["id"]), "headline": h, "published": pub, "start": _date(p["date_start"]),
                    "end": _date(p["date_end"]), "best": p["best"], "low": p["low"], "high": p["high"]})
    return out


# UCDP codes organised violence only: an agreement or a peaceful protest is no event of its own unless someone
# died in it (a property destroyed, a convoy turned back stay: what a headline tells of them may be violence)
NON_VIOLENT_SUB_EVENTS = ("Agreement", "Peaceful protest")


def _top(incidents):
    incidents = [i for i in incidents if i.stage != "threatened"]  # UCDP codes no threats
    incidents = [i for i in incidents if i.sub_event_type not in NON_VIOLENT_SUB_EVENTS
                 or i.fatalities and i.fatalities.best]
    if not incidents:
        return None
    with_f = [i for i in incidents if i.fatalities and i.fatalities.best is not None]
    return max(with_f, key=lambda i: i.fatalities.best) if with_f else incidents[0]


def _run(folder: Path, split: str, limit: int | None) -> Report:
    from bilan.pipeline import extract_many

    items = [it for it in headline_items(folder / "GEDEvent_v23_1_CAR.geojson") if in_split(it["id"], split)]
    if limit is not None:
        items = items[:limit]
    docs, kept, skipped = [], [], 0
    for it in items:
        lang, _ = detect(it["headline"])
        if lang not in LANGS:
            skipped += 1
            continue
        docs.append(Document(doc_id=f"ucdp-{it['id']}", text=it["headline"], language=lang,
                             published=it["published"]))
        kept.append(it)
    found = in_win = in_win_text = hit = hit_n = 0
    preds, golds = [], []
    # extract_many batches by language, so results come back grouped: match them by doc_id
    results = {ex.document.doc_id: ex for ex in extract_many(docs)}
    for it, d in zip(kept, docs):
        top = _top(results[d.doc_id].incidents)
        if top is not None:
            found += 1
            d = top.date
            if d.start is not None and it["start"] is not None:
                end = d.end or d.start
                ok = d.start <= (it["end"] or it["start"]) and it["start"] <= end
                in_win += ok
                in_win_text += ok and d.basis == "text"
        f = top.fatalities if top is not None else None
        if it["best"] > 0:
            hit_n += 1
            if f is not None:
                hit += range_hit(f.low, f.high, it["best"])
        if f is not None and f.best is not None:
            preds.append(f.best)
            golds.append(it["best"])
    n = len(kept)
    rep = Report("ucdp-ged-car", split, n)
    rep.count_errors(results.values())
    rep.put("incident.found", found / n if n else None, n)
    rep.put("date.in_window", in_win / n if n else None, n)
    rep.put("date.in_window_text", in_win_text / n if n else None, n)
    rep.put("deaths.range_hit", hit / hit_n if hit_n else None, hit_n)
    rep.put("deaths.median_abs_error", median_abs_error(preds, golds), len(preds))
    rep.support["skipped_language"] = skipped
    return rep


register(Adapter("ucdp-ged-car", "ucdp-ged-car", "UCDP GED, Central African Republic: headline dates and deaths",
                 _run), "ucdp")


AEC_FILES = ("validation.jsonl", "test.jsonl")
TEXT_KEYS = ("text", "article", "source_text")


def aec_without_text(folder: Path) -> int:
    """Number of UCDP-AEC records (all files) when none carries an article text; raises
    :class:`ValueError` when one does (then an adapter could score them)."""
    n = 0
    for name in AEC_FILES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if any(rec.get(k) for k in TEXT_KEYS):
                    raise ValueError(f"{name}: record {rec.get('id')} carries a text")
                n += 1
    return n


def _run_aec(folder: Path, split: str, limit: int | None) -> Report:
    n = aec_without_text(folder)
    raise DatasetSkipped(f"the {n} records carry no article text, only HPLT v2 document ids "
                         "(source_article), which cannot be fetched offline; nothing to evaluate")


register(Adapter("ucdp-aec", "ucdp-aec", "UCDP-AEC: article-level events (no texts: skipped)", _run_aec))
