"""How many MUC-4 incidents a story holds, second set (stories written for these tests, not taken
from any dataset: 1989-90 Latin American wire and radio copy, EN in capitals with a dateline, FR in
mixed case), counted as the MUC-4 adapter counts them (see test_muc4_style_incident_count.py).

Kinds of story that tempt spurious incidents on unseen copy: speeches and interviews naming past
violence in general terms, trials, arrests and extraditions of past attackers, army communiques of
clashes with guerrillas alone, threats and warnings, calls for peace talks, statistics of a year's
violence, funerals and anniversaries, rewards offered; and one act told several times (headline,
lead, follow-up paragraph), which is one template."""

import pytest
from test_muc4_style_incident_count import assert_incident_count, story_params

# (key, language, number of templates, story)
STORIES = [
    # --- speeches and interviews naming violence in general terms (EN) ---
    ("en2-speech-terror-wave", "en", 0,
     "SAN SALVADOR, 14 JAN 90 (RADIO CADENA YSKL) -- [TEXT] IN A SPEECH TO THE LEGISLATIVE ASSEMBLY, "
     "PRESIDENT CRISTIANI SAID THAT TERRORISM HAS COST THE COUNTRY THOUSANDS OF LIVES AND BILLIONS OF "
     "COLONES IN DAMAGE. HE SAID THE GOVERNMENT WILL NOT YIELD TO THOSE WHO MURDER AND DESTROY, AND "
     "CALLED ON ALL SALVADORANS TO REJECT VIOLENCE."),
    ("en2-interview-bishop", "en", 0,
     "GUATEMALA CITY, 2 FEB 90 (ACAN) -- [TEXT] IN AN INTERVIEW WITH THIS AGENCY, AUXILIARY BISHOP "
     "JUAN GERARDI SAID THAT KILLINGS, DISAPPEARANCES AND TORTURE CONTINUE TO AFFLICT THE PEASANTS OF "
     "THE HIGHLANDS. \"THE PEOPLE LIVE IN FEAR,\" HE SAID, ADDING THAT THE CHURCH WILL KEEP "
     "DENOUNCING ALL ABUSES."),
    ("en2-minister-narco-terror", "en", 0,
     "BOGOTA, 9 MAR 90 (INRAVISION TELEVISION) -- [TEXT] JUSTICE MINISTER ROBERTO SALAZAR SAID TODAY "
     "THAT THE DRUG TRAFFICKERS HAVE MURDERED JUDGES, JOURNALISTS AND POLITICIANS IN THEIR WAR "
     "AGAINST THE STATE, BUT THAT THE GOVERNMENT WILL CONTINUE TO EXTRADITE THEM. HE SPOKE AT A "
     "CEREMONY IN THE PALACE OF JUSTICE."),
    ("en2-candidate-campaign", "en", 0,
     "LIMA, 20 MAR 90 (PANAMERICANA TELEVISION) -- [TEXT] PRESIDENTIAL CANDIDATE MARIO VARGAS LLOSA "
     "TOLD A RALLY IN AREQUIPA THAT SHINING PATH TERRORISM HAS DESTROYED BRIDGES, POWER LINES AND "
     "FACTORIES ALL OVER PERU. HE PROMISED TO DEFEAT THE SUBVERSIVES WITHIN THREE YEARS."),
    # --- trials, arrests, extraditions of past attackers (EN) ---
    ("en2-trial-jesuits-suspects", "en", 0,
     "SAN SALVADOR, 18 JAN 90 (DOMESTIC SERVICE) -- [TEXT] A JUDGE TODAY ORDERED THE TRIAL OF NINE "
     "SOLDIERS ACCUSED OF THE MURDER OF SIX JESUIT PRIESTS IN NOVEMBER 1989. THE DEFENSE LAWYERS SAID "
     "THEY WILL APPEAL THE DECISION."),
    ("en2-extradition", "en", 0,
     "BOGOTA, 25 JAN 90 (EFE) -- [TEXT] THE GOVERNMENT TODAY EXTRADITED TO THE UNITED STATES A "
     "SUSPECTED DRUG TRAFFICKER WHO IS WANTED FOR THE 1987 MURDER OF A FEDERAL AGENT. HE WAS FLOWN TO "
     "MIAMI ON A MILITARY PLANE UNDER HEAVY GUARD."),
    ("en2-arrest-old-bombers", "en", 0,
     "LIMA, 4 FEB 90 (AFP) -- [TEXT] POLICE ANNOUNCED TODAY THE ARREST OF FOUR MEMBERS OF SHINING "
     "PATH WHO TOOK PART IN THE BOMBING OF A POWER STATION IN HUANCAYO IN 1988. THE SUSPECTS WERE "
     "CAPTURED IN A HOUSE IN THE DISTRICT OF SAN JUAN DE LURIGANCHO."),
    ("en2-sentenced", "en", 0,
     "SANTIAGO, 12 APR 90 (RADIO COOPERATIVA) -- [TEXT] A MILITARY COURT TODAY SENTENCED TWO MEMBERS "
     "OF THE MANUEL RODRIGUEZ PATRIOTIC FRONT TO 15 YEARS IN PRISON FOR THE 1986 ATTACK ON THE "
     "PRESIDENTIAL MOTORCADE. THEIR LAWYER SAID HE WILL APPEAL."),
    # --- army communiques of clashes with guerrillas only (EN) ---
    ("en2-armed-forces-communique", "en", 0,
     "SAN SALVADOR, 22 JAN 90 (RADIO CADENA YSKL) -- [TEXT] ACCORDING TO AN ARMED FORCES COMMUNIQUE, "
     "TROOPS OF THE ATLACATL BATTALION CLASHED WITH AN FMLN UNIT NEAR THE GUAZAPA VOLCANO YESTERDAY. "
     "FIVE GUERRILLAS AND ONE SOLDIER WERE KILLED IN THE FIGHTING. THE TROOPS SEIZED RIFLES AND "
     "AMMUNITION."),
    ("en2-army-repels", "en", 0,
     "GUATEMALA CITY, 6 MAR 90 (ACAN) -- [TEXT] THE ARMY REPORTED TODAY THAT ITS TROOPS REPELLED AN "
     "ATTACK BY GUERRILLAS OF THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY ON A MILITARY OUTPOST IN "
     "EL QUICHE DEPARTMENT. THREE REBELS WERE KILLED, THE ARMY SAID. THERE WERE NO ARMY CASUALTIES."),
    ("en2-police-shootout", "en", 0,
     "LIMA, 28 MAR 90 (EFE) -- [TEXT] A POLICE PATROL FOUGHT A TWO-HOUR GUN BATTLE WITH A SHINING "
     "PATH COLUMN IN AYACUCHO DEPARTMENT LAST NIGHT. THE POLICE SAID SEVEN SUBVERSIVES DIED AND TWO "
     "POLICEMEN WERE WOUNDED."),
    # --- threats and warnings (EN) ---
    ("en2-death-list", "en", 0,
     "TEGUCIGALPA, 30 JAN 90 (HRN) -- [TEXT] A GROUP CALLING ITSELF THE ANTICOMMUNIST ACTION "
     "ALLIANCE HAS PUBLISHED A LIST OF 20 UNION LEADERS AND JOURNALISTS WHOM IT THREATENS TO KILL IF "
     "THEY DO NOT LEAVE THE COUNTRY WITHIN A MONTH. THE UNIONS ASKED THE GOVERNMENT FOR PROTECTION."),
    ("en2-warning-transport", "en", 0,
     "LIMA, 10 FEB 90 (RADIO PROGRAMAS) -- [TEXT] SHINING PATH HAS WARNED BUS OWNERS THAT THEIR "
     "VEHICLES WILL BE BURNED IF THEY DO NOT JOIN THE ARMED STRIKE CALLED FOR NEXT WEEK. THE "
     "GOVERNMENT SAID THE POLICE WILL GUARD THE MAIN ROUTES."),
    ("en2-cartel-threat-judges", "en", 0,
     "BOGOTA, 16 FEB 90 (EFE) -- [TEXT] THE EXTRADITABLES SAID IN A LETTER SENT TO RADIO STATIONS "
     "TODAY THAT THEY WILL KILL ANY JUDGE WHO SIGNS AN EXTRADITION ORDER. THE JUSTICE MINISTRY SAID "
     "IT WILL NOT BE INTIMIDATED."),
    # --- calls for peace talks (EN) ---
    ("en2-peace-call", "en", 0,
     "SAN SALVADOR, 3 FEB 90 (DOMESTIC SERVICE) -- [TEXT] ARCHBISHOP ARTURO RIVERA Y DAMAS TODAY "
     "URGED THE GOVERNMENT AND THE FMLN TO RETURN TO THE NEGOTIATING TABLE TO END TEN YEARS OF WAR "
     "THAT HAVE KILLED MORE THAN 70,000 SALVADORANS."),
    ("en2-un-dialogue", "en", 0,
     "SAN SALVADOR, 5 APR 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN GENERAL COMMAND SAID TODAY IT IS "
     "READY TO MEET GOVERNMENT REPRESENTATIVES IN GENEVA UNDER UNITED NATIONS MEDIATION. THE REBELS "
     "PROPOSED A CEASE-FIRE AND AN END TO ATTACKS ON THE ECONOMIC INFRASTRUCTURE."),
    # --- statistics of a year's violence (EN) ---
    ("en2-rights-report", "en", 0,
     "GUATEMALA CITY, 10 JAN 90 (ACAN) -- [TEXT] A REPORT BY THE MUTUAL SUPPORT GROUP SAYS THAT 1,200 "
     "PEOPLE WERE MURDERED AND 300 DISAPPEARED IN GUATEMALA DURING 1989. THE GROUP BLAMED MOST OF THE "
     "KILLINGS ON SECURITY FORCES AND DEATH SQUADS."),
    ("en2-sabotage-figures", "en", 0,
     "LIMA, 8 JAN 90 (EFE) -- [TEXT] THE ELECTRICITY COMPANY SAID TODAY THAT GUERRILLAS DYNAMITED 250 "
     "HIGH-TENSION TOWERS IN PERU LAST YEAR, CAUSING LOSSES OF 500 MILLION DOLLARS."),
    # --- funerals and anniversaries (EN) ---
    ("en2-funeral-mayor", "en", 0,
     "BOGOTA, 19 FEB 90 (INRAVISION TELEVISION) -- [TEXT] THOUSANDS OF PEOPLE ATTENDED TODAY THE "
     "FUNERAL OF THE FORMER MAYOR OF MEDELLIN, WHO WAS MURDERED IN OCTOBER. THE MOURNERS MARCHED "
     "THROUGH THE STREETS CARRYING WHITE FLAGS."),
    ("en2-anniversary-romero", "en", 0,
     "SAN SALVADOR, 24 MAR 90 (RADIO CADENA YSKL) -- [TEXT] THOUSANDS OF CATHOLICS TODAY MARKED THE "
     "10TH ANNIVERSARY OF THE ASSASSINATION OF ARCHBISHOP OSCAR ARNULFO ROMERO WITH A MASS IN THE "
     "METROPOLITAN CATHEDRAL."),
    # --- rewards offered (EN) ---
    ("en2-reward-old", "en", 0,
     "BOGOTA, 2 MAR 90 (EFE) -- [TEXT] THE GOVERNMENT TODAY OFFERED A REWARD OF 100 MILLION PESOS FOR "
     "INFORMATION LEADING TO THE CAPTURE OF THOSE RESPONSIBLE FOR THE 1989 MURDER OF PRESIDENTIAL "
     "CANDIDATE LUIS CARLOS GALAN."),
    ("en2-reward-recent", "en", 1,
     "BOGOTA, 2 MAR 90 (EFE) -- [TEXT] POLICE TODAY OFFERED A REWARD FOR INFORMATION ON THE GUNMEN WHO "
     "KILLED A JUDGE IN CALI YESTERDAY. THE JUDGE WAS SHOT SIX TIMES AS HE LEFT HIS COURTROOM."),
    # --- one act told several times (EN) ---
    ("en2-one-headline-lead-followup", "en", 1,
     "SAN SALVADOR, 20 FEB 90 (DOMESTIC SERVICE) -- [TEXT] BOMB AT ELECTRICITY OFFICES. A BOMB "
     "EXPLODED EARLY TODAY AT THE OFFICES OF THE ELECTRICITY COMPANY IN SAN MIGUEL, DESTROYING "
     "DOCUMENTS AND FURNITURE. THE EXPLOSION ALSO DAMAGED TWO PARKED CARS. FIREMEN SAID THE BOMB HAD "
     "BEEN LEFT AT THE DOOR OF THE BUILDING. THE BOMBING WAS THE WORK OF THE FMLN, A POLICE "
     "SPOKESMAN SAID."),
    ("en2-one-kidnap-retold", "en", 1,
     "LA PAZ, 12 MAR 90 (EFE) -- [TEXT] A BOLIVIAN BUSINESSMAN WAS KIDNAPPED YESTERDAY IN LA PAZ. "
     "THE KIDNAPPING OF JORGE LONSDALE TOOK PLACE AS HE DROVE TO HIS OFFICE. HIS ABDUCTORS HAVE "
     "DEMANDED A RANSOM. THE KIDNAPPING HAS SHOCKED THE BUSINESS COMMUNITY."),
    ("en2-one-massacre-reaction", "en", 1,
     "BOGOTA, 5 APR 90 (EFE) -- [TEXT] PARAMILITARY GROUPS MASSACRED 12 PEASANTS IN A VILLAGE IN "
     "CORDOBA DEPARTMENT ON TUESDAY. THE MASSACRE WAS CONDEMNED BY THE CHURCH. THE GOVERNMENT SAID "
     "THOSE RESPONSIBLE FOR THE KILLINGS WILL BE PUNISHED. THE VICTIMS WERE BURIED TODAY."),
    ("en2-one-attack-denied-claim", "en", 1,
     "SAN SALVADOR, 28 FEB 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN TODAY DENIED ANY PART IN THE "
     "MURDER OF A UNIVERSITY PROFESSOR, WHO WAS SHOT DEAD YESTERDAY IN SAN SALVADOR. THE REBELS SAID "
     "THE MURDER WAS THE WORK OF A DEATH SQUAD."),
    # --- other general mentions (EN) ---
    ("en2-curfew-after-attacks", "en", 0,
     "TEGUCIGALPA, 8 APR 90 (HRN) -- [TEXT] THE GOVERNMENT TODAY LIFTED THE CURFEW IMPOSED LAST YEAR "
     "AFTER A WAVE OF ATTACKS. THE INTERIOR MINISTER SAID SECURITY HAS IMPROVED."),
    ("en2-military-ceremony", "en", 0,
     "SAN SALVADOR, 7 MAY 90 (DOMESTIC SERVICE) -- [TEXT] DEFENSE MINISTER RENE EMILIO PONCE TODAY "
     "DECORATED 50 SOLDIERS FOR THEIR BRAVERY IN THE FIGHTING AGAINST THE TERRORISTS DURING THE "
     "NOVEMBER OFFENSIVE."),
    ("en2-embassy-security", "en", 0,
     "QUITO, 14 MAY 90 (AFP) -- [TEXT] SECURITY WAS TIGHTENED TODAY AROUND EMBASSIES IN QUITO "
     "BECAUSE OF FEARS OF TERRORIST ATTACKS, A POLICE SPOKESMAN SAID."),
    # --- FR ---
    ("fr2-discours-violence", "fr", 0,
     "SAN SALVADOR, 14 janv 1990 (AFP) - Le président Alfredo Cristiani a déclaré dimanche devant "
     "l'Assemblée que le terrorisme avait coûté des milliers de vies au pays, et que le gouvernement "
     "ne céderait pas à ceux qui assassinent et détruisent."),
    ("fr2-proces-soldats", "fr", 0,
     "SAN SALVADOR, 18 janv 1990 (AFP) - Un juge a ordonné jeudi le procès de neuf militaires accusés "
     "du meurtre de six prêtres jésuites en novembre 1989. Les avocats de la défense feront appel."),
    ("fr2-extradition", "fr", 0,
     "BOGOTA, 25 janv 1990 (AFP) - Le gouvernement colombien a extradé jeudi vers les États-Unis un "
     "trafiquant présumé recherché pour l'assassinat d'un agent fédéral en 1987."),
    ("fr2-communique-armee", "fr", 0,
     "SAN SALVADOR, 22 janv 1990 (AFP) - Selon un communiqué des forces armées, des soldats du "
     "bataillon Atlacatl ont affronté lundi une unité du FMLN près du volcan de Guazapa. Cinq "
     "guérilleros et un soldat ont été tués dans les combats."),
    ("fr2-menaces-syndicalistes", "fr", 0,
     "TEGUCIGALPA, 30 janv 1990 (AFP) - Un groupe se présentant comme l'Alliance d'action "
     "anticommuniste a publié une liste de vingt syndicalistes et journalistes qu'il menace de tuer "
     "s'ils ne quittent pas le pays d'ici un mois."),
    ("fr2-appel-negociations", "fr", 0,
     "SAN SALVADOR, 3 fév 1990 (AFP) - L'archevêque Arturo Rivera y Damas a appelé samedi le "
     "gouvernement et le FMLN à reprendre les négociations pour mettre fin à une guerre qui a fait "
     "plus de 70.000 morts en dix ans."),
    ("fr2-rapport-annuel", "fr", 0,
     "GUATEMALA, 10 janv 1990 (AFP) - Selon un rapport du Groupe d'appui mutuel, 1.200 personnes ont "
     "été assassinées et 300 ont disparu au Guatemala en 1989."),
    ("fr2-funerailles", "fr", 0,
     "BOGOTA, 19 fév 1990 (AFP) - Des milliers de personnes ont assisté lundi aux funérailles de "
     "l'ancien maire de Medellin, assassiné en octobre."),
    ("fr2-recompense-ancienne", "fr", 0,
     "BOGOTA, 2 mars 1990 (AFP) - Le gouvernement a offert vendredi une récompense de 100 millions de "
     "pesos pour la capture des auteurs de l'assassinat en 1989 du candidat Luis Carlos Galan."),
    ("fr2-un-attentat-repris", "fr", 1,
     "SAN SALVADOR, 20 fév 1990 (AFP) - Une bombe a explosé mardi à l'aube devant les bureaux de la "
     "compagnie d'électricité à San Miguel. L'explosion a endommagé deux voitures. L'attentat, le "
     "troisième contre cette compagnie, a été attribué au FMLN par la police."),
    # --- a present perfect over indefinite plurals, with no date, figure or place: a generalisation ---
    ("fr2-parfait-pluriels", "fr", 0,
     "BOGOTA, 9 mars 1990 (AFP) - Le ministre de la Justice a affirmé vendredi que les trafiquants "
     "ont assassiné des juges, des journalistes et des hommes politiques dans leur guerre contre "
     "l'Etat."),
    ("en2-perfect-plurals-later", "en", 0,
     "LIMA, 21 MAR 90 (EFE) -- [TEXT] THE ARMED FORCES CHIEF SPOKE TODAY AT A CEREMONY. HE SAID THE "
     "SUBVERSIVES HAVE BLOWN UP BRIDGES AND POWER TOWERS TO STARVE THE CITIES."),
    ("en2-perfect-with-place-day", "en", 1,
     "SAN SALVADOR, 21 MAR 90 (DOMESTIC SERVICE) -- [TEXT] THE POLICE SAID THAT URBAN COMMANDOS HAVE "
     "BURNED BUSES IN SAN MIGUEL THIS MORNING."),
    ("fr2-parfait-lieu-jour", "fr", 1,
     "SAN SALVADOR, 21 mars 1990 (AFP) - La police a indiqué que des commandos urbains ont incendié "
     "des autobus à San Miguel mercredi matin."),
    # --- acts counted by their objects over a whole year: a summary (rule 7) ---
    ("fr2-pylones-annee", "fr", 0,
     "LIMA, 8 janv 1990 (AFP) - Selon la compagnie d'électricité, les guérilleros ont dynamité 250 "
     "pylônes au Pérou l'an dernier, causant des pertes de 500 millions de dollars."),
    ("en2-towers-counted-in-1989", "en", 0,
     "LIMA, 9 JAN 90 (EFE) -- [TEXT] THE ENERGY MINISTER SAID THAT 180 BRIDGES WERE BLOWN UP BY "
     "SUBVERSIVES IN PERU IN 1989."),
    ("en2-two-towers-yesterday", "en", 1,
     "LIMA, 9 JAN 90 (EFE) -- [TEXT] SUBVERSIVES DYNAMITED TWO HIGH-TENSION TOWERS IN JUNIN "
     "DEPARTMENT YESTERDAY, THE ELECTRICITY COMPANY SAID."),
    # --- "those who kill", "ceux qui tuent": the simple present of a demonstrative's relative says who ---
    ("en2-those-who-kidnap", "en", 0,
     "SAN SALVADOR, 11 APR 90 (DOMESTIC SERVICE) -- [TEXT] THE ARCHBISHOP TODAY CONDEMNED THOSE WHO "
     "KIDNAP AND MURDER INNOCENT PEOPLE, AND ASKED THE FAITHFUL TO PRAY FOR PEACE."),
    ("fr2-ceux-qui-enlevent", "fr", 0,
     "SAN SALVADOR, 11 avril 1990 (AFP) - L'archevêque a condamné mercredi ceux qui enlèvent et "
     "assassinent des innocents, et a demandé aux fidèles de prier pour la paix."),
    ("fr2-ceux-qui-ont-tue", "fr", 1,
     "BOGOTA, 11 avril 1990 (AFP) - La police recherche ceux qui ont abattu mardi un juge à Cali."),
]

# strict xfails: (key) -> the class of the failure
XFAIL: dict[str, str] = {
    # an old act recalled by a year phrase bound to the act's noun
    # generic mentions
    # misreadings
}


@pytest.mark.parametrize("text,lang,expected", story_params(STORIES, XFAIL))
def test_a_story_holds_as_many_incidents_as_the_key(text, lang, expected):
    assert_incident_count(text, lang, expected)
