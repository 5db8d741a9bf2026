"""Rows from a story of our own (a97: a military air strike on a monastery in Myanmar's Sagaing region, the junta's
denial, a resident's account, the UN's alarm and a running tally since the coup).

- "killed between 18 and 23 people sheltering there late on Tuesday, including four children, a local resistance group
  and residents said": dated to the month of publication (the day hangs on "sheltering", and the parse makes "people"
  the subject of "said"): a day said of a participle on the people a word of death counts (below it, or counted right
  after it) is when they were hit (incidents._participle_on_the_hit, read by _attachment).
- The same sentence had no civilians among the dead: a toll told as a range has no best, and the share it holds ("four
  children") was held to none; a range's share is held to its top (incidents._civilian_share, _most_of).
- "A resident of Lin Ta Lu village, who asked not to be named, said" gave the speaker "Lin Ta Lu" (the model calls the
  village's name a person): a name that modifies a town noun is a place's, no one's (claims._names_a_town_noun).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 3)  # a Thursday: "late on Tuesday" is 1 December

SAGAING = ("BANGKOK, Dec 3 (Reuters) - A military air strike on a Buddhist monastery in Myanmar's Sagaing region killed "
           "between 18 and 23 people sheltering there late on Tuesday, including four children, a local resistance group "
           "and residents said.\n\n"
           "The junta's spokesman, Zaw Min Tun, denied that the air force had targeted civilians, saying the strike hit a "
           "training camp of the People's Defence Force (PDF) and killed \"terrorists\".\n\n"
           "A resident of Lin Ta Lu village, who asked not to be named, said two fighter jets dropped bombs on the "
           "monastery at around 11 p.m., where about 150 people displaced by fighting had taken refuge. \"We pulled 20 "
           "bodies from the rubble,\" he said by phone.\n\n"
           "The United Nations said it was \"deeply alarmed\" by reports of the strike. Nearly 6,000 civilians have been "
           "killed since the February 2021 coup, according to a tally by the Assistance Association for Political "
           "Prisoners.")


def test_the_strike_is_one_act_dated_placed_and_counted():
    (inc,) = extracting.incidents(SAGAING, "en", PUB)
    assert inc.sub_event_type == "Air/drone strike"
    assert [a.name for a in inc.actors if a.role == "actor1"] == ["Military Forces of Myanmar"]
    assert (inc.date.start, inc.date.precision) == (dt.date(2026, 12, 1), "day")
    assert (inc.location.name, inc.location.country, inc.location.precision) == ("Sagaing", "MM", "admin1")
    assert (inc.fatalities.low, inc.fatalities.high) == (18, 23)
    assert inc.civilian_fatalities.low == 4
    speakers = {c.speaker for c in inc.claims}
    assert "resident of Lin Ta Lu village" in speakers and "Lin Ta Lu" not in speakers
    assert any(c.certainty == "denied" and c.speaker == "Zaw Min Tun" for c in inc.claims)


@pytest.mark.parametrize("text,lang", [
    pytest.param("A military air strike on a monastery killed between 18 and 23 people sheltering there late on "
                 "Tuesday, residents said.", "en", id="en-range"),
    pytest.param("A military air strike on a monastery killed 18 people sheltering there late on Tuesday, including "
                 "four children, residents said.", "en", id="en-share"),
])
def test_the_day_of_the_people_hit_is_the_acts(text, lang):
    (inc,) = extracting.incidents(text, lang, PUB)
    assert (inc.date.start, inc.date.precision) == (dt.date(2026, 12, 1), "day")


@pytest.mark.parametrize("text,lang", [
    pytest.param("An air strike killed between 18 and 23 people, including four children, residents said.", "en",
                 id="en"),
    pytest.param("Une frappe aérienne a tué entre 18 et 23 personnes, dont quatre enfants, selon des habitants.", "fr",
                 id="fr"),
])
def test_a_ranges_share_of_children_is_civilian(text, lang):
    (inc,) = extracting.incidents(text, lang, PUB)
    assert (inc.fatalities.low, inc.fatalities.high) == (18, 23)
    assert inc.civilian_fatalities is not None and inc.civilian_fatalities.best == 4


@pytest.mark.parametrize("text", [
    "A resident of Lin Ta Lu village said two fighter jets dropped bombs on the monastery on Tuesday.",
    "A resident of Lin Ta Lu village, who asked not to be named, said two fighter jets dropped bombs on the monastery "
    "on Tuesday.",
])
def test_a_villages_name_is_no_speakers(text):
    (inc,) = extracting.incidents(text, "en", PUB)
    assert [c.speaker for c in inc.claims] == ["resident of Lin Ta Lu village"]
