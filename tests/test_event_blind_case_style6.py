"""A sixth blind check of the event typing, CASE-2021 / ACLED style (issue 3): English and French
snippets written in one sitting on 2026-12-05 (03:10-03:14 UTC) before bilan was run on them, aimed at what
sets 1-5 left: fans fighting with no rivalry told, and fans against the police with the police in a clause
of their own (« ... ; la police a fait usage de gaz lacrymogène »); "set upon" (a crowd falling on people);
« s'en prendre à » (to attack, no taking of ground); an inquiry into killings (no event); an arrest for a
fraud (a common crime); an ambush on members of a self-defence group (militia against militia). A third
and more are no ACLED event or a near-miss class (fans queuing or singing, a team that "fought back",
"set up" roadblocks, a minister who « s'en prend » to the opposition in a speech, an inquiry, an arrest
for fraud or forgery against the arrest of an opposition leader, an ambush on traders).

Labels follow the ACLED codebook's sub-event definitions, written before the first run:
- Mob violence: rioters (a crowd with no organisation, outside a demonstration) violently interacting with
  other rioters, civilians, property or armed actors; sports fans fighting, fans throwing stones at the
  police after a match, a crowd lynching a suspect are mob violence whether or not a rival side is named.
- Attack: an organised armed group (state forces, rebels, unnamed gunmen) violently targeting unarmed
  civilians (« s'en prendre à des commerçants »).
- Armed clash: two armed, organised groups fighting; community self-defence groups and vigilantes
  (« groupe d'autodéfense », VDP, vigilante groups) are militias, so an ambush on them is a clash, while the
  same ambush on traders is an attack.
- Non-state actor overtakes territory: an armed group taking a place (« ont pris la ville »).
- Arrests (strategic development): arrests of political significance (an opposition leader, a critical
  journalist); the arrest of people for a common crime (fraud, forgery, swindling) is no ACLED event.
- An inquiry, commission or call for an investigation into past killings is no event of its own (the
  killings are recalled, not reported), nor is speech against a rival.

Read 26/46 on the first run (EN 16/24, FR 10/22); 42/46 now (EN 22/24, FR 20/22). Fixed by general rules (EN and
FR lexicons): what a commission of inquiry is into is recalled, no news (INQUIRY_NOUNS, its preposition hung on the
verb that set it up too: « une commission d'enquête sur les massacres »); sports fans are partisans ("fans", "ultras",
« supporters »: PARTISANS), one bare group of them "between" itself fights (« des bagarres entre supporters »), and
partisans rioting over a sports occasion (SPORT_OCCASIONS: "match", "stadium", « équipe ») are a crowd whoever breaks
it up; forgery and counterfeiting are common crimes, and a charge participle on who was held gives the arrest's
reason ("a man accused of theft"); « s'en prendre à » des personnes is an attack typed by its victims (« en » a
clitic particle, the « à » complement a person), above the « prise » of a town; « prendre » a territory is taking it
(as "take"); VDP named by their acronym or by a name the parser splits are a self-defence group attacked; traders
and passers-by who fall on a suspect are a crowd (MOB_AGENTS); stones and bottles thrown by partisans or fans (not a
protest crowd: "supporters" there would make fans who parade a protest) are a riot act, and bottles thrown by a crowd
too. The rest are strict xfails with their reasons.
46/46 after h-case12 (seventh blind set): an inquiry opened or demanded by a body (parliament, government:
INQUIRY_BODIES), or dated to an earlier time, recalls what it is into; a crime of office (embezzlement, corruption:
OFFICE_CRIMES) is a common crime unless who was held holds a political office; an ambush whose object's own phrase
names civilians ("a convoy of traders") is an attack, killed or not.
"""

from __future__ import annotations

import pytest
from extracting import ARR, ATT, CLA, GOV, MOB, NSA, VIO, lead_type
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"

EN = [
    # fans fighting, no rivalry told
    ("Fans fought outside the stadium in Lusaka after the cup final, leaving a dozen injured.", MOB),
    ("Football supporters fought with stones and sticks after the match in Bamako.", MOB),
    ("Supporters brawled in the stands during the derby in Cairo; several were taken to hospital.", MOB),
    ("Fans threw bottles at police outside the stadium in Harare after the match.", MOB),
    ("Hundreds of supporters rioted after the match in Tunis; police fired tear gas.", MOB),
    ("Fans queued for hours outside the stadium in Lusaka for the final.", NONE),
    ("The team fought back to win the match 2-1 in Kumasi.", NONE),
    # "set upon"
    ("Residents set upon two suspected thieves in Mombasa and beat them badly.", MOB),
    ("An angry mob set upon a man accused of stealing a motorbike in Kampala.", MOB),
    ("Traders set upon a suspected pickpocket at the market in Kisumu, killing him.", MOB),
    ("Soldiers set upon villagers in Kasai, killing seven.", ATT),
    ("Police set up roadblocks across Nairobi ahead of the vote.", NONE),
    ("The villagers set out at dawn to look for their missing cattle.", NONE),
    # an inquiry into killings
    ("Parliament opened an inquiry into the killing of protesters in Khartoum.", NONE),
    ("A commission of inquiry into the massacre of villagers in Ogossagou submitted its report.", NONE),
    ("The UN called for an investigation into the killings of civilians in Tigray.", NONE),
    ("Gunmen killed seven villagers in Ogossagou on Sunday.", ATT),
    # an arrest for fraud against a political arrest
    ("Police arrested three bank officials for fraud in Accra.", NONE),
    ("Police arrested a businessman accused of embezzlement in Lusaka.", NONE),
    ("Police arrested two men for forging bank notes in Kano.", NONE),
    ("Police arrested the opposition leader at his home in Kampala.", ARR),
    # an ambush on a self-defence group against one on civilians
    ("Gunmen ambushed members of a vigilante group near Zurmi, killing four.", CLA),
    ("Jihadists ambushed a patrol of local self-defence fighters near Djibo, killing nine.", CLA),
    ("Gunmen ambushed a bus carrying traders near Zurmi, killing four.", ATT),
]

