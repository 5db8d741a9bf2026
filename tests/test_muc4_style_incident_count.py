"""How many incidents a MUC-4-style story holds (stories written for these tests, not taken from any
dataset: 1989-90 Latin American wire and radio copy, EN in capitals with a dateline as distributed,
FR in mixed case), counted as the MUC-4 adapter counts them: our incidents of a MUC-4 type
(:func:`muc_type`) in scope (:func:`in_scope`), as the scorer selects them.

Three kinds of story: one incident told over several sentences (details, the toll, a claim, a
follow-up, the victims named later, "THE ATTACK", "THE ATTACKERS") is one template; two incidents
in one story (another town, another day, "MEANWHILE", "IN ANOTHER INCIDENT") are two; and a story
with no incident under the MUC-4 task definition (speeches and communiques about violence in
general, threats and plans, military operations and clashes that hit no civilian and no property,
statistics over a year, trials and arrests of suspects of an old attack, old events recalled,
peace talks, denials, commemorations) is none."""

import datetime as dt

import pytest
from extracting import extract

from bilan.evaluate.muc4 import in_scope, muc_type

_MON = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}
_MON.update({"FÉV": 2, "MARS": 3, "AVR": 4, "MAI": 5, "JUIN": 6, "JUIL": 7, "AOÛT": 8, "DÉC": 12})
_MON.update({"FEV": 2, "AOUT": 8})  # French wire in capitals without accents ("22 FEV 1990")


def _published(text: str) -> dt.date:
    """The dateline's day ("12 JAN 90", "7 fév 1990")."""
    import re

    m = re.search(r"\b(\d{1,2}) ([A-ZÉÛ]+)\.? (\d{2}|\d{4})\b", text.upper())
    mon = next(v for k, v in sorted(_MON.items(), key=lambda kv: -len(kv[0])) if m.group(2).startswith(k))
    year = int(m.group(3))
    return dt.date(year if year > 100 else 1900 + year, mon, int(m.group(1)))


def muc_incidents(text: str, lang: str) -> list:
    published = _published(text)
    _, incs = extract(text, lang, published)
    return [i for i in incs if muc_type(i) and in_scope(i, published, text)]


def story_params(stories, xfail: dict[str, str]) -> list:
    """``(key, lang, n, text)`` stories as pytest params ``(text, lang, expected)``, a key of ``xfail``
    a strict xfail with its reason."""
    return [pytest.param(text, lang, n, id=key,
                         marks=[pytest.mark.xfail(strict=True, reason=xfail[key])] if key in xfail else [])
            for key, lang, n, text in stories]


def assert_incident_count(text: str, lang: str, expected: int) -> None:
    incs = muc_incidents(text, lang)
    assert len(incs) == expected, [(muc_type(i), i.sub_event_type, i.date.start, i.location.name,
                                    [e.text for e in i.evidence if e.field == "event_type"]) for i in incs]


