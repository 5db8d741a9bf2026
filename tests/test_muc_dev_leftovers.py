"""MUC-4 dev stories still missed or told twice (h-muc13), their shapes in stories of our own, capitals and normal
case, English then French:

- an act noun whose doers, after "by" / "of", are told in a relative clause to be ready or poised to launch an
  act ("asked for mediation in light of a new attack by 2,000 contras who are at the border ready to launch an
  attack", « une nouvelle attaque de 2 000 contras qui sont prêts à lancer une offensive ») is still to come: no
  incident beside the attacks the story tells as done (a second template of one story, the act told twice);
- a sentence with no event of its own that says at whom the weapons of the act just told were fired ("TWO MORTARS
  ... ONE WAS FIRED AT THE POLICE BATTALION", « L'un a été tiré sur le bataillon de police ») names the forces as
  the side the shelling was aimed at: mortars fired at a police unit alone are no MUC-4 template (task definition
  1.0 (1b)), though they stay a shelling for ACLED.

Each row asserts the incidents' count, type, toll, date, place and doer. Stories invented for these tests; rows
marked "guard" passed before the change."""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import ART, ATT, incidents, show
from bilan.evaluate import muc4 as M

PUB = dt.date(1989, 11, 16)


def _doers(inc, role="actor1"):
    return [a.mention.upper() for a in inc.actors if a.role == role]


@pytest.mark.parametrize("text, lang", [
    ("   MANAGUA, 16 NOV 89 (ACAN-EFE) -- [TEXT] THE PRESIDENT ASKED FOR MEDIATION IN LIGHT OF A NEW ATTACK BY 2,000\n"
     "CONTRAS WHO ARE AT THE BORDER READY TO LAUNCH AN ATTACK.  HE SAID THE CONTRAS CARRIED OUT ATTACKS LAST WEEK\n"
     "AND KILLED THREE PEASANTS.\n", "en"),
    # (guard: the parse hangs "poised" on the main verb, no relative clause on the doers)
    ("Managua, 16 November 1989 (AFP) - The minister called for help in view of a new offensive by 2,000 rebels who "
     "are massed on the border, poised to launch an offensive. He said the contras carried out attacks last week "
     "and killed three peasants.", "en"),
    ("Managua, 16 novembre 1989 (AFP) - Le président a demandé une médiation face à une nouvelle attaque de 2 000 "
     "contras qui sont à la frontière, prêts à lancer une offensive. Il a dit que les contras avaient mené des "
     "attaques la semaine dernière et tué trois paysans.", "fr"),
])
def test_act_of_doers_ready_to_launch_it_is_still_to_come(text, lang):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1, show(incs)
    inc = incs[0]
    assert inc.sub_event_type == ATT and M.muc_type(inc) == "ATTACK"
    assert inc.fatalities is not None and inc.fatalities.best == 3
    assert (inc.date.start, inc.date.end) == (dt.date(1989, 11, 6), dt.date(1989, 11, 12))
    assert inc.location.name == "Managua"
    assert _doers(inc) == ["CONTRAS"]
    assert _doers(inc, "victim") == (["PEASANTS"] if lang == "en" else ["PAYSANS"])


@pytest.mark.parametrize("text, lang, doer, place", [
    ("   SAN SALVADOR, 16 NOV 89 (ACAN-EFE) -- [TEXT] THE REBELS INSTALLED TWO MORTARS IN A SOCCER FIELD LAST NIGHT.\n"
     "ONE WAS FIRED AT THE POLICE BATTALION IN SOYAPANGO, AND THE OTHER WAS FIRING AT THE 1ST BRIGADE.\n", "en",
     "REBELS", "San Salvador"),
    ("   SAN SALVADOR, 16 NOV 89 (ACAN-EFE) -- [TEXT] TWO MORTARS WERE INSTALLED IN A SOCCER FIELD LAST NIGHT.\n"
     "[WORDS INDISTINCT] ONE WAS FIRED AT THE POLICE BATTALION IN SOYAPANGO.\n", "en", "MORTARS", "San Salvador"),
    ("San Salvador, 16 novembre 1989 (AFP) - Les rebelles ont installé deux mortiers sur un terrain de football la "
     "nuit dernière. L'un a été tiré sur le bataillon de police de Soyapango, l'autre sur la 1re brigade.", "fr",
     "REBELLES", "San Salvador"),
    ("SAN SALVADOR, 16 NOVEMBRE 1989 (AFP) - LES REBELLES ONT INSTALLE DEUX MORTIERS SUR UN TERRAIN DE FOOTBALL LA "
     "NUIT DERNIERE. L'UN A ETE TIRE SUR LE BATAILLON DE POLICE DE SOYAPANGO.", "fr", "REBELLES", None),
])
def test_weapons_fired_at_the_police_in_the_next_sentence(text, lang, doer, place):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1, show(incs)
    inc = incs[0]
    assert inc.sub_event_type == ART
    assert inc.fatalities is None
    assert inc.date.start == inc.date.end == dt.date(1989, 11, 15)
    if place is not None:
        assert inc.location.name == place
    assert _doers(inc) == [doer]
    assert [(a.kind, a.mention.upper()) for a in inc.actors if a.role == "actor2"] == [("police", "POLICE")]
    assert M.muc_type(inc) is None  # the forces alone were aimed at: MUC-4 1.0 (1b)
