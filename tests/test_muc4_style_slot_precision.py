"""MUC-4 slot precision on stories that tempt spurious fills (stories written for these tests, not
taken from any dataset: 1989-90 Latin American wire and radio copy, EN in capitals with a dateline
as distributed, FR in mixed case). Each story comes with the full key it would get under the MUC-4
task definition: its templates, and in each the incident type, the perpetrator (organisation, its
individual descriptions as alternatives, else the individuals), the organisation confidence, the
physical and human targets, the deaths and injured -- or nothing where the key leaves a slot empty.

The stories name people and things near an act that are neither hit nor doing it: speakers,
officials, reporters, witnesses, the victims' relatives; a group blamed for other, past acts in the
background; buildings named as the setting; soldiers killed in combat (no template: MUC-4 1.0
(1b)); a headline line told again by the lead (one template); a military plane that crashes or
carries bodies (no air strike); "THE FMLN OR THE ARMY" as a doubt (POSSIBLE, not a clash);
"property damage" in general; earlier totals ("THIS BRINGS TO 40 THE NUMBER OF ...").

Our fills are scored as the MUC-4 adapter scores them: our incidents of a MUC-4 type in scope
(:func:`muc_type`, :func:`in_scope`), their fills (:func:`pred_slots`) mapped to the key's
templates (:func:`score_document`). A check per story and slot: no spurious and no missing fill in
that slot (date and location are not checked here); a check per story: as many templates as the key.

First run, before any rule change: 218 of 287 checks passed (template count 34/42; EN 150/196, FR
68/91). One key revised after the first run, on reading the task definition again (7.13: damaged
facilities are physical targets): en-material-damage, the nearby houses and shops the blast damaged
may be targets (optional fills).

After the rules of this round (headline told again, speakers and reacting bodies no victims,
targets named again, settings of acts on persons, past acts in a relative clause on their doer,
unknown doers kept unknown, doers not counted as dead, aircraft that carry, accusations that name
the group otherwise): 250 of 287 (template count 39/42; EN 169/196, FR 81/91); 37 strict xfails,
one of them a first-run pass by chance (en-plane-carries-bodies perp_confidence). Later (h-muc4bg,
doubt told as alternatives, "THE MEDELLIN CARTEL OR THE APRIL 19 MOVEMENT", is POSSIBLE; "HIRED ASSASSINS"
taken by its noun when the parse reads HIRED as a verb): 253 of 287.

h-muc4perp2 (doers of a relative clause on the victims, a subject that opens the sentence, test_muc4_style_
perpetrators2): en-plane-carries-bodies and fr-porte-parole-enlevement perp and perp_confidence now pass.
Both merged: 258 of 287 (29 strict xfails). h-muc4type ("THE DYNAMITING OF" a bombing by its noun):
en-campaign-claimed passes, 263 of 287 (24 strict xfails). h-muc4toll (single persons said wounded in a
later sentence, "THE DRIVER ... WAS SLIGHTLY INJURED"): en-president-calls injured passes, 264 of 287.
h-capsparse (an alias that modifies the head word of a group's name, "MEMBERS OF THE CINCHONERO POPULAR
LIBERATION MOVEMENT KIDNAPPED", is the group of the subject noun): en-spokesman-kidnap perp_confidence passes,
265 of 287. h-dateline (the word after a dateline's dash starts a sentence, nlp.paragraph_breaks: « San Salvador,
15 nov 1989 (AFP) - Des guérilleros urbains ont fait sauter » no longer one sentence with the dateline):
fr-maire-declare perp passes, 266 of 287.
"""

import pytest
from test_muc4_style_incident_count import muc_incidents

from bilan.evaluate.muc4 import SLOT_NAMES, Fill, pred_slots, score_document

CHECKED = ("type", "perp", "perp_confidence", "phys_target", "hum_target", "deaths", "injured")


def T(kind: str, perp=(), conf=(), phys=(), hum=(), deaths=None, injured=None) -> dict[str, list[Fill]]:
    """One key template as the scorer reads it (:func:`bilan.evaluate.muc4.gold_slots`): each string
    fill is its ``/`` alternatives, a leading ``?`` an optional fill."""

    def fill(s: str) -> Fill:
        opt = s.startswith("?")
        return Fill([x.strip() for x in s.lstrip("?").split("/")], opt)

    out: dict[str, list[Fill]] = {k: [] for k in SLOT_NAMES}
    out["type"] = [fill(kind)]
    out["perp"] = [fill(p) for p in perp]
    out["perp_confidence"] = [fill(c) for c in conf]
    out["phys_target"] = [fill(p) for p in phys]
    out["hum_target"] = [fill(h) for h in hum]
    out["deaths"] = [Fill([deaths])] if deaths else []
    out["injured"] = [Fill([injured])] if injured else []
    return out


