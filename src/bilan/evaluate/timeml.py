"""TimeML adapters (``fr-timebank``, ``te3-platinum-en``): date expressions against TIMEX3 gold.

Plain text = the text nodes of ``<TEXT>`` with tags removed; gold = in-text ``TIMEX3 type="DATE"``
(the DCT is the anchor, not gold). ``find_dates`` runs on the plain text with the DCT.

- ``date_span``: a gold DATE is found when a mention overlaps it; a mention is a false positive when
  it overlaps no gold timex at all (mentions overlapping only TIME/DURATION/SET timexes are left out:
  those are other tasks, not errors of a date finder).
- ``date_value.acc``: on found gold DATEs whose value is a day (YYYY-MM-DD), month (YYYY-MM), year
  (YYYY) or week (YYYY-Www), our value's start written at the gold granularity equals the gold value.
  Other gold values (PRESENT_REF, 199X, seasons, quarters) are counted in ``date_value.other``.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from bilan.evaluate import Adapter, Report, in_split, overlaps, prf, register
from bilan.extract.dates import find_dates

_GRANULARITY = [
    ("day", re.compile(r"^\d{4}-\d{2}-\d{2}$")),
    ("week", re.compile(r"^\d{4}-W\d{2}$")),
    ("month", re.compile(r"^\d{4}-\d{2}$")),
    ("year", re.compile(r"^\d{4}$")),
]


def granularity(value: str) -> str | None:
    for name, rx in _GRANULARITY:
        if rx.match(value):
            return name
    return None


def at_granularity(d: dt.date | None, gran: str) -> str | None:
    """A date written at a TimeML granularity: day 2013-03-22, week 2013-W12, month 2013-03, year 2013."""
    if d is None:
        return None
    if gran == "day":
        return d.isoformat()
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    raise ValueError(gran)


def parse_tml(path: Path) -> tuple[str, dt.date | None, list[dict]]:
    """(plain text, DCT, timexes with start/end/type/value) of one TimeML file."""
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            try:
                dct = dt.date.fromisoformat(t.get("value", "")[:10])
            except ValueError:
                dct = None
            break
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT>")
    parts: list[str] = []
    timexes: list[dict] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3":
            timexes.append({"start": start, "end": pos, "type": el.get("type"), "value": el.get("value", "")})

    walk(body)
    return "".join(parts), dct, timexes


def _run(folder: Path, split: str, limit: int | None, lang: str) -> Report:
    files = sorted(folder.rglob("*.tml"))
    files = [f for f in files if in_split(f.name, split)]
    if limit is not None:
        files = files[:limit]
    tp = fp = fn = 0
    val_ok = val_n = other = 0
    for f in files:
        text, dct, timexes = parse_tml(f)
        gold = [t for t in timexes if t["type"] == "DATE"]
        mentions = find_dates(text, lang, dct)
        for m in mentions:
            span = (m.start, m.end)
            if any(overlaps(span, (g["start"], g["end"])) for g in gold):
                continue
            if not any(overlaps(span, (t["start"], t["end"])) for t in timexes):
                fp += 1
        for g in gold:
            hit = [m for m in mentions if overlaps((m.start, m.end), (g["start"], g["end"]))]
            if not hit:
                fn += 1
                continue
            tp += 1
            gran = granularity(g["value"])
            if gran is None:
                other += 1
                continue
            val_n += 1
            best = max(hit, key=lambda m: min(m.end, g["end"]) - max(m.start, g["start"]))
            if at_granularity(best.value.start, gran) == g["value"]:
                val_ok += 1
    # precision counts each gold found once and each unmatched mention once
    p, r, f1 = prf(tp, fp, fn)
    rep = Report(folder.name, split, len(files))
    rep.put("date_span.p", p, tp + fp)
    rep.put("date_span.r", r, tp + fn)
    rep.put("date_span.f1", f1, tp + fp + fn)
    rep.put("date_value.acc", val_ok / val_n if val_n else None, val_n)
    rep.support["date_value.other"] = other
    return rep


register(Adapter("fr-timebank", "fr-timebank", "French TimeBank 1.1: DATE timexes, spans and values",
                 lambda d, s, n: _run(d, s, n, "fr")), "timebank-fr")
register(Adapter("te3-platinum-en", "te3-platinum-en", "TempEval-3 platinum: DATE timexes, spans and values",
                 lambda d, s, n: _run(d, s, n, "en")), "te3")
