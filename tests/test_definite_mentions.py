"""A definite mention of the lead's act typed by another word (h-definite; story a23 of our own): "The attack on the
base near the town of Saravena lasted about two hours, ... which said troops repelled the assault and killed two of
the attackers" after rebels "attacked a military base with explosives-laden drones" in the department of Arauca is
that attack told again (:func:`bilan.extract.incidents._lead_act_named_again`), not a clash of its own:

- the definite noun of attack on what the lead hit ("the attack on the base", « l'attaque contre la base »,
  « l'assaut contre la base ») joins the lead typed by how it was done (drones, shelling, a suicide bomber, an
  ambush), also when its sentence tells the side hit fighting back ("repelled the assault and killed two of the
  attackers": a side of that same act, docs/conventions.md "Escorts and answers");
- the lead keeps its type (docs/conventions.md "One act told again": a lead told by how it was done keeps it; a drone
  attack on a base with rifles stays an air/drone strike, as ACLED types an act by its first means told, the fight
  around the base being the same act), takes the mention's town when it lies inside the lead's region, and its
  figure of the dead covers the attackers killed (the same-document envelope, as for any re-mention's toll; a sum
  would be ACLED's count, left as it is: see the report), the source's claim kept;
- guards: a definite mention with a day or a town of its own elsewhere (« l'attaque de mardi dernier contre le camp
  de Tumaco »), "a second attack", « une autre attaque » stay apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

JAN19 = dt.date(2026, 1, 19)

_DRONES_EN = ("Four soldiers were killed on Saturday when rebels attacked an army camp with armed drones and "
              "rifles in the department of Cauca, the army said.\n\n")
_DRONES_FR = ("Quatre soldats ont été tués samedi lorsque des rebelles ont attaqué un camp militaire avec des "
              "drones armés et des fusils dans le département du Cauca, a indiqué l'armée.\n\n")
_SHELLS_EN = ("Rebels shelled a military base in North Kivu province on Saturday, killing three soldiers, the army "
              "said.\n\n")
_SHELLS_FR = ("Des rebelles ont bombardé une base militaire samedi dans la province du Nord-Kivu, tuant trois "
              "soldats, selon l'armée.\n\n")
_AMBUSH_EN = ("Gunmen ambushed a military convoy in Cabo Delgado province on Saturday, killing nine soldiers, the "
              "defence ministry said.\n\n")
_AMBUSH_FR = ("Des hommes armés ont tendu une embuscade à un convoi militaire samedi dans la province de Cabo "
              "Delgado, tuant neuf soldats, a annoncé le ministère de la Défense.\n\n")
_SUICIDE_EN = ("A suicide bomber blew himself up at a police station in Borno State on Saturday, killing seven "
               "officers, police said.\n\n")

# --- the definite mention joins the lead: (text, lang, sub-event type, place or None, dead best)
JOINS = [
    (_DRONES_EN + "The attack on the camp near the town of Toribio lasted three hours, according to the army, which "
                  "said soldiers repelled the assault and killed six of the attackers.", "en", extracting.AIR,
     "Toribío", 4),
    (_DRONES_FR + "L'attaque contre le camp, près de Toribío, a duré trois heures, selon l'armée, qui affirme que "
                  "les soldats ont repoussé l'assaut et tué six assaillants.", "fr", extracting.AIR, "Toribío", 4),
    (_DRONES_EN + "The assault on the camp lasted three hours, the army said.", "en", extracting.AIR, None, 4),
    (_SHELLS_EN + "The attack on the base near Rutshuru lasted most of the night, an army spokesman said.", "en",
     extracting.ART, "Rutshuru", 3),
    (_SHELLS_FR + "L'assaut contre la base, près de Rutshuru, a duré toute la nuit, a précisé un porte-parole de "
                  "l'armée.", "fr", extracting.ART, "Rutshuru", 3),
    (_AMBUSH_EN + "The attack on the convoy near Macomia lasted about an hour, the ministry said.", "en",
     extracting.CLA, "Macomia", 9),
    (_AMBUSH_FR + "L'attaque contre le convoi, près de Macomia, a duré environ une heure, selon le ministère.", "fr",
     extracting.CLA, "Macomia", 9),
    (_SHELLS_EN + "The raid on the base came as peace talks stalled, an army spokesman said.", "en",
     extracting.ART, None, 3),
    (_SUICIDE_EN + "The attack on the police station also destroyed two vehicles, a police spokesman said.", "en",
     extracting.SUI, None, 7),
]


@pytest.mark.parametrize("text,lang,sub,place,dead", extracting.indexed_params(JOINS))
def test_the_definite_mention_joins_the_lead(text, lang, sub, place, dead):
    news = [i for i in extracting.incidents(text, lang, JAN19) if not i.recalled]
    assert [(i.sub_event_type, i.fatalities.best if i.fatalities else None) for i in news] == [(sub, dead)]
    if place is not None:
        assert news[0].location.name == place, news[0].location


# --- guards: another act stays apart: (text, lang)
APART = [
    (_DRONES_FR + "L'attaque de mardi dernier contre le camp de Tumaco avait fait deux morts, selon la même "
                  "source.", "fr"),
    (_DRONES_EN + "Last Tuesday's attack on the camp in Tumaco killed two soldiers, the army said.", "en"),
    # (a town of its own outside the lead's region: Tumaco lies in Nariño, not in Cauca)
    (_DRONES_EN + "The attack on the camp in Tumaco killed two soldiers, the army said.", "en"),
    (_DRONES_FR + "L'attaque contre le camp de Tumaco a tué deux soldats, selon l'armée.", "fr"),
    (_DRONES_EN + "A second attack on the camp killed two more soldiers hours later, the army said.", "en"),
    (_SHELLS_FR + "Une autre attaque contre la base a tué deux soldats quelques heures plus tard, selon "
                  "l'armée.", "fr"),
    (_DRONES_EN + "Another attack on the camp killed two soldiers hours later, the army said.", "en"),
    # (the lead's plural weapon, « des drones armés », is what one act was done with, no acts told as several)
    (_DRONES_FR + "Une autre attaque contre le camp a tué deux soldats quelques heures plus tard, selon "
                  "l'armée.", "fr"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(APART))
def test_another_act_stays_apart(text, lang):
    incs = extracting.incidents(text, lang, JAN19)
    assert len(incs) == 2, [(i.sub_event_type, i.location.name, i.fatalities) for i in incs]


# --- an act of a year recalled with no place of its own is of no town the dateline names, only of its country (a23's
# "clashes ... displaced more than 50,000 people last year" in a story filed from BOGOTA): (text, lang, place of the
# recalled act)
_FILED_EN = ("BOGOTA, Jan 19, 2026 (AFP) - Five soldiers were killed on Sunday when rebels attacked a military base in "
             "the department of Cauca, the army said.\n\n")
_FILED_FR = ("BAMAKO, 19 janv. 2026 (AFP) - Quatre soldats ont été tués dimanche lors d'une attaque contre un camp "
             "militaire dans la région de Ségou, a indiqué l'armée.\n\n")
RECALLED = [
    (_FILED_EN + "The defence minister said reinforcements had been sent to the region, where clashes between armed "
                 "groups displaced more than 20,000 people last year.", "en", "Colombia"),
    (_FILED_FR + "Le ministre de la Défense a annoncé l'envoi de renforts dans la région, où des affrontements "
                 "entre groupes armés ont déplacé plus de 50 000 personnes l'an dernier.", "fr", "Mali"),
    # guard: a place of its own stays
    (_FILED_EN + "The defence minister said clashes between armed groups in Tumaco displaced more than 20,000 people "
                 "last year.", "en", "Tumaco"),
]


@pytest.mark.parametrize("text,lang,place", extracting.indexed_params(RECALLED))
def test_a_recalled_year_is_not_the_datelines_town(text, lang, place):
    recalled = [i for i in extracting.incidents(text, lang, JAN19) if i.recalled]
    assert recalled and recalled[0].location.name == place, [(i.sub_event_type, i.location) for i in recalled]


# --- the whole story a23 (ours): one act, the drone strike, at Saravena, its dead covering the two attackers the
# Brigade says were killed (the same-document envelope of a re-mention's toll, 2-5, best 5), the Brigade's claim
# kept; the region's clashes of last year recalled, in Colombia, not at the dateline's BOGOTA
A23 = "\n\n".join([
    'Five soldiers killed as ELN rebels attack army post in Colombia',
    'BOGOTA, Jan 19, 2026 (AFP) - Five Colombian soldiers were killed and nine wounded on Sunday when '
    'rebels of the National Liberation Army (ELN) attacked a military base with explosives-laden drones '
    'and rifles in the northeastern department of Arauca, the army said.',
    "The attack on the base near the town of Saravena lasted about two hours, according to the army's "
    'Eighteenth Brigade, which said troops repelled the assault and killed two of the attackers.',
    'The ELN did not immediately claim responsibility. The group, which has waged an insurgency since '
    '1964, broke off peace talks with the government of President Gustavo Petro last year after a bombing'
    ' it blamed on a dissident faction of the former FARC guerrilla.',
    'Defence Minister Pedro Sanchez condemned the "cowardly attack" and said reinforcements had been sent'
    ' to the region, where clashes between the ELN and FARC dissidents displaced more than 50,000 people '
    'last year.',
]) + "\n"


def test_a23_is_one_act_and_a_recalled_year():
    incs = extracting.incidents(A23, "en", JAN19)
    news = [i for i in incs if not i.recalled]
    assert [(i.sub_event_type, i.location.name) for i in news] == [(extracting.AIR, "Saravena")]
    lead = news[0]
    assert (lead.fatalities.low, lead.fatalities.best, lead.fatalities.high) == (2, 5, 5)
    assert lead.injured is not None and lead.injured.best == 9
    assert any("Eighteenth Brigade" in (c.speaker or "") for c in lead.claims)
    # "the attackers" the troops killed are the ELN named again, no unidentified doer beside it
    assert {a.name for a in lead.actors if a.role == "actor1"} == {"ELN: National Liberation Army"}, lead.actors
    assert [i.location.name for i in incs if i.recalled] == ["Colombia"]
