"""Rows from stories of our own (a49: soldiers and a civilian killed when their vehicle hit a landmine on a road in
central Mali, told by a military source; a47, a junta air strike in Sagaing, and a48, a gang attack in Haiti, left
classes noted in the closing note). Each row is text of our own in the style of those stories.

- The speaker's own force hit by the act is not its doer: "Two soldiers were killed when their vehicle hit a landmine,
  a military source said" has an unidentified doer and the soldiers as the side hit ("their vehicle" is a thing of
  theirs that underwent the act, no group named again; incidents._speaker_as_doer).
- A road told by its ends places the act at the first end the gazetteer knows ("on the road between Douentza and
  Boni", "on the road to Douentza", « sur la route de Douentza »; places._on_a_road), even when the tagger calls
  the name a person (docs/conventions.md, Roads).
Every row but the guards failed on the code before this stop.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

DEC5 = dt.date(2026, 12, 5)  # a Saturday

MINE = [
    ("Two soldiers and a civilian were killed on Thursday when their vehicle hit a landmine near Douentza, a military "
     "source said.", "en"),
    ("Two Malian soldiers and a civilian were killed on Thursday when their vehicle hit a landmine near Douentza, a "
     "military source said.", "en"),
    ("Deux soldats et un civil ont été tués jeudi lorsque leur véhicule a sauté sur une mine près de Douentza, selon "
     "une source militaire.", "fr"),
]


@pytest.mark.parametrize("text,lang", MINE, ids=[f"{r[1]}-{k}" for k, r in enumerate(MINE)])
def test_the_speakers_force_hit_is_no_doer(text, lang):
    got = extracting.incidents(text, lang, DEC5)
    assert len(got) == 1, [(i.sub_event_type, extracting.doers(i)) for i in got]
    inc = got[0]
    assert inc.sub_event_type == "Remote explosive/landmine/IED"
    assert extracting.doers(inc) == ["unidentified armed group"], extracting.doers(inc)
    assert [a.name for a in inc.actors if a.role == "actor2"] == ["Military Forces of Mali"], inc.actors
    assert (inc.fatalities.low, inc.fatalities.high) == (3, 3)


# (text, lang, place or None)
ROADS = [
    ("Two soldiers were killed on Thursday when their vehicle hit a landmine on the road between Douentza and Boni.",
     "en", "Douentza"),
    ("Two soldiers were killed on Thursday when their vehicle hit a landmine on the road to Douentza.", "en",
     "Douentza"),
    ("Deux soldats ont été tués jeudi lorsque leur véhicule a sauté sur une mine sur la route de Douentza.", "fr",
     "Douentza"),
    ("Deux soldats ont été tués jeudi lorsque leur véhicule a sauté sur une mine entre Douentza et Boni.", "fr",
     "Douentza"),
    # a road named by its two ends joined by a hyphen, its noun before them: near its first end (h-places4; this
    # row was a guard that placed nothing, the act now near Douentza as on "the road between Douentza and Boni")
    ("Deux soldats ont été tués jeudi lorsque leur véhicule a sauté sur une mine sur l'axe Douentza-Boni.", "fr",
     "Douentza"),
]


@pytest.mark.parametrize("text,lang,place", ROADS, ids=[f"{r[1]}-{k}" for k, r in enumerate(ROADS)])
def test_a_road_told_by_its_ends(text, lang, place):
    got = extracting.incidents(text, lang, DEC5)
    assert len(got) == 1
    assert got[0].location.name == place, got[0].location
    if place is not None:
        assert got[0].location.country == "ML"
        ev = [e.text for e in got[0].evidence if e.field == "location"]
        assert place in ev, ev


def test_a_man_from_a_town_is_still_read_at_home_only():
    # guard: "to" after a verb of going is no road's end; the story's act stays where it was
    text = "Gunmen killed two herders near Douentza on Thursday. Their families fled to Boni, a local official said."
    got = extracting.incidents(text, "en", DEC5)
    assert [i.location.name for i in got] == ["Douentza"], [i.location.name for i in got]


# (a48: a gang whose name is set in quotes; text, lang)
QUOTED_GANG = [
    ('Members of the "Gran Grif" gang attacked the town of Mirebalais on Monday, killing at least seven people.', "en"),
    ("Members of the \u201cGran Grif\u201d gang attacked the town of Mirebalais on Monday, killing at least seven people.",
     "en"),
    # (the sentence kept whole over the quote, nlp._quote_pairs; « membres » the active subject of « ont attaqué »,
    # nlp._fix_active_subjects)
    ("Des membres du gang « Gran Grif » ont attaqué lundi la ville de Mirebalais, tuant au moins sept personnes.",
     "fr"),
]


@pytest.mark.parametrize("text,lang", QUOTED_GANG, ids=["en-straight", "en-curly", "fr"])
def test_a_gang_named_in_quotes(text, lang):
    got = extracting.incidents(text, lang, DEC5)
    assert len(got) == 1
    assert extracting.doers(got[0]) == ["gran grif gang"], extracting.doers(got[0])
