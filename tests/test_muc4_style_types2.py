"""MUC-4 incident types, doers lost to the capitals, and the places of acts on persons (issue 3; stories
written for these tests, not taken from any dataset: 1989-90 Latin American wire copy, EN in capitals
with a dateline as distributed, about two thirds; FR wire style, about one third, a few in capitals
without accents). Each story comes with the key it would get under the MUC-4 task definition: its
templates, and in each the incident type, the perpetrator, the physical and the human targets.

The classes:

- type gaps: a destruction of property with no fire and no explosive ("DESTROYED TWO TRUCKS", « ont
  détruit deux camions »: ATTACK); a death laid on a doer as a fact of a definite act ("WERE RESPONSIBLE
  FOR THE DEATH OF THE TWO TEACHERS", « était responsable de la mort de ») but not as a record ("IS
  RESPONSIBLE FOR THE DEATHS OF HUNDREDS OF CIVILIANS SINCE 1980"); a claim that names the act by its
  noun (« a revendiqué l'assassinat d'un général en retraite », "CLAIMED RESPONSIBILITY FOR THE
  KILLING OF"); a group missing from the lexicons, a capitalised name ending in MOVEMENT / FRONT /
  COMMAND / ARMY (« Mouvement ... », « Front ... »), doing a violent act;
- capitals misparses that lose the doer: "THE TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA) KIDNAPPED
  BUSINESSMAN X" (KIDNAPPED read as a modifier), "GUNMEN ON A MOTORCYCLE KILLED ..." (GUNMEN the root);
- places of acts on persons, which are settings and no physical targets ("KIDNAPPED ... ON HIS FARM",
  "SHOT ... AT HIS HOME", « enlevé dans sa ferme », « abattu devant son domicile »), against an act on
  the place itself ("AN ATTACK ON HIS HOME", "A BOMB EXPLODED AT THE HOME OF", « un attentat contre
  sa maison »), where the place is the target;
- negatives: non-violent acts of armed groups (a rally, a communique, talks, leaflets, an election),
  groups named but doing nothing, and a group's record summed up (no incident).

Our fills are scored as the MUC-4 adapter scores them (test_muc4_style_slot_precision's scaffolding):
a check per story on the template count, and per story holding a template a check per slot of
``CHECKED`` (no spurious and no missing fill).

First run, before any rule change (53 stories, EN 34 / FR 19): 174 of 221 checks passed (EN 111/142, FR
63/79). After the rules of this round (h-muc4type): a name with a group head word that is the subject of a
violent act's verb with a direct object is an armed group (actors._doer_of_act, GROUP_ACT_VERBS); the
place after a place preposition of a verb whose object or passive subject is a person hit is the setting
(targets.place_of_a_person_hit, PERSON_PLACE_PREPS), "IN FRONT OF HER HOUSE" read past the possessive; in
capitals, a past verb the lower-case parse read as a modifier of its object is told again as the clause's
verb (nlp._verbs_read_as_modifiers); a predicate of responsibility on the death of known persons is one act
(events._responsible_for_one); a rank « en retraite » is a civilian; the owner of another target is no
second target (targets.owner_of_another); saboteurs are unnamed armed doers, "wreck" a destruction, farms
(« ferme ») targets; a target or person noun tagged as an adjective with a determiner in a noun's place is
read: 212 of 221 (EN 135/142, FR 77/79).

Three stories added after the rule of a group's members was tried (en-members-of-unknown-front,
en-members-of-unknown-front-mixed, fr-membres-front-inconnu; written before running bilan on them): the
parse lost their doers in all three, the rule was taken out and they stay strict xfails; with them 222
of 236.

h-capsparse (test_muc4_style_caps2): en-two-men-motorcycle-shot ("SHOT" read as a noun), the three stories of
the members of an unknown group (actors._members_doing; "FRONT" read as an adjective, "AGRONOMIST" before a
name, the verb hung on « membres », the subject hung on the dateline) and en-red-dawn-front-murder (MURDERED read
as a preposition hung on the dateline's "[TEXT]") and fr-caps-mrta-enleve (the group's name matched with its
accents folded in capitals) and en-claimed-killing-general hum_target (a rank tagged an adjective before a name in
capitals is a victim) now pass: 234 of 236.
"""

import pytest
from test_muc4_style_slot_precision import T, check_story, story_params

