"""MUC-4 dev stories still missing an act or giving a wrong target (h-muc14), their shapes in stories of our own,
capitals and normal case, English then French:

- a named airport after a word of nearness ("AN AMBUSH NEAR LA ESTRELLA AIRPORT", "A BOMB EXPLODED NEAR THE LA
  ESTRELLA AIRPORT", « près de l'aéroport La Estrella ») says where the act was, not what it hit: no target. In
  capitals the name's words ("LA ESTRELLA") are no modifiers the target mention runs over, so the word of nearness
  stood two or three words before the mention and was missed (targets._preceded_by now skips the name the noun
  hangs on). Guard: "GUERRILLAS ATTACKED THE LA ESTRELLA AIRPORT" keeps the airport;
- aircraft that armed men destroyed ("THE GUERRILLAS DESTROYED TWO MILITARY PLANES ON THE GROUND", « ont détruit
  deux hélicoptères militaires au sol ») are what the act hit: no air strike by the forces whose planes they are
  (trigger flag not_hit_craft, events_<lang>.CRAFT_HIT_VERBS), but a destruction by the guerrillas with the aircraft
  as its target (the "destroy" entry with object:aircraft), a MUC-4 ATTACK. Before, "MILITARY PLANES" typed an air
  strike done by the military and the guerrillas' act was lost, or no act at all was told in normal case;
- an act whose doers are the fighters of a campaign told before ("THE REBELS LAUNCHED A MAJOR OFFENSIVE ... THE
  GUERRILLA FIGHTERS DESTROYED TWO MILITARY PLANES", « les guérilleros ont détruit deux avions ») is one act of the
  campaign, not the campaign named again nor its damage: an incident of its own (events_<lang>.CAMPAIGN_NOUNS,
  incidents._campaign_only in _doers_named_again and _damage_told_after);
- a straight quote set right after a sentence's stop ('WAS CLOSED "UNTIL FURTHER NOTICE."') closes that sentence's
  quote: the parser's fragment of the mark alone joins the sentence before, not the next, which no longer reads as
  quoted (a destruction in a quote is never a head: the act after the closed airport was lost). So does a closing
  French mark (« jusqu'à nouvel ordre. »);
- a threat received "from" an armed group ("THE SINGER HAS RECEIVED DEATH THREATS FROM THE "FARC" GUERRILLA GROUP",
  « a reçu des menaces de mort des FARC ») was made by that group: its doer (incidents._threat_source,
  events_<lang>.THREAT_SOURCE_PREPS); before, the threat had no doer in English (French guard).

Every row failed before but the guards (marked). Stories invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import AIR, CLA, LOO, incidents, show
from bilan import nlp
from bilan.evaluate import muc4 as M
from bilan.extract.matching import sentences

PUB_AIRPORT = dt.date(1990, 3, 4)
PUB = dt.date(1989, 12, 8)


def _doers(inc, role="actor1"):
    return [a.mention.upper() for a in inc.actors if a.role == role]


@pytest.mark.parametrize("text, lang, victim", [
    ("VILLAVICENCIO, 4 MAR 90 (RADIO CADENA NACIONAL) -- [TEXT] THREE PEASANTS WERE KILLED TODAY IN AN AMBUSH "
     "BY GUERRILLAS NEAR LA ESTRELLA AIRPORT, META DEPARTMENT.", "en", "PEASANTS"),
    ("VILLAVICENCIO, 4 MAR 90 (RADIO CADENA NACIONAL) -- [TEXT] A BOMB EXPLODED TODAY NEAR THE LA ESTRELLA "
     "AIRPORT, KILLING TWO PEASANTS.", "en", "PEASANTS"),
    # (guard: in normal case the name is a modifier of the mention already)
    ("Villavicencio, 4 March 1990 (AFP) - Three peasants were killed on Sunday in an ambush by guerrillas near La "
     "Estrella airport, in Meta department.", "en", "PEASANTS"),
    # (guard)
    ("Villavicencio, 4 mars 1990 (AFP) - Trois paysans ont été tués dimanche dans une embuscade tendue par des "
     "guérilleros près de l'aéroport La Estrella, dans le département du Meta.", "fr", "PAYSANS"),
])
def test_named_airport_near_the_act_is_no_target(text, lang, victim):
    incs = incidents(text, lang, PUB_AIRPORT)
    assert len(incs) == 1, show(incs)
    inc = incs[0]
    assert M.muc_type(inc) in ("ATTACK", "BOMBING")
    assert inc.targets == []
    assert _doers(inc, "victim") == [victim]
    assert inc.date.start == PUB_AIRPORT


def test_named_airport_attacked_stays_the_target():
    # (guard)
    incs = incidents("VILLAVICENCIO, 4 MAR 90 (RADIO CADENA NACIONAL) -- [TEXT] GUERRILLAS ATTACKED THE LA ESTRELLA "
                     "AIRPORT TODAY, KILLING TWO PEASANTS.", "en", PUB_AIRPORT)
    assert len(incs) == 1, show(incs)
    assert [t.name for t in incs[0].targets] == ["airport"]
    assert _doers(incs[0]) == ["GUERRILLAS"]


@pytest.mark.parametrize("text, lang, craft, place", [
    ("   SAN MIGUEL, 8 DEC 89 (AFP) -- [TEXT] THE GUERRILLAS DESTROYED TWO MILITARY PLANES ON THE GROUND ON 7 DECEMBER,\n"
     "THE REBEL RADIO STATION REPORTED.\n", "en", "military planes", "San Miguel"),
    ("San Miguel, 8 December 1989 (AFP) - The guerrillas destroyed two military helicopters on the ground at the El "
     "Tamarindo airfield on Thursday, the rebel radio said.", "en", "military helicopters", "El Tamarindo"),
    ("San Miguel, 8 décembre 1989 (AFP) - Les guérilleros ont détruit deux hélicoptères militaires au sol sur "
     "l'aérodrome d'El Tamarindo jeudi, selon la radio rebelle.", "fr", "hélicoptères", "San Miguel"),
])
def test_aircraft_destroyed_on_the_ground_are_the_target_no_air_strike(text, lang, craft, place):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1, show(incs)
    inc = incs[0]
    assert inc.sub_event_type == LOO and M.muc_type(inc) == "ATTACK"
    assert not any(i.sub_event_type == AIR for i in incs)
    assert _doers(inc) == ["GUERRILLAS" if lang == "en" else "GUÉRILLEROS"]
    assert [t.name for t in inc.targets] == [craft]
    assert (inc.date.start, inc.date.end) == (dt.date(1989, 12, 7), dt.date(1989, 12, 7))
    assert inc.location.name == place


@pytest.mark.parametrize("text, lang, doers, targets", [
    ("   SAN MIGUEL, 8 DEC 89 (AFP) -- [TEXT] THE REBELS LAUNCHED A MAJOR OFFENSIVE ON 7 DECEMBER, ATTACKING 30 ARMY\n"
     "POSITIONS IN THE EASTERN REGION.\n\n"
     "   EL TAMARINDO AIRFIELD, LOCATED 20 KM EAST OF SAN MIGUEL, WAS CLOSED \"UNTIL FURTHER NOTICE.\"\n\n"
     "   ACCORDING TO THE REBEL RADIO STATION, THE GUERRILLA FIGHTERS DESTROYED TWO MILITARY PLANES ON THE GROUND AND\n"
     "CAUSED HEAVY DAMAGE TO THE AIRFIELD'S RUNWAY.\n", "en", ["GUERRILLA"], ["military planes", "runway"]),
    ("San Miguel, 8 décembre 1989 (AFP) - Les rebelles ont lancé jeudi une vaste offensive dans l'est du pays, "
     "attaquant trente positions de l'armée.\n\n"
     "L'aérodrome d'El Tamarindo, à 20 km à l'est de San Miguel, a été fermé « jusqu'à nouvel ordre. »\n\n"
     "Selon la radio rebelle, les guérilleros ont détruit deux avions militaires au sol.", "fr", ["GUÉRILLEROS"],
     ["avions"]),
])
def test_fighters_act_after_the_campaign_is_an_act_of_its_own(text, lang, doers, targets):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 2, show(incs)
    campaign, act = incs
    assert campaign.sub_event_type == CLA and M.muc_type(campaign) is None
    assert campaign.targets == []
    assert act.sub_event_type == LOO and M.muc_type(act) == "ATTACK"
    assert _doers(act) == doers
    assert [t.name for t in act.targets] == targets
    assert act.location.name == "San Miguel"


@pytest.mark.parametrize("text, lang", [
    ("   EL TAMARINDO AIRFIELD WAS CLOSED \"UNTIL FURTHER NOTICE.\"\n\n   THE GUERRILLAS BURNED TWO BUSES.\n", "en"),
    ("L'aérodrome a été fermé « jusqu'à nouvel ordre. »\n\nLes guérilleros ont incendié deux autobus.", "fr"),
])
def test_quote_closed_after_the_stop_ends_its_sentence(text, lang):
    doc = nlp.parse(text, lang)
    sents = sentences(doc)
    assert len(sents) == 2
    assert sents[0].text.rstrip().endswith(("\"", "»"))
    assert sents[1].text.lstrip().startswith(("THE GUERRILLAS", "Les guérilleros"))


@pytest.mark.parametrize("text, lang, doer", [
    ("   BOGOTA, 31 OCT 88 (EFE) -- [TEXT] ON 30 OCTOBER A BOMB EXPLODED AT A DANCE HALL IN IBAGUE WHERE THE SINGER\n"
     "CARLOS MEJIA WAS PERFORMING. THE SINGER HAS RECEIVED DEATH THREATS FROM THE \"FARC\" GUERRILLA GROUP BECAUSE\n"
     "THE LATTER BELIEVES HIS SONGS ARE DECADENT.\n", "en", "GUERRILLA"),
    ("Bogota, 31 October 1988 (AFP) - The singer Carlos Mejia has received death threats from the FARC because of his "
     "songs.", "en", "FARC"),
    # (guard)
    ("Bogota, 31 octobre 1988 (AFP) - Le chanteur Carlos Mejia a reçu des menaces de mort des FARC à cause de ses "
     "chansons.", "fr", "FARC"),
])
def test_threat_received_from_a_group_was_made_by_it(text, lang, doer):
    incs = incidents(text, lang, dt.date(1988, 10, 31))
    threats = [i for i in incs if i.stage != "accomplished"]
    assert len(threats) == 1, show(incs)
    threat = threats[0]
    assert M.muc_type(threat) == "ATTACK"
    assert [a.name for a in threat.actors if a.role == "actor1"] == ["FARC: Revolutionary Armed Forces of Colombia"]
    assert _doers(threat) == [doer]
    assert threat.location.name == "Bogotá"
