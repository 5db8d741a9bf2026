"""Shared by the extraction rule tests: one short text in, its document and incidents out."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest

from bilan.model import Document, Incident
from bilan.pipeline import extract_document

PUBLISHED = dt.date(2021, 3, 8)

# the ACLED sub-event types the typing tests expect, by short name
ABD = "Abduction/forced disappearance"
AGR = "Agreement"
AIR = "Air/drone strike"
ARR = "Arrests"
ART = "Shelling/artillery/missile attack"
ATT = "Attack"
CHE = "Chemical weapon"
CHG = "Change to group/activity"
CLA = "Armed clash"
DIS = "Disrupted weapons use"
EXF = "Excessive force against protesters"
GOV = "Government regains territory"
GRE = "Grenade"
HQ = "Headquarters or base established"
INT = "Protest with intervention"
LOO = "Looting/property destruction"
MOB = "Mob violence"
NSA = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
OTH = "Other"
PEA = "Peaceful protest"
REM = "Remote explosive/landmine/IED"
SEX = "Sexual violence"
SUI = "Suicide bomb"
VIO = "Violent demonstration"
# the ACLED event types
BAT = "Battles"
VAC = "Violence against civilians"
EXP = "Explosions/Remote violence"
RIO = "Riots"
PRO = "Protests"
STR = "Strategic developments"
VIOLENT = (BAT, VAC, EXP)


def extract(text: str, lang: str, published: dt.date = PUBLISHED) -> tuple[Document, list[Incident]]:
    doc = Document(doc_id="t", text=text, language=lang, published=published)
    return doc, extract_document(doc).incidents


def incidents(text: str, lang: str, published: dt.date = PUBLISHED) -> list[Incident]:
    return extract(text, lang, published)[1]


def show(incs: list[Incident]) -> list[tuple]:
    """What an assertion message shows of each incident: type, dates, place, recalled, toll, actors, quantities."""
    return [(i.sub_event_type, i.date.start, i.date.end, i.date.precision, i.location.name, i.recalled,
             i.fatalities and (i.fatalities.low, i.fatalities.best, i.fatalities.high),
             [(a.role, a.mention, a.name) for a in i.actors], [(q.what, q.value.best) for q in i.quantities])
            for i in incs]


def lead_type(text: str, lang: str, published: dt.date | None) -> str:
    """The ACLED sub-event type of the snippet's lead incident, as the CASE 2021 adapter reads it
    (its code mapped back to the ACLED name; ``NONE`` when no incident)."""
    from bilan.evaluate.case2021 import ACLED_TO_CASE, classify

    code = classify(incidents(text, lang, published), lang)
    return next((name for name, c in ACLED_TO_CASE.items() if c == code), code)


def xfail_cases(rows, lang: str, xfail: dict[str, str]) -> list:
    """``(text, expected)`` rows as pytest params ``(text, lang, expected)``; a text of ``xfail`` is
    a non-strict xfail with its reason."""
    import pytest

    out = []
    for text, expected in rows:
        marks = [pytest.mark.xfail(reason=xfail[text], strict=False)] if text in xfail else []
        out.append(pytest.param(text, lang, expected, marks=marks, id=f"{lang}-{text[:40]}"))
    return out


def fold(s: str) -> str:
    """Accents, case and punctuation folded: the words of ``s`` in capitals, one space apart."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^A-Z0-9]+", " ", s.upper()).split())


def found(expected: str, fills: list[str]) -> bool:
    """One of ``A|B`` is, as whole words, in one fill (a MUC-4 slot fill, a name or a mention)."""
    return any(f" {fold(alt)} " in f" {fold(f)} " for alt in expected.split("|") for f in fills if f)


def headline_params(en: list, fr: list, xfail: dict[str, str]) -> list:
    """(text, lang, expected) parameters of a headline set, English then French, a strict xfail for each
    headline ``xfail`` names (the headline sets: test_headlines_verbs, _nonviolent, _parse2)."""
    out = []
    for lang, rows in (("en", en), ("fr", fr)):
        for text, exp in rows:
            marks = [pytest.mark.xfail(strict=True, reason=xfail[text])] if text in xfail else []
            out.append(pytest.param(text, lang, exp, marks=marks, id=f"{lang}-{text[:50]}"))
    return out


def headline_misses(inc: Incident, exp) -> list[str]:
    """What an incident misses of a headline row's expectation: ``exp.types`` (an event type or a tuple of
    event or sub-event types; None: any), a word of ``exp.doer`` in its actor1 mentions, a word of ``exp.hit``
    in its targets, victims or actor2 (the side a battle is fought against: "Militants kill five soldiers"),
    and, when the row has one, ``exp.place`` in its location's mention or name (each None: unchecked)."""
    types = (exp.types,) if isinstance(exp.types, str) else exp.types
    errs = []
    if types is not None and inc.event_type not in types and inc.sub_event_type not in types:
        errs.append(f"type {inc.event_type}/{inc.sub_event_type}")
    # (the "unidentified armed group" put for an act nobody is named for has the act's words as its mention: no doer
    # named, "L'aviation bombarde ...": « aviation » is the act's word, not an actor)
    act = {" ".join(e.text.split()) for e in inc.evidence if e.field == "event_type"}
    named = [a.mention for a in inc.actors_in("actor1") if not (a.kind == "unidentified" and a.mention in act)]
    if exp.doer is not None and not found(exp.doer, named):
        errs.append(f"doer {named}")
    hits = [t.mention for t in inc.targets] + [a.mention for a in inc.actors if a.role in ("victim", "actor2")]
    if exp.hit is not None and not found(exp.hit, hits):
        errs.append(f"hit {hits}")
    place = getattr(exp, "place", None)
    if place is not None and not found(place, [inc.location.mention, inc.location.name]):
        errs.append(f"place {inc.location.mention!r}")
    return errs


