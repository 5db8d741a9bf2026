"""Doers left unnamed: unnamed "gunmen" the story never ties to its one named group, a zone's background that
lends its group to no act, and a doer told by "at the hands of".

Stories written for this file (EN and FR, wire style). A coder expects (docs/conventions.md, "Aliases per
language ... Unnamed armed men" and "A story that lays its acts at the door of one named non-state armed group"):

- ``new-gunmen``: « Des combattants du JNIM ont attaqué un poste ... Mardi soir, des hommes armés ont tué deux
  éleveurs » / "JNIM fighters attacked an army post ... In a separate incident, gunmen killed two herders": the
  gunmen are brought in with no word that refers back ("gunmen", « des hommes armés »: no determiner of
  ``actors_<lang>.ANAPHORIC_DETERMINERS``) and neither their sentence nor the next names the group: they stay an
  "unidentified armed group" (``actors._new_unnamed_doers``). Before, the older rule of ``actors.resolve_generic``
  made them the story's one named group (JNIM, the M23). "Separately," opening their sentence tells an act of its
  own (``events_en.NEW_EVENT_OPENERS``, as « Par ailleurs » in French): before, it was merged into the RSF's
  shelling.
- ``tied-next``: "The militants, who belong to JNIM, fled" / « Ces combattants du JNIM ont pris la fuite » right
  after: the next sentence names the group, it tells who they were: they are JNIM (guard; passed before; so are
  the guards of tests/test_generic_doers_and_zeros.py and tests/test_actors_area.py with the group named in the
  sentence after the gunmen's).
- ``tied-same``: "CODECO militiamen attacked a camp ..., and gunmen also burned a health centre": the group named in
  their sentence (guard; passed before).
- ``series``: "Boko Haram fighters have stepped up their attacks on farming villages ... gunmen killed five farmers",
  « multiplient les attaques »: the group told as doing a run of acts of the time
  (``actors_<lang>.SERIES_ACT_NOUNS`` as the object of its verb): the gunmen are Boko Haram (guard; passed before).
- ``background``: "The region has been plagued since 2016 by attacks by fighters linked to JNIM", « La région est en
  proie depuis 2016 aux attaques du JNIM », after an ambush told with no doer: a zone's past trend (a recalled
  incident dated to a year, told only by plural nouns) lends its group to no act of the story: the ambush stays an
  "unidentified armed group" (``incidents._attach_story_perpetrator``). Before, the ambush got JNIM.
- ``hands``: "Four farmers were killed at the hands of unidentified gunmen": the "of" complement of "hands" in a
  phrase on the act's verb is its doer, the mention "unidentified gunmen" (``incidents._hand_of``). Before, the
  act's own word stood for an unnamed doer. The French passive agent (« tués par des hommes armés non
  identifiés ») is a guard that passed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents

UAG = "unidentified armed group"

JNIM_EN = ("BAMAKO, March 14 (Reuters) - JNIM fighters attacked an army post near the town of Niono on Tuesday, "
           "killing four soldiers, the army said.\n\n")
JNIM_FR = ("BAMAKO, 14 mars (AFP) - Des combattants du JNIM ont attaqué mardi un poste de l'armée près de Niono, tuant "
           "quatre soldats, a indiqué l'armée.\n\n")
AMBUSH_EN = ("BAMAKO, March 14 (Reuters) - Two civilians were killed when their vehicle was ambushed near the town of "
             "Diafarabe in central Mali on Tuesday, a local official said.\n\n")
AMBUSH_FR = ("BAMAKO, 14 mars (AFP) - Deux civils ont été tués mardi dans une embuscade contre leur véhicule près de la "
             "ville de Diafarabé, dans le centre du Mali, a indiqué un élu local.\n\n")

# (id, lang, story, the place of the incident looked at, its actor1 (name, mention))
ROWS = [
    ("en-new-gunmen", "en", JNIM_EN + "In a separate incident on Tuesday, gunmen killed two herders near the village "
     "of Dogofry, residents said.", "Dogofry", (UAG, "gunmen")),
    ("fr-new-gunmen", "fr", JNIM_FR + "Mardi soir, des hommes armés ont tué deux éleveurs près du village de Dogofry, "
     "selon des habitants.", "Dogofry", (UAG, "hommes armés")),
    ("fr-new-gunmen-m23", "fr", "GOMA, 14 mars (AFP) - Les rebelles du M23 ont bombardé mardi la localité de Sake, "
     "tuant cinq civils, selon des sources locales.\n\nPar ailleurs, des hommes armés ont attaqué le village de "
     "Kashuga, à 30 km au nord, et tué quatre civils, a indiqué un responsable de la société civile.", "Kashuga",
     (UAG, "hommes armés")),
    # ("Separately," opens an act of its own, events_en.NEW_EVENT_OPENERS: was merged into the RSF's shelling)
    ("en-new-gunmen-separately", "en", "KHARTOUM, March 14 (Reuters) - Fighters of the Rapid Support Forces (RSF) "
     "shelled the city of El Obeid on Tuesday, killing seven civilians, a medical source said.\n\nSeparately, gunmen "
     "stormed a clinic in the village of Kafut, 40 km south of the city, and killed three nurses, a local medical "
     "committee said.", "Kafut", (UAG, "gunmen")),
    ("en-tied-next", "en", JNIM_EN + "Later on Tuesday, gunmen killed two herders near the village of Dogofry. The "
     "militants, who belong to JNIM, fled on motorbikes, residents said.", "Dogofry", ("JNIM", "gunmen")),
    ("fr-tied-next", "fr", JNIM_FR + "Mardi soir, des hommes armés ont tué deux éleveurs près du village de Dogofry. "
     "Ces combattants du JNIM ont ensuite pris la fuite à moto, selon des habitants.", "Dogofry",
     ("JNIM", "hommes armés")),
    ("en-tied-same", "en", "GOMA, March 14 (Reuters) - CODECO militiamen attacked a camp for displaced people near "
     "Djugu on Tuesday, and gunmen also burned a health centre in the village, killing two nurses, a local official "
     "said.", "Djugu", ("CODECO", "CODECO")),
    ("en-series", "en", "MAIDUGURI, Nigeria, March 14 (Reuters) - Boko Haram fighters have stepped up their attacks on "
     "farming villages in Borno state.\n\nOn Tuesday, gunmen killed five farmers near the village of Mafa, residents "
     "said.", "Mafa", ("Boko Haram", "gunmen")),
    ("fr-series", "fr", "MAIDUGURI, 14 mars (AFP) - Les combattants de Boko Haram multiplient les attaques contre les "
     "villages agricoles de l'État de Borno.\n\nMardi, des hommes armés ont tué cinq agriculteurs près du village de "
     "Mafa, selon des habitants.", "Mafa", ("Boko Haram", "hommes armés")),
    ("en-background", "en", AMBUSH_EN + "The region has been plagued since 2016 by attacks by fighters linked to JNIM.",
     "Diafarabe", (UAG, "ambushed")),
    ("fr-background", "fr", AMBUSH_FR + "La région est en proie depuis 2016 aux attaques du JNIM.", "Diafarabé",
     (UAG, "embuscade")),
    ("fr-background-linked", "fr", AMBUSH_FR + "La région est en proie depuis 2016 aux attaques des combattants liés "
     "au JNIM.", "Diafarabé", (UAG, "embuscade")),
    ("en-hands", "en", "BANGUI, March 14 (Reuters) - Four farmers were killed at the hands of unidentified gunmen near "
     "the town of Bossangoa in northwestern Central African Republic on Tuesday, a local official said.", "Bossangoa",
     (UAG, "unidentified gunmen")),
    ("fr-agent", "fr", "BANGUI, 14 mars (AFP) - Quatre agriculteurs ont été tués mardi par des hommes armés non "
     "identifiés près de Bossangoa, dans le nord-ouest de la Centrafrique, a indiqué un responsable local.",
     "Bossangoa", (UAG, "hommes armés")),
]


@pytest.mark.parametrize("rid,lang,text,place,doer", ROWS, ids=[r[0] for r in ROWS])
def test_doers_left(rid, lang, text, place, doer):
    found = [i for i in incidents(text, lang, published=dt.date(2026, 3, 14)) if not i.recalled]
    inc = next((i for i in found if i.location.name == place), None)
    assert inc is not None, [(i.sub_event_type, i.location.name) for i in found]
    assert [(a.name, a.mention) for a in inc.actors_in("actor1")] == [doer]


def test_hands_toll():
    text = ROWS[-2][2]
    (inc,) = incidents(text, "en", published=dt.date(2026, 3, 14))
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (4, 4, 4)
    assert all(c.verb != "attribute" for c in inc.claims)


# ``taken-and-other-killed``: "Gunmen abducted the wife of a trader and killed him", « ont enlevé la femme d'un
# commerçant et l'ont tué »: the pronoun (« tué », masculine singular, agrees with it) cannot stand for the wife;
# it stands for the trader named in her phrase, another person killed in the taking: an attack
# (``incidents._kills_another_of_the_phrase``; was an abduction in English). Guard: "... and killed her" / « l'ont
# tuée » is the taken killed: the abduction stays (docs/conventions.md "Taken, then killed").
TAKEN = [
    ("en-other-killed", "en", "MAIDUGURI, Nigeria, March 14 (Reuters) - Gunmen abducted the wife of a trader and "
     "killed him in the village of Gajiram in Borno state on Tuesday, police said.", "Attack"),
    ("fr-other-killed", "fr", "NIAMEY, 14 mars (AFP) - Des hommes armés ont enlevé mardi la femme d'un commerçant et "
     "l'ont tué dans le village de Banibangou, dans l'ouest du Niger, a indiqué une source locale.", "Attack"),
    ("en-taken-killed", "en", "MAIDUGURI, Nigeria, March 14 (Reuters) - Gunmen abducted the wife of a trader and "
     "killed her in the village of Gajiram in Borno state on Tuesday, police said.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize("rid,lang,text,sub", TAKEN, ids=[r[0] for r in TAKEN])
def test_taken_and_other_killed(rid, lang, text, sub):
    found = incidents(text, lang, published=dt.date(2026, 3, 14))
    assert [i.sub_event_type for i in found] == [sub]
    assert [a.mention for a in found[0].actors_in("actor1")] == [text.split(" - ")[1].split()[0] if lang == "en"
                                                                 else "hommes armés"]


# guards that passed before (checked for this brief): "Suspected jihadists" / « des jihadistes présumés » stay an
# unidentified armed group with an alleged claim on the act; a claim of responsibility (« a revendiqué ») makes the
# claimant the doer, its claim asserted.
HEDGED = [
    ("en-suspected", "en", "OUAGADOUGOU, March 14 (Reuters) - Suspected jihadists killed six villagers in an attack on "
     "the village of Tougouri in northern Burkina Faso on Tuesday, security sources said.", UAG, "alleged"),
    ("fr-suspected", "fr", "OUAGADOUGOU, 14 mars (AFP) - Des jihadistes présumés ont tué mardi six villageois lors "
     "d'une attaque contre le village de Tougouri, dans le nord du Burkina Faso, selon des sources sécuritaires.", UAG,
     "alleged"),
    ("en-claimed", "en", "NIAMEY, March 14 (Reuters) - Five soldiers were killed in an attack on an army post near the "
     "town of Tera in western Niger on Tuesday. The Islamic State Sahel Province claimed responsibility for the "
     "attack on Wednesday.", "Islamic State Sahel Province", "asserted"),
    ("fr-claimed", "fr", "NIAMEY, 14 mars (AFP) - Cinq soldats ont été tués mardi dans une attaque contre un poste de "
     "l'armée près de Téra, dans l'ouest du Niger. L'État islamique au Sahel a revendiqué l'attaque mercredi.",
     "Islamic State Sahel Province", "asserted"),
]


@pytest.mark.parametrize("rid,lang,text,doer,certainty", HEDGED, ids=[r[0] for r in HEDGED])
def test_hedged_and_claimed_doers(rid, lang, text, doer, certainty):
    (inc,) = incidents(text, lang, published=dt.date(2026, 3, 14))
    assert [a.name for a in inc.actors_in("actor1")] == [doer]
    assert certainty in {c.certainty for c in inc.claims}
    if doer != UAG:
        assert any(c.speaker and c.organisation == doer and c.certainty == "asserted" for c in inc.claims)