CHECKED = ("type", "perp", "phys_target", "hum_target")

# (key, language, story, templates of its key)
STORIES = [
    # --- type gaps: destruction with no fire and no explosive (EN) ---
    ("en-rebels-destroy-trucks", "en",
     "SAN SALVADOR, 10 JAN 90 (ACAN-EFE) -- [TEXT] REBEL UNITS DESTROYED TWO TRUCKS OF THE SANTA ANA COFFEE "
     "COOPERATIVE ON THE ROAD TO METAPAN LAST NIGHT, THE COOPERATIVE'S MANAGER SAID.",
     [T("ATTACK", perp=["REBEL UNITS / REBELS"], phys=["TRUCKS"])]),
    ("en-saboteurs-destroy-tower", "en",
     "SAN SALVADOR, 22 NOV 89 (DOMESTIC SERVICE) -- [TEXT] SABOTEURS DESTROYED A HIGH-TENSION TOWER NEAR "
     "SAN MIGUEL EARLY TODAY, LEAVING THE EASTERN REGION WITHOUT ELECTRICITY.",
     [T("ATTACK", perp=["SABOTEURS"], phys=["HIGH-TENSION TOWER / TOWER"])]),
    ("en-guerrillas-wrecked-plant", "en",
     "LIMA, 4 MAR 90 (AFP) -- [TEXT] SHINING PATH GUERRILLAS WRECKED THE MACHINERY OF AN EXPERIMENTAL FARM "
     "OF THE AGRARIAN UNIVERSITY IN HUANCAYO ON SATURDAY.",
     [T("ATTACK", perp=["SHINING PATH / SHINING PATH GUERRILLAS"], phys=["MACHINERY / EXPERIMENTAL FARM"])]),
    # --- type gaps: a death laid on a doer ---
    ("en-responsible-teachers", "en",
     "SAN SALVADOR, 16 NOV 89 (AFP) -- [TEXT] A JESUIT PRIEST SAID TODAY THAT SOLDIERS OF THE FIRST BRIGADE "
     "WERE RESPONSIBLE FOR THE DEATH OF THE TWO TEACHERS IN SOYAPANGO ON MONDAY.",
     [T("ATTACK", perp=["SOLDIERS OF THE FIRST BRIGADE / FIRST BRIGADE / SOLDIERS"], hum=["TEACHERS"])]),
    ("en-responsible-mayor", "en",
     "CALI, 12 FEB 90 (EFE) -- [TEXT] POLICE SAID THE RICARDO FRANCO FRONT WAS RESPONSIBLE FOR THE MURDER OF "
     "THE MAYOR OF CORINTO, JOSE LOPEZ, ON SATURDAY.",
     [T("ATTACK", perp=["RICARDO FRANCO FRONT"], hum=["JOSE LOPEZ / MAYOR OF CORINTO / MAYOR"])]),
    ("en-claimed-killing-general", "en",
     "LIMA, 10 JAN 90 (AFP) -- [TEXT] THE TUPAC AMARU REVOLUTIONARY MOVEMENT CLAIMED RESPONSIBILITY TODAY FOR "
     "THE KILLING OF RETIRED GENERAL ENRIQUE LOPEZ ALBUJAR IN LIMA YESTERDAY.",
     [T("ATTACK", perp=["TUPAC AMARU REVOLUTIONARY MOVEMENT / MRTA"], hum=["ENRIQUE LOPEZ ALBUJAR / RETIRED GENERAL"])]),
    ("en-record-no-incident", "en",
     "SAN SALVADOR, 5 DEC 89 (DOMESTIC SERVICE) -- [TEXT] DEFENSE MINISTER RAFAEL HUMBERTO LARIOS SAID TODAY "
     "THAT THE FMLN IS RESPONSIBLE FOR THE DEATHS OF THOUSANDS OF CIVILIANS SINCE 1980 AND MUST LAY DOWN ITS "
     "WEAPONS.",
     []),
    # --- type gaps: a group missing from the lexicons doing a violent act ---
    ("en-black-condor-buses", "en",
     "SAN SALVADOR, 8 FEB 90 (ACAN-EFE) -- [TEXT] THE BLACK CONDOR MOVEMENT BURNED TWO BUSES OF THE CITY "
     "TRANSPORT COMPANY IN SANTA TECLA LAST NIGHT. NOBODY WAS HURT.",
     [T("ARSON", perp=["BLACK CONDOR MOVEMENT"], phys=["BUSES"])]),
    ("en-jaguar-front-kidnap", "en",
     "GUATEMALA CITY, 3 MAR 90 (ACAN) -- [TEXT] THE JAGUAR REVOLUTIONARY FRONT KIDNAPPED SWISS ENGINEER HANS "
     "MEIER NEAR COBAN ON THURSDAY, ALTA VERAPAZ POLICE REPORTED.",
     [T("KIDNAPPING", perp=["JAGUAR REVOLUTIONARY FRONT"], hum=["HANS MEIER / SWISS ENGINEER / ENGINEER"])]),
    ("en-southern-command-bomb", "en",
     "TEGUCIGALPA, 20 MAR 90 (ACAN) -- [TEXT] THE SOUTHERN PEOPLE'S COMMAND BOMBED THE OFFICES OF THE "
     "NATIONAL ELECTORAL TRIBUNAL IN TEGUCIGALPA LAST NIGHT, CAUSING HEAVY DAMAGE.",
     [T("BOMBING", perp=["SOUTHERN PEOPLE'S COMMAND"],
        phys=["OFFICES OF THE NATIONAL ELECTORAL TRIBUNAL / OFFICES"])]),
    ("en-free-homeland-army-fire", "en",
     "LA PAZ, 14 APR 90 (EFE) -- [TEXT] THE FREE HOMELAND ARMY SET FIRE TO A WAREHOUSE OF THE STATE MINING "
     "CORPORATION IN ORURO YESTERDAY.",
     [T("ARSON", perp=["FREE HOMELAND ARMY"], phys=["WAREHOUSE"])]),
    ("en-red-dawn-front-murder", "en",
     "BOGOTA, 18 JAN 90 (EFE) -- [TEXT] THE RED DAWN FRONT MURDERED TRADE UNIONIST LUIS CARDENAS IN "
     "BARRANCABERMEJA THIS MORNING, THE OIL WORKERS' UNION SAID.",
     [T("ATTACK", perp=["RED DAWN FRONT"], hum=["LUIS CARDENAS / TRADE UNIONIST"])]),
    # --- negatives: groups doing nothing violent ---
    ("en-green-movement-rally", "en",
     "SAN SALVADOR, 12 MAR 90 (ACAN-EFE) -- [TEXT] THE GREEN DAWN MOVEMENT HELD A RALLY IN THE CENTER OF SAN "
     "SALVADOR TODAY TO DEMAND HIGHER WAGES FOR COFFEE WORKERS.",
     []),
    ("en-command-communique", "en",
     "TEGUCIGALPA, 2 APR 90 (ACAN) -- [TEXT] THE POPULAR REVOLUTIONARY COMMAND ISSUED A COMMUNIQUE TODAY "
     "CALLING ON WORKERS TO JOIN A GENERAL STRIKE NEXT WEEK.",
     []),
    ("en-unity-front-seats", "en",
     "BOGOTA, 13 MAR 90 (EFE) -- [TEXT] THE NATIONAL UNITY FRONT WON THREE SEATS IN THE CONGRESSIONAL "
     "ELECTIONS ON SUNDAY, ACCORDING TO OFFICIAL RESULTS.",
     []),
    ("en-fmln-talks", "en",
     "SAN SALVADOR, 4 APR 90 (AFP) -- [TEXT] FMLN AND GOVERNMENT DELEGATES MET IN GENEVA TODAY WITH UN "
     "SECRETARY GENERAL JAVIER PEREZ DE CUELLAR TO DISCUSS A CEASE-FIRE.",
     []),
    ("en-guerrillas-leaflets", "en",
     "LIMA, 6 FEB 90 (AFP) -- [TEXT] A COLUMN OF SHINING PATH GUERRILLAS ENTERED THE VILLAGE OF ACOMARCA, "
     "GATHERED THE PEASANTS IN THE SQUARE AND HANDED OUT LEAFLETS CALLING FOR A BOYCOTT OF THE ELECTIONS.",
     []),
    ("en-army-food", "en",
     "SAN SALVADOR, 20 JAN 90 (DOMESTIC SERVICE) -- [TEXT] THE ARMED FORCES DISTRIBUTED FOOD AND MEDICINE TO "
     "2,000 PEASANTS DISPLACED BY THE FIGHTING IN CHALATENANGO DEPARTMENT, THE ARMED FORCES PRESS OFFICE "
     "REPORTED.",
     []),
    # --- capitals misparses that lose the doer ---
    ("en-mrta-kidnapped-businessman", "en",
     "LIMA, 8 MAR 90 (AFP) -- [TEXT] THE TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA) KIDNAPPED BUSINESSMAN "
     "CARLOS FERRERO IN THE SAN ISIDRO DISTRICT OF LIMA YESTERDAY.",
     [T("KIDNAPPING", perp=["TUPAC AMARU REVOLUTIONARY MOVEMENT / MRTA"], hum=["CARLOS FERRERO / BUSINESSMAN"])]),
    ("en-fpmr-kidnapped-journalist", "en",
     "SANTIAGO, 2 APR 90 (EFE) -- [TEXT] THE MANUEL RODRIGUEZ PATRIOTIC FRONT (FPMR) KIDNAPPED JOURNALIST "
     "PEDRO ARAYA IN SANTIAGO ON SUNDAY, HIS NEWSPAPER REPORTED.",
     [T("KIDNAPPING", perp=["MANUEL RODRIGUEZ PATRIOTIC FRONT / FPMR"], hum=["PEDRO ARAYA / JOURNALIST"])]),
    ("en-eln-murdered-engineer", "en",
     "BOGOTA, 9 FEB 90 (EFE) -- [TEXT] THE NATIONAL LIBERATION ARMY (ELN) MURDERED ENGINEER JAIME ROJAS NEAR "
     "SARAVENA, ARAUCA DEPARTMENT, ON WEDNESDAY.",
     [T("ATTACK", perp=["NATIONAL LIBERATION ARMY / ELN"], hum=["JAIME ROJAS / ENGINEER"])]),
    ("en-gunmen-on-motorcycle", "en",
     "MEDELLIN, 22 JAN 90 (EFE) -- [TEXT] GUNMEN ON A MOTORCYCLE KILLED TRADE UNIONIST PEDRO RAMIREZ IN "
     "DOWNTOWN MEDELLIN THIS MORNING.",
     [T("ATTACK", perp=["GUNMEN"], hum=["PEDRO RAMIREZ / TRADE UNIONIST"])]),
    ("en-men-in-car-kidnapped", "en",
     "GUATEMALA CITY, 15 FEB 90 (ACAN) -- [TEXT] ARMED MEN IN A RED PICKUP KIDNAPPED STUDENT LEADER MARIO "
     "CHOC IN ZONE 1 OF GUATEMALA CITY LAST NIGHT.",
     [T("KIDNAPPING", perp=["ARMED MEN"], hum=["MARIO CHOC / STUDENT LEADER"])]),
    ("en-men-in-uniform-murdered", "en",
     "GUATEMALA CITY, 28 MAR 90 (ACAN) -- [TEXT] HEAVILY ARMED MEN IN OLIVE GREEN UNIFORMS MURDERED FIVE "
     "PEASANTS IN THE VILLAGE OF LA ESPERANZA, QUICHE DEPARTMENT, ON TUESDAY.",
     [T("ATTACK", perp=["HEAVILY ARMED MEN / ARMED MEN"], hum=["PEASANTS"])]),
    ("en-two-men-motorcycle-shot", "en",
     "SAN SALVADOR, 7 MAR 90 (AFP) -- [TEXT] TWO MEN ON A MOTORCYCLE SHOT AND WOUNDED JOURNALIST ANA RIVAS "
     "AS SHE LEFT THE OFFICES OF DIARIO LATINO THIS AFTERNOON.",
     [T("ATTACK", perp=["TWO MEN / MEN"], hum=["ANA RIVAS / JOURNALIST"])]),
    # --- places of acts on persons: settings, no physical targets ---
    ("en-kidnapped-on-farm", "en",
     "SANTA CRUZ, 11 JAN 90 (EFE) -- [TEXT] ARMED MEN KIDNAPPED RANCHER JUAN PEREZ ON HIS FARM NEAR SANTA "
     "CRUZ DE LA SIERRA YESTERDAY AND DEMANDED A RANSOM OF $500,000.",
     [T("KIDNAPPING", perp=["ARMED MEN"], hum=["JUAN PEREZ / RANCHER"])]),
    ("en-shot-at-home", "en",
     "BOGOTA, 24 FEB 90 (EFE) -- [TEXT] GUNMEN SHOT JUDGE CARLOS VALENCIA AT HIS HOME IN THE NORTH OF BOGOTA "
     "LAST NIGHT. THE JUDGE WAS TAKEN TO A HOSPITAL.",
     [T("ATTACK", perp=["GUNMEN"], hum=["CARLOS VALENCIA / JUDGE"])]),
    ("en-murdered-in-office", "en",
     "LIMA, 17 APR 90 (AFP) -- [TEXT] SHINING PATH GUERRILLAS MURDERED THE MAYOR OF HUAMANGA, FERMIN "
     "AZPARRENT, IN HIS OFFICE ON MONDAY.",
     [T("ATTACK", perp=["SHINING PATH / SHINING PATH GUERRILLAS"], hum=["FERMIN AZPARRENT / MAYOR OF HUAMANGA / MAYOR"])]),
    ("en-killed-in-front-of-house", "en",
     "SAN SALVADOR, 9 JAN 90 (ACAN-EFE) -- [TEXT] UNIDENTIFIED MEN KILLED TEACHER ROSA MEJIA IN FRONT OF HER "
     "HOUSE IN MEJICANOS THIS MORNING.",
     [T("ATTACK", perp=["UNIDENTIFIED MEN"], hum=["ROSA MEJIA / TEACHER"])]),
    ("en-kidnapped-at-hacienda", "en",
     "GUATEMALA CITY, 6 APR 90 (ACAN) -- [TEXT] GUERRILLAS KIDNAPPED LANDOWNER ERNESTO PAIZ AT HIS HACIENDA "
     "IN ESCUINTLA ON SATURDAY.",
     [T("KIDNAPPING", perp=["GUERRILLAS"], hum=["ERNESTO PAIZ / LANDOWNER"])]),
    # --- the place itself hit: a target ---
    ("en-attack-on-his-home", "en",
     "MEDELLIN, 3 APR 90 (EFE) -- [TEXT] A JUDGE, HERNAN OSPINA, WAS WOUNDED IN AN ATTACK ON HIS HOME IN "
     "ENVIGADO LAST NIGHT.",
     [T("ATTACK", phys=["HOME"], hum=["HERNAN OSPINA / JUDGE"])]),
    ("en-bomb-at-home-of", "en",
     "LA PAZ, 18 MAR 90 (EFE) -- [TEXT] A BOMB EXPLODED AT THE HOME OF SENATOR JORGE ARCE IN LA PAZ EARLY "
     "TODAY, DAMAGING THE FRONT OF THE HOUSE.",
     [T("BOMBING", phys=["HOME / HOUSE"], hum=["? JORGE ARCE / SENATOR"])]),
    ("en-guerrillas-attacked-house", "en",
     "SAN SALVADOR, 29 NOV 89 (AFP) -- [TEXT] URBAN GUERRILLAS ATTACKED THE HOUSE OF ARENA DEPUTY RICARDO "
     "ALVARENGA WITH RIFLE FIRE LAST NIGHT. NOBODY WAS HURT.",
     [T("ATTACK", perp=["URBAN GUERRILLAS"], phys=["HOUSE"], hum=["? RICARDO ALVARENGA / ARENA DEPUTY"])]),
    ("en-burned-farm", "en",
     "LIMA, 21 MAR 90 (AFP) -- [TEXT] SHINING PATH GUERRILLAS BURNED THE FARM OF A LANDOWNER NEAR HUANTA ON "
     "SATURDAY.",
     [T("ARSON", perp=["SHINING PATH / SHINING PATH GUERRILLAS"], phys=["FARM"])]),

    # ===== French =====
    # --- type gaps ---
    ("fr-mrta-revendique-general", "fr",
     "Lima, 10 jan 1990 (AFP) - Le Mouvement révolutionnaire Tupac Amaru (MRTA) a revendiqué l'assassinat "
     "d'un général en retraite, Enrique López Albujar, tué hier à Lima.",
     [T("ATTACK", perp=["Mouvement révolutionnaire Tupac Amaru / MRTA"],
        hum=["Enrique López Albujar / général en retraite"])]),
    ("fr-fmln-revendique-enlevement", "fr",
     "San Salvador, 2 fév 1990 (AFP) - Le FMLN a revendiqué l'enlèvement de l'industriel Roberto Poma, "
     "disparu depuis lundi à San Salvador.",
     [T("KIDNAPPING", perp=["FMLN"], hum=["Roberto Poma / industriel"])]),
    ("fr-rebelles-detruit-camions", "fr",
     "San Salvador, 10 jan 1990 (AFP) - Des rebelles ont détruit deux camions d'une coopérative de café sur "
     "la route de Metapan la nuit dernière.",
     [T("ATTACK", perp=["rebelles"], phys=["camions"])]),
    ("fr-armee-responsable-mort", "fr",
     "San Salvador, 17 nov 1989 (AFP) - Un prêtre jésuite a affirmé aujourd'hui que des soldats de la "
     "première brigade étaient responsables de la mort des deux institutrices à Soyapango lundi.",
     [T("ATTACK", perp=["soldats de la première brigade / première brigade / soldats"], hum=["institutrices"])]),
    ("fr-bilan-general", "fr",
     "San Salvador, 5 déc 1989 (AFP) - Le ministre de la Défense a déclaré que le FMLN était responsable de "
     "la mort de milliers de civils depuis 1980.",
     []),
    ("fr-mouvement-condor-autobus", "fr",
     "San Salvador, 8 fév 1990 (AFP) - Le Mouvement du Condor noir a incendié deux autobus de la compagnie "
     "municipale de transports à Santa Tecla la nuit dernière.",
     [T("ARSON", perp=["Mouvement du Condor noir"], phys=["autobus"])]),
    ("fr-front-jaguar-enleve", "fr",
     "Guatemala, 3 mars 1990 (AFP) - Le Front révolutionnaire Jaguar a enlevé un ingénieur suisse, Hans "
     "Meier, près de Coban jeudi.",
     [T("KIDNAPPING", perp=["Front révolutionnaire Jaguar"], hum=["Hans Meier / ingénieur suisse / ingénieur"])]),
    ("fr-commando-sud-bombe", "fr",
     "Tegucigalpa, 20 mars 1990 (AFP) - Le Commando populaire du Sud a fait exploser une bombe devant les "
     "bureaux du Tribunal électoral à Tegucigalpa la nuit dernière.",
     [T("BOMBING", perp=["Commando populaire du Sud"], phys=["bureaux du Tribunal électoral / bureaux"])]),
    # --- negatives ---
    ("fr-front-congres", "fr",
     "Bogota, 13 mars 1990 (AFP) - Le Front national d'unité a tenu son congrès à Bogota dimanche et a "
     "désigné son candidat à l'élection présidentielle.",
     []),
    ("fr-mouvement-greve", "fr",
     "Tegucigalpa, 2 avr 1990 (AFP) - Le Mouvement populaire de l'Aube verte a appelé les travailleurs à une "
     "grève générale la semaine prochaine.",
     []),
    ("fr-guerilleros-tracts", "fr",
     "Lima, 6 fév 1990 (AFP) - Une colonne du Sentier lumineux est entrée dans le village d'Acomarca, a "
     "rassemblé les paysans sur la place et a distribué des tracts appelant au boycott des élections.",
     []),
    # --- capitals and the doer ---
    ("fr-hommes-armes-moto", "fr",
     "Medellin, 22 jan 1990 (AFP) - Des hommes armés circulant à moto ont tué le syndicaliste Pedro Ramirez "
     "ce matin dans le centre de Medellin.",
     [T("ATTACK", perp=["hommes armés"], hum=["Pedro Ramirez / syndicaliste"])]),
    ("fr-caps-mrta-enleve", "fr",
     "LIMA, 8 MARS 1990 (AFP) - LE MOUVEMENT REVOLUTIONNAIRE TUPAC AMARU (MRTA) A ENLEVE L'HOMME D'AFFAIRES "
     "CARLOS FERRERO HIER A LIMA.",
     [T("KIDNAPPING", perp=["MOUVEMENT REVOLUTIONNAIRE TUPAC AMARU / MRTA"],
        hum=["CARLOS FERRERO / HOMME D'AFFAIRES"])]),
    # --- places of acts on persons ---
    ("fr-enleve-dans-sa-ferme", "fr",
     "Santa Cruz, 11 jan 1990 (AFP) - Des hommes armés ont enlevé l'éleveur Juan Pérez dans sa ferme près de "
     "Santa Cruz de la Sierra hier et exigent une rançon.",
     [T("KIDNAPPING", perp=["hommes armés"], hum=["Juan Pérez / éleveur"])]),
    ("fr-abattu-devant-domicile", "fr",
     "Bogota, 24 fév 1990 (AFP) - Le juge Carlos Valencia a été abattu devant son domicile du nord de Bogota "
     "par des tueurs à gages hier soir.",
     [T("ATTACK", perp=["tueurs à gages"], hum=["Carlos Valencia / juge"])]),
    ("fr-tue-dans-son-bureau", "fr",
     "Lima, 17 avr 1990 (AFP) - Des guérilleros du Sentier lumineux ont assassiné le maire de Huamanga, "
     "Fermin Azparrent, dans son bureau lundi.",
     [T("ATTACK", perp=["Sentier lumineux / guérilleros du Sentier lumineux"],
        hum=["Fermin Azparrent / maire de Huamanga / maire"])]),
    ("fr-attentat-contre-maison", "fr",
     "Medellin, 3 avr 1990 (AFP) - Un juge, Hernan Ospina, a été blessé dans un attentat contre sa maison à "
     "Envigado la nuit dernière.",
     [T("ATTACK", phys=["maison"], hum=["Hernan Ospina / juge"])]),
    ("fr-bombe-domicile-senateur", "fr",
     "La Paz, 18 mars 1990 (AFP) - Une bombe a explosé devant le domicile du sénateur Jorge Arce à La Paz "
     "tôt ce matin, endommageant la façade.",
     [T("BOMBING", phys=["domicile / domicile du sénateur Jorge Arce"], hum=["? Jorge Arce / sénateur"])]),
    # (written after the rule of a group's members, actors._doer_of_act, before running bilan on them)
    ("en-members-of-unknown-front", "en",
     "GUATEMALA CITY, 19 MAR 90 (ACAN) -- [TEXT] MEMBERS OF THE GOLDEN EAGLE FRONT KIDNAPPED AGRONOMIST PABLO "
     "REYES NEAR JUTIAPA ON MONDAY.",
     [T("KIDNAPPING", perp=["GOLDEN EAGLE FRONT / MEMBERS OF THE GOLDEN EAGLE FRONT"],
        hum=["PABLO REYES / AGRONOMIST"])]),
    ("en-members-of-unknown-front-mixed", "en",
     "Guatemala City, 19 Mar 90 (AFP) -- Members of the Golden Eagle Front kidnapped an agronomist, Pablo Reyes, "
     "near Jutiapa on Monday.",
     [T("KIDNAPPING", perp=["Golden Eagle Front / members of the Golden Eagle Front"],
        hum=["Pablo Reyes / agronomist"])]),
    ("fr-membres-front-inconnu", "fr",
     "Guatemala, 19 mars 1990 (AFP) - Des membres du Front de l'Aigle d'or ont enlevé l'agronome Pablo Reyes "
     "près de Jutiapa lundi.",
     [T("KIDNAPPING", perp=["Front de l'Aigle d'or / membres du Front de l'Aigle d'or"],
        hum=["Pablo Reyes / agronome"])]),
    ("fr-incendie-ferme", "fr",
     "Lima, 21 mars 1990 (AFP) - Des guérilleros du Sentier lumineux ont incendié la ferme d'un propriétaire "
     "terrien près de Huanta samedi.",
     [T("ARSON", perp=["Sentier lumineux / guérilleros du Sentier lumineux"], phys=["ferme"])]),
]

# strict xfails: (key, check) -> the class of the failure
XFAIL: dict[tuple[str, str], str] = {
    ('en-bomb-at-home-of', 'phys_target'): "'DAMAGING THE FRONT OF THE HOUSE': the home named again as 'THE HOUSE' is read as a second target",
    ('fr-attentat-contre-maison', 'type'): "« un attentat contre sa maison » is a bombing by the lexicon's « attentat », an ATTACK in the key",
}


@pytest.mark.parametrize("key,check", story_params(STORIES, XFAIL, CHECKED))
def test_the_story_fills_what_its_key_holds(key, check):
    check_story(STORIES, key, check)


def test_the_set_is_bilingual_and_large_enough():
    langs = [lang for _, lang, _, _ in STORIES]
    assert len(STORIES) >= 50 and langs.count("fr") >= len(STORIES) // 3
    assert sum(1 for *_, t in STORIES if not t) >= 10  # negatives: no incident
    assert len({key for key, *_ in STORIES}) == len(STORIES)
