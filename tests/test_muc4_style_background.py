"""MUC-4 slot precision on stories where a real incident sits among background wire copy (stories
written for these tests, not taken from any dataset: 1989-90 Latin American wire and radio copy, EN
in capitals with a dateline as distributed, FR in mixed case). Each story holds one real incident
that must be kept, and around it text that the MUC-4 task definition gives no template: political
commentary recalling violence in general ("THE WAVE OF TERRORISM THAT HAS CLAIMED 300 LIVES"),
totals and statistics ("THIS BRINGS TO 52 THE NUMBER OF JUDGES MURDERED", "THE FMLN HAVE KILLED 45
CIVILIANS THIS YEAR", a month's toll of political violence), statements and denials, threats,
military communiques about clashes that hit no civilian and no property, trials and arrests about
old acts, interviews, editorials, radio round-ups of several short items where only one is an
incident, and doubt phrased as alternatives ("IT IS NOT YET CLEAR WHETHER THE MEDELLIN CARTEL OR THE
APRIL 19 MOVEMENT IS RESPONSIBLE": both groups POSSIBLE perpetrators, no clash, no date).

The scaffolding is the one of test_muc4_style_slot_precision (key templates :func:`T`, scoring
:func:`score_story`): our incidents of a MUC-4 type in scope, their fills mapped to the key's
templates. A check per story and slot: no spurious and no missing fill in that slot (date and
location are not checked); a check per story: as many templates as the key.

First run, before any rule change: 206 of 288 checks passed (template count 24/36; EN 139/184, FR
67/104). Spurious incidents: a month's toll, an editorial's ten years of war, threats against any
candidate, judges to be killed, denials of killings at large, a trial for a 1987 murder, a clash in
a communique; spurious fills: totals as the deaths of the act told ("300 LIVES ... SINCE AUGUST",
"45 CIVILIANS THIS YEAR"), the people of "27 PEOPLE HAVE BEEN KIDNAPPED SO FAR THIS YEAR" as victims,
the doubt "X OR Y" as REPORTED AS FACT (and "APRIL 19" in the group's name as a date), the army that
"ignores whether" as perpetrator, "sans faire de victimes" as a few dead.

After the rules of this round (a running total since a month, "this year", over a length of time or
in political violence; counted patients over such a period; a date inside a group's name; doubt told
as alternatives is POSSIBLE; "ignorer" reports; "UNIDENTIFIED" before a mention keeps it unidentified;
threats against anyone at all and acts coordinated with a future one are no incident, nor the
first report of a death; denials of acts at large; "sans faire de victimes"; French "charge de dynamite"; French fire words for ARSON):
257 of 288 (template count 32/36; EN 171/184, FR 86/104). Then a month right after an old act's
phrase that the parse hangs on a verb dated today ("SENTENCED TODAY ... FOR THE MURDER OF X IN OCTOBER
1987") dates the act (and its death word is no first report), French "affronter" is a clash, a
casualty verb right before a figure is what befell the people counted ("tuant deux passants et
blessant quinze personnes"), French "blessant", "COUNCILOR" a victim's office: 278 of 288 (template
count 36/36; EN 176/184, FR 102/104). Then a denied casualty word counts nobody ("WHO WAS NOT HURT")
and "IN THE CAPITAL," opens a scene of its own: 281 of 288 (EN 179/184, FR 102/104). Then an actor
mention whose parse head is no noun ("HIRED GUNMEN", HIRED read as a verb) is taken by its last noun:
282 of 288 (EN 180/184, FR 102/104); the rest strict xfails below. h-muc4type (a past verb the capitals'
parse read as a modifier told again as the verb; the place of an act on a person no target; the owner of
a target no second target): 287 of 288 (EN 184/184, FR 103/104).
"""

import pytest
from test_muc4_style_slot_precision import FACT, POSSIBLE, T, check_story, story_params

