"""Counts left (h-counts7): people taken listed with a vague figure or a singular article, the toll so far of a
further act, and a figure of the dead beside a number of the people taken.

Every story was written for this file (new names, places, figures; Reuters/AFP style, EN and FR); bilan was run on
each before any rule (``dd.py`` probes at the branch's start), and each row says what it gave then and the rule that
serves it now. Rows marked guard gave the value asserted already.

People taken, listed (docs/conventions.md, people taken)
- « Des séparatistes ont enlevé lundi une dizaine d'élèves et deux enseignants d'un collège de Ndop », "Gunmen
  abducted dozens of students and two teachers": two abducted quantities before (8-12 and 2; 12-99 and 2), one now
  (10/12/14; 14/26/101): the parser hangs the second noun on the word of the vague figure (« dizaine », "dozens"),
  whose complement the counted noun is; that word stands for the noun when nouns are grouped
  (incidents._coordinated_counts).
- « ont enlevé trois enseignants et un chauffeur », "abducted three teachers and a driver": 3 before (no figure read
  in « un chauffeur »), 4 now: « chauffeur », "driver" join events_<lang>.PERSON_NOUNS, so the singular article
  counts one person and the list is summed (incidents._taken_listed). The French row was a strict xfail until
  h-counts8: « chauffeur » as a person noun made « Un chauffeur de taxi qui a conduit trois passagers blessés » 4
  wounded; a casualty word in a relative clause on a person, said of a noun of that clause with a figure of its own,
  is no harm of that person (incidents._harm_of_others_in_its_relative), so « chauffeur » is a person noun now
  (tests/test_counts_left8.py).
- Guard: "a pastor and four worshippers" stays 5.

The toll so far of a further act
- "Gunmen killed six people in Kauru on Sunday. A second attack on Monday killed three more, putting the death toll
  at 9.": the second act had 9 before (the toll so far won over its own figure); 3 now: a toll so far told in the
  sentence of a further act (incidents._further_act: "a second attack") counts the acts before it too, no one act's;
  the act keeps its own dead (incidents.build_incident). The first act keeps its 6.
- Guard: "Two more bodies were found on Monday, bringing the death toll to 9" after the first act: one incident, 9.
- "... killing three. The death toll from the two attacks stands at 9, police said.", « Le bilan des deux attaques
  s'élève à neuf morts », "Nine people were killed in both attacks": the second act had 9 before; 3 now: a plural act
  noun that takes up the acts told before (a definite determiner, or the preposition fused with it,
  events_fr.NUMBERED_KNOWN_CONTRACTIONS « des », with a number; or events_<lang>.BACK_PLURAL_DETERMINERS "both"), as
  a preposition's object in a sentence of casualties, makes its figure the toll of those acts together, no one act's
  (incidents._toll_of_acts_told_back, read by incidents._running_total).

A figure of the dead beside a number of the people taken
- "Police said 20 people were killed and put the number of those abducted at 15": 20 and 15 abducted, no dead before
  (the number noun after the figure was read as its own); 20 dead and 15 abducted now: a figure that a casualty verb
  of its own tells is never the value of a number noun (incidents._people_taken).
"""
from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 3, 3)


def _r(x):
    return None if x is None else (x.low, x.best, x.high)


def _taken(inc):
    return [_r(q.value) for q in inc.quantities if q.what == "abducted"]


LISTED = [
    pytest.param("fr", "BAMENDA, 3 mars (AFP) - Des séparatistes armés ont enlevé lundi une dizaine d'élèves et deux "
                       "enseignants d'un collège de Ndop, a indiqué la police.", [(10, 12, 14)], id="fr-dizaine-et-deux"),
    pytest.param("en", "KATSINA, March 3 (Reuters) - Gunmen abducted dozens of students and two teachers from a "
                       "boarding school in Funtua on Monday, police said.", [(14, 26, 101)], id="en-dozens-and-two"),
    pytest.param("fr", "BUEA, 3 mars (AFP) - Des hommes armés ont enlevé mardi trois enseignants et un chauffeur sur la "
                       "route de Kumba, selon une source sécuritaire.", [(4, 4, 4)], id="fr-trois-et-un-chauffeur"),
    pytest.param("en", "KADUNA, March 3 (Reuters) - Gunmen abducted three teachers and a driver on the road to Kachia on "
                       "Tuesday, a local official said.", [(4, 4, 4)], id="en-three-and-a-driver"),
    pytest.param("en", "ABUJA, March 3 (Reuters) - Gunmen kidnapped a pastor and four worshippers from a church in "
                       "Zonkwa on Sunday, police said.", [(5, 5, 5)], id="en-guard-pastor-and-four"),
]


@pytest.mark.parametrize("lang,text,want", LISTED)
def test_the_people_taken_listed_are_one_count(lang, text, want):
    assert _taken(extracting.incidents(text, lang, PUB)[0]) == want


def test_the_toll_so_far_of_a_further_act_is_no_one_acts():
    incs = extracting.incidents("KADUNA, March 3 (Reuters) - Gunmen killed six people in Kauru on Sunday. A second "
                                "attack on Monday killed three more, putting the death toll at 9.", "en", PUB)
    assert [_r(i.fatalities) for i in incs] == [(6, 6, 6), (3, 3, 3)]


def test_more_bodies_bringing_the_toll_stay_the_acts():
    incs = extracting.incidents("KADUNA, March 3 (Reuters) - Gunmen killed six people in Kauru on Sunday. Two more "
                                "bodies were found on Monday, bringing the death toll to 9.", "en", PUB)
    assert [_r(i.fatalities) for i in incs] == [(9, 9, 9)]


def test_the_dead_beside_the_number_of_the_taken():
    lead = extracting.incidents("KADUNA, March 3 (Reuters) - Gunmen attacked the village of Kauru on Sunday. Police said "
                                "20 people were killed and put the number of those abducted at 15.", "en", PUB)[0]
    assert _r(lead.fatalities) == (20, 20, 20)
    assert _taken(lead) == [(15, 15, 15)]


TOLD_BACK = [
    pytest.param("en", "KADUNA, March 3 (Reuters) - Gunmen killed six people in Kauru on Sunday. On Monday, gunmen "
                       "attacked the nearby village of Kamuru, killing three. The death toll from the two attacks stands "
                       "at 9, police said.", id="en-toll-from-the-two-attacks"),
    pytest.param("en", "KADUNA, March 3 (Reuters) - Gunmen killed six people in Kauru on Sunday. On Monday, gunmen "
                       "attacked the nearby village of Kamuru, killing three. Nine people were killed in both attacks, "
                       "police said.", id="en-killed-in-both-attacks"),
    pytest.param("fr", "BAMENDA, 3 mars (AFP) - Des hommes armés ont tué six villageois dimanche à Bafut. Lundi, des "
                       "hommes armés ont attaqué le village voisin de Bamessing, tuant trois personnes. Le bilan des deux "
                       "attaques s'élève à neuf morts, selon la police.", id="fr-bilan-des-deux-attaques"),
]


@pytest.mark.parametrize("lang,text", TOLD_BACK)
def test_the_toll_of_the_acts_told_back_is_no_one_acts(lang, text):
    incs = extracting.incidents(text, lang, PUB)
    assert [_r(i.fatalities) for i in incs] == [(6, 6, 6), (3, 3, 3)]
