"""MUC-4 adapter (``muc4``, TST3 + TST4): incident detection and dates on 1989-90 wire stories.

Documents are split on their id lines (``TST3-MUC4-0001``); doc_key = that id. The publication date is
the dateline's ``DD MON YY`` (none for "NO DATE"). Text goes through ``extract_many`` as given
(upper case, as distributed: the small English model is weak on it).

- ``document.relevant``: P/R/F1 of "the document reports an incident": gold = at least one template
  other than ``*``; predicted = at least one incident extracted.
- ``date.in_window``: over gold templates (not ``(OPTIONAL)``) whose ``INCIDENT: DATE`` is filled,
  the share where one of our incidents in that document has a date range overlapping the gold window.
  Gold ``- 02 NOV 89`` means on or before that day; ``/`` separates acceptable alternatives.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bilan.evaluate import Adapter, Report, in_split, prf, register
from bilan.model import Document

_DOC_ID = re.compile(r"^(TST[34]-MUC4-\d{4})\s*$", re.M)
_DATE = re.compile(r"\b(\d{1,2}) (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) (\d{2})\b")
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}
_SLOT = re.compile(r"^(\d+)\.\s+[A-Z :]+?\s{2,}(.*)$")


def _date(m: re.Match) -> dt.date | None:
    try:
        return dt.date(1900 + int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def parse_texts(path: Path) -> list[tuple[str, str, dt.date | None]]:
    """(doc id, text, dateline date) for each document of a ``tst?-muc4`` file."""
    raw = path.read_text(encoding="latin-1")
    heads = list(_DOC_ID.finditer(raw))
    out = []
    for i, h in enumerate(heads):
        body = raw[h.end(): heads[i + 1].start() if i + 1 < len(heads) else len(raw)].strip("\n")
        first = body.lstrip().split("--", 1)[0]
        m = _DATE.search(first)
        out.append((h.group(1), body, _date(m) if m else None))
    return out


def parse_key(path: Path) -> list[dict]:
    """Templates of a ``key-tst?.v2`` file: id, template number, optional flag, raw date fill."""
    out = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="latin-1")):
        slots: dict[str, str] = {}
        for line in block.splitlines():
            m = _SLOT.match(line.strip())
            if m:
                slots[m.group(1)] = m.group(2).strip()
        if "0" in slots:
            tmpl = slots.get("1", "*")
            out.append({"id": slots["0"], "template": tmpl.split()[0] if tmpl else "*",
                        "optional": "OPTIONAL" in tmpl, "date": slots.get("2", "-")})
    return out


def date_windows(fill: str) -> list[tuple[dt.date | None, dt.date]]:
    """Windows of a date fill: ``16 NOV 89`` -> [(d, d)], ``- 02 NOV 89`` -> [(None, d)],
    ``01 NOV 88 - 30 NOV 88`` -> [(a, b)]; alternatives split on ``/``; unfilled -> []."""
    out = []
    for alt in fill.split("/"):
        alt = alt.strip().strip("()").strip()
        dates = [d for d in (_date(m) for m in _DATE.finditer(alt)) if d]
        if not dates:
            continue
        if alt.startswith("-"):
            out.append((None, max(dates)))
        else:
            out.append((min(dates), max(dates)))
    return out


def _run(folder: Path, split: str, limit: int | None) -> Report:
    from bilan.pipeline import extract_many

    docs_raw = [d for f in ("tst3-muc4", "tst4-muc4") for d in parse_texts(folder / f)]
    docs_raw = [d for d in docs_raw if in_split(d[0], split)]
    if limit is not None:
        docs_raw = docs_raw[:limit]
    keys = [t for f in ("key-tst3.v2", "key-tst4.v2") for t in parse_key(folder / f)]
    by_doc: dict[str, list[dict]] = {}
    for t in keys:
        by_doc.setdefault(t["id"], []).append(t)
    docs = [Document(doc_id=i, text=text, language="en", published=pub) for i, text, pub in docs_raw]
    results = {ex.document.doc_id: ex for ex in extract_many(docs)}
    tp = fp = fn = 0
    win_ok = win_n = 0
    for d in docs:
        incs = results[d.doc_id].incidents
        tmpls = [t for t in by_doc.get(d.doc_id, []) if t["template"] != "*"]
        gold_rel, pred_rel = bool(tmpls), bool(incs)
        tp += gold_rel and pred_rel
        fp += pred_rel and not gold_rel
        fn += gold_rel and not pred_rel
        ours = [(i.date.start, i.date.end or i.date.start) for i in incs if i.date.start]
        for t in tmpls:
            wins = date_windows(t["date"])
            if t["optional"] or not wins:
                continue
            win_n += 1
            win_ok += any((lo is None or lo <= e) and s <= hi for lo, hi in wins for s, e in ours)
    p, r, f1 = prf(tp, fp, fn)
    rep = Report("muc4-tst3-tst4", split, len(docs))
    rep.put("document_relevant.p", p, tp + fp)
    rep.put("document_relevant.r", r, tp + fn)
    rep.put("document_relevant.f1", f1, tp + fp + fn)
    rep.put("date.in_window", win_ok / win_n if win_n else None, win_n)
    return rep


register(Adapter("muc4-tst3-tst4", "muc4-tst3-tst4", "MUC-4 TST3+TST4: incident documents and dates", _run),
         "muc4")
