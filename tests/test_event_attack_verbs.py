"""Verbs of attack the lexicons lacked (issue 3: CASE 2021 dev snippets with no incident, such as
"members charged a camp hosting government forces"), on sentences of our own (EN and FR) written
before the rule.

ACLED's attack and armed clash are an armed side's violence against a target; "storm", "charge" and
"target" (FR "cibler", "prendre d'assaut") say it when an armed actor does it to a place (a town, a
base, a building), typed like "attack" by what was hit. Not a campaign that targets voters, fans who
storm a pitch, the police who charge a minister with corruption, a tax that targets shops.
"""

import datetime as dt

import pytest
from extracting import AIR, ATT, CLA, VIO, lead_type

PUB = dt.date(2021, 5, 4)

ATTACKS = [
    # aircraft firing on the ground is an air strike (French "mitrailler" by its aircraft word)
    ("Government planes strafed the village of San Jose on Monday, killing two farmers.", "en", AIR),
    ("AIR FORCE PLANES STRAFED CIVILIAN AREAS NEAR GUAZAPA YESTERDAY.", "en", AIR),
    ("Des avions de chasse ont mitraillé le village lundi, tuant deux paysans.", "fr", AIR),
    ("Gunmen stormed a church in Ondo state during Sunday mass.", "en", ATT),
    ("Al-Shabaab fighters charged an army base near Baidoa overnight, the military said.", "en", CLA),
    ("Suspected jihadists stormed a military post in northern Burkina Faso on Friday.", "en", CLA),
    ("A village in Zamfara was stormed by bandits late on Monday.", "en", ATT),
    ("Militants targeted a primary school in the district with gunfire on Tuesday.", "en", ATT),
    ("Des hommes armés ont pris d'assaut l'église du village pendant la messe.", "fr", ATT),
    ("Les jihadistes ont ciblé une base militaire près de Ménaka dimanche.", "fr", CLA),
    ("Des assaillants armés ont ciblé un marché de Gao mardi.", "fr", ATT),
]

NOT_ATTACKS = [
    ("The campaign targeted young voters in the suburbs.", "en"),
    ("Fans stormed the pitch after the final whistle.", "en"),
    ("Police charged the former minister with corruption on Monday.", "en"),
    ("The new tax targets small shops in the capital.", "en"),
    ("Les supporters ont pris d'assaut la pelouse après le coup de sifflet final.", "fr"),
    ("La réforme cible les petits commerces de la capitale.", "fr"),
]


@pytest.mark.parametrize("text,lang,expected", ATTACKS)
def test_attack_verbs(text, lang, expected):
    assert lead_type(text, lang, PUB) == expected


@pytest.mark.parametrize("text,lang", NOT_ATTACKS)
def test_not_attacks(text, lang):
    assert lead_type(text, lang, PUB) == "NONE"


def test_protesters_storming_stay_a_riot():
    assert lead_type("Des manifestants en colère ont pris d'assaut le parlement à Ouagadougou.", "fr", PUB) == VIO
    assert lead_type("Angry protesters stormed the parliament building in the capital.", "en", PUB) == VIO
