"""Rows from stories of our own (a102: the Central African army and UPC rebels fight near Bambari, read right; a103: a
suicide car bomb at a checkpoint in Pakistan's Bannu district, claimed by the Pakistani Taliban, and two policemen shot
dead in Lakki Marwat).

- "in an attack claimed by the Pakistani Taliban ... Tehrik-e-Taliban Pakistan (TTP) said in a statement that its
  fighters carried out the attack": the doer was an unidentified group (the spellings were unknown: actors_<lang>).
- "PESHAWAR, Pakistan, Dec 5 (Reuters) - ... in northwest Pakistan ... The attack took place in the Bannu district of
  Khyber Pakhtunkhwa province": placed at the dateline's Peshawar. A name the tagger calls an organisation after an
  article and a place preposition, with a unit's word after it, is a place (places.find_places); a district told as
  where the act took place places an act that only borrowed its place (the dateline's), or one told in its region or
  country; and the act told again after that sentence ("its fighters carried out the attack") still counts as told
  before it (incidents._act_told_where_it_took_place, _inside_division).
- "in neighbouring Lakki Marwat district" (the tagger calls the name a person): no place; an adjective of nearness
  between the preposition and the name keeps the name in a place's slot (places_<lang>.NEIGHBOUR_WORDS).
- « Un kamikaze a lancé un véhicule piégé contre un poste de contrôle ... vendredi, tuant 12 policiers »: dated to the
  month of publication; a day that closes the object's phrase through a participle of a weapon's state (« piégé »,
  events_<lang>.RIGGED_PARTICIPLES) is the act's, the weapon itself being the object (incidents._day_closing_the_object).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 5)  # a Saturday: "on Friday" is 4 December, "late on Thursday" the 3rd

BANNU = ("PESHAWAR, Pakistan, Dec 5 (Reuters) - A suicide bomber rammed an explosives-laden vehicle into a security "
         "checkpoint in northwest Pakistan on Friday, killing 12 security personnel, officials said, in an attack "
         "claimed by the Pakistani Taliban.\n\n"
         "The attack took place in the Bannu district of Khyber Pakhtunkhwa province, which borders Afghanistan. Three "
         "civilians were also wounded, police official Zahid Khan told Reuters.\n\n"
         "Tehrik-e-Taliban Pakistan (TTP) said in a statement that its fighters carried out the attack. In a separate "
         "incident, two policemen were shot dead by unknown gunmen in neighbouring Lakki Marwat district late on "
         "Thursday.")

BAMBARI = ("Centrafrique : au moins 15 morts dans des combats entre rebelles et soldats près de Bambari\n\n"
           "BANGUI, 3 déc 2026 (AFP) - Au moins quinze personnes, dont onze rebelles et quatre militaires centrafricains, "
           "ont été tuées lundi et mardi dans des affrontements entre l'armée et des combattants de l'Unité pour la paix "
           "en Centrafrique (UPC) près de Bambari, dans le centre du pays, a-t-on appris mercredi de sources militaire et "
           "humanitaire.\n\n"
           "Les combats ont éclaté lundi matin lorsque les rebelles ont attaqué une position des Forces armées "
           "centrafricaines (FACA), appuyées par des paramilitaires russes, à une trentaine de kilomètres au nord de la "
           "ville, selon une source militaire.")


def _doers(inc):
    return [a.name for a in inc.actors if a.role == "actor1"]


def test_the_bombing_is_the_ttps_in_bannu():
    bombing, shooting = extracting.incidents(BANNU, "en", PUB)
    assert bombing.sub_event_type == "Suicide bomb" and _doers(bombing) == ["TTP: Tehreek-e-Taliban Pakistan"]
    assert (bombing.location.name, bombing.location.precision) == ("Bannu", "admin2")
    assert bombing.date.start == dt.date(2026, 12, 4) and bombing.fatalities.best == 12
    assert shooting.fatalities.best == 2 and shooting.date.start == dt.date(2026, 12, 3)
    assert (shooting.location.name, shooting.location.precision) == ("Lakki", "admin2")


@pytest.mark.parametrize("text,group", [
    pytest.param("Pakistani Taliban fighters attacked a police post in Bannu on Friday, killing four officers.",
                 "TTP: Tehreek-e-Taliban Pakistan", id="en-pakistani-taliban"),
    pytest.param("Tehrik-e-Taliban Pakistan fighters attacked a police post in Bannu on Friday, killing four officers.",
                 "TTP: Tehreek-e-Taliban Pakistan", id="en-tehrik"),
])
def test_the_pakistani_taliban(text, group):
    (inc,) = extracting.incidents(text, "en", PUB)
    assert _doers(inc) == [group]


def test_a_district_next_door():
    (inc,) = extracting.incidents("Two policemen were shot dead by unknown gunmen in neighbouring Lakki Marwat district "
                                  "late on Thursday.", "en", PUB)
    assert (inc.location.name, inc.location.country, inc.location.precision) == ("Lakki", "PK", "admin2")


def test_a_rigged_weapons_day_is_the_acts_and_its_district_the_place():
    (inc,) = extracting.incidents("Un kamikaze a lancé un véhicule piégé contre un poste de contrôle dans le nord-ouest "
                                  "du Pakistan vendredi, tuant 12 policiers. L'attaque a eu lieu dans le district de "
                                  "Bannu, dans la province de Khyber Pakhtunkhwa.", "fr", PUB)
    assert (inc.date.start, inc.date.precision) == (dt.date(2026, 12, 4), "day")
    assert (inc.location.name, inc.location.precision) == ("Bannu", "admin2")


def test_the_bambari_fight_guard():  # (passed before)
    (fight,) = extracting.incidents(BAMBARI, "fr", dt.date(2026, 12, 3))
    assert fight.sub_event_type == "Armed clash"
    assert _doers(fight) == ["Military Forces of the Central African Republic"]
    assert [a.name for a in fight.actors if a.role == "actor2"] == ["UPC"]
    assert (fight.date.start, fight.date.end) == (dt.date(2026, 11, 30), dt.date(2026, 12, 1))
    assert fight.location.name == "Bambari" and fight.fatalities.low == 15