# (key, language, story, templates of its key)
STORIES = [
    # --- political commentary recalling violence in general ---
    ("en-wave-300-lives", "en",
     "BOGOTA, 12 MAR 90 (EFE) -- [TEXT] A BOMB EXPLODED LAST NIGHT IN FRONT OF THE HEADQUARTERS OF THE "
     "LIBERAL PARTY IN PEREIRA, DESTROYING THE DOOR AND WINDOWS OF THE BUILDING. NOBODY WAS HURT. LIBERAL "
     "PARTY LEADER JAIME CASTRO SAID THE ATTACK WAS PART OF THE WAVE OF TERRORISM THAT HAS CLAIMED 300 LIVES "
     "IN COLOMBIA SINCE AUGUST.",
     [T("BOMBING", phys=["HEADQUARTERS OF THE LIBERAL PARTY / HEADQUARTERS / BUILDING"])]),
    ("en-wave-kidnappings", "en",
     "GUATEMALA CITY, 16 MAR 90 (ACAN) -- [TEXT] THE CHAMBER OF COMMERCE TODAY EXPRESSED CONCERN OVER THE "
     "WAVE OF KIDNAPPINGS OF BUSINESSMEN, WHICH HAS AFFECTED MORE THAN 20 FAMILIES SINCE LAST YEAR. ON "
     "TUESDAY, ARMED MEN KIDNAPPED INDUSTRIALIST RAUL GARCIA GRANADOS AS HE LEFT HIS FACTORY IN ZONE 12.",
     [T("KIDNAPPING", perp=["ARMED MEN"], hum=["RAUL GARCIA GRANADOS / INDUSTRIALIST"])]),
    ("en-editorial-70000-dead", "en",
     "SAN SALVADOR, 10 JAN 90 (LA PRENSA GRAFICA) -- [EDITORIAL] [TEXT] THE VIOLENCE THAT HAS BLED OUR "
     "COUNTRY FOR TEN YEARS, WITH MORE THAN 70,000 DEAD, MUST END. THE MURDERS, KIDNAPPINGS AND SABOTAGE "
     "COMMITTED BY THE FMLN HAVE DESTROYED THE ECONOMY. ONLY YESTERDAY, UNIDENTIFIED TERRORISTS DYNAMITED "
     "THE BRIDGE OVER THE LEMPA RIVER ON THE COASTAL HIGHWAY.",
     [T("BOMBING", perp=["UNIDENTIFIED TERRORISTS / TERRORISTS"], phys=["BRIDGE OVER THE LEMPA RIVER / BRIDGE"])]),
    # --- totals and statistics ---
    ("en-fmln-45-civilians", "en",
     "SAN SALVADOR, 15 DEC 89 (ACAN-EFE) -- [TEXT] FMLN GUERRILLAS YESTERDAY BURNED THREE BUSES OF THE "
     "NATIONAL TRANSPORT COMPANY ON THE ROAD BETWEEN SAN MIGUEL AND USULUTAN. DEFENSE MINISTER RAFAEL "
     "LARIOS SAID THE FMLN HAVE KILLED 45 CIVILIANS THIS YEAR.",
     [T("ARSON", perp=["FMLN / FMLN GUERRILLAS"], conf=[FACT], phys=["BUSES"])]),
    ("en-judges-rises-to-52", "en",
     "MEDELLIN, 20 FEB 90 (EFE) -- [TEXT] HIRED GUNMEN SHOT AND KILLED JUDGE CARLOS ORTIZ AS HE ARRIVED "
     "AT HIS OFFICE IN MEDELLIN THIS MORNING. WITH THIS CRIME, THE NUMBER OF JUDGES MURDERED IN COLOMBIA "
     "SINCE 1985 RISES TO 52.",
     [T("ATTACK", perp=["HIRED GUNMEN / GUNMEN"], hum=["CARLOS ORTIZ / JUDGE"], deaths=1)]),
    ("en-kidnapped-so-far-this-year", "en",
     "LIMA, 8 APR 90 (AFP) -- [TEXT] THE TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA) KIDNAPPED BUSINESSMAN "
     "LUIS HOCHSCHILD IN LIMA YESTERDAY. POLICE SAID 27 PEOPLE HAVE BEEN KIDNAPPED IN PERU SO FAR THIS "
     "YEAR.",
     [T("KIDNAPPING", perp=["TUPAC AMARU REVOLUTIONARY MOVEMENT / MRTA"], conf=[FACT],
        hum=["LUIS HOCHSCHILD / BUSINESSMAN"])]),
    ("en-toll-during-january", "en",
     "SAN SALVADOR, 2 FEB 90 (DOMESTIC SERVICE) -- [TEXT] A BOMB PLACED BY URBAN COMMANDOS DAMAGED THE SAN "
     "SALVADOR OFFICES OF THE TACA AIRLINE LAST NIGHT. ACCORDING TO THE HUMAN RIGHTS COMMISSION, 112 "
     "CIVILIANS WERE KILLED AND 230 WOUNDED IN POLITICAL VIOLENCE DURING JANUARY.",
     [T("BOMBING", perp=["URBAN COMMANDOS"], phys=["OFFICES OF THE TACA AIRLINE / OFFICES"])]),
    ("en-police-figures-march", "en",
     "SAN SALVADOR, 3 APR 90 (EFE) -- [TEXT] THE NATIONAL POLICE REPORTED TODAY THAT 214 PEOPLE DIED IN "
     "VIOLENT ACTS IN MARCH, 60 OF THEM IN ATTACKS ATTRIBUTED TO THE FMLN. EARLY TODAY, A CAR BOMB "
     "EXPLODED OUTSIDE THE HEADQUARTERS OF THE TREASURY POLICE, DAMAGING THE BUILDING AND WOUNDING FOUR "
     "PASSERSBY.",
     [T("BOMBING", phys=["HEADQUARTERS OF THE TREASURY POLICE / HEADQUARTERS / BUILDING"], hum=["PASSERSBY"],
        injured=4)]),
    # --- statements and denials ---
    ("en-fmln-denies", "en",
     "SAN SALVADOR, 22 NOV 89 (AFP) -- [TEXT] THE FMLN TODAY DENIED THAT ITS FORCES HAVE ATTACKED CIVILIAN "
     "TARGETS AND SAID ITS OFFENSIVE IS DIRECTED ONLY AGAINST THE ARMY. MEANWHILE, A GRENADE THROWN AT A "
     "POLICE PATROL IN SOYAPANGO LAST NIGHT INJURED THREE POLICEMEN AND A WOMAN WHO WAS WALKING BY.",
     [T("BOMBING", hum=["POLICEMEN / POLICE PATROL", "WOMAN"], injured=4)]),
    ("en-high-command-denies", "en",
     "SAN SALVADOR, 30 NOV 89 (AFP) -- [TEXT] THE HIGH COMMAND DENIED THAT SOLDIERS HAVE KILLED CIVILIANS "
     "DURING THE FMLN OFFENSIVE. ON WEDNESDAY, FMLN URBAN COMMANDOS SHOT AND WOUNDED A JUDGE, MANUEL "
     "GUERRERO, IN THE SANTA TECLA NEIGHBORHOOD.",
     [T("ATTACK", perp=["FMLN / FMLN URBAN COMMANDOS / URBAN COMMANDOS"], conf=[FACT],
        hum=["MANUEL GUERRERO / JUDGE"], injured=1)]),
    # --- threats ---
    ("en-threat-candidates", "en",
     "LIMA, 14 MAR 90 (AFP) -- [TEXT] THE SHINING PATH HAS THREATENED TO KILL ANY CANDIDATE WHO TAKES PART "
     "IN THE 8 APRIL ELECTIONS, AND HAS ORDERED AN ARMED STRIKE IN THE CENTRAL HIGHLANDS. IN HUANCAYO, "
     "SHINING PATH GUERRILLAS YESTERDAY SHOT DEAD A CANDIDATE FOR THE UNITED LEFT, PEDRO HUILCA.",
     [T("ATTACK", perp=["SHINING PATH / SHINING PATH GUERRILLAS"], conf=[FACT],
        hum=["PEDRO HUILCA / CANDIDATE"], deaths=1)]),
    ("en-extraditables-warn", "en",
     "BOGOTA, 5 APR 90 (EFE) -- [TEXT] THE EXTRADITABLES WARNED IN A COMMUNIQUE THAT THEY WILL BLOW UP "
     "NEWSPAPERS AND KILL JUDGES IF THE GOVERNMENT CONTINUES THE EXTRADITIONS. HOURS LATER, A BOMB "
     "DESTROYED THE OFFICES OF THE NEWSPAPER VANGUARDIA LIBERAL IN BUCARAMANGA, KILLING A WATCHMAN.",
     [T("BOMBING", perp=["? EXTRADITABLES"], conf=["? POSSIBLE / SUSPECTED OR ACCUSED"],
        phys=["OFFICES OF THE NEWSPAPER VANGUARDIA LIBERAL / OFFICES"], hum=["WATCHMAN"], deaths=1)]),
    # --- military communiques about clashes ---
    ("en-coprefa-clash-and-tower", "en",
     "SAN SALVADOR, 18 JAN 90 (DOMESTIC SERVICE) -- [TEXT] THE ARMED FORCES PRESS COMMITTEE (COPREFA) "
     "REPORTED THAT TROOPS OF THE ATLACATL BATTALION CLASHED WITH FMLN TERRORISTS YESTERDAY NEAR "
     "CHALATENANGO, KILLING FOUR OF THEM, AND SEIZED RIFLES AND AMMUNITION. IN ANOTHER COMMUNIQUE, COPREFA "
     "REPORTED THAT FMLN TERRORISTS BLEW UP A POWER TOWER IN USULUTAN LAST NIGHT, LEAVING SEVERAL TOWNS "
     "WITHOUT ELECTRICITY.",
     [T("BOMBING", perp=["FMLN / FMLN TERRORISTS"], conf=[FACT], phys=["POWER TOWER"])]),
    ("en-army-clash-journalist", "en",
     "GUATEMALA CITY, 25 FEB 90 (ACAN) -- [TEXT] THE ARMY REPORTED THAT FIVE GUERRILLAS AND ONE SOLDIER "
     "DIED IN A CLASH IN THE IXCAN AREA OF QUICHE DEPARTMENT ON FRIDAY. IN THE CAPITAL, UNKNOWN PERSONS "
     "FIRED AT THE HOUSE OF A JOURNALIST, ROBERTO CASTANEDA, WHO WAS NOT HURT.",
     [T("ATTACK", perp=["UNKNOWN PERSONS"], phys=["HOUSE"], hum=["? ROBERTO CASTANEDA / JOURNALIST"])]),
    # --- trials and arrests about old acts ---
    ("en-trial-1987-murder", "en",
     "BOGOTA, 6 FEB 90 (EFE) -- [TEXT] A COURT IN BOGOTA TODAY SENTENCED TWO FORMER POLICEMEN TO 20 YEARS "
     "IN PRISON FOR THE MURDER OF PRESIDENTIAL CANDIDATE ANTONIO MEJIA IN OCTOBER 1987. IN CALI, GUNMEN "
     "ON A MOTORCYCLE KILLED TRADE UNION LEADER JOSE URIBE THIS MORNING.",
     [T("ATTACK", perp=["GUNMEN"], hum=["JOSE URIBE / TRADE UNION LEADER"], deaths=1)]),
    ("en-arrest-1988-embassy", "en",
     "LA PAZ, 10 MAR 90 (EFE) -- [TEXT] POLICE TODAY ARRESTED THREE MEMBERS OF THE ZARATE WILLKA ARMED "
     "LIBERATION FRONT ACCUSED OF THE BOMBING OF THE U.S. EMBASSY IN AUGUST 1988. IN A SEPARATE INCIDENT, "
     "A DYNAMITE CHARGE DAMAGED THE OFFICES OF THE MINISTRY OF LABOR IN LA PAZ LAST NIGHT. NOBODY WAS HURT.",
     [T("BOMBING", phys=["OFFICES OF THE MINISTRY OF LABOR / MINISTRY OF LABOR / OFFICES"])]),
    # --- interviews ---
    ("en-interview-villalobos", "en",
     "SAN SALVADOR, 5 MAR 90 (AFP) -- [TEXT] IN AN INTERVIEW WITH RADIO VENCEREMOS, FMLN COMMANDER JOAQUIN "
     "VILLALOBOS SAID THE GUERRILLAS WILL KEEP ATTACKING MILITARY TARGETS AND THE ECONOMIC INFRASTRUCTURE "
     "UNTIL THE GOVERNMENT NEGOTIATES. HOURS LATER, FMLN GUERRILLAS SET FIRE TO THE TOWN HALL OF SAN "
     "SEBASTIAN.",
     [T("ARSON", perp=["FMLN / FMLN GUERRILLAS"], conf=[FACT], phys=["TOWN HALL"])]),
    # --- radio round-ups of several short items ---
    ("en-roundup-bank", "en",
     "LIMA, 22 MAR 90 (PANAMERICANA TELEVISION) -- [TEXT] HERE IS THE NEWS IN BRIEF: THE CENTRAL BANK "
     "ANNOUNCED A NEW EXCHANGE RATE FOR THE INTI. PRESIDENTIAL CANDIDATE LUIS BEDOYA CLOSED HIS CAMPAIGN IN "
     "AREQUIPA. A BOMB DAMAGED A BRANCH OF THE CREDIT BANK IN THE LIMA DISTRICT OF SURQUILLO LAST NIGHT. "
     "THE TEACHERS' UNION ANNOUNCED A 48-HOUR STRIKE.",
     [T("BOMBING", phys=["BRANCH OF THE CREDIT BANK / CREDIT BANK"])]),
    ("en-roundup-mayor", "en",
     "SAN SALVADOR, 9 FEB 90 (RADIO CADENA YSKL) -- [TEXT] IN OTHER NEWS: THE LEGISLATIVE ASSEMBLY "
     "APPROVED THE 1990 BUDGET. SOLDIERS CAPTURED TWO SUSPECTED GUERRILLAS IN SANTA ANA. UNIDENTIFIED MEN "
     "KIDNAPPED THE MAYOR OF JUCUAPA, PEDRO ARIAS, LAST NIGHT. COFFEE EXPORTS FELL 12 PERCENT IN JANUARY.",
     [T("KIDNAPPING", perp=["UNIDENTIFIED MEN"], hum=["PEDRO ARIAS / MAYOR OF JUCUAPA / MAYOR"])]),
    # --- doubt phrased as alternatives ---
    ("en-cartel-or-april-19", "en",
     "BOGOTA, 20 APR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY NEAR THE OFFICES OF THE NEWSPAPER EL "
     "ESPECTADOR IN BOGOTA, KILLING TWO PASSERSBY AND WOUNDING 15 PEOPLE. IT IS NOT YET CLEAR WHETHER THE "
     "MEDELLIN CARTEL OR THE APRIL 19 MOVEMENT IS RESPONSIBLE FOR THE ATTACK, POLICE SAID.",
     [T("BOMBING", perp=["? MEDELLIN CARTEL", "? APRIL 19 MOVEMENT"], conf=["? " + POSSIBLE, "? " + POSSIBLE],
        phys=["? OFFICES OF THE NEWSPAPER EL ESPECTADOR / OFFICES"], hum=["PASSERSBY", "PEOPLE"],
        deaths=2, injured=15)]),
    ("en-eln-or-farc-bridge", "en",
     "BOGOTA, 3 MAR 90 (EFE) -- [TEXT] A BRIDGE ON THE ROAD BETWEEN CUCUTA AND PAMPLONA WAS DYNAMITED LAST "
     "NIGHT, CUTTING TRAFFIC IN THE AREA. THE ARMY DOES NOT KNOW WHETHER THE NATIONAL LIBERATION ARMY (ELN) "
     "OR THE REVOLUTIONARY ARMED FORCES OF COLOMBIA (FARC) CARRIED OUT THE ATTACK.",
     [T("BOMBING", perp=["? NATIONAL LIBERATION ARMY / ELN", "? REVOLUTIONARY ARMED FORCES OF COLOMBIA / FARC"],
        conf=["? " + POSSIBLE, "? " + POSSIBLE], phys=["BRIDGE"])]),
    ("en-shining-path-or-mrta", "en",
     "LIMA, 28 FEB 90 (AFP) -- [TEXT] A TOWN COUNCILOR, MARIO QUISPE, WAS SHOT DEAD IN HUANCAYO LAST NIGHT. "
     "POLICE SAID THEY DO NOT KNOW WHETHER THE SHINING PATH OR THE TUPAC AMARU REVOLUTIONARY MOVEMENT WAS "
     "RESPONSIBLE.",
     [T("ATTACK", perp=["? SHINING PATH", "? TUPAC AMARU REVOLUTIONARY MOVEMENT"],
        conf=["? " + POSSIBLE, "? " + POSSIBLE], hum=["MARIO QUISPE / TOWN COUNCILOR"], deaths=1)]),
    ("en-criminals-or-fmln", "en",
     "TEGUCIGALPA, 9 MAR 90 (ACAN) -- [TEXT] A COFFEE GROWER, RICARDO SOL, WAS KIDNAPPED YESTERDAY ON HIS "
     "FARM NEAR OCOTEPEQUE. POLICE SAID THE KIDNAPPERS WERE EITHER COMMON CRIMINALS OR MEMBERS OF THE FMLN.",
     [T("KIDNAPPING", perp=["? COMMON CRIMINALS / KIDNAPPERS", "? FMLN / MEMBERS OF THE FMLN"],
        conf=["? " + POSSIBLE], hum=["RICARDO SOL / COFFEE GROWER"])]),
    # --- French ---
    ("fr-vague-300-morts", "fr",
     "Bogota, 12 mars 1990 (AFP) - Une bombe a explosé la nuit dernière devant le siège du Parti libéral à "
     "Pereira, détruisant la porte et les fenêtres du bâtiment, sans faire de victimes. Le dirigeant "
     "libéral Jaime Castro a affirmé que l'attentat s'inscrivait dans la vague de terrorisme qui a fait 300 "
     "morts en Colombie depuis août.",
     [T("BOMBING", phys=["siège du Parti libéral / siège / bâtiment"])]),
    ("fr-fmln-45-civils", "fr",
     "San Salvador, 15 déc 1989 (AFP) - Des guérilleros du FMLN ont incendié hier trois autobus de la "
     "Compagnie nationale de transport sur la route entre San Miguel et Usulutan. Selon le ministre de la "
     "Défense, le FMLN a tué 45 civils depuis le début de l'année.",
     [T("ARSON", perp=["FMLN / guérilleros du FMLN"], conf=[FACT], phys=["autobus"])]),
    ("fr-juges-porte-a-52", "fr",
     "Medellin, 20 fév 1990 (AFP) - Des tueurs à gages ont abattu ce matin le juge Carlos Ortiz alors qu'il "
     "arrivait à son bureau à Medellin. Ce crime porte à 52 le nombre de juges assassinés en Colombie depuis "
     "1985.",
     [T("ATTACK", perp=["tueurs à gages"], hum=["Carlos Ortiz / juge"], deaths=1)]),
    ("fr-bilan-mars", "fr",
     "San Salvador, 3 avr 1990 (AFP) - La police nationale a indiqué aujourd'hui que 214 personnes étaient "
     "mortes dans des actes de violence en mars, dont 60 dans des attentats attribués au FMLN. Tôt ce matin, "
     "une voiture piégée a explosé devant le siège de la police des finances, endommageant le bâtiment et "
     "blessant quatre passants.",
     [T("BOMBING", phys=["siège de la police des finances / siège / bâtiment"], hum=["passants"], injured=4)]),
    ("fr-dementi-haut-commandement", "fr",
     "San Salvador, 30 nov 1989 (AFP) - Le haut commandement a démenti que des soldats aient tué des civils "
     "pendant l'offensive du FMLN. Mercredi, un commando urbain du FMLN a blessé par balles un juge, Manuel "
     "Guerrero, dans le quartier de Santa Tecla.",
     [T("ATTACK", perp=["FMLN / commando urbain du FMLN"], conf=[FACT], hum=["Manuel Guerrero / juge"],
        injured=1)]),
    ("fr-menace-candidats", "fr",
     "Lima, 14 mars 1990 (AFP) - Le Sentier lumineux a menacé de tuer tout candidat qui participera aux "
     "élections du 8 avril. A Huancayo, des guérilleros du Sentier lumineux ont abattu hier un candidat de la "
     "Gauche unie, Pedro Huilca.",
     [T("ATTACK", perp=["Sentier lumineux / guérilleros du Sentier lumineux"], conf=[FACT],
        hum=["Pedro Huilca / candidat"], deaths=1)]),
    ("fr-communique-accrochage", "fr",
     "San Salvador, 18 jan 1990 (AFP) - Selon un communiqué des forces armées, des soldats du bataillon "
     "Atlacatl ont affronté hier des guérilleros du FMLN près de Chalatenango, tuant quatre d'entre eux. "
     "Dans un autre communiqué, l'armée a indiqué que des guérilleros du FMLN avaient dynamité la nuit "
     "dernière un pylône électrique à Usulutan, privant plusieurs villes d'électricité.",
     [T("BOMBING", perp=["FMLN / guérilleros du FMLN"], conf=[FACT], phys=["pylône électrique / pylône"])]),
    ("fr-proces-1987", "fr",
     "Bogota, 6 fév 1990 (AFP) - Un tribunal de Bogota a condamné aujourd'hui deux anciens policiers à 20 ans "
     "de prison pour l'assassinat du candidat présidentiel Antonio Mejia en octobre 1987. A Cali, des hommes "
     "armés circulant à moto ont tué ce matin le dirigeant syndical José Uribe.",
     [T("ATTACK", perp=["hommes armés"], hum=["José Uribe / dirigeant syndical"], deaths=1)]),
    ("fr-arrestation-1988", "fr",
     "La Paz, 10 mars 1990 (AFP) - La police a arrêté aujourd'hui trois membres du Front armé de libération "
     "Zarate Willka accusés de l'attentat contre l'ambassade des États-Unis en août 1988. Par ailleurs, une "
     "charge de dynamite a endommagé la nuit dernière les bureaux du ministère du Travail à La Paz, sans "
     "faire de blessés.",
     [T("BOMBING", phys=["bureaux du ministère du Travail / ministère du Travail / bureaux"])]),
    ("fr-entretien-villalobos", "fr",
     "San Salvador, 5 mars 1990 (AFP) - Dans un entretien à Radio Venceremos, le commandant du FMLN Joaquin "
     "Villalobos a affirmé que la guérilla continuerait d'attaquer les objectifs militaires et "
     "l'infrastructure économique. Quelques heures plus tard, des guérilleros du FMLN ont incendié la mairie "
     "de San Sebastian.",
     [T("ARSON", perp=["FMLN / guérilleros du FMLN"], conf=[FACT], phys=["mairie"])]),
    ("fr-journal-radio", "fr",
     "Lima, 22 mars 1990 (AFP) - Voici les principales nouvelles de la journée. La Banque centrale a annoncé "
     "un nouveau taux de change de l'inti. Le candidat Luis Bedoya a clôturé sa campagne à Arequipa. Une "
     "bombe a endommagé la nuit dernière une agence de la Banque de crédit dans le quartier de Surquillo, à "
     "Lima. Le syndicat des enseignants a annoncé une grève de 48 heures.",
     [T("BOMBING", phys=["agence de la Banque de crédit / Banque de crédit"])]),
    ("fr-cartel-ou-19-avril", "fr",
     "Bogota, 20 avr 1990 (AFP) - Une voiture piégée a explosé aujourd'hui près du siège du journal El "
     "Espectador à Bogota, tuant deux passants et blessant quinze personnes. On ignore encore si l'attentat "
     "est l'oeuvre du cartel de Medellin ou du Mouvement du 19 avril (M-19), a indiqué la police.",
     [T("BOMBING", perp=["? cartel de Medellin", "? Mouvement du 19 avril / M-19"],
        conf=["? " + POSSIBLE, "? " + POSSIBLE], phys=["? siège du journal El Espectador / siège"],
        hum=["passants", "personnes"], deaths=2, injured=15)]),
    ("fr-eln-ou-farc-pont", "fr",
     "Bogota, 4 mars 1990 (AFP) - Un pont a été dynamité la nuit dernière sur la route entre Cucuta et "
     "Pamplona. L'armée ignore si l'Armée de libération nationale (ELN) ou les Forces armées "
     "révolutionnaires de Colombie (FARC) sont les auteurs de l'attentat.",
     [T("BOMBING", perp=["? Armée de libération nationale / ELN", "? Forces armées révolutionnaires de Colombie / FARC"],
        conf=["? " + POSSIBLE, "? " + POSSIBLE], phys=["pont"])]),
]

# strict xfails: (key, check) -> the class of the failure
XFAIL: dict[tuple[str, str], str] = {
    ('fr-dementi-haut-commandement', 'injured'): "'a blessé par balles un juge': no injured counted",
}


@pytest.mark.parametrize("key,check", story_params(STORIES, XFAIL))
def test_the_story_fills_what_its_key_holds(key, check):
    check_story(STORIES, key, check)


def test_the_set_is_bilingual_and_large_enough():
    langs = [lang for _, lang, _, _ in STORIES]
    assert len(STORIES) >= 30 and langs.count("fr") >= len(STORIES) // 3
    assert all(templates for *_, templates in STORIES)  # each story holds a real incident
    assert len({key for key, *_ in STORIES}) == len(STORIES)
