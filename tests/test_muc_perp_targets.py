"""MUC-4 style slots (h-muc3): the perpetrator a predicate of blame lays the act on, and a titled person's surname
that is no place.

- "Former captain Julio Mendez, who is implicated in the assassination of Bishop Quintero", "a report implicated
  several right-wing politicians in the murder of ...", « l'ancien capitaine Julio Mendez, impliqué dans
  l'assassinat de ... »: the people the event noun is laid on by a predicate of ``PERPETRATOR_PREDICATES``
  (implicated, involved, accused, suspected, responsible), with no armed actor named, are its perpetrators (MUC-4
  fills the suspects' descriptions as PERP: INDIVIDUAL ID), never its victims.
- "Justice Ramiro Cienfuegos ... Cienfuegos's murder", "President Aurelio Ocotal ... Ocotal said": a one-word name
  that ends a titled person's name (title, first name, surname) in the story is that person at its other mentions
  too, not a town of that name; the act stays where the story places it.

Rows written for this file, in the style of the 1980s wires (upper case) and of today's news, EN and FR, with
invented names and places.
"""

import datetime as dt

import pytest
from extracting import incidents

PUBLISHED = dt.date(1989, 8, 17)


def _perps(inc) -> list[str]:
    return [a.mention for a in inc.actors if a.role == "actor1"]


def _victims(inc) -> list[str]:
    return [a.mention for a in inc.actors if a.role in ("victim", "actor2")]


@pytest.mark.parametrize("text,lang,doer,victim", [
    ("A judge ordered the release of former captain Julio Mendez, who is implicated in the assassination of "
     "Bishop Ramon Quintero in San Lorenzo.", "en", "former captain Julio Mendez", "Bishop Ramon Quintero"),
    ("A JUDGE HAS ORDERED THE RELEASE OF FORMER MAJOR EFRAIN TOLEDANO, WHO IS IMPLICATED IN THE ASSASSINATION OF "
     "MSGR JACINTO ARAUZ IN PUERTO MIRANDA.", "en", "FORMER MAJOR EFRAIN TOLEDANO", "MSGR JACINTO ARAUZ"),
    ("A government report implicated several right-wing politicians in the murder of Bishop Ramon Quintero in "
     "San Lorenzo.", "en", "right-wing politicians", "Bishop Ramon Quintero"),
    ("THE POLICE REPORT IMPLICATED TWO FORMER BODYGUARDS IN THE MURDER OF LABOR LEADER HUGO PALMERA IN "
     "VILLA RICA.", "en", "TWO FORMER BODYGUARDS", "LABOR LEADER HUGO PALMERA"),
    ("L'ancien capitaine Julio Mendez, impliqué dans l'assassinat de l'évêque Ramon Quintero à San Lorenzo, a été "
     "libéré hier.", "fr", "ancien capitaine Julio Mendez", "évêque Ramon Quintero"),
    pytest.param("Un juge a ordonné la libération de l'ancien capitaine Julio Mendez, impliqué dans l'assassinat de "
                 "l'évêque Ramon Quintero à San Lorenzo.", "fr", "ancien capitaine Julio Mendez",
                 "évêque Ramon Quintero",
                 marks=pytest.mark.xfail(strict=True, reason="the French parse hangs « impliqué » on « libération », "
                                                             "not on the captain")),
])
def test_the_people_an_act_is_laid_on_did_it(text, lang, doer, victim):
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs, incidents(text, lang, PUBLISHED)
    inc = incs[0]
    assert any(doer in p for p in _perps(inc)), inc.actors
    assert any(victim in v for v in _victims(inc)), inc.actors
    assert not any(doer in v for v in _victims(inc)), inc.actors


@pytest.mark.parametrize("text,lang,dead", [
    ("THE POLICE REPORT IMPLICATED TWO FORMER BODYGUARDS IN THE MURDER OF LABOR LEADER HUGO PALMERA IN VILLA RICA.",
     "en", 1),
    ("A government report implicated several right-wing politicians in the murder of Bishop Ramon Quintero in "
     "San Lorenzo.", "en", 1),
    ("Deux militaires impliqués dans l'assassinat du maire de San Lorenzo ont été arrêtés hier.", "fr", 1),
])
def test_the_people_an_act_is_laid_on_are_not_its_dead(text, lang, dead):
    """The figure of the people a killing is laid on counts its suspects, not its dead."""
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs, incidents(text, lang, PUBLISHED)
    assert incs[0].fatalities is not None and incs[0].fatalities.best == dead, incs[0].fatalities


@pytest.mark.parametrize("text,lang", [
    # an armed group laid on keeps its own reading (its name, not a person's words)
    ("The army implicated the FARC in the murder of Bishop Ramon Quintero in San Lorenzo.", "en"),
    # the accuser is no doer: the doer is its object
    ("The bishop's family accused the police of the murder of Ramon Quintero in San Lorenzo.", "en"),
])
def test_the_accuser_is_not_the_doer(text, lang):
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs, incidents(text, lang, PUBLISHED)
    perps = " | ".join(_perps(incs[0]))
    assert "army" not in perps and "family" not in perps, incs[0].actors


@pytest.mark.parametrize("text,lang,place,country,not_country", [
    ("BOGOTA, 17 AUG 89 -- [TEXT] JUSTICE RAMIRO VALENCIA WAS SHOT DEAD LAST NIGHT IN DOWNTOWN BOGOTA.  TWO "
     "GUNMEN APPROACHED VALENCIA AND BEGAN SHOOTING AT HIM.  VALENCIA'S MURDER UNLEASHED A WAVE OF PROTESTS.",
     "en", "BOGOTA", "CO", "VE"),
    ("SAN SALVADOR, 26 OCT 88 -- [TEXT] PRESIDENT JOSE ANTONIO ORIZABA SAID TODAY THAT A BOMB EXPLODED LAST NIGHT "
     "AT THE OFFICES OF A LABOR UNION IN SAN SALVADOR, WOUNDING TWO WATCHMEN.  [ORIZABA] WE ARE INVESTIGATING "
     "THE CASE.", "en", "SAN SALVADOR", "SV", "MX"),
    ("Justice Ramiro Valencia was shot dead on Monday night in downtown Bogota. Witnesses said two gunmen "
     "approached Valencia and began shooting.", "en", "Bogota", "CO", "VE"),
    ("Le juge Ramiro Valencia a été abattu lundi soir dans le centre de Bogota. Selon des témoins, deux hommes "
     "armés se sont approchés de Valencia et ont ouvert le feu.", "fr", "Bogota", "CO", "VE"),
])
def test_a_titled_persons_surname_is_no_place(text, lang, place, country, not_country):
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs, incidents(text, lang, PUBLISHED)
    for inc in incs:
        assert inc.location is not None, inc
        assert inc.location.country != not_country, inc.location
    assert incs[0].location.country == country, incs[0].location
    assert place.casefold() in (incs[0].location.mention or incs[0].location.name).casefold(), incs[0].location


@pytest.mark.parametrize("text,lang,country", [
    # a town named like a person with no title and first name before it in the story stays a town
    ("Gunmen killed two farmers near Valencia on Sunday, the Venezuelan police said.", "en", "VE"),
    ("Des hommes armés ont tué deux paysans près de Valencia dimanche, a indiqué la police vénézuélienne.", "fr",
     "VE"),
])
def test_a_town_no_title_names_stays_a_town(text, lang, country):
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs and incs[0].location is not None, incs
    assert incs[0].location.country == country, incs[0].location
