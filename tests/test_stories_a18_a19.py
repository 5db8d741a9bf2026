"""Gaps two more stories of our own showed (the lead's a18, EN: a suicide car bomb on a police station in Dera
Ismail Khan claimed by a little-known group, the attackers shot dead in the gunfight after, a polio vaccinator
killed hours later in Tank, a year's running total; a19, FR: an ambush on an army-escorted supply convoy near Djibo,
the VDP among the dead, an unclaimed attack in JNIM's zone, an army drone on a market the next day and the
government's version of it). The articles were written before bilan was run on them; the rows below were written
after that run, EN and FR, before the rules.

- who escorts what was hit is no doer: "an attack on a supply convoy escorted by the army" is by a side not named,
  the army the side attacked (events_<lang>.ESCORT_VERBS; incidents._escorts; incidents._late_agent stops at a verb
  between the act and "by");
- a militia that fights beside the state (actors_<lang>.PRO_GOVERNMENT_MILITIAS: the VDP, the Civilian JTF, the
  Wazalendo) is never who "the terrorists" of the story are;
- the residents a toll is told by ("according to residents", « selon des habitants ») are no victims;
- "have stepped up attacks on security forces since 2022", « ont multiplié les attaques »: a verb of more or fewer
  over plural acts (events_<lang>.TREND_VERBS) tells how often acts happen, no act (incidents._trend).

- a group the lexicon does not know, named as taking responsibility ("The attack was claimed by Tehreek-e-Jihad
  Pakistan", "A little-known group, Ansar al-Haqq, claimed responsibility for the bombing", « L'attaque a été
  revendiquée par ... »), is an armed group and the act's doer (incidents._groups_owning_up, _owner for the passive).

First run, at 0827caf, before the rules: 8 of 22 (the escorted bus, whose attackers the text names, the year's
totals, the two guards of one act and the two guards of a person who claims a fact passed). With the rules: 20 of
22. Four guard rows written after the dev no-fall check (a mine placed by the rebels; an act told beside a trend)
passed at 0827caf and fail on the first versions of the rules; now 24 of 26. The ambush told again in a quote (AMONG)
was two acts, « l'attaque » (an Attack) and « une embuscade » (an Armed clash); one since
incidents._same_target_told_again (h-retold, tests/test_acts_told_in_quotes.py): 26 of 26.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

MAR6 = dt.date(2025, 3, 6)  # a Thursday


def _doers(inc):
    return [(a.name, a.kind) for a in inc.actors if a.role == "actor1"]


# --- who escorts what was hit is no doer: (text, lang, the doer's kind)
ESCORT = [
    ("Une trentaine de personnes ont été tuées mardi dans l'attaque d'un convoi de ravitaillement escorté par "
     "l'armée près de Djibo, selon des sources locales.", "fr", "unidentified"),
    ("About 30 people were killed on Tuesday in an attack on a supply convoy escorted by the army near Djibo, local "
     "sources said.", "en", "unidentified"),
    ("Des hommes armés ont attaqué lundi un bus escorté par des gendarmes près de Fada N'Gourma, tuant cinq "
     "passagers, selon une source sécuritaire.", "fr", "unidentified"),
    ("Gunmen attacked a bus escorted by police near Fada N'Gourma on Monday, killing five passengers, a security "
     "source said.", "en", "unidentified"),
    # guards written after a dev no-fall check: who placed the weapon did it
    ("A soldier was killed on Monday while trying to defuse a mine planted by the rebels near the bridge at Kaga "
     "Bandoro.", "en", "rebels"),
    ("Un soldat a été tué lundi alors qu'il tentait de désamorcer une mine posée par les rebelles près du pont de "
     "Kaga Bandoro.", "fr", "rebelles"),
]


@pytest.mark.parametrize("text,lang,kind", extracting.indexed_params(ESCORT))
def test_the_escort_is_no_doer(text, lang, kind):
    """``kind``: the doer's kind, or (the guards) the words of its mention."""
    incs = [i for i in extracting.incidents(text, lang, MAR6) if i.fatalities is not None]
    assert len(incs) == 1, [(i.sub_event_type, _doers(i)) for i in incs]
    doers = [a for a in incs[0].actors if a.role == "actor1"]
    assert [a.kind for a in doers] == [kind] or [a.mention for a in doers] == [kind], _doers(incs[0])


# --- a quote that tells the attack again, and the dead "among" its toll: one incident
# (text, lang, the toll's best)
AMONG = [
    ("Une trentaine de personnes, en majorité des civils, ont été tuées mardi dans l'attaque d'un convoi de "
     "ravitaillement entre Namsiguia et Djibo, ont rapporté des sources locales.\n\n"
     "« Les terroristes ont tendu une embuscade au convoi et incendié une vingtaine de camions », a expliqué un "
     "membre des VDP. Selon lui, huit VDP figurent parmi les morts.", "fr", 30),
    ("About 30 people, mostly civilians, were killed on Tuesday in an attack on a supply convoy between Namsiguia and "
     "Djibo, local sources said.\n\n"
     "\"The terrorists ambushed the convoy and set fire to some 20 trucks,\" a member of the VDP said. According to "
     "him, eight VDP members were among the dead.", "en", 30),
]


@pytest.mark.parametrize("text,lang,best", extracting.indexed_params(AMONG))
def test_the_ambush_told_in_a_quote_is_the_attack(text, lang, best):
    incs = [i for i in extracting.incidents(text, lang, MAR6) if i.fatalities is not None]
    assert len(incs) == 1, [(i.sub_event_type, i.fatalities) for i in incs]
    assert incs[0].fatalities.best == best


