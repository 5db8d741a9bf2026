"""Places left over: an act told near a town, a road told by its ends in capitals, and a pair of towns one of which the
gazetteer lacks (h-places5). Rows of our own, EN and FR, in the style of wire copy.

- words that put the act near a town, not in it ("near the town of Djibo", "outside Djibo", "on the outskirts of
  Djibo", "20 km from Djibo", "some 30 kilometres north of Djibo", « près de la ville de Djibo », « à 20 km de Djibo »,
  « aux abords de Djibo », « à une trentaine de kilomètres au nord de Djibo »: places_<lang>.NEAR_PLACE_BEFORE) place
  it at the town's point, precision "near" (ACLED's geo-precision 2), also when the tagger calls the town an
  organisation (places._told_near, places._near_cued);
- a road told by its two ends joined by a hyphen in capitals ("ON THE SARAVENA-TAME ROAD") is read as the lower-case
  one ("on the Kaya-Dori road"): near its first end (places.road_by_its_ends);
- two towns after a word of between (« entre Boni et Douentza », "between Djibo and Kassoumbé"), one the gazetteer
  lacks, the other known: near the known one, not the unknown one kept at its country (places._on_roads); both
  unknown, the first stays by its name at the country (a guard);
- namesakes: a town told with its region and that region's country ("Toronto, Ontario, Canada", "London, Ontario,
  Canada") in a story whose other places lie in one US state is the town of that region, not the namesake of the
  state the story is set in (Toronto, Ohio; London, Ohio), though the region's name alone reads first as a town of
  that state too (Ontario, Ohio: places._apposed). Found among the LGL dev misses (a US local story naming a firm "of
  Toronto, Ontario, Canada"); most other LGL dev misses are namesakes the gazetteer lacks (Sharon, Connecticut) or
  stories that name no other place (the paper's home town is not in the text).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting
from placing import assert_the_namesake_meant, row_id

PUB = dt.date(2024, 9, 14)


def _one_act(text: str, lang: str):
    incs = [i for i in extracting.incidents(text, lang, PUB) if i.fatalities is not None]
    assert len(incs) == 1, [(i.location.name, i.fatalities) for i in incs]
    return incs[0]


# --- an act near a town: (text, lang, town, country, precision, deaths)
NEAR = [
    ("Gunmen killed seven villagers near the town of Djibo on Tuesday, the army said.", "en", "Djibo", "BF", "near", 7),
    ("Gunmen killed seven villagers 20 km from Djibo on Tuesday, the army said.", "en", "Djibo", "BF", "near", 7),
    ("Gunmen killed seven villagers on the outskirts of Djibo on Tuesday, the army said.", "en", "Djibo", "BF", "near",
     7),
    ("Gunmen killed five traders outside Ménaka on Sunday, a local official said.", "en", "Ménaka", "ML", "near", 5),
    ("Jihadists killed nine soldiers some 30 kilometres north of Djibo on Monday, the army said.", "en", "Djibo", "BF",
     "near", 9),
    ("Gunmen killed seven villagers not far from Djibo on Tuesday, the army said.", "en", "Djibo", "BF", "near", 7),
    ("Des hommes armés ont tué sept villageois mardi près de la ville de Djibo, a indiqué l'armée.", "fr", "Djibo",
     "BF", "near", 7),
    ("Des hommes armés ont tué sept villageois mardi à 20 km de Djibo, a indiqué l'armée.", "fr", "Djibo", "BF",
     "near", 7),
    ("Des hommes armés ont tué cinq commerçants dimanche aux abords de Ménaka, selon un élu local.", "fr", "Ménaka",
     "ML", "near", 5),
    ("Des jihadistes ont tué neuf soldats lundi à une trentaine de kilomètres au nord de Djibo, a indiqué l'armée.",
     "fr", "Djibo", "BF", "near", 9),
    # guards (passed before): a town told bare, or its heart, is the town itself
    ("Gunmen killed seven villagers in Djibo on Tuesday, the army said.", "en", "Djibo", "BF", "exact", 7),
    ("Des hommes armés ont tué sept villageois mardi à Djibo, a indiqué l'armée.", "fr", "Djibo", "BF", "exact", 7),
    ("Des hommes armés ont tué cinq commerçants dimanche au centre de Ménaka, selon un élu local.", "fr", "Ménaka",
     "ML", "exact", 5),
]


@pytest.mark.parametrize("text,lang,town,country,precision,deaths", extracting.indexed_params(NEAR))
def test_an_act_near_a_town_is_near_it(text, lang, town, country, precision, deaths):
    inc = _one_act(text, lang)
    loc = inc.location
    assert (loc.name, loc.country, loc.precision) == (town, country, precision), loc
    assert loc.lat is not None and loc.lon is not None
    assert inc.fatalities.best == deaths
    assert town in [e.text for e in inc.evidence if e.field == "location"]


# --- a road told by its ends joined by a hyphen, in capitals: (text, lang, town, country)
CAPS_ROADS = [
    ("BOGOTA, 12 JAN 90 (EFE) -- [TEXT] GUERRILLAS AMBUSHED AN ARMY PATROL ON THE SARAVENA-TAME ROAD YESTERDAY, "
     "KILLING FOUR SOLDIERS, THE ARMY REPORTED.", "en", "Saravena", "CO", 4),
    ("OUAGADOUGOU, DEC 3 (AFP) - A ROADSIDE BOMB KILLED SIX SOLDIERS ON MONDAY ON THE KAYA-DORI ROAD, THE ARMY SAID.",
     "en", "Kaya", "BF", 6),
    # guard (passed before): the same road in lower case
    ("Gunmen ambushed an army patrol on the Saravena-Tame road on Tuesday, killing four soldiers, the army said.", "en",
     "Saravena", "CO", 4),
]


@pytest.mark.parametrize("text,lang,town,country,deaths", extracting.indexed_params(CAPS_ROADS))
def test_a_road_by_its_ends_in_capitals_is_near_its_first_end(text, lang, town, country, deaths):
    inc = _one_act(text, lang)
    loc = inc.location
    assert (loc.name, loc.country, loc.precision) == (town, country, "near"), loc
    assert inc.fatalities.best == deaths


# --- between two towns, one the gazetteer lacks: (text, lang, town, country, precision, resolved)
BETWEEN = [
    ("BAMAKO, 3 déc. 2024 (AFP) - Des jihadistes ont tendu une embuscade mardi à un convoi militaire entre Boni et "
     "Douentza, tuant quatre soldats.", "fr", "Douentza", "ML", "near", None),
    ("BAMAKO, Dec 3, 2024 (AFP) - Jihadists ambushed a military convoy on Tuesday between Boni and Douentza, killing "
     "four soldiers.", "en", "Douentza", "ML", "near", None),
    ("OUAGADOUGOU, Dec 3, 2024 (AFP) - Jihadists ambushed a military convoy on Tuesday between Djibo and Kassoumbé, "
     "killing four soldiers.", "en", "Djibo", "BF", "near", None),
    ("Des jihadistes ont tendu une embuscade mardi à un convoi militaire entre Djibo et Kassoumbé, tuant quatre "
     "soldats.", "fr", "Djibo", "BF", "near", None),
    # guards (passed before): the known town second, and two towns the gazetteer lacks (the first kept at Mali)
    ("Des jihadistes ont tendu une embuscade mardi à un convoi militaire entre Kassoumbé et Djibo, tuant quatre "
     "soldats.", "fr", "Djibo", "BF", "near", None),
    ("BAMAKO, 3 déc. 2024 (AFP) - Des jihadistes ont tendu une embuscade mardi à un convoi militaire entre Boni et "
     "Hombori, tuant quatre soldats.", "fr", "Boni", "ML", "country", False),
]


@pytest.mark.parametrize("text,lang,town,country,precision,resolved", extracting.indexed_params(BETWEEN))
def test_between_an_unknown_town_and_a_known_one_is_near_the_known(text, lang, town, country, precision, resolved):
    inc = _one_act(text, lang)
    loc = inc.location
    assert (loc.name, loc.country, loc.precision, loc.resolved) == (town, country, precision, resolved), loc
    assert inc.fatalities.best == 4


# --- a town told with its region and the region's country: (story, lang, the name, lat, lon of the town meant)
NAMESAKES = [
    ("Dublin City Council on Monday gave a design firm of Toronto, Ontario, Canada a second chance to present its "
     "plan for the veterans park. Dublin officials visited a recreation center in Cuyahoga Falls, and the council "
     "also heard from Whitesboro and Hilliard residents.", "en", "Toronto", 43.70, -79.42),
    ("Steubenville police said a truck stolen in Toronto, Ontario, Canada was found Tuesday near Wintersville. "
     "Jefferson County deputies and officers from Mingo Junction helped.", "en", "Toronto", 43.70, -79.42),
    ("Columbus police said the stolen truck was found Tuesday in London, Ontario, Canada. Officers from Dublin and "
     "Worthington had tracked it through Toledo.", "en", "London", 42.98, -81.23),
    # guards (passed before): the same in French, and a town with its state ("Paris, Texas") in a story set abroad
    ("Les élus de Gatineau ont signé mardi un contrat avec une firme de London, Ontario, Canada pour le nouveau parc.",
     "fr", "London", 42.98, -81.23),
    ("A French delegation from Lyon visited Paris, Texas, on Tuesday to sign a twinning charter with the town.", "en",
     "Paris", 33.66, -95.56),
]


@pytest.mark.parametrize("text,lang,name,lat,lon", NAMESAKES, ids=[row_id(i, r) for i, r in enumerate(NAMESAKES)])
def test_a_town_told_with_its_region_and_country_is_there(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


# guard (passed before): a goal told as a road's end is no town ("the road to Eagle", a Scout's rank)
def test_the_road_to_a_rank_names_no_town():
    from placing import mentions
    text = "Another step on the road to Eagle was to plan and carry out a service project, the troop leader said."
    assert mentions(text, "en", "Eagle") == []
