"""Soldiers or police killed in an attack that names no doer ("At least 25 soldiers were killed on Saturday in
an attack on a military post", « Au moins 25 soldats ont été tués samedi dans l'attaque d'un poste militaire »)
are the side hit (actor2), never the doer: the attackers stay unidentified. Forces that did the killing
stay the doer. Stories written for this file (EN and FR), before bilan was run on them.

First run, before the rule: 5 of 10 rows; 7 of 10 once the check took a police force for the forces hit
(kind "police", two rows: a fault of the check, not of bilan); with the rule 10 of 10.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2023, 9, 10)


def incidents(text: str, lang: str):
    return extracting.incidents(text, lang, PUB)


# (text, language, kind of actor1, kind of the side hit (actor2 or victim; a police force counts) or None)
ROWS = [
    ("At least 25 soldiers were killed on Saturday in an attack on a military post in Tawori, security sources "
     "said.", "en", "unidentified", "state_forces"),
    ("Four policemen were killed in an ambush on their patrol near Djibo on Monday, officials said.", "en",
     "unidentified", "state_forces"),
    ("Twelve soldiers died when their convoy was ambushed near the border on Friday, the army said.", "en",
     "unidentified", "state_forces"),
    ("Au moins 25 soldats de l'armée ont été tués samedi dans l'attaque d'un poste militaire à Tawori, selon des "
     "sources sécuritaires.", "fr", "unidentified", "state_forces"),
    ("Quatre policiers ont été tués lundi dans une embuscade contre leur patrouille près de Djibo, selon des "
     "responsables.", "fr", "unidentified", "state_forces"),
    ("Douze soldats sont morts vendredi dans l'embuscade tendue à leur convoi près de la frontière, a indiqué "
     "l'armée.", "fr", "unidentified", "state_forces"),
    # negatives: the forces did it, or a named doer did
    ("Soldiers killed 25 militants on Saturday in an attack on a rebel camp near Tawori, the army said.", "en",
     "state_forces", None),
    ("Des soldats ont tué samedi 25 jihadistes dans l'attaque d'un camp près de Tawori, a indiqué l'armée.", "fr",
     "state_forces", None),
    ("At least 25 soldiers were killed on Saturday when gunmen attacked a military post in Tawori, security "
     "sources said.", "en", "unidentified", "state_forces"),
    ("Au moins 25 soldats ont été tués samedi quand des hommes armés ont attaqué un poste militaire à Tawori, "
     "selon des sources sécuritaires.", "fr", "unidentified", "state_forces"),
]


@pytest.mark.parametrize("text,lang,a1,a2", ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_forces_hit_are_no_doer(text, lang, a1, a2):
    got = incidents(text, lang)
    assert got, "no incident"
    lead = got[0]
    seen = [(a.role, a.kind, a.mention) for a in lead.actors]
    assert [a.kind for a in lead.actors if a.role == "actor1"][:1] == [a1], seen
    if a2 is not None:
        assert {a2, "police" if a2 == "state_forces" else a2} & {a.kind for a in lead.actors if a.role in ("actor2", "victim")}, seen


# Written with the rule of link._sides_as_in (after the Kandahar golden showed the army as a second actor1 and
# the Taliban as an actor2 too): a sentence of the same fight told the other way round ("more than 20 Taliban
# died when the army and police counter-attacked") keeps each side on its side when it merges into the lead.
STORIES = [
    ("Taliban fighters stormed a police checkpoint near Kandahar on Tuesday night, killing at least 14 police "
     "officers, an official said. Nine policemen were killed and six wounded, while more than 20 Taliban died "
     "when the army and police counter-attacked, the ministry said.", "en"),
    ("Des combattants talibans ont attaqué mardi soir un poste de police près de Kandahar, tuant au moins 14 "
     "policiers, selon un responsable. Neuf policiers ont été tués et six blessés, tandis que plus de 20 talibans "
     "sont morts lors de la contre-attaque de l'armée et de la police, a indiqué le ministère.", "fr"),
]


@pytest.mark.parametrize("text,lang", STORIES, ids=[r[1] for r in STORIES])
def test_one_side_stays_one_side(text, lang):
    got = incidents(text, lang)
    assert got, "no incident"
    for inc in got:
        ones = {a.name for a in inc.actors if a.role == "actor1"}
        twos = {a.name for a in inc.actors if a.role == "actor2"}
        assert not ones & twos, [(a.role, a.name) for a in inc.actors]
        assert not ({a.kind for a in inc.actors if a.role == "actor1"} & {"state_forces", "police"}
                    and {a.kind for a in inc.actors if a.role == "actor2"} & {"state_forces", "police"}), \
            [(a.role, a.name) for a in inc.actors]
