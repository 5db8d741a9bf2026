"""Attempted acts of violence as incidents: "gunmen tried to kill the mayor" is an attack whatever
its outcome (MUC-4 task definition 1.0 (5): "Only terrorist acts (and attempted acts) that are
reported as factual"; STAGE OF EXECUTION "attempted"). The attempt must itself be told as done: an
attempt that may come, that was denied or that the forces prevented is no incident. Own sentences,
EN and FR."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(2021, 6, 14)


def _victims(inc):
    return [a.mention for a in inc.actors if a.role == "victim"]


@pytest.mark.parametrize("text,lang,victim", [
    ("On Monday gunmen tried to kill the mayor of the town.", "en", "mayor"),
    ("Two men on a motorcycle attempted to assassinate the judge on Friday in Cali.", "en", "judge"),
    ("Unidentified men tried to kidnap a businessman in the capital last night.", "en", "businessman"),
    ("A week ago, paramilitaries attempted to murder the journalist outside his home.", "en", "journalist"),
    ("Lundi, des hommes armés ont tenté de tuer le maire de la ville.", "fr", "maire"),
    ("Deux hommes à moto ont essayé d'assassiner le juge vendredi à Cali.", "fr", "juge"),
    ("Des inconnus ont tenté d'enlever un commerçant dans la capitale hier soir.", "fr", "commerçant"),
])
def test_an_attempt_to_kill_or_kidnap_told_as_done_is_an_incident(text, lang, victim):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1
    inc = incs[0]
    assert inc.event_type == "Violence against civilians"
    assert inc.fatalities is None  # whom they tried to kill is not dead
    assert any(victim in v for v in _victims(inc))


@pytest.mark.parametrize("text,lang", [
    # an attempt that may come, that is wanted, denied or was not made
    ("The gunmen may try to kill the mayor of the town.", "en"),
    ("The rebels want to try to kidnap the governor.", "en"),
    ("The army denied that its soldiers tried to kill the journalist.", "en"),
    ("The gunmen did not try to kill the mayor.", "en"),
    # the forces prevented it: nothing was done to anyone
    ("Police prevented the gunmen from killing the mayor on Monday.", "en"),
    ("Les hommes armés pourraient tenter de tuer le maire de la ville.", "fr"),
    ("Les rebelles veulent tenter d'enlever le gouverneur.", "fr"),
    ("Les hommes armés n'ont pas tenté de tuer le maire.", "fr"),
])
def test_an_attempt_not_told_as_done_is_no_incident(text, lang):
    assert [i for i in incidents(text, lang, PUB) if i.event_type == "Violence against civilians"] == []


@pytest.mark.parametrize("text,lang", [
    ("Rebels tried to blow up the bridge over the river on Monday.", "en"),
    ("Des rebelles ont tenté de faire sauter le pont sur la rivière lundi.", "fr"),
])
def test_a_bombing_attempted_is_a_bombing(text, lang):
    incs = incidents(text, lang, PUB)
    assert [i.event_type for i in incs] == ["Explosions/Remote violence"]


@pytest.mark.parametrize("text,lang", [
    ("A soldier was killed on Monday as he was trying to defuse a mine planted by the rebels.", "en"),
    ("Un soldat a été tué lundi alors qu'il tentait de désamorcer une mine posée par les rebelles.", "fr"),
])
def test_what_the_attempt_was_not_at_keeps_its_dead(text, lang):
    # the attempt was at defusing, not at the mine: the soldier it killed is dead
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1 and incs[0].fatalities is not None and incs[0].fatalities.best == 1


@pytest.mark.parametrize("text,lang", [
    ("Angry villagers lynched two men who had tried to kidnap a teacher on Monday.", "en"),
    ("Des villageois en colère ont lynché lundi deux hommes qui avaient tenté d'enlever une enseignante.", "fr"),
])
def test_an_attempt_in_a_relative_clause_names_its_doers(text, lang):
    # who the men lynched were, not an abduction of its own: the mob's killing is the event
    incs = incidents(text, lang, PUB)
    assert incs and all(i.sub_event_type != "Abduction/forced disappearance" for i in incs)


@pytest.mark.parametrize("text,lang", [
    ("Angry residents killed two men they said tried to kidnap a teacher on Monday.", "en"),
    ("Des habitants en colère ont tué lundi deux hommes qui, selon eux, ont tenté d'enlever une enseignante.", "fr"),
])
def test_an_act_done_heads_before_an_act_tried_in_the_same_sentence(text, lang):
    incs = incidents(text, lang, PUB)
    assert incs and incs[0].sub_event_type != "Abduction/forced disappearance"
    assert incs[0].fatalities is not None  # the men killed (their count is the tolls' business)


@pytest.mark.parametrize("text,lang,doer", [
    ("Gunmen tried to kill the mayor of the town on Monday.", "en", "Gunmen"),
    ("Two rebels attempted to kidnap the engineer near the mine on Friday.", "en", "rebels"),
    ("Lundi, des hommes armés ont tenté de tuer le maire de la ville.", "fr", "hommes armés"),
])
def test_who_tried_is_the_perpetrator(text, lang, doer):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1
    assert any(doer in a.mention for a in incs[0].actors if a.role == "actor1")


def test_a_court_that_tries_someone_for_a_murder_is_no_perpetrator():
    # "try" in its other sense: the court pursues the authors, it did not do the killing
    incs = incidents("A military court tried two soldiers on Monday for the murder of the mayor.", "en", PUB)
    assert not any("court" in a.mention for i in incs for a in i.actors if a.role == "actor1")


@pytest.mark.parametrize("text,lang", [
    ("The rebels tried to seize the town on Sunday.", "en"),
    ("Les rebelles ont tenté de s'emparer de la ville dimanche.", "fr"),
])
def test_territory_only_tried_is_not_taken(text, lang):
    # a change of territory attempted took nothing: no "overtakes territory" incident
    assert all("territory" not in i.sub_event_type for i in incidents(text, lang, PUB))
