"""A state named by its country as the doer of an act ("Israel struck Hezbollah positions in southern
Lebanon", "Russia launched 58 drones at Ukraine", « Israël a frappé ... », "drones launched by Russia")
is that state's forces (ACLED: Military Forces of X), and the country that did it is not where it
happened. Sentences written for this file (EN and FR); the negatives keep a country that speaks
("Russia said"), one that is hit ("Ukraine was hit by 58 drones") and a country as the place ("a bomb
exploded in Somalia").

First run, before the rule: 5 of 14 (the negatives and the bilingual check); with it 14 of 14. The
"strikes back at" row was added after a dev error of its kind (a diplomatic reply read as an air strike
once the country became a doer), with the rule that reads it as figurative (events_en.FIGURATIVE).
"""

from __future__ import annotations

import pytest
from extracting import incidents


def read(text: str, lang: str) -> list[tuple[list[str], str | None]]:
    return [([a.name for a in i.actors_in("actor1")], i.location.country) for i in incidents(text, lang)]


DOER = [
    # text, lang, the doer, a country the act is NOT placed in (the doer's)
    ("Israel struck Hezbollah positions in southern Lebanon on Monday, killing three fighters.", "en",
     "Military Forces of Israel", "IL"),
    ("Russia launched 58 drones at Ukraine overnight, killing two people in Odesa.", "en",
     "Military Forces of Russia", "RU"),
    ("Iran fired missiles at an Israeli air base on Tuesday.", "en", "Military Forces of Iran", "IR"),
    ("Ukraine struck an oil refinery in Russia's Ryazan region on Friday.", "en", "Military Forces of Ukraine", "UA"),
    ("Two people were killed in Odesa by drones launched by Russia overnight.", "en", "Military Forces of Russia",
     "RU"),
    ("Israël a frappé des positions du Hezbollah dans le sud du Liban lundi, tuant trois combattants.", "fr",
     "Military Forces of Israel", "IL"),
    ("La Russie a lancé 58 drones sur l'Ukraine dans la nuit, tuant deux personnes à Odessa.", "fr",
     "Military Forces of Russia", "RU"),
    ("L'Iran a tiré des missiles sur une base aérienne israélienne mardi.", "fr", "Military Forces of Iran", "IR"),
    ("Deux personnes ont été tuées à Odessa par des drones lancés par la Russie dans la nuit.", "fr",
     "Military Forces of Russia", "RU"),
]


@pytest.mark.parametrize("text,lang,name,not_in", DOER, ids=[f"{lang}-{i}" for i, (_, lang, _, _) in enumerate(DOER)])
def test_a_country_that_does_the_act_is_its_forces_not_its_place(text, lang, name, not_in):
    got = read(text, lang)
    assert any(name in doers and country != not_in for doers, country in got), got


NOT_DOER = [
    ("A bomb exploded in a market in Somalia on Monday, killing five people. Russia said it condemned the attack.",
     "en", "Military Forces of Russia"),
    ("Ukraine was hit by 58 drones overnight, killing two people in Odesa.", "en", "Military Forces of Ukraine"),
    ("Une bombe a explosé dans un marché en Somalie lundi, tuant cinq personnes. La Russie a condamné l'attaque.",
     "fr", "Military Forces of Russia"),
    ("L'Ukraine a été frappée par 58 drones dans la nuit, qui ont tué deux personnes à Odessa.", "fr",
     "Military Forces of Ukraine"),
    # a measure answering a measure is no blow (written after a dev error of this kind, without its words)
    ("Iran strikes back at Britain, summons ambassador over sanctions", "en", "Military Forces of Iran"),
]


@pytest.mark.parametrize("text,lang,name", NOT_DOER, ids=[f"not-{lang}-{i}" for i, (_, lang, _) in enumerate(NOT_DOER)])
def test_a_country_that_speaks_or_is_hit_is_no_doer(text, lang, name):
    assert not any(name in doers for doers, _ in read(text, lang)), read(text, lang)


def test_the_set_is_bilingual():
    langs = [r[1] for r in DOER + NOT_DOER]
    assert langs.count("en") >= 6 and langs.count("fr") >= 6
