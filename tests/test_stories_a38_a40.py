"""Rows from a story of our own (a40: a Russian drone attack on Kharkiv told by the regional governor, with the
Russian defence ministry's report of Ukrainian drones shot down over Russia in a later paragraph; a38 and a39, an ELN
attack in Arauca and a gang attack in Haiti, read right already). Each row is text of our own in the style of that
story.

- An act of another doer told in a later paragraph in the lead's town and on its day ("Russia's defence ministry said
  its forces had shot down 45 Ukrainian drones ...") is neither the lead's event nor a share of its toll: the lead
  keeps its doer and its dead (incidents._town_parts_of_lead).
- A place counted ("over several Russian regions", « au-dessus de plusieurs régions russes », "in three provinces")
  is no one hit, a capitalised adjective before its noun included (quantities_<lang>.NOT_COUNTS,
  quantities.find_quantities).
- A big city the tagger calls a person after an attack's noun and the preposition of its aim ("A Russian drone attack
  on Kharkiv", « Une attaque de drones russes sur Kharkiv ») is the city (places._city_struck); « attaque de drones »
  is a drone strike, and « drones russes » names Russia's forces (the French parse hangs the adjective as a clause:
  incidents._demonym_doer).
Every row failed on the code before this stop.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

DEC2 = dt.date(2026, 12, 2)  # a Wednesday

LEAD_EN = ("KYIV, Dec 2, 2026 (Reuters) - A Russian drone attack on Kharkiv killed three people and injured 17 "
           "overnight, regional governor Oleh Syniehubov said on Wednesday.\n\n")
LEAD_FR = ("KIEV, 2 décembre 2026 (AFP) - Une attaque de drones russes sur Kharkiv a tué trois personnes et en a blessé "
           "17 dans la nuit, a annoncé mercredi le gouverneur régional Oleh Syniehoubov.\n\n")

# (text, lang)
OTHER_SIDE = [
    (LEAD_EN + "Russia's defence ministry said its forces had shot down 45 Ukrainian drones over several Russian "
     "regions overnight.", "en"),
    (LEAD_FR + "Le ministère russe de la Défense a affirmé avoir abattu 45 drones ukrainiens au-dessus de plusieurs "
     "régions russes dans la nuit.", "fr"),
]


@pytest.mark.parametrize("text,lang", OTHER_SIDE, ids=[r[1] for r in OTHER_SIDE])
def test_the_other_sides_act_is_no_part_of_the_lead(text, lang):
    got = extracting.incidents(text, lang, DEC2)
    lead = next(i for i in got if i.location.name and "Kharkiv" in i.location.name)
    assert extracting.doers(lead) == ["military forces of russia"], extracting.doers(lead)
    assert lead.fatalities is not None and (lead.fatalities.low, lead.fatalities.high) == (3, 3), lead.fatalities
    # no one dead is counted in the regions the drones flew over
    assert all(i.fatalities is None for i in got if i is not lead), [(i.sub_event_type, i.fatalities) for i in got]


# (text, lang): no count of people
PLACES_COUNTED = [
    ("Air defences shot down 45 drones over several Russian regions on Tuesday, the defence ministry said.", "en"),
    ("Militants attacked army posts in three provinces on Tuesday, the army said.", "en"),
    ("Des jihadistes ont attaqué des postes de l'armée dans trois provinces mardi, selon l'armée.", "fr"),
]


@pytest.mark.parametrize("text,lang", PLACES_COUNTED, ids=[f"{r[1]}-{k}" for k, r in enumerate(PLACES_COUNTED)])
def test_a_place_counted_is_no_one_hit(text, lang):
    got = extracting.incidents(text, lang, DEC2)
    assert all(i.fatalities is None and i.injured is None for i in got), [(i.fatalities, i.injured) for i in got]


# (text, lang, the dead): a title-case or capitalised word before a noun of persons keeps the count
PERSONS_COUNTED = [
    ("Gunmen killed two Interior Ministry employees in Mopti on Monday, the ministry said.", "en", 2),
    ("GUNMEN KILLED TWO INTERIOR MINISTRY EMPLOYEES IN MOPTI ON MONDAY, THE MINISTRY SAID.", "en", 2),
    ("Militants killed three Malian soldiers near Mopti on Monday, the army said.", "en", 3),
]


@pytest.mark.parametrize("text,lang,dead", PERSONS_COUNTED, ids=[f"{r[1]}-{k}" for k, r in enumerate(PERSONS_COUNTED)])
def test_persons_after_a_capitalised_word_are_counted(text, lang, dead):
    got = extracting.incidents(text, lang, DEC2)
    assert len(got) == 1 and got[0].fatalities is not None, [(i.sub_event_type, i.fatalities) for i in got]
    assert (got[0].fatalities.low, got[0].fatalities.high) == (dead, dead), got[0].fatalities
