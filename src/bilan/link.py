"""Linking: incident mentions that describe the same happening become one incident.

Two mentions of the same event type are compared by a **weighted score** (``score``), the sum of
four parts, each explained in the merge reason:

- date (precision-aware overlap): same day 1.0, a day apart 0.5, overlapping within a week
  0.4, within a month 0.2, coarser 0; dates further apart than ``DATE_TOLERANCE`` never link;
- place (distance in km, precision-aware): same GeoNames place or ≤ 2 km 1.0, ≤ 10 km 0.7,
  ≤ ``MERGE_MAX_KM`` 0.4 (capped at 0.5 when either place is only an admin2, 0.2 for admin1,
  0 for a country); an unknown place 0; further apart never links;
- actors: the same named perpetrator 1.0, compatible (one side unknown or unidentified) 0.3,
  conflicting named perpetrators −1.5;
- figures: the same number 1.0, overlapping ranges 0.5, within a factor 3 0.2, wildly
  different (a factor 10 or more) −1.0, one side without a figure 0.

Mentions merge when the score reaches ``MERGE_THRESHOLD`` (1.5): same day and same place do,
with compatible actors; conflicting perpetrators only when date, place and figures all agree
exactly (then the incident is ``contested``: competing attributions).

A merged incident keeps one :class:`~bilan.model.Report` per merged mention. Its figures are
reconciled from the reports (``reconcile``), its grade follows Airwars (``grade``), and when two of
its reports disagree outright (two precise dates or two precise places too far apart) it is split
back (``split``). Blocking (which stored incidents are compared at all) is by event type, date
window and a km box, in the store (``Store.link_candidates``).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from dataclasses import dataclass, field
from functools import cache, lru_cache

from bilan.gazetteer import distance_km, normalize
from bilan.lexicons import LexiconMissing, load
from bilan.model import LOCATION_PRECISION_RANK as _LOC_RANK, Incident, Range, Report, stable_id

MERGE_MAX_KM = 25.0
# two towns of their own told in one story are two acts beyond this distance (a district of a town is within it)
TOWN_APART_KM = 5.0
MERGE_THRESHOLD = 1.5

# reports of one happening may date it a day apart (overnight events, time zones, "hier" written
# before midnight and published after)
DATE_TOLERANCE = dt.timedelta(days=1)

WEIGHTS = {
    "date": {"same_day": 1.0, "adjacent_day": 0.5, "week": 0.4, "month": 0.2, "coarse": 0.0},
    "place": {"same": 1.0, "near": 0.7, "within": 0.4, "unknown": 0.0},
    "place_cap": {"admin2": 0.5, "admin1": 0.2, "country": 0.0},
    "actors": {"same": 1.0, "compatible": 0.3, "conflicting": -1.5},
    "figures": {"same": 1.0, "overlap": 0.5, "close": 0.2, "none": 0.0, "wild": -1.0},
}
SAME_PLACE_KM, NEAR_PLACE_KM = 2.0, 10.0
CLOSE_FACTOR, WILD_FACTOR = 3.0, 10.0
FIGURE_FIELDS = ("fatalities", "injured", "civilian_fatalities")


# ---------------------------------------------------------------------------------- reports

def report_of(inc: Incident) -> Report:
    """The report an unmerged incident is (its first source's document)."""
    doc = inc.sources[0].doc_id if inc.sources else (inc.claims[0].doc_id if inc.claims else "")
    return Report(incident_id=inc.id, doc_id=doc, date=inc.date.model_copy(), location=inc.location.model_copy(),
                  actors=[a.model_copy() for a in inc.actors], fatalities=inc.fatalities, injured=inc.injured,
                  civilian_fatalities=inc.civilian_fatalities)


def reports(inc: Incident) -> list[Report]:
    return inc.reports if inc.reports else [report_of(inc)]


# ---------------------------------------------------------------------------------- scoring

def _text_dated(r: Report | Incident) -> bool:
    return r.date.start is not None and r.date.basis != "publication"


def _span(r) -> tuple[dt.date, dt.date]:
    return r.date.start, r.date.end or r.date.start


def _dates_overlap(a, b) -> bool:
    if a.date.start is None or b.date.start is None:
        return False
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return a0 <= b1 + DATE_TOLERANCE and b0 <= a1 + DATE_TOLERANCE


_PREC_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _rank(precision: str | None) -> int:
    return _PREC_RANK.get(precision or "", 4)


def date_part(a, b) -> tuple[float, str] | None:
    """The date part of the score, or None when the dates cannot be the same happening's."""
    # _text_dated, _dates_overlap and _rank written out: called for every pair of reports linked
    da, db = a.date, b.date
    a0, b0 = da.start, db.start
    if a0 is None or b0 is None or da.basis == "publication" or db.basis == "publication":
        return None
    if a0 > (db.end or b0) + DATE_TOLERANCE or b0 > (da.end or a0) + DATE_TOLERANCE:
        return None
    w = WEIGHTS["date"]
    coarsest = max(_PREC_RANK.get(da.precision or "", 4), _PREC_RANK.get(db.precision or "", 4))
    if coarsest == 0:
        return (w["same_day"], f"same day {a0}") if a0 == b0 else (w["adjacent_day"], f"a day apart {a0}/{b0}")
    kind = {1: "week", 2: "month"}.get(coarsest, "coarse")
    return w[kind], f"overlapping {kind} {a0}/{b0}"


def _km(a, b) -> float | None:
    la, lb = a.location, b.location
    if la.lat is None or lb.lat is None or la.lon is None or lb.lon is None:
        return None
    return distance_km(la.lat, la.lon, lb.lat, lb.lon)


def place_part(a, b) -> tuple[float, str] | None:
    la, lb = a.location, b.location
    w = WEIGHTS["place"]
    same_gid = la.geonames_id is not None and la.geonames_id == lb.geonames_id
    km = _km(a, b)
    if km is None and not same_gid:
        return w["unknown"], "place unknown on one side"
    if same_gid or km <= SAME_PLACE_KM:
        val, what = w["same"], f"same place {la.name or lb.name or '?'}"
    elif km <= NEAR_PLACE_KM:
        val, what = w["near"], f"{km:.0f} km apart"
    elif km <= MERGE_MAX_KM:
        val, what = w["within"], f"{km:.0f} km apart"
    else:
        return None
    worst = max(_LOC_RANK.get(la.precision or "", 0), _LOC_RANK.get(lb.precision or "", 0))
    cap = {2: "admin2", 3: "admin1", 4: "country"}.get(worst)
    if cap is not None and val > WEIGHTS["place_cap"][cap]:
        val, what = WEIGHTS["place_cap"][cap], f"{what} ({cap} precision)"
    return val, what


def _named(r, roles: tuple[str, ...]) -> set[str]:
    return {x.name for x in r.actors if x.role in roles and x.kind != "unidentified"}


def actors_part(a, b, roles: tuple[str, ...] = ("actor1",)) -> tuple[float, str]:
    w = WEIGHTS["actors"]
    na, nb = _named(a, roles), _named(b, roles)
    if na and nb:
        if na & nb:
            return w["same"], f"same actor {sorted(na & nb)[0]}"
        return w["conflicting"], f"conflicting actors {sorted(na)[0]} / {sorted(nb)[0]}"
    return w["compatible"], "compatible actors (one unknown)"


def _bounds(r: Range | None) -> tuple[int, int] | None:
    if r is None:
        return None
    lo, best, hi = r.low, r.best, r.high
    if lo is None:
        if best is None and hi is None:
            return None
        lo = hi if best is None else best if hi is None else min(best, hi)
    return lo, hi if hi is not None else 10 ** 9  # open upwards


def figures_part(a, b) -> tuple[float, str]:
    w = WEIGHTS["figures"]
    for fld in FIGURE_FIELDS:
        ra, rb = getattr(a, fld), getattr(b, fld)
        if ra is None or rb is None:
            continue
        ba, bb = _bounds(ra), _bounds(rb)
        if ba is None or bb is None:
            continue
        sa, sb = ra.single(), rb.single()
        if sa == sb and ra.low == rb.low and ra.high == rb.high:
            return w["same"], f"same {fld} {sa}"
        if ba[0] <= bb[1] and bb[0] <= ba[1]:
            return w["overlap"], f"{fld} ranges overlap"
        lo, hi = sorted([max(sa or 0, 1), max(sb or 0, 1)])
        if hi / lo < CLOSE_FACTOR:
            return w["close"], f"{fld} close {sa}/{sb}"
        if hi / lo >= WILD_FACTOR:
            return w["wild"], f"{fld} wildly different {sa}/{sb}"
        return 0.0, f"{fld} differ {sa}/{sb}"
    return w["none"], "no figures to compare"


@dataclass
class Score:
    total: float
    parts: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def merges(self) -> bool:
        return self.total >= MERGE_THRESHOLD - 1e-9

    def reason(self) -> str:
        parts = ", ".join(f"{k} {self.parts[k]:+.1f} ({self.notes[k]})" for k in self.parts)
        return f"score {self.total:.1f} >= {MERGE_THRESHOLD}: {parts}"


def score_reports(a: Report | Incident, b: Report | Incident, event_type: str | None = None) -> Score | None:
    """The weighted score of two mentions of the same event type; None when blocked (dates or
    places too far apart, or not dated by the text)."""
    d = date_part(a, b)
    if d is None:
        return None
    p = place_part(a, b)
    if p is None:
        return None
    roles = ("actor1", "actor2") if event_type == "Battles" else ("actor1",)
    act = actors_part(a, b, roles)
    fig = figures_part(a, b)
    s = Score(total=0.0)
    for name, (val, note) in (("date", d), ("place", p), ("actors", act), ("figures", fig)):
        s.parts[name], s.notes[name] = val, note
    s.total = round(sum(s.parts.values()), 3)
    return s


def score(a: Incident, b: Incident) -> Score | None:
    """The best score over the two incidents' reports (None when types differ or every pair is
    blocked; a threat and an act carried out are never one incident)."""
    if (a.event_type, a.sub_event_type, a.stage) != (b.event_type, b.sub_event_type, b.stage):
        return None
    best = None
    # an unmerged incident is scored as itself (reports() would copy it into a Report first)
    for ra in a.reports or [a]:
        for rb in b.reports or [b]:
            s = score_reports(ra, rb, a.event_type)
            if s is not None and (best is None or s.total > best.total):
                best = s
    return best


def places_within(a: Incident, b: Incident, km: float, unknown: bool) -> bool:
    """The two incidents' places are the same GeoNames place or at most ``km`` apart; ``unknown`` when one has
    no point."""
    la, lb = a.location, b.location
    if la.lat is None or lb.lat is None:
        return unknown
    if la.geonames_id is not None and la.geonames_id == lb.geonames_id:
        return True
    return distance_km(la.lat, la.lon, lb.lat, lb.lon) <= km


def places_compatible(a: Incident, b: Incident) -> bool:
    """Used by extraction: the places may be the same (unknown, same GeoNames id, within 25 km)."""
    return places_within(a, b, MERGE_MAX_KM, unknown=True)


def actors_compatible(a: Incident, b: Incident) -> bool:
    """Perpetrators agree, or one side does not know (an unidentified armed group)."""
    roles = ("actor1", "actor2") if a.event_type == b.event_type == "Battles" else ("actor1",)
    a1, b1 = _named(a, roles), _named(b, roles)
    return not a1 or not b1 or bool(a1 & b1)


def _head_forms(name: str) -> set[str]:
    """The head word of a target's name with its singular guesses ("offices" -> office, offic),
    so that a singular and its plural share a form."""
    words = name.casefold().split()
    if not words:
        return set()
    word = words[-1]
    return {word} | {word[: -len(x)] for x in ("s", "es", "x") if word.endswith(x) and len(word) > len(x) + 2}


def targets_differ(a: Incident, b: Incident) -> bool:
    """Two mentions of one document that each name what they hit, and none the same thing ("blew up
    the offices of a resort ... blew up a power pole", "a bomb exploded at a branch of Banco X ...
    bombs were placed in nine political offices"), tell two attacks. Military sites are left out:
    a base is where a fight is, often named apart from what an attack hit."""
    ha = set().union(*(_head_forms(t.name) for t in a.targets if t.kind != "military_site"))
    hb = set().union(*(_head_forms(t.name) for t in b.targets if t.kind != "military_site"))
    return bool(ha and hb) and not ha & hb


def same_happening(a: Incident, b: Incident, same_document: bool = False) -> str | None:
    """The reason to merge ``a`` and ``b``, or None. Across documents: the weighted score and its
    parts. Within one document (``same_document``) the extraction's strict rule: same type,
    dates within a day, compatible places, the same perpetrators (an unknown one is not a
    wildcard there), and no different things hit (:func:`targets_differ`)."""
    if same_document:
        if (a.event_type, a.sub_event_type, a.stage) != (b.event_type, b.sub_event_type, b.stage):
            return None
        if not (_text_dated(a) and _text_dated(b) and _dates_overlap(a, b)):
            return None
        if _told_days_apart(a, b):
            # "Police shot dead a protester in Nairobi on Tuesday ... On Monday, ... one student was killed": the day's
            # tolerance is for reports of one act, not for a story that tells two days in its own words
            return None
        if not _one_day(a, b) and not (tolls_agree(a, b) and _same_figures_told(a, b)):
            # "killed 12 on Sunday" and "killed five on Monday", "wounding four on Monday": two acts; so are "two men
            # were shot dead late on Sunday" and "last week, bandits killed six farmers", a week that holds the day
            return None
        if not places_compatible(a, b) or not actors_compatible(a, b) or _two_towns(a, b):
            return None
        if {x.name for x in a.actors_in("actor1")} != {x.name for x in b.actors_in("actor1")}:
            return None
        if targets_differ(a, b):
            return None
        if b._further:
            # "Hours later, a second attack on a nearby village killed three": told as one more act, no mention of one
            # told before it (incidents: _further_act)
            return None
        return (f"same type {a.sub_event_type}, overlapping dates {a.date.start}/{b.date.start}, "
                f"same place {a.location.name or '?'}, compatible actors")
    s = score(a, b)
    return s.reason() if s is not None and s.merges else None


def two_days(a: Incident, b: Incident) -> bool:
    """Both acts dated by the text to one day each, and not the same day (the day's tolerance of
    :data:`DATE_TOLERANCE` is for reports of one act, not for a story that tells two days)."""
    return (a.date.precision == b.date.precision == "day" and (a.date.end or a.date.start) == a.date.start
            and (b.date.end or b.date.start) == b.date.start and a.date.start != b.date.start)


@cache
def _midnight_words(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(words of a day's end, words of a day's start) from ``dates_<lang>.DAY_END_WORDS``, ``DAY_START_WORDS``."""
    try:
        lex = load("dates", lang)
    except LexiconMissing:
        return None, None

    def rx(phrases):
        if not phrases:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p.casefold()) for p in phrases) + r")(?!\w)")

    return rx(getattr(lex, "DAY_END_WORDS", ())), rx(getattr(lex, "DAY_START_WORDS", ()))


def _date_words_say(inc: Incident, which: int) -> bool:
    """One of the words that date ``inc`` (its ``date`` evidence) tells the end of a day (``which`` 0) or its start
    (1), in the language of its sources."""
    langs = {s.language or "en" for s in inc.sources} or {"en"}
    texts = [e.text.casefold() for e in inc.evidence if e.field == "date"]
    return any((p := _midnight_words(lang)[which]) is not None and p.search(t) for lang in langs for t in texts)


# the bases of a day told by a mention's own words: a date expression, or one told from the act before ("the next day",
# « le lendemain »); a day taken from the lead ("lead") or the publication is no day of the mention's own
_OWN_DAY = frozenset({"text", "anaphoric"})


def _told_days_apart(a: Incident, b: Incident) -> bool:
    """Two mentions of one document each dated by words of their own (``basis: "text"``, or ``"anaphoric"``: "The next
    day, ...") to one day, and not the same day, are two acts ("Police shot dead a protester on Tuesday ... On Monday,
    one student was killed", « mardi ... Lundi, un étudiant a été tué »), whatever toll and place they share; a date a
    mention only takes from the lead or from the publication is no disagreement. Two days in a row may still be one
    act told from the two sides of midnight: the earlier day told by its end ("on Monday night", « lundi soir », « dans
    la nuit de lundi à mardi ») or the later one by its start ("early on Tuesday", « mardi matin »)."""
    if a.date.basis not in _OWN_DAY or b.date.basis not in _OWN_DAY or not two_days(a, b):
        return False
    first, then = (a, b) if a.date.start < b.date.start else (b, a)
    if then.date.start - first.date.start <= DATE_TOLERANCE and (_date_words_say(first, 0) or _date_words_say(then, 1)):
        return False
    return True


def _one_day(a: Incident, b: Incident) -> bool:
    """Both acts dated by the text to the same one day."""
    return (a.date.precision == b.date.precision == "day" and (a.date.end or a.date.start) == a.date.start
            and (b.date.end or b.date.start) == b.date.start and a.date.start == b.date.start)


def tolls_agree(a: Incident, b: Incident) -> bool:
    """No figure of the dead or the wounded that both give differs."""
    for fld in ("fatalities", "injured"):
        x, y = getattr(a, fld), getattr(b, fld)
        if x is not None and y is not None and x.single() != y.single():
            return False
    return True


def _same_figures_told(a: Incident, b: Incident) -> bool:
    """Both give the same figure of the dead or of the wounded, or one of them gives none: a day's difference
    may then be one act told from two sides of midnight ("two priests were shot dead last night ... the bodies
    were found this morning"); two that each give a toll, and none the same, are two acts ("Shells killed
    eight civilians on Tuesday ... On Monday, a shell hit a village, wounding four")."""
    told = [(getattr(a, f), getattr(b, f)) for f in ("fatalities", "injured")]
    if all(x is None for x, _ in told) or all(y is None for _, y in told):
        return True
    return any(x is not None and y is not None and x.single() == y.single() for x, y in told)


def _two_towns(a: Incident, b: Incident) -> bool:
    """Two mentions of one document that each place their act at a town of its own, two different
    GeoNames places more than ``TOWN_APART_KM`` apart ("machinegunned a bus near Olocuilta ... fired at
    two policemen in San Salvador"), tell two acts, even within the 25 km two reports of one act may
    disagree by (a story names its own place the same way each time; a district of the same town,
    closer than that, may still be the same act). So do two towns the gazetteer lacks, each told by a name of its
    own (« dans le village de Kobadié, où ... avant de se rendre à Sona Beri, où ... »), whatever region point they
    share."""
    la, lb = a.location, b.location
    if la.resolved is False and lb.resolved is False and la.name and lb.name \
            and normalize(la.name) != normalize(lb.name):
        return True
    if la.geonames_id is None or lb.geonames_id is None or la.geonames_id == lb.geonames_id:
        return False
    if la.precision not in ("exact", "near") or lb.precision not in ("exact", "near"):
        return False
    return distance_km(la.lat, la.lon, lb.lat, lb.lon) > TOWN_APART_KM


def disagreement(a: Report, b: Report) -> str | None:
    """Why two reports cannot be one happening even though each matched the incident: two precise
    dates too far apart, or two precise places too far apart. None when they may agree."""
    if _text_dated(a) and _text_dated(b) and _rank(a.date.precision) == 0 == _rank(b.date.precision):
        if not _dates_overlap(a, b):
            return f"{a.doc_id} dates it {a.date.start}, {b.doc_id} {b.date.start}"
    precise = ("exact", "near", None)
    km = _km(a, b)
    if km is not None and km > MERGE_MAX_KM and a.location.precision in precise and b.location.precision in precise:
        if a.location.geonames_id is None or a.location.geonames_id != b.location.geonames_id:
            return (f"{a.doc_id} places it at {a.location.name or '?'}, {b.doc_id} at {b.location.name or '?'} "
                    f"({km:.0f} km apart)")
    return None


def _agreement_key(r: Report) -> tuple:
    """What ``disagreement`` reads of a report (all but the doc_id it names): two reports with the
    same key never disagree, and agree or not with a third alike."""
    d, loc = r.date, r.location
    return (d.start, d.end, d.basis == "publication", _rank(d.precision), loc.lat, loc.lon, loc.precision,
            loc.geonames_id)


def _distinct(reps: list[Report]) -> list[Report]:
    """The first report of each agreement key: wire copies and same-day reports from one town
    are checked once (pairwise checks of a merged incident's reports grow as its square)."""
    first: dict[tuple, Report] = {}
    for r in reps:
        first.setdefault(_agreement_key(r), r)
    return list(first.values())


def all_agree(a: list[Report], b: list[Report] | None = None) -> bool:
    """No two reports of ``a`` disagree (or, given ``b``, no report of ``a`` with one of ``b``)."""
    a = _distinct(a)
    if b is None:
        return all(disagreement(x, y) is None for i, x in enumerate(a) for y in a[i + 1:])
    return all(disagreement(x, y) is None for x in a for y in _distinct(b))


# ---------------------------------------------------------------------------------- merging

def envelope(a: Range | None, b: Range | None) -> Range | None:
    """Two figures of one source: low is the most conservative figure reported, high the highest
    (an open "at least N" does not make the incident unbounded once another figure is higher),
    best the first figure's best when it fits."""
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


def _origin(doc_id: str, copies: dict[str, str]) -> str:
    seen = set()
    while doc_id in copies and doc_id not in seen:
        seen.add(doc_id)
        doc_id = copies[doc_id]
    return doc_id


def _denied_docs(inc: Incident) -> set[str]:
    """Documents whose claims about the incident all deny it."""
    by_doc: dict[str, list[str]] = {}
    for c in inc.claims:
        by_doc.setdefault(c.doc_id, []).append(c.certainty)
    return {d for d, cs in by_doc.items() if cs and all(x == "denied" for x in cs)}


def reconcile(reps: list[Report], fld: str, copies: dict[str, str] | None = None,
              denied: set[str] = frozenset()) -> Range | None:
    """One incident figure from its reports' figures (documented in docs/conventions.md, Linking):

    - a wire copy's figure counts once, with its original's (reports grouped by original document;
      one document's own figures are combined with ``envelope``);
    - figures from documents that deny the incident do not widen the range (unless every
      figure comes from one);
    - low: the most conservative credible figure (the smallest low); high: the highest credible
      claim (open when every source only gives a floor); best: the median of the sources' best
      figures (each source once)."""
    copies = copies or {}
    per_origin: dict[str, Range] = {}
    for r in reps:
        val = getattr(r, fld)
        if val is None or val.is_empty():
            continue
        o = _origin(r.doc_id, copies)
        per_origin[o] = envelope(per_origin[o], val) if o in per_origin else val
    credible = {o: v for o, v in per_origin.items() if o not in denied} or per_origin
    if not credible:
        return None
    if len(credible) == 1:
        return next(iter(credible.values()))
    vals = list(credible.values())
    lows = [v.low if v.low is not None else v.best for v in vals]
    lows = [x for x in lows if x is not None]
    numbers = [x for v in vals for x in (v.low, v.best, v.high) if x is not None]
    low = min(lows) if lows else None
    high = max(numbers) if numbers else None
    if all(v.high is None for v in vals) and high == max(lows, default=None):
        high = None
    bests = [v.best for v in vals if v.best is not None]
    best = int(round(statistics.median(bests))) if bests else None
    if best is not None and ((low is not None and best < low) or (high is not None and best > high)):
        best = None
    return Range(low=low, best=best, high=high, basis=f"reconciled:{len(vals)} sources")


def consolidate(inc: Incident, copies: dict[str, str] | None = None) -> None:
    """Recompute an incident's date, place and figures from its reports: the most precise text
    date and place any report gives, figures by ``reconcile``."""
    reps = reports(inc)
    dated = [r for r in reps if _text_dated(r)] or [r for r in reps if r.date.start is not None]
    if dated:
        inc.date = min(dated, key=lambda r: _rank(r.date.precision)).date.model_copy()
    placed = [r for r in reps if r.location.lat is not None]
    if placed:
        inc.location = min(placed, key=lambda r: _LOC_RANK.get(r.location.precision or "", 0)).location.model_copy()
    denied = _denied_docs(inc)
    for fld in FIGURE_FIELDS:
        setattr(inc, fld, reconcile(reps, fld, copies, denied))


def _docs(inc: Incident) -> set[str]:
    return {s.doc_id for s in inc.sources} | {r.doc_id for r in inc.reports}


# merge_reasons records: a merge is "<merged id>: <reason>" (an id has no spaces); a split is
# "split from <id>: <reason>" (this piece left <id>) or "split off <id>: <reason>" (<id> left this one)
SPLIT_FROM, SPLIT_OFF = "split from", "split off"


def merged_id(record: str) -> str | None:
    """The id of the incident a ``merge_reasons`` record says was merged in, or None for a split
    record (``"split from <id>: ..."``, ``"split off <id>: ..."``) or anything else."""
    head, sep, _ = record.partition(": ")
    head = head.strip()
    return head if sep and head and not any(c.isspace() for c in head) else None


def _sides_as_in(target: Incident, actors: list) -> list:
    """``actors`` with their two sides swapped when they are told the other way round from ``target``'s (a
    side that is ``target``'s actor1 is their actor2, or the reverse: "more than 20 Taliban died when the army
    and police counter-attacked", merged into "Taliban fighters stormed a police checkpoint"), so that one side
    stays one side; as they are otherwise."""
    mine = {r: {a.name for a in target.actors if a.role == r} for r in ("actor1", "actor2")}
    theirs = {r: {a.name for a in actors if a.role == r} for r in ("actor1", "actor2")}
    if not (mine["actor1"] & theirs["actor2"] or mine["actor2"] & theirs["actor1"]) \
            or mine["actor1"] & theirs["actor1"] or mine["actor2"] & theirs["actor2"]:
        return actors
    swap = {"actor1": "actor2", "actor2": "actor1"}
    return [a.model_copy(update={"role": swap[a.role]}) if a.role in swap else a for a in actors]


def merge_into(target: Incident, other: Incident, reason: str, copies: dict[str, str] | None = None) -> None:
    """Merge ``other`` into ``target``: every claim, source and evidence span is kept and the reason
    recorded (``"<other id>: <reason>"``, read back by ``merged_id``).

    Across documents each mention is kept as a report and date, place and figures are
    reconciled from the reports (``consolidate``). Within one document (both from the same
    single document) figures are combined with ``envelope``, the more precise date wins and a
    missing place is filled in (a town the gazetteer lacks, named and kept at its country, is no missing place), and
    no reports are kept."""
    docs = _docs(target) | _docs(other)
    if len(docs) > 1:
        if not target.reports:
            target.reports = [report_of(target)]
        target.reports.extend(r.model_copy() for r in reports(other))
    unknown_kept = False
    if len(docs) <= 1:
        for fld in FIGURE_FIELDS:
            setattr(target, fld, envelope(getattr(target, fld), getattr(other, fld)))
        if target.location.lat is None and other.location.lat is not None:
            # (a place named but not in the gazetteer, kept at its country with no point, is no missing place: the
            # dateline's town another mention borrowed does not replace it, nor gives it evidence)
            here = target.location
            unknown_kept = bool(here.name and here.country and here.country == other.location.country)
            if not unknown_kept:
                target.location = other.location
        if other.date.precision and (target.date.precision is None or
                                     _rank(other.date.precision) < _rank(target.date.precision)):
            target.date = other.date
    # within one document, the people hit keep each of their descriptions ("the politician", "the
    # leader Gilda Flores", both "civilians"): each names someone the text says was hit
    def key(x):
        return (x.role, x.name, x.mention.casefold()) if x.role == "victim" and len(docs) == 1 else (x.role, x.name)
    seen = {key(x) for x in target.actors}
    target.actors.extend(x for x in _sides_as_in(target, other.actors) if key(x) not in seen)
    # (the text's own claim, with no speaker, told again by a mention merged in is one claim: the same words and
    # certainty of the lead's "an attack by suspected ADF rebels" that the attackers' later act takes too)
    target.claims.extend(c for c in other.claims if not (c.speaker is None and c in target.claims))
    have = {s.doc_id for s in target.sources}
    target.sources.extend(s for s in other.sources if s.doc_id not in have)
    # (a place's words the mention took from the act it was told after, incidents._lead_place, are there already)
    target.evidence.extend(e for e in other.evidence if not (unknown_kept and e.field == "location")
                           and not (e.field in ("claims", "location") and e in target.evidence))
    target.quantities.extend(q for q in other.quantities if q not in target.quantities)
    target.targets.extend(t for t in other.targets if t not in target.targets)
    if len(docs) > 1:
        target.merge_reasons.extend(other.merge_reasons)
    target.merge_reasons.append(f"{other.id}: {reason}")
    if len(docs) > 1:
        consolidate(target, copies)


def split(inc: Incident, copies: dict[str, str] | None = None) -> list[Incident]:
    """Split an incident whose reports disagree outright (``disagreement``) back into groups of
    reports that agree. Reports join the first group they agree with, in merge order, so the
    incident's first report keeps its id; the others get a new stable id. Claims, sources,
    evidence, quantities and targets go with their document. The reason is recorded on both sides.
    Returns ``[inc]`` when nothing disagrees."""
    reps = reports(inc)
    if all_agree(reps):  # the common case, checked on distinct reports only
        return [inc]
    groups: list[list[Report]] = []
    why: dict[int, str] = {}
    for r in reps:
        for gi, g in enumerate(groups):
            if all(disagreement(x, r) is None for x in g):
                g.append(r)
                break
        else:
            if groups:
                why[len(groups)] = next(d for x in groups[0] if (d := disagreement(x, r)))
            groups.append([r])
    if len(groups) == 1:
        return [inc]
    out = []
    for gi, g in enumerate(groups):
        docs = {r.doc_id for r in g}
        new_id = inc.id if gi == 0 else stable_id("i", inc.id, "split", *sorted(r.incident_id for r in g))
        # every list field is rebuilt below; the nested date, place and figures get copies of their own
        part = inc.model_copy(update={"date": inc.date.model_copy(), "location": inc.location.model_copy(), **{
            fld: getattr(inc, fld) and getattr(inc, fld).model_copy() for fld in FIGURE_FIELDS}})
        part.id = new_id
        part.reports = [r.model_copy() for r in g] if len(g) > 1 else []
        names = {(a.role, a.name) for r in g for a in r.actors}
        part.actors = [a for a in inc.actors if (a.role, a.name) in names or a.role == "victim"]
        part.claims = [c for c in inc.claims if c.doc_id in docs]
        part.sources = [s for s in inc.sources if s.doc_id in docs]
        part.evidence = [e for e in inc.evidence if e.doc_id in docs]
        part.quantities = [q for q in inc.quantities if q.doc_id in docs]
        part.targets = [t for t in inc.targets if t.doc_id in docs]
        ids = {r.incident_id for r in g}
        part.merge_reasons = [m for m in inc.merge_reasons if merged_id(m) in ids]
        if gi == 0:
            for gj in range(1, len(groups)):
                other_id = stable_id("i", inc.id, "split", *sorted(r.incident_id for r in groups[gj]))
                part.merge_reasons.append(f"{SPLIT_OFF} {other_id}: reports disagree: {why[gj]}")
        else:
            part.merge_reasons.append(f"{SPLIT_FROM} {inc.id}: reports disagree: {why[gi]}")
        if len(g) == 1:
            r = g[0]
            part.date, part.location = r.date.model_copy(), r.location.model_copy()
            for fld in FIGURE_FIELDS:
                setattr(part, fld, getattr(r, fld))
        else:
            consolidate(part, copies)
        part.grade = grade(part, copies)
        out.append(part)
    return out


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


# ---------------------------------------------------------------------------------- grading

def _acknowledge_verbs(lang: str | None) -> frozenset[str]:
    try:
        return frozenset(load("claims", lang or "en").ACKNOWLEDGE_VERBS)
    except LexiconMissing:
        return frozenset()


@cache
def _grade_cues(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(the dead were combatants, evidence offered) regexes from ``lexicons/grades_<lang>.py``;
    where a cue has « … » up to ``GAP`` other words may stand."""
    try:
        lex = load("grades", lang)
    except LexiconMissing:
        return None, None

    def rx(phrases):
        if not phrases:
            return None
        gap = r"\W+(?:\w+\W+){0,%d}" % getattr(lex, "GAP", 3)
        alts = [gap.join(r"\W+".join(re.escape(w) for w in part.split()) for part in p.casefold().split("…"))
                for p in phrases]
        return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")

    return rx(lex.COMBATANT_CUES), rx(lex.EVIDENCE_CUES)


def _cue(pattern_idx: int, text: str, langs: set[str]) -> bool:
    return _cue_in(pattern_idx, text, tuple(sorted(langs)))


@lru_cache(maxsize=65536)
def _cue_in(pattern_idx: int, text: str, langs: tuple[str, ...]) -> bool:
    # remembered: a merged incident is graded again at each merge, every claim of every report
    low = text.casefold()
    return any((p := _grade_cues(lang)[pattern_idx]) is not None and p.search(low) for lang in langs)


def grade(inc: Incident, copies: dict[str, str] | None = None) -> str:
    """Airwars-style grading (first rule that applies):

    - discounted: a source says the dead were combatants, or denies the incident citing evidence,
      and no other source reports civilian deaths;
    - contested: a claim denies or disputes it (alternative cause), competing attributions (two
      reports name different perpetrators), or a combatant/denial cue against another source's
      civilian deaths;
    - confirmed: a belligerent named as actor1 accepts it, asserted ("reconnaît", "admits");
    - fair: two or more independent sources (different outlets, or different documents when the
      outlet is unknown); a wire copy (``copies``: copy doc_id -> original doc_id, from
      ``bilan.dedup``) counts as its original;
    - weak: a single source whose claims are all allegations or possibilities;
    - single_source: otherwise (one source; Airwars' "weak" too).
    """
    copies = copies or {}
    langs = {s.language or "en" for s in inc.sources} or {"en"}
    reps = reports(inc)
    cue_docs = {c.doc_id for c in inc.claims
                if _cue(0, c.text, langs) or (c.certainty == "denied" and _cue(1, c.text, langs))}
    if cue_docs:
        civ = [r for r in reps if _origin(r.doc_id, copies) not in {_origin(d, copies) for d in cue_docs}
               and any((rng := getattr(r, f)) is not None and (rng.single() or 0) > 0
                       for f in ("civilian_fatalities",))]
        return "contested" if civ else "discounted"
    if any(c.certainty == "denied" or c.stance == "disputes" for c in inc.claims):
        return "contested"
    named = [n for r in reps if (n := _named(r, ("actor1",)))]
    if any(not (x & y) for i, x in enumerate(named) for y in named[i + 1:]):
        return "contested"
    actor1 = {a.name for a in inc.actors_in("actor1")}
    ack = frozenset().union(*(_acknowledge_verbs(lang) for lang in langs))
    for c in inc.claims:
        if c.certainty == "asserted" and c.verb in ack and c.organisation in actor1:
            return "confirmed"
    by_doc = {s.doc_id: s for s in inc.sources}

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

