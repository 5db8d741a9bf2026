"""Threats of violence as incidents of their own stage (MUC-4's STAGE OF EXECUTION "threatened"):
a specific threat made against someone, typed by the act threatened, with no casualties; never
merged with an act carried out. Own sentences, EN and FR."""

import datetime as dt

import pytest
from extracting import incidents

from bilan.evaluate.case2021 import classify
from bilan.evaluate.ucdp import _top

PUB = dt.date(2021, 6, 14)


def _threats(text, lang):
    return [i for i in incidents(text, lang, PUB) if i.stage == "threatened"]


def _victims(inc):
    return [a.mention for a in inc.actors if a.role == "victim"]


@pytest.mark.parametrize("text,lang,victim", [
    ("Armed men made death threats against the mayor of the town on Monday.", "en", "mayor"),
    ("The prosecutor received death threats last week.", "en", "prosecutor"),
    ("Militiamen threatened to kill the village teacher on Friday.", "en", "teacher"),
    ("The paramilitaries threatened the journalist with death on Sunday.", "en", "journalist"),
    ("Des menaces de mort contre le juge ont été proférées lundi.", "fr", "juge"),
    ("Le maire a reçu des menaces de mort de la part des rebelles.", "fr", "maire"),
    ("Des miliciens ont menacé de tuer l'instituteur du village.", "fr", "instituteur"),
    # who received it, in a relative clause, by office or by name
    ("The complaint was filed by the mayor, who had also received death threats.", "en", "mayor"),
    ("The complaint was filed by Carlos Mendoza Ruiz, who had also received death threats.", "en", "Carlos Mendoza Ruiz"),
    ("La plainte a été déposée par le maire, qui a reçu des menaces de mort.", "fr", "maire"),
])
def test_a_specific_threat_against_someone_is_a_threatened_attack(text, lang, victim):
    threats = _threats(text, lang)
    assert len(threats) == 1
    inc = threats[0]
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")
    assert inc.fatalities is None and inc.injured is None
    assert any(victim in v for v in _victims(inc))
    # the evidence of the type is the threat words
    assert any(w in inc.evidence_for("event_type")[0].text for w in ("threat", "menac"))


@pytest.mark.parametrize("text,lang", [
    ("The rebels threatened to bomb the embassy.", "en"),
    ("Les rebelles ont menacé de dynamiter le pont.", "fr"),
])
def test_a_bomb_threat_is_a_threatened_bombing(text, lang):
    threats = _threats(text, lang)
    assert [(i.event_type, i.sub_event_type) for i in threats] == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_who_threatened_is_actor1_when_said_and_nobody_otherwise():
    said = _threats("Rebels threatened to kill the governor of the province.", "en")[0]
    assert [a.mention for a in said.actors if a.role == "actor1"] == ["Rebels"]
    unsaid = _threats("The prosecutor received death threats last week.", "en")[0]
    assert unsaid.actors_in("actor1") == []


@pytest.mark.parametrize("text,lang", [
    ("The threat of terrorism remains high in the region.", "en"),
    ("Press freedom is under threat in the country.", "en"),
    ("The security threat level was raised to severe.", "en"),
    ("The unions threatened to strike on Monday.", "en"),
    ("Farmers threatened to block the roads if prices fall.", "en"),
    ("La menace terroriste reste élevée dans la région.", "fr"),
    ("Les syndicats ont menacé de faire grève lundi.", "fr"),
    ("La liberté de la presse est menacée dans le pays.", "fr"),
])
def test_a_generic_threat_is_no_incident(text, lang):
    assert _threats(text, lang) == []


def test_an_act_carried_out_heads_its_sentence_and_never_merges_with_a_threat():
    found = incidents("Gunmen shot dead the judge, who had received death threats.", "en", PUB)
    assert [i.stage for i in found] == ["accomplished"]
    found = incidents("Armed men made death threats against the mayor on Monday. On Tuesday, armed men "
                      "shot dead the mayor in his office.", "en", PUB)
    assert sorted(i.stage for i in found) == ["accomplished", "threatened"]


