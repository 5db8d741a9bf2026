"""The vehicles the attackers came in are no target: « Des centaines de terroristes ont attaqué le détachement à
l'aube, à moto et en pick-up », "gunmen on motorbikes attacked the village", "arrived by car". A vehicle the act
hit stays a target ("fired on a bus", « ont incendié des motos »). Sentences written for this file (EN and FR),
before bilan was run on them.

First run, before the rule: 8 of 10 rows (the French dateline-style row and "set fire to motorbikes", a word
the English target list lacked); with it 10 of 10 (the English list now holds motorbikes and motorcycles, and
"on motorbikes" with no determiner is a way of travel).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many


def targets(text: str, lang: str) -> list[str]:
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2023, 9, 10))]))[0]
    return [t.mention.lower() for i in ex.incidents for t in i.targets]


# (text, language, a word no target may hold or None, a word one target must hold or None)
ROWS = [
    ("Des centaines de terroristes ont attaqué le détachement à l'aube, à moto et en pick-up, a déclaré un officier.",
     "fr", ("moto", "pick-up"), None),
    ("Des hommes armés à moto ont attaqué samedi le village de Tawori, tuant six civils.", "fr", ("moto",), None),
    ("Les assaillants, arrivés à bord de pick-up, ont tué quatre gendarmes dans l'attaque du poste.", "fr",
     ("pick-up",), None),
    ("Hundreds of militants attacked the army post at dawn on motorbikes and in pick-up trucks, an officer said.",
     "en", ("motorbikes",), None),
    ("Gunmen on motorcycles attacked the village of Tawori on Saturday, killing six civilians.", "en",
     ("motorcycles",), None),
    ("The attackers, who arrived by car, killed four policemen in the attack on the post.", "en", ("car",), None),
    # negatives: the vehicle the act hit
    ("Gunmen fired on a bus near Tawori on Saturday, killing six passengers.", "en", None, "bus"),
    ("Des hommes armés ont incendié des motos et un camion samedi à Tawori.", "fr", None, "motos"),
    ("Des hommes armés ont tiré sur un bus samedi près de Tawori, tuant six passagers.", "fr", None, "bus"),
    ("Militants set fire to motorbikes and a truck in Tawori on Saturday.", "en", None, "motorbikes"),
]


@pytest.mark.parametrize("text,lang,never,must", ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_the_way_they_came_is_no_target(text, lang, never, must):
    got = targets(text, lang)
    for word in never or ():
        assert not any(word in t for t in got), got
    if must is not None:
        assert any(must in t for t in got), got