# --- the residents who tell a toll are not its victims: (text, lang)
SOURCES_NOT_VICTIMS = [
    ("Mercredi, un drone de l'armée a frappé un marché à Gorom-Gorom, faisant au moins douze morts selon des "
     "habitants.", "fr"),
    ("On Wednesday, an army drone struck a market in Gorom-Gorom, killing at least 12 people, according to "
     "residents.", "en"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(SOURCES_NOT_VICTIMS))
def test_the_residents_who_tell_are_no_victims(text, lang):
    incs = [i for i in extracting.incidents(text, lang, MAR6) if i.fatalities is not None]
    assert len(incs) == 1
    mentions = {a.mention.lower() for a in incs[0].actors if a.role == "victim"}
    assert not mentions & {"habitants", "residents"}, mentions


# --- a year's running total of attacks is no act: (text, lang)
TALLIES = [
    ("More than 1,000 people, mostly police and soldiers, were killed in militant attacks last year, according to "
     "a research group in Islamabad.", "en"),
    ("Plus de 1 000 personnes, pour la plupart des policiers et des soldats, ont été tuées dans des attaques de "
     "militants l'an dernier, selon un institut de recherche d'Islamabad.", "fr"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(TALLIES))
def test_a_years_total_of_attacks_is_no_act(text, lang):
    incs = extracting.incidents(text, lang, MAR6)
    assert incs == [], [(i.sub_event_type, i.date.start, i.fatalities) for i in incs]


# --- a verb of more or fewer over plural acts tells how often they happen: (text, lang, acts expected)
TRENDS = [
    ("The Pakistani Taliban have stepped up attacks on security forces since 2022.", "en", 0),
    ("Les talibans pakistanais ont multiplié les attaques contre les forces de sécurité depuis 2022.", "fr", 0),
    ("Jihadists have intensified their attacks on the army in the north since last year.", "en", 0),
    ("Les jihadistes ont intensifié leurs attaques contre l'armée dans le nord depuis l'an dernier.", "fr", 0),
    # guards: one act, and acts that are told
    ("Militants stepped up their assault on the base on Sunday, killing five soldiers.", "en", 1),
    ("Les jihadistes ont intensifié dimanche leur assaut contre la base, tuant cinq soldats.", "fr", 1),
]


@pytest.mark.parametrize("text,lang,acts", extracting.indexed_params(TRENDS))
def test_more_attacks_since_a_year_is_no_act(text, lang, acts):
    incs = extracting.incidents(text, lang, MAR6)
    assert len(incs) == acts, [(i.sub_event_type, i.date.start, i.fatalities) for i in incs]



# --- a group the lexicon does not know, named as taking responsibility, is the doer: (text, lang, its name)
OWNING_UP = [
    ("A bomb killed four soldiers in Bannu on Monday. The attack was claimed by Tehreek-e-Jihad Pakistan.", "en",
     "Tehreek-e-Jihad Pakistan"),
    ("Une bombe a tué lundi quatre soldats à Bannu. L'attaque a été revendiquée par Tehreek-e-Jihad Pakistan.", "fr",
     "Tehreek-e-Jihad Pakistan"),
    ("A little-known group, Ansar al-Haqq, claimed responsibility for the bombing of a bus in Peshawar on Monday that "
     "killed six people.", "en", "Ansar al-Haqq"),
    ("Un groupe peu connu, Ansar al-Haqq, a revendiqué l'attentat contre un bus qui a tué lundi six personnes à "
     "Peshawar.", "fr", "Ansar al-Haqq"),
]


@pytest.mark.parametrize("text,lang,group", extracting.indexed_params(OWNING_UP))
def test_an_unknown_group_owning_up_is_the_doer(text, lang, group):
    incs = [i for i in extracting.incidents(text, lang, MAR6) if i.fatalities is not None]
    assert len(incs) == 1, [(i.sub_event_type, _doers(i)) for i in incs]
    assert [n for n, _ in _doers(incs[0])] == [group], _doers(incs[0])
    assert any(e.field == "actors" and e.text == group for e in incs[0].evidence)


# --- guards: a person who claims something, a known group (text, lang, the doers' names)
OWNING_UP_GUARDS = [
    ("Gunmen killed three farmers near Bannu on Monday. Police chief Akhtar Hayat claimed the attackers had fled to "
     "Afghanistan.", "en", ["unidentified armed group"]),
    ("Des hommes armés ont tué lundi trois agriculteurs près de Bannu. Le chef de la police Akhtar Hayat a affirmé "
     "que les assaillants avaient fui en Afghanistan.", "fr", ["unidentified armed group"]),
]


@pytest.mark.parametrize("text,lang,names", extracting.indexed_params(OWNING_UP_GUARDS))
def test_who_claims_a_fact_is_no_doer(text, lang, names):
    incs = [i for i in extracting.incidents(text, lang, MAR6) if i.fatalities is not None]
    assert len(incs) == 1
    assert [n for n, _ in _doers(incs[0])] == names


# --- a trend and an act in one sentence: the act stays (written after a dev no-fall check showed the class; our
# own words): (text, lang)
TREND_AND_ACT = [
    ("Jihadists have stepped up attacks in the region; on Sunday they killed a teacher near Djibo.", "en"),
    ("Les jihadistes ont multiplié les attaques dans la région ; dimanche, ils ont tué un enseignant près de Djibo.",
     "fr"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(TREND_AND_ACT))
def test_an_act_told_beside_a_trend_stays(text, lang):
    incs = [i for i in extracting.incidents(text, lang, MAR6) if i.fatalities is not None]
    assert len(incs) == 1 and incs[0].fatalities.best == 1, [(i.sub_event_type, i.fatalities) for i in incs]
