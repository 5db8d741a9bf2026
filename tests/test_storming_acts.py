"""Act verbs with places of unknown names, and the act named only in a speaker's clause (h-stormed; story of our
own: "Gunmen kill 23 in attack on villages, abduct dozens").

- An armed side that storms, invades, raids or overruns places the model does not know, said of what they are
  ("stormed Tsauni, Dunguru and Kwanari villages", "invaded Tsauni and Dunguru communities", « ont investi
  les villages de Tsauni et Dunguru », « ont fait irruption dans le village de Tsauni »), or a named place
  ("stormed Maiduguri"), tells the act (the type from the lexicon: ``object:place``, the object's conjuncts and
  appositions read as its object, :func:`bilan.extract.events._object_of_class`). Guards: fans who storm a pitch,
  protesters who storm parliament (a riot), a storm that hits the coast, a minister who storms out of a meeting,
  the police who raid, invade or « font irruption » (their operation, no attack: ``FORCE_OPERATIONS``), a president
  « investi ».
- The act named by a definite noun in a relative clause on the speaker ("said Sani Musa, who lost two brothers in
  the attack", « qui a perdu deux frères dans l'attaque ») is an act told already: background to the sentence's own
  act verb, which heads it (:func:`bilan.extract.incidents._head_candidates`); that act, done by "the attackers"
  named again, is the lead's act told more (:func:`bilan.extract.incidents._doers_named_again`, also from a
  participle's clause with no subject of its own: "stormed ..., shooting residents and setting homes ablaze"), and
  its day ("on Sunday afternoon") dates the incident, the lead's "on Monday" being the day it was told.

Rows written for this file, EN and FR. First run, before any change: the story kept the month of publication;
"stormed X, Y and Z villages", "invaded X and Y communities", « ont investi », « ont fait irruption » told no act.
Class 3 (the same spirit): "descended on", "swooped on" a place by armed men (« ont envahi »), the forces' own
coming a search of theirs, as for "raided".
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

JAN19 = dt.date(2026, 1, 19)  # a Monday
SUNDAY = dt.date(2026, 1, 18)

# --- class 1: the act told by a verb of storming a place: (text, lang, sub-event type)
STORMED = [
    ("Gunmen stormed Tsauni, Dunguru and Kwanari villages in Katsina state on Sunday.", "en", extracting.ATT),
    ("Bandits stormed Tsauni and Dunguru villages on Sunday, residents said.", "en", extracting.ATT),
    ("Gunmen invaded Tsauni and Dunguru communities in Katsina state on Sunday.", "en", extracting.ATT),
    ("Armed bandits invaded Tsauni community on Sunday, a police spokesman said.", "en", extracting.ATT),
    ("Gunmen raided Tsauni and Dunguru villages in Katsina state on Sunday.", "en", extracting.ATT),
    ("Gunmen stormed the village of Tsauni in Katsina state on Sunday.", "en", extracting.ATT),
    ("Jihadist fighters overran Tsauni and Dunguru villages on Sunday.", "en", extracting.NSA),
    ("Des hommes armés ont pris d'assaut les localités de Tsauni et Dunguru dans l'État de Katsina dimanche.",
     "fr", extracting.ATT),
    ("Des hommes armés ont investi les villages de Tsauni et Dunguru dimanche, selon des habitants.", "fr",
     extracting.ATT),
    ("Des hommes armés ont fait irruption dans le village de Tsauni dimanche, selon des habitants.", "fr",
     extracting.ATT),
    ("Des jihadistes ont investi le hameau de Tsauni dimanche, selon une source sécuritaire.", "fr", extracting.ATT),
    # class 3: armed men who come down on a place, or invade it, in French
    ("Bandits descended on Tsauni village on Sunday, residents said.", "en", extracting.ATT),
    ("Gunmen swooped on the market in Dunguru on Sunday.", "en", extracting.ATT),
    ("Des hommes armés ont envahi le village de Tsauni dimanche.", "fr", extracting.ATT),
    ("Jihadists stormed Maiduguri on Sunday, residents said.", "en", extracting.ATT),
]


@pytest.mark.parametrize("text,lang,sub", extracting.indexed_params(STORMED))
def test_storming_a_place_is_the_act(text, lang, sub):
    news = [i for i in extracting.incidents(text, lang, JAN19) if not i.recalled]
    assert [(i.sub_event_type, i.date.start, i.date.precision) for i in news] == [(sub, SUNDAY, "day")]
    assert any(e.field == "event_type" for e in news[0].evidence)


# --- guards: no violent act (text, lang)
NOT_AN_ATTACK = [
    ("Fans stormed the pitch after the final whistle on Sunday.", "en"),
    ("The minister stormed out of the meeting on Sunday.", "en"),
    ("A tropical storm hit the coast on Sunday.", "en"),
    ("Tsauni village was raided by police on Sunday.", "en"),
    ("Police invaded the campus on Sunday.", "en"),
    ("Fans invaded the pitch on Sunday.", "en"),
    ("Des policiers ont fait irruption dans le bureau du maire dimanche.", "fr"),
    ("Les gendarmes ont investi le quartier de Tsauni dimanche.", "fr"),
    ("Le nouveau président a été investi dimanche.", "fr"),
    ("Les supporters ont envahi la pelouse dimanche.", "fr"),
    ("Police swooped on a hideout in Dunguru on Sunday.", "en"),
    ("Tourists descended on the beaches on Sunday.", "en"),
    ("Des policiers ont envahi le campus dimanche.", "fr"),
    ("Les criquets ont envahi les champs dimanche.", "fr"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(NOT_AN_ATTACK))
def test_storming_that_is_no_attack(text, lang):
    assert [i.event_type for i in extracting.incidents(text, lang, JAN19)
            if i.event_type in extracting.VIOLENT] == []


def test_protesters_storming_parliament_riot():
    news = extracting.incidents("Protesters stormed parliament on Sunday.", "en", JAN19)
    assert [i.event_type for i in news] == [extracting.RIO]


# --- class 2: the story; the act named in the speaker's clause is the lead's, dated by the stormed sentence's day
_LEAD_EN = ("Gunmen kill 23 in attack on villages, abduct dozens\n\n"
            "Gunmen on motorcycles killed at least 23 people and abducted dozens in raids on three villages in "
            "northwestern Katsina state, residents and police said on Monday.\n\n")
_LEAD_FR = ("Des hommes armés tuent 23 personnes dans l'attaque de villages\n\n"
            "Des hommes armés à moto ont tué au moins 23 personnes et en ont enlevé des dizaines lors de raids contre "
            "trois villages du nord-ouest de l'État de Katsina, ont indiqué lundi des habitants et la police.\n\n")

STORIES = [
    (_LEAD_EN + "The attackers, locally known as bandits, stormed Tsauni, Dunguru and Kwanari villages on Sunday "
                "afternoon, shooting residents and setting homes ablaze, said Sani Musa, who lost two brothers in the "
                "attack.", "en"),
    (_LEAD_EN + "The attackers stormed Tsauni, Dunguru and Kwanari villages on Sunday afternoon, said Sani "
                "Musa, who lost two brothers in the attack.", "en"),
    (_LEAD_EN + "The attackers invaded Tsauni and Dunguru communities on Sunday afternoon, said Sani Musa, who was "
                "wounded in the attack.", "en"),
    (_LEAD_FR + "Les assaillants ont pris d'assaut les villages de Tsauni, Dunguru et Kwanari dimanche "
                "après-midi, a déclaré Sani Musa, qui a perdu deux frères dans l'attaque.", "fr"),
    (_LEAD_FR + "Les assaillants ont investi les villages de Tsauni et Dunguru dimanche après-midi, tirant sur les "
                "habitants et incendiant des maisons, a déclaré Sani Musa, qui a perdu deux frères dans l'attaque.",
     "fr"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(STORIES, {
    4: "the French parse hangs « dimanche après-midi » on « a déclaré » and the participles on the day: "
       "« investi » loses its day and « incendiant » heads an undated property destruction of its own"}))
def test_the_act_in_the_speakers_clause_is_the_lead(text, lang):
    news = [i for i in extracting.incidents(text, lang, JAN19) if not i.recalled]
    assert [(i.event_type, i.date.start, i.date.end, i.date.precision) for i in news] == [
        (extracting.VAC, SUNDAY, SUNDAY, "day")]
    assert news[0].fatalities is not None and news[0].fatalities.low == 23
    assert any(e.field == "date" and ("Sunday" in e.text or "dimanche" in e.text) for e in news[0].evidence)


def test_names_listed_as_villages_are_no_victims():
    """The names of a list told as places ("Kadawa, Tungar Daji and Maru villages": the tagger reads a person in one)
    are no people hit; the residents are."""
    news = extracting.incidents("Gunmen stormed Kadawa, Tungar Daji and Maru villages in Zamfara state on Sunday, "
                                "killing 12 residents.", "en", JAN19)
    assert [sorted(a.mention for a in i.actors if a.role == "victim") for i in news] == [["residents"]]
