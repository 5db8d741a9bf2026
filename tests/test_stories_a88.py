"""Rows from a story of our own (a88: gunmen kill twelve people in a village; the next sentence says who among the dead
were children). Each row is text of our own in the style of that story.

- A sentence that opens on the toll's people ("Among the dead were four children", « Parmi les victimes figurent quatre
  enfants ») picks a part out of the toll told before: the four are its civilians, the toll stays twelve
  (incidents._is_subset reads ``quantities_<lang>.SUBSET_OF_TOLL`` before the figure too). In French the four were
  another source's toll, and the toll became four to twelve.
Every row failed on the code before this stop but the guards marked "(passed before)".
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 3)  # a Thursday

SHARES = [
    pytest.param("Des hommes armés ont tué douze personnes mardi lors d'une attaque contre le village de Mandakao. "
                 "Parmi les victimes figurent quatre enfants, selon un élu local.", "fr", id="fr-parmi-les-victimes"),
    pytest.param("Des hommes armés ont tué douze personnes mardi lors d'une attaque contre le village de Mandakao. "
                 "Parmi les morts, on compte quatre enfants, selon un élu local.", "fr", id="fr-parmi-les-morts"),
    pytest.param("Gunmen killed twelve people in an attack on the village of Mandakao on Tuesday. Among the dead were "
                 "four children, a local official said.", "en", id="en-among-the-dead-were"),
    # guards (passed before): the part said after its figure
    pytest.param("Gunmen killed twelve people in an attack on the village of Mandakao on Tuesday. Four children were "
                 "among the dead, a local official said.", "en", id="en-guard-were-among"),
    pytest.param("Des hommes armés ont tué douze personnes mardi lors d'une attaque contre le village de Mandakao. "
                 "Quatre enfants figurent parmi les victimes, selon un élu local.", "fr", id="fr-guard-figurent-parmi"),
]


@pytest.mark.parametrize("text,lang", SHARES)
def test_a_sentence_opening_on_the_dead_picks_out_a_part_of_the_toll(text, lang):
    (inc,) = extracting.incidents(text, lang, PUB)
    assert inc.sub_event_type == extracting.ATT
    f, c = inc.fatalities, inc.civilian_fatalities
    assert (f.low, f.best, f.high) == (12, 12, 12)
    assert c is not None and (c.low, c.best, c.high) == (4, 4, 4)
