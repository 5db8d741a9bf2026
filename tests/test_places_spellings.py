"""Division spellings and namesakes (h-gaz2): stories and names of our own, English and French.

- "in the Lower Shabelle region" (a Somali story): the admin data spells the division "Lower Shebelle"; a name of
  two words spelled near a division's (consonant skeleton) is that division (Gazetteer._division_near, asked by
  _hits_uncached for a name of two words or more once no town's name or skeleton matched): "Middle Shabelle",
  "Lower Jubba" too. French names open with « Bas », « Moyen », « Haut »
  (places_fr.DIVISION_NAME_QUALIFIERS): « Bas-Shabelle », « Moyen-Shabelle ».
- "the Hiraan region" (Hiran): one word, but the division's word says it is a division's name, so a shorter
  skeleton is enough (MIN_DIVISION_SKELETON_LEN, in resolve_mention's derived forms); the tagger calls "Hiraan" a
  nationality, and a division read by its word needs no town of its name (places.find_places, cued names). Haryana
  has the same skeleton: a division read by a near spelling does not break the tie of the story's country
  (places.find_places, near_divisions), so the Mogadishu dateline places it in Somalia.
- A town's name alone does not match a division by its near spelling ("Hiraan" alone is nothing).
- "in Norte de Santander province" (a Colombian story): the names on each side of a link word of a place's name
  (places_<lang>.NAME_LINK_WORDS) read apart ("Norte", a division of Guinea-Bissau, and "Santander") are read as the
  one division whose name is the whole (places._names_linked); « dans le département de Norte de Santander » too.
- "stranded in Rocky Mountain National Park": the run "Park" cut from the longer name is read only by a place's own
  name, not by an alternate name (Rockville, Indiana); "from Pleasant City, Ohio": "X City" does not read its base
  through a small town's alternate name (Columbus Grove; Gazetteer.resolve_mention, AFFIX_ALTERNATE_MIN_POP), while
  « la ville de Tombouctou » still reads Timbuktu.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting
from bilan import nlp
from bilan.extract.places import find_places
from bilan.gazetteer import Gazetteer

PUB = dt.date(2026, 11, 17)


def places(text: str, lang: str = "en") -> list[tuple[str, str, str, str]]:
    return [(text[pm.start:pm.end], pm.place.name, pm.place.country, pm.place.feature)
            for pm in find_places(nlp.parse(text, lang), lang)]


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


@pytest.mark.parametrize("name,lang,expected", [
    ("Lower Shabelle", "en", "Lower Shebelle"),
    ("Middle Shabelle", "en", "Middle Shebelle"),
    ("Lower Jubba", "en", "Lower Juba"),
    ("Lower Shabelle region", "en", "Lower Shebelle"),
    ("Bas-Shabelle", "fr", "Lower Shebelle"),
    ("Moyen-Shabelle", "fr", "Middle Shebelle"),
    ("région de Bas-Shabelle", "fr", "Lower Shebelle"),
])
def test_a_division_spelled_near_its_name(gaz, name, lang, expected):
    r = gaz.resolve_mention(name, lang=lang)
    assert r is not None and (r[0].name, r[0].country, r[1]) == (expected, "SO", "admin1")


def test_one_word_needs_the_division_word(gaz):
    assert gaz.resolve_mention("Hiraan", lang="en") is None
    r = gaz.resolve_mention("Hiraan region", lang="en", country_hint="SO")
    assert r is not None and (r[0].name, r[0].country) == ("Hiran", "SO")
    # a near spelling is no exact name: the names the gazetteer spells so stay as they are
    assert gaz.resolve_mention("Hiraan region", lang="en", fuzzy=False) is None
    r = gaz.resolve_mention("Haut-Katanga", lang="fr")
    assert r is not None and r[0].name == "Haut-Katanga"


def test_an_own_name_affix_does_not_read_a_small_town_by_another_name(gaz):
    assert gaz.resolve_mention("Pleasant City", lang="en") is None
    r = gaz.resolve_mention("la ville de Tombouctou", lang="fr")
    assert r is not None and (r[0].name, r[0].country) == ("Timbuktu", "ML")


def test_the_lower_shabelle_story_en():
    got = places("MOGADISHU, Nov 16 - Gunmen killed four soldiers on Monday in an ambush near an army base in the "
                 "Lower Shabelle region, a district official said.")
    assert ("Lower Shabelle", "Lower Shebelle", "SO", "admin1") in got


def test_the_hiraan_story_en():
    got = places("MOGADISHU, Nov 16 - Al-Shabaab fighters stormed an army outpost in the Hiraan region on Sunday, "
                 "killing six soldiers, a local commander told reporters.")
    assert ("Hiraan", "Hiran", "SO", "admin1") in got


def test_the_shabelle_stories_fr():
    got = places("Des combattants shebab ont tué sept civils lundi dans la région du Moyen-Shabelle, en Somalie, "
                 "selon un chef de village.", "fr")
    assert ("Moyen-Shabelle", "Middle Shebelle", "SO", "admin1") in got
    got = places("Des hommes armés ont tué trois policiers dimanche dans la région de Bas-Shabelle, dans le sud de la "
                 "Somalie.", "fr")
    assert [(n, c) for _, n, c, f in got if f == "admin1"] == [("Lower Shebelle", "SO")]


def test_norte_de_santander_en():
    got = places("CUCUTA, Nov 16 - Two police officers were killed when a bomb went off beside a patrol in Norte de "
                 "Santander province on Sunday, Colombian police said.")
    assert ("Norte de Santander", "Norte de Santander", "CO", "admin1") in got
    assert not any(c == "GW" for _, _, c, _ in got)


def test_norte_de_santander_fr():
    got = places("Deux soldats ont été tués samedi par l'explosion d'une mine dans le département de Norte de "
                 "Santander, en Colombie, a indiqué l'armée.", "fr")
    assert ("Norte de Santander", "Norte de Santander", "CO", "admin1") in got
    assert not any(c == "GW" for _, _, c, _ in got)


def test_a_long_name_is_not_read_by_its_tail():
    got = places("Two climbers were rescued in Rocky Mountain National Park on Saturday, rangers in Estes Park, "
                 "Colorado said. A team came from Pleasant City, Ohio.")
    assert not any(n in ("Rockville", "Columbus Grove") for _, n, _, _ in got)
    assert ("Estes Park", "Estes Park", "US", "city") in got


@pytest.fixture(scope="module")
def colombia():
    return extracting.incidents(
        "CUCUTA, Nov 16 - Two police officers were killed when a bomb went off beside a patrol in Norte de Santander "
        "province on Sunday, Colombian police said.", "en", PUB)


def test_the_incident_is_placed_in_the_division(colombia):
    loc = colombia[0].location
    assert (loc.name, loc.country, loc.precision) == ("Norte de Santander", "CO", "admin1")


@pytest.fixture(scope="module")
def somalia():
    return extracting.incidents(
        "MOGADISHU, Nov 16 - Gunmen killed four soldiers on Monday in an ambush near an army base in the Lower "
        "Shabelle region, a district official said.", "en", PUB)


def test_the_somali_incident_is_placed_in_its_division(somalia):
    loc = somalia[0].location
    assert (loc.name, loc.country, loc.precision) == ("Lower Shebelle", "SO", "admin1")
