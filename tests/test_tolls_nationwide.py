"""A figure told of the whole country ("41 people had been injured across the country", « 41 blessés dans tout le
pays ») is no toll of the one town's incident told before it: the town's act did not hurt the whole country's
wounded. A figure of the town itself still is. Stories written for this file (EN and FR), before bilan was run on
them (the lead's a9 article of Kenyan tax protests: the Kisumu riot had injured 41 from the commission's national
figure).

First run, before the rule: 2 of 6 rows (the town's own figures); with it 6 of 6 (reports_<lang>.NATIONWIDE in
incidents._attach_follow_up_counts).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2024, 7, 2)

# (text, language, the town (the incident's place evidence), injured expected of it: None = no figure)
ROWS = [
    ("In the western town of Kisumu, a protester was killed on Tuesday when police opened fire on demonstrators, "
     "a rights group said. The group said 41 people had been injured across the country and 87 arrested.", "en",
     "Kisumu", None),
    ("Dans la ville de Kisumu, dans l'ouest du pays, un manifestant a été tué mardi quand la police a ouvert le "
     "feu sur des manifestants, selon une organisation de défense des droits. L'organisation a indiqué que 41 "
     "personnes avaient été blessées dans tout le pays et 87 arrêtées.", "fr", "Kisumu", None),
    ("Police fired tear gas at protesters in Mombasa on Tuesday, a rights group said. Nationwide, 60 people were "
     "wounded, the group said.", "en", "Mombasa", None),
    ("La police a tiré mardi des gaz lacrymogènes sur des manifestants à Mombasa, selon une ONG. À travers le "
     "pays, 60 personnes ont été blessées, a précisé l'ONG.", "fr", "Mombasa", None),
    # the town's own figure stays
    ("In the western town of Kisumu, a protester was killed on Tuesday when police opened fire on demonstrators, "
     "a rights group said. The group said 12 people had been injured in the town.", "en", "Kisumu", 12),
    ("Dans la ville de Kisumu, un manifestant a été tué mardi quand la police a ouvert le feu sur des "
     "manifestants, selon une ONG. L'ONG a indiqué que 12 personnes avaient été blessées dans la ville.", "fr",
     "Kisumu", 12),
]


@pytest.mark.parametrize("text,lang,words,injured", ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_a_countrys_figure_is_no_towns_toll(text, lang, words, injured):
    start = text.index(words)
    incs = [i for i in extracting.incidents(text, lang, PUB)
            if any(e.start < start + len(words) and e.end > start for e in i.evidence)]
    assert incs, [(i.sub_event_type, [e.text for e in i.evidence][:6]) for i in extracting.incidents(text, lang, PUB)]
    got = incs[0].injured
    if injured is None:
        assert got is None, got
    else:
        assert got is not None and got.low == injured, got
