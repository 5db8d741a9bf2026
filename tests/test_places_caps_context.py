"""Text in capitals: a name the gazetteer knows is read as a place by the words around it, whatever
the tagger labelled it (EN and FR); the place an incident takes is the town a division or a
possessive situates (sentences written for these tests)."""

import datetime as dt

import pytest
from extracting import incidents

from bilan import nlp
from bilan.extract.places import find_places

PUBLISHED = dt.date(1990, 2, 14)


def places(text: str, lang: str) -> dict[str, str]:
    return {pm.place.name: pm.place.country for pm in find_places(nlp.parse(text, lang), lang)}


def location(text: str, lang: str) -> tuple[str | None, str | None]:
    incs = incidents(text, lang, PUBLISHED)
    assert incs, "no incident"
    return incs[0].location.name, incs[0].location.country


@pytest.mark.parametrize("text,lang,name,country", [
    ("REBELS BURNED TWO TRUCKS IN MEDELLIN AND FLED TOWARD THE MOUNTAINS.", "en", "Medellín", "CO"),
    ("A BOMB WAS FOUND NEAR THE CATHEDRAL IN QUETZALTENANGO THIS MORNING.", "en", "Quetzaltenango", "GT"),
    # the run of capitals 'TOWN OF TIBU' that is the name the cue sets is cued too (h-muc4phys)
    ("UNKNOWN MEN SET FIRE TO A BUS IN THE TOWN OF TIBU, NORTE DE SANTANDER DEPARTMENT.", "en", "Tibú", "CO"),
    ("THE ARMY SAID A BRIDGE WAS BLOWN UP IN MORAZAN DEPARTMENT.", "en", "Morazán", "SV"),
    ("DES INCONNUS ONT INCENDIE UN AUTOBUS A MEDELLIN CE MATIN, SELON LA POLICE LOCALE.", "fr", "Medellín", "CO"),
    ("DES INCONNUS ONT MITRAILLE UN CAMION A QUETZALTENANGO, SELON L'ARMEE.", "fr", "Quetzaltenango", "GT"),
    # a longer reading with no cue ('SOIR DANS LE CENTRE DE ...') is read again after its last cue word
    ("UNE BOMBE A EXPLOSE HIER SOIR DANS LE CENTRE DE QUETZALTENANGO, SANS FAIRE DE VICTIMES.", "fr",
     "Quetzaltenango", "GT"),
])
def test_a_known_name_after_a_place_word_is_a_place_in_capitals(text, lang, name, country):
    assert places(text, lang).get(name) == country, places(text, lang)


@pytest.mark.parametrize("text,lang,absent", [
    ("THE JUDGE SAID THAT TORRES' REQUEST WAS SENT TO THE SUPREME COURT LAST WEEK.", "en", "Torres"),
    ("A BOMB DAMAGED A BRANCH OF THE BANCO GANADERO IN PEREIRA LAST NIGHT.", "en", "El Banco"),
])
def test_a_possessive_or_a_longer_name_is_no_place_cue(text, lang, absent):
    assert absent not in places(text, lang), places(text, lang)


def test_a_small_namesake_abroad_is_not_read_in_a_story_set_elsewhere():
    got = places("GUERRILLAS ATTACKED A POLICE POST IN THE ESCALON NEIGHBORHOOD OF SAN SALVADOR "
                 "AND IN SOYAPANGO.", "en")
    assert got.get("San Salvador") == "SV" and "Escalon" not in got, got


@pytest.mark.parametrize("text,lang,name", [
    ("IN TULUA, VALLE DEL CAUCA DEPARTMENT, REBELS DYNAMITED A POWER TOWER.", "en", "Tuluá"),
    ("TERRORISTS BOMBED TWO BANKS YESTERDAY IN LIMA'S SAN ISIDRO DISTRICT.", "en", "San Isidro"),
    ("A Tuluá, Valle del Cauca, des rebelles ont dynamité un pylône électrique lundi.", "fr", "Tuluá"),
])
def test_the_incident_takes_the_town_the_division_or_possessive_situates(text, lang, name):
    assert location(text, lang)[0] == name, location(text, lang)
