"""A town the gazetteer lacks, apposed to the country it lies in ("near Kourgou, in central Mali"), and a town
told after « de » or "of" as the ground a group took or tried to take (« se sont emparés de Bria », "tried to seize
Bria").

- A name the gazetteer lacks, told with a comma and the country the text puts it in ("near Kourgou, in central Mali",
  « près de Kourgou, dans le centre du Mali »), is that town, unresolved, in that country: never the dateline's town,
  never the country as if the country were named there (places._apposed marks it unresolved as
  places._unknown_named does).
- A town the tagger calls a person or a thing, the object of a verb of striking ("Rebels seized Bria", tagged a
  product) or the complement of one after its preposition (« se sont emparés de Bria », "seized control of Bria":
  places_<lang>.PLACE_OBJECT_VERBS), is the act's place; the event lexicon's "needs:territory" condition reads the
  places found too (events._named_place_near).
- A seizure a factual attempt governs ("Rebels tried to seize Bria", « ont tenté de s'emparer de Bria ») is a
  fight, ACLED's Battles / Armed clash, never a territory taken (events._seizure_tried); when the story tells the
  fight in the same or the next sentence, that fight is the event.

Rows written for this file, EN and FR, our own towns and sentences. First run (before any change): the French
apposed rows passed, the English ones placed the act at the dateline (Bamako) with « Boni » read as a mention of
Mali; no row of a seizure of Bria had a place or, tried, an incident.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import BAT, CLA, NSA, incidents

PUBLISHED = dt.date(2026, 12, 3)

# (text, lang, name as written, country)
APPOSED_UNKNOWN = [
    ("BAMAKO, Dec 3, 2026 (AFP) - Gunmen killed nine villagers on Tuesday near Kourgou, in central Mali.",
     "en", "Kourgou", "ML"),
    ("BAMAKO, 3 déc. 2026 (AFP) - Des hommes armés ont tué mardi neuf villageois près de Kourgou, dans le centre du "
     "Mali.", "fr", "Kourgou", "ML"),
    ("OUAGADOUGOU, Dec 3, 2026 (AFP) - Jihadists killed seven civilians on Monday in the village of Sabtenga, in "
     "northern Burkina Faso, security sources said.", "en", "Sabtenga", "BF"),
    ("OUAGADOUGOU, 3 déc. 2026 (AFP) - Des jihadistes ont tué lundi sept civils dans le village de Sabtenga, dans "
     "le nord du Burkina Faso, selon des sources sécuritaires.", "fr", "Sabtenga", "BF"),
    # (the tagger calls 'Niger' after 'western' a date: read as the country after a direction word, h-places4)
    ("NIAMEY, Dec 3, 2026 (AFP) - Gunmen on motorbikes killed four traders near Tamarou, in western Niger, on Sunday.",
     "en", "Tamarou", "NE"),
    ("NIAMEY, 3 déc. 2026 (AFP) - Des hommes armés à moto ont tué dimanche quatre commerçants près de Tamarou, dans "
     "l'ouest du Niger.", "fr", "Tamarou", "NE"),
]


@pytest.mark.parametrize("text,lang,name,country", APPOSED_UNKNOWN)
def test_an_unknown_town_apposed_to_its_country_is_the_place(text, lang, name, country):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    loc = incs[0].location
    assert loc is not None
    assert loc.name == name and loc.mention == name  # not the dateline's town, not the country's name
    assert loc.country == country
    assert loc.resolved is False and loc.lat is None
    assert loc.precision == "country"


# (text, lang, sub-event type, the place's name, its country)
SEIZED = [
    # a town the tagger calls a product or a person, the object of a verb of striking or after its preposition
    ("Rebels seized Bria on Tuesday, the army said.", "en", NSA, "Bria", "CF"),
    ("Rebels seized control of Bria on Tuesday, the army said.", "en", NSA, "Bria", "CF"),
    ("Les rebelles se sont emparés mardi de Bria, selon l'armée.", "fr", NSA, "Bria", "CF"),
    ("Les rebelles ont pris le contrôle de Bria mardi, selon l'armée.", "fr", NSA, "Bria", "CF"),
    # a seizure tried: a fight, no territory taken
    ("Rebels tried to seize Bria on Tuesday, the army said.", "en", CLA, "Bria", "CF"),
    ("Les rebelles ont tenté mardi de s'emparer de Bria, selon l'armée.", "fr", CLA, "Bria", "CF"),
    ("Les rebelles ont tenté de s'emparer d'Obo lundi, selon une source militaire.", "fr", CLA, "Obo", "CF"),
    ("Rebels attempted to seize Obo on Monday, a military source said.", "en", CLA, "Obo", "CF"),
]


@pytest.mark.parametrize("text,lang,sub,name,country", SEIZED)
def test_a_town_seized_or_tried_is_the_place(text, lang, sub, name, country):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    inc = incs[0]
    assert inc.event_type == BAT and inc.sub_event_type == sub
    assert inc.location is not None and inc.location.name == name and inc.location.country == country
    assert inc.location.resolved is None  # the gazetteer's town


@pytest.mark.parametrize("text,lang", [
    ("The rebels tried to seize the town on Sunday, the army said.", "en"),
    ("Les rebelles ont tenté dimanche de s'emparer de la ville, selon l'armée.", "fr"),
])
def test_a_seizure_tried_is_a_clash_never_a_territory_taken(text, lang):
    incs = incidents(text, lang, PUBLISHED)
    assert [(i.event_type, i.sub_event_type) for i in incs] == [(BAT, CLA)]
    assert incs[0].fatalities is None


@pytest.mark.parametrize("text,lang", [
    ("The rebels tried to seize the ridge above the town. Eleven of them were killed in heavy fighting with the "
     "army on Sunday.", "en"),
    ("Les rebelles ont tenté de s'emparer de la crête qui domine la ville. Onze d'entre eux ont été tués lors de "
     "violents combats avec l'armée dimanche.", "fr"),
])
def test_a_seizure_tried_then_its_fight_told_is_one_clash(text, lang):
    incs = incidents(text, lang, PUBLISHED)
    assert [(i.event_type, i.sub_event_type) for i in incs] == [(BAT, CLA)]
    assert incs[0].fatalities is not None and incs[0].fatalities.best == 11
    assert incs[0].date.start == dt.date(2026, 11, 29)


# guards: a person after « de » or "of" is no place; a country after « dans le centre du » is no place of its own
def test_a_person_after_de_is_no_place():
    incs = incidents("Des hommes armés se sont emparés de Moussa Kanouté, un commerçant, lundi à Kayes, selon la "
                     "police.", "fr", PUBLISHED)
    assert incs
    assert all(i.location is None or i.location.name != "Moussa Kanouté" for i in incs)
    assert any(i.location is not None and i.location.name == "Kayes" for i in incs)


def test_a_person_after_of_is_no_place():
    incs = incidents("Gunmen seized control of Ibrahim Maiga's farm near Kayes on Monday, police said.", "en",
                     PUBLISHED)
    assert all(i.location is None or "Maiga" not in (i.location.mention or "") for i in incs)


@pytest.mark.parametrize("text,lang,name", [
    ("Des hommes armés ont tué mardi six villageois à Bandiagara, dans le centre du Mali.", "fr", "Bandiagara"),
    ("Gunmen killed six villagers in Bandiagara, in central Mali, on Tuesday.", "en", "Bandiagara"),
])
def test_a_known_town_apposed_to_its_country_stays_the_town(text, lang, name):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1
    loc = incs[0].location
    assert loc is not None and loc.name == name and loc.country == "ML"
    assert loc.resolved is None and loc.lat is not None and loc.precision in ("exact", "near")
