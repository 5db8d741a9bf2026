"""Gaps two more stories of our own showed (the lead's a14, EN: a Russian guided bomb on a Kharkiv store, a missile
on the city hours later, a strike the day before, a UN running total; a15, FR: an attack on a village in central
Mali, the toll of elected officials and of a security source, the army's claim of fighters "neutralised" the day
before). The rows were written for this file, EN and FR, before bilan was run on them.

- a guided, glide or aerial bomb is dropped from the air: an air strike, not an IED;
- "Hours later, a missile hit a residential area" tells another act, not more of the strike before it;
- « ont indiqué lundi des élus locaux et une source sécuritaire »: the speakers are both, not "et une source";
- « l'armée avait annoncé avoir neutralisé une quinzaine de terroristes » on another day is an act of its own, not a
  claim on the attack.

First run, before any rule: 5 of 18. With the rules, 16 of 18:
- ``events_<lang>``: "guided bomb", "glide bomb", "aerial bomb", « bombe guidée », « bombe planante », « bombe
  aérienne » are air strikes;
- ``events_<lang>.LATER_OPENERS`` ("Hours later", « Quelques heures plus tard », "Later that day"): a sentence opening
  on them that tells an act by how it was done (not a generic death) does not elaborate the act before
  (incidents._elaborated); incidents._opens_new_event reads six words, not four;
- claims._inverted_subject, claims._after_leading_phrases: « des » that the French parse tags a preposition opens
  the speaker after the verb, not a phrase of circumstance to skip;
- events._person_object: a figure word the verb acts on (« neutralisé une quinzaine de terroristes ») counts the
  people of its "of" complement, as a number does (the French parse may also hang it on the verb as a modifier).
The two rows of the army's own act stayed strict xfails until h-ownact (tests/test_own_act_statements.py: a count of
fighters the verb acts on is a combatant hit, a side quoted on its own act is no scare quote, its statement of the day
before is an act of its own dated by that day, not more of the attack). The whole a14 still merged the missile into the strike:
incidents._town_parts_of_lead now merges a later part in the lead's town only when of the lead's sub-event type (or
told by a generic word); two paragraph rows of "Hours later", written after that rule from the a14 case, pass.
Four rows of a statement's day (STATEMENT_DAYS, written after those rules, before running bilan on them): 2 of 4
first (the army's statement of the day before went to Sunday's attack); with incidents._said_before (a sentence dated
by its own words to a day before the incident's day makes no claim on it): 4 of 4.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting
from bilan.model import Incident

PUB = dt.date(2024, 5, 26)  # a Sunday


def _at(incs: list[Incident], text: str, words: str) -> list[Incident]:
    start = text.index(words)
    return [i for i in incs if any(e.start < start + len(words) and e.end > start for e in i.evidence)]


# --- bombs from the air: (text, lang, the act's words, its sub-event type)
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
BOMBS = [
    ("A Russian guided bomb struck a hardware store in Kharkiv on Saturday, killing at least 12 people.", "en",
     "guided bomb", AIR),
    ("Une bombe guidée russe a frappé samedi un magasin de bricolage à Kharkiv, tuant au moins 12 personnes.", "fr",
     "bombe guidée", AIR),
    ("Russian forces dropped a glide bomb on a village near Kupiansk on Friday, killing two civilians.", "en",
     "glide bomb", AIR),
    ("Les forces russes ont largué vendredi une bombe planante sur un village près de Koupiansk, tuant deux civils.",
     "fr", "bombe planante", AIR),
    ("An aerial bomb hit a market in El Fasher on Monday, killing nine people, witnesses said.", "en", "aerial bomb",
     AIR),
    ("Une bombe aérienne a touché lundi un marché d'El Facher, tuant neuf personnes, selon des témoins.", "fr",
     "bombe aérienne", AIR),
    # guards: a bomb on the ground stays an explosive
    ("A roadside bomb killed three soldiers near Kidal on Monday.", "en", "roadside bomb", IED),
    ("Une bombe artisanale a tué lundi trois soldats près de Kidal.", "fr", "bombe artisanale", IED),
]


@pytest.mark.parametrize("text,lang,words,sub", BOMBS)
def test_a_bomb_from_the_air_is_an_air_strike(text, lang, words, sub):
    incs = extracting.incidents(text, lang, PUB)
    assert incs, "no incident"
    assert incs[0].sub_event_type == sub, incs[0].sub_event_type


# --- "hours later": (text, lang, the first act's words, the later act's words)
KHARKIV_EN = ("A Russian guided bomb struck a crowded store in Kharkiv on Saturday, killing at least 12 people and "
              "wounding 43, the regional governor said. Hours later, a missile hit a residential area of the city, "
              "wounding 25 people, the mayor said.")
KHARKIV_FR = ("Une bombe guidée russe a frappé samedi un magasin bondé de Kharkiv, tuant au moins 12 personnes et en "
              "blessant 43, a indiqué le gouverneur régional. Quelques heures plus tard, un missile a touché un "
              "quartier résidentiel de la ville, blessant 25 personnes, selon le maire.")
ODESA_EN = ("Two Russian drones hit the port of Odesa on Tuesday, killing a dock worker. Later that day, a missile "
            "struck a grain warehouse nearby, wounding four people.")
ODESA_FR = ("Deux drones russes ont frappé mardi le port d'Odessa, tuant un docker. Plus tard dans la journée, un "
            "missile a touché un entrepôt de céréales à proximité, blessant quatre personnes.")
# (written after the rules, when the whole a14 still merged the missile into the strike: its paragraph took the lead's
# day, and a part of the lead in its town was merged whatever its sub-event type, incidents._town_parts_of_lead)
KHARKIV_PARA_EN = KHARKIV_EN.replace(" Hours later", "\n\nHours later")
KHARKIV_PARA_FR = KHARKIV_FR.replace(" Quelques heures", "\n\nQuelques heures")
LATER = [
    (KHARKIV_PARA_EN, "en", "killing at least 12", "wounding 25"),
    (KHARKIV_PARA_FR, "fr", "tuant au moins 12", "blessant 25"),
    (KHARKIV_EN, "en", "killing at least 12", "wounding 25"),
    (KHARKIV_FR, "fr", "tuant au moins 12", "blessant 25"),
    (ODESA_EN, "en", "killing a dock worker", "wounding four"),
    (ODESA_FR, "fr", "tuant un docker", "blessant quatre"),
]


@pytest.mark.parametrize("text,lang,first,later", LATER)
def test_hours_later_is_another_act(text, lang, first, later):
    incs = extracting.incidents(text, lang, PUB)
    a, b = _at(incs, text, first), _at(incs, text, later)
    assert a and b, [(i.sub_event_type, i.fatalities, i.injured) for i in incs]
    assert a[0].id != b[0].id, [(i.sub_event_type, i.fatalities, i.injured) for i in incs]


# --- two speakers after the verb: (text, lang, the claim's words, the words its speaker must hold)
SPEAKERS = [
    ("Au moins vingt civils ont été tués dimanche dans l'attaque d'un village du centre du Mali, ont indiqué lundi "
     "des élus locaux et une source sécuritaire.", "fr", "Au moins vingt", "élus locaux"),
    ("Au moins vingt civils ont été tués dimanche dans l'attaque d'un village, ont indiqué des habitants et un "
     "responsable local.", "fr", "Au moins vingt", "habitants"),
    ("At least twenty civilians were killed on Sunday in an attack on a village in central Mali, local officials and "
     "a security source said on Monday.", "en", "At least twenty", "local officials"),
    ("At least twenty civilians were killed on Sunday in an attack on a village, said residents and a local "
     "official.", "en", "At least twenty", "residents"),
]


@pytest.mark.parametrize("text,lang,words,speaker", SPEAKERS)
def test_two_speakers_after_the_verb(text, lang, words, speaker):
    incs = extracting.incidents(text, lang, PUB)
    start = text.index(words)
    claims = [c for i in incs for c in i.claims if c.start <= start < c.end]
    assert claims, [(c.speaker, c.text[:40]) for i in incs for c in i.claims]
    assert all(c.speaker and speaker in c.speaker for c in claims), [c.speaker for c in claims]
    assert not any((c.speaker or "").startswith(("et ", "and ")) for c in claims), [c.speaker for c in claims]


# --- an army's claim of its own act on another day: (text, lang, the attack's words, the army's act's words)
MALI_FR = ("Au moins vingt civils ont été tués dimanche dans l'attaque d'un village du centre du Mali, selon des élus "
           "locaux. Samedi, l'armée malienne avait annoncé avoir « neutralisé une quinzaine de terroristes » lors "
           "d'une opération dans la même région.")
MALI_EN = ("At least twenty civilians were killed on Sunday in an attack on a village in central Mali, local officials "
           "said. On Saturday, the Malian army had announced that it had \"neutralised about fifteen terrorists\" "
           "during an operation in the same region.")
ARMY = [
    (MALI_FR, "fr", "Au moins vingt", "neutralisé"),
    (MALI_EN, "en", "At least twenty", "neutralised"),
]


# (strict xfails until h-ownact, tests/test_own_act_statements.py: the generic « neutraliser » found no side hit in
# « une quinzaine de terroristes », nor did the army's quoted words make an act, and the English act joined the attack)
@pytest.mark.parametrize("text,lang,attack,act", ARMY)
def test_the_armys_own_act_of_another_day_is_no_claim_on_the_attack(text, lang, attack, act):
    incs = extracting.incidents(text, lang, PUB)
    mine = _at(incs, text, attack)
    assert mine, [(i.sub_event_type, i.fatalities) for i in incs]
    start = text.index(act)
    assert not any(c.start <= start < c.end for c in mine[0].claims), [(c.speaker, c.text[:40]) for c in mine[0].claims]
    others = [i for i in _at(incs, text, act) if i.id != mine[0].id]
    assert others, [(i.sub_event_type, i.date.start) for i in incs]
    assert others[0].date.start == dt.date(2024, 5, 25), others[0].date


# --- a statement made before the act cannot be about it (written after the rules above, before running bilan on
# these rows): (text, lang, the attack's words, the statement's words, whether it is a claim on the attack)
STATEMENT_DAYS = [
    (MALI_FR, "fr", "Au moins vingt", "annoncé", False),
    (MALI_EN, "en", "At least twenty", "announced", False),
    # guards: a statement of the day after, and one with no day, speak of the attack
    ("Au moins vingt civils ont été tués dimanche dans l'attaque d'un village du centre du Mali, selon des élus "
     "locaux. Lundi, l'armée malienne a affirmé que l'attaque avait été menée par des jihadistes.", "fr",
     "Au moins vingt", "affirmé", True),
    ("At least twenty civilians were killed on Sunday in an attack on a village in central Mali, local officials "
     "said. On Monday, the Malian army said the attack had been carried out by jihadists.", "en",
     "At least twenty", "said the attack", True),
]


@pytest.mark.parametrize("text,lang,attack,statement,claim", STATEMENT_DAYS)
def test_a_statement_of_the_day_before_is_no_claim_on_the_act(text, lang, attack, statement, claim):
    incs = extracting.incidents(text, lang, PUB)
    mine = _at(incs, text, attack)
    assert mine, [(i.sub_event_type, i.fatalities) for i in incs]
    start = text.index(statement)
    on_it = any(c.start <= start < c.end for c in mine[0].claims)
    assert on_it == claim, [(c.speaker, c.text[:50]) for c in mine[0].claims]
