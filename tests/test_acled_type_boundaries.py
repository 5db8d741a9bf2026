"""The boundaries of three pairs of ACLED sub-event types, on sentences of our own (EN and FR, places and names
made up), each row with guards for the other side of its boundary, as ACLED's codebook draws them:

- Excessive force against protesters: peaceful protesters targeted with lethal weapons (live rounds) or force that
  kills or seriously injures; protest with intervention: a peaceful protest dispersed or suppressed with no
  serious or lethal injury and no lethal weapon (tear gas, water cannon, batons, arrests); a violent
  demonstration: the demonstrators themselves are violent.
- Armed clash: two armed organised sides fight (an ambush on soldiers, a gunfight with police, an attack on the
  members of a militia: ACLED codes vigilante and self-defence groups as militias); attack: an armed side on people
  who do not fight (passengers, farmers, the members of a family).
- Looting/property destruction: an armed or organised side destroys or loots property with no one attacked,
  including the state's forces with vigilantes beside them (a militia, no crowd); mob violence: a crowd (a mob,
  villagers) attacks people or their property. Property destroyed after a fight ("after fighting between two
  militias", a gerund as a noun; "were destroyed following clashes between two militias", a passive whose doers
  are the fight's sides) is the news, the fight its time reference; destroyed "during" or "in" the fight, it is the
  fight's damage and the fight is the news. An attack told by a generic verb conjoined with the destruction
  ("attacked an army post and torched two trucks") is that violence: it heads, typed by what it hit; an attack told
  only on a village or a town, with homes burnt and no one hurt, leaves the destruction the head (the lead's mend
  after the merge, as test_two_acts_one_sentence's older row).

Before the rules of this file (h-case3 at cea3e39): 75 of 90 rows passed; the fifteen that failed were "members
of" a militia attacked (read as an attack, EN and FR), the state's forces with vigilantes (mob violence, twice),
property torched or destroyed "after fighting" or "following clashes" (an armed clash, six times, EN and FR; once
with the phrase of time on the last of three conjoined verbs), attacks on an army post (EN, FR) or on a village told
with a torching conjoined with them (property destruction: ACLED's is destruction outside other violence), and the
xfailed row below. After: 89 pass, 1 strict xfail.
"""

import datetime as dt

import pytest
from extracting import ATT, CLA, EXF, INT, LOO, MOB, VIO, lead_type

PUB = dt.date(2021, 5, 4)

FORCE = [
    ('Police opened fire with live rounds on a peaceful march in Korlabo on Saturday.', 'en', EXF),
    ('Soldiers fired live ammunition at demonstrators marching peacefully through Korlabo on Saturday.', 'en', EXF),
    ('Police shot dead two protesters during a peaceful march in Korlabo on Saturday.', 'en', EXF),
    ('Three demonstrators were killed when police fired on a march in Korlabo on Saturday.', 'en', EXF),
    ('Police fired tear gas at a peaceful march in Korlabo on Saturday, wounding twelve protesters, four of them seriously.', 'en', EXF),
    ('Police fired tear gas to disperse a peaceful march in Korlabo on Saturday.', 'en', INT),
    ('Police arrested 40 protesters during a march in Korlabo on Saturday.', 'en', INT),
    ('Police used water cannon to break up a rally of teachers in Korlabo on Saturday.', 'en', INT),
    ('Police dispersed a sit-in of students outside the ministry in Korlabo on Saturday.', 'en', INT),
    ('La police a tiré à balles réelles sur une marche pacifique à Korlabo samedi.', 'fr', EXF),
    ('Deux manifestants ont été tués par balles lorsque la police a ouvert le feu sur une marche à Korlabo samedi.', 'fr', EXF),
    ('Les militaires ont tiré à balles réelles sur des manifestants à Korlabo samedi.', 'fr', EXF),
    ('La police a dispersé une marche pacifique à coups de gaz lacrymogènes à Korlabo samedi.', 'fr', INT),
    ("La police a interpellé 40 manifestants lors d'une marche à Korlabo samedi.", 'fr', INT),
    ("Les gendarmes ont dispersé un sit-in d'étudiants devant le ministère à Korlabo samedi.", 'fr', INT),
    ('Police beat marchers with batons in Korlabo on Saturday, leaving six of them in hospital with serious injuries.', 'en', EXF),
    ('Two students were shot dead as police broke up a sit-in at the university in Korlabo on Saturday.', 'en', EXF),
    ('Security forces opened fire on a crowd of peaceful demonstrators in Korlabo on Saturday, killing four.', 'en', EXF),
    ('Police fired tear gas and water cannon to disperse a crowd of teachers in Korlabo on Saturday.', 'en', INT),
    ('Riot police broke up a rally in Korlabo on Saturday and detained 30 people.', 'en', INT),
    ('Protesters threw stones at police in Korlabo on Saturday, and officers fired tear gas.', 'en', VIO),
    ('Protesters torched a police station in Korlabo on Saturday.', 'en', VIO),
    ("Les forces de l'ordre ont ouvert le feu sur des manifestants pacifiques à Korlabo samedi, tuant quatre personnes.", 'fr', EXF),
    ("Deux étudiants ont été tués par balles lorsque la police a dispersé un sit-in à l'université de Korlabo samedi.", 'fr', EXF),
    ("La police a fait usage de canons à eau pour disperser un rassemblement d'enseignants à Korlabo samedi.", 'fr', INT),
    ('La police a dispersé un rassemblement à Korlabo samedi et interpellé 30 personnes.', 'fr', INT),
    ('Des manifestants ont lancé des pierres sur les policiers à Korlabo samedi, qui ont riposté par des gaz lacrymogènes.', 'fr', VIO),
]

