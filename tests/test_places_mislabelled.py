"""A small town's name that the tagger labels an organisation or a person ("near Olocuilta" as ORG)
is read as a place when a locative word stands right before it (``places_<lang>.MISLABELLED_PLACE_CUES``)
and the gazetteer knows it, under the rule of every unlabelled name: a small town only in the
story's country, or, in a story that names no country, the gazetteer's reading (places._mislabelled_town).
Sentences written for this file; the negatives keep organisations and people."""

from __future__ import annotations

import pytest

from bilan import nlp
from bilan.extract.places import find_places


def names(text: str, lang: str) -> dict[str, str]:
    return {pm.text.split()[-1]: pm.place.country for pm in find_places(nlp.parse(text, lang), lang)}


@pytest.mark.parametrize("text,lang,name,country", [
    ("Guerrillas machinegunned a bus near Olocuilta on Tuesday, police in San Salvador said.", "en",
     "Olocuilta", "SV"),
    ("Gunmen attacked a police post outside Olocuilta, the army in San Salvador said on Monday.", "en",
     "Olocuilta", "SV"),
    ("Des guérilleros ont mitraillé un bus près d'Olocuilta mardi, a indiqué la police à San Salvador.", "fr",
     "Olocuilta", "SV"),
    # in a story that names no country the gazetteer's town is read (issue 3, class 8: "in Djibo",
    # tests/test_places_attachment.py); this row was a negative before
    ("Guerrillas machinegunned a bus near Olocuilta on Tuesday.", "en", "Olocuilta", "SV"),
])
def test_a_town_the_tagger_calls_an_organisation_is_a_place_after_a_locative_word(text, lang, name, country):
    got = names(text, lang)
    assert got.get(name) == country, got


@pytest.mark.parametrize("text,lang,absent", [
    # an organisation after "in" that no gazetteer place bears stays an organisation
    ("Two officials in Amnesty International condemned the killings in San Salvador on Monday.", "en", "Amnesty"),
    # a small town's name in a story set in another country is no place (as any unlabelled name)
    ("Guerrillas machinegunned a bus near Olocuilta on Tuesday, police in Lima said.", "en", "Olocuilta"),
])
def test_no_place_without_the_gazetteer_or_the_story_s_country(text, lang, absent):
    got = names(text, lang)
    assert absent not in got, got
