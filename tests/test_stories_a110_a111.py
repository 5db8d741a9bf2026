"""Rows from stories of our own (a110: an al-Shabaab suicide bomber at a Mogadishu army base, the group's own higher
toll, and a government operation backed by U.S. air strikes; a111: an attack on a mosque near Téra, Niger).

- "Al-Shabaab suicide bomber kills 13 at Somali army base, officials say" above "MOGADISHU, March 18 (Reuters) - ...":
  the dateline's town, tagged an organisation, was read only when it opened the text; after a headline line of its
  own it was no place, and the story was placed by "U.S. air strikes" in the United States. A dateline is read where
  a wire dateline may start (nlp.dateline_starts: the text's start and the paragraph after a headline line;
  places._clause_places). Every row failed before but the guard (a dateline opening the text).

"the Lower Shabelle region" (the gazetteer's division is "Lower Shebelle") is read since h-gaz2's divisions by near
spelling: the operation is placed there, not at the dateline.

Left: "higher death tolls than officials" makes the officials civilians hit; the radio station the group's statement was aired on is read as a target.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

MOGADISHU = (
    "Al-Shabaab suicide bomber kills 13 at Somali army base, officials say\n\n"
    "MOGADISHU, March 18 (Reuters) - A suicide bomber from the al Qaeda-linked al Shabaab group blew himself up at a "
    "military base in the Somali capital on Tuesday, killing at least 13 soldiers and wounding 20 others, a military "
    "officer said.\n\n"
    "Al Shabaab claimed responsibility for the attack in a statement, saying it had killed 35 soldiers.\n\n"
    "Hours later, government forces backed by U.S. air strikes killed more than 40 al Shabaab fighters in an "
    "operation in the Lower Shabelle region, the information ministry said.")
PUB = dt.date(2025, 3, 18)


def test_the_dateline_under_a_headline_places_the_bombing():
    bombing = extracting.incidents(MOGADISHU, "en", PUB)[0]
    assert bombing.sub_event_type == "Suicide bomb"
    assert (bombing.location.name, bombing.location.country) == ("Mogadishu", "SO")
    assert [a.name for a in bombing.actors if a.role == "actor1"] == ["al-Shabaab"]
    assert (bombing.fatalities.low, bombing.fatalities.best, bombing.fatalities.high) == (13, 13, 35)
    assert bombing.injured.best == 20
    operation = extracting.incidents(MOGADISHU, "en", PUB)[-1]
    assert (operation.location.name, operation.location.precision) == ("Lower Shebelle", "admin1")


@pytest.mark.parametrize("lang,text,town", [
    pytest.param("en", "Suicide bomber kills 13 at army base, officials say\n\nKABUL, March 18 (Reuters) - A suicide "
                       "bomber blew himself up at an army base on Tuesday, killing 13 soldiers.", "Kabul", id="en-kabul"),
    pytest.param("fr", "Un kamikaze tue 13 soldats dans une base militaire\n\nMOGADISCIO, 18 mars 2025 (AFP) - Un "
                       "kamikaze s'est fait exploser mardi dans une base militaire, tuant 13 soldats.", "Mogadishu",
                 id="fr-mogadiscio"),
    # guard: a dateline that opens the text
    pytest.param("en", "MOGADISHU, March 18 (Reuters) - A suicide bomber blew himself up at an army base on Tuesday, "
                       "killing 13 soldiers.", "Mogadishu", id="en-no-headline"),
])
def test_a_dateline_under_a_headline(lang, text, town):
    (inc,) = extracting.incidents(text, lang, PUB)
    assert inc.location.name == town