def test_case_and_ucdp_adapters_never_lead_with_a_threat():
    found = incidents("Armed men made death threats against the mayor on Monday.", "en", PUB)
    assert [i.stage for i in found] == ["threatened"]
    assert classify(found) == "NONE"
    assert _top(found) is None


@pytest.mark.parametrize("text,lang", [
    ("The magistrate left the country because her life was threatened.", "en"),
    ("La juge a quitté le pays parce que sa vie était menacée.", "fr"),
])
def test_someones_life_threatened_is_a_death_threat(text, lang):
    assert [(i.sub_event_type, i.stage) for i in _threats(text, lang)] == [("Attack", "threatened")]


@pytest.mark.parametrize("text,lang", [
    ("The lives of millions are threatened by the drought.", "en"),
    ("La vie des habitants est menacée par la sécheresse.", "fr"),
])
def test_lives_threatened_by_a_hazard_are_no_threat(text, lang):
    assert _threats(text, lang) == []


@pytest.mark.parametrize("text,lang,act_victim,threatened", [
    ("The mayor received death threats last week, and his driver was shot dead on Monday.", "en", "driver", "mayor"),
    ("Le maire a reçu des menaces de mort la semaine dernière, et son chauffeur a été abattu lundi.", "fr",
     "chauffeur", "maire"),
])
def test_a_threat_beside_an_act_in_one_sentence_is_an_incident_of_its_own(text, lang, act_victim, threatened):
    incs = incidents(text, lang, PUB)
    acts = [i for i in incs if i.stage == "accomplished"]
    threats = [i for i in incs if i.stage == "threatened"]
    assert len(acts) == 1 and len(threats) == 1
    assert [a.mention for a in acts[0].actors if a.role == "victim"] == [act_victim]
    assert [a.mention for a in threats[0].actors if a.role == "victim"] == [threatened]


def test_a_threat_said_of_the_victim_of_an_act_is_no_incident_of_its_own():
    # what the victim had gone through, in a relative clause on the victim
    incs = incidents("Gunmen shot dead the judge, who had received death threats, in Lima on Monday.", "en", PUB)
    assert [i.stage for i in incs] == ["accomplished"]


@pytest.mark.parametrize("text,lang", [
    ("I must admit there is always the possibility of sabotage or a terrorist attack in the capital.", "en"),
    ("The minister did not rule out the eventuality of a bomb attack on the airport.", "en"),
    ("Il y a toujours la possibilité d'un sabotage ou d'un attentat dans la capitale.", "fr"),
    ("Le ministre n'exclut pas l'éventualité d'un attentat à la bombe contre l'aéroport.", "fr"),
])
def test_what_may_possibly_happen_is_no_incident(text, lang):
    # no threat made against anyone and no act: a possibility (MUC-4 rule 5, only acts reported as fact)
    assert incidents(text, lang, PUB) == []


@pytest.mark.parametrize("text,lang,threatened,other", [
    ("Judge Maria Gomez had to leave the country because her life was threatened, and her father, former "
     "governor Pedro Gomez, was later murdered.", "en", "Judge", "father"),
    ("La juge Maria Gomez a dû quitter le pays parce que sa vie était menacée, et son père, l'ancien "
     "gouverneur Pedro Gomez, a été assassiné ensuite.", "fr", "juge", "père"),
])
def test_whose_life_was_threatened_is_the_possessor_named_before(text, lang, threatened, other):
    # "her life was threatened": the possessive stands for the last person named before it, and the
    # person the sentence names next (the victim of the murder) was not the one threatened
    (t,) = _threats(text, lang)
    victims = _victims(t)
    assert any(threatened in v for v in victims) and not any(other in v for v in victims), victims
