"""An earlier act the story recalls in passing ("On Friday, two civilians had been killed by a homemade bomb
near Fada N'Gourma, a local source said"), on another day than the act a group claimed or was named for, is
not laid at that group's door by the story-perpetrator rule (``incidents._attach_story_perpetrator``): ACLED
leaves such an act unidentified unless the text ties it to the group. A recalled act the text does tie to the
group ("the jihadists had ambushed ..."), and an act of the same day told alongside ("Electricity pylons were
also blown up"), keep the rule. Stories written for this file (EN and FR), before bilan was run on them.

First run, before the rule: 4 of 8 rows (the four where the act is the group's); with it 8 of 8.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2023, 9, 10)


def incidents(text: str, lang: str):
    return extracting.incidents(text, lang, PUB)


# (text, language, the second act's sub-event type, the group named for the first act, the second act is its)
ROWS = [
    # a recalled act of another day, tied to no one
    ("Islamist militants attacked an army post in Tawori on Saturday, killing at least 25 soldiers, security "
     "sources said. The Group for the Support of Islam and Muslims (JNIM) claimed the attack in a statement.\n\n"
     "On Friday, two civilians had been killed when their cart hit a homemade bomb near Fada N'Gourma, a local "
     "source said.", "en", "Remote explosive/landmine/IED", "JNIM", False),
    ("Des jihadistes ont attaqué samedi un poste de l'armée à Tawori, tuant au moins 25 soldats, selon des sources "
     "sécuritaires. Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué l'attaque.\n\nVendredi, "
     "deux civils avaient été tués par l'explosion d'un engin artisanal au passage de leur charrette près de Fada "
     "N'Gourma, selon une source locale.", "fr", "Remote explosive/landmine/IED", "JNIM", False),
    ("Boko Haram fighters stormed the village of Kawuri on Monday, killing 12 people, residents said.\n\nLast "
     "week, a bomb had exploded at a crowded market in Konduga, killing five traders.",
     "en", "Remote explosive/landmine/IED", "Boko Haram", False),
    ("Des combattants de Boko Haram ont pris d'assaut lundi le village de Kawuri, tuant 12 personnes, selon des "
     "habitants.\n\nLa semaine dernière, une bombe avait explosé sur un marché de Konduga, tuant cinq "
     "commerçants.", "fr", "Remote explosive/landmine/IED", "Boko Haram", False),
    # a recalled act the text ties to the group
    ("Al-Shabaab fighters attacked an army base near Afgoye on Monday, killing five soldiers, officials said.\n\n"
     "On Friday, the militants had ambushed a convoy on the road to Mogadishu, killing two soldiers.",
     "en", "Armed clash", "al-Shabaab", True),
    ("Des combattants shebab ont attaqué lundi une base de l'armée près d'Afgoye, tuant cinq soldats, selon des "
     "responsables.\n\nVendredi, les islamistes avaient tendu une embuscade à un convoi sur la route de "
     "Mogadiscio, tuant deux soldats.", "fr", "Armed clash", "al-Shabaab", True),
    # an act of the same day, told alongside
    ("FMLN rebels attacked the army garrison in San Miguel on Sunday, killing four soldiers, the army said. "
     "Electricity pylons were also blown up near Usulutan on Sunday.", "en", "Remote explosive/landmine/IED",
     "FMLN", True),
    ("Des rebelles du FMLN ont attaqué dimanche la garnison de l'armée à San Miguel, tuant quatre soldats, selon "
     "l'armée. Des pylônes électriques ont aussi été dynamités dimanche près d'Usulután.", "fr",
     "Remote explosive/landmine/IED", "FMLN", True),
]


@pytest.mark.parametrize("text,lang,sub,group,theirs", ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_a_recalled_act_is_the_storys_group_only_when_told_so(text, lang, sub, group, theirs):
    extracting.check_last_act_of_group(incidents(text, lang), sub, group, theirs)
