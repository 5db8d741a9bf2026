"""Conflict headlines in the style of Central African news wires (French, some English): the act's day and its toll.

- A day of the month told without its month (« tués le 12 dans une embuscade », « mardi 2 à Bouca », « le 12
  courant », « dans la nuit du 6 au 7 », "on the 12th near Kossa") is read as a date against the publication day
  (``dates._r_day_only``): the latest such day on or before it; and the day's number is no count of the dead
  (``incidents``: a quantity inside a date mention is dropped; before, « cinq personnes tuées le 12 » read 17 dead).
- Not days, and no counts either: a number after « le » that names no day (« le 12e bataillon », « le premier convoi
  », "on the 3rd floor"), a street number (« devant le 10, rue des Martyrs »: ``quantities_fr.NOT_COUNTS``; before,
  « deux vigiles abattus devant le 10, rue ... » read 12 dead).
- A headline's relative day with no weekday (« hier », « avant-hier », « la nuit dernière », « ce week-end ») dates
  the act (these held before this file; rows kept as guards).

Rows written for this file (our own sentences; places are Central African towns or made up, actors generic).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents

PUBLISHED = dt.date(2021, 3, 8)  # a Monday
D = dt.date


def _top(incs):
    """The incident the UCDP adapter scores: the highest fatality best, else the first."""
    with_f = [i for i in incs if i.fatalities and i.fatalities.best is not None]
    return max(with_f, key=lambda i: i.fatalities.best) if with_f else (incs[0] if incs else None)


# (headline, lang, start, end, deaths best or None)
DATED = [
    # --- a day of the month without its month
    ("RCA : cinq personnes tuées le 12 dans une embuscade près de Mbaïki", "fr", D(2021, 2, 12), D(2021, 2, 12), 5),
    ("Centrafrique : un soldat tué le 3 près de Bouca", "fr", D(2021, 3, 3), D(2021, 3, 3), 1),
    ("RCA : le 12 courant, trois civils abattus à Gadzi", "fr", D(2021, 3, 12), D(2021, 3, 12), 3),
    ("Centrafrique : un soldat tué mardi 2 à Bouca", "fr", D(2021, 3, 2), D(2021, 3, 2), 1),
    ("Centrafrique : deux morts dans une attaque dans la nuit du 6 au 7 à Ndiki", "fr", D(2021, 3, 6), D(2021, 3, 6),
     2),
    ("Gunmen kill five villagers near Ndiki on the 12th", "en", D(2021, 2, 12), D(2021, 2, 12), 5),
    ("Rebels killed three soldiers on Tuesday the 2nd in Bouca", "en", D(2021, 3, 2), D(2021, 3, 2), 3),
    # --- relative days with no weekday (guards)
    ("Centrafrique : deux civils tués hier par des hommes armés à Kabo", "fr", D(2021, 3, 7), D(2021, 3, 7), 2),
    ("Centrafrique : trois morts avant-hier dans une attaque à Gadzi", "fr", D(2021, 3, 6), D(2021, 3, 6), 3),
    ("RCA : un éleveur abattu la nuit dernière près de Bouca", "fr", D(2021, 3, 7), D(2021, 3, 7), 1),
    ("RCA : affrontements meurtriers ce week-end à Ndiki", "fr", D(2021, 3, 6), D(2021, 3, 7), None),
]


@pytest.mark.parametrize("text,lang,start,end,best", DATED)
def test_headline_day(text, lang, start, end, best):
    top = _top(incidents(text, lang, PUBLISHED))
    assert top is not None
    assert (top.date.start, top.date.end, top.date.basis) == (start, end, "text")
    if best is not None:
        assert top.fatalities is not None and top.fatalities.best == best


# a number after « le » that is no day: no date read, the count stays
NOT_DAYS = [
    ("RCA : le 12e bataillon attaqué à Ndiki, deux soldats tués", "fr", 2),
    ("Five soldiers killed on the 3rd floor of a Bangui barracks", "en", 5),
    ("RCA : le premier convoi attaqué près de Bouca, trois chauffeurs tués", "fr", 3),
    ("Bangui : deux vigiles abattus devant le 10, rue des Martyrs", "fr", 2),
    ("Bangui : deux gardiens abattus au 4 avenue Boganda", "fr", 2),
]


@pytest.mark.parametrize("text,lang,best", NOT_DAYS)
def test_not_a_day(text, lang, best):
    top = _top(incidents(text, lang, PUBLISHED))
    assert top is not None and top.date.basis != "text"
    assert top.fatalities is not None and top.fatalities.best == best
