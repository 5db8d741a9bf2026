"""A fifth blind check of the event typing, CASE-2021 / ACLED style (issue 3): English and French
snippets written in one sitting on 2026-12-05 (01:51-01:56 UTC) before bilan was run on them, aimed at the
open strict xfails of sets 3 and 4: vigilantes as the side attacked; fans fighting one another whom the
police disperse; a protest act with no protest word (gluing or chaining oneself); a labour "agree"
that is no agreement, against a peace deal; "set upon" (a crowd falling on suspected thieves). A third
and more are no ACLED event or a near-miss class (vigilantes beating a thief, fans celebrating, "set up",
a government settling a strike, an arrest for a common fraud).

Labels follow the ACLED codebook's sub-event definitions, written before the first run: vigilante and
self-defence groups (Civilian JTF, Koglweogo, Dozo hunters) are militias, so an armed group attacking them
is an armed clash, while vigilantes beating a suspect are mob violence; supporters fighting one another
are mob violence whether or not the police break it up (they are no demonstrators); people who glue or
chain themselves somewhere to make a demand are protesters (an arrest of them is a protest with
intervention); an agreement needs conflict or political actors settling a conflict (a government paying
strikers is none); a crowd setting upon people is mob violence.

Read 12/31 on the first run (EN 6/17, FR 6/14); 21/31 now (EN 12/17, FR 9/14). Fixed by general rules (EN
and FR lexicons): vigilante and self-defence groups (SELF_DEFENCE_GROUPS: "vigilantes", "Civilian JTF",
« Koglweogo », « dozos », « groupe d'autodéfense ») in the phrase of what an armed side attacked make an armed
clash, before the civilian reading (vigilantes doing the beating stay a crowd, MOB_AGENTS); what strikers are
paid ("arrears", "allowances", "back pay") is labour context, and "agree" in a labour context is no agreement
(a labour "strike" there no air strike); people who glue or chain themselves somewhere ("glued themselves",
"chained themselves", « s'enchaîner », « se coller » with a crowd as doer) protest, and a relative clause's
subject is the noun it describes when a crowd doer is asked ("activists who glued themselves", « des militants
qui s'étaient collés »); the noun a participle or a relative clause describes is who fought, and one armed
side in the sentence is who broke it up ("police fired tear gas to break up supporters of two clubs fighting",
"rival fans fighting"), "supporters of two clubs" being two sides of one crowd. The rest are strict xfails with their reasons.
23/31 after h-nonviol: a strike told as it ends ("ending a two-month strike", « mettant fin à la grève ») is no
protest (events._called_off).
Later (h-case11, sixth blind set): a commission of inquiry recalls the killings it is into; « supporters » are partisans
(sports fans, whose fights are mob violence); « s'en prendre à » des personnes is an attack; an ambush that killed
members of a self-defence group stays a clash; the noun a past verb is misread as describing, root of a sentence with
no verb of its own, is who did it ("A crowd set upon two men"); the partisans a relative clause describes are who
fought (« des supporters qui se battaient »); a finite conjunct the parser hangs on a bare participle shares the
subject of that participle's noun's verb (« se sont jetés sur deux voleurs présumés et les ont battus à mort »); 28/31
on that branch; with h-nonviol's strike rule both merged: 30/31.
"""

from __future__ import annotations

import pytest
from extracting import AGR, CLA, INT, MOB, PEA, lead_type
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"