FR = [
    # des supporters qui se battent, sans rivalité dite ; la police dans une proposition à part
    ("Des supporters se sont battus à la sortie du stade de Conakry après le match ; plusieurs blessés.", MOB),
    ("Des bagarres ont éclaté entre supporters à la fin du match à Douala.", MOB),
    ("Des supporters ont saccagé des boutiques après la défaite de leur équipe à Oran ; la police a fait usage de gaz lacrymogène.", MOB),
    ("Des supporters ont lancé des pierres sur les forces de l'ordre après le match à Alger ; la police a fait usage de gaz lacrymogène.", MOB),
    ("Les supporters ont chanté pendant tout le match au stade de Dakar.", NONE),
    ("L'équipe s'est battue jusqu'au bout mais a perdu la finale à Abidjan.", NONE),
    # « s'en prendre à »
    ("Des hommes armés s'en sont pris à des commerçants sur la route de Bambari, tuant deux d'entre eux.", ATT),
    ("Des jihadistes s'en sont pris à des civils dans le village de Djibo.", ATT),
    ("Des rebelles s'en sont pris à des villageois près de Beni, en tuant cinq.", ATT),
    ("Des soldats s'en sont pris à des habitants du quartier à Bamako, en blessant plusieurs.", ATT),
    ("Une foule en colère s'en est prise à un voleur présumé à Goma.", MOB),
    ("Le ministre s'en est pris à l'opposition dans un discours à Niamey.", NONE),
    ("Des hommes armés ont pris la ville de Kidal.", NSA),
    # une enquête sur des tueries
    ("Une commission d'enquête sur les massacres de civils à Yumbi a rendu son rapport.", NONE),
    ("Le gouvernement a ouvert une enquête sur le meurtre de trois manifestants à Conakry.", NONE),
    ("Une enquête a été ouverte après des soupçons de fraude électorale à Lubumbashi.", NONE),
    # une arrestation pour fraude contre une arrestation politique
    ("La police a arrêté deux hommes pour escroquerie à Abidjan.", NONE),
    ("Trois fonctionnaires ont été interpellés pour fraude à Dakar.", NONE),
    ("Les forces de sécurité ont arrêté un journaliste critique du régime à Niamey.", ARR),
    # une embuscade contre un groupe d'autodéfense, contre des civils
    ("Des hommes armés ont tendu une embuscade à des membres d'un groupe d'autodéfense près de Bankass, tuant cinq d'entre eux.", CLA),
    ("Des jihadistes ont attaqué des volontaires pour la défense de la patrie (VDP) près de Djibo.", CLA),
    ("Des hommes armés ont tendu une embuscade à un convoi de commerçants près de Bankass.", ATT),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
}

# controls written while fixing (03:25-03:35 UTC), before the rules they check were final: what the rules must
# leave alone (a police inquiry opened after a killing told as news, an arrest for a political charge, « prendre
# la parole », a town taken back by the army, « en prendre le contrôle », civilians attacked), and the cases beside
# each rule (a charge of theft on who was held, « contrefaçon », political partisans stoning the police, VDP by
# their acronym)
CONTROLS = [
    ("Police opened an investigation after gunmen killed three villagers in Kasai.", "en", ATT),
    ("Police arrested a man accused of theft in Kano.", "en", NONE),
    ("Police arrested a journalist accused of treason in Kano.", "en", ARR),
    ("Gunmen attacked traders at the market in Kisumu, killing two.", "en", ATT),
    ("La police a arrêté un homme soupçonné de vol à Abidjan.", "fr", NONE),
    ("La police a arrêté deux hommes pour contrefaçon à Abidjan.", "fr", NONE),
    ("Le président a pris la parole à Kidal.", "fr", NONE),
    ("L'armée a pris la ville de Kidal aux rebelles.", "fr", GOV),
    ("Les rebelles se sont emparés de la ville et en ont pris le contrôle.", "fr", NSA),
    ("Des jihadistes ont attaqué des VDP près de Djibo.", "fr", CLA),
    ("Des jihadistes ont attaqué des villageois près de Djibo.", "fr", ATT),
    ("Des partisans de l'opposition ont lancé des pierres sur la police à Conakry.", "fr", VIO),
    # (03:52 UTC) the noun a misread participle describes is who did it, a crowd or not
    ("A mob set upon a suspected thief in Kisii.", "en", MOB),
    ("The gang set upon villagers in Kisii.", "en", ATT),
    # (03:58 UTC) stones thrown by partisans with no sports occasion
    ("Supporters of the two candidates threw stones at each other in Kisumu.", "en", MOB),
    # (04:03 UTC) partisans described by the relative clause that tells their fight
    ("Police fired tear gas at supporters who were fighting outside the stadium in Accra.", "en", MOB),
]


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS))
def test_blind_case_style6_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style6_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
