"""Taken, then killed (docs/conventions.md "Taken, then killed", h-taken).

- The same people taken and then found dead, the body told by a personal possessive that stands for a person the
  abduction took ("Gunmen kidnapped farmer Pedro Luna in Villa Rica on Monday. His body was found on Wednesday", « Des
  hommes armés ont enlevé lundi ... Son corps a été retrouvé mercredi »): one act, the abduction, their death its toll,
  its date the taking's (incidents._body_of_the_taken). Bodies of others ("The bodies of two men were found") stay an
  act of their own; so does a body whose sentence names other armed men than the takers ("after soldiers shot him").
- A body found of one taken in an older month or year, told in a relative clause on whose body it is ("The body of
  Pedro Luna, who was kidnapped in 2019, was found on Wednesday"): the killing found is the news, dated by the finding;
  the old taking is recalled background (incidents._old_taking_of_the_body). A taking of the story's days in that
  clause ("who was kidnapped on Monday") stays the one abduction with its dead.

Rows written for this file (our own places and names), EN and FR, guards.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents, show as _show

VIOLENT = ("Violence against civilians", "Battles", "Explosions/Remote violence")
ABDUCTION = "Abduction/forced disappearance"


def _violent(text: str, lang: str):
    return [i for i in incidents(text, lang) if i.event_type in VIOLENT]


# one act: the abduction, the dead its toll, the taking's day (PUBLISHED is Monday 8 March 2021)
ONE_ACT = [
    pytest.param("Gunmen kidnapped farmer Pedro Luna in Villa Rica on Monday. His body was found on Wednesday near "
                 "San Telmo.", "en", 1, dt.date(2021, 3, 8), id="en-his-body"),
    pytest.param("GUNMEN KIDNAPPED FARMER PEDRO LUNA IN VILLA RICA ON MONDAY. HIS BODY WAS FOUND ON WEDNESDAY NEAR "
                 "SAN TELMO.", "en", 1, dt.date(2021, 3, 8), id="en-his-body-caps"),
    pytest.param("Farmer Pedro Luna was kidnapped by gunmen in Villa Rica on Monday. His body was found on Wednesday.",
                 "en", 1, dt.date(2021, 3, 8), id="en-passive-taking"),
    pytest.param("Armed men abducted a teacher, Ana Ruiz, in Puerto Claro on Saturday. Her body was found on Monday.",
                 "en", 1, dt.date(2021, 3, 6), id="en-her-body"),
    pytest.param("Armed men abducted two traders, Ana Ruiz and Tomas Vega, in Puerto Claro on Saturday. Their bodies "
                 "were found on Monday near the market.", "en", 2, dt.date(2021, 3, 6), id="en-their-bodies"),
    pytest.param("Rebels kidnapped farmer Pedro Luna in Villa Rica on Monday. His body was found by soldiers on "
                 "Wednesday.", "en", 1, dt.date(2021, 3, 8), id="en-found-by-soldiers"),
    pytest.param("Des hommes armés ont enlevé lundi l'agriculteur Pierre Lunel à Villeneuve. Son corps a été retrouvé "
                 "mercredi près de Saint-Tiers.", "fr", 1, dt.date(2021, 3, 8), id="fr-son-corps"),
    pytest.param("Des hommes armés ont enlevé samedi deux commerçants à Port-Clair. Leurs corps ont été retrouvés lundi "
                 "près du marché.", "fr", 2, dt.date(2021, 3, 6), id="fr-leurs-corps"),
    pytest.param("Des rebelles ont enlevé lundi l'agriculteur Pierre Lunel à Villeneuve. Son corps a été retrouvé "
                 "mercredi par des soldats.", "fr", 1, dt.date(2021, 3, 8), id="fr-retrouve-par-des-soldats"),
]


@pytest.mark.parametrize("text,lang,dead,day", ONE_ACT)
def test_taken_then_found_dead_is_one_abduction(text, lang, dead, day):
    incs = _violent(text, lang)
    assert len(incs) == 1, _show(incs)
    assert incs[0].sub_event_type == ABDUCTION, _show(incs)
    assert incs[0].fatalities is not None and incs[0].fatalities.best == dead, _show(incs)
    assert incs[0].date.start == day, _show(incs)


# guards: other people's bodies, or the taken killed by other armed men, stay an act of their own
APART = [
    pytest.param("Gunmen kidnapped farmer Pedro Luna in Villa Rica on Monday. The bodies of two men were found near the "
                 "river on Wednesday.", "en", id="en-bodies-of-others"),
    pytest.param("Rebels kidnapped farmer Pedro Luna in Villa Rica on Monday. His body was found on Wednesday after "
                 "soldiers shot him during a raid.", "en", id="en-killed-by-other-doers"),
    pytest.param("Des hommes armés ont enlevé lundi l'agriculteur Pierre Lunel à Villeneuve. Les corps de deux hommes "
                 "ont été retrouvés mercredi près de la rivière.", "fr", id="fr-corps-d-autres"),
    pytest.param("Des rebelles ont enlevé lundi l'agriculteur Pierre Lunel à Villeneuve. Son corps a été retrouvé "
                 "mercredi après que des soldats l'ont abattu lors d'un raid.", "fr", id="fr-tue-par-d-autres"),
]


@pytest.mark.parametrize("text,lang", APART)
def test_bodies_of_others_or_killed_by_others_stay_apart(text, lang):
    incs = [i for i in _violent(text, lang) if not i.recalled]
    assert len(incs) == 2, _show(incs)
    assert incs[0].sub_event_type == ABDUCTION and incs[0].fatalities is None, _show(incs)
    assert incs[1].sub_event_type == "Attack" and incs[1].fatalities is not None, _show(incs)
    assert incs[1].date.start == dt.date(2021, 3, 3), _show(incs)


# the body found of one taken in an older year or month: the killing is the news, the taking recalled
OLD_TAKING = [
    pytest.param("The body of farmer Pedro Luna, who was kidnapped by gunmen in Villa Rica in 2019, was found on "
                 "Wednesday near San Telmo.", "en", 1, id="en-2019"),
    pytest.param("The bodies of two traders, who were abducted by armed men in Puerto Claro last year, were found on "
                 "Monday near the market.", "en", 2, id="en-last-year"),
    pytest.param("Le corps de l'agriculteur Pierre Lunel, qui avait été enlevé par des hommes armés à Villeneuve en "
                 "2019, a été retrouvé mercredi près de Saint-Tiers.", "fr", 1, id="fr-2019"),
]


@pytest.mark.parametrize("text,lang,dead", OLD_TAKING)
def test_body_of_one_taken_long_before_is_the_news(text, lang, dead):
    incs = _violent(text, lang)
    news = [i for i in incs if not i.recalled]
    assert len(news) == 1, _show(incs)
    assert news[0].sub_event_type == "Attack", _show(incs)
    assert news[0].fatalities is not None and news[0].fatalities.best == dead, _show(incs)
    assert news[0].date.start.year == 2021, _show(incs)
    old = [i for i in incs if i.recalled]
    assert [i.sub_event_type for i in old] == [ABDUCTION], _show(incs)


def test_taking_of_the_story_days_in_the_clause_stays_one_abduction():
    # guard: the clause dated by the day tells the taking of the story's own days, the body its toll
    incs = _violent("The body of Pedro Luna, who was kidnapped on Monday, was found on Wednesday.", "en")
    assert len(incs) == 1, _show(incs)
    assert incs[0].sub_event_type == ABDUCTION and not incs[0].recalled, _show(incs)
    assert incs[0].fatalities is not None and incs[0].fatalities.best == 1, _show(incs)
