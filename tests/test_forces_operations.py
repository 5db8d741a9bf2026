"""A raid or a search by the state's forces, with no one killed or hurt, is an operation of theirs (a
search, arrests), not an attack (MUC-4 1.0: relevant incidents are terrorist acts; ACLED: arrests);
with no doer of its own, the raid is done by the armed subject told just before it (FR and EN)."""

import pytest
from extracting import incidents

ATTACKS = ("Attack", "Armed clash", "Looting/property destruction")


def attack_types(text: str, lang: str) -> list[str]:
    return [i.sub_event_type for i in incidents(text, lang) if i.sub_event_type in ATTACKS]


@pytest.mark.parametrize("text,lang", [
    ("Security forces detained three suspected rebels in Gao on Monday. A student is among the nine people "
     "held at the police station. Lawyers filed pleas on behalf of the families whose homes have been raided.",
     "en"),
    ("SECURITY FORCES HAVE DETAINED THREE MORE ALLEGED TERRORISTS IN GAO. DETAILS HAVE NOT BEEN REPORTED.\n\n"
     "A STUDENT IS AMONG THE NINE PEOPLE HELD AT THE POLICE STATION. ALSO AMONG THE DETAINEES ARE TWO "
     "TEACHERS.\n\nLAWYERS HAVE SUBMITTED PLEAS IN FAVOR OF THE FAMILIES WHOSE HOMES HAVE BEEN "
     "RAIDED.", "en"),
    ("Police raided several homes in Gao on Monday.", "en"),
    ("Les forces de sécurité ont arrêté trois rebelles présumés à Gao lundi. Un étudiant figure parmi les "
     "neuf personnes détenues au commissariat. Des avocats ont déposé des recours en faveur des familles "
     "dont les maisons ont été perquisitionnées.", "fr"),
    ("La police a mené une perquisition dans plusieurs maisons à Gao lundi.", "fr"),
])
def test_a_raid_by_the_forces_is_no_attack(text, lang):
    assert attack_types(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("Gunmen raided several homes in Gao on Monday, killing two people.", "en"),
    ("Rebels stormed Gao on Monday. Homes were raided and shops were looted.", "en"),
    ("Police raided a village near Gao on Monday, killing three civilians.", "en"),
    ("The government joined peace talks with rebel groups on Monday after one of the groups raided a town "
     "near Gao.", "en"),
    ("Des hommes armés ont attaqué plusieurs maisons à Gao lundi, tuant deux personnes.", "fr"),
])
def test_a_raid_by_others_or_one_that_kills_stays_an_incident(text, lang):
    assert attack_types(text, lang) or [i for i in incidents(text, lang) if i.fatalities]


@pytest.mark.parametrize("text,lang", [
    ("Soldiers raided a village near Gao on Monday and burned ten homes.", "en"),
    ("Des soldats ont fait un raid sur un village près de Gao lundi et ont incendié dix maisons.", "fr"),
])
def test_the_violence_a_raid_by_the_forces_goes_with_is_kept(text, lang):
    assert [i.sub_event_type for i in incidents(text, lang)] == ["Looting/property destruction"]


def test_the_arrests_a_raid_goes_with_are_kept():
    text = "Police raided several homes in Gao on Monday and detained three suspected rebels."
    assert [i.sub_event_type for i in incidents(text, "en")] == ["Arrests"]
