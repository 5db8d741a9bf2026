"""Linking: incident mentions that describe the same happening become one incident.

This module merges within one document and across documents on strict, explainable rules (same
event type, overlapping dates, same place or compatible places, no conflicting actors), keeps
every claim and source, records why it merged, and grades how well an incident is sourced.
"""

from __future__ import annotations

import datetime as dt

from bilan.gazetteer import distance_km
from bilan.lexicons import LexiconMissing, load
from bilan.model import Incident, Range

MERGE_MAX_KM = 25.0


# reports of one happening may date it a day apart (overnight events, time zones, "hier" written
# before midnight and published after)
DATE_TOLERANCE = dt.timedelta(days=1)


def _dates_overlap(a: Incident, b: Incident) -> bool:
    if a.date.start is None or b.date.start is None:
        return False
    a_end = (a.date.end or a.date.start) + DATE_TOLERANCE
    b_end = (b.date.end or b.date.start) + DATE_TOLERANCE
    return a.date.start <= b_end and b.date.start <= a_end


def _text_dated(inc: Incident) -> bool:
    return inc.date.start is not None and inc.date.basis != "publication"


def places_compatible(a: Incident, b: Incident) -> bool:
    la, lb = a.location, b.location
    if la.lat is None or lb.lat is None:
        return True
    if la.geonames_id is not None and la.geonames_id == lb.geonames_id:
        return True
    return distance_km(la.lat, la.lon, lb.lat, lb.lon) <= MERGE_MAX_KM


def actors_compatible(a: Incident, b: Incident) -> bool:
    """Perpetrators agree, or one side does not know (an unidentified armed group)."""
    roles = ("actor1", "actor2") if a.event_type == b.event_type == "Battles" else ("actor1",)
    # in a battle the sides may be named in either order
    a1 = {x.name for r in roles for x in a.actors_in(r) if x.kind != "unidentified"}
    b1 = {x.name for r in roles for x in b.actors_in(r) if x.kind != "unidentified"}
    return not a1 or not b1 or bool(a1 & b1)


def same_happening(a: Incident, b: Incident, same_document: bool = False) -> str | None:
    """The reason to merge ``a`` and ``b``, or None. Within one document, two mentions the text
    keeps apart must also name the same perpetrators (an unknown one is not a wildcard there)."""
    if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
        return None
    if not (_text_dated(a) and _text_dated(b) and _dates_overlap(a, b)):
        return None
    if not places_compatible(a, b) or not actors_compatible(a, b):
        return None
    if same_document and {x.name for x in a.actors_in("actor1")} != {x.name for x in b.actors_in("actor1")}:
        return None
    return (f"same type {a.sub_event_type}, overlapping dates {a.date.start}/{b.date.start}, "
            f"same place {a.location.name or '?'}, compatible actors")


def envelope(a: Range | None, b: Range | None) -> Range | None:
    """Reconcile two reported figures: low is the most conservative figure reported, high the
    highest figure any report gives (an open "at least N" does not make the incident unbounded
    once another report gives a higher number), best the first report's best when it fits."""
    if a is None or b is None:
        return a or b
    lows = [v for r in (a, b) for v in ((r.low,) if r.low is not None else (r.best,)) if v is not None]
    numbers = [v for r in (a, b) for v in (r.low, r.best, r.high) if v is not None]
    low = min(lows) if lows else None
    high = max(numbers) if numbers else None
    if a.high is None and b.high is None and high == max(lows, default=None):
        high = None  # both only give floors: still unbounded
    best = a.best if a.best is not None else b.best
    if best is not None and ((low is not None and best < low) or (high is not None and best > high)):
        best = None
    return Range(low=low, best=best, high=high, basis="merged")


def merge_into(target: Incident, other: Incident, reason: str) -> None:
    seen = {(x.role, x.name) for x in target.actors}
    target.actors.extend(x for x in other.actors if (x.role, x.name) not in seen)
    for fld in ("fatalities", "injured", "civilian_fatalities"):
        setattr(target, fld, envelope(getattr(target, fld), getattr(other, fld)))
    if target.location.lat is None and other.location.lat is not None:
        target.location = other.location
    if other.date.precision and (target.date.precision is None or
                                 _rank(other.date.precision) < _rank(target.date.precision)):
        target.date = other.date
    target.claims.extend(other.claims)
    have = {s.doc_id for s in target.sources}
    target.sources.extend(s for s in other.sources if s.doc_id not in have)
    target.evidence.extend(other.evidence)
    target.quantities.extend(q for q in other.quantities if q not in target.quantities)
    target.merge_reasons.append(f"{other.id}: {reason}")


def _rank(precision: str) -> int:
    return ("day", "week", "month", "year").index(precision)


def merge_incidents(incidents: list[Incident]) -> list[Incident]:
    """Greedy, order-stable merge of one document's incidents: each joins the first earlier one
    it matches."""
    out: list[Incident] = []
    for inc in incidents:
        for existing in out:
            reason = same_happening(existing, inc, same_document=True)
            if reason:
                merge_into(existing, inc, reason)
                break
        else:
            out.append(inc)
    for inc in out:
        inc.grade = grade(inc)
    return out


def _acknowledge_verbs(lang: str | None) -> frozenset[str]:
    try:
        return frozenset(load("claims", lang or "en").ACKNOWLEDGE_VERBS)
    except LexiconMissing:
        return frozenset()


def grade(inc: Incident, copies: dict[str, str] | None = None) -> str:
    """Airwars-style grading.

    - contested: a claim denies it, or disputes it (alternative cause, competing attribution);
    - confirmed: a belligerent named as actor1 accepts it, asserted ("reconnaît", "admits");
    - fair: two or more independent sources (different outlets, or different documents when the
      outlet is unknown); a source whose document is a near-duplicate of another source's
      (``copies``: copy doc_id -> original doc_id, from ``bilan.dedup``) counts as that source;
    - weak: a single source whose claims are all allegations or possibilities;
    - single_source: otherwise.
    """
    if any(c.certainty == "denied" or c.stance == "disputes" for c in inc.claims):
        return "contested"
    actor1 = {a.name for a in inc.actors_in("actor1")}
    langs = {s.language for s in inc.sources}
    ack = frozenset().union(*(_acknowledge_verbs(lang) for lang in langs)) if langs else frozenset()
    for c in inc.claims:
        if c.certainty == "asserted" and c.verb in ack and c.organisation in actor1:
            return "confirmed"
    by_doc = {s.doc_id: s for s in inc.sources}
    copies = copies or {}

    def origin(s):  # follow wire copies back to the first copy among this incident's sources
        seen = set()
        while s.doc_id in copies and copies[s.doc_id] in by_doc and s.doc_id not in seen:
            seen.add(s.doc_id)
            s = by_doc[copies[s.doc_id]]
        return s.outlet or s.doc_id

    independent = {origin(s) for s in inc.sources}
    if len(independent) >= 2:
        return "fair"
    if inc.claims and all(c.certainty in ("alleged", "possible") for c in inc.claims):
        return "weak"
    return "single_source"
