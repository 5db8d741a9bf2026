"""Villages and towns the gazetteer reads wrong or not at all, and a dateline's town (h-village). Rows of our own,
EN and FR, in the style of wire copy, written before the rules were run on them.

- a name told as a village (« le village de Savo », "the village of Makobola": places_<lang>.VILLAGE_CUES) that the
  gazetteer reads only by another name of a town (an alternate name or a near spelling: Savona, Italy) in a country
  no other place of the story is in, with a town of another country right after it (« dans le territoire de
  Djugu », ", in Djugu territory", « près d'Uvira », "near Uvira"), is a village there: read at the district named
  after the town (admin2) or near the town (near: « près d'Uvira », « à une vingtaine de kilomètres de Bunia »), its
  name kept as the mention (places._villages_by_other_names); "Makobola village, in Uvira territory" as well;
  « Mossoul » in a story datelined Paris and a town named with another town of its country stay;
- an Arabic article that opens a name (« El », « Ad »: places_<lang>.NAME_PARTICLES) is read with it whatever the
  tagger calls it (« aux abords d'El Obeid », whose « El » the French model tags a determiner);
- a hyphenated dateline in capitals (« BOBO-DIOULASSO — », "CAP-HAITIEN, Haiti, March 3 —") is read whole, one
  token or its words and hyphens: the story's town, which places an act that names none of its own;
- an act in a town the gazetteer lacks (« à Tassakoye », "in Tassakoye": places.unknown_towns) keeps that name as its
  place, in the region or country its sentence names, else in the one country of all the story's places (h-abroad),
  else with no coordinates nor country: never the town of the act told before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2024, 9, 14)


def _acts(text: str, lang: str):
    return [i for i in extracting.incidents(text, lang, PUB) if i.fatalities is not None]


# --- a village read by another name of a town abroad: (text, lang, the village, a country the place must not be in,
# the country it is in)
VILLAGES = [
    ("Des miliciens ont tué sept déplacés jeudi dans le village de Savo, dans le territoire de Djugu, selon un "
     "responsable local.", "fr", "Savo", "IT", "CD"),
    ("Militiamen killed seven displaced people on Thursday in the village of Savo, in Djugu territory, a local "
     "official said.", "en", "Savo", "IT", "CD"),
    ("Des rebelles ont tué trois agriculteurs mardi dans le village de Makobola, près d'Uvira, a indiqué l'armée.",
     "fr", "Makobola", "IL", "CD"),
    ("Rebels killed three farmers on Tuesday in the village of Makobola near Uvira, the army said.", "en", "Makobola",
     "IL", "CD"),
    ("Des hommes armés ont tué six civils dimanche dans le village de Gorgadji, non loin de Titao, selon des sources "
     "locales.", "fr", "Gorgadji", "IR", "BF"),
    ("Gunmen killed six civilians on Sunday in the village of Gorgadji, not far from Titao, local sources said.", "en",
     "Gorgadji", "IR", "BF"),
    # told from the town by a distance, and by a noun after its name
    ("Des miliciens ont tué cinq orpailleurs lundi dans le village de Savo, à une vingtaine de kilomètres de Bunia.",
     "fr", "Savo", "IT", "CD"),
    ("Militiamen killed five gold miners on Monday in the village of Savo, about 20 km from Bunia.", "en", "Savo", "IT",
     "CD"),
    ("Rebels killed three farmers on Tuesday in Makobola village, in Uvira territory, the army said.", "en", "Makobola",
     "IL", "CD"),
    # guards: a town abroad read by its other name, no village; a village with a town of its own country after it
    ("PARIS, 4 mars (AFP) - Un attentat a tué trois personnes lundi à Mossoul, selon la police irakienne.", "fr",
     "Mossoul", "FR", "IQ"),
    ("Trois personnes ont été tuées lundi dans la localité de Savone, près de Gênes, selon la police italienne.", "fr",
     "Savone", "CD", "IT"),
]


@pytest.mark.parametrize("text,lang,name,not_there,there", extracting.indexed_params(VILLAGES))
def test_a_village_read_by_another_name_abroad(text, lang, name, not_there, there):
    incs = _acts(text, lang)
    assert len(incs) == 1
    loc = incs[0].location
    assert loc.country != not_there and loc.country == there and loc.mention == name, \
        (loc.name, loc.mention, loc.country, loc.precision)
    assert loc.lat is not None and loc.lon is not None


def test_a_village_near_a_town_is_at_the_town_near_it():
    loc = _acts(VILLAGES[3][0], "en")[0].location
    assert (loc.name, loc.precision) == ("Makobola", "near")
    loc = _acts(VILLAGES[0][0], "fr")[0].location
    assert (loc.name, loc.precision) == ("Djugu", "admin2")
    loc = _acts(VILLAGES[6][0], "fr")[0].location
    assert (loc.name, loc.precision) == ("Savo", "near")


# --- an Arabic article that opens a town's name: (text, lang, the town as the gazetteer names it)
PARTICLES = [
    ("Des obus sont tombés mardi aux abords d'El Obeid, tuant neuf civils.", "fr", "El Obeid"),
    ("Une frappe de drone a tué cinq personnes lundi à la périphérie d'Ad Damazin.", "fr", "Ad-Damazin"),
    ("Des tirs d'artillerie ont fait onze morts dimanche aux abords d'El Geneina.", "fr", "Al-Junaynah"),
    ("Shells killed nine civilians on Tuesday on the outskirts of El Obeid.", "en", "El Obeid"),
    ("A drone strike killed five people on Monday on the edge of Ad Damazin.", "en", "Ad-Damazin"),
]


@pytest.mark.parametrize("text,lang,town", extracting.indexed_params(PARTICLES))
def test_a_name_opened_by_an_arabic_article(text, lang, town):
    incs = _acts(text, lang)
    assert len(incs) == 1 and incs[0].location.name == town, [(i.location.name, i.location.mention) for i in incs]


# --- a hyphenated dateline's town places an act that names none of its own: (text, lang, the town)
DATELINES = [
    ("BOBO-DIOULASSO — Des hommes armés ont tué cinq commerçants mardi sur la route du marché, selon des témoins.",
     "fr", "Bobo-Dioulasso"),
    ("BOBO-DIOULASSO — Gunmen killed five traders on Tuesday on the road to the market, witnesses said.", "en",
     "Bobo-Dioulasso"),
    ("CAP-HAÏTIEN — Des membres de gangs ont tué quatre personnes lundi, selon la police.", "fr", "Cap-Haïtien"),
    ("CAP-HAITIEN, Haiti, March 3 — Gang members killed four people on Monday, police said.", "en", "Cap-Haïtien"),
]


@pytest.mark.parametrize("text,lang,town", extracting.indexed_params(DATELINES))
def test_a_hyphenated_datelines_town(text, lang, town):
    incs = _acts(text, lang)
    assert len(incs) == 1 and incs[0].location.name == town, [(i.location.name, i.location.mention) for i in incs]
    assert incs[0].location.precision == "exact"


# --- the second act is in a town the gazetteer lacks: (text, lang, its name, the country its sentence names, else the
# one country of all the story's places (h-abroad))
UNKNOWN = [
    ("Des hommes armés ont tué dix civils dimanche à Djibo. Lundi, des jihadistes ont tué quatre villageois à "
     "Tassakoye.", "fr", "Tassakoye", "BF"),
    ("Gunmen killed ten civilians in Djibo on Sunday. On Monday, jihadists killed four villagers in Tassakoye.", "en",
     "Tassakoye", "BF"),
    ("Des hommes armés ont tué dix civils dimanche à Djibo. Lundi, au Burkina Faso, des jihadistes ont tué quatre "
     "villageois à Tassakoye.", "fr", "Tassakoye", "BF"),
    ("Gunmen killed ten civilians in Djibo on Sunday. On Monday, jihadists killed four villagers in Tassakoye, in "
     "northern Burkina Faso.", "en", "Tassakoye", "BF"),
    ("Des rebelles ont tué six civils mardi à Beni. Mercredi, ils ont tué trois pêcheurs près de Kouamboula, dans la "
     "province du Nord-Kivu.", "fr", "Kouamboula", "CD"),
    ("Gunmen killed ten civilians in Djibo on Sunday. On Monday, jihadists killed four villagers in the village of "
     "Tassakoye, residents said.", "en", "Tassakoye", "BF"),
]


def test_an_act_in_an_unknown_town_after_a_dateline():
    """The dateline's town places no act told in a town of its own, which the French model tags MISC here."""
    text = "BOBO-DIOULASSO — Des hommes armés ont tué cinq commerçants mardi à Tassakoye, selon des témoins."
    incs = _acts(text, "fr")
    assert len(incs) == 1 and (incs[0].location.name, incs[0].location.resolved) == ("Tassakoye", False), \
        [(i.location.name, i.location.mention) for i in incs]


@pytest.mark.parametrize("text,lang,name,country", extracting.indexed_params(UNKNOWN))
def test_an_act_in_an_unknown_town_keeps_its_name(text, lang, name, country):
    incs = _acts(text, lang)
    assert len(incs) == 2, [(i.location.name, i.fatalities) for i in incs]
    first, second = sorted(incs, key=lambda i: i.date.start)
    loc = second.location
    assert first.location.name in ("Djibo", "Beni")
    assert (loc.name, loc.mention, loc.resolved, loc.country) == (name, name, False, country), \
        (loc.name, loc.mention, loc.resolved, loc.country, loc.precision)
    assert loc.lat is None and loc.lon is None


def test_an_act_with_no_place_of_its_own_still_borrows():
    """Guard: an act whose sentence names no place at all takes the place of the sentence before it, as before."""
    text = ("Des hommes armés ont tué dix civils dimanche à Djibo. Lundi, des jihadistes ont tué quatre villageois, "
            "selon une source locale.")
    incs = _acts(text, "fr")
    assert incs and all(i.location.name == "Djibo" for i in incs), [(i.location.name, i.fatalities) for i in incs]