CLASH = [
    ('Militants ambushed an army patrol near Korlabo on Saturday, killing four soldiers.', 'en', CLA),
    ('Rebels attacked a militia base near Korlabo on Saturday, killing six militiamen.', 'en', CLA),
    ('Gunmen attacked members of a local self-defence militia near Korlabo on Saturday.', 'en', CLA),
    ('Two suspected armed robbers were killed in a gunfight with police in Korlabo on Saturday.', 'en', CLA),
    ('Police engaged bandits in a gunfight in Korlabo on Saturday, killing three of them.', 'en', CLA),
    ('Gunmen attacked a bus near Korlabo on Saturday, killing six passengers.', 'en', ATT),
    ('Militants stormed the village of Korlabo on Saturday and killed 12 farmers.', 'en', ATT),
    ("Des jihadistes ont tendu une embuscade à une patrouille de l'armée près de Korlabo samedi, tuant quatre soldats.", 'fr', CLA),
    ('Des rebelles ont attaqué une base de la milice près de Korlabo samedi, tuant six miliciens.', 'fr', CLA),
    ("Deux braqueurs armés ont été tués lors d'un échange de tirs avec la police à Korlabo samedi.", 'fr', CLA),
    ('Des hommes armés ont attaqué un bus près de Korlabo samedi, tuant six passagers.', 'fr', ATT),
    ('Gunmen attacked members of a militia near Korlabo on Saturday.', 'en', CLA),
    ('Rebels ambushed members of the security forces near Korlabo on Saturday.', 'en', CLA),
    ('Gunmen attacked members of a farming cooperative near Korlabo on Saturday.', 'en', ATT),
    ('Gunmen attacked members of a family near Korlabo on Saturday, killing four.', 'en', ATT),
    ("Des hommes armés ont attaqué des membres d'une milice près de Korlabo samedi.", 'fr', CLA),
    ("Des hommes armés ont attaqué des membres d'une coopérative agricole près de Korlabo samedi.", 'fr', ATT),
    ("Des hommes armés ont attaqué des membres d'une même famille près de Korlabo samedi, tuant quatre personnes.", 'fr', ATT),
    ('Soldiers killed five rebels after fighting broke out near Korlabo on Saturday.', 'en', CLA),
    ('A police officer and two suspected kidnappers were killed in a gunfight in Korlabo on Saturday.', 'en', CLA),
    ('Suspected jihadists ambushed a military convoy near Korlabo on Saturday.', 'en', CLA),
    ('Gunmen ambushed a bus carrying traders near Korlabo on Saturday, killing nine passengers.', 'en', ATT),
    ("Un policier et deux ravisseurs présumés ont été tués lors d'une fusillade à Korlabo samedi.", 'fr', CLA),
    ('Des hommes armés ont tendu une embuscade à un bus de commerçants près de Korlabo samedi, tuant neuf passagers.', 'fr', ATT),
    ('Des jihadistes présumés ont tendu une embuscade à un convoi militaire près de Korlabo samedi.', 'fr', CLA),
]

