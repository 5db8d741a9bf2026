"""MUC-4 stories in capitals whose parse loses the act, the doer or the victim, and the members of groups
the lexicons do not know (issue 3, classes 4 and 5 of the last closing note; stories written for these
tests, not taken from any dataset: 1989-90 Latin American wire copy, EN in capitals with a dateline as
distributed, about three fifths; FR in capitals without accents and FR wire in mixed case, about two
fifths). Each story comes with the key it would get under the MUC-4 task definition: its templates, and
in each the incident type, the perpetrator, the physical and the human targets.

The classes:

- a dateline's "[TEXT]" glued to a first clause whose subject is a group name and whose verb is the past
  of a violent act ("[TEXT] THE RED STAR COMMAND MURDERED ...");
- a past verb after a noun phrase with a prepositional tail read as a noun ("TWO MEN ON A MOTORCYCLE
  SHOT AND WOUNDED ...");
- a rank read as an adjective ("RETIRED GENERAL X WAS KILLED");
- French in capitals without accents (« DES HOMMES ARMES ONT ASSASSINE UN MAIRE »);
- the members of a group unknown to the lexicons doing a violent act ("MEMBERS OF THE SILVER CONDOR
  COMMAND KIDNAPPED ...", « Des membres du Front ... ont enlevé »);
- negatives, about a third: non-violent acts in capitals, group members doing nothing violent
  ("MEMBERS OF THE ... FRONT MET THE PRESIDENT"), "GENERAL" as an adjective ("GENERAL STRIKE").

Our fills are scored as the MUC-4 adapter scores them (test_muc4_style_slot_precision's scaffolding):
a check per story on the template count, and per story holding a template a check per slot of
``CHECKED`` (no spurious and no missing fill).

First run, before any rule change (47 stories, EN 28 / FR 19, 18 of them negatives): 126 of 163 checks
passed (EN 75/100, FR 51/63); every negative passed. Three keys revised after the first run, on reading the
adapter again (MUC-4 1.0 (1b) as bilan.evaluate.muc4._forces_only reads it: an act whose only targets are police
is no template): en-red-star-command-murdered, en-three-men-car-shot-wounded and fr-front-etoile-rouge-assassine
now hold none.

After the rules of this round (h-capsparse): in capitals, a past form that is also a noun ("SHOT") after the noun
ending a prepositional tail of the clause's first noun is the clause's verb, its coordinated past ("AND WOUNDED",
read as an adjective) its conjunct (nlp._verbs_read_as_nouns; a doer's participle, "HOODED MEN", read as the verb
before it, is an adjective again); "FRONT" tagged an adjective before a verb is a noun (nlp._nouns_read_as_
adjectives); French capitals are parsed in lower case with the accents of participles after an auxiliary given
back (« ONT ASSASSINE », « A ETE TUE »: nlp._accents_restored); a subject the parse hung on a dateline's place
across the dash is the verb's (nlp._fix_dateline_subjects); a past verb read as a preposition hung on the
dateline's "[TEXT]", with a subject and an object, is the clause's verb, a name's last word in apposition to the
subject its head (nlp._verbs_read_as_prepositions); the group of members who do a violent act is an armed
group (actors._members_doing), and the group of members a verb with a tense is hung on does it (« des membres du
Front ... ont enlevé »); a rank or role tagged an adjective before a name in capitals is a victim ("RETIRED GENERAL
HECTOR DIAZ WAS KILLED"); a noun in a prepositional phrase of the doer ("ON A MOTORCYCLE") is no target; customs
officers are civilians; the generic armed nouns and the groups' names are matched with their accents folded in
capitals (« DES GUERILLEROS », « LE MOUVEMENT REVOLUTIONNAIRE TUPAC AMARU »): the first batch's 151 checks
(with the revised keys) all pass (EN 92/92, FR 59/59), no strict xfail left.

A second batch of seven stories (the rules' edges, written after the rules and before running bilan on them):
first run 17 of 19 checks (en-two-men-motorcycle-photographs: "SHOT PHOTOGRAPHS ... BEFORE THE POLICE STOPPED
THEM" an attack, the later root made the verb's governor, now only a root after a comma is; fr-caps-guerilleros-
ont-incendie-mairie perp: « GUERILLEROS » unmatched, now folded); both fixed. The whole set: 170 of 170 checks
(EN 105/105, FR 65/65).
"""

