"""Named armed groups joined to the perpetrator in its phrase did the act with it (EN and FR); a
group on the other side of a fight, or the forces, are not joined."""

import datetime as dt

import pytest
from extracting import incidents

PUBLISHED = dt.date(1990, 3, 5)


@pytest.mark.parametrize("text,lang,groups", [
    ("Rebels of the ELN and the FARC raided two villages near Cucuta on Sunday, killing a teacher.",
     "en", {"ELN", "FARC"}),
    ("ON SUNDAY THE ELN AND THE FARC SET FIRE TO THE TOWN HALL OF TAME.", "en", {"ELN", "FARC"}),
    ("Dimanche, des hommes armés du JNIM et de l'EIGS ont attaqué le marché de Ménaka, tuant trois commerçants.",
     "fr", {"JNIM", "Islamic State"}),
])
def test_groups_joined_to_the_perpetrator_did_it_too(text, lang, groups):
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs, incidents(text, lang, PUBLISHED)
    perps = " | ".join(a.name for a in incs[0].actors if a.role == "actor1")
    assert all(g in perps for g in groups), incs[0].actors


@pytest.mark.parametrize("text,lang", [
    ("On Sunday the FARC attacked the town of Tame and the army retook it on Monday.", "en"),
    ("Dimanche, le JNIM a attaqué le marché de Ménaka, et l'armée malienne a riposté.", "fr"),
])
def test_the_other_side_is_not_joined(text, lang):
    for inc in incidents(text, lang, PUBLISHED):
        perps = [a for a in inc.actors if a.role == "actor1"]
        assert len(perps) <= 1, inc.actors


@pytest.mark.parametrize("text,lang,word", [
    ("SUSPECTED GUERRILLAS DYNAMITED AT NIGHT A POWER PYLON IN CALI'S NORTHERN DISTRICT, INJURING TWO PEOPLE.",
     "en", "GUERRILLAS"),
    ("ALLEGED REBELS TORCHED AT DAWN A BUS IN CALI, INJURING THREE PASSENGERS.", "en", "REBELS"),
    ("Lundi, des rebelles ayant incendié la mairie de Bria se sont enfuis dans la brousse.", "fr", "rebelles"),
])
def test_a_participle_with_an_object_is_done_by_its_noun(text, lang, word):
    """A participle with an object of its own is active: the noun it is said of did it, however the
    parser hangs it ("suspected guerrillas dynamited a bridge" read as a noun phrase)."""
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs, incidents(text, lang, PUBLISHED)
    perps = [a.mention for a in incs[0].actors if a.role == "actor1"]
    assert word in perps, incs[0].actors


@pytest.mark.parametrize("text,lang", [
    ("Guerrillas of the Army of National Liberation burned the town hall of Tame, Colombia, on Monday.", "en"),
    ("Lundi, des guérilleros de l'Armée de libération nationale ont incendié la mairie de Tame, en Colombie.", "fr"),
])
def test_the_eln_spelled_in_words(text, lang):
    incs = incidents(text, lang, PUBLISHED)
    assert incs
    assert any(a.role == "actor1" and a.name.startswith("ELN") for a in incs[0].actors), incs[0].actors


@pytest.mark.parametrize("text,lang,group", [
    ("The massacre of five peasants in Tame on Monday was perpetrated by the FARC.", "en", "FARC"),
    ("On Monday night six houses were set on fire in the village of Tame and two farmers were shot dead. "
     "The attack is thought to have been carried out by the ELN.", "en", "ELN"),
    ("Lundi soir, six maisons ont été incendiées dans le village de Tame et deux paysans ont été abattus. "
     "L'attaque semble avoir été menée par l'ELN.", "fr", "ELN"),
])
def test_the_agent_of_a_verb_of_doing_the_act_did_it(text, lang, group):
    """ "The attack was carried out by X", "l'attaque a été menée par X": the event noun is the
    passive subject of a verb of doing it, whose agent is its perpetrator; under a verb of
    supposition ("is thought to have been", "semble avoir été") the text suspects it."""
    from bilan.evaluate.muc4 import pred_slots

    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert len(incs) == 1, incs
    perps = [a for a in incs[0].actors if a.role == "actor1"]
    assert [a.name.split(":")[0] for a in perps] == [group], incs[0].actors
    if "thought" in text or "semble" in text:
        assert pred_slots(incs[0])["perp_confidence"] == ["SUSPECTED OR ACCUSED"]


@pytest.mark.parametrize("text,lang,group", [
    ("IN CALI, THREE FARC GUERRILLAS ON SUNDAY SHOT A JUDGE AT HIS HOME AND DETONATED A CAR BOMB NEAR THE "
     "COURTHOUSE.", "en", "FARC"),
    ("Dimanche à Ménaka, trois membres du JNIM ont tiré sur un chauffeur et ont fait exploser un engin explosif "
     "devant la mairie.", "fr", "JNIM"),
])
def test_coordinated_verbs_share_their_subject(text, lang, group):
    """ "Three guerrillas shot a judge and detonated a car bomb": the bombing, told by the second verb,
    is done by the first verb's subject (also when the group names the subject noun: "members of")."""
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs, incidents(text, lang, PUBLISHED)
    perps = [a.name for a in incs[0].actors if a.role == "actor1"]
    assert any(p.startswith(group) for p in perps), incs[0].actors
