"""A speaker who says nothing is no claim: "The government did not say who was behind the attack",
« Le gouvernement n'a pas communiqué sur ces attaques », « sans préciser » are silence, not a doubt
and not a dispute of the incident (which would grade it contested). A speaker who does not confirm
("did not confirm the toll", « n'a pas confirmé ce bilan ») still leaves the act a possibility, as
before. Stories written for this file (EN and FR).

First run, before the rule: 5 of 9 (the English silence rows gave no claim, as their verb after "did"
was read as an infinitive, which also lost "did not confirm"; the French silence rows each gave a
possible claim disputing the incident). After ``claims_<lang>.SILENCE_VERBS`` and ``DO_SUPPORT``: 9 of
9. The "did not deny" rows were written then: a negated denial leaves the act a possibility, as
before in French (2 of 2 with the rule).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many


def claims(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2025, 3, 3))]))[0]
    assert ex.incidents
    return [(c.speaker, c.certainty, c.stance) for i in ex.incidents for c in i.claims]


SILENT = [
    ("Gunmen killed five villagers near Djibo on Saturday, residents said. The government did not say who "
     "was behind the attack.", "en", "government"),
    ("Gunmen killed five villagers near Djibo on Saturday, residents said. Police did not say how many people "
     "were wounded.", "en", "Police"),
    ("Gunmen killed five villagers near Djibo on Saturday, residents said. The army did not comment on the "
     "attack.", "en", "army"),
    ("Des hommes armés ont tué cinq villageois près de Djibo samedi, selon des habitants. Le gouvernement n'a "
     "pas communiqué sur cette attaque.", "fr", "gouvernement"),
    ("Des hommes armés ont tué cinq villageois près de Djibo samedi, selon des habitants. L'armée n'a pas "
     "précisé le nombre de blessés.", "fr", "armée"),
    ("Des hommes armés ont tué cinq villageois près de Djibo samedi, selon des habitants. Les autorités n'ont "
     "pas indiqué qui était derrière l'attaque.", "fr", "autorités"),
]


@pytest.mark.parametrize("text,lang,speaker", SILENT, ids=[f"silent-{lang}-{i}" for i, (_, lang, _) in enumerate(SILENT)])
def test_saying_nothing_is_no_claim(text, lang, speaker):
    got = claims(text, lang)
    assert not [c for c in got if c[0] and speaker.lower() in c[0].lower()], got
    assert all(stance == "supports" for _, _, stance in got), got


NOT_CONFIRMED = [
    ("Gunmen killed five villagers near Djibo on Saturday, residents said. The army did not confirm the toll.",
     "en", "army"),
    ("Des hommes armés ont tué cinq villageois près de Djibo samedi, selon des habitants. L'armée n'a pas "
     "confirmé ce bilan.", "fr", "armée"),
    ("Gunmen killed five villagers near Djibo on Saturday, residents said. The army did not deny the toll.",
     "en", "army"),
    ("Des hommes armés ont tué cinq villageois près de Djibo samedi, selon des habitants. L'armée n'a pas "
     "démenti ce bilan.", "fr", "armée"),
]


@pytest.mark.parametrize("text,lang,speaker", NOT_CONFIRMED,
                         ids=[f"unconfirmed-{lang}-{i}" for i, (_, lang, _) in enumerate(NOT_CONFIRMED)])
def test_not_confirming_still_leaves_a_possibility(text, lang, speaker):
    got = claims(text, lang)
    assert any(s and speaker.lower() in s.lower() and cert == "possible" for s, cert, _ in got), got


def test_the_set_is_bilingual():
    langs = [lang for _, lang, _ in SILENT + NOT_CONFIRMED]
    assert langs.count("en") >= 4 and langs.count("fr") >= 4
