"""The canonical example: the AFP Mosul dispatch of March 2017 and its hand-made gold file.

Skipped when ../shared is absent (a user has only the project).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bilan.goldcheck import check
from bilan.ingest import iter_inputs
from bilan.language import assign_language
from bilan.model import Document
from bilan.pipeline import extract_document

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
ARTICLE = SEED / "afp-mossoul-2017-03.txt"
GOLD = SEED / "afp-mossoul-2017-03.gold.json"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not ARTICLE.exists(), reason="../shared/seed is not present"),
]


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extraction():
    (doc,) = [d for d in iter_inputs([ARTICLE], dt.date(2017, 3, 29))]
    assert isinstance(doc, Document)
    doc = assign_language(doc)
    assert isinstance(doc, Document) and doc.language == "fr"
    return extract_document(doc)


def _matches(inc, g) -> bool:
    if (inc.event_type, inc.sub_event_type) != (g["event_type"], g["sub_event_type"]):
        return False
    if inc.date.start is None or inc.date.start.isoformat() != g["date"]["start"]:
        return False
    return True


def _find(extraction, g):
    found = [inc for inc in extraction.incidents if _matches(inc, g)]
    assert found, f"no incident for {g['key']}: got " + "; ".join(i.summary or "" for i in extraction.incidents)
    return found[0]


@pytest.mark.parametrize("key", ["coalition-strike-2017-03-17", "is-forces-civilians-into-building",
                                 "iraqi-forces-vs-is-old-city"])
def test_required_incident(extraction, gold, key):
    g = next(x for x in gold["incidents"] if x["key"] == key)
    inc = _find(extraction, g)
    text = extraction.document.text

    # type, date and precision, place within max_km, actors, counts (exact bounds), claims, grade
    problems = check(inc, g, exact_counts=True)
    assert not problems, f"{key}: {problems}"

    # evidence first: every field points at its words, verbatim
    fields = {e.field for e in inc.evidence}
    assert {"event_type", "date", "location", "actors"} <= fields, fields
    for e in inc.evidence:
        assert text[e.start:e.end] == e.text
    for c in inc.claims:
        assert text[c.start:c.end] == c.text


def test_dates_resolve_against_publication(extraction):
    strike = next(i for i in extraction.incidents if i.sub_event_type == "Air/drone strike"
                  and i.date.start == dt.date(2017, 3, 17))
    assert [e.text for e in strike.evidence_for("date")] == ["le 17 mars"]
    is_attack = next(i for i in extraction.incidents if i.event_type == "Violence against civilians")
    assert [e.text for e in is_attack.evidence_for("date")] == ["hier"]


def test_fighter_estimates_keep_their_speaker(extraction, gold):
    qs = extraction.quantities
    remaining = next(q for q in qs if q.value.high == 999)
    assert remaining.speaker == "Joe Scrocca" and remaining.certainty == "probable"
    start = next(q for q in qs if q.value.best == 2000)
    assert start.speaker == "Joe Scrocca"
    assert 1500 <= start.value.low <= 2000 <= start.value.high <= 2500
    iraqi = next(q for q in qs if q.value.best == 100000)
    assert 90000 <= iraqi.value.low and iraqi.value.high <= 110000


def test_nothing_invented(extraction):
    battle = next(i for i in extraction.incidents if i.event_type == "Battles"
                  and i.date.start == dt.date(2017, 3, 29))
    assert battle.fatalities is None and battle.injured is None and battle.civilian_fatalities is None
    # the hypothetical strikes IS tries to provoke are not incidents
    texts = [e.text for i in extraction.incidents for e in i.evidence_for("event_type")]
    assert "attaquer" not in texts
