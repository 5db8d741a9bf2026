"""Soldiers and police an act hit are its victims as such (kind state_forces / police), so that an
attack on the forces can be told from an attack on civilians; MUC-4's rule 1 (b) leaves out acts
whose only targets are the forces (FR and EN)."""

import datetime as dt

import pytest
from extracting import extract, incidents

from bilan.model import Actor, Incident, Target


def forces(text: str, lang: str) -> list[tuple[str, str]]:
    doc, incs = extract(text, lang)
    out = []
    for inc in incs:
        # the armed target of a bombing is its actor2 (ACLED), the forces an attack or an abduction
        # hit are its victims
        for a in inc.actors_in("victim") + inc.actors_in("actor2"):
            assert any(e.field == "actors" and e.text == a.mention and doc.text[e.start:e.end] == e.text
                       for e in inc.evidence)
            if a.kind in ("state_forces", "police"):
                out.append((a.mention, a.kind))
    return out


@pytest.mark.parametrize("text,lang,who,kind", [
    ("Rebels kidnapped two soldiers near Cali on Monday.", "en", "soldiers", "state_forces"),
    ("Two policemen were killed when a bomb exploded near Cali on Monday.", "en", "policemen", "police"),
    ("GUERRILLAS KIDNAPPED A POLICE OFFICER AND A TEACHER IN LIMA ON FRIDAY.", "en", "POLICE OFFICER", "police"),
    ("Des hommes armés ont enlevé deux soldats près de Gao lundi.", "fr", "soldats", "state_forces"),
    ("Deux policiers ont été tués dans l'explosion d'une bombe à Gao lundi.", "fr", "policiers", "police"),
])
def test_soldiers_and_police_hit_are_victims_of_their_kind(text, lang, who, kind):
    assert any(who in m and k == kind for m, k in forces(text, lang)), forces(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Two farmers were killed by soldiers near Cali on Monday.", "en"),         # the agent
    ("Soldiers kidnapped a teacher near Cali on Monday.", "en"),               # the active subject
    ("Deux paysans ont été tués par des soldats près de Gao lundi.", "fr"),
])
def test_the_forces_that_did_it_are_no_victims(text, lang):
    assert forces(text, lang) == []


def _inc(actors, targets=()):
    return Incident(id="i", event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
                    actors=actors, targets=list(targets))


def test_muc4_rule_1b_acts_on_the_forces_alone_are_no_template():
    from bilan.evaluate.muc4 import muc_type

    rebels = Actor(role="actor1", name="FARC", mention="FARC", kind="rebel")
    soldiers = Actor(role="victim", name="state forces", mention="TWO SOLDIERS", kind="state_forces")
    teacher = Actor(role="victim", name="civilians", mention="A TEACHER", kind="civilians")
    assert muc_type(_inc([rebels, soldiers])) is None
    # civilians hit too, or civilian property: the act is relevant (1.0, "affect civilian personnel or property")
    assert muc_type(_inc([rebels, soldiers, teacher])) == "KIDNAPPING"
    post = Target(name="police station", mention="POLICE STATION", kind="military_site", start=0, end=14)
    bridge = Target(name="bridge", mention="BRIDGE", kind="infrastructure", start=0, end=6)
    attack = _inc([rebels], [post]).model_copy(update={"sub_event_type": "Attack"})
    assert muc_type(attack) is None
    assert muc_type(attack.model_copy(update={"targets": [post, bridge]})) == "ATTACK"
    # no victim or target named: the act is kept (rule 3)
    assert muc_type(_inc([rebels])) == "KIDNAPPING"


@pytest.mark.parametrize("text,lang,who,kind", [
    ("GUERRILLAS KIDNAPPED COLONEL CARLOS RUIZ IN SANTIAGO ON MONDAY.", "en", "COLONEL", "state_forces"),
    ("A bomb killed a lieutenant and two civilians near Cali on Monday.", "en", "lieutenant", "state_forces"),
    ("Gunmen killed a retired general in Lima on Monday.", "en", "general", "civilians"),
    ("Des hommes armés ont enlevé le colonel Jean Kassa près de Bangui lundi.", "fr", "colonel", "state_forces"),
    ("Des hommes armés ont enlevé un ancien général près de Bangui lundi.", "fr", "général", "civilians"),
])
def test_a_serving_rank_is_a_force_victim_a_former_one_a_civilian(text, lang, who, kind):
    _, incs = extract(text, lang)
    found = [(a.mention, a.kind) for i in incs for a in i.actors_in("victim")]
    assert any(who in m and k == kind for m, k in found), found


