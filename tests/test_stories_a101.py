"""Rows from a story of our own (a101: the RSF shell a displacement camp near El Fasher; an army drone strikes a market
in Kordofan).

- "The RSF did not respond to a request for comment; it has previously denied targeting civilians": the denial was laid
  at the volunteer group quoted before; a pronoun speaker after a semicolon is the subject of the clause before it (a
  body; in French « elles », a pronoun of persons too, when that subject is an armed group:
  claims._body_described_before, CLAUSE_STOPS).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 4)

EL_FASHER = ("PORT SUDAN, Dec 4 (Reuters) - Sudan's paramilitary Rapid Support Forces (RSF) shelled a displacement camp "
             "on the outskirts of El Fasher on Wednesday, killing at least 17 people and wounding dozens, a local "
             "volunteer group said.\n\n"
             "The Emergency Lawyers group said the shelling of Abu Shouk camp continued for several hours and that women "
             "and elderly people were among the dead. The RSF did not respond to a request for comment; it has "
             "previously denied targeting civilians.\n\n"
             "In Kordofan, an army drone struck a market in the town of El Obeid's western countryside on Tuesday, "
             "killing five people, according to the same group. The army, which has been at war with the RSF since "
             "April 2023, did not comment.")


def test_the_denial_is_the_rsfs():
    shelling, strike = extracting.incidents(EL_FASHER, "en", PUB)
    assert [a.name for a in shelling.actors if a.role == "actor1"] == ["RSF: Rapid Support Forces"]
    assert shelling.fatalities.low == 17 and shelling.date.start == dt.date(2026, 12, 2)
    (denial,) = [c for c in shelling.claims if c.certainty == "denied"]
    assert denial.speaker == "RSF" and denial.organisation == "RSF: Rapid Support Forces"
    assert [a.name for a in strike.actors if a.role == "actor1"] == ["Military Forces of Sudan"]
    assert strike.fatalities.best == 5 and strike.date.start == dt.date(2026, 12, 1)


@pytest.mark.parametrize("text,lang", [
    pytest.param("Paramilitaries shelled a displacement camp on Wednesday, killing 17 people, a volunteer group said. The "
                 "RSF did not respond to a request for comment; it has previously denied targeting civilians.", "en",
                 id="en"),
    pytest.param("Des paramilitaires ont bombardé un camp de déplacés mercredi, tuant 17 personnes, selon un groupe de "
                 "bénévoles. Les FSR n'ont pas répondu aux sollicitations ; elles ont déjà nié viser des civils.", "fr",
                 id="fr"),
])
def test_a_pronoun_after_a_semicolon_is_the_clauses_subject(text, lang):
    (inc,) = extracting.incidents(text, lang, PUB)
    (denial,) = [c for c in inc.claims if c.certainty == "denied"]
    assert denial.organisation == "RSF: Rapid Support Forces"
