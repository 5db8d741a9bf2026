"""Accidents and natural causes are no political violence: a gas explosion, a factory that burns, a plant
that explodes have a source, not a doer, and firefighters battle a fire, not an armed side (ACLED codes none
of them); a bomb blast or an armed side told beside them stays one (FR and EN)."""

import datetime as dt

import extracting
import pytest

PUBLISHED = dt.date(2019, 3, 5)


def sub_types(text: str, lang: str) -> list[str]:
    return [i.sub_event_type for i in extracting.incidents(text, lang, PUBLISHED)]


@pytest.mark.parametrize("text,lang", [
    ("A gas explosion at a crowded market in Lagos killed six people on Sunday, officials said.", "en"),
    ("Une explosion de gaz a tué six personnes dimanche sur un marché de Lagos, selon les autorités.", "fr"),
    ("Four workers were killed on Monday when a chemical plant exploded near the port of Tianjin.", "en"),
    ("Quatre ouvriers ont été tués lundi lorsqu'une usine chimique a explosé près du port de Tianjin.", "fr"),
    ("One person died after a crash and explosion on the highway near Harpersville on Tuesday.", "en"),
    ("A warehouse and three shops burned in a fire that broke out on Sunday in Dhaka. No casualties were reported.", "en"),
    ("Un entrepôt et trois boutiques ont brûlé dimanche à Dacca. Aucune victime n'a été signalée.", "fr"),
    ("A school gymnasium demolished by a fertilizer plant explosion in Texas has been rebuilt.", "en"),
    ("L'explosion d'une usine d'engrais a démoli un gymnase au Texas mercredi.", "fr"),
])
def test_an_accident_is_no_attack(text, lang):
    assert sub_types(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("A bomb explosion at a gas station in Kabul killed six people on Sunday, police said.", "en",
     "Remote explosive/landmine/IED"),
    ("Une explosion de bombe a tué six personnes dimanche dans une station-service de Kaboul.", "fr",
     "Remote explosive/landmine/IED"),
    ("Rebels burned a factory and three warehouses in the town of Beni on Sunday.", "en",
     "Looting/property destruction"),
])
def test_a_weapon_or_a_doer_beside_the_source_keeps_the_event(text, lang, expected):
    assert expected in sub_types(text, lang)



@pytest.mark.parametrize("text,lang", [
    ("Firefighters have gained ground in their battle to contain several wildfires that forced the "
     "evacuation of thousands of people.", "en"),
    ("Les pompiers ont gagné du terrain dans leur bataille contre les incendies de forêt qui ont forcé "
     "l'évacuation de milliers de personnes.", "fr"),
])
def test_a_fight_against_a_natural_cause_is_no_battle(text, lang):
    assert sub_types(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("Rebels gained ground near the town of Kidal on Sunday despite the floods.", "en",
     "Non-state actor overtakes territory"),
    ("Les rebelles ont pris le contrôle de la ville de Kidal dimanche malgré les inondations.", "fr",
     "Non-state actor overtakes territory"),
])
def test_an_armed_side_beside_a_natural_cause_still_fights(text, lang, expected):
    assert expected in sub_types(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("A strong earthquake on the island of Java killed eight people and damaged more than 1,300 buildings, "
     "officials said.", "en"),
    ("Un puissant séisme a démoli plus de 300 maisons sur l'île de Java, selon les autorités.", "fr"),
])
def test_what_a_natural_cause_destroys_is_no_property_destruction(text, lang):
    assert "Looting/property destruction" not in sub_types(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The army mobilized on Tuesday to help residents trapped by the floods in Golestan province.", "en"),
    ("Japan's military mobilized on Tuesday to help dig out more than 200 vehicles stuck in heavy snow.", "en"),
    ("L'armée s'est mobilisée mardi pour aider les habitants piégés par les inondations dans la province du "
     "Golestan.", "fr"),
])
def test_forces_sent_against_a_natural_cause_are_no_change_of_activity(text, lang):
    assert sub_types(text, lang) == []
