"""Tolls and headline places still missed (h-tolls2).

1. A headline the lead tells again gives its place to the lead's act when the lead's sentence ties none to it
   (« Cinq morts à Bria » over « Des hommes armés ont attaqué dimanche le marché central, ..., a annoncé le
   gouvernement à Bangui »: Bria, the headline's words its evidence; ``incidents._headline_place``); the lead's own
   place wins when it tells one. « Les habitants de Bria », "Residents of Bria" put the name in a place's slot
   (``places_<lang>.INHABITANT_NOUNS``): the tagger's person there no longer hides the headline's town.
2. A town that opens a headline or its lead as a heading, a colon after it (« Bouar : au moins trois morts dans une
   attaque », "Bria: gunmen kill five"), is a place (``places._kicker_places``, where a wire dateline may start);
   a speaker before a quotation, a sports score, a colon inside a sentence are none, and a toll of an accident stays
   no incident. A town before a noun of attack ("Bria attack leaves 5 dead") is the town it struck.
3. "died", « ont péri », « sont morts », « ont perdu la vie » as the toll of an attack told in the sentence or the one
   before: one incident with that toll; an accident's dead stay out. Soldiers who "died in an ambush" (« sont morts
   dans une embuscade ») underwent it: the side hit, not its doers (``events_<lang>.UNDERGOING_VERBS``); « près de
   Bria dimanche » tagged one person is Bria (``places._person_in_place_slot`` ends a name at a date).
4. A toll update that names the act ("The death toll from Sunday's attack on Bambari has risen to 30", « Le bilan de
   l'attaque de Bambari s'alourdit à 30 morts ») is that act's toll so far, alone or after the lead: one incident,
   the new toll (conventions, "a toll update ... the new toll"; tests/test_tolls_sources.py), dated by the act's day,
   not the update's (``quantities_<lang>.RUNNING_TOTAL_BEFORE`` with the act's complement).
5. "Gunmen leave 12 dead", « Des hommes armés laissent 12 morts » (fighters' act leaves the dead:
   ``events_<lang>.TOLL_LEAVING_VERBS``), and a headline toll ("Attack leaves 5 dead", « L'attaque a fait 12 morts »)
   over a lead that tells the act with no toll of its own: the headline's toll is the act's
   (``incidents._headline_toll``); a toll the lead tells wins.

Rows written for this file (our own sentences; Central African towns, no actor named).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import ATT, BAT, CLA, VAC, incidents

PUBLISHED = dt.date(2021, 3, 8)  # a Monday
SUNDAY = dt.date(2021, 3, 7)

# (text, lang, place, (low, best, high) or None, day or None)
KICKERS = [
    ("Bouar : au moins trois morts dans une attaque dimanche.", "fr", "Bouar", (3, 3, None), SUNDAY),
    ("Bambari : des hommes armés attaquent un marché", "fr", "Bambari", None, None),
    ("Kaga-Bandoro : des hommes armés attaquent un marché", "fr", "Kaga-Bandoro", None, None),
    ("Bria: gunmen kill five", "en", "Bria", (5, 5, 5), None),
    ("Bangassou: Gunmen kill five villagers in market attack", "en", "Bangassou", (5, 5, 5), None),
    ("Gunmen kill five\n\nBria: Gunmen killed five people on Sunday, officials said.", "en", "Bria", (5, 5, 5), SUNDAY),
    ("Bria attack leaves 5 dead", "en", "Bria", (5, 5, 5), None),
    ("Bria (Centrafrique) : trois morts dans une attaque dimanche", "fr", "Bria", (3, 3, 3), SUNDAY),
    ("BRIA : trois morts dans une attaque dimanche", "fr", "Bria", (3, 3, 3), SUNDAY),
    ("Centrafrique : au moins trois morts dans une attaque contre un village\n\nBouar : des hommes armés ont attaqué "
     "dimanche un village, tuant trois civils.", "fr", "Bouar", (3, 3, 3), SUNDAY),
]


@pytest.mark.parametrize("text,lang,place,dead,day", KICKERS, ids=[f"{r[1]}-{r[0][:40]}" for r in KICKERS])
def test_the_town_a_headline_opens_with_is_the_place(text, lang, place, dead, day):
    (inc,) = incidents(text, lang, PUBLISHED)
    assert inc.location is not None and inc.location.name == place
    (ev,) = [e for e in inc.evidence if e.field == "location"]
    assert ev.text.casefold() == place.casefold() and text[ev.start:ev.end] == ev.text
    f = inc.fatalities
    assert (None if f is None else (f.low, f.best, f.high)) == dead
    if day is not None:
        assert (inc.date.start, inc.date.end) == (day, day)


# (text, lang, the name before the colon): a caption's person in capitals, a speaker before a quotation
NOT_KICKERS = [
    ("JEWETT: Paul Dunne and Mary Keane, of the NSW parks service, on the shore of a lagoon south of Newcastle. "
     "Picture: Tom Ryan.", "en", "JEWETT"),
    ("Touadéra : « Nous ne céderons pas face aux rebelles »", "fr", "Touadéra"),
]


@pytest.mark.parametrize("text,lang,name", NOT_KICKERS, ids=[f"{r[1]}-{r[2]}" for r in NOT_KICKERS])
def test_a_name_before_a_colon_that_is_no_town_is_no_place(text, lang, name):
    from placing import mentions

    assert mentions(text, lang, name) == []


def test_a_speaker_before_a_colon_is_no_place():
    (inc,) = incidents("Il a dit : « Des hommes armés ont attaqué le village ».", "fr", PUBLISHED)
    assert inc.location is None or inc.location.name is None


# a colon after a town with no act, or with another cause of death: no incident
NO_ACT_AFTER_A_COLON = [
    ("Bouar : 3-1", "fr"),
    ("Touadéra : « Nous ne céderons pas face aux rebelles »", "fr"),
    ("Bouar : 4 morts dans un accident de la route", "fr"),
    ("Bria: five dead as truck overturns", "en"),
]


@pytest.mark.parametrize("text,lang", NO_ACT_AFTER_A_COLON, ids=[f"{r[1]}-{r[0][:40]}" for r in NO_ACT_AFTER_A_COLON])
def test_a_colon_with_no_act_builds_nothing(text, lang):
    incs = incidents(text, lang, PUBLISHED)
    assert incs == [], [(i.sub_event_type, i.location and i.location.name) for i in incs]


# (text, lang, place, whether the place's evidence is the headline's words): the headline told again by the lead
HEADLINE_PLACES = [
    ("Cinq morts à Bria\n\nDes hommes armés ont attaqué dimanche le marché central, tuant cinq personnes, a annoncé le "
     "gouvernement à Bangui.", "fr", "Bria", True),
    ("Five dead in Bria\n\nGunmen attacked the central market on Sunday, killing five people, the government said in "
     "Bangui.", "en", "Bria", True),
    ("Gunmen attack market in Bria\n\nGunmen attacked the central market on Sunday, killing five people, the "
     "government said in Bangui.", "en", "Bria", True),
    ("Attaque contre le marché de Bria\n\nDes hommes armés ont attaqué dimanche le marché central, tuant cinq "
     "personnes, a annoncé le gouvernement à Bangui.", "fr", "Bria", True),
    ("Five dead in Bria\n\nResidents of Bria were in mourning on Monday. Gunmen attacked the central market on Sunday, "
     "killing five people, officials said.", "en", "Bria", False),
    # the lead's own place wins
    ("Five dead in Bria\n\nGunmen attacked the market in Bambari on Sunday, killing five people, officials said.", "en",
     "Bambari", False),
]


@pytest.mark.parametrize("text,lang,place,headline", HEADLINE_PLACES, ids=[f"{r[1]}-{i}" for i, r in enumerate(HEADLINE_PLACES)])
def test_the_headline_gives_its_place_to_the_lead_act(text, lang, place, headline):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1, [(i.sub_event_type, i.location and i.location.name) for i in incs]
    (inc,) = incs
    assert inc.location is not None and inc.location.name == place
    assert (inc.date.start, inc.date.end) == (SUNDAY, SUNDAY)
    if headline:
        (ev,) = [e for e in inc.evidence if e.field == "location"]
        assert (ev.start, ev.end, ev.text) == (text.index(place), text.index(place) + len(place), place)
        assert ev.end <= text.index("\n")


# (text, lang, (event type, sub-event type), (low, best, high), place): a verb of dying as an attack's toll
DIED_IN_ATTACKS = [
    ("Five soldiers died in the ambush near Bria on Sunday.", "en", (BAT, CLA), (5, 5, 5), "Bria"),
    ("Rebels ambushed an army patrol near Bria on Sunday. Five soldiers died in the ambush.", "en", (BAT, CLA),
     (5, 5, 5), "Bria"),
    ("Five people died when gunmen attacked a market in Bria on Sunday.", "en", (VAC, ATT), (5, 5, 5), "Bria"),
    ("At least seven people died after gunmen opened fire on a market in Bria on Sunday.", "en", (VAC, ATT),
     (7, 7, None), "Bria"),
    ("Seven people lost their lives in an attack on a market in Bria on Sunday.", "en", (VAC, ATT), (7, 7, 7), "Bria"),
    ("Trois civils ont perdu la vie dans l'attaque de leur village près de Bouar dimanche.", "fr", (VAC, ATT),
     (3, 3, 3), "Bouar"),
    ("Trois civils ont péri dans l'attaque de leur village près de Bouar dimanche.", "fr", (VAC, ATT), (3, 3, 3),
     "Bouar"),
    ("Des hommes armés ont attaqué le village de Ndiki dimanche. Trois civils sont morts dans l'attaque.", "fr",
     (VAC, ATT), (3, 3, 3), "Ndiki"),
    ("Cinq personnes sont mortes lors de l'attaque d'un marché à Bria dimanche.", "fr", (VAC, ATT), (5, 5, 5), "Bria"),
    ("Sept personnes ont trouvé la mort dans l'attaque d'un marché à Bria dimanche.", "fr", (VAC, ATT), (7, 7, 7),
     "Bria"),
]


@pytest.mark.parametrize("text,lang,types,dead,place", DIED_IN_ATTACKS,
                         ids=[f"{r[1]}-{r[0][:40]}" for r in DIED_IN_ATTACKS])
def test_a_verb_of_dying_is_the_toll_of_the_attack(text, lang, types, dead, place):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1, [(i.sub_event_type, i.fatalities) for i in incs]
    (inc,) = incs
    assert (inc.event_type, inc.sub_event_type) == types
    assert inc.fatalities is not None and (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == dead
    assert inc.location.name == place
    assert (inc.date.start, inc.date.end) == (SUNDAY, SUNDAY)


# (text, lang): soldiers who died in an ambush are the side it hit, never its doers
SOLDIERS_WHO_DIED = [
    ("Five soldiers died in an ambush near Bria on Sunday.", "en"),
    ("Five soldiers died in the ambush near Bria on Sunday.", "en"),
    ("Cinq soldats sont morts dans une embuscade près de Bria dimanche.", "fr"),
    ("Cinq soldats sont morts lors d'une embuscade tendue par des rebelles près de Bria dimanche.", "fr"),
]


@pytest.mark.parametrize("text,lang", SOLDIERS_WHO_DIED, ids=[f"{r[1]}-{r[0][:40]}" for r in SOLDIERS_WHO_DIED])
def test_soldiers_who_died_in_an_ambush_are_the_side_hit(text, lang):
    (inc,) = incidents(text, lang, PUBLISHED)
    assert (inc.event_type, inc.sub_event_type) == (BAT, CLA)
    assert inc.fatalities is not None and inc.fatalities.best == 5
    assert inc.location.name == "Bria"  # (« près de Bria dimanche » tagged one person: the date ends the name)
    assert [a.kind for a in inc.actors_in("actor1")] == ["unidentified"]
    assert [a.kind for a in inc.actors_in("actor2")] == ["state_forces"]


ACCIDENT_DEATHS = [
    ("Five people died in a road accident near Bria on Sunday.", "en"),
    ("Trois personnes ont perdu la vie dans un accident de la route près de Bouar dimanche.", "fr"),
    ("Storm leaves 5 dead in Bria", "en"),
    ("Floods leave 12 dead in Bria", "en"),
]


@pytest.mark.parametrize("text,lang", ACCIDENT_DEATHS, ids=[f"{r[1]}-{r[0][:40]}" for r in ACCIDENT_DEATHS])
def test_deaths_of_no_violence_build_nothing(text, lang):
    incs = incidents(text, lang, PUBLISHED)
    assert incs == [], [(i.sub_event_type, i.fatalities) for i in incs]


# (text, lang, toll, place, day or None): a toll update that names the act
TOLL_UPDATES = [
    ("The death toll from Sunday's attack on Bambari has risen to 30.", "en", 30, "Bambari", SUNDAY),
    ("The death toll from the attack on Bambari has risen to 30.", "en", 30, "Bambari", None),
    ("Death toll from Bambari attack rises to 30", "en", 30, "Bambari", None),
    ("Le bilan de l'attaque de Bambari s'alourdit à 30 morts", "fr", 30, "Bambari", None),
    ("Gunmen attacked a market in Bambari on Sunday, killing 12 people, officials said.\n\nThe death toll from the "
     "attack has risen to 30, a local official said on Monday.", "en", 30, "Bambari", SUNDAY),
    ("Gunmen attacked a market in Bambari on Sunday, killing 12 people, officials said.\n\nThe death toll from the "
     "attack has risen to 30 on Monday, a local official said.", "en", 30, "Bambari", SUNDAY),
    ("Des hommes armés ont attaqué dimanche un marché de Bambari, tuant 12 personnes.\n\nLe bilan de l'attaque s'est "
     "alourdi à 30 morts, selon un responsable local.", "fr", 30, "Bambari", SUNDAY),
    ("Des hommes armés ont attaqué dimanche un marché de Bambari, tuant 12 personnes.\n\nLe bilan de l'attaque est "
     "passé à 30 morts lundi, selon un responsable local.", "fr", 30, "Bambari", SUNDAY),
]


@pytest.mark.parametrize("text,lang,toll,place,day", TOLL_UPDATES, ids=[f"{r[1]}-{i}" for i, r in enumerate(TOLL_UPDATES)])
def test_a_toll_update_is_the_toll_of_the_act_it_names(text, lang, toll, place, day):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1, [(i.sub_event_type, i.fatalities, i.date.start) for i in incs]
    (inc,) = incs
    assert inc.event_type == VAC
    assert inc.fatalities is not None and inc.fatalities.best == toll
    assert inc.location.name == place
    if day is None:
        assert inc.date.basis == "publication"
    else:
        assert (inc.date.start, inc.date.end) == (day, day)


# (text, lang, (low, best, high), where the toll's evidence starts, place or None)
LEFT_DEAD = [
    ("Gunmen leave 12 dead in Bria", "en", (12, 12, 12), 13, "Bria"),
    ("Rebels leave 12 dead in Bria", "en", (12, 12, 12), 13, "Bria"),
    ("Des hommes armés laissent 12 morts à Bria", "fr", (12, 12, 12), 26, "Bria"),
    ("Attack leaves 5 dead\n\nGunmen attacked a village near Bria on Sunday, officials said.", "en", (5, 5, 5), 14,
     "Bria"),
    ("Gunmen leave 12 dead\n\nGunmen attacked a village near Bria on Sunday, officials said.", "en", (12, 12, 12), 13,
     "Bria"),
    ("L'attaque a fait 12 morts\n\nDes hommes armés ont attaqué dimanche un village près de Bria.", "fr", (12, 12, 12),
     17, "Bria"),
    ("Des hommes armés font 12 morts\n\nDes hommes armés ont attaqué dimanche un village près de Bria.", "fr",
     (12, 12, 12), 22, "Bria"),
    # the lead's own toll wins over the headline's, told short
    ("Attack leaves 5 dead\n\nGunmen attacked a village near Bria on Sunday, killing seven people, officials said.",
     "en", (7, 7, 7), None, "Bria"),
]


@pytest.mark.parametrize("text,lang,dead,at,place", LEFT_DEAD, ids=[f"{r[1]}-{i}" for i, r in enumerate(LEFT_DEAD)])
def test_the_dead_an_attack_leaves_are_its_toll(text, lang, dead, at, place):
    incs = incidents(text, lang, PUBLISHED)
    assert len(incs) == 1, [(i.sub_event_type, i.fatalities) for i in incs]
    (inc,) = incs
    assert inc.event_type == VAC
    f = inc.fatalities
    assert f is not None and (f.low, f.best, f.high) == dead
    assert inc.location.name == place
    if at is not None:
        assert at in [e.start for e in inc.evidence if e.field == "fatalities"]
