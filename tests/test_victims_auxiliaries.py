"""Civilian auxiliaries of an army ("soldiers and civilian auxiliaries", « soldats et supplétifs civils de
l'armée ») are armed men who fight beside it, not civilians: an attack on a post that kills them is a
battle, and they are no civilian victims. Civilians named beside soldiers stay civilians. Stories written
for this file (EN and FR), before bilan was run on them.

First run, before the rule: 4 of 8 rows (the negatives and the bare soldiers rows); with it 8 of 8.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2023, 9, 10)


def incidents(text: str, lang: str):
    return extracting.incidents(text, lang, PUB)


# (text, language, the lead act's event type, civilians among its victims)
ROWS = [
    ("At least 25 soldiers and civilian auxiliaries were killed on Saturday in an attack on a military post in "
     "Tawori, in eastern Burkina Faso, security sources said.", "en", "Battles", False),
    ("Jihadists killed twelve civilian auxiliaries of the army in an ambush near Djibo on Monday, a local "
     "official said.", "en", "Battles", False),
    ("Au moins 25 soldats et supplétifs civils de l'armée ont été tués samedi dans l'attaque d'un poste militaire "
     "à Tawori, dans l'est du Burkina Faso, a-t-on appris de sources sécuritaires.", "fr", "Battles", False),
    ("Des jihadistes ont tué lundi douze supplétifs civils de l'armée dans une embuscade près de Djibo, selon un "
     "responsable local.", "fr", "Battles", False),
    # negatives: civilians beside soldiers are civilians
    ("At least 25 civilians and two soldiers were killed on Saturday in an attack on a market in Tawori, "
     "security sources said.", "en", None, True),
    ("Au moins 25 civils et deux soldats ont été tués samedi dans l'attaque d'un marché à Tawori, selon des "
     "sources sécuritaires.", "fr", None, True),
    ("At least 25 soldiers were killed on Saturday in an attack on a military post in Tawori, security sources "
     "said.", "en", "Battles", False),
    ("Au moins 25 soldats ont été tués samedi dans l'attaque d'un poste militaire à Tawori, selon des sources "
     "sécuritaires.", "fr", "Battles", False),
]


@pytest.mark.parametrize("text,lang,etype,civilians", ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_civilian_auxiliaries_are_no_civilians(text, lang, etype, civilians):
    got = incidents(text, lang)
    assert got, "no incident"
    lead = got[0]
    seen = [(a.role, a.name, a.mention) for a in lead.actors]
    if etype is not None:
        assert lead.event_type == etype, (lead.event_type, lead.sub_event_type, seen)
    assert any(a.role == "victim" and a.name == "civilians" for a in lead.actors) == civilians, seen
