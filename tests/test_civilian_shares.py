"""Civilians among the dead, told apart (h-civshare).

1. A share of a toll by a partitive pronoun, its predicate a word of civilians, in the sentence after the toll or in
   its own ("Twelve people were killed ... Four of them were children", « Quatre d'entre eux étaient des enfants »,
   "Four of the dead were children"): the four are the act's civilian fatalities, the toll stays twelve, evidence on
   the share's figure (incidents._share_named_civilian, _toll_category_before; a share said to be civilians by a
   copula is no dead added, incidents._added_figure). A share of soldiers, of the wounded, of the abducted is no
   civilian figure.
2. A share that lists a titled person with a count ("including the village chief and two children", « dont le chef
   du village et deux enfants »): a village chief is a civilian (ACLED: unless armed), one more; the count's own
   category is the toll's (it was read as no casualty before). Persons listed alone ("including the village chief",
   « dont le chef du village ») are one civilian each (incidents._civilians_listed_alone). "including a woman" keeps
   one civilian, its evidence now "a woman" (was "a").

Rows marked "guard" passed before; every other row failed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import ATT, incidents

PUB = dt.date(2026, 12, 3)

# text, lang, fatalities, injured, civilian fatalities (None: none), civilians' evidence texts
ROWS = [
    pytest.param("Gunmen killed twelve people in an attack on the village of Mandakao on Tuesday. Four of them were "
                 "children, a local official said.", "en", 12, None, 4, ["Four"], id="en-four-of-them-were-children"),
    pytest.param("Twelve people were killed on Tuesday when gunmen attacked the village of Mandakao. Four of them were "
                 "children, the mayor said.", "en", 12, None, 4, ["Four"], id="en-passive-four-of-them"),
    pytest.param("Gunmen killed twelve people in an attack on the village of Mandakao on Tuesday. Four of the dead "
                 "were children, a local official said.", "en", 12, None, 4, ["Four"], id="en-four-of-the-dead-were"),
    pytest.param("Gunmen killed twelve people in an attack on the village of Mandakao on Tuesday; four of them were "
                 "children.", "en", 12, None, 4, ["four"], id="en-same-sentence-four-of-them"),
    pytest.param("Des hommes armés ont tué douze personnes mardi lors d'une attaque contre le village de Mandakao. "
                 "Quatre d'entre eux étaient des enfants, selon un élu local.", "fr", 12, None, 4, ["Quatre"],
                 id="fr-quatre-d-entre-eux"),
    pytest.param("Douze personnes ont été tuées mardi lors d'une attaque d'hommes armés contre le village de Mandakao. "
                 "Quatre d'entre elles étaient des enfants, a indiqué le maire.", "fr", 12, None, 4, ["Quatre"],
                 id="fr-quatre-d-entre-elles"),
    # guards (passed before): a share of soldiers, of the wounded; a share in the toll's own phrase
    pytest.param("Gunmen killed twelve people in an attack on the village of Mandakao on Tuesday. Four of them were "
                 "soldiers, a local official said.", "en", 12, None, None, [], id="en-guard-of-them-soldiers"),
    pytest.param("Des hommes armés ont tué douze personnes mardi lors d'une attaque contre le village de Mandakao. "
                 "Quatre d'entre eux étaient des soldats, selon un élu local.", "fr", 12, None, None, [],
                 id="fr-guard-d-entre-eux-soldats"),
    pytest.param("Gunmen wounded twenty people in an attack on the village of Mandakao on Tuesday. Four of them were "
                 "children, a local official said.", "en", None, 20, None, [], id="en-guard-of-the-wounded"),
    pytest.param("Gunmen killed twelve people, four of whom were children, in an attack on the village of Mandakao on "
                 "Tuesday.", "en", 12, None, 4, ["four"], id="en-guard-four-of-whom"),
]


@pytest.mark.parametrize("text,lang,dead,hurt,civ,civ_ev", ROWS)
def test_a_share_said_to_be_civilians(text, lang, dead, hurt, civ, civ_ev):
    (inc,) = incidents(text, lang, PUB)
    assert inc.sub_event_type == ATT
    for got, want in ((inc.fatalities, dead), (inc.injured, hurt), (inc.civilian_fatalities, civ)):
        assert (got.low, got.best, got.high) == (want, want, want) if want is not None else got is None
    assert [text[e.start:e.end] for e in inc.evidence if e.field == "civilian_fatalities"] == civ_ev


def test_a_share_of_the_abducted_is_no_toll():
    """guard (passed before): "of them" after people taken counts no dead."""
    (inc,) = incidents("Gunmen abducted twenty people in the village of Mandakao on Tuesday. Four of them were "
                       "children, a local official said.", "en", PUB)
    assert inc.fatalities is None and inc.civilian_fatalities is None


# text, lang, civilian fatalities, civilians' evidence texts (the toll is 12 in each)
LISTED = [
    pytest.param("Gunmen killed 12 people, including the village chief and two children, in an attack on Mandakao on "
                 "Tuesday.", "en", 3, ["village chief", "two"], id="en-village-chief-and-two-children"),
    pytest.param("Des hommes armés ont tué 12 personnes, dont le chef du village et deux enfants, mardi lors d'une "
                 "attaque contre Mandakao.", "fr", 3, ["chef du village", "deux"],
                 id="fr-chef-du-village-et-deux-enfants"),
    # persons listed alone, no count: one civilian each
    pytest.param("Gunmen killed 12 people, including the village chief, in an attack on Mandakao on Tuesday.", "en", 1,
                 ["village chief"], id="en-including-the-village-chief"),
    pytest.param("Gunmen killed 12 people, including the village chief and his wife, in an attack on Mandakao on "
                 "Tuesday.", "en", 2, ["village chief", "wife"], id="en-village-chief-and-his-wife"),
    pytest.param("Des hommes armés ont tué 12 personnes, dont le chef du village, mardi lors d'une attaque contre "
                 "Mandakao.", "fr", 1, ["chef du village"], id="fr-dont-le-chef-du-village"),
    # one person by an article: one civilian, evidence on the article and its noun (was "a" alone)
    pytest.param("Gunmen killed 12 people, including a woman, in an attack on Mandakao on Tuesday.", "en", 1,
                 ["a woman"], id="en-including-a-woman"),
    pytest.param("Des hommes armés ont tué 12 personnes, dont une femme, mardi lors d'une attaque contre Mandakao.",
                 "fr", 1, ["une femme"], id="fr-dont-une-femme"),
    # guards (passed before): a soldier listed is no civilian
    pytest.param("Gunmen killed 12 people, including two soldiers, in an attack on Mandakao on Tuesday.", "en", None,
                 [], id="en-guard-including-soldiers"),
    pytest.param("Gunmen killed 12 people, including children, in an attack on Mandakao on Tuesday.", "en", None, [],
                 id="en-guard-including-children-no-number"),
    pytest.param("Des hommes armés ont tué 12 personnes, dont un gendarme, mardi lors d'une attaque contre Mandakao.",
                 "fr", None, [], id="fr-guard-dont-un-gendarme"),
]


@pytest.mark.parametrize("text,lang,civ,civ_ev", LISTED)
def test_a_share_listing_a_person_and_a_count(text, lang, civ, civ_ev):
    (inc,) = incidents(text, lang, PUB)
    assert inc.sub_event_type == ATT or civ is None  # (soldiers hit: an armed clash)
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (12, 12, 12)
    got = inc.civilian_fatalities
    assert (got.low, got.best, got.high) == (civ, civ, civ) if civ is not None else got is None
    assert [text[e.start:e.end] for e in inc.evidence if e.field == "civilian_fatalities"] == civ_ev
