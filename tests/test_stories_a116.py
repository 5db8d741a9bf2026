"""Rows from a story of our own (a116: an Israeli air strike on a house in Nabatieh, south Lebanon, then Hezbollah
rockets at northern Israel the same day).

- "Hezbollah fired a barrage of rockets at northern Israel later on Saturday" after the strike on Nabatieh: placed in
  Nabatieh, the town of the sentence before. A place the act would borrow from the sentences before it or from the
  story (a town told before, the focus) gives way to a country the act's own sentence names, tied to its trigger, when
  the borrowed place lies in another country (incidents._own_country_elsewhere, in pick_place). Every row failed
  before but the guard.

Left: « une maison de Nabatiyé, dans le sud du Liban »: the French spelling is not read, the strike is placed at the
country.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2024, 11, 2)

NABATIEH = (
    "BEIRUT, Nov 2 (Reuters) - An Israeli air strike on a house in the southern Lebanese town of Nabatieh killed five "
    "people, including two women, on Saturday, Lebanon's health ministry said.\n\n"
    "The Israeli military said it had struck a Hezbollah weapons depot in the area.\n\n"
    "Hezbollah fired a barrage of rockets at northern Israel later on Saturday, the Israeli military said, adding that "
    "most were intercepted.")


def test_the_rockets_are_placed_in_israel():
    strike, rockets = extracting.incidents(NABATIEH, "en", PUB)
    assert (strike.sub_event_type, strike.location.country, strike.location.precision) == (
        "Air/drone strike", "LB", "exact")
    assert strike.civilian_fatalities.best == 2
    assert [a.name for a in rockets.actors if a.role == "actor1"] == ["Hezbollah"]
    assert (rockets.location.country, rockets.location.precision) == ("IL", "country")


@pytest.mark.parametrize("lang,text,country", [
    pytest.param("en", "An Israeli air strike on a house in Nabatieh killed five people on Saturday. Hezbollah fired a "
                       "barrage of rockets at Israel later on Saturday.", "IL", id="en-at-israel"),
    pytest.param("fr", "Une frappe aérienne israélienne sur une maison de Nabatiyé, dans le sud du Liban, a tué cinq "
                       "personnes samedi. Le Hezbollah a tiré une salve de roquettes sur le nord d'Israël plus tard "
                       "samedi.", "IL", id="fr-nord-d-israel"),
    # guard: a country the borrowed town lies in keeps the town
    pytest.param("en", "An Israeli air strike on a house in Nabatieh killed five people on Saturday. Israeli jets "
                       "struck Lebanon again later on Saturday, killing two more.", "LB", id="en-same-country"),
])
def test_a_country_of_the_acts_own_sentence(lang, text, country):
    incs = extracting.incidents(text, lang, PUB)
    assert incs[-1].location.country == country
