"""A target noun inside a figure of speech hits no thing: "the area is the group's theatre of
operations", « la zone est le théâtre d'opérations du JNIM », "the town became the theatre of fierce
fighting". The building itself stays a target ("Gunmen attacked a theatre in Kabul"). Sentences
written for this file (EN and FR).

First run: 7 of 7, the figure then read as no target because its sentence told no act. Two rows were
added with the figure in a sentence the incident spans (« L'attaque n'a pas été revendiquée, mais la zone
est le théâtre d'opérations du JNIM »): 1 of 2, then 9 of 9 with ``targets_<lang>.NOT_TARGETS``.
"""

from __future__ import annotations

import pytest
from extracting import incidents


def targets(text: str, lang: str) -> list[str]:
    return [t.name for i in incidents(text, lang) for t in i.targets]


IDIOMS = [
    ("Gunmen killed 40 villagers near Djibo on Saturday; the area is the theatre of operations of JNIM.", "en"),
    ("Fighting killed 12 soldiers near Kidal, which has become the theater of war between the army and rebels.",
     "en"),
    ("Des hommes armés ont tué 40 villageois près de Djibo samedi ; la zone est le théâtre d'opérations du JNIM.",
     "fr"),
    ("Des combats ont tué 12 soldats près de Kidal, devenue le théâtre des affrontements entre l'armée et les rebelles.",
     "fr"),
    ("Gunmen killed 40 villagers near Djibo on Saturday. The attack was not claimed, but the area is the theatre "
     "of operations of JNIM.", "en"),
    ("Des hommes armés ont tué 40 villageois près de Djibo samedi. L'attaque n'a pas été revendiquée, mais la zone "
     "est le théâtre d'opérations du JNIM.", "fr"),
]


@pytest.mark.parametrize("text,lang", IDIOMS, ids=[f"idiom-{lang}-{i}" for i, (_, lang) in enumerate(IDIOMS)])
def test_a_theatre_of_operations_is_no_target(text, lang):
    assert not [t for t in targets(text, lang) if "th" in t.lower()], targets(text, lang)


BUILDINGS = [
    ("Gunmen attacked a theatre in Kabul on Saturday, killing three people.", "en"),
    ("Des hommes armés ont attaqué un théâtre à Kaboul samedi, tuant trois personnes.", "fr"),
]


@pytest.mark.parametrize("text,lang", BUILDINGS, ids=[f"building-{lang}-{i}" for i, (_, lang) in enumerate(BUILDINGS)])
def test_a_theatre_building_is_still_a_target(text, lang):
    assert [t for t in targets(text, lang) if "th" in t.lower()], targets(text, lang)


def test_the_set_is_bilingual():
    langs = [lang for _, lang in IDIOMS + BUILDINGS]
    assert langs.count("en") >= 3 and langs.count("fr") >= 3
