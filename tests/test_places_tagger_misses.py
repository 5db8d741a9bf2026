"""Places the tagger misses: a town told by its noun that the tagger calls a person ("in the southern town of Bani
Suhaila", « dans la ville de Bani Walid »), a country after a direction word that it calls a date ("in western Niger"),
and an act on a road between two towns (« sur l'axe reliant Kaya à Dori », "on the road between Kaya and Dori",
« sur la route Kaya-Dori »).

- A name after a town's noun and its link ("the town of", "the village of", « la ville de », « la localité de »:
  places_<lang>.TOWN_NOUNS, DIVISION_NAME_LINKS) is a place whatever the tagger calls it: the town the gazetteer
  reads, by a near spelling too when one town of the story's country bears it (places._after_town_noun), else the
  name as written, unresolved (places.unknown_towns). Not a name after another noun and "of" ("the son of Issa Kaya",
  "the mayor of ..."), nor one the text names as a person elsewhere.
- A country or region the gazetteer reads by its own spelling, after a direction word in lower case ("in western
  Niger" tagged a date), is read whatever the tagger calls it (places._after_direction).
- A town told as a road's end ("on the road between Kaya and Dori", "on the road to Dori") places the act near it,
  precision "near" (ACLED's geo-precision 2: an event on a road coded at a town it names, "part of region"), never at
  the town itself; a road told by its two ends joined by a hyphen (« sur la route Kaya-Dori », "the Kaya-Dori road")
  is placed so at its first end (places._on_roads, docs/conventions.md, Roads).

Rows written for this file, EN and FR, our own sentences. First run (before any change): the English rows of a town
the tagger calls a person placed the act at the dateline's town, the road rows placed it at Kaya exactly (the hyphen
rows at the dateline's town).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents

PUBLISHED = dt.date(2026, 12, 3)

# (text, lang, the place's name, its country, precision)
TOWN_NOUN = [
    # a town the gazetteer reads only by a near spelling (Banī Suhaylā), tagged a person
    ("GAZA, Dec 3, 2026 (AFP) - An Israeli air strike killed five people on Tuesday in the southern town of Bani "
     "Suhaila, medics said.", "en", "Banī Suhaylā", "PS"),
    ("GAZA, 3 déc. 2026 (AFP) - Une frappe aérienne israélienne a tué mardi cinq personnes dans la ville de Bani "
     "Suhaila, selon des secouristes.", "fr", "Banī Suhaylā", "PS"),
    # a town the gazetteer reads by its own spelling, tagged a person
    ("TRIPOLI, Dec 3, 2026 (AFP) - Clashes between rival militias killed six people on Tuesday in the town of Bani "
     "Walid, a local source said.", "en", "Bani Walid", "LY"),
    ("TRIPOLI, 3 déc. 2026 (AFP) - Des affrontements ont fait six morts mardi dans la ville de Bani Walid, selon une "
     "source locale.", "fr", "Bani Walid", "LY"),
]


@pytest.mark.parametrize("text,lang,name,country", TOWN_NOUN, ids=[f"{r[1]}-{k}" for k, r in enumerate(TOWN_NOUN)])
def test_a_town_told_by_its_noun_is_the_place_whatever_its_tag(text, lang, name, country):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    loc = incs[0].location
    assert loc is not None and loc.name == name and loc.country == country, loc
    assert loc.precision == "exact" and loc.lat is not None


# (text, lang, the name as written)
UNKNOWN_TOWN_NOUN = [
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - Jihadists killed seven civilians on Monday in the village of Sanam Dialo, "
     "security sources said.", "en", "Sanam Dialo"),
    ("OUAGADOUGOU, 3 déc. 2026 (AFP) - Des jihadistes ont tué lundi sept civils dans la localité de Sanam Dialo, "
     "selon des sources sécuritaires.", "fr", "Sanam Dialo"),
    # tagged a facility
    ("BANGUI, Dec 3, 2026 (AFP) - Rebels torched 40 houses on Monday in the village of Gbadolite Mission, a UN source "
     "said.", "en", "Gbadolite Mission"),
]


@pytest.mark.parametrize("text,lang,name", UNKNOWN_TOWN_NOUN,
                         ids=[f"{r[1]}-{k}" for k, r in enumerate(UNKNOWN_TOWN_NOUN)])
def test_a_town_told_by_its_noun_the_gazetteer_lacks_is_kept_unresolved(text, lang, name):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    loc = incs[0].location
    assert loc is not None and loc.name == name and loc.mention == name, loc  # never the dateline's town
    assert loc.resolved is False and loc.lat is None


# guards: a name after another noun and its link is a person's; the act keeps its own place
GUARDS = [
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - Jihadists killed the son of Issa Kaya on Monday in Djibo, security sources "
     "said.", "en", "Djibo"),
    ("OUAGADOUGOU, 3 déc. 2026 (AFP) - Des hommes armés ont tué lundi le fils de Moussa Dori à Djibo, selon des "
     "sources locales.", "fr", "Djibo"),
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - Gunmen killed seven civilians on Monday in Djibo, the mayor of Adama "
     "Ouedraogo said.", "en", "Djibo"),
]


@pytest.mark.parametrize("text,lang,name", GUARDS, ids=[f"{r[1]}-{k}" for k, r in enumerate(GUARDS)])
def test_a_name_after_another_noun_is_no_town(text, lang, name):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    assert incs[0].location.name == name, incs[0].location
    assert incs[0].location.precision == "exact"


# (text, lang, the town's name, the country)
AFTER_DIRECTION = [
    # "Niger" tagged a date after "western"
    ("NIAMEY, Dec 3, 2026 (AFP) - Gunmen on motorbikes killed four traders near Tamarou, in western Niger, on Sunday.",
     "en", "Tamarou", "NE"),
    ("NDJAMENA, Dec 3, 2026 (AFP) - Gunmen on motorbikes killed four herders near Bekourou, in southern Chad, on "
     "Sunday.", "en", "Bekourou", "TD"),
    ("NIAMEY, 3 déc. 2026 (AFP) - Des hommes armés à moto ont tué dimanche quatre commerçants près de Tamarou, dans "
     "l'ouest du Niger.", "fr", "Tamarou", "NE"),
    ("NIAMEY, Dec 3, 2026 (AFP) - Gunmen killed four traders on Sunday in the north of Niger, near Tamarou.", "en",
     "Tamarou", "NE"),
]


@pytest.mark.parametrize("text,lang,name,country", AFTER_DIRECTION,
                         ids=[f"{r[1]}-{k}" for k, r in enumerate(AFTER_DIRECTION)])
def test_a_country_after_a_direction_word_is_read_whatever_its_tag(text, lang, name, country):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    loc = incs[0].location
    assert loc.name == name and loc.country == country, loc
    assert loc.resolved is False and loc.precision == "country"


# (text, lang, the first end the act is placed near)
ROADS = [
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - A roadside bomb killed six soldiers on Monday on the road between Kaya and "
     "Dori, the army said.", "en", "Kaya"),
    ("OUAGADOUGOU, 3 déc. 2026 (AFP) - Un engin explosif a tué lundi six soldats sur l'axe reliant Kaya à Dori, selon "
     "l'armée.", "fr", "Kaya"),
    ("OUAGADOUGOU, 3 déc. 2026 (AFP) - Un engin explosif a tué lundi six soldats sur la route entre Kaya et Dori, "
     "selon l'armée.", "fr", "Kaya"),
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - A roadside bomb killed six soldiers on Monday on the road to Dori, the army "
     "said.", "en", "Dori"),
    # the two ends joined by a hyphen
    ("OUAGADOUGOU, 3 déc. 2026 (AFP) - Un engin explosif a tué lundi six soldats sur la route Kaya-Dori, selon "
     "l'armée.", "fr", "Kaya"),
    ("OUAGADOUGOU, 3 déc. 2026 (AFP) - Un engin explosif a tué lundi six soldats sur l'axe Kaya-Dori, selon l'armée.",
     "fr", "Kaya"),
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - A roadside bomb killed six soldiers on Monday on the Kaya-Dori road, the army "
     "said.", "en", "Kaya"),
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - Gunmen ambushed a convoy on Monday on the Kaya-Dori highway, killing four "
     "drivers, the army said.", "en", "Kaya"),
    ("OUAGADOUGOU, 3 déc. 2026 (AFP) - Des hommes armés ont tendu lundi une embuscade à un convoi sur le tronçon "
     "Kaya-Dori, tuant quatre chauffeurs.", "fr", "Kaya"),
]


@pytest.mark.parametrize("text,lang,name", ROADS, ids=[f"{r[1]}-{k}" for k, r in enumerate(ROADS)])
def test_an_act_on_a_road_is_near_its_first_end(text, lang, name):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    loc = incs[0].location
    assert loc.name == name and loc.country == "BF", loc
    assert loc.precision == "near"  # on the road, not in the town
    ev = [e.text for e in incs[0].evidence if e.field == "location"]
    assert name in ev, ev


# guards: a town told bare is the town itself; a line of another kind names no point
NOT_ROADS = [
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - A roadside bomb killed six soldiers on Monday in Dori, the army said.", "en",
     "Dori", "exact"),
    ("LAGOS, Dec 3, 2026 (AFP) - Militants blew up a section of the Lagos-Ibadan pipeline near Ikorodu on Monday, "
     "the company said.", "en", "Ikorodu", "near"),  # (near the town: precision near, places._told_near)
]


@pytest.mark.parametrize("text,lang,name,precision", NOT_ROADS, ids=["en-town", "en-pipeline"])
def test_no_road_no_nearness(text, lang, name, precision):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    assert incs[0].location.name == name and incs[0].location.precision == precision, incs[0].location