import pytest
from test_muc4_style_slot_precision import T, check_story, story_params

CHECKED = ("type", "perp", "phys_target", "hum_target")

# (key, language, story, templates of its key)
STORIES = [
    # --- a dateline's [TEXT] glued to a group's violent act (EN) ---
    ("en-red-star-command-murdered", "en",
     "LIMA, 3 APR 90 (AFP) -- [TEXT] THE RED STAR COMMAND MURDERED TWO POLICEMEN IN THE PORT OF CALLAO LAST "
     "NIGHT, POLICE SOURCES SAID.",
     []),
    ("en-black-hand-front-assassinated", "en",
     "BOGOTA, 11 FEB 90 (EFE) -- [TEXT] THE BLACK HAND FRONT ASSASSINATED PEASANT LEADER JORGE PAZ NEAR "
     "SEGOVIA YESTERDAY.",
     [T("ATTACK", perp=["BLACK HAND FRONT"], hum=["JORGE PAZ / PEASANT LEADER"])]),
    ("en-jaguar-movement-kidnapped", "en",
     "TEGUCIGALPA, 2 MAY 90 (ACAN) -- [TEXT] THE JAGUAR PATRIOTIC MOVEMENT KIDNAPPED COFFEE GROWER RAUL "
     "MEJIA ON THE ROAD TO COMAYAGUA ON FRIDAY.",
     [T("KIDNAPPING", perp=["JAGUAR PATRIOTIC MOVEMENT"], hum=["RAUL MEJIA / COFFEE GROWER"])]),
    ("en-people-army-burned", "en",
     "GUATEMALA CITY, 9 APR 90 (ACAN) -- [TEXT] THE PEOPLE'S REVOLUTIONARY ARMY BURNED THREE BUSES OF THE "
     "FUGA DEL SOL COMPANY IN ESCUINTLA LAST NIGHT.",
     [T("ARSON", perp=["PEOPLE'S REVOLUTIONARY ARMY"], phys=["BUSES"])]),
    ("en-shining-path-murdered-mayor", "en",
     "LIMA, 14 MAY 90 (AFP) -- [TEXT] THE SHINING PATH MURDERED THE MAYOR OF SAN JOSE DE SECCE, PEDRO "
     "HUAMAN, IN FRONT OF HIS FAMILY.",
     [T("ATTACK", perp=["SHINING PATH"], hum=["PEDRO HUAMAN / MAYOR"])]),
    # --- a past verb after a noun phrase with a tail, read as a noun (EN) ---
    ("en-three-men-car-shot-wounded", "en",
     "SAN SALVADOR, 21 FEB 90 (AFP) -- [TEXT] THREE MEN IN A WHITE CAR SHOT AND WOUNDED POLICE INSPECTOR "
     "JOSE ALAS IN SANTA TECLA THIS MORNING.",
     []),
    ("en-two-men-bicycle-shot-judge", "en",
     "MEDELLIN, 6 JUN 90 (EFE) -- [TEXT] TWO YOUNG MEN ON A BICYCLE SHOT AND WOUNDED A JUDGE AS HE LEFT HIS "
     "HOUSE IN ENVIGADO TODAY.",
     [T("ATTACK", perp=["YOUNG MEN ON A BICYCLE / TWO YOUNG MEN / YOUNG MEN"], hum=["JUDGE"])]),
    ("en-hooded-men-shot-killed", "en",
     "GUATEMALA CITY, 27 MAR 90 (ACAN) -- [TEXT] HOODED MEN WITH MACHINEGUNS SHOT AND KILLED TWO PEASANTS "
     "IN THE VILLAGE OF PATZUN ON SATURDAY.",
     [T("ATTACK", perp=["HOODED MEN WITH MACHINEGUNS / HOODED MEN"], hum=["PEASANTS"])]),
    ("en-gunmen-truck-shot-teacher", "en",
     "SAN SALVADOR, 30 APR 90 (DOMESTIC SERVICE) -- [TEXT] GUNMEN IN A PICKUP TRUCK SHOT SCHOOL TEACHER "
     "MARTA CRUZ IN SOYAPANGO YESTERDAY.",
     [T("ATTACK", perp=["GUNMEN IN A PICKUP TRUCK / GUNMEN"], hum=["MARTA CRUZ / SCHOOL TEACHER"])]),
    # --- a rank read as an adjective (EN) ---
    ("en-retired-general-killed", "en",
     "LIMA, 19 APR 90 (AFP) -- [TEXT] RETIRED GENERAL HECTOR DIAZ WAS KILLED BY UNIDENTIFIED GUNMEN AS HE "
     "LEFT HIS HOME IN MIRAFLORES THIS MORNING.",
     [T("ATTACK", perp=["UNIDENTIFIED GUNMEN / GUNMEN"], hum=["HECTOR DIAZ / RETIRED GENERAL"])]),
    ("en-gunmen-killed-retired-general", "en",
     "BOGOTA, 12 MAY 90 (EFE) -- [TEXT] GUNMEN KILLED RETIRED GENERAL ALFONSO MORA IN A RESTAURANT IN "
     "NORTHERN BOGOTA LAST NIGHT.",
     [T("ATTACK", perp=["GUNMEN"], hum=["ALFONSO MORA / RETIRED GENERAL"])]),
    ("en-general-wounded-bomb", "en",
     "LIMA, 7 JUN 90 (EFE) -- [TEXT] GENERAL RICARDO SOTO WAS WOUNDED WHEN A CAR BOMB EXPLODED NEXT TO HIS "
     "JEEP IN SAN ISIDRO TODAY.",
     [T("BOMBING", phys=["JEEP"], hum=["RICARDO SOTO / GENERAL"])]),
    ("en-retired-colonel-kidnapped", "en",
     "SAN SALVADOR, 25 MAY 90 (ACAN-EFE) -- [TEXT] RETIRED COLONEL MANUEL ORTIZ WAS KIDNAPPED BY ARMED MEN "
     "IN SAN MIGUEL ON TUESDAY.",
     [T("KIDNAPPING", perp=["ARMED MEN"], hum=["MANUEL ORTIZ / RETIRED COLONEL"])]),
    # --- members of groups unknown to the lexicons (EN) ---
    ("en-members-silver-condor-kidnapped", "en",
     "GUATEMALA CITY, 4 APR 90 (ACAN) -- [TEXT] MEMBERS OF THE SILVER CONDOR COMMAND KIDNAPPED RANCHER "
     "OSCAR LEIVA NEAR CHIQUIMULA ON SUNDAY.",
     [T("KIDNAPPING", perp=["SILVER CONDOR COMMAND / MEMBERS OF THE SILVER CONDOR COMMAND"],
        hum=["OSCAR LEIVA / RANCHER"])]),
    ("en-members-jaguar-front-murdered", "en",
     "TEGUCIGALPA, 8 MAY 90 (ACAN) -- [TEXT] MEMBERS OF THE JAGUAR REVOLUTIONARY FRONT MURDERED A CUSTOMS "
     "OFFICER IN PUERTO CORTES LAST NIGHT.",
     [T("ATTACK", perp=["JAGUAR REVOLUTIONARY FRONT / MEMBERS OF THE JAGUAR REVOLUTIONARY FRONT"],
        hum=["CUSTOMS OFFICER"])]),
    ("en-members-blue-star-bombed", "en",
     "TEGUCIGALPA, 15 MAY 90 (ACAN) -- [TEXT] MEMBERS OF THE BLUE STAR MOVEMENT BOMBED THE OFFICES OF THE "
     "NATIONAL ELECTRICITY COMPANY IN LA CEIBA YESTERDAY.",
     [T("BOMBING", perp=["BLUE STAR MOVEMENT / MEMBERS OF THE BLUE STAR MOVEMENT"],
        phys=["OFFICES OF THE NATIONAL ELECTRICITY COMPANY / OFFICES"])]),
    ("en-members-mixed-killed", "en",
     "San Salvador, 3 May 90 (AFP) -- Members of the Black Eagle Command killed a mayor, Luis Vega, in the "
     "town of Apopa on Monday.",
     [T("ATTACK", perp=["Black Eagle Command / members of the Black Eagle Command"],
        hum=["Luis Vega / mayor"])]),
    ("en-members-set-fire", "en",
     "LA PAZ, 22 APR 90 (EFE) -- [TEXT] MEMBERS OF THE RED FIST COMMAND SET FIRE TO A WAREHOUSE OF THE "
     "MINING CORPORATION IN ORURO LAST NIGHT.",
     [T("ARSON", perp=["RED FIST COMMAND / MEMBERS OF THE RED FIST COMMAND"], phys=["WAREHOUSE"])]),
    # --- negatives (EN): nothing violent ---
    ("en-members-met-president", "en",
     "GUATEMALA CITY, 5 APR 90 (ACAN) -- [TEXT] MEMBERS OF THE GOLDEN EAGLE FRONT MET PRESIDENT VINICIO "
     "CEREZO IN THE NATIONAL PALACE YESTERDAY TO DISCUSS THE PEACE PROCESS.",
     []),
    ("en-members-handed-leaflets", "en",
     "TEGUCIGALPA, 9 MAY 90 (ACAN) -- [TEXT] MEMBERS OF THE SILVER CONDOR COMMAND HANDED OUT LEAFLETS IN "
     "THE CENTER OF SAN PEDRO SULA ON SATURDAY.",
     []),
    ("en-general-strike", "en",
     "SAN SALVADOR, 1 MAY 90 (DOMESTIC SERVICE) -- [TEXT] THE GENERAL STRIKE CALLED BY THE NATIONAL UNITY OF "
     "SALVADORAN WORKERS PARALYZED PUBLIC TRANSPORT IN SAN SALVADOR TODAY.",
     []),
    ("en-front-announced-truce", "en",
     "BOGOTA, 20 MAR 90 (EFE) -- [TEXT] THE RED DAWN FRONT ANNOUNCED A UNILATERAL TRUCE DURING THE "
     "ELECTIONS IN A COMMUNIQUE SENT TO RADIO STATIONS.",
     []),
    ("en-retired-general-appointed", "en",
     "LIMA, 2 MAY 90 (AFP) -- [TEXT] RETIRED GENERAL JORGE FLORES WAS APPOINTED AMBASSADOR TO ARGENTINA "
     "TODAY.",
     []),
    ("en-two-men-motorcycle-delivered", "en",
     "SAN SALVADOR, 17 APR 90 (AFP) -- [TEXT] TWO MEN ON A MOTORCYCLE DELIVERED A COMMUNIQUE OF THE FMLN TO "
     "THE OFFICES OF DIARIO LATINO THIS AFTERNOON.",
     []),
    ("en-attorney-general-investigation", "en",
     "BOGOTA, 28 APR 90 (EFE) -- [TEXT] ATTORNEY GENERAL ALFONSO GOMEZ OPENED AN INVESTIGATION INTO THE "
     "CONTRACTS OF THE PUBLIC WORKS MINISTRY TODAY.",
     []),
    ("en-general-assembly-approved", "en",
     "TEGUCIGALPA, 6 JUN 90 (ACAN) -- [TEXT] THE GENERAL ASSEMBLY OF THE HONDURAN BAR ASSOCIATION APPROVED "
     "A NEW CODE OF ETHICS YESTERDAY.",
     []),
    ("en-front-members-marched", "en",
     "LIMA, 1 MAY 90 (AFP) -- [TEXT] MEMBERS OF THE UNITED LEFT FRONT MARCHED PEACEFULLY THROUGH DOWNTOWN "
     "LIMA TO MARK LABOR DAY.",
     []),
    ("en-assembly-general-budget", "en",
     "SAN SALVADOR, 2 JUN 90 (DOMESTIC SERVICE) -- [TEXT] THE NATIONAL ASSEMBLY APPROVED THE GENERAL BUDGET "
     "FOR 1991 LAST NIGHT AFTER A LONG DEBATE.",
     []),
    # --- French in capitals without accents ---
    ("fr-caps-hommes-armes-maire", "fr",
     "LIMA, 9 AVR 1990 (AFP) - DES HOMMES ARMES ONT ASSASSINE UN MAIRE DANS LE DEPARTEMENT D'AYACUCHO "
     "SAMEDI.",
     [T("ATTACK", perp=["HOMMES ARMES"], hum=["MAIRE"])]),
    ("fr-caps-guerilleros-tue-paysans", "fr",
     "LIMA, 12 MAI 1990 (AFP) - DES GUERILLEROS DU SENTIER LUMINEUX ONT TUE DEUX PAYSANS PRES DE HUANTA "
     "HIER.",
     [T("ATTACK", perp=["SENTIER LUMINEUX / GUERILLEROS DU SENTIER LUMINEUX"], hum=["PAYSANS"])]),
    ("fr-caps-inconnus-enleve", "fr",
     "BOGOTA, 3 MAI 1990 (AFP) - DES INCONNUS ONT ENLEVE UN INDUSTRIEL A CALI MARDI SOIR.",
     [T("KIDNAPPING", perp=["INCONNUS"], hum=["INDUSTRIEL"])]),
    ("fr-caps-general-retraite-tue", "fr",
     "LIMA, 20 AVR 1990 (AFP) - LE GENERAL EN RETRAITE HECTOR DIAZ A ETE TUE PAR DES INCONNUS A MIRAFLORES "
     "CE MATIN.",
     [T("ATTACK", perp=["INCONNUS"], hum=["HECTOR DIAZ / GENERAL EN RETRAITE / GENERAL"])]),
    ("fr-caps-membres-front-enleve", "fr",
     "GUATEMALA, 5 AVR 1990 (AFP) - DES MEMBRES DU FRONT DU CONDOR D'ARGENT ONT ENLEVE UN ELEVEUR PRES DE "
     "CHIQUIMULA DIMANCHE.",
     [T("KIDNAPPING", perp=["FRONT DU CONDOR D'ARGENT / MEMBRES DU FRONT DU CONDOR D'ARGENT"],
        hum=["ELEVEUR"])]),
    ("fr-caps-deux-hommes-moto", "fr",
     "SAN SALVADOR, 22 FEV 1990 (AFP) - DEUX HOMMES A MOTO ONT BLESSE PAR BALLES UN JUGE A SANTA TECLA CE "
     "MATIN.",
     [T("ATTACK", perp=["HOMMES A MOTO / DEUX HOMMES / HOMMES"], hum=["JUGE"])]),
    ("fr-caps-rebelles-incendie-bus", "fr",
     "GUATEMALA, 10 AVR 1990 (AFP) - DES REBELLES ONT INCENDIE TROIS AUTOBUS A ESCUINTLA LA NUIT DERNIERE.",
     [T("ARSON", perp=["REBELLES"], phys=["AUTOBUS"])]),
    # --- French wire, mixed case ---
    ("fr-membres-commando-assassine", "fr",
     "Tegucigalpa, 9 mai 1990 (AFP) - Des membres du Front révolutionnaire Jaguar ont assassiné un douanier "
     "à Puerto Cortes la nuit dernière.",
     [T("ATTACK", perp=["Front révolutionnaire Jaguar / membres du Front révolutionnaire Jaguar"],
        hum=["douanier"])]),
    ("fr-membres-mouvement-incendie", "fr",
     "La Paz, 23 avr 1990 (AFP) - Des membres du Mouvement du Poing rouge ont incendié un entrepôt de la "
     "compagnie minière à Oruro.",
     [T("ARSON", perp=["Mouvement du Poing rouge / membres du Mouvement du Poing rouge"], phys=["entrepôt"])]),
    ("fr-general-retraite-blesse", "fr",
     "Bogota, 13 mai 1990 (AFP) - Le général en retraite Alfonso Mora a été blessé par balles par des "
     "inconnus dans un restaurant du nord de Bogota.",
     [T("ATTACK", perp=["inconnus"], hum=["Alfonso Mora / général en retraite / général"])]),
    ("fr-front-etoile-rouge-assassine", "fr",
     "Lima, 4 avr 1990 (AFP) - Le Commando de l'Étoile rouge a assassiné deux policiers dans le port de "
     "Callao la nuit dernière.",
     []),
    # --- negatives (FR) ---
    ("fr-caps-guerilleros-treve", "fr",
     "BOGOTA, 21 MARS 1990 (AFP) - LES GUERILLEROS DE L'ARMEE DE LIBERATION NATIONALE ONT ANNONCE UNE TREVE "
     "PENDANT LES ELECTIONS.",
     []),
    ("fr-caps-greve-generale", "fr",
     "SAN SALVADOR, 2 MAI 1990 (AFP) - LA GREVE GENERALE DECLENCHEE PAR LES SYNDICATS A PARALYSE LES "
     "TRANSPORTS PUBLICS DE LA CAPITALE.",
     []),
    ("fr-caps-membres-rencontre", "fr",
     "GUATEMALA, 6 AVR 1990 (AFP) - DES MEMBRES DU FRONT DE L'AIGLE D'OR ONT RENCONTRE LE PRESIDENT VINICIO "
     "CEREZO AU PALAIS NATIONAL POUR DISCUTER DU PROCESSUS DE PAIX.",
     []),
    ("fr-membres-rencontre", "fr",
     "Guatemala, 6 avr 1990 (AFP) - Des membres du Front de l'Aigle d'or ont rencontré le président Vinicio "
     "Cerezo au palais national.",
     []),
    ("fr-general-retraite-nomme", "fr",
     "Lima, 3 mai 1990 (AFP) - Le général en retraite Jorge Flores a été nommé ambassadeur en Argentine.",
     []),
    ("fr-caps-membres-tracts", "fr",
     "TEGUCIGALPA, 10 MAI 1990 (AFP) - DES MEMBRES DU COMMANDO DU CONDOR D'ARGENT ONT DISTRIBUE DES TRACTS "
     "DANS LE CENTRE DE SAN PEDRO SULA.",
     []),
    ("fr-procureur-general-enquete", "fr",
     "Bogota, 29 avr 1990 (AFP) - Le procureur général Alfonso Gomez a ouvert une enquête sur les contrats "
     "du ministère des Travaux publics.",
     []),
    ("fr-caps-deux-hommes-moto-remis", "fr",
     "SAN SALVADOR, 18 AVR 1990 (AFP) - DEUX HOMMES A MOTO ONT REMIS UN COMMUNIQUE DU FMLN AUX BUREAUX DU "
     "JOURNAL DIARIO LATINO.",
     []),
    # --- second batch, written after the rules of this round and before running bilan on it: the rules' edges ---
    ("en-two-men-motorcycle-photographs", "en",
     "SAN SALVADOR, 9 MAY 90 (AFP) -- [TEXT] TWO MEN ON A MOTORCYCLE SHOT PHOTOGRAPHS OF THE PRESIDENTIAL "
     "PALACE THIS MORNING BEFORE THE POLICE STOPPED THEM.",
     []),
    ("en-bomb-in-car-destroyed", "en",
     "BOGOTA, 11 MAY 90 (EFE) -- [TEXT] A BOMB PLACED IN A CAR DESTROYED THE OFFICES OF THE NEWSPAPER EL "
     "ESPECTADOR IN BOGOTA LAST NIGHT.",
     [T("BOMBING", phys=["OFFICES OF THE NEWSPAPER EL ESPECTADOR / OFFICES", "? CAR"])]),
    ("en-retired-general-said", "en",
     "LIMA, 13 MAY 90 (AFP) -- [TEXT] RETIRED GENERAL LUIS CISNEROS VIZQUERRA SAID TODAY THAT THE ARMED "
     "FORCES NEED MORE RESOURCES.",
     []),
    ("en-mixed-members-signed", "en",
     "Lima, 4 May 90 (AFP) -- Members of the Popular Front signed an agreement with the government on Monday.",
     []),
    ("en-mixed-members-burned", "en",
     "Bogota, 5 May 90 (EFE) -- Members of the Red Condor Front burned three buses in Cali on Monday.",
     [T("ARSON", perp=["Red Condor Front / members of the Red Condor Front"], phys=["buses"])]),
    ("fr-caps-maire-elu", "fr",
     "LIMA, 14 MAI 1990 (AFP) - LE MAIRE D'AYACUCHO A ETE ELU HIER PAR LE CONSEIL MUNICIPAL.",
     []),
    ("fr-caps-guerilleros-ont-incendie-mairie", "fr",
     "LIMA, 15 MAI 1990 (AFP) - DES GUERILLEROS ONT INCENDIE LA MAIRIE DE HUANTA DIMANCHE SOIR.",
     [T("ARSON", perp=["GUERILLEROS"], phys=["MAIRIE"])]),
]

# strict xfails: (key, check) -> the class of the failure
XFAIL: dict[tuple[str, str], str] = {
}


@pytest.mark.parametrize("key,check", story_params(STORIES, XFAIL, CHECKED))
def test_the_story_fills_what_its_key_holds(key, check):
    check_story(STORIES, key, check)


def test_the_set_is_bilingual_and_large_enough():
    langs = [lang for _, lang, _, _ in STORIES]
    assert len(STORIES) >= 45 and langs.count("fr") >= len(STORIES) // 3
    assert sum(1 for *_, t in STORIES if not t) >= len(STORIES) // 3  # negatives: no incident
    assert len({key for key, *_ in STORIES}) == len(STORIES)