def test_a_rank_in_an_agent_phrase_is_no_victim():
    _, incs = extract("THE GRENADE WAS HURLED BY A CORPORAL AT THE CROWD IN LIMA, KILLING TWO PEOPLE.", "en")
    assert not any("CORPORAL" in a.mention for i in incs for a in i.actors_in("victim"))


@pytest.mark.parametrize("text,lang,kind", [
    ("An officer and four policemen are expected to be released. The FARC kidnapped these men six weeks ago.", "en",
     "state_forces"),
    ("Four peasants were wounded near Tame. Rebels later kidnapped these men.", "en", None),
    ("Un officier et quatre policiers doivent être libérés. Les FARC ont enlevé ces hommes il y a six semaines.",
     "fr", "state_forces"),
    ("Quatre paysans ont été blessés près de Gao. Des rebelles ont ensuite enlevé ces hommes.", "fr", None),
])
def test_these_men_take_up_the_people_named_before(text, lang, kind):
    # a demonstrative takes up the people just named: policemen are of the forces, peasants are not
    kidnapping = [i for i in incidents(text, lang) if i.sub_event_type == "Abduction/forced disappearance"][-1]
    assert [a.kind for a in kidnapping.actors if a.role == "victim"] == [kind]


@pytest.mark.parametrize("text,lang", [
    ("The army shelled FARC positions near Cali on Monday.", "en"),
    ("Army helicopters fired rockets at FMLN camps near Jucuapa on Monday.", "en"),
    ("L'aviation a bombardé un camp des rebelles près de Gao lundi.", "fr"),
])
def test_muc4_rule_1a_acts_on_armed_groups_alone_are_no_template(text, lang):
    """MUC-4 1.0 (1a): the targets of a relevant act may be anything "except another such group or
    member of such a group"; an act of the forces whose only target is a guerrilla group is not
    state-sponsored violence either (rule 2: only "when the target is civilian")."""
    from bilan.evaluate.muc4 import muc_type

    incs = incidents(text, lang)
    assert incs and all(muc_type(i) is None for i in incs), [(i.sub_event_type, i.actors) for i in incs]


@pytest.mark.parametrize("text,lang", [
    ("The army shelled FARC positions and a village near Cali on Monday, killing two farmers.", "en"),
    ("Rebels attacked a bus near Cali on Monday.", "en"),
    ("L'aviation a bombardé un camp des rebelles près de Gao lundi, tuant trois paysans.", "fr"),
])
def test_muc4_an_act_on_armed_groups_that_hits_civilians_is_a_template(text, lang):
    from bilan.evaluate.muc4 import muc_type

    assert any(muc_type(i) for i in incidents(text, lang))


def _perps(text: str, lang: str) -> list[str]:
    from bilan.evaluate.muc4 import muc_type, pred_slots

    return [p[1] for i in incidents(text, lang) if muc_type(i) for p in pred_slots(i)["perp"]]


@pytest.mark.parametrize("text,lang,armed", [
    ("Soldiers clashed with FARC guerrillas near Cali on Monday, killing two farmers caught in the crossfire.",
     "en", "FARC"),
    ("Troops and guerrillas clashed near Cali on Monday, and a bus was destroyed.", "en", "guerrillas"),
    ("Des affrontements entre l'armée et des rebelles ont fait deux morts parmi les civils près de Gao lundi.",
     "fr", "rebelles"),
    ("Des militaires et des rebelles se sont affrontés lundi près de Gao, où une école a été détruite.", "fr",
     "rebelles"),
])
def test_muc4_the_perpetrator_of_a_clash_that_hit_civilians_is_the_armed_group(text, lang, armed):
    """MUC-4 1.0: a clash becomes relevant when it "happens to affect civilian personnel or property",
    a guerrilla act; the forces are perpetrators only "when the target is civilian" (rule 2), and in
    a clash theirs is the armed group."""
    assert _perps(text, lang) == [armed]


@pytest.mark.parametrize("text,lang,forces", [
    ("Soldiers killed two farmers near Cali on Monday.", "en", "Soldiers"),
    ("Des soldats ont tué deux paysans près de Gao lundi.", "fr", "soldats"),
])
def test_muc4_the_forces_that_hit_civilians_are_the_perpetrator(text, lang, forces):
    assert _perps(text, lang) == [forces]
