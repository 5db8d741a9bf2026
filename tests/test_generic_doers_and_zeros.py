"""Unnamed doers and another act's group, a named group's killing typed, zeros told after the act, a side's own
target (h-generic; the lead's stories a45-a47 showed the gaps).

- Unnamed doers ("Gunmen", « des hommes armés ») are the story's one named group, except when the story names that
  group only as the doer of another act told in a sentence of its own as earlier, in the past perfect or dated to days
  all before the act's (« La semaine dernière, des éléments de l'UPC avaient enlevé trois commerçants », "Last week, UPC
  fighters abducted three traders"): named for an earlier act, not for this one
  (actors.resolve_generic, _doer_of_an_earlier_act_only). Named for the same act or in its sentence, it stays theirs.
- "Gunmen killed 11 men ... in an attack blamed on the ADF" (« une attaque attribuée aux ADF »): the unnamed doers are
  the group the act is laid at, one side, not two that fought; men of no side killed are an attack on civilians
  (incidents._sides, _unnamed_doers_of). Soldiers killed stay an armed clash. Who found the bodies fought no one.
- A stated zero in the sentence after an act, whose only act word is a definite noun that refers back ("The attack
  left no one dead", « L'attaque n'a fait aucun mort »), is that act's zero, for a field it has no figure of
  (incidents._stated_none).
- An armed side's own version of the act told again after others told it hit civilians ("The junta's spokesman
  denied that civilians had been targeted, saying the strike hit a training camp of the People's Defence Force"): the
  side it names as hit is its claim, not the incident's actor2 (incidents._side_hit_in_a_sides_word_only).
  Alone, the side's statement keeps the side it names.

Rows written for this file, EN and FR, our own sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import ATT, BAT, CLA, VAC, incidents

PUBLISHED = dt.date(2026, 3, 8)  # a Sunday
UNIDENTIFIED = "unidentified armed group"


def _lead(text: str, lang: str):
    incs = incidents(text, lang, PUBLISHED)
    assert incs, "no incident"
    return incs[0], incs


def _doers(inc) -> list[str]:
    return [a.name for a in inc.actors if a.role == "actor1"]


def _triple(r):
    return None if r is None else (r.low, r.best, r.high)


# --- unnamed doers and a group named for another, earlier act: (text, lang, the lead's doers)
EARLIER_GROUP = [
    ("Une vingtaine d'hommes armés ont pillé le marché de Bakala dans la nuit de jeudi à vendredi, emportant des "
     "vivres, selon des habitants. Aucune victime n'a été signalée. La semaine dernière, des éléments de l'UPC avaient "
     "enlevé trois commerçants près de la ville, selon une source locale.", "fr", [UNIDENTIFIED]),
    ("About twenty gunmen looted the market in Bakala overnight, residents said. No one was hurt. Last week, UPC "
     "fighters had abducted three traders near the town before releasing them for a ransom, a local source said.",
     "en", [UNIDENTIFIED]),
    # told in the simple past, dated to days all before the act's
    ("About twenty gunmen looted the market in Bakala on Thursday night, residents said. No one was hurt. Last week, "
     "UPC fighters abducted three traders near the town, a local source said.", "en", [UNIDENTIFIED]),
    ("Une vingtaine d'hommes armés ont pillé le marché de Bakala jeudi soir, selon des habitants. La semaine "
     "dernière, des éléments de l'UPC ont enlevé trois commerçants près de la ville.", "fr", [UNIDENTIFIED]),
    # guards: the group named for the same act, in its sentence or after it, stays the doers'
    ("Gunmen looted the market in Bakala on Thursday. UPC fighters also burned two shops in the town on Thursday.",
     "en", ["UPC"]),
    ("Des hommes armés ont attaqué le village de Kembé lundi, tuant quatre civils. Les éléments de l'UPC ont ensuite "
     "incendié des maisons.", "fr", ["UPC"]),
    ("Gunmen looted the market in Bakala overnight, residents said. The UPC fighters then set fire to two shops.",
     "en", ["UPC"]),
    ("Des hommes armés de l'UPC ont pillé le marché de Bakala jeudi. La semaine dernière, ils avaient enlevé trois "
     "commerçants.", "fr", ["UPC"]),
    ("Gunmen attacked the village of Kembé on Monday, killing four civilians. Police said UPC fighters had carried "
     "out the attack.", "en", ["UPC"]),
]


@pytest.mark.parametrize("text,lang,doers", EARLIER_GROUP, ids=[f"{r[1]}-{i}" for i, r in enumerate(EARLIER_GROUP)])
def test_group_of_an_earlier_act(text, lang, doers):
    lead, _ = _lead(text, lang)
    assert _doers(lead) == doers


# --- a killing laid at a named group: (text, lang, event type, sub-event type, the lead's doers)
BLAMED = [
    ("Gunmen killed 11 men in the village of Mangina on Sunday in an attack blamed on the ADF, local officials said.",
     "en", VAC, ATT, ["Allied Democratic Forces"]),
    ("Des hommes armés ont tué onze hommes dimanche dans le village de Mangina, lors d'une attaque attribuée aux ADF, "
     "selon des responsables locaux.", "fr", VAC, ATT, ["Allied Democratic Forces"]),
    # two groups named in the story: the gunmen stay unnamed in the parse, still one side with the group blamed
    ("Gunmen killed 11 men in the village of Mangina on Sunday in an attack blamed on the ADF, local officials said. "
     "The army is also fighting the CODECO militia in the province.", "en", VAC, ATT, ["Allied Democratic Forces"]),
    # who found the bodies fought no one
    ("Troops found the bodies of 11 men with gunshot wounds in a ditch near the village of Mangina two days after an "
     "attack blamed on the ADF, the army said on Monday.", "en", VAC, ATT, ["Allied Democratic Forces"]),
    ("Des militaires ont découvert les corps de onze hommes tués par balle près du village de Mangina, deux jours "
     "après une attaque attribuée aux ADF, a indiqué l'armée lundi.", "fr", VAC, ATT, ["Allied Democratic Forces"]),
    # guard: soldiers killed are a side that fought
    ("Gunmen killed 11 soldiers at a post near Mangina on Sunday in an attack blamed on the ADF, local officials "
     "said.", "en", BAT, CLA, ["Allied Democratic Forces"]),
]


@pytest.mark.parametrize("text,lang,etype,sub,doers", BLAMED, ids=[f"{r[1]}-{i}" for i, r in enumerate(BLAMED)])
def test_killing_laid_at_a_group(text, lang, etype, sub, doers):
    lead, _ = _lead(text, lang)
    assert (lead.event_type, lead.sub_event_type) == (etype, sub)
    assert _doers(lead) == doers


ZERO = (0, 0, 0)

# --- a zero told after the act by a definite noun: (text, lang, fatalities, injured) of the one incident
ZEROS_AFTER = [
    ("Gunmen raided the village of Ngoutéré on Monday. The attack left no one dead.", "en", ZERO, None),
    ("Des hommes armés ont attaqué le village de Ngoutéré lundi. L'attaque n'a fait aucun mort.", "fr", ZERO, None),
    ("Soldiers shot dead two men at a checkpoint in Ngoutéré on Monday. The attack left no one else hurt.", "en",
     (2, 2, 2), ZERO),
    ("Des soldats ont abattu deux hommes à un poste de contrôle à Ngoutéré lundi. L'attaque n'a fait aucun autre "
     "blessé.", "fr", (2, 2, 2), ZERO),
    # guards: a definite noun with a place and a day of its own may be another act; a zero never widens a toll
    ("Gunmen raided the village of Ngoutéré on Monday. The attack on Bria on Tuesday left no one dead.", "en", None,
     None),
    ("Des hommes armés ont attaqué le village de Ngoutéré lundi. L'attaque de Bria, mardi, n'a fait aucun mort.", "fr",
     None, None),
    ("Gunmen killed two farmers in the village of Ngoutéré on Monday. The attack left no one dead in the next "
     "village.", "en", (2, 2, 2), None),
]


@pytest.mark.parametrize("text,lang,dead,hurt", ZEROS_AFTER, ids=[f"{r[1]}-{i}" for i, r in enumerate(ZEROS_AFTER)])
def test_zero_after_the_act(text, lang, dead, hurt):
    lead, incs = _lead(text, lang)
    assert len(incs) == 1
    assert _triple(lead.fatalities) == dead
    assert _triple(lead.injured) == hurt
    for fld, want in (("fatalities", dead), ("injured", hurt)):
        if want == ZERO:
            assert getattr(lead, fld).basis == "none"
            ev = [e for e in lead.evidence if e.field == fld]
            assert ev and all(text[e.start:e.end] == e.text for e in ev)


# --- a side's own word on what the act hit: (text, lang, the lead's actor2 names)
SIDES_WORD = [
    ("Myanmar's military carried out an air strike on a village in Magway region on Tuesday, killing at least 20 "
     "people including children, residents said. The junta's spokesman denied that civilians had been targeted, "
     "saying the strike hit a training camp of the People's Defence Force (PDF).", "en", []),
    ("An air strike killed 14 civilians in the village of Myothit on Tuesday, residents said. The military said the "
     "strike hit a training camp of the People's Defence Force.", "en", []),
    ("L'armée birmane a mené mardi une frappe aérienne sur un village de la région de Magway, tuant au moins 20 "
     "personnes dont des enfants, selon des habitants. Le porte-parole de la junte a nié que des civils aient été "
     "visés, affirmant que la frappe avait touché un camp d'entraînement des Forces de défense du peuple (PDF).",
     "fr", []),
]


@pytest.mark.parametrize("text,lang,hit", SIDES_WORD, ids=[f"{r[1]}-{i}" for i, r in enumerate(SIDES_WORD)])
def test_side_hit_in_a_sides_word_only(text, lang, hit):
    lead, incs = _lead(text, lang)
    assert len(incs) == 1
    assert [a.name for a in lead.actors if a.role == "actor2"] == hit
    assert any(c.stance == "supports" and c.organisation is None for c in lead.claims)  # the residents'
    assert any(c.organisation is not None for c in lead.claims)  # the side's word on what it hit, kept as its claim


# guard: the side's statement alone keeps the side it names as hit
def test_sides_statement_alone_keeps_its_target():
    lead, _ = _lead("Myanmar's military said its air strike hit a training camp of the People's Defence Force in "
                    "Magway region on Tuesday.", "en")
    assert any(a.role == "actor2" and "People's Defence Force" in a.name for a in lead.actors)
