"""A toll told with no act word in a headline or a lead (« Cinq morts à Ndiki dimanche », "Five dead in Bria", "Death
toll rises to 30 in Bambari").

Before: such a line built nothing (no trigger: « morts », « tués » as a noun, "dead", "death toll" were no act
words), though "Five people were killed in Bria" builds an Attack by an unidentified armed group. Now
(``events_<lang>`` triggers flagged ``toll_only``, ``events._drop_tolls_not_alone``, ``incidents._toll_counted``):

1. A headline or lead sentence that is only a toll, a place and a date is an incident typed as "were killed" with no
   doer is (Violence against civilians / Attack, typed by its victims when told: « deux soldats morts » a clash),
   unless a word of its sentence tells the act (« dans des affrontements », "clashes": that trigger heads); the
   fatalities are the toll's range, the place and the date its own; the doer is the unidentified armed group the
   conventions put for "were killed", no side named.
2. The toll headline followed by a lead that tells the act is one incident (``incidents._headline_told_again``: a
   toll-only headline is the toll of any violent act the lead tells).
3. Guards, no incident: a cause of death that is no violence in the sentence or in the lead after it (accident,
   flood, fire, shipwreck, disease: ``NON_VIOLENT_CAUSES``, ``ACCIDENT_EVENTS``, ``TOLL_ONLY_OTHER_CAUSES``,
   ``quantities_<lang>.NON_VIOLENT_DEATH_CAUSES``), a story after the toll that tells no act of violence (a lorry
   that overturned), a tally of a year or a period, "dead heat", a word of the dead with no figure before it ("Peace
   talks dead", "Former mayor dead at 80": an age), a word of the dead a verb says of people (« condamnés à mort »),
   the death of a person announced (« après la mort d'un musicien »: the existing rule, no act).

Rows written for this file (our own sentences; Central African towns, made-up villages, no actor named).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import ATT, BAT, CLA, VAC, incidents

PUBLISHED = dt.date(2021, 3, 8)  # a Monday
D = dt.date
SUNDAY, SATURDAY = D(2021, 3, 7), D(2021, 3, 6)

# (text, lang, (event type, sub-event type), (low, best, high), place, day or None: the publication window)
TOLLS = [
    ("Cinq morts à Ndiki dimanche.", "fr", (VAC, ATT), (5, 5, 5), "Ndiki", SUNDAY),
    ("Trois morts à Bouca", "fr", (VAC, ATT), (3, 3, 3), "Bouca", None),
    ("Au moins dix morts dans des violences à Bambari", "fr", (VAC, ATT), (10, 10, None), "Bambari", None),
    ("Bilan : 7 morts et 12 blessés à Obo", "fr", (VAC, ATT), (7, 7, 7), "Obo", None),
    ("Centrafrique : quatre tués samedi à Kaga-Bandoro", "fr", (VAC, ATT), (4, 4, 4), "Kaga-Bandoro", SATURDAY),
    ("Une dizaine de morts à Bambari", "fr", (VAC, ATT), (8, 10, 12), "Bambari", None),
    ("Le bilan s'élève à 30 morts à Bambari", "fr", (VAC, ATT), (30, 30, 30), "Bambari", None),
    ("Un mort et deux blessés à Bouar", "fr", (VAC, ATT), (1, 1, 1), "Bouar", None),
    ("RCA : deux morts à Bouca, selon des sources locales", "fr", (VAC, ATT), (2, 2, 2), "Bouca", None),
    ("Quatre morts dans des affrontements à Bria", "fr", (BAT, CLA), (4, 4, 4), "Bria", None),
    ("Deux soldats morts à Bouca", "fr", (BAT, CLA), (2, 2, 2), "Bouca", None),
    ("Five dead in Bria", "en", (VAC, ATT), (5, 5, 5), "Bria", None),
    ("At least 12 dead as violence flares in Bambari", "en", (VAC, ATT), (12, 12, None), "Bambari", None),
    ("Death toll rises to 30 in Bambari", "en", (VAC, ATT), (30, 30, 30), "Bambari", None),
    ("Dozens dead in Bria on Sunday", "en", (VAC, ATT), (12, 24, 99), "Bria", SUNDAY),
    ("Five dead, 12 wounded in Bria", "en", (VAC, ATT), (5, 5, 5), "Bria", None),
    ("At least five people are dead in Bria", "en", (VAC, ATT), (5, 5, None), "Bria", None),
    ("Three dead in clashes in Bria", "en", (BAT, CLA), (3, 3, 3), "Bria", None),
    ("Two soldiers dead in Bouca", "en", (BAT, CLA), (2, 2, 2), "Bouca", None),
]


@pytest.mark.parametrize("text,lang,types,dead,place,day", TOLLS, ids=[f"{r[1]}-{r[0][:40]}" for r in TOLLS])
def test_a_toll_alone_is_an_incident(text, lang, types, dead, place, day):
    (inc,) = incidents(text, lang, PUBLISHED)
    assert (inc.event_type, inc.sub_event_type) == types
    f = inc.fatalities
    assert f is not None and (f.low, f.best, f.high) == dead
    assert inc.location.name == place
    if day is None:
        assert inc.date.basis == "publication"
    else:
        assert (inc.date.start, inc.date.end, inc.date.basis) == (day, day, "text")
    # no doer invented: at most the unidentified armed group "were killed" gets, its evidence the toll's words
    doers = inc.actors_in("actor1")
    assert all(a.kind == "unidentified" for a in doers), [(a.name, a.kind) for a in doers]


def test_the_toll_keeps_its_injured():
    (inc,) = incidents("Bilan : 7 morts et 12 blessés à Obo", "fr", PUBLISHED)
    assert inc.injured is not None and (inc.injured.low, inc.injured.best, inc.injured.high) == (12, 12, 12)


def test_the_doer_put_for_a_toll_alone_is_the_one_put_for_were_killed():
    (toll,) = incidents("Five dead in Bria", "en", PUBLISHED)
    (killed,) = incidents("Five people were killed in Bria.", "en", PUBLISHED)
    assert [(a.role, a.name, a.kind) for a in toll.actors_in("actor1")] == \
        [(a.role, a.name, a.kind) for a in killed.actors_in("actor1")]
    assert [e.text for e in toll.evidence if e.field == "event_type"] == ["dead"]


# (text, lang, (event type, sub-event type), best, day): the toll headline, then a lead that tells the act
HEADLINE_THEN_ACT = [
    ("Cinq morts à Ndiki\n\nDes hommes armés ont attaqué dimanche le village de Ndiki, tuant cinq civils, selon des "
     "sources locales.", "fr", (VAC, ATT), 5, SUNDAY),
    ("Trois morts à Bouca\n\nDes rebelles ont attaqué une position de l'armée à Bouca samedi. Trois soldats ont été "
     "tués.", "fr", (BAT, CLA), 3, SATURDAY),
    ("Cinq morts à Ndiki dimanche. Des hommes armés ont attaqué le village.", "fr", (VAC, ATT), 5, SUNDAY),
    ("Cinq morts à Bria\n\nLes habitants de Bria étaient en deuil lundi. Des hommes armés ont attaqué dimanche le "
     "marché central, tuant cinq personnes, selon les autorités.", "fr", (VAC, ATT), 5, SUNDAY),
    ("Five dead in Bria\n\nGunmen killed five villagers in Bria on Sunday, officials said.", "en", (VAC, ATT), 5,
     SUNDAY),
    ("Three dead in Bouca\n\nRebels attacked an army post in Bouca on Saturday, killing three soldiers, the army "
     "said.", "en", (BAT, CLA), 3, SATURDAY),
    ("At least 12 dead in Bambari\n\nBAMBARI, March 7 (Reuters) - Gunmen attacked a market in Bambari on Sunday, "
     "killing at least 12 people, officials said.", "en", (VAC, ATT), 12, SUNDAY),
    ("Five dead in Bria\n\nResidents of Bria were in mourning on Monday. Gunmen attacked the central market on "
     "Sunday, killing five people, officials said.", "en", (VAC, ATT), 5, SUNDAY),
]


@pytest.mark.parametrize("text,lang,types,best,day", HEADLINE_THEN_ACT,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(HEADLINE_THEN_ACT)])
def test_the_toll_headline_joins_the_act_its_lead_tells(text, lang, types, best, day):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1, [(i.sub_event_type, i.fatalities) for i in incs]
    (inc,) = incs
    assert (inc.event_type, inc.sub_event_type) == types
    assert inc.fatalities is not None and inc.fatalities.best == best
    assert (inc.date.start, inc.date.end) == (day, day)


# (text, lang): no incident
NOT_ACTS = [
    # a cause of death that is no violence, in the sentence or in the lead after the headline
    ("5 morts dans un accident de la route à Bouar", "fr"),
    ("Douze morts dans le naufrage d'une pirogue sur l'Oubangui", "fr"),
    ("Choléra : 12 morts à Bangui", "fr"),
    ("Cinq morts dans un incendie à Bangui", "fr"),
    ("Cinq morts à Bria\n\nCinq personnes sont mortes du choléra cette semaine à Bria, selon les autorités "
     "sanitaires.", "fr"),
    ("Floods leave 12 dead in Bria", "en"),
    ("Five dead in Bria road crash", "en"),
    ("Ebola: 12 dead in Bria", "en"),
    ("Five dead in Bria house fire", "en"),
    ("Twelve dead as ferry capsizes on the Ubangi", "en"),
    ("Five dead in Bria\n\nFive people died of cholera in Bria this week, health officials said.", "en"),
    ("Three dead, 20 hurt in stadium crush in Bangui", "en"),
    ("Two dead as tornado hits Bouar", "en"),
    ("Five dead as lorry overturns near Bria", "en"),
    # a story after the toll that tells no act of violence says what the dead died of
    ("Five dead in Bria\n\nA lorry carrying traders overturned on the road to Bria on Sunday, police said.", "en"),
    ("Cinq morts à Bria\n\nUn camion transportant des commerçants s'est renversé dimanche sur la route de Bria, "
     "selon la police.", "fr"),
    # a word of the dead that counts no one
    ("Bangui mayoral race ends in dead heat", "en"),
    ("Two candidates in dead heat in Bangui poll", "en"),
    ("Peace talks dead, rebels say", "en"),
    ("Former Bria mayor dead at 80", "en"),
    ("Deux paysans ont été condamnés à mort à Bouar lundi.", "fr"),
    # the death of a person announced (the existing rule: no act, nobody blamed)
    ("Centrafrique : inquiétude à Bambouti après la mort d'un musicien", "fr"),
]


@pytest.mark.parametrize("text,lang", NOT_ACTS, ids=[f"{r[1]}-{r[0][:40]}" for r in NOT_ACTS])
def test_a_toll_of_no_violence_builds_nothing(text, lang):
    incs = incidents(text, lang, PUBLISHED)
    assert incs == [], [(i.sub_event_type, i.fatalities) for i in incs]


# a toll of a year or a period sums acts up: no incident (published in January 2026)
TALLIES = [
    ("120 morts en 2025 dans la Ouaka", "fr"),
    ("Centrafrique : 120 morts en 2025 dans la Ouaka", "fr"),
    ("Plus de 300 morts depuis janvier dans la Ouaka", "fr"),
    ("More than 120 dead in Ouaka in 2025", "en"),
    ("Over 300 dead since January in Ouaka", "en"),
]


@pytest.mark.parametrize("text,lang", TALLIES, ids=[f"{r[1]}-{r[0][:40]}" for r in TALLIES])
def test_a_tally_of_a_period_is_no_incident(text, lang):
    incs = incidents(text, lang, D(2026, 1, 10))
    assert incs == [], [(i.sub_event_type, i.fatalities, i.date.start) for i in incs]


def test_a_death_laid_at_a_door_keeps_its_rule():
    """« la mort de » with an accusation stays the act the accusation names (events ``needs_accusation``)."""
    (inc,) = incidents("L'armée accusée de la mort de trois civils à Bria", "fr", PUBLISHED)
    assert inc.fatalities is not None and inc.fatalities.best == 3
    assert [a.kind for a in inc.actors_in("actor1")] == ["state_forces"]


def test_a_toll_told_after_the_lead_is_no_act_of_its_own():
    """A toll sentence after the lead's act is more of that act, not a second incident."""
    text = ("Gunmen attacked the market in Bria on Sunday, officials said.\n\nResidents said the attackers fired on "
            "traders. Five dead.")
    incs = incidents(text, "en", PUBLISHED)
    assert len(incs) == 1, [(i.sub_event_type, i.fatalities) for i in incs]


def test_the_toll_headline_gives_its_place_to_the_act_it_joins():
    text = ("Cinq morts à Bria\n\nLes habitants de Bria étaient en deuil lundi. Des hommes armés ont attaqué dimanche le "
            "marché central, tuant cinq personnes, selon les autorités.")
    (inc,) = incidents(text, "fr", PUBLISHED)
    assert inc.location.name == "Bria"