# (key, language, number of templates, story)
STORIES = [
    # --- one incident told over several sentences (EN) ---
    ("en-one-phone-office", "en", 1,
     "SAN SALVADOR, 12 JAN 90 (RADIO CADENA YSKL) -- [TEXT] URBAN TERRORISTS LAST NIGHT BOMBED THE "
     "OFFICES OF THE NATIONAL TELEPHONE COMPANY IN SANTA TECLA. THE EXPLOSION DESTROYED THE FRONT OF "
     "THE BUILDING AND SHATTERED THE WINDOWS OF NEARBY HOUSES. A NIGHT WATCHMAN WAS INJURED BY FLYING "
     "GLASS. POLICE SOURCES BLAMED THE FMLN FOR THE ATTACK."),
    ("en-one-businessman-kidnapped", "en", 1,
     "LIMA, 3 FEB 90 (AFP) -- [TEXT] A GROUP OF ARMED MEN KIDNAPPED BUSINESSMAN JORGE SALAZAR "
     "YESTERDAY AS HE LEFT HIS HOME IN THE MIRAFLORES DISTRICT. THE KIDNAPPERS FORCED HIM INTO A WHITE "
     "CAR AND DROVE OFF TOWARD THE OUTSKIRTS OF THE CITY. SALAZAR'S FAMILY HAS NOT RECEIVED ANY RANSOM "
     "DEMAND. POLICE BELIEVE THE TUPAC AMARU REVOLUTIONARY MOVEMENT IS RESPONSIBLE."),
    ("en-one-car-bomb-toll", "en", 1,
     "BOGOTA, 20 MAR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED THIS MORNING OUTSIDE A SHOPPING CENTER IN "
     "NORTHERN BOGOTA. ACCORDING TO THE LATEST REPORTS, SEVEN PEOPLE WERE KILLED AND 43 WERE WOUNDED. "
     "THE BOMB, WHICH CONTAINED ABOUT 50 KG OF DYNAMITE, WAS HIDDEN IN A STOLEN VEHICLE. AUTHORITIES "
     "ATTRIBUTED THE ATTACK TO THE MEDELLIN CARTEL."),
    ("en-one-peasants-named-later", "en", 1,
     "GUATEMALA CITY, 8 APR 90 (ACAN) -- [TEXT] HEAVILY ARMED MEN MURDERED THREE PEASANTS IN THE "
     "VILLAGE OF SAN MIGUEL, CHIMALTENANGO DEPARTMENT, ON FRIDAY NIGHT. THE VICTIMS WERE IDENTIFIED AS "
     "JUAN TUM, PEDRO CHOC AND MARIO XOL. RESIDENTS SAID THE ATTACKERS WORE OLIVE GREEN UNIFORMS. THE "
     "BODIES WERE TAKEN TO THE MORGUE IN CHIMALTENANGO."),
    ("en-one-towers-claimed", "en", 1,
     "SAN SALVADOR, 15 NOV 89 (DOMESTIC SERVICE) -- [TEXT] SABOTEURS BLEW UP TWO HIGH-TENSION TOWERS "
     "IN USULUTAN DEPARTMENT EARLY TODAY, LEAVING THE EASTERN REGION WITHOUT ELECTRICITY. THE BLASTS "
     "WERE HEARD SEVERAL KILOMETERS AWAY. TECHNICIANS SAID REPAIRS WILL TAKE AT LEAST A WEEK. IN A "
     "COMMUNIQUE BROADCAST BY RADIO VENCEREMOS, THE FMLN CLAIMED RESPONSIBILITY FOR THE SABOTAGE."),
    ("en-one-journalist-attackers", "en", 1,
     "TEGUCIGALPA, 22 FEB 90 (HRN) -- [TEXT] UNIDENTIFIED GUNMEN YESTERDAY SHOT AND KILLED A "
     "JOURNALIST IN SAN PEDRO SULA. ROBERTO MEJIA WAS LEAVING THE OFFICES OF HIS NEWSPAPER WHEN TWO "
     "MEN ON A MOTORCYCLE OPENED FIRE ON HIM. THE ATTACKERS FLED TOWARD THE CITY CENTER. MEJIA DIED ON "
     "THE WAY TO THE HOSPITAL."),
    ("en-one-embassy-third-this-year", "en", 1,
     "QUITO, 5 MAY 90 (AFP) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT THE ENTRANCE OF THE U.S. CONSULATE "
     "IN GUAYAQUIL, CAUSING HEAVY DAMAGE BUT NO CASUALTIES. THE ATTACK OCCURRED AT ABOUT 2300. NO GROUP "
     "HAS CLAIMED RESPONSIBILITY FOR THE ATTACK, BUT POLICE SUSPECT THE ALFARO VIVE GROUP. IT WAS THE "
     "THIRD BOMB ATTACK ON U.S. INTERESTS IN ECUADOR THIS YEAR."),
    ("en-one-buses-burned", "en", 1,
     "SANTIAGO, 10 SEP 89 (RADIO COOPERATIVA) -- [TEXT] A GROUP OF HOODED INDIVIDUALS SET FIRE TO "
     "THREE CITY BUSES IN THE SOUTHERN OUTSKIRTS OF SANTIAGO LAST NIGHT. THE ATTACKERS FORCED THE "
     "PASSENGERS AND DRIVERS TO GET OFF BEFORE SPRINKLING THE VEHICLES WITH GASOLINE. FIREMEN WERE "
     "UNABLE TO SAVE THE BUSES. THE MANUEL RODRIGUEZ PATRIOTIC FRONT LEFT PAMPHLETS AT THE SCENE."),
    ("en-one-mayor-died-later", "en", 1,
     "MEDELLIN, 14 MAR 90 (EFE) -- [TEXT] THE MAYOR OF SEGOVIA, ANTIOQUIA DEPARTMENT, WAS SERIOUSLY "
     "WOUNDED WHEN GUNMEN AMBUSHED HIS CAR ON MONDAY. HIS DRIVER WAS KILLED INSTANTLY. THE MAYOR DIED "
     "YESTERDAY IN A MEDELLIN HOSPITAL. THE ARMY SAID THE AMBUSH WAS CARRIED OUT BY THE ELN."),
    ("en-one-massacre-toll-rose", "en", 1,
     "LIMA, 2 JUN 90 (EFE) -- [TEXT] AT LEAST 15 PEASANTS WERE MASSACRED ON THURSDAY IN THE VILLAGE OF "
     "CHUSCHI, AYACUCHO DEPARTMENT, BY A COLUMN OF SHINING PATH TERRORISTS. THE TERRORISTS GATHERED "
     "THE VILLAGERS IN THE SQUARE AND KILLED THOSE THEY ACCUSED OF COLLABORATING WITH THE ARMY. "
     "AUTHORITIES SAID TODAY THAT THE DEATH TOLL HAS RISEN TO 19. THE MASSACRE WAS CONDEMNED BY THE "
     "CHURCH."),
    ("en-one-kidnap-release", "en", 1,
     "SAN SALVADOR, 9 FEB 90 (ACAN-EFE) -- [TEXT] COFFEE GROWER ERNESTO VILLALTA, WHO WAS KIDNAPPED "
     "ON 28 JANUARY IN SANTA ANA, WAS FREED TODAY. HIS KIDNAPPERS RELEASED HIM ON A ROAD NEAR "
     "CHALCHUAPA AFTER HIS FAMILY PAID A RANSOM. VILLALTA SAID HIS CAPTORS KEPT HIM BLINDFOLDED IN A "
     "SMALL ROOM."),
    ("en-one-deputy-home", "en", 1,
     "SAN SALVADOR, 18 JAN 90 (RADIO CADENA YSU) -- [TEXT] UNKNOWN PERSONS HURLED A DYNAMITE CHARGE AT "
     "THE HOME OF ARENA DEPUTY JOSE ALVARADO IN SAN MIGUEL EARLY TODAY. THE EXPLOSION DAMAGED THE "
     "FACADE AND A CAR PARKED OUTSIDE, BUT NOBODY WAS HURT. ALVARADO SAID HE HAD RECEIVED SEVERAL "
     "DEATH THREATS IN RECENT WEEKS."),
    ("en-one-bus-wounded", "en", 1,
     "SAN SALVADOR, 26 FEB 90 (DOMESTIC SERVICE) -- [TEXT] GUERRILLAS FIRED ON A PASSENGER BUS ON THE "
     "LITTORAL HIGHWAY NEAR ZACATECOLUCA YESTERDAY, WOUNDING 11 CIVILIANS. THE WOUNDED WERE TAKEN TO "
     "THE ZACATECOLUCA HOSPITAL. AMONG THE WOUNDED WERE TWO CHILDREN. THE ARMED FORCES PRESS "
     "COMMITTEE BLAMED THE FMLN FOR THE ATTACK."),
    ("en-one-market-grenade", "en", 1,
     "GUATEMALA CITY, 30 MAR 90 (ACAN) -- [TEXT] A MAN THREW A GRENADE INTO THE CROWDED TERMINAL "
     "MARKET IN ZONE 4 THIS AFTERNOON, INJURING NINE PEOPLE. WITNESSES SAID THE MAN WHO THREW THE "
     "GRENADE ESCAPED ON FOOT. FOUR OF THE INJURED ARE IN SERIOUS CONDITION, THE RED CROSS REPORTED."),
    ("en-one-judge-murder", "en", 1,
     "BOGOTA, 17 AUG 89 (EFE) -- [TEXT] GUNMEN MURDERED JUDGE CARLOS VALENCIA TODAY IN A STREET OF "
     "DOWNTOWN BOGOTA. THE JUDGE HAD BEEN INVESTIGATING SEVERAL DRUG TRAFFICKERS. HIS BODYGUARD WAS "
     "ALSO WOUNDED. THE MURDER CAUSED OUTRAGE AMONG JUDGES, WHO THREATENED TO STRIKE."),
    ("en-one-priests-bodies", "en", 1,
     "LA PAZ, 24 MAY 90 (EFE) -- [TEXT] TWO FOREIGN PRIESTS WERE SHOT DEAD LAST NIGHT IN THE PARISH "
     "HOUSE OF THE TOWN OF CARANAVI. THE BODIES OF THE PRIESTS WERE FOUND THIS MORNING BY A NEIGHBOR. "
     "POLICE HAVE NOT IDENTIFIED THE KILLERS. THE CRIME SHOCKED THE SMALL COMMUNITY."),
    # --- two incidents in one story (EN) ---
    ("en-two-another-incident", "en", 2,
     "LIMA, 11 APR 90 (AFP) -- [TEXT] A BOMB EXPLODED TODAY AT A BRANCH OF THE BANCO DE CREDITO IN "
     "THE LIMA DISTRICT OF SAN ISIDRO, DESTROYING ITS WINDOWS. NOBODY WAS HURT. IN ANOTHER INCIDENT, "
     "ARMED MEN KIDNAPPED AN AGRONOMIST IN THE TOWN OF TINGO MARIA, HUANUCO DEPARTMENT, ON TUESDAY."),
    ("en-two-meanwhile", "en", 2,
     "LIMA, 6 MAR 90 (EFE) -- [TEXT] SHINING PATH GUERRILLAS DYNAMITED A POWER STATION IN HUANCAYO ON "
     "MONDAY NIGHT, CUTTING POWER TO THE CITY. MEANWHILE, IN AYACUCHO, A GROUP OF TERRORISTS SHOT AND "
     "KILLED THE MAYOR OF HUANTA, ANTONIO QUISPE, AS HE LEFT CHURCH ON SUNDAY."),
    ("en-two-union-warehouse", "en", 2,
     "SAN SALVADOR, 19 DEC 89 (RADIO CADENA YSKL) -- [TEXT] UNIDENTIFIED MEN SHOT DEAD UNION LEADER "
     "MIGUEL FLORES IN DOWNTOWN SAN SALVADOR YESTERDAY MORNING. FLORES WAS A MEMBER OF FENASTRAS. "
     "MEANWHILE, IN SANTA ANA, URBAN GUERRILLAS SET FIRE TO A COFFEE WAREHOUSE LAST NIGHT, CAUSING "
     "LOSSES ESTIMATED AT 2 MILLION COLONES."),
    ("en-two-candidate-car-bomb", "en", 2,
     "BOGOTA, 27 FEB 90 (EFE) -- [TEXT] GUNMEN KILLED LIBERAL PARTY CANDIDATE HERNANDO ROJAS IN "
     "MEDELLIN ON SUNDAY. ON MONDAY, A CAR BOMB EXPLODED OUTSIDE A HOTEL IN CALI, KILLING THREE "
     "PASSERSBY AND WOUNDING 12. POLICE ATTRIBUTED BOTH ATTACKS TO DRUG TRAFFICKERS."),
    ("en-two-peasants-bridge", "en", 2,
     "LIMA, 21 MAY 90 (DOMESTIC SERVICE) -- [TEXT] SHINING PATH TERRORISTS KILLED FIVE PEASANTS IN THE "
     "COMMUNITY OF HUAYLLAY, AYACUCHO DEPARTMENT, ON SATURDAY. IN ANOTHER INCIDENT, A GROUP OF REBELS "
     "DYNAMITED A BRIDGE ON THE CENTRAL HIGHWAY IN JUNIN DEPARTMENT, CUTTING TRAFFIC TO THE JUNGLE."),
    ("en-two-newspaper-bank", "en", 2,
     "TEGUCIGALPA, 4 APR 90 (ACAN) -- [TEXT] A BOMB EXPLODED EARLY TODAY AT THE OFFICES OF THE "
     "NEWSPAPER EL TIEMPO IN TEGUCIGALPA, CAUSING SERIOUS DAMAGE. ON MONDAY NIGHT, ANOTHER BOMB "
     "DAMAGED A BANK IN SAN PEDRO SULA. NO GROUP HAS CLAIMED RESPONSIBILITY FOR EITHER ATTACK."),
    ("en-two-student-body", "en", 2,
     "GUATEMALA CITY, 16 MAY 90 (ACAN) -- [TEXT] ARMED MEN KIDNAPPED UNIVERSITY STUDENT RAUL GOMEZ ON "
     "MONDAY IN ZONE 1 OF THE CAPITAL. ON WEDNESDAY, THE BODY OF TRADE UNIONIST LUIS PEREZ WAS FOUND "
     "WITH SIGNS OF TORTURE NEAR ESCUINTLA. PEREZ HAD DISAPPEARED A WEEK AGO."),
    ("en-two-chapels", "en", 2,
     "SANTIAGO, 8 OCT 89 (AFP) -- [TEXT] A BOMB DESTROYED THE DOOR OF A MORMON CHAPEL IN VALPARAISO "
     "LAST NIGHT. AN HOUR LATER, ANOTHER BOMB EXPLODED AT A MORMON CHAPEL IN CONCEPCION, DAMAGING ITS "
     "ROOF. NOBODY WAS HURT IN EITHER EXPLOSION."),
    ("en-two-buses-mayor", "en", 2,
     "SAN SALVADOR, 3 MAR 90 (DOMESTIC SERVICE) -- [TEXT] FMLN GUERRILLAS BURNED THREE BUSES ON THE "
     "PANAMERICAN HIGHWAY NEAR SAN VICENTE YESTERDAY. IN ANOTHER INCIDENT, THE MAYOR OF JUCUAPA, "
     "USULUTAN DEPARTMENT, WAS KILLED BY GUNMEN ON THURSDAY NIGHT."),
    ("en-two-pipeline-engineers", "en", 2,
     "BOGOTA, 12 MAY 90 (EFE) -- [TEXT] ELN GUERRILLAS DYNAMITED THE CANO LIMON-COVENAS OIL PIPELINE IN "
     "ARAUCA DEPARTMENT ON FRIDAY, SPILLING THOUSANDS OF BARRELS OF CRUDE. ON SATURDAY, GUERRILLAS "
     "KIDNAPPED TWO ENGINEERS IN NORTE DE SANTANDER DEPARTMENT."),
    ("en-two-company-minister", "en", 2,
     "LA PAZ, 14 JUN 90 (AFP) -- [TEXT] A DYNAMITE CHARGE EXPLODED LAST NIGHT AT THE OFFICES OF A "
     "U.S.-OWNED MINING COMPANY IN LA PAZ. SOME HOURS LATER, ANOTHER CHARGE DAMAGED THE HOME OF THE "
     "MINISTER OF THE INTERIOR IN COCHABAMBA. THE TWO EXPLOSIONS CAUSED NO CASUALTIES."),
    # --- no incident (EN) ---
    ("en-none-speech", "en", 0,
     "SAN SALVADOR, 20 JAN 90 (DOMESTIC SERVICE) -- [TEXT] PRESIDENT ALFREDO CRISTIANI TODAY CONDEMNED "
     "TERRORISM IN A SPEECH TO THE LEGISLATIVE ASSEMBLY. HE SAID THAT THE VIOLENCE HAS COST THOUSANDS "
     "OF LIVES AND THAT THE GOVERNMENT WILL NOT YIELD TO THE TERRORISTS. HE CALLED ON ALL SALVADORANS "
     "TO REJECT THE ATTACKS AGAINST THE ECONOMIC INFRASTRUCTURE."),
    ("en-none-communique-threat", "en", 0,
     "SAN SALVADOR, 2 FEB 90 (RADIO VENCEREMOS) -- [TEXT] IN A COMMUNIQUE RELEASED TODAY, THE FMLN "
     "GENERAL COMMAND ANNOUNCED THAT IT WILL INTENSIFY ITS MILITARY ACTIONS IF THE GOVERNMENT DOES NOT "
     "NEGOTIATE. THE COMMUNIQUE WARNS THAT THE GUERRILLAS WILL ATTACK ANY VEHICLE THAT VIOLATES THE "
     "TRANSPORT BAN. IT ALSO CALLS ON THE POPULATION TO STAY AWAY FROM MILITARY INSTALLATIONS."),
    ("en-none-clash", "en", 0,
     "SAN SALVADOR, 7 FEB 90 (DOMESTIC SERVICE) -- [TEXT] THE ARMED FORCES REPORTED TODAY THAT 12 "
     "GUERRILLAS WERE KILLED IN A CLASH WITH AN ATLACATL BATTALION UNIT IN CHALATENANGO DEPARTMENT. "
     "TWO SOLDIERS WERE WOUNDED IN THE FIGHTING. THE TROOPS SEIZED RIFLES AND AMMUNITION."),
    ("en-none-statistics", "en", 0,
     "GUATEMALA CITY, 10 JAN 90 (ACAN) -- [TEXT] A HUMAN RIGHTS GROUP REPORTED TODAY THAT 1,200 PEOPLE "
     "WERE MURDERED FOR POLITICAL REASONS IN GUATEMALA DURING 1989, AND 300 OTHERS DISAPPEARED. THE "
     "REPORT SAYS THAT MOST OF THE VICTIMS WERE PEASANTS AND UNION MEMBERS."),
    ("en-none-trial", "en", 0,
     "LIMA, 23 APR 90 (AFP) -- [TEXT] A LIMA COURT TODAY SENTENCED THREE MEN TO 20 YEARS IN PRISON FOR "
     "THE MURDER OF A JOURNALIST IN 1986. THE DEFENSE ANNOUNCED THAT IT WILL APPEAL THE SENTENCE. THE "
     "TRIAL LASTED SIX MONTHS."),
    ("en-none-arrests-old-attack", "en", 0,
     "BOGOTA, 9 JUN 90 (EFE) -- [TEXT] POLICE ARRESTED FOUR SUSPECTS IN THE BOMBING OF A BANK IN "
     "BARRANQUILLA IN 1988. THE SUSPECTS WERE CAPTURED IN A RAID ON A HOUSE IN THE SOUTH OF THE CITY. "
     "THEY WILL BE TURNED OVER TO A JUDGE."),
    ("en-none-peace-talks", "en", 0,
     "CARACAS, 21 MAY 90 (AFP) -- [TEXT] GOVERNMENT AND FMLN NEGOTIATORS MET TODAY IN CARACAS TO "
     "DISCUSS AN END TO THE SALVADORAN WAR. THE UN MEDIATOR SAID THE TALKS WERE HELD IN A CORDIAL "
     "ATMOSPHERE. THE NEXT ROUND WILL TAKE PLACE IN MEXICO IN JUNE."),
    ("en-none-denial", "en", 0,
     "SAN SALVADOR, 28 MAR 90 (DOMESTIC SERVICE) -- [TEXT] THE DEFENSE MINISTER TODAY DENIED THAT THE "
     "ARMED FORCES VIOLATE HUMAN RIGHTS. HE SAID THAT THE CHARGES ARE PART OF A CAMPAIGN BY THE FMLN TO "
     "DISCREDIT THE ARMY ABROAD."),
    ("en-none-commemoration", "en", 0,
     "SAN SALVADOR, 24 MAR 90 (AFP) -- [TEXT] THOUSANDS OF PEOPLE ATTENDED A MASS TODAY AT THE "
     "METROPOLITAN CATHEDRAL TO COMMEMORATE THE 10TH ANNIVERSARY OF THE ASSASSINATION OF ARCHBISHOP "
     "OSCAR ROMERO. THE ARCHBISHOP WAS KILLED IN 1980 WHILE SAYING MASS. THE CEREMONY ENDED WITHOUT "
     "INCIDENTS."),
    ("en-none-plans", "en", 0,
     "SAN SALVADOR, 11 APR 90 (DOMESTIC SERVICE) -- [TEXT] THE CHIEF OF STAFF SAID TODAY THAT THE FMLN "
     "IS PLANNING A NEW OFFENSIVE AGAINST THE CAPITAL. ACCORDING TO ARMY INTELLIGENCE, THE GUERRILLAS "
     "INTEND TO ATTACK POWER PLANTS AND BRIDGES. HE SAID THE TROOPS ARE READY TO REPEL ANY ATTACK."),
    ("en-none-air-force-positions", "en", 0,
     "SAN SALVADOR, 13 DEC 89 (DOMESTIC SERVICE) -- [TEXT] AIR FORCE PLANES BOMBED FMLN POSITIONS ON "
     "THE GUAZAPA VOLCANO YESTERDAY. THE MILITARY SAID THE OPERATION DESTROYED SEVERAL GUERRILLA CAMPS "
     "AND AN ARMS CACHE. NO CIVILIANS LIVE IN THE AREA."),
    ("en-none-former-hostage", "en", 0,
     "LIMA, 16 MAY 90 (AFP) -- [TEXT] FORMER HOSTAGE RICARDO BELMONT TOLD REPORTERS TODAY ABOUT HIS "
     "KIDNAPPING IN 1987. BELMONT RECALLED THAT HIS CAPTORS KEPT HIM CHAINED FOR FOUR MONTHS. HE IS NOW "
     "WRITING A BOOK ABOUT THE EXPERIENCE."),
    ("en-none-army-patrol-ambush", "en", 0,
     "LIMA, 30 APR 90 (DOMESTIC SERVICE) -- [TEXT] SHINING PATH GUERRILLAS AMBUSHED AN ARMY PATROL NEAR "
     "THE TOWN OF UCHIZA ON SUNDAY, KILLING SIX SOLDIERS. THE TROOPS RETURNED FIRE AND KILLED FOUR "
     "OF THE ATTACKERS. THE ARMY HAS SENT REINFORCEMENTS TO THE AREA."),
    # --- one incident (FR) ---
    ("fr-one-ambassade", "fr", 1,
     "LIMA, 7 fév 1990 (AFP) - Une bombe a explosé mardi soir devant l'ambassade de Chine à Lima, "
     "causant d'importants dégâts matériels mais aucune victime. L'engin avait été déposé contre le "
     "mur d'enceinte. La police attribue l'attentat au Sentier lumineux."),
    ("fr-one-juge-agresseurs", "fr", 1,
     "BOGOTA, 19 mars 1990 (AFP) - Un juge a été abattu lundi matin dans une rue de Medellin par deux "
     "tueurs à moto. La victime a été identifiée comme Alberto Ramirez, chargé d'enquêtes sur le trafic "
     "de drogue. Les agresseurs ont pris la fuite. Le juge est mort sur le coup."),
    ("fr-one-industriel-revendication", "fr", 1,
     "SAN SALVADOR, 23 fév 1990 (AFP) - Un industriel salvadorien, Roberto Castillo, a été enlevé "
     "mercredi par des hommes armés à San Salvador. Ses ravisseurs l'ont emmené dans une camionnette. "
     "Jeudi, le FMLN a revendiqué l'enlèvement dans un communiqué diffusé par sa radio."),
    ("fr-one-massacre-bilan", "fr", 1,
     "GUATEMALA, 4 avril 1990 (AFP) - Neuf paysans ont été massacrés dimanche dans le village de Santa "
     "Cruz, dans le département du Quiché. Selon un nouveau bilan, le nombre de morts est passé à douze. "
     "Les habitants accusent une patrouille d'autodéfense civile. Le massacre a été condamné par "
     "l'archevêque."),
    ("fr-one-autobus-incendies", "fr", 1,
     "SANTIAGO, 12 sept 1989 (AFP) - Des individus cagoulés ont incendié quatre autobus lundi soir "
     "dans un quartier populaire de Santiago. Les assaillants ont fait descendre les passagers avant "
     "d'asperger les véhicules d'essence. Des tracts du Front patriotique Manuel Rodriguez ont été "
     "retrouvés sur place."),
    ("fr-one-voiture-piegee", "fr", 1,
     "BOGOTA, 28 mai 1990 (AFP) - Une voiture piégée a explosé dimanche devant un centre commercial de "
     "Medellin, faisant huit morts et une quarantaine de blessés. L'attentat, le plus meurtrier de "
     "l'année, a été attribué au cartel de Medellin. La voiture contenait 80 kilos de dynamite."),
    ("fr-one-syndicaliste-mort", "fr", 1,
     "LA PAZ, 9 juin 1990 (AFP) - Un dirigeant syndical bolivien, Oscar Mamani, a été grièvement blessé "
     "par balles vendredi à Oruro. Il est mort samedi à l'hôpital. Ses collègues accusent des "
     "paramilitaires."),
    # --- two incidents (FR) ---
    ("fr-two-autre-incident", "fr", 2,
     "LIMA, 15 mai 1990 (AFP) - Une bombe a endommagé lundi une agence bancaire à Lima, sans faire de "
     "victimes. Dans un autre incident, des hommes armés ont enlevé mardi un ingénieur agronome à "
     "Huancayo, dans le centre du pays."),
    ("fr-two-par-ailleurs", "fr", 2,
     "SAN SALVADOR, 6 mars 1990 (AFP) - Le maire d'Usulutan a été assassiné dimanche par des inconnus. "
     "Par ailleurs, des guérilleros ont incendié lundi une coopérative agricole à San Vicente."),
    ("fr-two-oleoduc-ingenieurs", "fr", 2,
     "BOGOTA, 13 mai 1990 (AFP) - Des guérilleros de l'ELN ont dynamité vendredi l'oléoduc Cano Limon-"
     "Covenas dans le département d'Arauca. Samedi, deux ingénieurs ont été enlevés par des hommes "
     "armés dans le département de Norte de Santander."),
    ("fr-two-journal-banque", "fr", 2,
     "TEGUCIGALPA, 5 avril 1990 (AFP) - Une bombe a explosé mercredi dans les locaux du journal El "
     "Tiempo à Tegucigalpa. Lundi soir, une autre bombe avait endommagé une banque à San Pedro Sula. "
     "Aucun des deux attentats n'a été revendiqué."),
    ("fr-two-etudiant-corps", "fr", 2,
     "GUATEMALA, 17 mai 1990 (AFP) - Un étudiant, Raul Gomez, a été enlevé lundi à Guatemala par des "
     "hommes armés. Mercredi, le corps d'un syndicaliste, Luis Perez, a été retrouvé près d'Escuintla "
     "avec des traces de torture."),
    # --- no incident (FR) ---
    ("fr-none-discours", "fr", 0,
     "SAN SALVADOR, 21 janv 1990 (AFP) - Le président Alfredo Cristiani a condamné lundi le terrorisme "
     "dans un discours devant l'Assemblée. Il a affirmé que la violence avait coûté des milliers de vies "
     "et que son gouvernement ne céderait pas aux terroristes."),
    ("fr-none-communique-menace", "fr", 0,
     "SAN SALVADOR, 3 fév 1990 (AFP) - Dans un communiqué diffusé samedi, le FMLN a annoncé qu'il "
     "intensifierait ses actions militaires si le gouvernement refuse de négocier. Les guérilleros "
     "menacent d'attaquer tout véhicule qui circulera sur les routes de l'est du pays."),
    ("fr-none-affrontement", "fr", 0,
     "LIMA, 8 mars 1990 (AFP) - Dix guérilleros du Sentier lumineux ont été tués lors d'un affrontement "
     "avec une patrouille de l'armée dans la région d'Ayacucho, a annoncé mercredi le commandement "
     "militaire. Deux soldats ont été blessés dans les combats."),
    ("fr-none-statistiques", "fr", 0,
     "LIMA, 12 janv 1990 (AFP) - La violence politique a fait 3.000 morts au Pérou en 1989, selon un "
     "rapport d'une commission du Sénat publié vendredi. La plupart des victimes étaient des paysans "
     "des Andes."),
    ("fr-none-proces", "fr", 0,
     "SANTIAGO, 25 avril 1990 (AFP) - Le procès des auteurs présumés de l'attentat de 1986 contre le "
     "général Pinochet s'est ouvert mardi à Santiago. Les cinq accusés risquent la prison à vie. La "
     "défense a demandé l'acquittement."),
    ("fr-none-negociations", "fr", 0,
     "MEXICO, 22 mai 1990 (AFP) - Les négociations de paix entre le gouvernement salvadorien et le FMLN "
     "ont repris lundi à Mexico sous l'égide de l'ONU. Les deux parties ont discuté de la réforme des "
     "forces armées."),
    ("fr-none-commemoration", "fr", 0,
     "SAN SALVADOR, 16 nov 1990 (AFP) - Des milliers de personnes ont commémoré vendredi le premier "
     "anniversaire de l'assassinat des six jésuites de l'Université centraméricaine. Une messe a été "
     "célébrée sur le campus. Les familles réclament toujours justice."),
    ("fr-none-dementi-plans", "fr", 0,
     "SAN SALVADOR, 12 avril 1990 (AFP) - L'état-major a affirmé mercredi que le FMLN prépare une "
     "nouvelle offensive contre la capitale. Le FMLN a démenti ces informations et accusé l'armée de "
     "vouloir saboter les négociations."),
    # --- an act the sentence only recalls (anniversary, memorial, an old date of its own phrase) ---
    ("en-none-acquitted-1988", "en", 0,
     "LIMA, 14 MAR 90 (DOMESTIC SERVICE) -- [TEXT] A MILITARY COURT TODAY ACQUITTED TWO OFFICERS WHO "
     "WERE CHARGED FOR THE 1988 MASSACRE OF PEASANTS IN THE VILLAGE OF CAYARA. HUMAN RIGHTS GROUPS "
     "CRITICIZED THE RULING."),
    ("en-none-anniversary-mass", "en", 0,
     "SAN SALVADOR, 31 OCT 90 (AFP) -- [TEXT] RELATIVES OF THE VICTIMS ATTENDED A MASS TODAY ON THE "
     "FIRST ANNIVERSARY OF THE BOMBING OF THE FENASTRAS UNION HEADQUARTERS. THE PRIEST CALLED FOR "
     "JUSTICE."),
    ("en-one-suspects-of-recent-bombing", "en", 1,
     "LIMA, 9 MAR 90 (EFE) -- [TEXT] POLICE TODAY ARRESTED TWO SUSPECTS IN THE BOMBING OF A BANK IN "
     "SAN ISIDRO ON 2 MARCH. THE TWO MEN ARE ALLEGED MEMBERS OF THE SHINING PATH."),
    ("fr-none-acquittes-1988", "fr", 0,
     "LIMA, 14 mars 1990 (AFP) - Un tribunal militaire a acquitté mercredi deux officiers accusés du "
     "massacre de 1988 dans le village de Cayara. Les organisations humanitaires ont dénoncé ce "
     "jugement."),
    ("fr-none-anniversaire-messe", "fr", 0,
     "SAN SALVADOR, 31 oct 1990 (AFP) - Les familles des victimes ont assisté mercredi à une messe pour "
     "le premier anniversaire de l'attentat contre le siège du syndicat Fenastras. Le prêtre a réclamé "
     "justice."),
    ("fr-one-suspects-attentat-recent", "fr", 1,
     "LIMA, 9 mars 1990 (AFP) - La police a arrêté vendredi deux suspects de l'attentat du 2 mars contre "
     "une banque de San Isidro. Les deux hommes seraient membres du Sentier lumineux."),
    # --- a further act told as "another" one, placed elsewhere ---
    ("en-two-another-bomb-elsewhere", "en", 2,
     "LIMA, 2 APR 90 (EFE) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A BANK IN THE CITY OF TRUJILLO, "
     "DESTROYING ITS FRONT DOOR. MINUTES LATER, ANOTHER BOMB EXPLODED AT A POWER SUBSTATION IN "
     "CHIMBOTE. NOBODY WAS HURT."),
    ("fr-two-autre-bombe-ailleurs", "fr", 2,
     "LIMA, 2 avril 1990 (AFP) - Une bombe a explosé dimanche soir devant une banque de Trujillo, "
     "détruisant sa porte. Quelques minutes plus tard, une autre bombe a explosé devant une "
     "sous-station électrique à Chimbote."),
    # --- acts told in the future: a threat or a forecast, no act yet ---
    ("en-none-bombs-will-explode", "en", 0,
     "SAN SALVADOR, 5 MAR 90 (RADIO VENCEREMOS) -- [TEXT] A SPOKESMAN FOR THE URBAN COMMANDOS SAID "
     "TODAY THAT FROM NOW ON MORE BOMBS WILL EXPLODE IN THE RICH NEIGHBORHOODS OF THE CAPITAL. HE "
     "SAID THE COMMANDOS WILL ATTACK BANKS AND SHOPS."),
    ("en-one-attack-will-be-investigated", "en", 1,
     "SAN SALVADOR, 6 MAR 90 (DOMESTIC SERVICE) -- [TEXT] GUNMEN KILLED A SCHOOLTEACHER IN SANTA ANA "
     "YESTERDAY. THE ATTACK WILL BE INVESTIGATED BY A SPECIAL COMMISSION, THE GOVERNOR SAID."),
    ("fr-none-bombes-exploseront", "fr", 0,
     "SAN SALVADOR, 5 mars 1990 (AFP) - Un porte-parole des commandos urbains a averti lundi que des "
     "bombes exploseront désormais dans les quartiers riches de la capitale. Les commandos "
     "attaqueront les banques et les commerces, a-t-il ajouté."),
    # --- a toll over a whole year: a summary ---
    ("en-none-year-toll", "en", 0,
     "BOGOTA, 15 JAN 90 (EFE) -- [TEXT] ACCORDING TO A POLICE REPORT, 2,300 PEOPLE WERE KILLED BY "
     "DRUG TRAFFICKERS AND GUERRILLAS IN COLOMBIA IN 1989. THE REPORT ADDS THAT MOST OF THE VICTIMS "
     "WERE PEASANTS."),
    ("fr-none-bilan-annuel", "fr", 0,
     "BOGOTA, 15 janv 1990 (AFP) - Quelque 2.300 personnes ont été tuées en Colombie en 1989 par les "
     "trafiquants de drogue et la guérilla, selon un rapport de la police publié dimanche."),
    # --- killings and woundings told by their manner (torture, bullets) ---
    ("en-one-torture-body", "en", 1,
     "GUATEMALA CITY, 20 MAY 90 (ACAN) -- [TEXT] THE BODY OF A PEASANT, TOMAS IXCOY, WAS FOUND ON "
     "SUNDAY NEAR SOLOLA WITH SIGNS OF TORTURE. RELATIVES BLAME THE ARMY."),
    ("fr-one-torture-cadavre", "fr", 1,
     "GUATEMALA, 20 mai 1990 (AFP) - Le cadavre d'un paysan, Tomas Ixcoy, a été retrouvé dimanche près "
     "de Solola avec des traces de torture. Ses proches accusent l'armée."),
    ("en-one-wounded-by-gunfire", "en", 1,
     "BOGOTA, 3 APR 90 (EFE) -- [TEXT] A RADIO JOURNALIST WAS WOUNDED BY GUNFIRE TODAY AS HE LEFT HIS "
     "HOME IN CALI. THE ATTACKERS FLED ON A MOTORCYCLE."),
    ("fr-one-blesse-par-balle", "fr", 1,
     "BOGOTA, 3 avril 1990 (AFP) - Un journaliste de radio a été blessé par balle mardi à la sortie de "
     "son domicile à Cali. Les agresseurs ont pris la fuite à moto."),
]

# strict xfails: (key) -> the class of the failure
XFAIL: dict[str, str] = {
    # an old act a former victim recalls
    "en-none-former-hostage": "old act a former victim recalls",
    # a second act lost
    "en-two-company-minister": "'another charge' (an explosive charge) is no event noun",
    # threats
    "en-one-deputy-home": "'death threats' received make a threatened ATTACK (debatable: the MUC-4 "
                          "keys hold THREATENED templates)",
    "en-none-bombs-will-explode": "misparse: 'FROM NOW ON MORE BOMBS' read as a prepositional object, not the subject "
                                  "of WILL EXPLODE",
}


@pytest.mark.parametrize("text,lang,expected", story_params(STORIES, XFAIL))
def test_a_story_holds_as_many_incidents_as_the_key(text, lang, expected):
    assert_incident_count(text, lang, expected)
