"""A figure told after a toll with a verb of its own and no auxiliary ("41 people had been injured across the
country and 87 arrested", « 41 personnes ont été blessées et 87 interpellées ») says what befell those
people: arrested, detained, missing are neither dead nor hurt, and the figure never joins the toll.
A figure whose own word is a casualty word ("and 12 wounded") still counts. Stories written for this file
(EN and FR), before bilan was run on them.

First run, before the rule: 4 of 12 rows (the casualty-word rows); with it 12 of 12. The two Kisumu rows said
"across the country" / « dans tout le pays » at first; since a country's figure is no town's toll
(tests/test_tolls_nationwide.py) they say "in the town" / « dans la ville », their point unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2024, 7, 2)


def incidents(text: str, lang: str):
    return extracting.incidents(text, lang, PUB)


def _values(r):
    return None if r is None else {v for v in (r.low, r.best, r.high) if v is not None}


# (text, language, the injured figures, the dead figures)
ROWS = [
    ("Police fired live rounds at protesters in Kisumu on Tuesday. The commission said 41 people had been injured "
     "in the town and 87 arrested.", "en", {41}, None),
    ("Police clashed with protesters in the capital on Tuesday; 20 people were wounded and 35 detained, the "
     "rights group said.", "en", {20}, None),
    ("Soldiers opened fire on demonstrators in the town on Friday, killing three people, and 15 others were "
     "injured and 40 arrested, witnesses said.", "en", {15}, {3}),
    ("Gunmen attacked the village on Sunday; four people were killed and nine missing, a local official said.",
     "en", None, {4}),
    ("La police a tiré à balles réelles sur des manifestants mardi à Kisumu. La commission a indiqué que 41 "
     "personnes avaient été blessées dans la ville et 87 interpellées.", "fr", {41}, None),
    ("Des heurts ont opposé la police à des manifestants mardi dans la capitale ; 20 personnes ont été blessées "
     "et 35 arrêtées, selon l'organisation.", "fr", {20}, None),
    ("Des soldats ont ouvert le feu vendredi sur des manifestants dans la ville, tuant trois personnes ; 15 autres "
     "ont été blessées et 40 interpellées, selon des témoins.", "fr", {15}, {3}),
    ("Des hommes armés ont attaqué le village dimanche ; quatre personnes ont été tuées et neuf portées disparues, "
     "selon un responsable local.", "fr", None, {4}),
    # negatives: the elided word is a casualty word
    ("Police clashed with protesters in the capital on Tuesday; two people were killed and 20 wounded, the rights "
     "group said.", "en", {20}, {2}),
    ("Des heurts ont opposé la police à des manifestants mardi dans la capitale ; deux personnes ont été tuées et "
     "20 blessées, selon l'organisation.", "fr", {20}, {2}),
    ("Gunmen attacked the village on Sunday; four people were killed and nine injured, a local official said.",
     "en", {9}, {4}),
    ("Des hommes armés ont attaqué le village dimanche ; quatre personnes ont été tuées et neuf blessées, selon un "
     "responsable local.", "fr", {9}, {4}),
]


@pytest.mark.parametrize("text,lang,injured,dead", ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_an_elided_outcome_is_no_toll(text, lang, injured, dead):
    got = incidents(text, lang)
    assert got, "no incident"
    seen = [(i.sub_event_type, i.fatalities, i.injured) for i in got]
    assert _values(got[0].injured) == injured, seen
    assert _values(got[0].fatalities) == dead, seen
