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


# French wire copy in capitals drops the accents ("INCENDIE", "DYNAMITE", "GUERILLEROS"): a text in
# capitals is matched against the lexicons with their accents folded too (matching.WordMatcher)
@pytest.mark.parametrize("text,lang,sub", [
    ("DES REBELLES ONT INCENDIE UN CAMION DE LA COOPERATIVE PRES DE LA FRONTIERE.", "fr",
     "Looting/property destruction"),
    ("DES INCONNUS ONT DYNAMITE UN PONT SUR LA ROUTE DU NORD.", "fr", "Remote explosive/landmine/IED"),
    ("LES GUERILLEROS ONT DYNAMITE UNE TOUR ELECTRIQUE DANS LE DEPARTEMENT.", "fr", "Remote explosive/landmine/IED"),
    # English wire copy has no accents to fold: read as before
    ("REBELS TORCHED A GRAIN WAREHOUSE NEAR THE BORDER.", "en", "Looting/property destruction"),
    # mixed case keeps its accents: « un incendie » is a fire, not « incendié »
    ("Des inconnus ont dynamité un pont sur la route du nord.", "fr", "Remote explosive/landmine/IED"),
])
def test_french_in_capitals_without_accents_tells_its_event(text, lang, sub):
    incs = incidents(text, lang, PUBLISHED)
    assert incs and incs[0].sub_event_type == sub, [i.sub_event_type for i in incs]


# the lower-case parse of unaccented French ("ont dynamite" an adjective) tied no subject to the verb the
# folded lexicon reads ("ont incendie" passes since h-victcoref; "ont dynamite" since h-capsparse: the
# participle's accent given back to the lower-case parse, « GUERILLEROS » matched folded)
@pytest.mark.parametrize("text,perp", [
    ("DES GUERILLEROS ONT DYNAMITE UN PONT PRES DE LA FRONTIERE.", "guerilleros"),
    ("DES TERRORISTES ONT INCENDIE DEUX AUTOBUS DANS LA CAPITALE.", "terroristes"),
])
def test_french_in_capitals_without_accents_names_its_perpetrator(text, perp):
    from bilan.evaluate.muc4 import pred_slots

    fills = [f.lower() for inc in incidents(text, "fr", PUBLISHED) for p in pred_slots(inc)["perp"] for f in p]
    assert perp in fills, fills
