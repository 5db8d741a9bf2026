"""Who is counted: the dead and wounded, never the ones who killed them (FR and EN)."""

import datetime as dt

import extracting
import pytest

PUBLISHED = dt.date(2020, 1, 5)


def incidents(text: str, lang: str):
    return extracting.incidents(text, lang, PUBLISHED)


@pytest.mark.parametrize("text,lang,n", [
    ("Un gendarme a tué un civil à Alindao.", "fr", 1),          # "un gendarme" did it
    ("Un gendarme tue un civil à Alindao", "fr", 1),             # headline present; "tue" lemmatised "taire"
    ("Deux hommes armés ont tué cinq villageois près de Gao.", "fr", 5),
    ("Two gunmen killed five villagers in Gao on Monday.", "en", 5),
    ("Deux soldats ont été tués à Gao.", "fr", 2),               # passive subject: the dead
    ("Cinq civils sont morts dans une attaque à Gao.", "fr", 5),  # intransitive: the dead
    # the word after the figure may modify the killers' noun ("four masked individuals")
    ("Four masked individuals murdered the mayor of Pallanchacra on Monday.", "en", 1),
    ("Quatre individus masqués ont tué le maire de Pallanchacra lundi.", "fr", 1),
])
def test_the_killers_are_not_counted_with_the_dead(text, lang, n):
    incs = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert len(incs) == 1, incidents(text, lang)
    f = incs[0].fatalities
    assert (f.low, f.best, f.high) == (n, n, n)


def test_a_present_tense_kill_in_a_french_headline_is_an_incident_with_its_place():
    (inc,) = incidents("Alindao sous tension : un gendarme tue un civil à Alindao", "fr")
    assert inc.sub_event_type == "Attack" and inc.location.name == "Alindao"


def test_other_senses_of_tue_make_nothing():
    assert incidents("Le silence tue.", "fr") == []


@pytest.mark.parametrize("text,lang,n", [
    ("RCA : un homme abattu par un soldat à Bangui.", "fr", 1),            # "un soldat" did it
    ("A man was shot dead by a soldier in Bangui on Monday.", "en", 1),
    ("Un éleveur tué et 15 têtes de bœufs abattues à Bocaranga.", "fr", 1),  # cattle are not counted
    ("Un chef de village tué par des hommes armés à Batangafo.", "fr", 1),
])
def test_agents_and_animals_are_not_counted(text, lang, n):
    incs = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert incs, incidents(text, lang)
    f = incs[0].fatalities
    assert (f.low, f.best, f.high) == (n, n, n)


def test_the_dead_who_did_something_else_first_still_count():
    incs = [i for i in incidents("Three soldiers hit a landmine and died near Gao on Monday.", "en") if i.fatalities]
    assert incs and incs[0].fatalities.best == 3


@pytest.mark.parametrize("text,lang,dead", [
    # the figure counts the event nouns (arrests, attacks), not the people hurt in them
    ("Dozens of arrests as Kill The Bill protesters clash with police in Bristol.", "en", None),
    ("Des dizaines d'arrestations après des heurts entre manifestants et policiers à Nantes.", "fr", None),
    ("Two bombings killed five people in Kabul on Monday.", "en", 5),
    ("Deux attentats ont tué cinq personnes à Kaboul lundi.", "fr", 5),
])
def test_a_count_of_events_is_no_toll(text, lang, dead):
    incs = incidents(text, lang)
    assert incs, text
    tolls = [(i.fatalities.low, i.fatalities.high) for i in incs if i.fatalities is not None]
    assert tolls == ([] if dead is None else [(dead, dead)])


# a breakdown between dashes or in brackets right after a total ("three teachers -- two Colombians and
# one Ecuadorian --") names the same people again: not added to the total (h-muc4phys)
@pytest.mark.parametrize("text,lang,n", [
    ("LAST MONDAY, REBELS MURDERED THREE TEACHERS--TWO COLOMBIANS AND ONE ECUADORIAN--WHO WERE WORKING "
     "IN A RURAL SCHOOL NEAR TUMACO.", "en", 3),
    ("Last Monday, rebels murdered three teachers -- two Colombians and one Ecuadorian -- who worked at a "
     "rural school near Tumaco.", "en", 3),
    ("Gunmen killed five farmers (three brothers and two cousins) near Tumaco on Monday.", "en", 5),
    ("Lundi, des rebelles ont assassiné trois enseignants -- deux Colombiens et un Équatorien -- qui "
     "travaillaient dans une école rurale près de Tumaco.", "fr", 3),
    ("Des hommes armés ont tué cinq paysans (trois frères et deux cousins) près de Tumaco lundi.", "fr", 5),
])
def test_a_breakdown_between_dashes_is_not_added_to_the_total(text, lang, n):
    incs = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert len(incs) == 1, incidents(text, lang)
    f = incs[0].fatalities
    assert (f.low, f.best, f.high) == (n, n, n), f
