"""An act told again in a later sentence of the story is the same incident: by the definite target
the first telling named ("An air strike on a monastery killed 11 ... A fighter jet dropped two bombs
on the monastery late on Saturday"), or as what was done "during the attack" (« lors de
l'attaque »: houses burnt in the raid are the raid's, no property destruction of their own). Another
act ("In a separate attack", « une autre frappe », another day and place) stays its own. Stories
written for this file (EN and FR), before bilan was run on them.

First run, before the rules: 8 of 10 rows (the two "during the attack" rows of each language passed); with
them 10 of 10 (a monastery was no target: targets_<lang> now hold monasteries, pagodas and shrines).
The two rows with an exchange of fire told between the raid and "the attack" were added from a probe
article of ours after that run; both failed (a property destruction of its own) until
incidents._during_the_act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many


def incidents(text: str, lang: str):
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2025, 11, 3))]))[0]
    return [i for i in ex.incidents if not i.recalled]


# (text, language, how many incidents)
ROWS = [
    ("A military air strike on a Buddhist monastery in Sagaing region killed at least 11 people who had taken "
     "shelter there, residents said on Sunday. A fighter jet dropped two bombs on the monastery late on Saturday, "
     "a resistance spokesman said. About 20 other people were wounded, he said.", "en", 1),
    ("A drone strike on a market in Kutum killed nine people, medics said on Monday. A drone fired two missiles "
     "at the market at midday, a trader said.", "en", 1),
    ("Une frappe aérienne sur un marché de Kutum a tué neuf personnes, selon des médecins. Un avion a largué "
     "deux bombes sur le marché en fin de matinée, a indiqué un commerçant.", "fr", 1),
    ("Rebels killed 23 villagers in an overnight raid on Mapobu, local officials said. Several houses and a "
     "health centre were set on fire during the attack, witnesses said.", "en", 1),
    ("Des rebelles ont tué 23 villageois lors d'un raid nocturne sur Mapobu, selon des responsables locaux. "
     "Plusieurs maisons et un centre de santé ont été incendiés lors de l'attaque, selon des témoins.", "fr", 1),
    ("Des hommes armés ont attaqué un camp de déplacés près de Djibo, tuant sept personnes. Des tentes ont été "
     "brûlées pendant l'attaque, selon des humanitaires.", "fr", 1),
    # an act between them: "the attack" is still the raid, not the exchange of fire told last
    ("Suspected rebels killed at least 23 civilians in an overnight raid on the village of Mapobu, local officials "
     "said on Tuesday. He said two soldiers were wounded in an exchange of fire with the rebels near the village on "
     "Monday evening. Several houses and a health centre were set on fire during the attack, witnesses said.", "en", 2),
    ("Des rebelles ont tué 23 villageois lors d'un raid nocturne sur Mapobu, selon des responsables locaux. Deux "
     "soldats ont été blessés lundi soir lors d'un échange de tirs avec les rebelles près du village. Plusieurs "
     "maisons ont été incendiées lors de l'attaque, selon des témoins.", "fr", 2),
    # another act stays its own
    ("An air strike on a market in Kutum killed nine people on Monday. In a separate attack, a drone struck a "
     "fuel depot in Port Sudan on Tuesday.", "en", 2),
    ("Une frappe aérienne a tué neuf personnes sur un marché de Kutum lundi. Mardi, une autre frappe a touché "
     "un dépôt de carburant à Port-Soudan.", "fr", 2),
    ("Gunmen killed five villagers in Mapobu on Monday. On Wednesday, houses were set on fire in the village of "
     "Kalau, 40 km away.", "en", 2),
    ("Des hommes armés ont tué cinq villageois à Mapobu lundi. Mercredi, des maisons ont été incendiées dans le "
     "village de Kalau, à 40 km de là.", "fr", 2),
]


@pytest.mark.parametrize("text,lang,n", ROWS, ids=[f"{lang}-{i}" for i, (_, lang, _) in enumerate(ROWS)])
def test_an_act_told_again_is_one_incident(text, lang, n):
    got = incidents(text, lang)
    assert len(got) == n, [(i.sub_event_type, i.date.start, [e.text for e in i.evidence if e.field == "event_type"])
                           for i in got]


def test_the_set_is_bilingual():
    langs = [lang for _, lang, _ in ROWS]
    assert langs.count("en") >= 4 and langs.count("fr") >= 4
