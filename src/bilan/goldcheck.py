"""Compare extracted incidents with hand-made gold files (the seed format, see examples/README.md).

Used by the golden-file tests and by ``bilan check`` to show, per required gold incident, the
best matching extracted incident and every field that disagrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bilan.gazetteer import distance_km
from bilan.model import Incident, Range


@dataclass
class IncidentCheck:
    key: str
    matched: Incident | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.matched is not None and not self.problems


def name_matches(ours: str, gold: str) -> bool:
    """A gold actor name matches a canonical name equal to it or containing it as whole words
    ("coalition" matches "international coalition")."""
    o, g = ours.casefold(), gold.casefold()
    return o == g or re.search(rf"(?<!\w){re.escape(g)}(?!\w)", o) is not None


def _any(g: dict, key: str) -> list:
    if f"{key}_any_of" in g:
        return list(g[f"{key}_any_of"])
    return [g[key]] if key in g else []


def _range_ok(ours: Range | None, g: dict | None) -> str | None:
    if g is None:
        return None if ours is None else f"should be empty, got {ours.low}-{ours.high}"
    if ours is None:
        return "missing"
    low, high = g.get("low"), g.get("high")
    ol = ours.low if ours.low is not None else ours.best
    oh = ours.high
    if low is not None and (ol is None or ol < low):
        return f"low {ol} below gold bounds {low}..{high}"
    if high is not None and (oh is None or oh > high):
        return f"high {oh} above gold bounds {low}..{high}"
    return None


def check(inc: Incident, g: dict, exact_counts: bool = False) -> list[str]:
    problems = []
    if inc.event_type != g["event_type"]:
        problems.append(f"event_type {inc.event_type!r} != {g['event_type']!r}")
    if inc.sub_event_type != g["sub_event_type"]:
        problems.append(f"sub_event_type {inc.sub_event_type!r} != {g['sub_event_type']!r}")
    gd = g.get("date") or {}
    starts = set(_any(gd, "start")) | set(gd.get("start_any_of", []))
    if starts and (inc.date.start is None or inc.date.start.isoformat() not in starts):
        problems.append(f"date {inc.date.start} not in {sorted(starts)}")
    precisions = _any(gd, "precision")
    if precisions and inc.date.precision not in precisions:
        problems.append(f"date precision {inc.date.precision} not in {precisions}")
    gl = g.get("location")
    if gl:
        loc = inc.location
        if loc.lat is None:
            problems.append("location missing")
        else:
            km = distance_km(loc.lat, loc.lon, gl["lat"], gl["lon"])
            if loc.country != gl["country"] or km > gl.get("max_km", 25):
                problems.append(f"location {loc.name} ({loc.country}) is {km:.0f} km from {gl['name']}")
    ga = g.get("actors") or {}
    roles = {r: {a.name for a in inc.actors_in(r)} for r in ("actor1", "actor2", "victim")}
    for role, acceptable in ga.items():
        names = roles.get(role, set())
        if g.get("actors_any_order") and role in ("actor1", "actor2"):
            names = roles["actor1"] | roles["actor2"]
        if not any(name_matches(n, a) for n in names for a in acceptable):
            problems.append(f"{role} {sorted(names)} not in {acceptable}")
    for fld in ("fatalities", "civilian_fatalities", "injured"):
        if fld not in g:
            continue
        ours = getattr(inc, fld)
        if exact_counts and g[fld] is not None and ours is not None:
            if (ours.low, ours.high) != (g[fld].get("low"), g[fld].get("high")):
                problems.append(f"{fld} {ours.low}-{ours.high} != gold {g[fld].get('low')}-{g[fld].get('high')}")
            continue
        msg = _range_ok(ours, g[fld])
        if msg:
            problems.append(f"{fld}: {msg}")
    for gc in g.get("claims", []):
        speakers = [s.lower() for s in _any(gc, "speaker")]
        certs = _any(gc, "certainty")
        if not any((c.certainty in certs) and any(s in (c.speaker or "").lower() or s in (c.organisation or "").lower()
                                                  for s in speakers) for c in inc.claims):
            problems.append(f"no {certs} claim by {speakers}: have "
                            f"{[(c.speaker, c.certainty) for c in inc.claims]}")
    grades = g.get("grade_any_of")
    if grades and inc.grade not in grades:
        problems.append(f"grade {inc.grade} not in {grades}")
    return problems


def check_document(incidents: list[Incident], gold: dict, exact_counts: bool = False) -> list[IncidentCheck]:
    """For every required gold incident, the extracted incident of the same event type with the
    fewest problems."""
    out = []
    for g in gold.get("incidents", []):
        if not g.get("required"):
            continue
        best: tuple[int, Incident | None, list[str]] = (10**6, None, ["no incident extracted"])
        for inc in incidents:
            problems = check(inc, g, exact_counts)
            score = len(problems) + (100 if inc.event_type != g["event_type"] else 0)
            if score < best[0]:
                best = (score, inc, problems)
        out.append(IncidentCheck(g["key"], best[1], best[2]))
    return out
