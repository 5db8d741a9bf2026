"""Three known confusions of ACLED sub-event typing, on sentences of our own in the wire-copy style
(EN and FR) written from the ACLED codebook before any rule was changed: 12/24 passed on main (one
probe, "gunmen killed three vigilantes", was dropped after: whether vigilantes hit by gunmen are
civilians or fighters is no codebook matter we could settle), 23/23 after.

- Killing and abduction of different people in one event: the codebook's abduction is "without
  reports of further violence"; fatalities reported during it make the event an attack.
- Vigilantes: what they do is mob violence (CASE 2021 codes vigilante groups fighting bandits so);
  vigilantes who are hit, arrested, or only name a thing ("a vigilante checkpoint") make none.
- Photo captions that come first ("Protesters hold placards during ... (Reuters)").
"""

import pytest
from extracting import ABD, ARR, ATT, CLA, INT, MOB, PEA, incidents, lead_type


P2 = [
    # killing and abduction of different victims in one event: ACLED codes an abduction with
    # fatalities reported during it as an attack
    ("Gunmen killed two villagers and abducted five others in a raid on the village on Sunday, police said.", "en", ATT),
    ("Suspected jihadists shot dead a teacher and kidnapped two of his colleagues near the school, residents said.", "en", ATT),
    ("Bandits abducted 20 people and killed three others who tried to resist, a local official said.", "en", ATT),
    ("Armed men stormed the farm, killing the owner and kidnapping his two sons, police said.", "en", ATT),
    ("Militants abducted 12 passengers from a bus on the highway after shooting dead the driver, officials said.", "en", ATT),
    ("Des hommes armés ont tué deux villageois et enlevé cinq autres lors d'un raid sur le village, selon la police.", "fr", ATT),
    ("Des jihadistes présumés ont abattu le chef du village et enlevé deux de ses fils, selon des habitants.", "fr", ATT),
    ("Des bandits ont enlevé une vingtaine de personnes et tué trois autres qui tentaient de résister.", "fr", ATT),
    # counter-examples: an abduction alone, or a death not caused in it
    ("Gunmen abducted five villagers in a raid on the village on Sunday, police said.", "en", ABD),
    ("Kidnappers abducted a priest on Sunday; he was released unharmed two days later.", "en", ABD),
    ("Des hommes armés ont enlevé cinq villageois lors d'un raid dimanche, selon la police.", "fr", ABD),
    # vigilantes: what they do is mob violence (CASE codes vigilante groups fighting bandits so);
    # vigilantes hit, arrested or named by a checkpoint are not the doers
    ("Bandits attacked a vigilante checkpoint in Zamfara state, killing six vigilantes, police said.", "en", CLA),
    ("Gunmen ambushed members of a local vigilante group in Katsina, killing 11 of them, officials said.", "en", CLA),
    ("Police arrested 12 members of a vigilante group accused of torturing suspected thieves.", "en", ARR),
    ("Residents staged a peaceful march on Monday after the arrest of several local vigilantes.", "en", PEA),
    ("A mob of vigilantes beat a suspected thief to death in the market.", "en", MOB),
    ("Vigilantes lynched two men suspected of cattle theft in the village.", "en", MOB),
    ("Vigilantes repelled an attack by bandits on the village, killing four of the attackers.", "en", MOB),
    # photo captions that come first
    ("Protesters hold placards during a demonstration against the government in Khartoum on Sunday. (Reuters)", "en", PEA),
    ("A man walks past the wreckage of a car at the site of a 2019 bomb attack in Kabul. Gunmen killed three aid workers in the city on Tuesday, police said.", "en", ATT),
    ("Soldiers stand guard near the scene of an explosion. Police on Monday arrested four men suspected of planning the attack.", "en", ARR),
    ("Des manifestants brandissent des pancartes lors d'une marche contre le gouvernement à Dakar, le 12 mars. (AFP)", "fr", PEA),
    ("Police officers fire tear gas at protesters during a demonstration in Nairobi on Monday. (AP Photo)", "en", INT),
]


@pytest.mark.parametrize("text,lang,expected", [
    pytest.param(t, lang, e, id=f"{lang}-{t[:40]}") for t, lang, e in P2])
def test_confusion(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_abduction_with_others_killed_is_an_attack_incident():
    [inc] = incidents("Gunmen killed two villagers and abducted five others on Sunday.", "en", None)
    assert (inc.event_type, inc.sub_event_type, inc.plover) == ("Violence against civilians", "Attack", "ASSAULT")
    # the same people abducted then killed, or fighters killed beside it: the abduction stays
    assert [i.sub_event_type for i in incidents("Gunmen abducted and shot dead a priest on Sunday.", "en", None)] \
        == [ABD]
    assert ABD in [i.sub_event_type for i in incidents(
        "Two soldiers were killed and two others were taken hostage by rebels on Sunday.", "en", None)]


def test_vigilantes_make_mob_violence_only_as_doers():
    assert lead_type("Vigilantes beat a suspected thief to death in the market.", "en", None) == MOB
    assert lead_type("Police arrested 12 members of a vigilante group on Monday.", "en", None) == ARR
