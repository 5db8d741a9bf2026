"""Rows from a story of our own (a90: protesters fell trees across a road; gunmen kill villagers with no figure).

- A plural object of a word of death with no figure (« des villageois », "villagers") counts a few (2-9) only when it
  names people: « Les manifestants ont abattu des arbres » (« abattre », to fell or to shoot dead) counted the trees as
  two to nine dead (incidents: the bare plural's few needs a person noun).
Every row failed on the code before this stop but the guards marked "(passed before)".
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 4)  # a Friday


def test_trees_felled_are_no_dead():
    text = "Les manifestants ont abattu des arbres pour bloquer la route mardi à Bamako."
    (inc,) = extracting.incidents(text, "fr", PUB)
    assert inc.event_type == "Riots"
    assert inc.fatalities is None


@pytest.mark.parametrize("text,lang", [  # guards (passed before): people with no figure are a few
    pytest.param("Des hommes armés ont tué des villageois mardi à Djibo.", "fr", id="fr-des-villageois"),
    pytest.param("Des jihadistes ont tué des orpailleurs mardi près de Djibo.", "fr", id="fr-des-orpailleurs"),
    pytest.param("Gunmen kill villagers in Djibo", "en", id="en-headline-bare-plural"),
])
def test_people_with_no_figure_are_a_few(text, lang):
    (inc,) = extracting.incidents(text, lang, PUB)
    f = inc.fatalities
    assert (f.low, f.best, f.high, f.basis) == (2, None, 9, "vague:few")
