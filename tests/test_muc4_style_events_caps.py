"""Events the MUC-4 style sentences lost (sentences written for these tests, EN and FR): a short text
in capitals is read through its lower-case copy as a long one is, and what a physical-target noun
names (targets lexicon) is property a burning or a destruction acts on."""

import datetime as dt

import pytest
from extracting import incidents

from bilan import nlp

PUBLISHED = dt.date(1990, 2, 14)


@pytest.mark.parametrize("text,lang,word,lemma", [
    ("TERRORISTS BOMBED A BANK IN LIMA.", "en", "BOMBED", "bomb"),
    ("REBELS TORCHED TWO BUSES.", "en", "TORCHED", "torch"),
    ("UNE BOMBE A EXPLOSE A LIMA.", "fr", "BOMBE", "bombe"),
])
def test_a_short_text_in_capitals_is_read_in_lower_case(text, lang, word, lemma):
    tok = next(t for t in nlp.parse(text, lang) if t.text == word)
    assert tok.lemma_ in lemma.split("|"), (tok.lemma_, tok.pos_)


@pytest.mark.parametrize("text,lang,place", [
    ("TERRORISTS BOMBED A BANK IN LIMA.", "en", "Lima"),
    ("GUNMEN TORCHED A BUS IN CALI.", "en", "Cali"),
    ("UNE BOMBE A EXPLOSE A LIMA.", "fr", "Lima"),
])
def test_a_short_text_in_capitals_tells_its_incident(text, lang, place):
    incs = incidents(text, lang, PUBLISHED)
    assert incs and incs[0].location.name == place, [i.location for i in incs]


@pytest.mark.parametrize("text,lang", [
    ("Rebels destroyed a telephone exchange in the north of the country.", "en"),
    ("Rebels burned a cooperative in the north of the country.", "en"),
    ("Militiamen burned two ambulances outside the town on Sunday.", "en"),
    ("Des rebelles ont brûlé une coopérative dans le nord du pays.", "fr"),
    ("Des miliciens ont brûlé deux ambulances près de la ville dimanche.", "fr"),
])
def test_a_physical_target_is_property_burned_or_destroyed(text, lang):
    incs = incidents(text, lang, PUBLISHED)
    assert incs and incs[0].sub_event_type == "Looting/property destruction", [i.sub_event_type for i in incs]


@pytest.mark.parametrize("text,lang,target", [
    ("Rebels attacked a police post in the north of the country on Monday.", "en", "police post"),
    ("GUERRILLAS ATTACKED A MILITARY BASE NEAR THE BORDER LAST NIGHT.", "en", "military base"),
    ("Des rebelles ont attaqué un poste de police dans le nord du pays lundi.", "fr", "poste de police"),
    ("Des guérilleros ont attaqué une base militaire près de la frontière.", "fr", "base militaire"),
])
def test_a_post_or_base_attacked_is_a_physical_target(text, lang, target):
    from bilan.evaluate.muc4 import pred_slots

    fills = [f.lower() for inc in incidents(text, lang, PUBLISHED) for t in pred_slots(inc)["phys_target"] for f in t]
    assert target in fills, fills
