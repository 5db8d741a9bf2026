"""Rows from a story of our own (a115: the toll of a suicide bombing at a mosque in a Peshawar police compound rises
the day after it).

- "The death toll from a suicide bombing at a mosque ... rose to 59 on Tuesday, officials said. ... Most of the victims
  of Monday's attack were police officers": dated Tuesday, the day the toll rose. A day hung on a verb by which a toll
  changes (quantities_<lang>.TOLL_CHANGE_VERBS: "rise", "climb", « s'alourdir », « passer ») whose subject is a toll's
  noun is the toll's day, not the act's (incidents._on_a_toll_change): the act has no day of its own then (the month
  of publication, its basis "publication").

- "Most of the victims of Monday's attack were police officers" in a later sentence dates the act told before, as the
  French « l'attaque de lundi » did: a day's possessive makes the act's noun a known one, and an act noun named by its
  day and typed by nothing else tells the act told before again (h-anaph: incidents._is_definite, _named_by_its_day;
  tests/test_acts_told_again.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2023, 1, 31)  # a Tuesday

PESHAWAR = (
    "Death toll from Peshawar mosque bombing rises to 59\n\n"
    "PESHAWAR, Pakistan, Jan 31 (AP) — The death toll from a suicide bombing at a mosque inside a police compound in "
    "the northwestern Pakistani city of Peshawar rose to 59 on Tuesday, officials said, as rescuers pulled more bodies "
    "from the rubble.\n\n"
    "Most of the victims of Monday's attack were police officers who had gathered for afternoon prayers. More than 150 "
    "people were wounded, hospital spokesman Mohammad Asim said.")


def test_the_act_is_of_monday_not_of_the_tolls_tuesday():
    (inc,) = extracting.incidents(PESHAWAR, "en", PUB)
    assert inc.sub_event_type == "Suicide bomb" and inc.location.name == "Peshawar"
    assert (inc.date.start, inc.date.precision) != (dt.date(2023, 1, 31), "day")
    assert inc.fatalities.best == 59


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "The death toll from a suicide bombing at a mosque in Peshawar rose to 59 on Tuesday, officials "
                       "said. Most of the victims of Monday's attack were police officers.", id="en-rose"),
    pytest.param("fr", "Le bilan de l'attentat suicide contre une mosquée de Peshawar s'est alourdi mardi à 59 morts. La "
                       "plupart des victimes de l'attaque de lundi étaient des policiers.", id="fr-alourdi"),
])
def test_the_day_a_toll_rose_is_not_the_acts(lang, text):
    (inc,) = extracting.incidents(text, lang, PUB)
    assert inc.date.start == dt.date(2023, 1, 30)


def test_a_toll_that_rose_alone_gives_no_day():
    (inc,) = extracting.incidents("The death toll from a suicide bombing at a mosque in Peshawar rose to 59 on Tuesday, "
                                  "officials said.", "en", PUB)
    assert (inc.date.precision, inc.date.basis) == ("month", "publication")


def test_an_act_on_its_own_day_keeps_it():
    (inc,) = extracting.incidents("A suicide bomber killed 59 people at a mosque in Peshawar on Monday, officials said "
                                  "on Tuesday.", "en", PUB)
    assert inc.date.start == dt.date(2023, 1, 30)
