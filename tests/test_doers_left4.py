"""Doers left (4): doers laid by blame (a participle of accusing, a blast blamed in a later sentence), the
organisation of an indefinite speaker's group noun, and the force's own men doing an act told by a noun.

Stories written for this file (EN and FR, wire style; new names, places and figures). A coder expects:

- ``participle``: "A drone strike on a cattle market in Kadugli killed at least 17 people on Thursday, a local
  doctors' network said, blaming the paramilitary Rapid Support Forces (RSF)", « ..., a indiqué un réseau de médecins
  locaux, accusant les Forces de soutien rapide (FSR) »: the present participle of accusing with no subject of its own,
  hung on the saying verb or the act, names the doer as the relative clause on the source does
  ("..., according to a doctors' network, which blamed the army": ``incidents._blamed_in_follow_up``); the
  accusation stays the claim, alleged, said by the network (the English parse hangs the participle on the act:
  ``claims.passing_head`` takes the verb of saying told between them; its speaker was the drone strike before).
  Both failed before (unidentified armed group). Guard: "accusing the RSF of
  recruiting children" is another act (the doer stays unidentified).
- ``blast-blamed``: "A bomb exploded at a bus station in Dori on Sunday, killing nine travellers, officials said. The
  blast was blamed on JNIM." / "Officials blamed the blast on JNIM.": "the blast" laid at a group's door is the act told
  before (``events_en`` "blast" row with ``needs_blame``, as "explosion"), its doer JNIM. Both English rows failed
  before; « L'attaque a été attribuée au JNIM » passed before (guard).
- ``speaker-org``: "Boko Haram fighters killed at least 14 fishermen near the village of Kukawa ..., a militia leader
  and residents said", « ..., a déclaré un chef de milice »: the militia noun of an indefinite speaker names no group,
  and is no organisation of the story's group (``claims._speaker``): organisation None. Both failed before (Boko
  Haram). Guard: "a Boko Haram commander said" keeps Boko Haram.
- ``raid``: "Police said officers killed 31 gang members during a raid in the Cite Soleil district of Port-au-Prince":
  the act noun in a phrase of simultaneity (``events_<lang>.SIMULTANEOUS_PREPS``) on the verb whose subject is the
  speaking force's own men is that force's act (``incidents._speaker_as_doer``). The English row failed before
  (unidentified armed group for the raid); the French « lors d'un raid » passed before (guard).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents, show

UAG = "unidentified armed group"
PUB = dt.date(2026, 5, 12)
RSF = "RSF: Rapid Support Forces"
HAITI_POLICE = "Police Forces of Haiti"

# (id, lang, text, place, actor1 names)
DOERS = [
    ("en-blaming", "en", "A drone strike on a cattle market in Kadugli killed at least 17 people on Thursday, a local "
     "doctors' network said, blaming the paramilitary Rapid Support Forces (RSF).", "Kadugli", [RSF]),
    ("fr-accusant", "fr", "Une frappe de drone sur un marché de Kadugli a tué au moins 17 personnes jeudi, a indiqué un "
     "réseau de médecins locaux, accusant les Forces de soutien rapide (FSR).", "Kadugli", [RSF]),
    ("en-blast-passive", "en", "A bomb exploded at a bus station in Dori on Sunday, killing nine travellers, officials "
     "said. The blast was blamed on JNIM.", "Dori", ["JNIM"]),
    ("en-blast-active", "en", "A bomb exploded at a bus station in Dori on Sunday, killing nine travellers, officials "
     "said. Officials blamed the blast on JNIM.", "Dori", ["JNIM"]),
    ("en-raid", "en", "Police said officers killed 31 gang members during a raid in the Cite Soleil district of "
     "Port-au-Prince on Wednesday.", "Port-au-Prince", [HAITI_POLICE]),
    # guards (passed before)
    ("fr-attribuee", "fr", "Une bombe a explosé dimanche dans une gare routière de Dori, tuant neuf voyageurs, selon des "
     "responsables. L'attaque a été attribuée au JNIM.", "Dori", ["JNIM"]),
    ("fr-raid", "fr", "La police a affirmé que des agents avaient tué 31 membres de gangs lors d'un raid mercredi dans le "
     "quartier de Cité Soleil, à Port-au-Prince.", "Port-au-Prince", [HAITI_POLICE]),
    ("en-blaming-other-act", "en", "A drone strike on a cattle market in Kadugli killed at least 17 people on Thursday, "
     "a local doctors' network said, accusing the Rapid Support Forces (RSF) of recruiting children.", "Kadugli",
     [UAG]),
]


@pytest.mark.parametrize("rid,lang,text,place,doers", DOERS, ids=[r[0] for r in DOERS])
def test_doers(rid, lang, text, place, doers):
    found = incidents(text, lang, published=PUB)
    inc = next((i for i in found if i.location.name == place), None)
    assert inc is not None, show(found)
    assert [a.name for a in inc.actors_in("actor1")] == doers, show(found)


@pytest.mark.parametrize("row", [0, 1], ids=["en", "fr"])
def test_participle_accusation_stays_alleged_claim(row):
    _, lang, text, _, _ = DOERS[row]
    inc = next(i for i in incidents(text, lang, published=PUB) if i.location.name == "Kadugli")
    alleged = [c for c in inc.claims if c.certainty == "alleged"]
    assert alleged and all("médecins" in c.speaker or "doctors" in c.speaker for c in alleged), \
        [(c.certainty, c.speaker, c.text) for c in inc.claims]


# (id, lang, text, speaker word, organisation)
ORGS = [
    ("en-militia-leader", "en", "Boko Haram fighters killed at least 14 fishermen near the village of Kukawa in Borno "
     "state on Monday, a militia leader and residents said.", "militia", None),
    ("fr-chef-de-milice", "fr", "Des combattants de Boko Haram ont tué au moins 14 pêcheurs près du village de Kukawa, "
     "dans l'État de Borno, lundi, a déclaré un chef de milice.", "milice", None),
    # guard (passed before)
    ("en-bh-commander", "en", "Boko Haram fighters killed at least 14 soldiers near the village of Kukawa in Borno state "
     "on Monday, a Boko Haram commander said.", "commander", "Boko Haram"),
]


@pytest.mark.parametrize("rid,lang,text,word,org", ORGS, ids=[r[0] for r in ORGS])
def test_speaker_organisation(rid, lang, text, word, org):
    found = incidents(text, lang, published=PUB)
    inc = next((i for i in found if i.location.name == "Kukawa"), None)
    assert inc is not None, show(found)
    assert [a.name for a in inc.actors_in("actor1")] == ["Boko Haram"], show(found)
    claims = [c for c in inc.claims if c.speaker and word in c.speaker]
    assert claims, [(c.speaker, c.organisation) for c in inc.claims]
    assert all(c.organisation == org for c in claims), [(c.speaker, c.organisation) for c in claims]