FACT, CLAIMED, ACCUSED, POSSIBLE = "REPORTED AS FACT", "CLAIMED OR ADMITTED", "SUSPECTED OR ACCUSED", "POSSIBLE"

# (key, language, story, templates of its key)
STORIES = [
    # --- speakers, officials, reporters, witnesses near the act ---
    ("en-mayor-speaks", "en",
     "SAN SALVADOR, 14 NOV 89 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS LAST NIGHT BOMBED THE OFFICES OF THE "
     "ELECTRICITY COMPANY IN SOYAPANGO, THE MAYOR OF SOYAPANGO, LUIS CASTILLO, TOLD REPORTERS THIS MORNING. "
     "THE BLAST DESTROYED PART OF THE BUILDING BUT NOBODY WAS HURT.",
     [T("BOMBING", perp=["URBAN GUERRILLAS"], phys=["OFFICES OF THE ELECTRICITY COMPANY / BUILDING"])]),
    ("en-priest-witness", "en",
     "GUATEMALA CITY, 12 MAR 90 (ACAN) -- [TEXT] HEAVILY ARMED MEN KILLED PEASANT LEADER TOMAS CHOC IN "
     "FRONT OF THE CATHOLIC CHURCH OF SANTA CRUZ DEL QUICHE ON SUNDAY, FATHER JUAN GOMEZ, THE PARISH "
     "PRIEST, WHO WITNESSED THE CRIME, TOLD ACAN.",
     [T("ATTACK", perp=["HEAVILY ARMED MEN"], hum=["TOMAS CHOC / PEASANT LEADER"], deaths=1)]),
    ("en-reporter-arrives", "en",
     "SAN SALVADOR, 3 DEC 89 (AFP) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT THE ENTRANCE OF THE SAN "
     "SALVADOR OFFICES OF THE NATIONAL REPUBLICAN ALLIANCE (ARENA), DAMAGING THE BUILDING. REPORTER CARLOS "
     "HENRIQUEZ OF RADIO CADENA YSKL, WHO ARRIVED MINUTES LATER, SAID TWO PASSERSBY WERE SLIGHTLY INJURED.",
     [T("BOMBING", phys=["OFFICES OF THE NATIONAL REPUBLICAN ALLIANCE / ARENA OFFICES / BUILDING"],
        hum=["PASSERSBY"], injured=2)]),
    ("en-spokesman-kidnap", "en",
     "TEGUCIGALPA, 7 FEB 90 (ACAN) -- [TEXT] MEMBERS OF THE CINCHONERO POPULAR LIBERATION MOVEMENT "
     "KIDNAPPED HONDURAN BUSINESSMAN ROBERTO SUAZO YESTERDAY IN SAN PEDRO SULA, GOVERNMENT SPOKESMAN "
     "ARMANDO LOPEZ ANNOUNCED. INTERIOR MINISTER FRANCISCO CARDONA SAID THE SECURITY FORCES ARE SEARCHING "
     "FOR THE KIDNAPPERS.",
     [T("KIDNAPPING", perp=["CINCHONERO POPULAR LIBERATION MOVEMENT / MEMBERS OF THE CINCHONERO POPULAR "
                           "LIBERATION MOVEMENT"], conf=[FACT], hum=["ROBERTO SUAZO / HONDURAN BUSINESSMAN"])]),
    ("en-minister-accuses", "en",
     "MEDELLIN, 2 APR 90 (EFE) -- [TEXT] HIRED ASSASSINS KILLED JUDGE MARIA ELENA DIAZ AND TWO OF HER "
     "BODYGUARDS AS THEY LEFT THE COURTHOUSE IN DOWNTOWN MEDELLIN THIS MORNING. JUSTICE MINISTER ROBERTO "
     "SALAZAR CONDEMNED THE CRIME AND ACCUSED THE MEDELLIN CARTEL OF ORDERING IT.",
     [T("ATTACK", perp=["MEDELLIN CARTEL / HIRED ASSASSINS"], conf=[ACCUSED],
        hum=["MARIA ELENA DIAZ / JUDGE", "BODYGUARDS"], deaths=3)]),
    ("en-vendor-saw", "en",
     "SAN SALVADOR, 16 JAN 90 (AFP) -- [TEXT] TWO MEN IN CIVILIAN CLOTHES SHOT AND KILLED TRADE UNIONIST "
     "HECTOR MARTINEZ AT A BUS STOP IN SAN SALVADOR THIS MORNING. A STREET VENDOR, ANA RIVAS, WHO SAW THE "
     "CRIME, SAID THE KILLERS ESCAPED IN A PICKUP TRUCK.",
     [T("ATTACK", perp=["MEN IN CIVILIAN CLOTHES"], hum=["HECTOR MARTINEZ / TRADE UNIONIST"], deaths=1)]),
    ("en-president-calls", "en",
     "SAN SALVADOR, 2 MAR 90 (DOMESTIC SERVICE) -- [TEXT] A BOMB PLACED BY UNIDENTIFIED PERSONS DESTROYED A "
     "BUS OF THE SANTA ANA TRANSPORT COMPANY IN SAN SALVADOR LAST NIGHT. THE DRIVER, JOSE MENA, WAS "
     "SLIGHTLY INJURED. PRESIDENT ALFREDO CRISTIANI TODAY CALLED ON THE FMLN TO STOP ITS ATTACKS ON THE "
     "COUNTRY'S INFRASTRUCTURE.",
     [T("BOMBING", perp=["UNIDENTIFIED PERSONS"], phys=["BUS"], hum=["JOSE MENA / DRIVER"], injured=1)]),
    ("en-armed-forces-accuse", "en",
     "TEGUCIGALPA, 19 MAR 90 (ACAN) -- [TEXT] THE HONDURAN ARMED FORCES TODAY ACCUSED THE CINCHONEROS OF "
     "SETTING FIRE TO A WAREHOUSE OF A U.S. COMPANY IN SAN PEDRO SULA ON SATURDAY. ARMED FORCES SPOKESMAN "
     "COLONEL MANUEL SUAREZ SAID THE ARMY WILL PROTECT FOREIGN INVESTMENTS.",
     [T("ARSON", perp=["CINCHONEROS"], conf=[ACCUSED], phys=["WAREHOUSE"])]),
    # --- the victims' relatives ---
    ("en-wife-sons-heard", "en",
     "LIMA, 25 JAN 90 (AFP) -- [TEXT] TERRORISTS SHOT AND KILLED A POLICE COLONEL, HUGO ROJAS, AND HIS "
     "DRIVER IN THE LIMA DISTRICT OF SAN ISIDRO. ROJAS' WIFE AND TWO SONS, WHO WERE AT HOME, HEARD THE "
     "SHOTS. POLICE BLAMED THE SHINING PATH.",
     [T("ATTACK", perp=["SHINING PATH / TERRORISTS"], conf=[ACCUSED],
        hum=["HUGO ROJAS / POLICE COLONEL", "DRIVER"], deaths=2)]),
    ("en-mother-demands", "en",
     "GUATEMALA CITY, 30 JAN 90 (ACAN) -- [TEXT] UNIDENTIFIED GUNMEN MURDERED STUDENT LEADER ARMANDO TUN "
     "AS HE LEFT HIS HOUSE IN ZONE 6 OF GUATEMALA CITY LAST NIGHT. HIS MOTHER, ROSA TUN, AND HIS BROTHERS "
     "DEMANDED THAT THE AUTHORITIES INVESTIGATE THE CRIME. THE GUATEMALAN ASSOCIATION OF UNIVERSITY "
     "STUDENTS CONDEMNED THE MURDER.",
     [T("ATTACK", perp=["UNIDENTIFIED GUNMEN / GUNMEN"], hum=["ARMANDO TUN / STUDENT LEADER"], deaths=1)]),
    ("en-brother-senator", "en",
     "BOGOTA, 30 MAR 90 (EFE) -- [TEXT] GUNMEN MACHINEGUNNED THE CAR OF CONGRESSMAN ALVARO PEREZ IN "
     "BARRANQUILLA, WOUNDING HIM AND HIS DRIVER. HIS BROTHER, SENATOR LUIS PEREZ, SAID THE ATTACK WAS AN "
     "ATTEMPT TO SILENCE THE CONGRESSMAN'S DENUNCIATIONS.",
     [T("ATTACK", perp=["GUNMEN"], phys=["CAR"], hum=["ALVARO PEREZ / CONGRESSMAN", "DRIVER"], injured=2)]),
    # --- a group blamed for other, past acts in background ---
    ("en-group-past-murders", "en",
     "LA PAZ, 2 FEB 90 (EFE) -- [TEXT] UNIDENTIFIED INDIVIDUALS LAST NIGHT HURLED A STICK OF DYNAMITE AT THE "
     "HOME OF U.S. EMBASSY EMPLOYEE JOHN PARKER IN LA PAZ, CAUSING MINOR DAMAGE. THE ZARATE WILLKA ARMED "
     "LIBERATION FRONT, WHICH CLAIMED THE MURDER OF TWO MORMON MISSIONARIES IN MAY 1989, HAS THREATENED "
     "U.S. CITIZENS.",
     [T("BOMBING", perp=["UNIDENTIFIED INDIVIDUALS"], phys=["HOME"], hum=["? JOHN PARKER / U.S. EMBASSY EMPLOYEE"])]),
    ("en-group-dozens-attacks", "en",
     "SANTIAGO, 9 JAN 90 (EFE) -- [TEXT] A BOMB DAMAGED A MORMON CHURCH IN THE LA FLORIDA NEIGHBORHOOD OF "
     "SANTIAGO LAST NIGHT. THE MANUEL RODRIGUEZ PATRIOTIC FRONT (FPMR), WHICH HAS CARRIED OUT DOZENS OF "
     "ATTACKS ON MORMON CHURCHES IN THE PAST TWO YEARS, HAS NOT CLAIMED RESPONSIBILITY.",
     [T("BOMBING", perp=["? MANUEL RODRIGUEZ PATRIOTIC FRONT / FPMR"], conf=["? " + POSSIBLE],
        phys=["MORMON CHURCH"])]),
    ("en-campaign-claimed", "en",
     "BOGOTA, 8 FEB 90 (EFE) -- [TEXT] THE NATIONAL LIBERATION ARMY (ELN) CLAIMED RESPONSIBILITY TODAY FOR "
     "THE DYNAMITING OF A SECTION OF THE CANO LIMON-COVENAS OIL PIPELINE IN ARAUCA DEPARTMENT. IN A "
     "COMMUNIQUE SENT TO RADIO STATIONS, THE ELN SAID IT WILL CONTINUE ITS CAMPAIGN AGAINST THE FOREIGN OIL "
     "COMPANIES.",
     [T("BOMBING", perp=["NATIONAL LIBERATION ARMY / ELN"], conf=[CLAIMED],
        phys=["CANO LIMON-COVENAS OIL PIPELINE / OIL PIPELINE"])]),
    # --- counts of earlier totals ---
    ("en-brings-to-40", "en",
     "BOGOTA, 15 APR 90 (EFE) -- [TEXT] GUNMEN SHOT DEAD A POLICE AGENT IN MEDELLIN TODAY. THIS BRINGS TO 40 "
     "THE NUMBER OF POLICEMEN KILLED IN MEDELLIN SINCE JANUARY. A BYSTANDER, MARIA LOPEZ, WAS WOUNDED.",
     [T("ATTACK", perp=["GUNMEN"], hum=["POLICE AGENT", "MARIA LOPEZ / BYSTANDER"], deaths=1, injured=1)]),
    ("en-45th-mayor", "en",
     "LIMA, 4 MAR 90 (AFP) -- [TEXT] SHINING PATH GUERRILLAS KILLED THE MAYOR OF HUAMANGA, JULIO ESPINOZA, "
     "IN AN AMBUSH ON THE ROAD TO HUANTA YESTERDAY. ESPINOZA IS THE 45TH MAYOR MURDERED BY THE SHINING PATH "
     "SINCE 1980, ACCORDING TO OFFICIAL FIGURES.",
     [T("ATTACK", perp=["SHINING PATH / SHINING PATH GUERRILLAS"], conf=[FACT],
        hum=["JULIO ESPINOZA / MAYOR"], deaths=1)]),
    # --- "property damage" generalities ---
    ("en-damage-this-year", "en",
     "SAN SALVADOR, 28 NOV 89 (DOMESTIC SERVICE) -- [TEXT] THE FMLN BLEW UP A POWER PYLON IN SAN MIGUEL "
     "DEPARTMENT LAST NIGHT. THE ARMED FORCES SAID THE GUERRILLA ACTIONS HAVE CAUSED PROPERTY DAMAGE "
     "ESTIMATED AT 50 MILLION COLONES THIS YEAR.",
     [T("BOMBING / ATTACK", perp=["FMLN"], conf=[FACT], phys=["POWER PYLON"])]),
    ("en-material-damage", "en",
     "QUITO, 21 MAR 90 (EFE) -- [TEXT] A DYNAMITE CHARGE EXPLODED LAST NIGHT AT THE DOOR OF A BRANCH OF THE "
     "PACIFIC BANK IN GUAYAQUIL, CAUSING CONSIDERABLE MATERIAL DAMAGE TO NEARBY HOUSES AND SHOPS, POLICE "
     "SAID. NO ONE HAS CLAIMED RESPONSIBILITY.",
     [T("BOMBING", phys=["BRANCH OF THE PACIFIC BANK / PACIFIC BANK", "? NEARBY HOUSES / HOUSES", "? SHOPS"])]),
    # --- soldiers killed in combat: no template ---
    ("en-fighting-toll", "en",
     "SAN SALVADOR, 10 DEC 89 (DOMESTIC SERVICE) -- [TEXT] ELEVEN SOLDIERS AND 23 GUERRILLAS WERE KILLED IN "
     "HEAVY FIGHTING BETWEEN THE ARMED FORCES AND THE FMLN NEAR THE GUAZAPA VOLCANO YESTERDAY, THE ARMED "
     "FORCES PRESS OFFICE REPORTED.",
     []),
    ("en-convoy-ambush", "en",
     "SAN SALVADOR, 6 DEC 89 (DOMESTIC SERVICE) -- [TEXT] FMLN GUERRILLAS AMBUSHED AN ARMY CONVOY ON THE "
     "LITORAL HIGHWAY NEAR ZACATECOLUCA, KILLING SEVEN SOLDIERS, THE ARMED FORCES PRESS COMMITTEE (COPREFA) "
     "REPORTED. A COPREFA SPOKESMAN SAID THE GUERRILLAS ALSO SUFFERED CASUALTIES.",
     []),
    ("en-army-post", "en",
     "GUATEMALA CITY, 14 FEB 90 (ACAN) -- [TEXT] GUERRILLAS OF THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY "
     "(URNG) ATTACKED AN ARMY POST IN SAN MARCOS DEPARTMENT, KILLING TWO SOLDIERS, AN ARMY SPOKESMAN "
     "REPORTED. THE SPOKESMAN SAID THE ARMY REPELLED THE ATTACK AND PURSUED THE GUERRILLAS INTO THE "
     "MOUNTAINS.",
     []),
    # --- a headline told again by the lead: one template ---
    ("en-headline-electricity", "en",
     "BOGOTA, 22 FEB 90 (EFE) -- [TEXT] BOMB AT ELECTRICITY OFFICES. A BOMB EXPLODED EARLY TODAY AT THE "
     "OFFICES OF THE BOGOTA ELECTRICITY COMPANY, CAUSING HEAVY DAMAGE BUT NO CASUALTIES. POLICE BLAMED THE "
     "NATIONAL LIBERATION ARMY (ELN) FOR THE ATTACK.",
     [T("BOMBING", perp=["NATIONAL LIBERATION ARMY / ELN"], conf=[ACCUSED],
        phys=["OFFICES OF THE BOGOTA ELECTRICITY COMPANY / ELECTRICITY OFFICES"])]),
    ("en-headline-kidnap", "en",
     "LA PAZ, 11 DEC 89 (EFE) -- [TEXT] BUSINESSMAN KIDNAPPED IN COCHABAMBA. BOLIVIAN BUSINESSMAN JORGE "
     "LONSDALE WAS KIDNAPPED TODAY IN COCHABAMBA BY FOUR ARMED MEN, POLICE SOURCES REPORTED.",
     [T("KIDNAPPING", perp=["ARMED MEN"], hum=["JORGE LONSDALE / BOLIVIAN BUSINESSMAN"])]),
    ("en-headline-massacre", "en",
     "LIMA, 10 FEB 90 (EFE) -- [TEXT] 14 PEASANTS MASSACRED IN JUNIN. SHINING PATH GUERRILLAS MASSACRED 14 "
     "PEASANTS IN THE COMMUNITY OF CHAQUICOCHA, JUNIN DEPARTMENT, ON THURSDAY, POLICE REPORTED TODAY. THE "
     "VICTIMS WERE MEMBERS OF A PEASANT PATROL.",
     [T("ATTACK", perp=["SHINING PATH / SHINING PATH GUERRILLAS"], conf=[FACT],
        hum=["PEASANTS / MEMBERS OF A PEASANT PATROL"], deaths=14)]),
    # --- a military plane: no air strike ---
    ("en-plane-crash", "en",
     "TEGUCIGALPA, 5 JAN 90 (ACAN) -- [TEXT] A MILITARY PLANE CARRYING 12 SOLDIERS CRASHED YESTERDAY IN THE "
     "MOUNTAINS OF OLANCHO DEPARTMENT. AIR FORCE SPOKESMAN COLONEL RAUL MEJIA SAID BAD WEATHER CAUSED THE "
     "ACCIDENT. THERE WERE NO SURVIVORS.",
     []),
    ("en-plane-carries-bodies", "en",
     "LIMA, 18 MAR 90 (AFP) -- [TEXT] A MILITARY PLANE TODAY FLEW TO AYACUCHO THE BODIES OF FIVE PEASANTS "
     "WHOM SHINING PATH GUERRILLAS MURDERED ON FRIDAY IN THE VILLAGE OF CHUSCHI. THE PEASANTS WERE BURIED "
     "IN AYACUCHO THIS AFTERNOON.",
     [T("ATTACK", perp=["SHINING PATH / SHINING PATH GUERRILLAS"], conf=[FACT], hum=["PEASANTS"], deaths=5)]),
    # --- "THE FMLN OR THE ARMY": a doubt, not a clash ---
    ("en-fmln-or-army", "en",
     "SAN SALVADOR, 20 NOV 89 (AFP) -- [TEXT] A YOUNG WOMAN WAS KILLED YESTERDAY WHEN A MORTAR ROUND HIT HER "
     "HOUSE IN THE MEJICANOS DISTRICT. NEIGHBORS SAID THEY DID NOT KNOW WHETHER THE ROUND HAD BEEN FIRED BY "
     "THE FMLN OR THE ARMY.",
     [T("ATTACK", perp=["? FMLN", "? ARMY"], conf=["? " + POSSIBLE, "? " + POSSIBLE], phys=["HOUSE"],
        hum=["YOUNG WOMAN"], deaths=1)]),
    ("en-cartel-or-m19", "en",
     "BOGOTA, 12 APR 90 (EFE) -- [TEXT] A BOMB EXPLODED LAST NIGHT IN A SUPERMARKET IN THE CITY OF CALI, "
     "INJURING SIX SHOPPERS. POLICE SAID IT WAS NOT YET CLEAR WHETHER THE ATTACK WAS THE WORK OF THE "
     "MEDELLIN CARTEL OR THE APRIL 19 MOVEMENT (M-19).",
     [T("BOMBING", perp=["? MEDELLIN CARTEL", "? APRIL 19 MOVEMENT / M-19"], conf=["? " + POSSIBLE, "? " + POSSIBLE],
        phys=["SUPERMARKET"], hum=["SHOPPERS"], injured=6)]),
    # --- French ---
    ("fr-maire-declare", "fr",
     "San Salvador, 15 nov 1989 (AFP) - Des guérilleros urbains ont fait sauter la nuit dernière les bureaux "
     "de la compagnie d'électricité à Soyapango, a déclaré le maire de la ville, Luis Castillo. L'explosion "
     "n'a pas fait de victimes.",
     [T("BOMBING", perp=["guérilleros urbains"], phys=["bureaux de la compagnie d'électricité / bureaux"])]),
    ("fr-cure-temoin", "fr",
     "Guatemala, 13 mars 1990 (AFP) - Des hommes lourdement armés ont tué le dirigeant paysan Tomas Choc "
     "devant l'église de Santa Cruz del Quiche dimanche, a raconté le curé de la paroisse, le père Juan "
     "Gomez, témoin du crime.",
     [T("ATTACK", perp=["hommes lourdement armés"], hum=["Tomas Choc / dirigeant paysan"], deaths=1)]),
    ("fr-journaliste-arrive", "fr",
     "San Salvador, 4 déc 1989 (AFP) - Une bombe a explosé la nuit dernière devant le siège de l'Alliance "
     "républicaine nationaliste (ARENA) à San Salvador, endommageant le bâtiment. Le journaliste Carlos "
     "Henriquez, arrivé quelques minutes plus tard, a indiqué que deux passants avaient été légèrement blessés.",
     [T("BOMBING", phys=["siège de l'Alliance républicaine nationaliste / siège / bâtiment"], hum=["passants"],
        injured=2)]),
    ("fr-porte-parole-enlevement", "fr",
     "Tegucigalpa, 8 fév 1990 (AFP) - Des membres du Mouvement populaire de libération Cinchonero ont enlevé "
     "hier l'homme d'affaires hondurien Roberto Suazo à San Pedro Sula, a annoncé le porte-parole du "
     "gouvernement, Armando Lopez. Le ministre de l'Intérieur, Francisco Cardona, a déclaré que les forces "
     "de sécurité recherchaient les ravisseurs.",
     [T("KIDNAPPING", perp=["Mouvement populaire de libération Cinchonero"], conf=[FACT],
        hum=["Roberto Suazo / homme d'affaires hondurien"])]),
    ("fr-epouse-fils", "fr",
     "Lima, 26 jan 1990 (AFP) - Des terroristes ont abattu un colonel de police, Hugo Rojas, et son chauffeur "
     "dans le quartier de San Isidro, à Lima. L'épouse et les deux fils du colonel, qui se trouvaient à la "
     "maison, ont entendu les coups de feu. La police a accusé le Sentier lumineux.",
     [T("ATTACK", perp=["Sentier lumineux / terroristes"], conf=[ACCUSED],
        hum=["Hugo Rojas / colonel de police", "chauffeur"], deaths=2)]),
    ("fr-mere-enquete", "fr",
     "Guatemala, 31 jan 1990 (AFP) - Des inconnus armés ont assassiné le dirigeant étudiant Armando Tun à la "
     "sortie de son domicile, dans la zone 6 de la capitale, hier soir. Sa mère, Rosa Tun, a exigé une "
     "enquête des autorités. L'Association des étudiants universitaires a condamné le crime.",
     [T("ATTACK", perp=["inconnus armés"], hum=["Armando Tun / dirigeant étudiant"], deaths=1)]),
    ("fr-eglises-passees", "fr",
     "Santiago, 10 jan 1990 (AFP) - Une bombe a endommagé une église mormone dans le quartier de La Florida "
     "à Santiago la nuit dernière. Le Front patriotique Manuel Rodriguez (FPMR), qui a commis des dizaines "
     "d'attentats contre des églises mormones ces deux dernières années, n'a pas revendiqué l'attentat.",
     [T("BOMBING", perp=["? Front patriotique Manuel Rodriguez / FPMR"], conf=["? " + POSSIBLE],
        phys=["église mormone"])]),
    ("fr-porte-a-40", "fr",
     "Bogota, 16 avr 1990 (AFP) - Des tueurs à gages ont abattu un policier aujourd'hui à Medellin. Cela "
     "porte à 40 le nombre de policiers tués à Medellin depuis janvier. Une passante, Maria Lopez, a été "
     "blessée.",
     [T("ATTACK", perp=["tueurs à gages"], hum=["policier", "Maria Lopez / passante"], deaths=1, injured=1)]),
    ("fr-degats-annee", "fr",
     "San Salvador, 29 nov 1989 (AFP) - Le FMLN a dynamité un pylône électrique dans le département de San "
     "Miguel la nuit dernière. Selon les forces armées, les actions de la guérilla ont causé cette année des "
     "dégâts matériels estimés à 50 millions de colones.",
     [T("BOMBING / ATTACK", perp=["FMLN"], conf=[FACT], phys=["pylône électrique / pylône"])]),
    ("fr-combats-bilan", "fr",
     "San Salvador, 12 déc 1989 (AFP) - Neuf soldats et quinze guérilleros ont été tués lors de violents "
     "combats entre l'armée et le FMLN près du volcan de Guazapa, a annoncé le comité de presse des forces "
     "armées.",
     []),
    ("fr-embuscade-convoi", "fr",
     "San Salvador, 7 déc 1989 (AFP) - Des guérilleros du FMLN ont tendu une embuscade à un convoi militaire "
     "sur la route du Littoral près de Zacatecoluca, tuant sept soldats, a indiqué le comité de presse des "
     "forces armées.",
     []),
    ("fr-titre-banque", "fr",
     "Lima, 3 fév 1990 (AFP) - Attentat contre une banque à Lima. Une bombe a explosé tôt ce matin devant une "
     "agence de la Banque agraire dans le quartier de San Isidro, à Lima, causant d'importants dégâts "
     "matériels mais aucune victime. La police a attribué l'attentat au Sentier lumineux.",
     [T("BOMBING", perp=["Sentier lumineux"], conf=[ACCUSED], phys=["agence de la Banque agraire / Banque agraire"])]),
    ("fr-avion-ecrase", "fr",
     "Tegucigalpa, 6 jan 1990 (AFP) - Un avion militaire transportant quatorze soldats s'est écrasé hier dans "
     "les montagnes du département d'Olancho. Un porte-parole de l'armée de l'air a attribué l'accident au "
     "mauvais temps.",
     []),
    ("fr-fmln-ou-armee", "fr",
     "San Salvador, 21 nov 1989 (AFP) - Un enfant a été tué hier par un obus de mortier tombé sur sa maison "
     "dans le quartier de Mejicanos. Les voisins ignoraient si l'obus avait été tiré par le FMLN ou par "
     "l'armée.",
     [T("ATTACK", perp=["? FMLN", "? armée"], conf=["? " + POSSIBLE, "? " + POSSIBLE], phys=["maison"],
        hum=["enfant"], deaths=1)]),
]

