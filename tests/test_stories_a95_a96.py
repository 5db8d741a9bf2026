"""Rows from two stories of our own (a95: a jihadist attack on a village market in north-western Burkina Faso, an IED
the day before; a96: suspected Boko Haram fighters kill farmers harvesting rice in Borno state, the army's gunfight
the day after, an older ISWAP ambush recalled) and from the rules they led to.

- "The attack comes weeks after Islamic State West Africa Province (ISWAP) claimed an ambush on a military convoy ...
  that killed at least 10 soldiers" was folded into the army's gunfight told before it (its sides, its dead): the act
  an act named again by a definite noun came a stretch of time after is an older act of its own, recalled, that
  merges with no act told before and borrows none of the story's sides (incidents._came_a_stretch_after,
  _in_stretch_after; English and French: « L'attaque survient deux semaines après une embuscade », « Cette attaque
  intervient trois jours après que des bandits ont attaqué »).
- "... claimed an ambush ... that killed at least 10 soldiers, according to two security sources": 12 dead (the two
  sources counted): a claim's speaker made of two runs of words (the group that claims, the sources that tell it) is
  still the speaker, its figure no toll (incidents._counts_a_speaker).
- "We recovered 14 bodies and six people with gunshot wounds who were taken to hospital in Maiduguri": the six counted
  dead (toll 14-20), "gunshot" made an act of its own, placed in Maiduguri, where the hurt were taken (and the lead
  with it, merged): people said to bear wounds are the wounded (incidents._classify_quantities, victims.with_wounds);
  the word of a weapon that only says what wounds they bear is no act (events._drop_wounds_of_the_hit); the town of
  the hospital the hurt were taken to is no place of the act, nor does it count for the story's main place
  (incidents._carried_there, places_<lang>.CARRIED_WITHIN_PREPS); nor is "hospital" a target.
- "troops had been deployed to the area and had killed three of the attackers": placed at the dateline's Maiduguri;
  "the area", « la zone », is the last place named before, as "the town" is (places_<lang>.AREA_NOUNS,
  incidents._the_town_told_before).
- « la zone est le théâtre d'actions du GSIM » gave « théâtre » as a target of the IED (targets_<lang>.NOT_TARGETS);
  « l'EIAO » is ISWAP (actors_fr).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 5)  # a Saturday: "on Thursday" is 3 December, "on Friday" the 4th

BORNO = ("MAIDUGURI, Nigeria, Dec 5 (Reuters) - Suspected Boko Haram fighters killed at least 14 farmers and wounded six "
         "others in an attack on rice fields near the village of Zabarmari in Borno state on Thursday, a local official "
         "and a militia leader said.\n\n"
         "The gunmen rounded up the farmers as they were harvesting and shot them, said Babakura Kolo, who leads a "
         "vigilante group that fights the insurgents. \"We recovered 14 bodies and six people with gunshot wounds who "
         "were taken to hospital in Maiduguri,\" he said.\n\n"
         "A spokesman for the Nigerian army said troops had been deployed to the area and had killed three of the "
         "attackers in a gunfight on Friday morning. The army's figure could not be independently verified.\n\n"
         "The attack comes weeks after Islamic State West Africa Province (ISWAP) claimed an ambush on a military "
         "convoy on the Maiduguri-Damboa road that killed at least 10 soldiers, according to two security sources.")

KIEMBARA = ("OUAGADOUGOU, 4 déc 2026 (AFP) - Au moins vingt-sept civils ont été tués mercredi lors d'une attaque jihadiste "
            "contre le village de Kiembara, dans le nord-ouest du Burkina Faso, ont indiqué jeudi des sources locales et "
            "sécuritaires.\n\n"
            "La veille, deux soldats avaient été tués par l'explosion d'un engin artisanal au passage de leur véhicule "
            "près de Tougan, selon la même source.\n\n"
            "L'attaque n'a pas été revendiquée, mais la zone est le théâtre d'actions du Groupe de soutien à l'islam et "
            "aux musulmans (GSIM, JNIM en arabe), lié à Al-Qaïda.")


@pytest.fixture(scope="module")
def borno():
    return extracting.incidents(BORNO, "en", PUB)


def _doers(inc):
    return [a.name for a in inc.actors if a.role == "actor1"]


def test_the_lead_keeps_its_dead_wounded_and_village(borno):
    (lead,) = [i for i in borno if i.sub_event_type == "Attack"]
    assert _doers(lead) == ["Boko Haram"]
    assert (lead.fatalities.low, lead.fatalities.best, lead.fatalities.high) == (14, 14, None)
    assert (lead.injured.low, lead.injured.high) == (6, 6)
    assert (lead.location.name, lead.location.country) == ("Zabarmari", "NG")
    assert lead.date.start == dt.date(2026, 12, 3)
    assert "hospital" not in [t.name for t in lead.targets]


def test_the_gunfight_is_placed_in_the_area_told_before(borno):
    (fight,) = [i for i in borno if i.sub_event_type == "Armed clash" and not i.recalled]
    assert fight.date.start == dt.date(2026, 12, 4)
    assert fight.fatalities.best == 3 and fight.fatalities.high == 3
    # (the village the gazetteer lacks is told in Borno state: the state, the last place named before the area)
    assert (fight.location.name, fight.location.precision) == ("Borno", "admin1")
    assert "ISWAP" not in [a.name for a in fight.actors]


def test_the_older_ambush_is_recalled_on_its_own(borno):
    (ambush,) = [i for i in borno if i.recalled]
    assert _doers(ambush) == ["ISWAP"]
    assert (ambush.fatalities.low, ambush.fatalities.best) == (10, 10)
    assert ambush.date.precision != "day"


# (h-reldates: each older act dated the counted stretch back from the lead's Thursday, incidents._dated_back_from_the_act:
# "two weeks": 13 to 15 days before, precision week; "three days": the Monday)
TWO_WEEKS = (dt.date(2026, 11, 18), dt.date(2026, 11, 20), "week")


@pytest.mark.parametrize("text,lang,toll,doer_not,back", [
    pytest.param("Gunmen killed five villagers in Kaduna state on Thursday, police said. The attack came two weeks after "
                 "bandits ambushed a police patrol near Zaria, killing eight officers.", "en", 8, "Gunmen",
                 TWO_WEEKS, id="en-clause"),
    pytest.param("Gunmen killed five villagers in Kaduna state on Thursday, police said. The attack came a week after "
                 "an ambush on a police patrol near Zaria killed eight officers.", "en", 8, "Gunmen",
                 (dt.date(2026, 11, 25), dt.date(2026, 11, 27), "week"), id="en-noun"),
    pytest.param("Des hommes armés ont tué cinq villageois jeudi dans l'État de Kaduna, selon la police. L'attaque "
                 "survient deux semaines après une embuscade contre une patrouille de police près de Zaria, qui avait "
                 "tué huit policiers.", "fr", 8, "hommes armés", TWO_WEEKS, id="fr-noun"),
    pytest.param("Des hommes armés ont tué cinq villageois jeudi dans l'État de Kaduna, selon la police. Cette attaque "
                 "intervient trois jours après que des bandits ont attaqué une patrouille de police près de Zaria, "
                 "tuant huit policiers.", "fr", 8, "hommes armés",
                 (dt.date(2026, 11, 30), dt.date(2026, 11, 30), "day"), id="fr-clause"),
])
def test_what_the_news_came_a_stretch_after_is_recalled(text, lang, toll, doer_not, back):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 2
    lead, older = got
    assert not lead.recalled and lead.fatalities.best == 5 and lead.date.start == dt.date(2026, 12, 3)
    assert older.recalled and older.fatalities.best == toll
    assert (older.date.start, older.date.end, older.date.precision) == back  # not the lead's Thursday
    assert doer_not not in [a.mention for a in older.actors]


@pytest.mark.parametrize("text,lang", [
    pytest.param("ISWAP claimed an ambush on a military convoy that killed at least 10 soldiers, according to two "
                 "security sources.", "en", id="en"),
    pytest.param("ISWAP claimed an ambush on a military convoy on the Maiduguri-Damboa road that killed at least 10 "
                 "soldiers, according to two security sources.", "en", id="en-road"),
])
def test_the_sources_of_a_claim_are_no_dead(text, lang):
    (inc,) = extracting.incidents(text, lang, PUB)
    assert (inc.fatalities.low, inc.fatalities.best) == (10, 10)
    assert _doers(inc) == ["ISWAP"]


def test_eiao_is_iswap():  # (French, whose figure was read right before: the group's acronym was not known)
    (inc,) = extracting.incidents("L'EIAO a revendiqué une embuscade contre un convoi militaire qui a tué au moins dix "
                                  "soldats, selon deux sources sécuritaires.", "fr", PUB)
    assert _doers(inc) == ["ISWAP"] and inc.fatalities.low == 10


@pytest.mark.parametrize("text,lang", [
    pytest.param("Gunmen killed four farmers near Dikwa in Borno state on Sunday, police said. \"We recovered four "
                 "bodies and six people with gunshot wounds,\" a militia leader said.", "en", id="en"),
    pytest.param("Des hommes armés ont tué quatre paysans dimanche près de Dikwa, dans l'État de Borno, selon la police. "
                 "« Nous avons retrouvé quatre corps et six personnes avec des blessures par balle », a dit un chef de "
                 "milice.", "fr", id="fr"),
])
def test_people_with_wounds_are_the_wounded(text, lang):
    (inc,) = extracting.incidents(text, lang, PUB)
    assert (inc.fatalities.best, inc.fatalities.high) == (4, 4)
    assert (inc.injured.best, inc.injured.high) == (6, 6)
    assert inc.location.name == "Dikwa"


@pytest.mark.parametrize("text,lang", [
    pytest.param("Gunmen killed four farmers on Sunday, police said. Six wounded were evacuated to a hospital in "
                 "Maiduguri.", "en", id="en-a-hospital-in"),
    pytest.param("Gunmen killed four farmers on Sunday, police said. Six wounded were taken to hospital in Maiduguri.",
                 "en", id="en-on-the-verb"),
    pytest.param("Des hommes armés ont tué quatre paysans dimanche, selon la police. Six blessés ont été évacués vers "
                 "l'hôpital de Maiduguri.", "fr", id="fr-hopital-de"),
])
def test_the_hospitals_town_is_no_place_of_the_act(text, lang):
    (inc,) = extracting.incidents(text, lang, PUB)
    assert inc.location.name is None
    assert inc.injured.best == 6


@pytest.mark.parametrize("text,lang", [
    pytest.param("Gunmen killed four farmers near Dikwa in Borno state on Sunday, police said. Six wounded were "
                 "evacuated to a hospital in Maiduguri. Troops were deployed to the area and killed three of the "
                 "attackers in a gunfight on Monday.", "en", id="en"),
    pytest.param("Des hommes armés ont tué quatre paysans dimanche près de Dikwa, dans l'État de Borno, selon la police. "
                 "Six blessés ont été évacués vers l'hôpital de Maiduguri. L'armée a envoyé des renforts dans la zone et "
                 "a tué trois assaillants lors d'un accrochage lundi.", "fr", id="fr"),
])
def test_the_area_is_the_place_told_before(text, lang):
    attack, fight = extracting.incidents(text, lang, PUB)
    assert attack.location.name == "Dikwa"
    assert fight.sub_event_type == "Armed clash" and fight.location.name == "Dikwa"


def test_the_theatre_of_a_groups_actions_is_no_target():
    got = extracting.incidents(KIEMBARA, "fr", dt.date(2026, 12, 4))
    attack, ied = got
    assert attack.fatalities.best == 27 and attack.date.start == dt.date(2026, 12, 2)
    assert ied.sub_event_type == "Remote explosive/landmine/IED" and ied.fatalities.best == 2
    assert ied.date.start == dt.date(2026, 12, 1) and ied.location.name == "Tougan"
    assert all(t.name != "théâtre" for i in got for t in i.targets)