PROPERTY = [
    ('Militiamen burned dozens of houses in Korlabo on Saturday.', 'en', LOO),
    ('Soldiers and vigilantes torched homes in Korlabo on Saturday.', 'en', LOO),
    pytest.param('Vigilantes set fire to houses in Korlabo on Saturday.', 'en', LOO, marks=pytest.mark.xfail(
        strict=True, reason="vigilantes alone fire the lexicon's mob trigger ('vigilante', made for 'vigilantes "
                            "lynched a suspect'), which outranks the destruction: with no state force beside them "
                            "they stay a crowd")),
    ('Dozens of shops were looted and burned in Korlabo on Saturday following clashes between two gangs.', 'en', LOO),
    ('Fifty houses were destroyed after fighting between two militias in Korlabo on Saturday.', 'en', LOO),
    ('A mob attacked two men accused of theft in Korlabo on Saturday and set their houses on fire.', 'en', MOB),
    ('An angry mob lynched a suspected thief in Korlabo on Saturday.', 'en', MOB),
    ('Villagers burned the house of a man accused of witchcraft in Korlabo on Saturday.', 'en', MOB),
    ('Des miliciens ont incendié des dizaines de maisons à Korlabo samedi.', 'fr', LOO),
    ('Des militaires et des miliciens ont brûlé des maisons à Korlabo samedi.', 'fr', LOO),
    ('Une cinquantaine de boutiques ont été pillées et incendiées à Korlabo samedi après des affrontements entre deux gangs.', 'fr', LOO),
    ('Une foule en colère a lynché un voleur présumé à Korlabo samedi.', 'fr', MOB),
    ('Des villageois ont battu à mort deux voleurs présumés puis incendié leurs maisons à Korlabo samedi.', 'fr', MOB),
    ('Homes were torched in Korlabo on Saturday after fighting between two militias.', 'en', LOO),
    ('Hundreds of homes were looted and set on fire in Korlabo on Saturday following fighting between the army and rebels.', 'en', LOO),
    ('Militiamen torched homes in Korlabo on Saturday after fighting with the army.', 'en', LOO),
    ('Des maisons ont été incendiées à Korlabo samedi après des combats entre deux milices.', 'fr', LOO),
    ('Vigilantes and soldiers set fire to houses in Korlabo on Saturday.', 'en', LOO),
    ('Vigilantes lynched a suspected thief in Korlabo on Saturday.', 'en', MOB),
    ('Vigilantes and villagers beat two suspected thieves to death in Korlabo on Saturday.', 'en', MOB),
    ("L'armée et des groupes d'autodéfense ont incendié des dizaines de maisons à Korlabo samedi.", 'fr', LOO),
    ("Des villageois ont incendié la maison d'un homme accusé de sorcellerie à Korlabo samedi.", 'fr', MOB),
    ('Angry villagers burned the homes of two men accused of stealing cattle in Korlabo on Saturday.', 'en', MOB),
    ('A mob set fire to the homes of two families accused of witchcraft in Korlabo on Saturday.', 'en', MOB),
    ('Une foule en colère a incendié les maisons de deux familles accusées de sorcellerie à Korlabo samedi.', 'fr', MOB),
    ('Rebels looted and burned the market in Korlabo on Saturday.', 'en', LOO),
    ('Des rebelles ont pillé et incendié le marché de Korlabo samedi.', 'fr', LOO),
    ('Dozens of shops were destroyed in Korlabo on Saturday following clashes between two rival militias.', 'en', LOO),
    ('Dozens of shops were destroyed during clashes between two rival militias in Korlabo on Saturday.', 'en', CLA),
    ('Dozens of shops were destroyed in clashes between the army and rebels in Korlabo on Saturday.', 'en', CLA),
    ('Fifty houses were destroyed by floods in Korlabo on Saturday.', 'en', "NONE"),
    ('Une cinquantaine de maisons ont été détruites à Korlabo samedi après des combats entre deux milices.', 'fr', LOO),
    ('Une cinquantaine de maisons ont été détruites lors de combats entre deux milices à Korlabo samedi.', 'fr', CLA),
    ('Hundreds of homes were looted, set on fire and destroyed in Korlabo on Saturday after fighting between two militias.', 'en', LOO),
    ('Des centaines de maisons ont été pillées, incendiées et détruites à Korlabo samedi après des combats entre deux milices.', 'fr', LOO),
    ('Militants attacked an army post and torched two trucks in Korlabo on Saturday.', 'en', CLA),
    ('Des jihadistes ont attaqué un poste de l\'armée et incendié deux camions à Korlabo samedi.', 'fr', CLA),
    # (an attack told only on a village, with homes burnt and no one hurt, stays the destruction, as
    # test_two_acts_one_sentence's « ont attaqué le village et incendié des maisons à Djibo »)
    ('Gunmen attacked the village of Korlabo on Saturday and burned dozens of homes.', 'en', LOO),
]


@pytest.mark.parametrize("text,lang,expected", FORCE + CLASH + PROPERTY)
def test_acled_type_boundary(text, lang, expected):
    assert lead_type(text, lang, PUB) == expected
