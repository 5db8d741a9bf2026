"""A drone or an aircraft that strikes, hits or targets something is an air/drone strike with no doer
named ("The drone struck a vehicle near the market", « Le drone a frappé un véhicule samedi soir »):
a weapon that strikes is armed. A drone that films, flies over or delivers is none. Sentences
written for this file (EN and FR), before bilan was run on them.

First run, before the rule: 6 of 12 rows (the five near misses and one strike); with it 12 of 12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many

AIR = "Air/drone strike"


def subs(text: str, lang: str) -> list[str]:
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2025, 5, 4))]))[0]
    return [i.sub_event_type for i in ex.incidents]


ROWS = [
    ("The drone struck a vehicle near the market in Kidal late on Saturday.", "en", AIR),
    ("A drone hit a fuel depot on the outskirts of Port Sudan on Tuesday.", "en", AIR),
    ("A helicopter targeted a convoy on the road to Menaka on Friday.", "en", AIR),
    ("Le drone a frappé un véhicule samedi soir près du marché de Kidal.", "fr", AIR),
    ("Un drone a visé un dépôt de carburant en périphérie de Port-Soudan mardi.", "fr", AIR),
    ("Un hélicoptère a frappé un convoi sur la route de Ménaka vendredi.", "fr", AIR),
    ("Un drone a touché un entrepôt de munitions près de Bakhmout dimanche.", "fr", AIR),
    # near misses: no strike
    ("A drone filmed the flooded villages near Kidal on Saturday.", "en", None),
    ("A drone delivered medicine to a clinic near Kidal on Saturday.", "en", None),
    ("Un drone a survolé la ville de Kidal samedi soir.", "fr", None),
    ("Un drone a livré des médicaments à un dispensaire près de Kidal samedi.", "fr", None),
    ("La sécheresse a frappé les éleveurs de la région de Kidal cette année.", "fr", None),
]


@pytest.mark.parametrize("text,lang,sub", ROWS, ids=[f"{lang}-{i}" for i, (_, lang, _) in enumerate(ROWS)])
def test_a_weapon_that_strikes_is_a_strike(text, lang, sub):
    got = subs(text, lang)
    if sub is None:
        assert got == [], got
    else:
        assert sub in got, got


def test_the_set_is_bilingual():
    langs = [lang for _, lang, _ in ROWS]
    assert langs.count("en") >= 5 and langs.count("fr") >= 5