# strict xfails: (key, check) -> the class of the failure
XFAIL: dict[tuple[str, str], str] = {
    ('en-priest-witness', 'hum_target'): "the victim 'PEASANT LEADER TOMAS CHOC' is not read (no victim, no death)",
    ('en-priest-witness', 'deaths'): "the victim 'PEASANT LEADER TOMAS CHOC' is not read (no victim, no death)",
    ('en-minister-accuses', 'hum_target'): "'TWO OF HER BODYGUARDS' not read as victims",
    ('en-minister-accuses', 'deaths'): "'KILLED JUDGE X AND TWO OF HER BODYGUARDS' counted 2, not 3",
    ('en-vendor-saw', 'perp'): "'TWO MEN IN CIVILIAN CLOTHES' cut to 'TWO MEN'",
    ('en-wife-sons-heard', 'deaths'): "'A POLICE COLONEL ... AND HIS DRIVER' counted 1",
    ('en-brings-to-40', 'count'): 'no incident: the police agent shot dead and the wounded bystander are not one template',
    ('en-brings-to-40', 'type'): 'no incident: the police agent shot dead and the wounded bystander are not one template',
    ('en-brings-to-40', 'perp'): 'no incident: the police agent shot dead and the wounded bystander are not one template',
    ('en-brings-to-40', 'hum_target'): 'no incident: the police agent shot dead and the wounded bystander are not one template',
    ('en-brings-to-40', 'deaths'): 'no incident: the police agent shot dead and the wounded bystander are not one template',
    ('en-brings-to-40', 'injured'): 'no incident: the police agent shot dead and the wounded bystander are not one template',
    ('en-material-damage', 'phys_target'): 'the bank branch at whose door the charge exploded is not a target',
    ('en-headline-massacre', 'hum_target'): "'THE VICTIMS WERE MEMBERS OF A PEASANT PATROL' a second target, not the peasants named again",
    ('fr-cure-temoin', 'hum_target'): "'le dirigeant paysan Tomas Choc' split into two targets",
    ('fr-porte-a-40', 'count'): 'no incident: the police officer shot dead and the wounded passer-by are not one template',
    ('fr-porte-a-40', 'type'): 'no incident: the police officer shot dead and the wounded passer-by are not one template',
    ('fr-porte-a-40', 'perp'): 'no incident: the police officer shot dead and the wounded passer-by are not one template',
    ('fr-porte-a-40', 'hum_target'): 'no incident: the police officer shot dead and the wounded passer-by are not one template',
    ('fr-porte-a-40', 'deaths'): 'no incident: the police officer shot dead and the wounded passer-by are not one template',
    ('fr-porte-a-40', 'injured'): 'no incident: the police officer shot dead and the wounded passer-by are not one template',
}


