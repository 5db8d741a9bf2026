"""Rows from a story of our own (a94: Russian drones and missiles kill two in the Odesa region overnight; in Russia's
Belgorod region a Ukrainian drone hits a car).

- "Russia launched 85 drones and three ballistic missiles at Ukraine overnight, killing two people in the Odesa
  region ..., officials said on Monday": dated by publication (a month), placed in Ukraine. The night word on the
  verb that launches the act's means (its object, through the nouns joined to it) dates the act the night before
  the statement (incidents._overnight_of_statement); "the Odesa region" (the tagger calls "Odesa" a nationality), a
  big town's region that the admin data names otherwise (Odes'ka Oblast'), is read with its word at admin1
  precision (places._division_before_its_word, _with_division_words).
- "In Russia's Belgorod region, Governor Vyacheslav Gladkov said a Ukrainian drone hit a car near the border" was
  folded into the act told before it in Ukraine (the doers became Ukraine's, the Odesa village's dead and the Russian
  driver one act's). A place in another country that the sentence's statement is told from keeps its act apart
  (incidents._statement_place_abroad, read by _elaborated).
- The woman killed by debris in the village of Usatove, inside the Odesa region, and "Another man [who] died in
  hospital" are the lead's two dead told one by one (h-region, tests/test_dead_told_one_by_one.py): one act, its toll
  still 2, its place the village, the region told finer (the lead's place alone is read at admin1, the row below).
Every row failed on the code before this stop but the guard marked "(passed before)".
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 1)  # a Tuesday: "on Monday" is 30 November

KYIV = ("KYIV, Dec 1 (Reuters) - Russia launched 85 drones and three ballistic missiles at Ukraine overnight, killing "
        "two people in the Odesa region and damaging energy infrastructure, Ukrainian officials said on Monday.\n\n"
        "Ukraine's air force said it had shot down 62 of the drones. A 67-year-old woman was killed when debris fell on "
        "her house in the village of Usatove, regional governor Oleh Kiper said on Telegram. Another man died in "
        "hospital.\n\n"
        "In Russia's Belgorod region, Governor Vyacheslav Gladkov said a Ukrainian drone hit a car near the border, "
        "wounding the driver.")


@pytest.fixture(scope="module")
def kyiv():
    return extracting.incidents(KYIV, "en", PUB)


def test_the_lead_is_dated_by_the_night_and_placed_in_its_region(kyiv):
    lead = kyiv[0]
    assert [a.name for a in lead.actors if a.role == "actor1"] == ["Military Forces of Russia"]
    assert (lead.date.start, lead.date.end, lead.date.precision) == (dt.date(2026, 11, 29), dt.date(2026, 11, 30),
                                                                      "day")
    # (the village of the dead told one by one is the region told finer: h-region)
    assert (lead.location.name, lead.location.country, lead.location.precision, lead.location.admin1) == (
        "Usatove", "UA", "exact", "UA.17")
    assert (lead.fatalities.low, lead.fatalities.high) == (2, 2)
    # the lead's paragraph alone: the region read at admin1
    (alone,) = extracting.incidents(KYIV.split("\n\n")[0], "en", PUB)
    assert (alone.location.name, alone.location.country, alone.location.precision) == ("Odesa", "UA", "admin1")


def test_the_drone_on_belgorod_is_its_own_act(kyiv):
    (belgorod,) = [i for i in kyiv if i.location is not None and i.location.country == "RU"]
    assert [a.name for a in belgorod.actors if a.role == "actor1"] == ["Military Forces of Ukraine"]
    assert belgorod.fatalities is None and belgorod.injured.best == 1
    assert not any(i.location is not None and i.location.country == "UA"
                   and "Military Forces of Ukraine" in [a.name for a in i.actors if a.role == "actor1"] for i in kyiv)


@pytest.mark.parametrize("text", [  # guard (passed before): a region the admin data names so
    pytest.param("Gunmen killed five villagers in the Mopti region on Tuesday, officials said.", id="en-mopti-region"),
])
def test_a_region_named_after_its_town(text):
    (inc,) = extracting.incidents(text, "en", PUB)
    assert inc.location.precision == "admin1"
