"""Rows from four stories of our own (a20-a23: an air strike on a village school told by residents and denied by the
junta; a gang's night attack on a town with the police's and local officials' versions; insurgents beheading villagers
and burning houses, told under a headline and a three-part dateline; rebels attacking an army base, told by the army).
Each row is text of our own in the style of those stories; every row failed before the rule it names, except the
rows marked as guards and three that passed already (the second of VERSIONS, the French division, the English
beheading, the ones the rules must keep).

- The main clause's act heads before a specific act told only as background in a relative clause or dated older (not
  before one told in a clause of time, "rocked by violence after protesters clashed with police"), and a relative
  clause of a person that tells what the person said is background too (events of the clause the teller's "who said"
  opens are what was told, not the news): incidents._head_candidates, _about_a_person.
- A clause the parse hangs on a noun before it, with a passive subject of its own, says who died, not the noun
  (« frappé un camp ..., et que des combattants avaient été tués »: no one counted by the « un » of « un camp »):
  incidents._implied_deaths.
- A figure that opens the words of a claim's speaker counts the speaker (« a raconté à l'AFP un habitant »), whatever
  the parse hangs it on: incidents._counts_a_speaker.
- A name tagged an organisation after a division's word and its link ("the northeastern department of Arauca") is
  read as a place: places.find_places.
- « décapiter » and « fusiller » say a death (events_fr.DEATH_CUES).
- A headline line before a dateline the French parse cuts in three sentences is told again by the lead:
  incidents._headline_told_again.
- The unnamed doers named again by a definite noun who "also burned houses" tell more of the act:
  incidents._doers_named_again.
- An act in a relative clause of a place ("the region, where clashes displaced thousands last year") is no more of
  the act a definite noun of the sentence's main clause names: incidents._told_as_definite.
- Past a witness's quote after a toll of the dead, a figure of the hurt is the act's first (not a speaker hurt
  himself): incidents._far_sources_toll.
- « selon la même source », "the same source said" is the speaker told before (claims_<lang>.SAME_SOURCE).
In all 25 rows; 16 failed on the code before this stop (6 guards and those 3 passed).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

MAY6 = dt.date(2026, 5, 6)  # a Wednesday
APR15 = dt.date(2026, 4, 15)
SEP10 = dt.date(2026, 9, 10)  # a Thursday
JAN19 = dt.date(2026, 1, 19)  # a Monday


# --- the news of the main clause heads: (text, lang, sub-event type, date)
HEADS = [
    ("Gunmen killed five people on Monday in Kadugli, a town that was the scene of heavy shelling last year.", "en",
     extracting.ATT, dt.date(2026, 5, 4)),
    ("Gang members killed at least 11 people in an overnight attack on the town of Hinche, police said.\n\n"
     "The attack, which began late on Monday, was carried out by a gang coalition, according to a police spokesman, "
     "who said officers had exchanged fire with the gunmen for several hours before they withdrew.", "en",
     extracting.ATT, dt.date(2026, 5, 4)),
    ("Des membres d'un gang ont tué au moins onze personnes lors d'une attaque nocturne contre la ville de Hinche, a "
     "indiqué la police.\n\nL'attaque, qui a commencé lundi soir, a été menée par une coalition de gangs, selon un "
     "porte-parole de la police, qui a affirmé que les policiers avaient échangé des tirs avec les assaillants pendant "
     "plusieurs heures.", "fr", extracting.ATT, dt.date(2026, 5, 4)),
    # guards: an act told in a clause of time after a generic word may be the very act (a CASE 2021 dev snippet of
    # this kind became an armed clash with the rule's first form, which let any generic word of the main clause
    # head); the specific act alone still heads
    ("The capital was rocked by its worst violence in weeks on Monday after stone-throwing protesters clashed with "
     "riot police across the city.", "en", extracting.VIO, dt.date(2026, 5, 4)),
    ("La capitale a été secouée lundi par ses pires violences depuis des semaines après que des manifestants se sont "
     "affrontés à la police dans toute la ville.", "fr", extracting.VIO, dt.date(2026, 5, 4)),
    ("A police spokesman, who said officers had exchanged fire with gunmen on Monday, confirmed two deaths.", "en",
     extracting.CLA, dt.date(2026, 5, 4)),
]


@pytest.mark.parametrize("text,lang,sub,day", extracting.indexed_params(HEADS))
def test_the_main_clause_heads(text, lang, sub, day):
    incs = [i for i in extracting.incidents(text, lang, MAY6) if not i.recalled]
    assert [(i.sub_event_type, i.date.start, i.date.precision) for i in incs] == [(sub, day, "day")]


# --- the figures of a version that disputes: (text, lang, the toll's low)
VERSIONS = [
    ("Au moins 27 personnes ont été tuées lundi lorsqu'un avion de l'armée a bombardé une école du village de "
     "Pazigyi, ont affirmé des habitants. Le porte-parole de la junte a affirmé que l'armée avait frappé « un camp "
     "d'entraînement » des Forces de défense du peuple (PDF), qui s'opposent au régime militaire, et que « seuls des "
     "combattants » avaient été tués.", "fr", 27),
    ("Au moins 27 personnes ont été tuées lundi lorsqu'un avion de l'armée a bombardé une école du village de "
     "Pazigyi, ont affirmé des habitants. Le porte-parole de la junte a affirmé que l'armée avait frappé un camp "
     "des rebelles, qui s'opposent au régime, et que seuls des combattants avaient été tués.", "fr", 27),
]


@pytest.mark.parametrize("text,lang,low", extracting.indexed_params(VERSIONS))
def test_a_noun_before_a_clause_of_its_own_is_not_counted(text, lang, low):
    incs = [i for i in extracting.incidents(text, lang, APR15) if i.fatalities is not None]
    assert len(incs) == 1 and incs[0].fatalities.low == low, [(i.sub_event_type, i.fatalities) for i in incs]


# --- the speaker counted by the article of its words (a20: the figure went to the act told after the quote):
# (text, lang)
_BEFORE = "Des soldats ont tué mardi trois civils à Kanbalu, selon des habitants.\n\n« Ils ont tiré sur tout le monde », a "
_AFTER = (" qui a requis l'anonymat.\n\nLe 2 avril, des affrontements entre les rebelles et l'armée avaient fait une "
          "dizaine de morts dans le canton voisin de Kawlin, selon des médias locaux.")
SPEAKERS = [
    (_BEFORE + "raconté à l'AFP un habitant" + _AFTER, "fr"),
    (_BEFORE + "raconté un habitant" + _AFTER, "fr"),  # guard: the speaker the parse makes the verb's subject
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(SPEAKERS))
def test_the_speaker_is_no_figure(text, lang):
    incs = extracting.incidents(text, lang, APR15)
    whats = [q.what for i in incs for q in i.quantities]
    assert not any("habitant" in (w or "") for w in whats), whats
    assert incs[0].fatalities.best == 3


# --- a division's name tagged an organisation: (text, lang, place, precision)
DIVISIONS = [
    ("Five soldiers were killed on Sunday when rebels attacked a military base in the northeastern department of "
     "Arauca, the army said.", "en", "Arauca", "admin1"),
    ("BOGOTA, Jan 19, 2026 (AFP) - Five Colombian soldiers were killed on Sunday when rebels attacked a military base "
     "in the northeastern department of Arauca, the army said.", "en", "Arauca", "admin1"),
    ("Cinq soldats ont été tués dimanche lorsque des rebelles ont attaqué une base militaire dans le département "
     "d'Arauca, a indiqué l'armée.", "fr", "Arauca", "admin1"),
]


@pytest.mark.parametrize("text,lang,place,precision", extracting.indexed_params(DIVISIONS))
def test_a_division_tagged_an_organisation(text, lang, place, precision):
    incs = [i for i in extracting.incidents(text, lang, JAN19) if i.fatalities is not None]
    assert len(incs) == 1
    assert (incs[0].location.name, incs[0].location.precision) == (place, precision), incs[0].location


# --- beheaded, shot by a firing squad: dead. (text, lang, dead)
BEHEADED = [
    ("Des insurgés ont décapité au moins dix civils mardi dans le village de Nangade.", "fr", 10),
    ("Dix civils ont été décapités mardi dans le village de Nangade, selon des sources locales.", "fr", 10),
    ("Trois déserteurs ont été fusillés mardi par des soldats à Mueda, selon une ONG.", "fr", 3),
    ("Insurgents beheaded at least ten civilians on Tuesday in the village of Nangade.", "en", 10),
]


@pytest.mark.parametrize("text,lang,dead", extracting.indexed_params(BEHEADED))
def test_beheaded_are_dead(text, lang, dead):
    incs = [i for i in extracting.incidents(text, lang, SEP10) if i.fatalities is not None]
    assert [i.fatalities.best for i in incs] == [dead]


# --- one act under a headline, a dateline in three sentences, and its doers named again: (text, lang)
A22 = ("Mozambique : une dizaine de civils décapités par des insurgés dans le nord\n\n"
       "MAPUTO, 10 septembre 2026 (AFP) - Des insurgés ont décapité au moins dix civils lors d'une attaque contre le "
       "village de Nangade, dans la province de Cabo Delgado, dans le nord du Mozambique, ont indiqué jeudi des "
       "sources locales.\n\n"
       "Les assaillants ont également incendié une quarantaine de maisons et une église, selon un responsable local.")


def test_one_act_under_a_headline_and_a_three_part_dateline():
    incs = [i for i in extracting.incidents(A22, "fr", SEP10) if not i.recalled]
    assert [(i.sub_event_type, i.fatalities.best if i.fatalities else None) for i in incs] == [(extracting.ATT, 10)]
    assert incs[0].location.name == "Cabo Delgado"


# --- the region's past is not the act: (text, lang)
REGION_PAST = [
    ("Five soldiers were killed on Sunday when rebels attacked a military base with explosives-laden drones and rifles "
     "in the department of Arauca, the army said.\n\nThe attack on the base near the town of Saravena lasted about "
     "two hours, according to the army, which said troops repelled the assault and killed two of the attackers.\n\n"
     "The defence minister condemned the cowardly attack and said reinforcements had been sent to the region, where "
     "clashes between rebel groups displaced more than 50,000 people last year.", "en"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(REGION_PAST))
def test_a_clause_of_the_region_is_no_more_of_the_act(text, lang):
    incs = extracting.incidents(text, lang, JAN19)
    news = [i for i in incs if not i.recalled]
    assert news and all(i.date.start == dt.date(2026, 1, 18) and i.date.precision == "day" for i in news), \
        [(i.sub_event_type, i.date) for i in incs]


# --- the first figure of the hurt told past a witness's quote (a21): (text, lang, injured best or None)
_QUOTE_EN = ("Gang members killed at least 11 people in an overnight attack on the town of Hinche, police said on "
             "Wednesday.\n\n\"They went from house to house,\" a resident told Reuters by telephone. \"I saw my neighbour "
             "shot dead in front of his door.\" ")
_QUOTE_FR = ("Des membres d'un gang ont tué au moins onze personnes lors d'une attaque nocturne contre la ville de Hinche, "
             "a indiqué la police mercredi.\n\n« Ils allaient de maison en maison », a raconté un habitant joint par "
             "téléphone. « J'ai vu mon voisin abattu devant sa porte. » ")
HURT_PAST_QUOTE = [
    (_QUOTE_EN + "Two police officers were wounded, the spokesman said.", "en", 2),
    (_QUOTE_FR + "Deux policiers ont été blessés, a précisé le porte-parole.", "fr", 2),
    # guard: hurt on another day in another town are not the act's
    (_QUOTE_EN + "In March, two police officers were wounded in Jacmel, the spokesman said.", "en", None),
]


@pytest.mark.parametrize("text,lang,hurt", extracting.indexed_params(HURT_PAST_QUOTE))
def test_the_hurt_told_past_a_quote(text, lang, hurt):
    incs = [i for i in extracting.incidents(text, lang, MAY6) if i.fatalities is not None]
    assert incs[0].fatalities.best == 11
    assert (incs[0].injured.best if incs[0].injured else None) == hurt


# --- « selon la même source », "the same source said": the speaker told before (a20). (text, lang, speakers)
SAME_SOURCE = [
    ("Au moins 27 personnes ont été tuées lundi dans une frappe aérienne sur Pazigyi, a raconté un habitant. Une "
     "quarantaine de personnes ont été blessées, selon la même source.", "fr", ["habitant", "habitant"]),
    ("Gunmen killed five people on Monday in Kadugli, a local official said. Twelve others were wounded, the same "
     "source said.", "en", ["local official", "local official"]),
    # guard: another source keeps its own words
    ("Gunmen killed five people on Monday in Kadugli, a local official said. Twelve others were wounded, a security "
     "source said.", "en", ["local official", "security source"]),
]


@pytest.mark.parametrize("text,lang,speakers", extracting.indexed_params(SAME_SOURCE))
def test_the_same_source_is_the_speaker_before(text, lang, speakers):
    incs = extracting.incidents(text, lang, APR15)
    assert len(incs) == 1
    assert [c.speaker for c in incs[0].claims] == speakers