def score_story(text: str, lang: str, templates: list) -> tuple[int, int, dict[str, list[int]]]:
    """(our templates, the key's templates, per slot [tp, fp, fn]) of one story and its key."""
    preds = [pred_slots(i) for i in muc_incidents(text, lang)]
    return len(preds), len(templates), score_document(preds, [(t, False) for t in templates])


_SCORES: dict[tuple[int, str], tuple[int, int, dict[str, list[int]]]] = {}


def scored(stories: list, key: str) -> tuple[int, int, dict[str, list[int]]]:
    """(our templates, the key's templates, per slot [tp, fp, fn]) of one story of ``stories``, once."""
    k = (id(stories), key)
    if k not in _SCORES:
        _, lang, text, templates = next(s for s in stories if s[0] == key)
        _SCORES[k] = score_story(text, lang, templates)
    return _SCORES[k]


def story_params(stories: list, xfail: dict, checked: tuple[str, ...] = CHECKED) -> list:
    """One check per story and slot: the template count, then each slot of ``checked`` when the key holds a
    template; strict xfails from ``xfail`` (keyed by (story, check))."""
    out = []
    for key, _, _, templates in stories:
        for check in ("count", *(checked if templates else ())):
            marks = [pytest.mark.xfail(strict=True, reason=xfail[key, check])] if (key, check) in xfail else []
            out.append(pytest.param(key, check, id=f"{key}-{check}", marks=marks))
    return out


def check_story(stories: list, key: str, check: str) -> None:
    """Our templates are as many as the key's, or the slot ``check`` has no spurious and no missing fill."""
    ours, gold, slots = scored(stories, key)
    if check == "count":
        assert ours == gold, (ours, gold)
    else:
        tp, fp, fn = slots[check]
        assert (fp, fn) == (0, 0), (tp, fp, fn)


@pytest.mark.parametrize("key,check", story_params(STORIES, XFAIL))
def test_the_story_fills_what_its_key_holds(key, check):
    check_story(STORIES, key, check)


def test_the_set_is_bilingual_and_large_enough():
    langs = [lang for _, lang, _, _ in STORIES]
    assert len(STORIES) >= 40 and langs.count("fr") >= len(STORIES) // 4
    assert len({key for key, *_ in STORIES}) == len(STORIES)