def headline_check(text: str, lang: str, exp) -> list[str]:
    """What bilan gets wrong on a headline against ``exp`` (empty: right): with an expectation, one incident
    must meet all of it (:func:`headline_misses`); without, there must be no incident."""
    incs = incidents(text, lang)
    if exp is None:
        return [f"incident {i.event_type}/{i.sub_event_type}" for i in incs]
    if not incs:
        return ["no incident"]
    misses = [headline_misses(i, exp) for i in incs]
    return [] if any(not m for m in misses) else min(misses, key=len)


def params_with_xfails(rows, xfails: dict, key=lambda row: (row[0], row[1]), ident=lambda row: f"{row[1]}-{row[0]}"):
    """The rows as pytest params, those whose ``key`` is in ``xfails`` marked strict xfails with its reason."""
    return [pytest.param(*row, id=ident(row),
                         marks=[pytest.mark.xfail(strict=True, reason=xfails[key(row)])] if key(row) in xfails else [])
            for row in rows]


def indexed_params(rows, xfails: dict[int, str] | None = None, ident=lambda k, row: f"{row[1]}-{k}"):
    """The rows as pytest params named by ``ident(index, row)``, those whose index is in ``xfails`` marked strict
    xfails with its reason."""
    xfails = xfails or {}
    return [pytest.param(*row, id=ident(k, row),
                         marks=[pytest.mark.xfail(strict=True, reason=xfails[k])] if k in xfails else [])
            for k, row in enumerate(rows)]


def doer_victim_params(rows, xfails) -> list:
    """Rows (text, lang, doer, victim) as pytest params named by language and the text's start, and rows (text, lang,
    doer, victim, reason) as strict xfails with their reason."""
    out = [pytest.param(t, lang, doer, victim, id=f"{lang}-{t[:50]}") for t, lang, doer, victim in rows]
    out += [pytest.param(t, lang, doer, victim, id=f"{lang}-{t[:50]}",
                         marks=pytest.mark.xfail(strict=True, reason=why)) for t, lang, doer, victim, why in xfails]
    return out


VIOLENT = ("Violence against civilians", "Battles", "Explosions/Remote violence")


def check_doer_and_victim(text: str, lang: str, doer: str | None, victim: str | None) -> None:
    """The text tells a violent act that hit ``victim`` (words of a victim's mention) whose doer's mention holds
    ``doer``, the victim never the doer; with ``doer`` None, no violent act at all."""
    violent = [i for i in incidents(text, lang) if i.event_type in VIOLENT]
    if doer is None:
        assert violent == [], [(i.sub_event_type, [a.mention for a in i.actors]) for i in violent]
        return
    hit = [i for i in violent if any(victim.lower() in (a.mention or "").lower() for a in i.actors
                                     if a.role == "victim")]
    assert hit, [(i.sub_event_type, [(a.role, a.mention) for a in i.actors]) for i in violent]
    doers_ = [a.mention for a in hit[0].actors if a.role == "actor1"]
    assert any(doer.lower() in d.lower() for d in doers_), doers_
    assert not any(victim.lower() in d.lower() for d in doers_), doers_


def doers(inc: Incident) -> list[str]:
    """The incident's actor1 names, lower case."""
    return [a.name.lower() for a in inc.actors if a.role == "actor1"]


def check_last_act_of_group(got: list[Incident], sub: str, group: str, theirs: bool) -> None:
    """The last incident of sub-event type ``sub`` has ``group`` among its doers exactly when ``theirs``."""
    acts = [i for i in got if i.sub_event_type == sub]
    assert acts, [(i.sub_event_type, doers(i)) for i in got]
    named = any(group.lower() in d for d in doers(acts[-1]))
    assert named == theirs, [(i.sub_event_type, i.date.start, doers(i)) for i in got]


def lead_place(text: str, lang: str, published: dt.date, names: str, lat: float, lon: float, km: float,
               precisions: tuple[str, ...]) -> dict:
    """The first incident's place, checked: its name or mention one of ``names`` ("A|B"), its point within ``km`` of
    (``lat``, ``lon``), its precision one of ``precisions``. Returns the place as a dict for further checks."""
    from bilan.gazetteer import distance_km

    incs = incidents(text, lang, published)
    assert incs, "no incident"
    loc = incs[0].location
    got = loc.model_dump()
    assert found(names, [loc.name, loc.mention]), got
    assert loc.lat is not None and distance_km(loc.lat, loc.lon, lat, lon) <= km, got
    assert loc.precision in precisions, got
    return got
