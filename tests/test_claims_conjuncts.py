"""A reporting verb joined to another by "and" shares its speaker: "A military source denied that the
army targets civilians and said its units were striking positions" has one speaker for both verbs,
not the words before "said" ("A military source denied that the army targets civilians and").
Sentences written for this file (EN and FR).

First run, before the rule: 2 of 5 (the second English row, and the bilingual check); with it 5 of 5.
Since h-speakers3 (tests/test_speakers_left3.py), a verb joined by "and" that is as sure as the first ("confirmed the
toll and said", « a confirmé le bilan et a indiqué ») is the same speaker going on: one claim, not two; the rows
check that no claim of the sentence has a speaker cut wrong, and that a less sure verb ("denied ... and said") keeps
its two claims.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many


def speakers(text: str, lang: str) -> list[str]:
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2016, 9, 30))]))[0]
    return [c.speaker or "" for i in ex.incidents for c in i.claims]


ROWS = [
    ("Shelling killed twelve people in east Aleppo on Thursday, doctors said. A military source denied that the "
     "army targets civilians and said its units were striking positions of the rebels.", "en", "military source"),
    ("Gunmen killed five villagers near Djibo on Saturday, residents said. The army spokesman confirmed the toll "
     "and said troops had been sent to the area.", "en", "army spokesman"),
    ("Des obus ont tué douze personnes dans l'est d'Alep jeudi, selon des médecins. Une source militaire a démenti "
     "que l'armée vise des civils et a affirmé que ses unités frappaient des positions rebelles.", "fr",
     "source militaire"),
    ("Des hommes armés ont tué cinq villageois près de Djibo samedi, selon des habitants. Le porte-parole de "
     "l'armée a confirmé le bilan et a indiqué que des renforts avaient été envoyés.", "fr", "porte-parole"),
]


@pytest.mark.parametrize("text,lang,who", ROWS, ids=[f"{lang}-{i}" for i, (_, lang, _) in enumerate(ROWS)])
def test_a_reporting_verb_after_and_shares_its_speaker(text, lang, who):
    got = speakers(text, lang)
    mine = [s for s in got if who in s.lower()]
    two = 2 if any(w in text for w in ("denied", "démenti")) else 1  # (as sure: one claim, the speaker going on)
    assert len(mine) == two and all(len(s.split()) <= len(who.split()) + 5 for s in mine), got


def test_the_set_is_bilingual():
    langs = [lang for _, lang, _ in ROWS]
    assert langs.count("en") >= 2 and langs.count("fr") >= 2
