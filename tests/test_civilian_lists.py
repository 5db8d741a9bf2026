"""Civilians among the dead told in lists (h-civlist).

1. Persons listed in a later sentence among a toll's dead ("Twelve people were killed ... Among the dead were the
   village chief and two children", « Parmi les morts figurent le chef du village et deux enfants », "The dead
   included ..."): its counts of civilians and one civilian for each person of a civilian's role, the toll kept
   (incidents._civilians_listed_among_the_dead; was the count alone, 2).
2. Persons of a share told by their kin ("a woman and her baby", « une femme et son bébé »: 2, was 1; "the mayor's
   son", « le fils du maire »: 1, was none; incidents._kin_of_someone, _possessor_of_kin, _share_end), and the later
   items of a list a subset word opens, commas between them ("including a farmer, his wife and three children": 5, was
   1; "including a teacher, a nurse and two children": 4, the toll 12, was 13 dead and no civilians; "a woman and
   her two sons": 3, was 1; incidents._later_item_of_a_share, _next_in_the_share, _one_civilian_counted). A group of
   kin ("the village chief and his family", « sa famille »: victims_<lang>.KIN_GROUP_NOUNS) says no number: none, was 2.
3. A share's civilian figure is the civilians the text counts, an exact range (4-4-4 in a toll of 12): UCDP's
   deaths_civilians is the known civilians, the others the toll's unknown (docs/conventions.md).

Rows marked "guard" passed before; every other row failed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import ATT, incidents

PUB = dt.date(2026, 12, 3)

EN_TOLL = "Gunmen killed twelve people in an attack on the village of Mandakao on Tuesday. "
FR_TOLL = "Des hommes armés ont tué douze personnes mardi lors d'une attaque contre le village de Mandakao. "

# text, lang, civilian fatalities (None: none), civilians' evidence texts; the toll is 12 in each
LATER = [
    pytest.param(EN_TOLL + "Among the dead were the village chief and two children.", "en", 3,
                 ["village chief", "two"], id="en-among-the-dead-chief-and-two-children"),
    pytest.param("Twelve people were killed when gunmen attacked the village of Mandakao on Tuesday. Among the dead were "
                 "the village chief and two children, a local official said.", "en", 3, ["village chief", "two"],
                 id="en-passive-toll-among-the-dead"),
    pytest.param(EN_TOLL + "The dead included the village chief and two children.", "en", 3, ["village chief", "two"],
                 id="en-the-dead-included"),
    pytest.param(EN_TOLL + "Among the dead were the village chief and his wife.", "en", 2, ["village chief", "wife"],
                 id="en-among-the-dead-chief-and-his-wife"),
    pytest.param(EN_TOLL + "Among the dead were two soldiers and the village chief.", "en", 1, ["village chief"],
                 id="en-among-the-dead-soldiers-and-chief"),
    pytest.param(EN_TOLL + "Among the dead were a teacher and two children.", "en", 3, ["a teacher", "two"],
                 id="en-among-the-dead-a-teacher-and-two-children"),
    pytest.param(FR_TOLL + "Parmi les morts figurent le chef du village et deux enfants.", "fr", 3,
                 ["chef du village", "deux"], id="fr-parmi-les-morts-chef-et-deux-enfants"),
    pytest.param(FR_TOLL + "Parmi les morts figurent le chef du village et son épouse.", "fr", 2,
                 ["chef du village", "épouse"], id="fr-parmi-les-morts-chef-et-son-epouse"),
    # guards (passed before): a count alone; the wounded listed; people of no number
    pytest.param(EN_TOLL + "Among the dead were four children.", "en", 4, ["four"], id="en-guard-among-the-dead-count"),
    pytest.param(FR_TOLL + "Parmi les morts figurent quatre enfants.", "fr", 4, ["quatre"],
                 id="fr-guard-parmi-les-morts-count"),
    pytest.param(EN_TOLL + "Among the wounded were the village chief and two children.", "en", None, [],
                 id="en-guard-among-the-wounded"),
    pytest.param(EN_TOLL + "Among the dead were the village chief and children.", "en", None, [],
                 id="en-guard-children-no-number"),
]


@pytest.mark.parametrize("text,lang,civ,civ_ev", LATER)
def test_persons_listed_among_the_dead_later(text, lang, civ, civ_ev):
    (inc,) = incidents(text, lang, PUB)
    assert inc.sub_event_type == ATT
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (12, 12, 12)
    got = inc.civilian_fatalities
    assert (got.low, got.best, got.high) == (civ, civ, civ) if civ is not None else got is None
    assert [text[e.start:e.end] for e in inc.evidence if e.field == "civilian_fatalities"] == civ_ev


def _en(share: str) -> str:
    return f"Gunmen killed 12 people, including {share}, in an attack on Mandakao on Tuesday."


def _fr(share: str) -> str:
    return f"Des hommes armés ont tué 12 personnes, dont {share}, mardi lors d'une attaque contre Mandakao."


# text, lang, civilian fatalities (None: none), civilians' evidence texts; the toll is 12 in each
SHARES = [
    pytest.param(_en("a woman and her baby"), "en", 2, ["a woman", "baby"], id="en-a-woman-and-her-baby"),
    pytest.param(_fr("une femme et son bébé"), "fr", 2, ["une femme", "bébé"], id="fr-une-femme-et-son-bebe"),
    pytest.param(_en("the mayor's son"), "en", 1, ["son"], id="en-the-mayors-son"),
    pytest.param(_en("the son of the mayor"), "en", 1, ["son"], id="en-the-son-of-the-mayor"),
    pytest.param(_fr("le fils du maire"), "fr", 1, ["fils"], id="fr-le-fils-du-maire"),
    pytest.param(_en("a farmer, his wife and three children"), "en", 5, ["a farmer", "wife", "three"],
                 id="en-a-farmer-his-wife-and-three-children"),
    pytest.param(_fr("un cultivateur, sa femme et leurs trois enfants"), "fr", 5, ["un cultivateur", "femme", "trois"],
                 id="fr-un-cultivateur-sa-femme-et-leurs-trois-enfants"),
    pytest.param(_en("a teacher, a nurse and two children"), "en", 4, ["a teacher", "a nurse", "two"],
                 id="en-a-teacher-a-nurse-and-two-children"),
    pytest.param(_fr("un enseignant, une infirmière et deux enfants"), "fr", 4, ["un enseignant", "une infirmière",
                                                                                "deux"],
                 id="fr-un-enseignant-une-infirmiere-et-deux-enfants"),
    pytest.param(_en("a teacher"), "en", 1, ["a teacher"], id="en-a-teacher"),
    pytest.param(_en("a woman and her two sons"), "en", 3, ["a woman", "two"], id="en-a-woman-and-her-two-sons"),
    pytest.param(_fr("une femme et ses deux fils"), "fr", 3, ["une femme", "deux"], id="fr-une-femme-et-ses-deux-fils"),
    # a group of kin is no one person, no number (was one civilian each: 2)
    pytest.param(_en("the village chief and his family"), "en", None, [], id="en-chief-and-his-family-no-number"),
    pytest.param(_fr("le chef du village et sa famille"), "fr", None, [], id="fr-chef-et-sa-famille-no-number"),
    # guards (passed before): a kin noun with a possessive before a count; a plural kin noun is no number
    pytest.param(_en("his wife and three children"), "en", 4, ["wife", "three"], id="en-guard-his-wife-and-three"),
    pytest.param(_fr("sa femme et trois enfants"), "fr", 4, ["femme", "trois"], id="fr-guard-sa-femme-et-trois"),
    pytest.param(_en("his sons"), "en", None, [], id="en-guard-his-sons-no-number"),
]


@pytest.mark.parametrize("text,lang,civ,civ_ev", SHARES)
def test_persons_of_a_share_by_kin_and_in_a_comma_list(text, lang, civ, civ_ev):
    (inc,) = incidents(text, lang, PUB)
    assert inc.sub_event_type == ATT
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (12, 12, 12)
    got = inc.civilian_fatalities
    assert (got.low, got.best, got.high) == (civ, civ, civ) if civ is not None else got is None
    assert [text[e.start:e.end] for e in inc.evidence if e.field == "civilian_fatalities"] == civ_ev


@pytest.mark.parametrize("text,lang", [
    pytest.param(_en("four civilians"), "en", id="en"),
    pytest.param(_fr("quatre civils"), "fr", id="fr"),
])
def test_a_share_is_the_civilians_counted_exactly(text, lang):
    """guard (passed before): the share is the known civilians, 4-4-4, not 4 to 12 (docs/conventions.md)."""
    (inc,) = incidents(text, lang, PUB)
    got = inc.civilian_fatalities
    assert (got.low, got.best, got.high, got.basis) == (4, 4, 4, "exact")
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (12, 12, 12)
