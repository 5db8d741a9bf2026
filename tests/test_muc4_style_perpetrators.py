"""Perpetrators the MUC-4 style sentences lost (sentences written for these tests, EN and FR): the agent
of a participle on the event's noun phrase ("a car bomb attack carried out by X", "un attentat à la
dynamite perpétré par X"), and unidentified persons as doers."""

import datetime as dt

import pytest
from extracting import incidents

from bilan.evaluate.muc4 import pred_slots

PUBLISHED = dt.date(1990, 2, 14)


def perps(text: str, lang: str) -> list[str]:
    return [f.lower() for inc in incidents(text, lang, PUBLISHED) for p in pred_slots(inc)["perp"] for f in p]


@pytest.mark.parametrize("text,lang,who", [
    ("The bank was destroyed by a car bomb attack carried out by FARC guerrillas.", "en", "farc"),
    ("A police post was hit by a grenade attack carried out by rebels on Monday.", "en", "rebels"),
    ("La mairie a été détruite par un attentat à la dynamite perpétré par des guérilleros.", "fr", "guérilleros"),
    ("Le poste de police a été détruit par une attaque à la grenade menée par des rebelles.", "fr", "rebelles"),
])
def test_the_agent_of_a_participle_on_the_event_phrase_did_it(text, lang, who):
    assert any(who in f for f in perps(text, lang)), perps(text, lang)


@pytest.mark.parametrize("text,lang,who", [
    ("A bomb planted by unidentified persons damaged a church in the capital.", "en", "unidentified persons"),
    ("Unknown persons set fire to a bus in the northern district.", "en", "unknown persons"),
    ("Des personnes non identifiées ont incendié un autobus dans le nord de la ville.", "fr", "personnes non identifiées"),
])
def test_unidentified_persons_are_the_doers(text, lang, who):
    assert any(who in f for f in perps(text, lang)), perps(text, lang)


@pytest.mark.parametrize("text,lang,who", [
    ("The Red Dawn Liberation Front claimed responsibility for the bombing of a bank in the capital.", "en",
     "red dawn liberation front"),
    ("THE NORTHERN STAR REVOLUTIONARY COMMANDO CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE TOWN HALL.", "en",
     "northern star revolutionary commando"),
    # (h-muc4type: the subject of a verb of a violent act with a direct object, actors._doer_of_act)
    ("The Black Condor Movement burned two buses in the northern district on Monday.", "en", "black condor movement"),
    ("Le Front révolutionnaire Aube rouge a revendiqué l'attentat contre une banque de la capitale.", "fr",
     "front revolutionnaire aube rouge|front révolutionnaire aube rouge"),
])
def test_a_name_with_a_group_word_that_claims_or_does_an_act_is_an_armed_group(text, lang, who):
    got = perps(text, lang)
    assert any(w in f for w in who.split("|") for f in got), got


@pytest.mark.parametrize("text,lang", [
    ("The Popular Front said on Monday that a bomb exploded near a bank in the capital.", "en"),
    ("Le Front populaire a déclaré lundi qu'une bombe avait explosé près d'une banque de la capitale.", "fr"),
])
def test_a_group_name_that_only_speaks_is_no_perpetrator(text, lang):
    assert not any("front" in f for f in perps(text, lang)), perps(text, lang)


@pytest.mark.parametrize("text,lang,who", [
    # groups of the 1989-90 wire copy the alias lexicons lacked, EN and FR, the name before a generic noun or
    # after "members of" (round 3)
    ("ALFARO VIVE CARAJO MEMBERS BOMBED A BANK IN QUITO.", "en", "alfaro vive"),
    ("MEMBERS OF THE SIMON BOLIVAR GUERRILLA COORDINATING BOARD BURNED THREE TRUCKS IN CAQUETA.", "en", "simon bolivar"),
    ("CONTRA REBELS BURNED A CIVILIAN TRUCK NEAR ESTELI.", "en", "contra"),
    ("CINCHONERO GUERRILLAS BOMBED AN OFFICE IN SAN PEDRO SULA.", "en", "cinchonero"),
    pytest.param("Des membres de l'Armée populaire de libération ont incendié un autobus près de Monteria.", "fr",
                 "armée populaire de libération", marks=pytest.mark.xfail(strict=True, reason=(
                     "not in the FR lexicon: the name is also China's army in French, the country must decide"))),
    ("Le Front patriotique Manuel Rodríguez a revendiqué l'attentat contre une banque de Valparaiso.", "fr",
     "manuel rodr"),
    ("Des guérilleros d'Alfaro Vive Carajo ont attaqué une banque à Quito.", "fr", "alfaro vive"),
])
def test_groups_of_the_period_are_named(text, lang, who):
    got = perps(text, lang)
    assert any(who in f for f in got), got
