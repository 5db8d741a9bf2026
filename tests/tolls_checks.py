"""Shared by the toll-across-sources sets (tests/test_tolls_sources2.py, tests/test_tolls_sources3.py): one story
in, its incidents out, and the checks their rows make of a toll range, of the claims on it, and of the incident
another sentence tells."""

from __future__ import annotations

import datetime as dt

from bilan.model import Document, Incident
from bilan.pipeline import extract_many


def extract(text: str, lang: str) -> list[Incident]:
    doc = Document(doc_id="d", text=text, language=lang, published=dt.date(2024, 5, 3))
    return list(extract_many([doc]))[0].incidents


def on(inc: Incident, start: int, end: int) -> bool:
    """The incident holds evidence inside ``start``-``end``."""
    return any(e.start < end and e.end > start for e in inc.evidence)


def find(incs: list[Incident], story: str, words: str) -> list[Incident]:
    """The incidents with evidence in the first place ``words`` stand in ``story``."""
    start = story.index(words)
    return [i for i in incs if on(i, start, start + len(words))]


def check_range(got, want, what):
    """``got`` (a Range) spans ``want`` = (low, best, high); a best of None is not checked."""
    assert got is not None, f"no {what}"
    low, best, high = want
    assert (got.low, got.high) == (low, high), (what, got)
    if best is not None:
        assert got.best == best, (what, got)


def check_claims(inc: Incident, story: str, claims, fields=("fatalities",)):
    """Each (words, stance, figure) of ``claims``: the claims on the sentence holding ``words`` have that stance,
    and one holds ``figure`` in one of ``fields`` (not checked when None)."""
    for words, stance, figure in claims:
        mine = [c for c in inc.claims if words in story[c.start:c.end]]
        assert mine, f"no claim on {words!r}: {[(c.verb, c.text[:40]) for c in inc.claims]}"
        assert {c.stance for c in mine} == {stance}, [(c.speaker, c.verb, c.stance) for c in mine]
        if figure is not None:
            assert any(r is not None and r.single() == figure for c in mine
                       for r in (getattr(c, f, None) for f in fields)), \
                [(c.verb, *(getattr(c, f, None) for f in fields)) for c in mine]


def check_other(incs: list[Incident], inc: Incident, story: str, other):
    """``other`` = (words, field, figure): another incident than ``inc``, told on ``words``, has that figure."""
    words, field, figure = other
    others = [i for i in find(incs, story, words) if i.id != inc.id]
    assert others, f"no other incident on {words!r}: {[(i.sub_event_type, i.fatalities) for i in incs]}"
    assert any(getattr(i, field) is not None and getattr(i, field).single() == figure for i in others), \
        [(i.sub_event_type, getattr(i, field)) for i in others]


def lead_with_ranges(incs: list[Incident], story: str, lead: str, deaths, injured) -> Incident:
    """The incident told on ``lead`` (the first with evidence there), its dead and hurt checked against ``deaths``
    and ``injured`` (each (low, best, high), or None: not checked)."""
    found = find(incs, story, lead)
    assert found, [(i.sub_event_type, i.fatalities, i.injured) for i in incs]
    inc = found[0]
    if deaths is not None:
        check_range(inc.fatalities, deaths, "fatalities")
    if injured is not None:
        check_range(inc.injured, injured, "injured")
    return inc
