"""Robustness of the CASE-2021 typing to paraphrase (h-case22): one paraphrase of our own for each of 123 CASE 2021
dev snippets, written on 2026-12-07 (started 20:41 UTC by `date`), ALL before bilan was run on any of them.

How the rows were made. The dev run at the branch's start (7d8a92f9: macro-F1 0.9037) gave each dev snippet its
predicted type; the per-class F1 put eight classes lowest (Other 0.667, Excessive force 0.788, Non-violent transfer
0.815, Attack 0.842, Violent demonstration 0.857, Protest with intervention 0.857, Change to group 0.865,
Looting/property destruction 0.865). 123 snippets were drawn by a seeded draw: ten of each weak class (seven typed
right today, three wrong; Other has only three right), two or three of each other class (and one wrong one where the
class has errors), and one more wrong snippet of ten classes: 86 typed right, 37 wrong (the commit message of
b3149ce4 says 87/36 by a miscount). Each row is a paraphrase in our own words of one such snippet: new names, places,
numbers and dates, another syntax (passive for active, a headline for a sentence, clauses in another order, a synonym
verb), 60 of the 123 in French (49%, more than the 40% asked), keeping the snippet's gold
ACLED label (the CASE annotators' reading, even where our conventions would read the paraphrase otherwise). No dev
text is kept: the rows say what the snippet says, not how. Each row records the dev snippet's id and whether bilan
typed that snippet right at the branch's start: a paraphrase of a snippet typed RIGHT that comes out wrong marks a
rule keyed to a word or a shape dev happens to use (brittle); a paraphrase of a snippet typed wrong measures
whether the error is the snippet's or the class's.

Rows committed (b3149ce4) before any run. First run (at 7d8a92f9's code): 84/123 right; of the 86 paraphrases of
snippets typed right, 70 right (81%): 16 brittle rows. Mended by general rules (paraphrases of right-typed snippets
80/86 right, 93%; all 94/123; dev snippets unchanged, CASE dev macro-F1 0.9037 before and after):
- a riot word that qualifies a force or its gear names the force, no riot (events_en FORCE_UNIT_NOUNS, flag
  not_force_unit, events._force_unit; "riot officers", "riot squad", "riot policemen" join "riot police" as a force
  facing a crowd, CROWD_CONTROL_FORCES): "Riot officers detained dozens of demonstrators at a rally in Moscow";
- a protest crushed, quelled, dismantled (EN "crush", "quell", "dismantle"; FR « écraser », « mater », « démanteler »,
  « chasser », « pourchasser ») is an intervention; "violently crush" / « violemment écraser » excessive force:
  "A peaceful march ... was violently crushed by soldiers", « ont démantelé les sit-in »;
- « die-in » is a French protest word as English "die-in"; a death that a memorial phrase recalls ("in memory of",
  « en mémoire de », COMMEMORATION_NOUNS; events._commemorated) is no force used at the protest: « lors d'un
  « die-in » en mémoire d'un homme tué par la police »;
- an aircraft that shots were aimed at is a target, no air strike (CRAFT_TARGET_PREPS, CRAFT_SHOT_VERBS;
  events._craft_shot_at under not_hit_craft): « Des hommes armés ont ouvert le feu sur un petit avion civil »;
- "carry off", "carry away" goods (as « emporter »; not by floodwaters: "floodwaters" joins NON_VIOLENT_CAUSES);
  villages, food and wares are property (CONTEXT_WORDS "property": "village(s)", "foodstuffs"; « villages »,
  « entrepôts », « vivres »...): "soldiers and local militias have been burning their villages", "carried off the
  old railway tracks";
- a plural pronoun subject of a clause hung on a verb whose own subject is an armed side stands for that side
  (events._armed_subject): "Some 15 insurgents died ... when they stormed an army base";
- people named by their nation are persons (events._demonym_object for needs:person; "palestinian" /
  « palestinien(s) » added to DEMONYMS): « Les forces israéliennes ont arrêté plus de 80 Palestiniens »;
- a compound preposition of sequel (SEQUEL_NOUNS « à la suite de », « au lendemain de », "in the wake of", "in the
  aftermath of") dates the act by the fight it came after, as "after" does (events._temporal_reference,
  _drop_time_references, _armed_subject): « 80 véhicules ... ont été détruits à la suite d'affrontements entre deux
  gangs rivaux »;
- firecrackers are a riot cue (RIOT_CUES, FR « pétards », « feux d'artifice »): keeps the dev snippet whose only
  riot word was "riot policemen" typed a riot.
Left (strict xfail, each with its reason): 6 brittle rows and 23 rows whose dev snippet is typed wrong too.
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)

NONE = "NONE"

# (paraphrase, gold label of the dev snippet, dev snippet id, the dev snippet typed right at the branch's start)
EN = [
    # Other
    ("Troops discovered a web of tunnels used by insurgents to move weapons and supplies under the villages of Kafr "
     "Tal and Hazmiyeh, south of Homs.", OTH, 889, True),
    ("Nearly 9,000 Chadians have crossed back home through a single desert checkpoint since armed groups executed 14 "
     "migrant workers in southern Libya, state radio reported.", OTH, 439, False),
    ("The Revolutionary Guard put its first military satellite into orbit on Wednesday, unveiling a covert space "
     "programme that analysts say could speed up the country's long-range missile work.", OTH, 290, False),
    # Excessive force against protesters
    ("Rights groups on Wednesday denounced the excessive force used by police on Tuesday to break up a rally of "
     "opposition supporters in Kampala.", EXF, 588, True),
    ("Live ammunition was fired by security forces to clear demonstrators from a square in Basra on Monday, but crowds "
     "of students returned to the streets.", EXF, 245, True),
    ("A peaceful march against the separation barrier in the village of Nilin was violently crushed by soldiers on "
     "Friday, local sources said.", EXF, 428, True),
    ("Authorities in Algeria have intensified their brutal crackdown on peaceful protesters, with mass arrests and "
     "deadly assaults continuing, Amnesty said.", EXF, 941, True),
    ("An anti-government demonstrator is beaten by riot officers during a rally outside the parliament in Tbilisi, "
     "Georgia, on Sunday, March 8, 2020.", EXF, 745, False),
    ("Water cannon, tear gas and rubber bullets were used by police in Bangkok on Saturday night to disperse a "
     "pro-democracy rally demanding the release of jailed student leaders.", EXF, 644, False),
    # Non-violent transfer of territory
    ("Jihadists retook the town of Sukhnah on Tuesday after government troops withdrew from it, a monitoring group "
     "said.", NVT, 753, True),
    ("Government troops backed by Russian contractors and UN peacekeepers took control of several towns held by rebels "
     "in Ouham prefecture without any fighting.", NVT, 888, True),
    ("Under the new truce, Armenia handed over the Kelbajar district to Azerbaijan on Wednesday.", NVT, 827, True),
    ("Joint resistance forces pushed west of Mocha on 3 March and took control of an old fort, while engineers began "
     "clearing mines from the coastal town.", NVT, 899, False),
    ("Officials accused the neighbouring state's border troops of crossing the frontier and taking control of three "
     "villages in the Batken district, demanding they pull back.", NVT, 406, False),
    ("Islamic State fighters took the last crossing between Syria and Iraq on Thursday after government troops pulled "
     "out of it, a monitor said.", NVT, 531, False),
    # Attack
    ("Suspected herdsmen raided the Ukum community in Benue state before dawn on Sunday, killing eleven residents, "
     "police said.", ATT, 106, True),
    ("Shots were fired from a passing car at a settler's vehicle near Ofra in the West Bank on Tuesday.", ATT, 27, True),
    ("Unknown gunmen sprayed an aid agency's van with bullets in Razmak, North Waziristan, on Thursday, killing three "
     "female health workers and wounding the driver.", ATT, 133, True),
    ("Militants stormed a teacher training college in Mandera at dawn, shooting students in their dormitories and "
     "killing at least 20; an unknown number were held hostage.", ATT, 962, False),
    # Violent demonstration
    ("Summit protests: the streets of the Sternschanze district strewn with debris after a night of rioting.", VIO, 135,
     True),
    ("Yellow-vest demonstrators marched for a tenth Saturday in Bordeaux, where scuffles broke out and a protester lost "
     "fingers to a stun grenade.", VIO, 920, True),
    ("Masked rioters lit fires across a road in Mong Kok, Hong Kong, on Tuesday night.", VIO, 605, True),
    ("A fourth night of protests against the court ruling turned violent in Seattle, where some of the thousands of "
     "marchers broke shop windows and set a dumpster on fire.", VIO, 968, True),
    ("Protesters closed roads and state offices across Nasiriyah on Monday, stepping up weeks of demonstrations for "
     "reform.", VIO, 225, False),
    ("A protester is dragged away by officers after she climbed onto a police water-cannon truck and hurled bottles at "
     "it during the summit in Hamburg.", VIO, 148, False),
    # Protest with intervention
    ("Riot officers detained dozens of demonstrators at a rally in Moscow on Saturday against the jailing of an "
     "opposition blogger.", INT, 456, True),
    ("Demonstrators are chased by riot police during a protest against price rises in Kasserine, Tunisia, on "
     "Wednesday.", INT, 721, True),
    ("Police in Istanbul broke up the Labour Day gathering on Saturday and scattered the crowds near Taksim Square.",
     INT, 610, True),
    ("Climate protesters were pepper-sprayed by officers at Melbourne's Flinders Street station on Friday after "
     "scuffles with police; thousands marched across the city.", INT, 30, False),
    # Change to group/activity
    ("Hundreds of government troops with tanks and heavy weapons have been moved to the town of Abu Kamal near the "
     "Iraqi border in recent days, commanders said.", CHG, 549, True),
    ("A large number of army and militia forces were sent to the western desert of Anbar over the past week to seal "
     "the border with Syria.", CHG, 195, True),
    ("The presidency said on Friday that sponsors of the banned sect were mobilising some three thousand people to "
     "march against the army chiefs next week.", CHG, 963, True),
    ("The former president said his troops had pulled out of the port of Mukalla as a split in the coalition "
     "deepened.", CHG, 407, False),
    ("Army units massed on the hills east of Jisr al-Shughur are awaiting a final order to launch the offensive "
     "against the jihadists, a commander told a Russian news agency.", CHG, 170, False),
    # Looting/property destruction
    ("Refugees say soldiers and local militias have been burning their villages to drive the Muslim minority out.",
     LOO, 452, True),
    ("The reckless destruction of public buildings across the state must stop, the governor said.", LOO, 470, True),
    ("Turkish-backed fighters in Jarablus have ripped up and carried off the old railway tracks that linked the town "
     "to the border.", LOO, 955, True),
    ("The footballer condemned the burning and looting of shops and public buildings that followed the fuel-price "
     "protests.", LOO, 860, False),
    ("Police believe a parked pickup truck was deliberately set alight overnight; firefighters put out the fire after "
     "it reached three other cars.", LOO, 874, False),
    ("A group of rioters fired live rounds as they tried to force their way into a supermarket in Soshanguve on "
     "Wednesday.", LOO, 720, False),
    # other classes
    ("Some 15 insurgents died and others were wounded on Monday when they stormed an army base on the edge of "
     "Baidoa.", CLA, 756, True),
    ("Al-Shabaab fighters attacked regional militiamen near the town of Dinsoor on Tuesday, and fighting broke out "
     "between the two sides.", CLA, 210, False),
    ("Two rockets launched from rebel areas landed near a navy ship off the coast, while a third struck homes and "
     "killed twelve people.", ART, 128, True),
    ("Separatist forces attacked Ukrainian positions 15 times on Tuesday, using 82mm mortars and artillery, the "
     "military said.", ART, 524, False),
    ("Islamic State fighters have gained ground in the western districts of Sirte and must be stopped from spreading "
     "further, an army spokesman said.", NSA, 540, True),
    ("Four suspected militants were detained in raids across Kirkuk by army intelligence units acting on a tip-off.",
     ARR, 978, True),
    ("Police on Friday detained a student activist on charges of organising an unauthorised rally, as the authorities "
     "tighten their grip after months of unrest.", ARR, 268, False),
    ("Investigators concluded that the army had used chlorine gas against a rebel-held town for a third time on "
     "May 4.", CHE, 705, True),
    ("Pro-government troops seized a military camp from separatist fighters outside Zinjibar, officials said.", GOV,
     913, True),
    ("Government forces regained three villages in Hama province from rebels who pulled out after heavy air and "
     "artillery bombardment, the monitor said.", GOV, 926, False),
    ("A farmer died on Sunday when two groups of villagers fought with sticks and iron bars after goats strayed into a "
     "rice field in Rangpur.", MOB, 22, True),
    ("Rival rallies clashed with pepper spray, paintball guns and rocks outside the courthouse in downtown Portland on "
     "Saturday.", MOB, 437, False),
    ("The Palestinian governor of Hebron was snatched by Israeli special forces at a checkpoint on Tuesday, "
     "Palestinian media reported.", ABD, 115, True),
    ("Security forces have picked up at least six people, including a teenager, from different districts of "
     "Balochistan and their whereabouts are unknown.", ABD, 409, False),
    ("Militants in Idlib suffered heavy casualties in attacks by army helicopters.", AIR, 1004, True),
    ("A homemade bomb planted by a drug cartel blew up under a police patrol car in Celaya on Friday, killing an "
     "officer and wounding two passers-by.", REM, 974, True),
    ("Three pistols and a quantity of ammunition were recovered in the operation, police said.", DIS, 504, True),
    ("Several hundred pensioners marched through central Minsk on Monday, demanding the president's resignation.", PEA,
     376, True),
    ("Egypt welcomed South Sudan's announcement of a truce in Upper Nile, where fighting between rebels and the army "
     "has killed dozens.", AGR, 346, True),
    ("Two female suicide bombers blew themselves up at a busy bus station in Maiduguri, killing 14 people.", SUI, 746,
     True),
    ("Eight people died and 30 were wounded when a grenade was thrown into a bar in Bujumbura late on Friday, police "
     "said.", GRE, 521, True),
    ("American troops have established a new outpost near the al-Omar oil field in eastern Syria, a monitor "
     "reported.", HQ, 654, True),
    ("Two 22-year-old men have been charged with first-degree sexual assault after an attack on a woman in a "
     "Providence apartment, police said.", SEX, 765, True),
]

FR = [
    # Autre
    ("L'OIM a porté secours à 2 400 Maliens expulsés par le pays voisin, qui a lancé la semaine dernière une vaste "
     "opération d'expulsion des étrangers de ses provinces frontalières.", OTH, 233, True),
    ("Des fosses communes renfermant les corps de centaines de soldats tués par les jihadistes ont été découvertes "
     "près de l'ancien palais du gouverneur, au bord de l'Euphrate, selon une source sécuritaire.", OTH, 13, True),
    ("Des milliers d'habitants fuient Tal Afar depuis que la ville a été déclarée libérée de l'État islamique, selon "
     "l'ONU, tandis que des combats acharnés se poursuivent contre les derniers jihadistes.", OTH, 263, False),
    # Usage excessif de la force
    ("Un manifestant palestinien a été tué et 40 autres blessés, dont 12 enfants, lorsque les soldats israéliens ont "
     "ouvert le feu sur une marche pacifique près de la clôture de Gaza vendredi.", EXF, 543, True),
    ("Plusieurs manifestants grièvement blessés à Erbil, où les autorités régionales ont réprimé des rassemblements "
     "pacifiques.", EXF, 555, True),
    ("Des policiers ont violemment frappé et blessé des étudiants qui manifestaient pacifiquement le 12 mars à "
     "Abidjan ; deux journalistes disent avoir été roués de coups.", EXF, 3, True),
    ("Une marche pacifique de dizaines de milliers d'opposants a dégénéré en chaos à Santiago lorsque la police a tiré "
     "des grenades lacrymogènes sur la foule, où se trouvaient des familles.", EXF, 534, False),
    ("À Goma, la police tire des gaz lacrymogènes et arrête des manifestants pacifiques qui réclamaient le départ des "
     "Casques bleus.", EXF, 269, False),
    # Transfert non violent de territoire
    ("Les combattants sont entrés dans Manbij peu avant l'aube, par le nord et l'est, sans rencontrer aucune "
     "résistance, a indiqué un commandant.", NVT, 719, True),
    ("Les forces de l'Est ont avancé sur Gharyan et y sont entrées sans combat après le retrait des troupes "
     "gouvernementales.", NVT, 684, True),
    ("Les forces irakiennes se sont retirées dimanche du poste-frontière de Qaïm, ce qui a permis aux jihadistes de "
     "s'en emparer sans résistance.", NVT, 67, True),
    ("L'armée somalienne s'est retirée de la localité de Buulo Mareer, à 40 km de Marka, ont rapporté des habitants, "
     "sans en donner la raison.", NVT, 331, True),
    ("Le dirigeant de la région autonome affirme que ses rivaux politiques ont décidé le retrait de la ville disputée "
     "de Sinjar face à l'avancée des forces fédérales.", NVT, 28, False),
    # Attaque
    ("Des hommes armés non identifiés ont tué au moins 35 civils lors d'attaques contre les villages de Tahoua et "
     "d'Ayorou le 14 mars.", ATT, 571, True),
    ("Au moins 18 fidèles ont été tués et 9 blessés lorsque des assaillants armés ont attaqué une église dans le nord "
     "du Niger, a déclaré le gouverneur lundi.", ATT, 502, True),
    ("Les hommes armés sont arrivés à moto dans les villages et ont tiré sur les paysans qui travaillaient dans leurs "
     "champs.", ATT, 692, True),
    ("Des hommes armés ont ouvert le feu sur un petit avion civil à son atterrissage à Timika, en Papouasie, a "
     "rapporté l'un des pilotes.", ATT, 286, True),
    ("Des hommes armés ont attaqué une mosquée bondée dans le nord du Sinaï vendredi puis ont fait exploser une bombe, "
     "blessant au moins 60 fidèles.", ATT, 1015, False),
    # Manifestation violente
    ("Des dizaines de Palestiniens ont souffert de l'inhalation de gaz lacrymogène et une militante a été arrêtée lors "
     "d'affrontements survenus après que les soldats israéliens ont attaqué une manifestation pacifique à Kafr "
     "Qaddoum.", VIO, 304, True),
    ("Des bandes de jeunes ont affronté la police dans plusieurs villes néerlandaises lundi soir en lançant des feux "
     "d'artifice, au mépris du couvre-feu.", VIO, 726, True),
    ("Des partisans de l'opposition ont bloqué les rues d'Erevan dans le cadre d'une campagne de désobéissance civile "
     "pour obtenir la démission du Premier ministre.", VIO, 288, True),
    ("Des manifestants ont arraché les barrières qui les séparaient de la police anti-émeute devant le parlement à "
     "Beyrouth dimanche ; les forces de sécurité ont répliqué par des gaz lacrymogènes et des canons à eau.", VIO, 92,
     False),
    ("Un manifestant a été tué lundi à Nassiriya après que des gardes de l'université ont tiré sur des protestataires "
     "qui tentaient de bloquer l'entrée du campus.", VIO, 696, False),
    # Manifestation avec intervention
    ("Les forces marocaines ont dispersé une manifestation pacifique de Sahraouis à Dakhla qui réclamaient un meilleur "
     "accès à l'emploi.", INT, 474, True),
    ("Cinq personnes ont été interpellées à Minsk alors qu'elles tentaient de manifester contre la répression "
     "politique.", INT, 632, True),
    ("Lundi matin, les paramilitaires des Forces de soutien rapide ont démantelé les sit-in devant les casernes "
     "d'Atbara et de Kassala.", INT, 879, True),
    ("La police a chargé à coups de matraque une chaîne humaine organisée par des militants de gauche à Rangpur et en "
     "a arrêté huit dimanche.", INT, 802, True),
    # Changement de groupe ou d'activité
    ("Les forces turques se redéploient progressivement dans les postes d'observation qu'elles avaient évacués dans la "
     "région d'Idlib.", CHG, 917, True),
    ("Les troupes russes stationnées en Crimée ont été renforcées en vue des exercices militaires, a annoncé le "
     "ministre de la Défense.", CHG, 247, True),
    ("Au moins 300 combattants des forces soutenues par l'Arabie saoudite ont fait défection et rejoint les Houthis "
     "dans la province de Marib.", CHG, 664, True),
    ("L'armée syrienne a déployé des troupes près de la frontière turque, dans les zones dont les forces kurdes se sont "
     "retirées ces derniers jours.", CHG, 15, True),
    ("Un premier lot d'avions de combat F-16 est arrivé lundi en provenance des États-Unis, alors que les forces de "
     "sécurité lançaient une vaste offensive contre l'État islamique dans l'ouest.", CHG, 712, False),
    ("Une branche turkmène des Unités de mobilisation populaire a été créée dans la province de Diyala.", CHG, 566,
     False),
    # Pillage, destruction de biens
    ("Une foule a forcé les entrepôts de l'agence de gestion des urgences à Jos et emporté des vivres ; la mairie a "
     "également été saccagée et pillée.", LOO, 417, True),
    ("Quelque 80 véhicules et 30 boutiques ont été détruits à la suite d'affrontements entre deux gangs rivaux dans le "
     "quartier d'Oshodi à Lagos.", LOO, 950, True),
    ("Des centaines d'habitants en colère se sont livrés à des pillages dans le quartier d'Umlazi, près de Durban, "
     "malgré le renfort de policiers.", LOO, 718, True),
    ("Trois individus ont incendié deux voitures de patrouille de la police devant le domicile des agents mercredi "
     "matin.", LOO, 440, True),
    ("Des centaines de maisons ont été pillées, incendiées et détruites dans les quartiers kurdes de Tuz Khurmatu "
     "après les combats du 16 octobre, selon l'ONG.", LOO, 711, False),
    # autres classes
    ("Des combattants séparatistes baloutches ont attaqué un convoi de l'armée pakistanaise dans la région de Kohlu "
     "samedi.", CLA, 729, True),
    ("L'armée et les comités populaires ont lancé des opérations militaires, avec artillerie et missiles, contre les "
     "mercenaires de la coalition, selon des sources militaires.", CLA, 107, False),
    ("Les forces houthies ont tiré quatre missiles sur un bâtiment gouvernemental à Najran, dans le sud de l'Arabie "
     "saoudite.", ART, 177, True),
    ("Les shebab ont tué 25 soldats lors d'une attaque contre une base militaire au Puntland jeudi, puis se sont "
     "emparés de la ville de Galgala.", NSA, 771, True),
    ("Un combattant rebelle arrache un drapeau de l'État islamique dans le village de Dabiq, après l'avancée des "
     "rebelles dans la zone.", NSA, 505, False),
    ("Les forces israéliennes ont arrêté plus de 80 Palestiniens lors de vastes raids en Cisjordanie ces deux derniers "
     "jours.", ARR, 136, True),
    ("Les positions des rebelles ont été pilonnées à l'arme chimique par l'État islamique près du poste-frontière "
     "d'al-Tanaf.", CHE, 736, True),
    ("Quelque 200 personnes ont été soignées pour des difficultés respiratoires après que des rebelles ont tiré des "
     "obus sur la ville ; les habitants soupçonnent que les obus contenaient du gaz toxique.", CHE, 307, False),
    ("Les forces gouvernementales syriennes ont pris deux villages dans le nord-ouest du pays mercredi, se rapprochant "
     "d'une ville tenue par les rebelles.", GOV, 823, True),
    ("Deux membres d'un groupe d'autodéfense ont été passés à tabac par une foule à Nnewi pour avoir empêché des "
     "habitants d'accomplir des rites.", MOB, 953, True),
    ("Vingt membres d'un mouvement pour la paix ont été enlevés par les talibans mardi soir sur la route entre Hérat "
     "et Farah.", ABD, 1022, True),
    ("Une frappe aérienne des forces syriennes a tué 33 soldats turcs dans le nord-ouest de la Syrie, a indiqué un "
     "responsable.", AIR, 715, True),
    ("Les États-Unis, la France et le Royaume-Uni ont tiré une centaine de missiles depuis des avions contre trois "
     "sites d'armes chimiques en Syrie.", AIR, 117, False),
    ("Un soldat a été tué et deux autres blessés par l'explosion d'un engin explosif improvisé au passage de leur "
     "convoi dans le district de Kalat.", REM, 552, True),
    ("Les soldats ont récupéré des armes de gros calibre après un accrochage avec un groupe de ravisseurs dans la "
     "province de Sulu.", DIS, 599, True),
    ("Des pêcheurs ont découvert des obus de roquette sur la plage de Dunga, dans le comté de Kisumu, mercredi soir.",
     DIS, 401, False),
    ("Des militants se sont allongés sur le sol pendant huit minutes lors d'un « die-in » en mémoire d'un homme tué "
     "par la police.", PEA, 988, True),
    ("Les forces azerbaïdjanaises et arméniennes ont conclu un fragile cessez-le-feu après les pires combats depuis "
     "des décennies.", AGR, 147, True),
    ("Au moins 20 personnes ont été tuées lorsque des shebab ont fait exploser un véhicule piégé conduit par un "
     "kamikaze devant un hôtel de Mogadiscio.", SUI, 337, True),
    ("Trois militants ont lancé des grenades sur des soldats postés devant une école de Bangkok, tuant quatre d'entre "
     "eux.", GRE, 931, True),
    ("Les forces terrestres turques ont installé deux nouvelles bases militaires à l'est de Zakho.", HQ, 1011, True),
    ("Selon Human Rights Watch, des soldats ont violé des femmes et des jeunes filles qui fuyaient les jihadistes dans "
     "le nord-est du pays.", SEX, 96, True),
]

# what the rules get wrong today (strict: a fix must remove the mark); "brittle" marks a paraphrase of a dev snippet
# typed right at the branch's start, "class" one of a snippet typed wrong there too
XFAIL: dict[str, str] = {
    # brittle (6)
    "Troops discovered a web of tunnels used by insurgents to move weapons and supplies under the villages of Kafr "
    "Tal and Hazmiyeh, south of Homs.":
        "brittle: weapons named as what the tunnels carried read as weapons found (Disrupted weapons use); the tunnels "
        "found, the dev snippet's Other, are no event word",
    "Authorities in Algeria have intensified their brutal crackdown on peaceful protesters, with mass arrests and "
    "deadly assaults continuing, Amnesty said.":
        "brittle: 'assaults' (an Armed clash trigger) in a protest's sentence makes a riot; no trigger reads a "
        "'crackdown on protesters' as the protest met by force ('fatal attacks' in dev, a generic Attack, was)",
    "Shots were fired from a passing car at a settler's vehicle near Ofra in the West Bank on Tuesday.":
        "brittle: 'fire at' needs an armed actor ('the manager was fired'), and a passive with shots as its subject "
        "and no doer names none; shots as the mark of shooting would also take warning shots fired in the air",
    "Cinq personnes ont été interpellées à Minsk alors qu'elles tentaient de manifester contre la répression "
    "politique.":
        "brittle: « tentaient de manifester » (a protest attempted) is no protest event; the English 'an attempt to "
        "protest' is read through the noun",
    "L'armée syrienne a déployé des troupes près de la frontière turque, dans les zones dont les forces kurdes se "
    "sont retirées ces derniers jours.":
        "brittle: the French parser hangs the relative clause « dont les forces kurdes se sont retirées » on the "
        "deployment as an adverbial clause; the withdrawal joins the deployment's incident and its higher priority "
        "types it (English, as a relative clause, is background)",
    "Une foule a forcé les entrepôts de l'agence de gestion des urgences à Jos et emporté des vivres ; la mairie a "
    "également été saccagée et pillée.":
        "brittle: the parser reads « des vivres » as a prepositional phrase, so « emporter » has no object "
        "(needs_verb_object); the crowd's « saccager » then types the snippet a riot",
    # class (23): the dev snippet is typed wrong too
    "Nearly 9,000 Chadians have crossed back home through a single desert checkpoint since armed groups executed 14 "
    "migrant workers in southern Libya, state radio reported.":
        "class: a displacement told by crossing home, no event word; the killing it came after is typed",
    "The Revolutionary Guard put its first military satellite into orbit on Wednesday, unveiling a covert space "
    "programme that analysts say could speed up the country's long-range missile work.":
        "class: a satellite launch (ACLED Other) has no event word",
    "An anti-government demonstrator is beaten by riot officers during a rally outside the parliament in Tbilisi, "
    "Georgia, on Sunday, March 8, 2020.":
        "class: 'beat' counts as force only with protesters as its object, not as a passive's subject; a beating is "
        "at most an intervention, the CASE gold says excessive force",
    "Water cannon, tear gas and rubber bullets were used by police in Bangkok on Saturday night to disperse a "
    "pro-democracy rally demanding the release of jailed student leaders.":
        "class: rubber bullets, tear gas and water cannon are intervention under our conventions; the CASE gold "
        "reads excessive force",
    "Joint resistance forces pushed west of Mocha on 3 March and took control of an old fort, while engineers began "
    "clearing mines from the coastal town.":
        "class: the mine clearance's 'mines' outrank the taking of the fort; nothing says no fight",
    "Officials accused the neighbouring state's border troops of crossing the frontier and taking control of three "
    "villages in the Batken district, demanding they pull back.":
        "class: a state's troops taking villages read as a government regaining territory; nothing reads a foreign "
        "state's border troops crossing as a non-violent transfer",
    "Protesters closed roads and state offices across Nasiriyah on Monday, stepping up weeks of demonstrations for "
    "reform.":
        "class: roads closed by a crowd are a peaceful protest under our conventions (style16); the CASE gold says "
        "violent demonstration",
    "The former president said his troops had pulled out of the port of Mukalla as a split in the coalition "
    "deepened.":
        "class: a withdrawal from a town reads as a transfer of territory; the gold reads a change to the group",
    "Army units massed on the hills east of Jisr al-Shughur are awaiting a final order to launch the offensive "
    "against the jihadists, a commander told a Russian news agency.":
        "class: troops massed (a participle of a noun) and an offensive awaited (irrealis): no event read",
    "A group of rioters fired live rounds as they tried to force their way into a supermarket in Soshanguve on "
    "Wednesday.":
        "class: rioters are a riot; the attempted break-in is no looting trigger",
    "Police on Friday detained a student activist on charges of organising an unauthorised rally, as the authorities "
    "tighten their grip after months of unrest.":
        "class: the rally named as the charge joins the arrest as a protest met by the police",
    "Government forces regained three villages in Hama province from rebels who pulled out after heavy air and "
    "artillery bombardment, the monitor said.":
        "class: the bombardment in the relative clause joins the lead incident and its weapon types it",
    "Des milliers d'habitants fuient Tal Afar depuis que la ville a été déclarée libérée de l'État islamique, selon "
    "l'ONU, tandis que des combats acharnés se poursuivent contre les derniers jihadistes.":
        "class: the city freed from the Islamic State reads as a territory taken; the flight (present tense, a "
        "place as object) is not the crowd-fled rule's shape",
    "Une marche pacifique de dizaines de milliers d'opposants a dégénéré en chaos à Santiago lorsque la police a tiré "
    "des grenades lacrymogènes sur la foule, où se trouvaient des familles.":
        "class: « grenades lacrymogènes » read as grenades; the gold's excessive force is tear gas only",
    "À Goma, la police tire des gaz lacrymogènes et arrête des manifestants pacifiques qui réclamaient le départ des "
    "Casques bleus.":
        "class: tear gas and arrests are an intervention under our conventions; the CASE gold says excessive force",
    "Des hommes armés ont attaqué une mosquée bondée dans le nord du Sinaï vendredi puis ont fait exploser une bombe, "
    "blessant au moins 60 fidèles.":
        "class: the bomb told later types the lead attack (the adapter's weapon rule); the gold keeps the attack",
    "Des manifestants ont arraché les barrières qui les séparaient de la police anti-émeute devant le parlement à "
    "Beyrouth dimanche ; les forces de sécurité ont répliqué par des gaz lacrymogènes et des canons à eau.":
        "class: barriers torn down are no riot cue; the tear gas makes an intervention",
    "Un manifestant a été tué lundi à Nassiriya après que des gardes de l'université ont tiré sur des protestataires "
    "qui tentaient de bloquer l'entrée du campus.":
        "class: a protester shot dead is excessive force under our conventions; the CASE gold says violent "
        "demonstration (the blocking)",
    "Un premier lot d'avions de combat F-16 est arrivé lundi en provenance des États-Unis, alors que les forces de "
    "sécurité lançaient une vaste offensive contre l'État islamique dans l'ouest.":
        "class: combat aircraft that arrive read as an air strike; an arrival of equipment is no trigger",
    "Une branche turkmène des Unités de mobilisation populaire a été créée dans la province de Diyala.":
        "class: a branch of an armed group created (« créer » needs a base) is no trigger",
    "L'armée et les comités populaires ont lancé des opérations militaires, avec artillerie et missiles, contre les "
    "mercenaires de la coalition, selon des sources militaires.":
        "class: the artillery and missiles named as the operations' means type the lead operation",
    "Un combattant rebelle arrache un drapeau de l'État islamique dans le village de Dabiq, après l'avancée des "
    "rebelles dans la zone.":
        "class: an advance told as a time reference (« après l'avancée ») is no event of its own",
}

# controls written after the first run, while mending: what the new rules must do and leave alone
CONTROLS: list[tuple[str, str, str]] = [
    # a riot word qualifying a force or its gear names the force (not_force_unit); a riot stays a riot
    ("Rioters clashed with riot squads in the city centre after the match.", "en", VIO),
    ("Police in riot gear chased protesters through the old town.", "en", INT),
    ("Des policiers anti-émeute ont interpellé des dizaines de manifestants lors d'un rassemblement à Moscou samedi.",
     "fr", INT),
    # an aircraft shots were aimed at is a target; aircraft that fire on positions strike
    ("Gunmen shot at a military helicopter as it landed near the base.", "en", CLA),
    ("Army helicopters fired on rebel positions near the border.", "en", AIR),
    ("Des avions de l'armée ont tiré sur des positions rebelles près de la frontière.", "fr", AIR),
    # a death a memorial phrase recalls is no force at the protest; force told after it still is
    ("Activists lay on the pavement for nine minutes in a die-in in memory of a teenager shot dead by police.", "en",
     PEA),
    ("Des centaines de personnes se sont rassemblées à Nantes en hommage à un jeune homme tué par un policier ; la "
     "police a tiré sur la foule, blessant trois manifestants.", "fr", EXF),
    # goods carried off by their takers; houses carried away by floodwaters are none
    ("A crowd forced open the warehouses of the relief agency in Jos and carried off foodstuffs; the town hall was also "
     "ransacked and looted.", "en", LOO),
    ("Floodwaters carried away dozens of houses in the village.", "en", NONE),
    ("Des soldats ont incendié trois villages de la région de Kayes.", "fr", LOO),
    # a plural pronoun for the armed side that is the subject of the clause it hangs on
    ("Une quinzaine d'insurgés ont été tués lundi alors qu'ils prenaient d'assaut une base de l'armée près de Baidoa.",
     "fr", CLA),
    # people named by their nation are persons arrested; an advance stopped is no arrest
    ("Les soldats ont arrêté des dizaines de Palestiniens en Cisjordanie.", "fr", ARR),
    ("Israeli troops detained dozens of Palestinians in overnight raids in Jenin.", "en", ARR),
    ("L'armée a arrêté l'avancée des jihadistes près de Mopti.", "fr", NONE),
    # a compound preposition of sequel dates the act by the fight it came after
    ("Dozens of shops were burned in the wake of clashes between two rival militias in Bangui.", "en", LOO),
    ("Des soldats ont pillé des maisons au lendemain des combats à Bria.", "fr", LOO),
    ("Des affrontements ont éclaté entre deux milices à Bria à la suite de la mort d'un commerçant.", "fr", CLA),
]


def _params(rows, lang):
    return [pytest.param(text, lang, expected, id=f"{lang}-{dev_id}-{text[:40]}",
                         marks=[pytest.mark.xfail(strict=True, reason=XFAIL[text])] if text in XFAIL else [])
            for text, expected, dev_id, _ in rows]


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en") + _params(FR, "fr"))
def test_paraphrase_dev_style(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", [pytest.param(t, lg, e, id=f"control-{lg}-{t[:40]}")
                                                 for t, lg, e in CONTROLS])
def test_paraphrase_dev_style_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_row():
    texts = {t for t, *_ in EN + FR}
    assert set(XFAIL) <= texts


def test_one_paraphrase_per_dev_snippet():
    ids = [i for _, _, i, _ in EN + FR]
    assert len(ids) == len(set(ids)) == 123