EN = [
    # vigilantes as the side attacked: a militia's fight with another armed, organised side
    ("Bandits attacked a team of vigilantes in Birnin Gwari, killing five of them.", CLA),
    ("Gunmen ambushed members of the Civilian JTF near Konduga, killing three.", CLA),
    # near-miss: vigilantes on an unarmed suspect
    ("Vigilantes beat a suspected thief to death at a market in Onitsha.", MOB),
    # fans fighting one another, the police breaking it up
    ("Riot police used batons to separate rival fans fighting in the streets of Accra after the derby.", MOB),
    ("Police fired tear gas to break up supporters of two clubs fighting outside the stadium in Kinshasa.", MOB),
    ("Football fans celebrated the victory peacefully in the streets of Dakar.", NONE),
    # a protest act with no protest word
    ("Police detained 20 activists who chained themselves to the gates of the parliament in Kampala.", INT),
    ("Dozens of activists chained themselves to the railings of the ministry in Nairobi to demand the release of detained journalists.", PEA),
    ("Police arrested a man who glued fake labels to bottles of whisky in Lagos.", NONE),
    # a labour "agree" against a peace deal
    ("The government agreed to pay the doctors' arrears, ending a two-month strike.", NONE),
    ("The ministry agreed to raise teachers' allowances after talks with the union.", NONE),
    ("The government and the ELN rebels agreed to a six-month ceasefire in Havana.", AGR),
    ("The army and the SPLM-N agreed to exchange prisoners under a deal brokered by South Sudan.", AGR),
    # "set upon"
    ("Villagers set upon a suspected cattle thief in Nakuru, beating him to death.", MOB),
    ("A crowd set upon two men accused of witchcraft in Kisii and burned them alive.", MOB),
    ("The government set up a commission of inquiry into the killings in Kisii.", NONE),
    ("Stray dogs set upon a boy on his way to school in Kano.", NONE),
]

FR = [
    # des groupes d'autodéfense attaqués : un affrontement armé
    ("Des hommes armés ont attaqué des Koglweogo près de Kaya, tuant quatre d'entre eux.", CLA),
    ("Des jihadistes ont tendu une embuscade à des chasseurs dozos dans la région de Ségou, tuant six d'entre eux.", CLA),
    ("Des membres d'un groupe d'autodéfense ont lynché un voleur présumé à Bouaké.", MOB),
    # supporters qui se battent, la police qui intervient
    ("La police a dispersé au gaz lacrymogène des supporters qui se battaient devant le stade de Yaoundé.", MOB),
    ("Des supporters des deux clubs se sont affrontés à coups de pierres après le match à Abidjan ; la police est intervenue.", MOB),
    ("Les supporters ont fêté la victoire dans les rues d'Alger jusqu'à l'aube.", NONE),
    # un geste de protestation sans mot de protestation
    ("La police a interpellé une quinzaine de militants écologistes qui s'étaient collés à la chaussée à Paris.", INT),
    ("Des militants se sont enchaînés aux grilles de la préfecture de Mamoudzou pour réclamer leur régularisation.", PEA),
    # un « accord » social contre un accord de paix
    ("Le gouvernement a accepté de payer les arriérés de salaire des enseignants, mettant fin à la grève.", NONE),
    ("Le ministère s'est engagé à verser les primes des infirmiers après des négociations avec le syndicat.", NONE),
    ("Le gouvernement et les groupes armés ont signé un accord de paix à Bangui.", AGR),
    # « se jeter sur », « s'en prendre à »
    ("Des habitants en colère se sont jetés sur deux voleurs présumés et les ont battus à mort à Abidjan.", MOB),
    ("Une foule s'en est prise à un homme accusé de vol d'enfant à Bukavu, le blessant grièvement.", MOB),
    ("Le gouvernement a mis en place une commission d'enquête sur les violences de Bukavu.", NONE),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "Police arrested a man who glued fake labels to bottles of whisky in Lagos.":
        "a fraud is no common crime word ('for stealing', « pour vol »): the arrest of one man is kept",
}


# controls written while fixing (01:57 UTC), before the rule they check was final: « se coller » without a
# crowd doer (the first version of the rule read the match as a protest, hence the crowd doer asked for)
CONTROLS = [
    ("Les deux équipes se sont collées au score jusqu'à la fin du match.", "fr", NONE),
    ("Des dizaines de manifestants se sont collés à la route devant le ministère à Paris.", "fr", PEA),
    ("Police blocked the road to the airport for several hours on Monday.", "en", NONE),
]


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS))
def test_blind_case_style5_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style5_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
