"""Linking adapter (``ucdp-linking``): pairwise merge precision/recall of cross-document linking.

UCDP GED CAR lists, for each event, the articles it was coded from (``source_article``:
``"Outlet,YYYY-MM-DD,Headline";...``). Each headline is run through bilan as one document (its
article date as publication date) and every document of the split is linked into one in-memory
store, in publication order, by the same path as ``bilan ingest`` (``pipeline.store_extraction``:
near-duplicate index, linking, transitive merges, splitting).

- items: events in file order, doc_key = the event id (so one event's headlines stay in one
  split); ``--limit N`` keeps the split's first N events that have a usable headline;
- a headline used by more than one event (monthly reports, round-ups, one article on two events)
  is left out: it has no single gold incident; headlines not detected as French or English are
  left out too (``support.skipped_language``);
- gold pairs: pairs of documents of the same event; predicted pairs: pairs of documents that
  ended in the same stored incident. ``pairs.p/r/f1`` over those pair sets.
- ``document.text_dated``: share of documents with an incident dated by its text (linking only
  compares text-dated reports: a headline dated by its publication date alone never links);
  ``pairs_text_dated.r``: recall over the gold pairs whose two documents both have one.
- the report's ``documents`` is the number of events (what ``--limit`` counts);
  ``support.headlines`` the number of headline documents linked.

MUC-4 TST3/TST4 is not used: its templates belong to one message each (slot 0 is the message id)
and nothing identifies the same incident across messages, so it has no gold for linking.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections import Counter
from pathlib import Path

from bilan.evaluate import Adapter, Report, in_split, prf, register
from bilan.evaluate.ucdp import LANGS
from bilan.language import detect
from bilan.model import Document, stable_id

_ARTICLE = re.compile(r'"([^"]*?),(\d{4}-\d{2}-\d{2}),(.*?)"(?=;"|\s*$)', re.S)


def articles(prop: dict) -> list[tuple[str, dt.date, str]]:
    """(outlet, date, headline) of an event's ``source_article`` field."""
    return [(o.strip(), dt.date.fromisoformat(d), " ".join(h.split()))
            for o, d, h in _ARTICLE.findall(prop.get("source_article") or "") if h.strip()]


def event_documents(path: Path) -> list[tuple[str, list[tuple[str, dt.date, str]]]]:
    """(event id, its articles) for events with at least one headline used by no other event, in
    file order (an event's repeated article counted once)."""
    events = [(str(f["properties"]["id"]), articles(f["properties"]))
              for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    uses = Counter(h for _, arts in events for h in {a[2] for a in arts})
    out = []
    for eid, arts in events:
        kept = list(dict.fromkeys(a for a in arts if uses[a[2]] == 1))
        if kept:
            out.append((eid, kept))
    return out


def pairs(groups: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Unordered document pairs within each group."""
    return {p for docs in groups.values() for p in itertools.combinations(sorted(docs), 2)}


def link_documents(docs: list[Document]) -> tuple[dict[str, set[str]], set[str]]:
    """Extract and link ``docs`` (in the given order) into a fresh in-memory store; returns
    {incident id: its documents} at the end, and the documents with a text-dated incident."""
    from bilan.dedup import NearDuplicateIndex
    from bilan.pipeline import extract_many, store_extraction
    from bilan.store import Store

    with Store.open(":memory:") as store:
        dedup = NearDuplicateIndex(store)
        for d in docs:
            store.add_document(d, status="pending")
        text_dated = set()
        for ex in extract_many(docs):
            if any(i.date.start is not None and i.date.basis != "publication" for i in ex.incidents):
                text_dated.add(ex.document.doc_id)
            store_extraction(store, ex.document, ex.incidents, dedup)
        out: dict[str, set[str]] = {}
        for iid, doc in store.con.execute("SELECT incident_id, doc_id FROM incident_documents").fetchall():
            out.setdefault(iid, set()).add(doc)
        return out, text_dated


def _run(folder: Path, split: str, limit: int | None) -> Report:
    events = [e for e in event_documents(folder / "GEDEvent_v23_1_CAR.geojson") if in_split(e[0], split)]
    if limit is not None:
        events = events[:limit]
    docs, gold, skipped = [], {}, 0
    for eid, arts in events:
        for outlet, published, headline in arts:
            lang, _ = detect(headline)
            if lang not in LANGS:
                skipped += 1
                continue
            doc_id = stable_id("ucdp-h", outlet, published, headline)
            docs.append(Document(doc_id=doc_id, text=headline, outlet=outlet, published=published, language=lang))
            gold.setdefault(eid, set()).add(doc_id)
    docs.sort(key=lambda d: (d.published, d.doc_id))
    by_incident, text_dated = link_documents(docs)
    gold_pairs, pred_pairs = pairs(gold), pairs(by_incident)
    tp = len(gold_pairs & pred_pairs)
    p, r, f1 = prf(tp, len(pred_pairs) - tp, len(gold_pairs) - tp)
    rep = Report("ucdp-linking", split, len(events))  # --limit counts events
    rep.put("pairs.p", p if pred_pairs else None, len(pred_pairs))  # no merge at all: undefined
    rep.put("pairs.r", r, len(gold_pairs))
    rep.put("pairs.f1", f1, tp)
    rep.put("document.text_dated", len(text_dated) / len(docs) if docs else None, len(docs))
    dated_gold = {pr for pr in gold_pairs if set(pr) <= text_dated}
    rep.put("pairs_text_dated.r", len(dated_gold & pred_pairs) / len(dated_gold) if dated_gold else None,
            len(dated_gold))
    rep.support["headlines"] = len(docs)
    rep.support["skipped_language"] = skipped
    return rep


register(Adapter("ucdp-linking", "ucdp-ged-car",
                 "UCDP GED CAR source headlines: pairwise precision/recall of cross-document linking", _run))
